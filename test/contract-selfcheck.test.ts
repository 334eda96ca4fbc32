/**
 * The contract suite's self-check: with each emulator fault switched on in turn, the suite must
 * fail on the property written for the contract that fault breaks (100 % of faults caught), and
 * with no fault it must hold everywhere. Small run counts keep it fast; suites run two at a time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContractReport, runContractSuite } from '../contract-tests';
import { FAULTS, type FaultName, startEmulator } from '../emulator';

const SEED = 7;
const NUM_RUNS = 3;
const CONCURRENCY = 2;
// Which property fails is the point here, not the smallest counterexample: skip most shrinking.
const SHRINK_BUDGET_MS = 0;

/** The property that must catch each fault. */
const CAUGHT_BY: Record<FaultName, string> = {
  missing_request_id: 'request-ids.present-on-every-response',
  duplicate_request_id: 'request-ids.unique-across-calls',
  wrong_envelope: 'errors.envelope-shape',
  wrong_error_status: 'errors.status-matches-code',
  auth_off: 'auth.missing-or-malformed-key-rejected',
  preset_ignored: 'auth.presets-allow-exactly-documented',
  dedupe_off: 'dedupe.same-body-same-order',
  dedupe_window_off: 'dedupe.window-24h',
  density_ignored_in_dedupe: 'dedupe.density-is-fingerprinted',
  concurrent_dedupe_race: 'dedupe.concurrent-same-body-one-order',
  import_dedupe_off: 'dedupe.import-jobs-normalized-domain-set',
  unsigned_page_token: 'pagination.tampered-token-rejected',
  page_token_ignores_filters: 'pagination.token-bound-to-filters',
  totals_in_meta: 'pagination.no-totals',
  page_overlap: 'pagination.walk-returns-every-item-once',
  per_page_ignored: 'pagination.meta-honest',
  no_retry_after: 'rate-limit.cap-enforced-with-retry-after',
  rate_limit_off: 'rate-limit.cap-enforced-with-retry-after',
  lifecycle_stuck: 'lifecycle.orders-reach-completed',
  pending_not_listed: 'lifecycle.pending-actions-listed',
  bad_webhook_signature: 'webhooks.deliveries-signed',
  stale_webhook_timestamp: 'webhooks.deliveries-fresh',
  internal_error: 'errors.valid-requests-succeed',
};

const reports = new Map<FaultName | 'none', ContractReport>();

/** Runs the whole suite against a fresh emulator with `fault` switched on. */
async function suiteWith(fault: FaultName | 'none'): Promise<ContractReport> {
  const emulator = await startEmulator({ seed: SEED, faults: fault === 'none' ? [] : [fault] });
  try {
    return await runContractSuite({
      baseUrl: emulator.baseUrl,
      // dedupe.window-24h too: this emulator exists for the run.
      moveClockByDays: true,
      apiKey: emulator.apiKey,
      seed: SEED,
      numRuns: NUM_RUNS,
      shrinkBudgetMs: SHRINK_BUDGET_MS,
    });
  } finally {
    await emulator.close();
  }
}

/** The names of the properties that did not hold. */
function broken(report: ContractReport): string[] {
  return report.results.filter((r) => r.status === 'failed' || r.status === 'error').map((r) => r.name);
}

/** Every failure's message and counterexample, for an assertion message. */
function explain(report: ContractReport): string {
  return report.results
    .filter((r) => r.failure !== undefined || r.status === 'error')
    .map(
      (r) =>
        `${r.name}: ${r.failure?.message ?? r.reason}\n  counterexample: ${r.failure?.counterexample ?? '-'}`,
    )
    .join('\n');
}

beforeAll(async () => {
  const queue: (FaultName | 'none')[] = ['none', ...FAULTS.map((fault) => fault.name)];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift())
      reports.set(next, await suiteWith(next));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}, 180_000);

