/**
 * The report of one contract-suite run: what every formatter (human, JSON, JUnit) reads.
 * Every string in it is already redacted: no API key or webhook secret ever reaches a report.
 *
 * @packageDocumentation
 */
import type { ContractGroup, TargetKind } from '../property';
import type { Exchange } from '../target';

/** How one property ended. */
export type PropertyStatus = 'passed' | 'failed' | 'skipped' | 'error';

/** Everything needed to understand and replay a broken promise. */
export interface PropertyFailure {
  /** What broke, in one or two sentences. */
  message: string;
  /** The shrunk counterexample, as one line of JSON (an absent value left out, or null in an array). */
  counterexample: string;
  /** The suite seed to replay with (`--seed`). */
  seed: number;
  /** fast-check's path to the counterexample (`--path`). */
  path: string;
  /** How many shrink steps led to the counterexample. */
  shrinks: number;
  /**
   * Set when the counterexample was not shrunk as far as fast-check could: `cut-off` (the shrink
   * time budget ran out first: a smaller failing case may exist) or `replayed` (re-run from
   * `--path` exactly as reported, not shrunk again).
   */
  shrinking?: 'cut-off' | 'replayed';
  /** The command that replays exactly this failure. */
  replay: string;
  /** The request/response pair that broke the promise. */
  exchange?: Exchange;
  /** Every exchange of the failing run, oldest first (capped). */
  exchanges: Exchange[];
}

/** The outcome of one property. */
export interface PropertyResult {
  name: string;
  group: ContractGroup;
  description: string;
  promise: string;
  needsEmulator: boolean;
  status: PropertyStatus;
  /** Why it was skipped (`needs emulator`), or the diagnosis of an `error`. */
  reason?: string;
  /** fast-check runs executed (up to and including the failing one; shrinking not counted). */
  runs: number;
  /** API requests it sent (control calls excluded). */
  requests: number;
  durationMs: number;
  failure?: PropertyFailure;
}

/** The outcome of a suite run. */
export interface ContractReport {
  /** What was tested. */
  target: { kind: TargetKind; baseUrl: string; activeFaults?: string[] };
  /** The suite seed: `--seed` replays the whole run. */
  seed: number;
  /** Runs per property before `runsFactor` scaling. */
  numRuns: number;
  startedAt: string;
  durationMs: number;
  /** API requests sent (retries included), and emulator control calls. */
  requests: number;
  controlCalls: number;
  /** One entry per selected property, in suite order. */
  results: PropertyResult[];
  /** True when no property failed or errored (skips do not count). */
  passed: boolean;
  /**
   * Clean-up notes: what a sandbox run cancelled ("cancelled 12 of 12 orders…"), emulator settings
   * an unfinished earlier run had left and this one put back, problems while cleaning up.
   */
  cleanup?: string[];
}
