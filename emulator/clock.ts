/**
 * The emulator's controllable clock: emulated time = real time + an offset that only grows.
 * Every lifecycle transition, dedupe window, rate-limit window and webhook retry reads it, so
 * `POST /_emulator/clock/advance` fast-forwards all of them at once. A frozen clock reads real
 * time once, at its start: emulated time then moves only when it is advanced, so a test's
 * timings do not depend on how fast the machine runs it. A frozen clock restored from a state
 * file resumes at the emulated time it had ({@link Clock.frozenNowMs}), not at the offset
 * counted from the new start, so a restart does not move it by the real downtime.
 */

/**
 * The latest emulated time the clock may reach, 9999-01-01T00:00:00Z: ISO 8601 timestamps keep
 * their four-digit year until the end of 9999, and the year left covers the times computed
 * from the clock (renewal dates, retries, cooldowns). A real clock that gets there stops there.
 */
export const LATEST_MS = Date.UTC(9999, 0, 1);

/**
 * True for an offset a clock can have reached, so start from: finite, ≥ 0 and at most
 * {@link LATEST_MS}. It may put real time + offset past {@link LATEST_MS} (a real clock that
 * reached the limit, saved, then restarted later): the clock then reads {@link LATEST_MS}.
 */
export function isUsableOffset(offsetMs: number): boolean {
  return Number.isFinite(offsetMs) && offsetMs >= 0 && offsetMs <= LATEST_MS;
}

/**
 * True for a time a frozen clock with offset `offsetMs` can resume at: finite, not before the
 * offset (its real time, `resumeAtMs − offsetMs`, is not before 1970) and not past {@link LATEST_MS}.
 */
export function isUsableResumeTime(resumeAtMs: number, offsetMs: number): boolean {
  return Number.isFinite(resumeAtMs) && resumeAtMs >= offsetMs && resumeAtMs <= LATEST_MS;
}

/** How emulated time passes: with real time (`real`), or only when advanced (`frozen`). */
export type ClockMode = 'real' | 'frozen';

/** How emulated time can get to a later instant: see {@link Clock.reach}. */
export type ClockReach = 'wait' | 'advance' | 'never';

/** Emulated wall clock. */
export class Clock {
  #offsetMs: number;
  /** Real time as this clock sees it: the wall clock, or the instant a frozen clock started. */
  readonly #realNow: () => number;
  /** True when emulated time moves only when advanced. */
  readonly frozen: boolean;

  /**
   * @param offsetMs - Initial offset, e.g. restored from a state file; see {@link isUsableOffset}.
   * @param mode - `frozen`: real time is read once, now, and emulated time only moves on advances.
   * @param resumeAtMs - For a frozen clock restored from a state file: the emulated time it had
   *   ({@link Clock.frozenNowMs}). It starts there exactly, its real time being the one the
   *   earlier run read (`resumeAtMs − offsetMs`), so a later start on a real clock from the same
   *   offset is not behind it. Ignored by a real clock, whose emulated time moves with real time.
   * @param realTime - The wall clock, in epoch ms (tests pass their own to let years go by).
   */
  constructor(
    offsetMs = 0,
    mode: ClockMode = 'real',
    resumeAtMs?: number,
    realTime: () => number = Date.now,
  ) {
    if (!isUsableOffset(offsetMs)) {
      throw new RangeError(`Clock: expected an offset from 0 to ${LATEST_MS}, got ${offsetMs}`);
    }
    this.#offsetMs = offsetMs;
    this.frozen = mode === 'frozen';
    if (!this.frozen) {
      this.#realNow = realTime;
      return;
    }
    if (resumeAtMs !== undefined && !isUsableResumeTime(resumeAtMs, offsetMs)) {
      throw new RangeError(
        `Clock: expected a frozen time between the offset (${offsetMs}) and ${LATEST_MS}, got ${resumeAtMs}`,
      );
    }
    const startedAt = resumeAtMs === undefined ? realTime() : resumeAtMs - offsetMs;
    this.#realNow = () => startedAt;
  }

  /**
   * Emulated time in epoch milliseconds, never past {@link LATEST_MS}: real time cannot carry a
   * real clock beyond it (what it stamps and saves must still be accepted when read back).
   */
  now(): number {
    return Math.min(this.#realNow() + this.#offsetMs, LATEST_MS);
  }

  /**
   * True once the clock stands at {@link LATEST_MS}, frozen or not: emulated time passes no more,
   * by real time or by advances (only an advance of 0 s is accepted), so anything due later
   * never comes.
   */
  get atLimit(): boolean {
    return this.now() >= LATEST_MS;
  }

  /**
   * How emulated time can get to `ms` (epoch milliseconds) from now: `wait` — real time carries a
   * real clock there; `advance` — only an advance moves a frozen clock; `never` — it lies past
   * {@link LATEST_MS}, where every clock stops and advances are refused. A time already reached
   * is `wait`.
   */
  reach(ms: number): ClockReach {
    if (ms > LATEST_MS) return 'never';
    return this.frozen && ms > this.now() ? 'advance' : 'wait';
  }

  /** How far ahead of real time the emulator runs, in milliseconds. */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  /**
   * A frozen clock's emulated time (what a state file keeps, to resume there); undefined for a
   * real clock, whose emulated time a restart takes from the offset and real time.
   */
  get frozenNowMs(): number | undefined {
    return this.frozen ? this.now() : undefined;
  }

  /**
   * Moves emulated time forward to `ms` (epoch milliseconds). A time already reached changes
   * nothing: the clock never goes back (ids and windows depend on it). It takes a time rather
   * than a duration so a clock advance can step through due times and land on a target fixed up
   * front, however much real time the steps take. Throws a RangeError past {@link LATEST_MS}.
   */
  advanceTo(ms: number): void {
    if (!Number.isFinite(ms) || ms > LATEST_MS) {
      throw new RangeError(`Clock.advanceTo: expected a time in ms up to ${LATEST_MS}, got ${ms}`);
    }
    this.#offsetMs = Math.max(this.#offsetMs, ms - this.#realNow());
  }
}

/** Recently formatted seconds: records made in the same second share one string. */
const recent = new Map<number, string>();
const RECENT_LIMIT = 8;

/**
 * ISO 8601 UTC with whole seconds, like the docs' examples (`2026-05-08T12:00:00Z`). Records
 * made in the same second share one flat string (fast, and less memory per record).
 */
export function isoSeconds(ms: number): string {
  const second = Math.floor(ms / 1000);
  let text = recent.get(second);
  if (text === undefined) {
    const iso = new Date(second * 1000).toISOString();
    // Rebuilt from character codes: `replace` would return a rope that pins the longer original.
    const codes: number[] = [];
    for (let i = 0; i < 19; i++) codes.push(iso.charCodeAt(i));
    codes.push(90); // "Z"
    text = String.fromCharCode.apply(null, codes);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(second, text);
  }
  return text;
}

/** ISO 8601 UTC with milliseconds, for control-API timestamps where precision matters. */
export function isoMillis(ms: number): string {
  return new Date(ms).toISOString();
}

/** Adds whole calendar months (UTC), clamping the day like most billing systems do. */
export function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}
