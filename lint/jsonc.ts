/**
 * jsonc-parser, from its ES module build. The package's `main` is a UMD bundle whose lazy
 * `require('./impl/…')` calls esbuild cannot follow, so the CLI and server bundles would fail at run
 * time; importing the ESM entry lets esbuild inline everything.
 */
export {
  createScanner,
  findNodeAtLocation,
  getNodeValue,
  type Node,
  type ParseError,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser/lib/esm/main.js';
