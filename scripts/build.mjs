// Bundles the CLI, the VS Code extension client and the language server with esbuild.
// Each bundle is self-contained (no node_modules at run time), so the VSIX ships only dist/.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minify: !watch,
  legalComments: 'none',
  // Prefer packages' ESM builds: jsonc-parser's UMD main hides its requires from the bundler.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['extension/client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['extension/server/main.ts'], outfile: 'dist/server.js' },
];

const { chmodSync, existsSync } = await import('node:fs');
await Promise.all(entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e })));
// The CLI is the package's `bin`: a rebuilt dist/cli.js must stay runnable where npm linked it.
chmodSync('dist/cli.js', 0o755);
