/**
 * Where requests go, decided in one place (pure, so every case is unit-tested):
 * {@link testRunTarget} picks what a Testing-view run (the contract kit and the request-file smoke
 * tests) talks to — never a live key.
 */
import { type EvidenceSource, evidenceSourceOf } from './go-live-checklist';
import type { Result } from './request-file';

/** Where a request goes: the embedded emulator (its own `pk_test_` key) or the configured base URL with the stored key. */
export interface Target {
  baseUrl: string;
  apiKey: string;
  kind: 'emulator' | 'configured';
}

/** What a Testing-view run talks to. */
export type TestRunTarget =
  | {
      kind: 'current';
      target: Target;
      /** For the test output, e.g. "the local emulator" or the base URL. */
      where: string;
      /** Where evidence from this run was gathered. */
      source: EvidenceSource;
    }
  | {
      kind: 'embedded';
      /** Why not the current target, for the test output. */
      why: string;
    };

/**
 * The target of a Testing-view run (contract kit and request-file smoke tests alike): the
 * embedded emulator when it is on, else the configured target only when its key is not live, else
 * an emulator embedded for the run. A test run never sends with a live key, and so never asks to.
 * @param current the session's target (or why there is none), `live` its LIVE marker.
 */
export function testRunTarget(current: Result<Target>, live: boolean): TestRunTarget {
  if (current.ok && current.value.kind === 'emulator') {
    return { kind: 'current', target: current.value, where: 'the local emulator', source: 'emulator' };
  }
  if (current.ok && !live) {
    return {
      kind: 'current',
      target: current.value,
      where: current.value.baseUrl,
      source: evidenceSourceOf(current.value.baseUrl),
    };
  }
  return {
    kind: 'embedded',
    why: current.ok ? 'a test run never uses a live key' : current.message,
  };
}
