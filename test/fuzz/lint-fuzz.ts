/**
 * `npm run fuzz` — the lint engine's robustness properties (see properties.ts) on 100k cases.
 * Options: `--runs N` (default 100000), `--seed S` (default: random, printed so a failure can be
 * replayed). A failure prints fast-check's shrunk counterexample and exits 1.
 */
import fc from 'fast-check';
import { robustnessProperties } from './properties';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const runs = Number(option('runs') ?? 100_000);
const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(seed)) {
  process.stderr.write('lint-fuzz: --runs and --seed take whole numbers.\n');
  process.exit(2);
}

process.stdout.write(`lint fuzz: ${runs} runs, seed ${seed} (replay with --seed ${seed})\n`);
let failed = false;
for (const { name, property, numRuns } of robustnessProperties(runs)) {
  const started = Date.now();
  const details = fc.check(property, { seed, numRuns });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed = true;
    process.stdout.write(`✖ ${name} (${seconds} s)\n${fc.defaultReportMessage(details)}\n`);
  } else {
    process.stdout.write(`✔ ${name}: ${details.numRuns} cases in ${seconds} s\n`);
  }
}
process.exitCode = failed ? 1 : 0;
