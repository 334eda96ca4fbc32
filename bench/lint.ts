/**
 * `npm run bench:lint` — how fast and how precise the lint engine is, on two documents:
 *   - clean: a valid custom order with 200 domains and 10 personas;
 *   - faulty: the same order with 20 mistakes;
 * and whether fixes are built in linear time on a minified document (5,000 findings on one line,
 * against the same document pretty-printed).
 * Compared, in one run, with vscode-json-languageservice (`parseJSONDocument` + `doValidation`
 * with the same JSON Schema, as VS Code's JSON support does it) and with a bare `JSON.parse`.
 * Goals (issue 4): ≥ 5× faster than vscode-json-languageservice on both documents; the clean
 * document within 3× of `JSON.parse`; each of the 20 mistakes reported once, at its own place.
 * Not a timed test: it prints figures, it does not fail. Run it on a quiet machine: the figures are
 * the best of 25 interleaved batches, which filters out most, not all, of the noise of other processes.
 *
 * The engine is measured as it ships: bundled by esbuild (as in dist/cli.js and dist/server.js),
 * not through tsx's per-module wrappers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';
import { getLanguageService, type JSONSchema, TextDocument } from 'vscode-json-languageservice';
import type * as LintModule from '../lint';
import schema from '../schemas/generated/json-schema/create-order-request.json';
import { cleanOrder, faultyOrder } from '../test/fuzz/documents';

const OPERATION = 'POST /orders';

/** Mean time per run of `run` over one batch of at least `batchMs`. */
async function batch(run: () => unknown, batchMs: number): Promise<number> {
  let iterations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < batchMs) {
    await run();
    iterations++;
    elapsed = performance.now() - start;
  }
  return elapsed / iterations;
}

/**
 * Mean time per run of each contender in its best batch, over `rounds` rounds in which every
 * contender runs one batch in turn: the best batch is the one least disturbed by other processes
 * (the figure a quiet machine would show), and taking turns spreads a disturbance over all of them
 * instead of one contender's whole measurement.
 */
async function measure(runs: (() => unknown)[], rounds = 25, batchMs = 30): Promise<number[]> {
  const best = runs.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    for (const [i, run] of runs.entries()) best[i] = Math.min(best[i]!, await batch(run, batchMs));
  }
  (globalThis as { gc?: () => void }).gc?.();
  return best;
}

/**
 * Warm-up, as a long-running language server is: every contender on every document, alternately,
 * until each has run 300 times and for at least 1 s (JIT tiers on both the clean and the error
 * paths; the first call of a generated validator instantiates it).
 */
async function warmUp(runs: (() => unknown)[]): Promise<void> {
  const start = performance.now();
  for (let i = 0; i < 300 || performance.now() - start < 1000; i++) for (const run of runs) await run();
}

const us = (ms: number) => `${(ms * 1000).toFixed(1).padStart(9)} µs`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
/** ✓ when a goal is met in this run, ✗ when it is not. */
const mark = (met: boolean) => (met ? '✓' : '✗');

/** Bundles `lint/index.ts` like scripts/build.mjs does and loads it. */
async function loadBundledLint(): Promise<typeof LintModule> {
  const dir = mkdtempSync(join(tmpdir(), 'peeker-bench-lint-'));
  const outfile = join(dir, 'lint.js');
  await build({
    entryPoints: [join(__dirname, '..', 'lint', 'index.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  const loaded = createRequire(__filename)(outfile) as typeof LintModule;
  rmSync(dir, { recursive: true, force: true });
  return loaded;
}

async function main(): Promise<void> {
  const { lint } = await loadBundledLint();
  const languageService = getLanguageService({});
  const jsonSchema = schema as unknown as JSONSchema;
  const vscodeValidate = async (text: string) => {
    const document = TextDocument.create('file:///order.json', 'json', 1, text);
    const jsonDocument = languageService.parseJSONDocument(document);
    return languageService.doValidation(document, jsonDocument, { schemaValidation: 'error' }, jsonSchema);
  };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const rawValidate = ajv.compile(schema);

  const documents = [
    { name: 'clean (200 domains, 10 personas)', text: JSON.stringify(cleanOrder(), null, 2) },
    { name: 'faulty (20 mistakes)', text: JSON.stringify(faultyOrder(), null, 2) },
  ];
  console.log(
    'peeker-devkit lint benchmark — POST /orders body; best of 25 interleaved batches, after a shared warm-up\n',
  );
  await warmUp(
    documents.flatMap(({ text }) => [
      () => lint(text, { operation: OPERATION }),
      () => vscodeValidate(text),
      () => JSON.parse(text),
    ]),
  );
  for (const { name, text } of documents) {
    const [ours, vscode, parse] = (await measure([
      () => lint(text, { operation: OPERATION }),
      () => vscodeValidate(text),
      () => JSON.parse(text),
    ])) as [number, number, number];
    const ourDiagnostics = lint(text, { operation: OPERATION }).diagnostics;
    const vscodeDiagnostics = await vscodeValidate(text);
    rawValidate(JSON.parse(text));
    const rawErrors = rawValidate.errors?.length ?? 0;
    const clean = name.startsWith('clean');
    console.log(`${name}: ${text.length} characters`);
    console.log(`  peeker lint                      ${us(ours)}  ${ourDiagnostics.length} diagnostics`);
    console.log(
      `  vscode-json-languageservice      ${us(vscode)}  ${vscodeDiagnostics.length} diagnostics   → lint is ${ratio(vscode, ours)} faster (goal ≥ 5×) ${mark(vscode / ours >= 5)}`,
    );
    console.log(
      `  JSON.parse                       ${us(parse)}                  → lint costs ${ratio(ours, parse)} JSON.parse${clean ? ` (goal ≤ 3×) ${mark(ours / parse <= 3)}` : ''}`,
    );
    console.log(`  raw ajv (allErrors) errors       ${String(rawErrors).padStart(12)}`);
    if (!clean) {
      const places = new Set(ourDiagnostics.map((d) => d.range.start.offset));
      const theirPlaces = new Set(
        vscodeDiagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}`),
      );
      console.log(
        `  lint: ${ourDiagnostics.length} diagnostics at ${places.size} places; vscode-json-languageservice: ${vscodeDiagnostics.length} at ${theirPlaces.size} places`,
      );
      for (const d of ourDiagnostics) {
        console.log(
          `    ${`${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8)} ${d.code} ${d.field ?? ''}`,
        );
      }
    }
    console.log('');
  }

  // Fix construction must stay linear on a document without line breaks (it once searched back to
  // the line start for every fix): the same 5,000 findings, minified and pretty-printed.
  const names = { domains: Array.from({ length: 5000 }, (_, i) => `Acme-${i % 2500}.com`) };
  const minified = JSON.stringify(names);
  const pretty = JSON.stringify(names, null, 2);
  const jobs = { operation: 'POST /domains/import/jobs' };
  await warmUp([() => lint(minified, jobs), () => lint(pretty, jobs)]);
  const [oneLine, lines] = (await measure([() => lint(minified, jobs), () => lint(pretty, jobs)])) as [
    number,
    number,
  ];
  const fixes = lint(minified, jobs).fixes.length;
  console.log(`minified (5000 domains, ${fixes} fixes on one line of ${minified.length} characters):`);
  console.log(`  peeker lint, one line                ${us(oneLine)}`);
  console.log(
    `  peeker lint, pretty-printed          ${us(lines)}  → one line costs ${ratio(oneLine, lines)} pretty (goal ≤ 1.5×) ${mark(oneLine / lines <= 1.5)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
