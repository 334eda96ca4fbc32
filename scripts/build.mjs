// Bundles the CLI, the VS Code extension client and the language server with esbuild, and the
// library entry points (`peeker-devkit/lint`, `/emulator`, …) with their type declarations.
// Each bundle is self-contained (no node_modules at run time: the package has no runtime
// dependencies), so the VSIX ships only dist/extension.js and dist/server.js (.vscodeignore).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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

const built = await Promise.all(
  entries.filter((e) => existsSync(e.entryPoints[0])).map((e) => build({ ...common, ...e, metafile: true })),
);
writeThirdPartyNotices(built.map((result) => result.metafile));
// The CLI is the package's `bin`: a rebuilt dist/cli.js must stay runnable where npm linked it.
chmodSync('dist/cli.js', 0o755);

/**
 * The library: package subpath → the index file whose exports are its public API. Keep in step
 * with `exports` and `typesVersions` in package.json and with README's "Use it as a library".
 */
const LIBRARY = {
  lint: 'lint/index.ts',
  emulator: 'emulator/index.ts',
  contract: 'contract-tests/library.ts',
  webhooks: 'webhooks/index.ts',
  schemas: 'schemas/index.ts',
};
const LIB_DIR = 'dist/lib';
const TYPES_DIR = 'dist/types';
// Lists the repository files the library was last built from. `npm test`, `npm run build` and
// `npm run package` all run this script: an up-to-date library is left alone, so none of them pays
// for tsc again.
const STAMP = `${LIB_DIR}/.inputs.json`;
// Not in esbuild's inputs (type-only modules are not bundled), but they change the library too.
const BUILD_INPUTS = ['scripts/build.mjs', 'tsconfig.json', 'tsconfig.lib.json', 'package-lock.json'];
const SOURCE_DIRS = ['lint', 'emulator', 'contract-tests', 'webhooks', 'schemas', 'cli'];

if (!libraryUpToDate()) await buildLibrary();

/**
 * The bundles carry third-party code, and minifying drops the licence comments it came with: the
 * licence of every package any bundle holds (the library's bundles hold a subset of the CLI's) goes
 * to dist/THIRD-PARTY-NOTICES.txt, shipped in the npm package and the VSIX.
 */
function writeThirdPartyNotices(metafiles) {
  const packageDirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      // The last node_modules/ of the path: a nested copy is a package of its own.
      const dir = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
      if (dir) packageDirs.add(dir);
    }
  }
  const sections = new Map();
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const id = `${manifest.name}@${manifest.version}`;
    if (sections.has(id)) continue;
    const licence =
      typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'see its package');
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
    const text = file
      ? readFileSync(join(dir, file), 'utf8').trim()
      : `(no licence file in the package; its package.json says ${licence})`;
    sections.set(id, `${id} — ${licence}\n\n${text}`);
  }
  const rule = `\n\n${'-'.repeat(72)}\n\n`;
  writeFileSync(
    'dist/THIRD-PARTY-NOTICES.txt',
    `Peeker DevKit's bundles (dist/) include code from these packages, under these licences.${rule}` +
      [...sections.keys()]
        .sort()
        .map((id) => sections.get(id))
        .join(rule) +
      '\n',
  );
}

/** Every file under `dir`, recursively, as a path relative to the repository. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name)); // `path` before Node 20.12
}

/** True when every input of the last library build is older than its stamp. */
function libraryUpToDate() {
  if (!existsSync(STAMP)) return false;
  const builtAt = statSync(STAMP).mtimeMs;
  // A set: most files the stamp lists are under the source folders too.
  const inputs = new Set([
    ...JSON.parse(readFileSync(STAMP, 'utf8')),
    ...BUILD_INPUTS,
    ...SOURCE_DIRS.flatMap(filesUnder),
  ]);
  return [...inputs].every((file) => existsSync(file) && statSync(file).mtimeMs <= builtAt);
}

async function buildLibrary() {
  rmSync(LIB_DIR, { recursive: true, force: true });
  const inputs = new Set();
  // One CommonJS bundle per entry, not minified (partners read its stack traces). `import` gets a
  // thin ESM wrapper over the same file rather than a second ESM bundle, so a process that both
  // requires and imports an entry shares one copy of its state and classes (`instanceof` holds).
  // Entries do not share code with each other: each bundle carries the lint engine it needs.
  await Promise.all(
    Object.entries(LIBRARY).map(async ([name, source]) => {
      const result = await build({
        ...common,
        entryPoints: [source],
        outfile: `${LIB_DIR}/${name}.cjs`,
        minify: false,
        metafile: true,
      });
      for (const input of Object.keys(result.metafile.inputs)) {
        if (!input.startsWith('node_modules/')) inputs.add(input);
      }
    }),
  );

  const requireFromHere = createRequire(import.meta.url);
  for (const [name, source] of Object.entries(LIBRARY)) {
    // Node's detection of a CommonJS module's named exports is heuristic: destructure instead.
    const names = Object.keys(requireFromHere(`../${LIB_DIR}/${name}.cjs`)).filter(
      (key) => key !== '__esModule',
    );
    writeFileSync(
      `${LIB_DIR}/${name}.mjs`,
      `import library from './${name}.cjs';\n\nexport const { ${names.join(', ')} } = library;\n`,
    );
    // The same declarations for both: TypeScript looks for lint.d.cts next to lint.cjs, .d.mts next to .mjs.
    const declarations = `export * from '../types/${source.replace(/\.ts$/, '.js')}';\n`;
    writeFileSync(`${LIB_DIR}/${name}.d.cts`, declarations);
    writeFileSync(`${LIB_DIR}/${name}.d.mts`, declarations);
  }

  // Declarations of the entries and of what they reference, mirrored under dist/types/.
  // Incremental: a later build re-emits only what changed (tsconfig.lib.json keeps its build info there).
  execFileSync(process.execPath, [requireFromHere.resolve('typescript/bin/tsc'), '-p', 'tsconfig.lib.json'], {
    stdio: 'inherit',
  });
  // tsc writes no copy of a .d.ts it reads, and the contract's generated types are one.
  for (const file of ['schemas/generated/openapi.d.ts']) {
    mkdirSync(dirname(join(TYPES_DIR, file)), { recursive: true });
    copyFileSync(file, join(TYPES_DIR, file));
  }
  writeFileSync(STAMP, `${JSON.stringify([...inputs].sort(), null, 1)}\n`);
}
