/**
 * Benchmark: the full contract suite against the embedded emulator with the default run count —
 * what `npm run contract` does on every commit. Prints wall time, request count and the slowest
 * properties; the goal is ≤ 30 s on a 2-core machine.
 *
 *   npm run bench:contract [-- --seed N]
 */
import { DEFAULT_NUM_RUNS, runContractSuite } from '../contract-tests';

const GOAL_MS = 30_000;

async function main(): Promise<number> {
  const seedArg = process.argv.indexOf('--seed');
  const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : 1;
  const started = performance.now();
  const report = await runContractSuite({ seed });
  const wallMs = Math.round(performance.now() - started);

  const slowest = [...report.results].sort((a, b) => b.durationMs - a.durationMs).slice(0, 5);
  const broken = report.results.filter((r) => r.status === 'failed' || r.status === 'error');
  const lines = [
    `contract suite vs embedded emulator — seed ${report.seed}, ${DEFAULT_NUM_RUNS} runs per property (default)`,
    `  properties  ${report.results.length} (${broken.length} broken)`,
    `  wall time   ${(wallMs / 1000).toFixed(1)} s (goal ≤ ${GOAL_MS / 1000} s)`,
    `  requests    ${report.requests} API + ${report.controlCalls} control (${Math.round(report.requests / (wallMs / 1000))} req/s)`,
    '  slowest:',
    ...slowest.map(
      (r) => `    ${r.name.padEnd(44)} ${String(r.durationMs).padStart(6)} ms  ${r.requests} requests`,
    ),
  ];
  for (const result of broken)
    lines.push(`  broken: ${result.name}: ${result.failure?.message ?? result.reason}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return broken.length === 0 && wallMs <= GOAL_MS ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench:contract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
