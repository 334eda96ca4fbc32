/**
 * Per-key request cap (600/min by default, the contract's `rateLimit`), as a sliding one-minute
 * log on the emulated clock (so runs are deterministic, and an advance frees slots).
 * `retry_after_seconds` is honest in emulated time: once the clock has moved that far, the oldest
 * counted request has left the window, so the next call succeeds. On a frozen clock real waiting
 * moves nothing, and past the clock's limit (9999-01-01T00:00:00Z) nothing does: the 429 says so
 * ({@link rateLimitedMessage}).
 */
import { type Clock, type ClockReach, isoSeconds, LATEST_MS } from './clock';

const WINDOW_MS = 60_000;

/** The verdict for one request. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * The 429 `rate_limited` message, worded for how the clock can get to the time a slot frees
 * (`reach`, see {@link Clock.reach}). On a frozen clock `retry_after_seconds` counts emulated
 * seconds, which only a clock advance moves; past 9999-01-01T00:00:00Z, where the clock stops,
 * not even an advance does. The message says so and how to go on, or a client that waits and
 * retries would loop forever.
 */
export function rateLimitedMessage(limit: number, retryAfterSeconds: number, reach: ClockReach): string {
  const exceeded = `API rate limit exceeded (${limit} requests per minute per key).`;
  const turnOff = '(PUT /_emulator/config {"rate_limit_per_minute":0} turns it off)';
  if (reach === 'wait') return `${exceeded} Retry in ${retryAfterSeconds} s.`;
  if (reach === 'never') {
    return (
      `${exceeded} A slot frees in ${retryAfterSeconds} s of emulated time, past ${isoSeconds(LATEST_MS)}, where the ` +
      `emulator's clock stops: neither waiting nor a clock advance frees one. Change the cap ${turnOff}.`
    );
  }
  return (
    `${exceeded} Retry in ${retryAfterSeconds} s of emulated time: the emulator's clock is frozen, so waiting ` +
    `frees nothing. Advance it (POST /_emulator/clock/advance {"seconds":${retryAfterSeconds}}) or change the cap ` +
    `${turnOff}.`
  );
}

/** Sliding-window limiter, one log per bucket (API key). */
export class RateLimiter {
  /** Requests allowed per minute per bucket; 0 switches the limit off. */
  limit: number;
  readonly #clock: Clock;
  readonly #logs = new Map<string, { times: number[]; head: number }>();

  constructor(clock: Clock, limit: number) {
    this.#clock = clock;
    this.limit = limit;
  }

  /** Counts a request against `bucket`, or refuses it (refused requests are not counted). */
  take(bucket: string): RateDecision {
    if (this.limit <= 0) return { ok: true };
    const now = this.#clock.now();
    let log = this.#logs.get(bucket);
    if (!log) {
      log = { times: [], head: 0 };
      this.#logs.set(bucket, log);
    }
    const { times } = log;
    while (log.head < times.length && times[log.head]! + WINDOW_MS <= now) log.head++;
    if (log.head > 1024 && log.head * 2 > times.length) {
      times.splice(0, log.head);
      log.head = 0;
    }
    if (times.length - log.head >= this.limit) {
      // The request that frees a slot is the one `limit` places back from the end.
      const freeing = times[times.length - this.limit]!;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freeing + WINDOW_MS - now) / 1000)) };
    }
    times.push(now);
    return { ok: true };
  }

  /** Forgets every bucket (control-API reset). */
  clear(): void {
    this.#logs.clear();
  }
}
