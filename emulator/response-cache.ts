/**
 * The serialized answers of recent GETs, reused while nothing they were built from has changed.
 * Clients poll (a sidebar refreshing a list, an integration watching `GET /orders/pending`), and
 * building a page — filtering rows, making views, serializing 25–100 records — costs several
 * times what sending it does. An answer depends on the request target, the records, the settings
 * and the faults; auth, rate limits, latency and the request id are applied on every request
 * before and after, so only the body is reused.
 */
import { redactSecrets } from '../lint/urls';
import type { OperationInfo } from '../schemas';
import type { Runtime } from './emulator';

/** How many answers are kept; the oldest goes first. Pages are at most ~100 KB. */
const MAX_ENTRIES = 64;

/** GETs whose answer depends on who asks (the caller's key), not only on the URL and the state. */
const CALLER_DEPENDENT = new Set(['GET /me']);

/**
 * `on` reuses answers; `verify` builds every answer anew and fails the request when a reused one
 * would have differed (the test suite runs this way, so a change that escapes
 * `Store.changed` shows up as a failing test, not as a stale page); `off` never reuses.
 */
export type ResponseCacheMode = 'on' | 'verify' | 'off';

/** A kept answer: its text, and the emulated ms from which it would read otherwise (`ViewTime.until`). */
interface Answer {
  text: string;
  until: number;
}

/**
 * Serialized GET answers by request target, valid while the store's generation and the settings
 * stay the same and the clock has not reached a moment that changes them (a renewal it shows).
 */
export class ResponseCache {
  readonly #rt: Runtime;
  readonly mode: ResponseCacheMode;
  readonly #answers = new Map<string, Answer>();
  #generation = -1;
  #settings: Runtime['settings'] | undefined;

  constructor(rt: Runtime, mode: ResponseCacheMode) {
    this.#rt = rt;
    this.mode = mode;
  }

  /** Whether answers to `operation` may be reused now (never while a fault is on: faults bend answers). */
  applies(operation: OperationInfo): boolean {
    return (
      this.mode !== 'off' &&
      operation.method === 'GET' &&
      !CALLER_DEPENDENT.has(operation.key) &&
      this.#rt.faults.size === 0
    );
  }

  /**
   * The answer last built for `target` (path and query), if the state has not changed since and
   * the clock has not reached the moment it would read otherwise.
   */
  get(target: string): string | undefined {
    this.#dropIfStale();
    const answer = this.#answers.get(target);
    if (answer === undefined) return undefined;
    // Not on every clock move: most answers show no time that passes (`until` is Infinity).
    if (answer.until !== Number.POSITIVE_INFINITY && this.#rt.clock.now() >= answer.until) {
      this.#answers.delete(target);
      return undefined;
    }
    return answer.text;
  }

  /**
   * Keeps `text`, the answer to `target`, built while the state was at `generation` (read before
   * the handler ran: a handler that changed something leaves an answer that is stale at once) and
   * true until the emulated ms `until` (see `ViewTime`).
   */
  set(target: string, text: string, generation: number, until: number): void {
    this.#dropIfStale();
    if (generation !== this.#generation) return;
    const answers = this.#answers;
    if (answers.size >= MAX_ENTRIES && !answers.has(target)) answers.delete(answers.keys().next().value!);
    answers.set(target, { text, until });
  }

  #dropIfStale(): void {
    const rt = this.#rt;
    if (this.#generation === rt.store.generation && this.#settings === rt.settings) return;
    this.#answers.clear();
    this.#generation = rt.store.generation;
    this.#settings = rt.settings;
  }
}

/** The mode tests and tools ask for with `PEEKER_EMULATOR_RESPONSE_CACHE` (default `on`). */
export function responseCacheModeFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = (message) => process.emitWarning(message, 'PeekerEmulatorWarning'),
): ResponseCacheMode {
  const value = env.PEEKER_EMULATOR_RESPONSE_CACHE;
  if (value === undefined || value === '') return 'on';
  const mode = value.trim().toLowerCase();
  if (mode === 'on' || mode === 'off' || mode === 'verify') return mode;
  // `OFF`, `0`, `false`: the intent may be plain, but guessing it would hide the typo.
  warn(
    `PEEKER_EMULATOR_RESPONSE_CACHE=${JSON.stringify(redactSecrets(value.slice(0, 40)))} is not on, off or verify; the response cache stays on.`,
  );
  return 'on';
}