afterAll(() => {
  // One line per fault, so a run shows at a glance which properties each fault tripped.
  for (const [fault, report] of reports) {
    if (fault !== 'none')
      console.log(
        `${fault.padEnd(26)} ${String(report.durationMs).padStart(5)} ms → ${broken(report).join(', ')}`,
      );
  }
});

describe('contract suite self-check', () => {
  it('maps every emulator fault to the property that must catch it', () => {
    expect(Object.keys(CAUGHT_BY).sort()).toEqual(FAULTS.map((fault) => fault.name).sort());
  });

  it('holds on an emulator without faults', () => {
    const report = reports.get('none')!;
    expect(broken(report), explain(report)).toEqual([]);
    expect(
      report.target.kind,
      'the control API was not detected: emulator-only properties were skipped',
    ).toBe('emulator');
    expect(report.results.filter((r) => r.status === 'skipped').map((r) => r.name)).toEqual([]);
    expect(report.passed).toBe(true);
  });

  it.each(FAULTS.map((fault) => [fault.name, CAUGHT_BY[fault.name]] as const))(
    'catches %s in %s',
    (fault, property) => {
      const report = reports.get(fault)!;
      const result = report.results.find((r) => r.name === property)!;
      expect(result.status, `${property} should fail with ${fault} on:\n${explain(report)}`).toBe('failed');
      expect(result.failure?.counterexample).toBeDefined();
      expect(result.failure?.replay).toBe(
        `peeker-devkit contract --base-url ${report.target.baseUrl} --only ${property}` +
          // The run moved the clock by days: its replay must too, or it would skip the property.
          (property === 'dedupe.window-24h' ? ' --move-clock-by-days' : '') +
          ` --seed ${SEED} --num-runs ${NUM_RUNS}` +
          (result.failure?.path ? ` --path ${result.failure.path}` : ''),
      );
      expect(report.target.activeFaults).toEqual([fault]);
      // A fault is a broken promise, never a crash of the kit.
      expect(report.results.filter((r) => r.status === 'error').map((r) => r.name)).toEqual([]);
      expect(report.passed).toBe(false);
    },
  );
});

describe('a fault counterexample stands on its own', () => {
  it('replays the shrunk duplicate_request_id case from its path and it fails again', async () => {
    const emulator = await startEmulator({ seed: SEED, faults: ['duplicate_request_id'] });
    try {
      // Seed 11 with 3 runs shrank to a single request that clashed only with earlier runs' ids.
      const options = {
        baseUrl: emulator.baseUrl,
        apiKey: emulator.apiKey,
        only: ['request-ids.unique-across-calls'],
        seed: 11,
        numRuns: 3,
      };
      const first = (await runContractSuite(options)).results[0]!;
      expect(first.status).toBe('failed');
      const case_ = JSON.parse(first.failure!.counterexample) as {
        sequential: unknown[];
        concurrent: unknown[];
      };
      expect(case_.sequential.length + case_.concurrent.length).toBeGreaterThanOrEqual(2);
      const again = (await runContractSuite({ ...options, path: first.failure!.path })).results[0]!;
      expect(again.status, `--path ${first.failure!.path} should fail again`).toBe('failed');
      expect(again.failure).toMatchObject({
        counterexample: first.failure!.counterexample,
        path: first.failure!.path,
        shrinking: 'replayed',
      });
    } finally {
      await emulator.close();
    }
  });
});

describe('a fault breaks only its own contract', () => {
  it('page_overlap leaves pagination.meta-honest holding (a per_page=1 walk once never reached next: null)', async () => {
    const emulator = await startEmulator({ seed: SEED, faults: ['page_overlap'] });
    try {
      const report = await runContractSuite({
        baseUrl: emulator.baseUrl,
        apiKey: emulator.apiKey,
        only: ['pagination.meta-honest', 'pagination.walk-returns-every-item-once'],
        seed: 77,
        numRuns: 12,
      });
      expect(report.results.map((r) => [r.name, r.status])).toEqual([
        ['pagination.walk-returns-every-item-once', 'failed'],
        ['pagination.meta-honest', 'passed'],
      ]);
    } finally {
      await emulator.close();
    }
  });
});
