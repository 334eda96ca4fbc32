/**
 * The package as a library, used the way a partner's project uses it: from a project outside the
 * repository, through the `exports` map (`peeker-devkit/lint`, `/emulator`, …), with `require`,
 * `import` and the TypeScript compiler.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const ENTRIES = ['lint', 'emulator', 'contract', 'webhooks', 'schemas'] as const;
const run = promisify(execFile);

/** A partner project: `package.json`, `@types/node` (as any TypeScript project on Node has) and `peeker-devkit`. */
function partnerProject(prefix: string, installPackage: (target: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'node_modules', '@types'), { recursive: true });
  symlinkSync(
    join(ROOT, 'node_modules', '@types', 'node'),
    join(dir, 'node_modules', '@types', 'node'),
    'dir',
  );
  installPackage(join(dir, 'node_modules', 'peeker-devkit'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'partner-app', private: true }));
  return dir;
}

/** Runs `node file` in `dir` and returns its stdout (stderr in the error when it fails). */
async function node(dir: string, file: string, source: string): Promise<string> {
  writeFileSync(join(dir, file), source);
  return (await run(process.execPath, [file], { cwd: dir, encoding: 'utf8' })).stdout;
}

/** Runs `tsc -p config` in `dir`; resolves with its diagnostics ('' when it compiles). */
async function tsc(dir: string, config: object): Promise<string> {
  const name = `tsconfig.${Math.random().toString(36).slice(2)}.json`;
  writeFileSync(join(dir, name), JSON.stringify(config));
  try {
    await run(process.execPath, [TSC, '-p', name, '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
    return '';
  } catch (error) {
    return (error as { stdout?: string }).stdout || String(error);
  }
}

// skipLibCheck (what most projects set, and 2-3 times faster) in the symlinked project; the packed
// project's check goes without it, so a declaration that imports what is not shipped fails there.
const STRICT = { strict: true, noEmit: true, skipLibCheck: true, types: ['node'], target: 'es2022' };

// Uses every entry's types, and checks they are the real ones: each @ts-expect-error must meet an
// error (an `any` anywhere would make tsc report the directive as unused).
const TYPED_USE = `
import { lint, type Diagnostic } from 'peeker-devkit/lint';
import { startEmulator, type RunningEmulator } from 'peeker-devkit/emulator';
import { runContractSuite, formatJunitReport, CONTRACT_PROPERTIES, type ContractReport } from 'peeker-devkit/contract';
import { signWebhook, verifyWebhook, type WebhookEvent } from 'peeker-devkit/webhooks';
import { catalog, findOperation, type CreateOrderRequest } from 'peeker-devkit/schemas';

const diagnostics: Diagnostic[] = lint('{}', { operation: 'POST /orders' }).diagnostics;
// @ts-expect-error a code is a string
const code: number = diagnostics[0]!.code;
// @ts-expect-error the operation is required
lint('{}', {});
export async function use(body: CreateOrderRequest, event: WebhookEvent): Promise<string> {
  const emulator: RunningEmulator = await startEmulator({ seed: 7, clock: 'frozen' });
  // @ts-expect-error not an option
  await startEmulator({ sede: 7 });
  const report: ContractReport = await runContractSuite({ baseUrl: emulator.baseUrl, apiKey: emulator.apiKey });
  // @ts-expect-error the suite runs properties; run() is not part of the published types
  CONTRACT_PROPERTIES[0]!.run;
  const headers = signWebhook(JSON.stringify(event), 'whsec_x', 1);
  const verified = verifyWebhook(JSON.stringify(event), headers, 'whsec_x');
  if (verified.ok) verified.timestamp.toFixed();
  // @ts-expect-error a failure has no timestamp
  else verified.timestamp;
  return formatJunitReport(report) + body.user + String(code) + catalog.basePaths[0] + findOperation('GET /me')?.path;
}
`;

describe('the package as a library (symlinked, as npm install <path> does)', () => {
  let project: string;

  beforeAll(() => {
    project = partnerProject('peeker-library-', (target) => symlinkSync(ROOT, target, 'dir'));
  }, 120_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('require("peeker-devkit/lint") lints a body and reads a JSON Schema by its subpath', async () => {
    const out = await node(
      project,
      'lint.cjs',
      `
const { lint, fixAll } = require('peeker-devkit/lint');
const body = JSON.stringify({
  user: 'client@example.com', google_licenses: 4, google_inboxes_per_domain: 2,
  sequencer: { provider: 'smartlead', client_id: 366903, login_email: 'ops@acme.com', login_password: 'x' },
  domains: ['https://acme-mail.com/', 'team-acme.com', 'third-acme.com'],
  personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
}, null, 2);
const result = lint(body, { operation: 'POST /orders' });
console.log(JSON.stringify(result.diagnostics.map((d) => [d.code, d.field])));
console.log(typeof fixAll(body, { operation: 'POST /orders' }).text);
console.log(require('peeker-devkit/schemas/json/create-order-request.json').$id);
`,
    );
    expect(out.split('\n')).toEqual([
      '[["domain_count_mismatch","domains"],["invalid_request","domains[0]"]]',
      'string',
      'https://peeker-devkit.dev/schemas/v1/create-order-request.json',
      '',
    ]);
  });

  it('import from "peeker-devkit/emulator" starts an emulator that answers GET /me, and is the module require loads', async () => {
    const out = await node(
      project,
      'emulator.mjs',
      `
import { createRequire } from 'node:module';
import { EmulatorOptionsError, startEmulator } from 'peeker-devkit/emulator';
import { signWebhook, verifyWebhook } from 'peeker-devkit/webhooks';

const emulator = await startEmulator({ seed: 7 });
const response = await fetch(emulator.baseUrl + '/me', { headers: { Authorization: 'Bearer ' + emulator.apiKey } });
const me = await response.json();
await emulator.close();
console.log(emulator.url.startsWith('http://127.0.0.1:'), response.status, JSON.stringify(me.data.api_key));
// One copy of each entry: the ESM wrapper re-exports the CommonJS bundle.
console.log(createRequire(import.meta.url)('peeker-devkit/emulator').EmulatorOptionsError === EmulatorOptionsError);
try { await startEmulator({ port: -1 }); } catch (error) { console.log(error instanceof EmulatorOptionsError, error.message); }
const headers = signWebhook('{"id":"evt_1"}', 'whsec_test', 1700000000);
console.log(verifyWebhook('{"id":"evt_1"}', headers, 'whsec_test', { now: () => 1700000000 }).ok);
`,
    );
    expect(out.split('\n')).toEqual([
      'true 200 {"environment":"test","permission_preset":"full"}',
      'true',
      'true port must be a whole number between 0 and 65535, got -1.',
      'true',
      '',
    ]);
  });

  it('type-checks a TypeScript file using every entry (node16 ESM and CJS, bundler, node10)', async () => {
    writeFileSync(join(project, 'use.mts'), TYPED_USE);
    writeFileSync(join(project, 'use.cts'), TYPED_USE);
    writeFileSync(join(project, 'use.ts'), TYPED_USE);
    writeFileSync(
      join(project, 'schema.ts'),
      "import schema = require('peeker-devkit/schemas/json/create-order-request.json');\nexport const id: string = schema.$id;\n",
    );
    const results = await Promise.all([
      tsc(project, {
        compilerOptions: { ...STRICT, module: 'node16', moduleResolution: 'node16' },
        files: ['use.mts', 'use.cts'],
      }),
      tsc(project, {
        compilerOptions: { ...STRICT, module: 'preserve', moduleResolution: 'bundler' },
        files: ['use.ts'],
      }),
      tsc(project, {
        compilerOptions: { ...STRICT, module: 'commonjs', moduleResolution: 'node10' },
        files: ['use.ts'],
      }),
      // node10 reads no `exports`: the JSON Schemas' subpath needs its typesVersions mapping.
      tsc(project, {
        compilerOptions: {
          ...STRICT,
          module: 'commonjs',
          moduleResolution: 'node10',
          resolveJsonModule: true,
        },
        files: ['schema.ts'],
      }),
    ]);
    expect(results).toEqual(['', '', '', '']);
  }, 60_000);

  it("exports every name the README's library table lists for its entry", async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| `peeker-devkit\/(\w+)` \| (.+) \|$/gm)].map(
      ([, entry, names]) =>
        // Identifiers only: `startEmulator(options) → { url, … }` names startEmulator.
        [entry!, [...names!.matchAll(/`([A-Za-z_]\w*)/g)].map((match) => match[1]!)] as const,
    );
    expect(listed.map(([entry]) => entry)).toEqual([...ENTRIES]);
    const script = listed
      .map(
        ([entry, names]) =>
          `{ const m = require('peeker-devkit/${entry}'); for (const n of ${JSON.stringify(
            // The schemas row's capitalised names are types (`CreateOrderRequest`), not values.
            entry === 'schemas' ? names.filter((name) => /^[a-z]/.test(name)) : names,
          )}) if (m[n] === undefined) console.log('${entry}: ' + n); }`,
      )
      .join('\n');
    expect(await node(project, 'readme-names.cjs', script)).toBe('');
  });

  it('refuses what is not a public entry', async () => {
    const out = await node(
      project,
      'private.cjs',
      `
for (const path of ['peeker-devkit', 'peeker-devkit/lint/fixes', 'peeker-devkit/dist/cli.js']) {
  try { require(path); console.log('loaded', path); } catch (error) { console.log(error.code); }
}
`,
    );
    expect(out.split('\n')).toEqual([
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
      'ERR_PACKAGE_PATH_NOT_EXPORTED',
      '',
    ]);
  });
});

describe('the package as npm pack ships it (no devDependencies anywhere)', () => {
  let project: string;

  beforeAll(() => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const [packed] = JSON.parse(
      execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
    ) as [{ files: { path: string }[] }];
    project = partnerProject('peeker-packed-', (target) => {
      for (const { path } of packed.files) cpSync(join(ROOT, path), join(target, path));
    });
  }, 120_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('loads every entry with require and import, and the JSON Schemas and the OpenAPI document', async () => {
    const out = await node(
      project,
      'all.mjs',
      `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
for (const entry of ${JSON.stringify(ENTRIES)}) {
  const imported = await import('peeker-devkit/' + entry);
  const required = require('peeker-devkit/' + entry);
  console.log(entry, Object.keys(imported).sort().join(',') === Object.keys(required).filter((k) => k !== '__esModule').sort().join(','));
}
console.log(require('peeker-devkit/schemas/json/request-file.json').$id);
console.log(readFileSync(require.resolve('peeker-devkit/schemas/openapi.yaml'), 'utf8').startsWith('openapi: 3.1'));
`,
    );
    expect(out.split('\n')).toEqual([
      ...ENTRIES.map((entry) => `${entry} true`),
      'https://peeker-devkit.dev/schemas/v1/request-file.json',
      'true',
      '',
    ]);
  });

  it('type-checks without skipLibCheck: the declarations need nothing that is not shipped', async () => {
    writeFileSync(join(project, 'use.mts'), TYPED_USE);
    writeFileSync(join(project, 'use.cts'), TYPED_USE);
    expect(
      await tsc(project, {
        compilerOptions: { ...STRICT, skipLibCheck: false, module: 'node16', moduleResolution: 'node16' },
        files: ['use.mts', 'use.cts'],
      }),
    ).toBe('');
  }, 60_000);

  it('declarations reachable from the entries import only shipped files and Node built-ins', () => {
    const seen = new Set<string>();
    const outside: string[] = [];
    const queue = ENTRIES.map((entry) =>
      resolve(project, 'node_modules/peeker-devkit/dist/lib', `${entry}.d.mts`),
    );
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:from\s+|import\(\s*)'([^']+)'/g)) {
        if (!specifier!.startsWith('.')) {
          if (!builtinModules.includes(specifier!.replace(/^node:/, ''))) outside.push(specifier!);
          continue;
        }
        const base = resolve(dirname(file), specifier!.replace(/\.js$/, ''));
        const found = [`${base}.d.ts`, join(base, 'index.d.ts')].find(existsSync);
        if (found) queue.push(found);
        else outside.push(`${relative(project, file)}: ${specifier}`);
      }
    }
    expect(outside).toEqual([]);
    expect(seen.size).toBeGreaterThan(ENTRIES.length);
  });
});
