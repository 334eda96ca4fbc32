/**
 * The emulator's controllable clock: emulated time = real time + an offset that only grows.
 * Every lifecycle transition, dedupe window, rate-limit window and webhook retry reads it, so
 * `POST /_emulator/clock/advance` fast-forwards all of them at once.
 */

/** Emulated wall clock. */
export class Clock {
  #offsetMs: number;

  /** @param offsetMs - Initial offset, e.g. restored from a state file. */
  constructor(offsetMs = 0) {
    this.#offsetMs = offsetMs;
  }

  /** Emulated time in epoch milliseconds. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  /** How far ahead of real time the emulator runs, in milliseconds. */
  get offsetMs(): number {
    return this.#offsetMs;
  }

  /**
   * Moves emulated time forward to `ms` (epoch milliseconds). A time already reached changes
   * nothing: the clock never goes back (ids and windows depend on it). It takes a time rather
   * than a duration so a clock advance can step through due times and land on a target fixed up
   * front, however much real time the steps take.
   */
  advanceTo(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError(`Clock.advanceTo: expected a time in ms, got ${ms}`);
    this.#offsetMs = Math.max(this.#offsetMs, ms - Date.now());
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
