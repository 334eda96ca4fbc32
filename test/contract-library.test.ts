/**
 * The contract library as docs/contract-tests.md ("Using it from code") says to use it inside this
 * repository: an ES module at the repo root imports `'./contract-tests/library'` and runs with
 * `npx tsx`. The repository is CommonJS, so tsx loads library.ts as CommonJS, and the `.mts` file
 * sees only the names Node's CommonJS lexer finds in it.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as library from '../contract-tests/library';

const ROOT = join(__dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = promisify(execFile);

/** Writes `source` as a `.mts` file at the repo root, runs it with tsx and returns its stdout. */
async function tsxAtRoot(source: string): Promise<string> {
  const file = `.contract-library-${process.pid}-${Math.random().toString(36).slice(2)}.mts`;
  writeFileSync(join(ROOT, file), source);
  try {
    return (await run(TSX, [file], { cwd: ROOT, encoding: 'utf8' })).stdout;
  } finally {
    rmSync(join(ROOT, file), { force: true });
  }
}

/** The first `ts` code block under "## Using it from code" in docs/contract-tests.md. */
function documentedSnippet(): string {
  const docs = readFileSync(join(ROOT, 'docs', 'contract-tests.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## Using it from code'));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (match === null) throw new Error('docs/contract-tests.md has no ts block under "Using it from code"');
  return match[1]!;
}

describe('contract-tests/library from an ES module in the repository (docs: Using it from code)', () => {
  it('runs the documented snippet with the in-repo import', async () => {
    const snippet = documentedSnippet();
    // The in-repo import the docs name, and one cheap property instead of a whole group.
    const source = snippet
      .replace("from 'peeker-devkit/contract'", "from './contract-tests/library'")
      .replace("only: ['dedupe']", "only: ['request-ids.present-on-every-response'], numRuns: 2");
    expect(source).toContain("from './contract-tests/library'");
    expect(source).toContain('numRuns: 2');
    const out = await tsxAtRoot(source);
    expect(out).toContain('Peeker contract tests — embedded emulator');
    expect(out).toMatch(/\n {2}✓ request-ids\.present-on-every-response {2}\d+ runs, /);
    expect(out).toMatch(/\nAll 1 property hold\. /);
  }, 60_000);

  it('exports the limits the docs name as the library’s (rate-limit waits and retries, response size)', () => {
    const docs = readFileSync(join(__dirname, '..', 'docs', 'contract-tests.md'), 'utf8');
    expect(docs).toContain('(`MAX_RETRY_AFTER_SECONDS` in the library)');
    expect(library).toMatchObject({
      MAX_RETRY_AFTER_SECONDS: 60,
      MAX_RATE_LIMIT_RETRIES: 3,
      MAX_RESPONSE_BYTES: 4 * 1024 * 1024,
    });
  });

  it('exposes every value export by name, as it does to TypeScript', async () => {
    const out = await tsxAtRoot(
      "import * as library from './contract-tests/library';\n" +
        "console.log(Object.keys(library).filter((name) => name !== 'default').sort().join(','));\n",
    );
    expect(out).toBe(`${Object.keys(library).sort().join(',')}\n`);
    expect(Object.keys(library)).toContain('runContractSuite');
  }, 60_000);
});
