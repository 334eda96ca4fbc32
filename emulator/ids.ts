/**
 * Identifiers. Resource ids are `<prefix>_` + a strict ULID whose time part is the emulated
 * clock and whose random part comes from the seed, monotonic across every resource type, so
 * "newest first" is simply "largest id first" and a cursor on an id is stable under inserts.
 * Request ids are fresh `req_` + ULID with crypto randomness (API-FACTS Decision 5).
 *
 * ULIDs are built from `webhooks/ulid`'s pieces, as flat strings: an emulator holding 100k orders
 * keeps several ids per order.
 */
import {
  newPeekerId,
  stringFromCodes,
  ULID_CODES,
  ULID_RANDOM_LENGTH,
  ULID_TIME_LENGTH,
  writeUlidTime,
} from '../webhooks/ulid';
import type { Clock } from './clock';
import type { Random } from './random';

/** `req_` + a strict ULID, as sent in `Peeker-Request-Id`. */
export const REQUEST_ID_PATTERN = /^req_[0-9A-HJKMNP-TV-Z]{26}$/;

/** Resource id prefixes the emulator issues (the contract's `idPrefixes`, plus its own). */
export type IdPrefix =
  | 'org'
  | 'usr'
  | 'bun'
  | 'ord'
  | 'dom'
  | 'imp'
  | 'imj'
  | 'fwj'
  | 'swp'
  | 'act'
  | 'evt'
  // Emulator-only: API keys and webhook deliveries.
  | 'key'
  | 'dlv';

/** A fresh request id: `req_` + ULID (time now, 80 bits of crypto randomness). */
export function newRequestId(): string {
  return newPeekerId('req');
}

/** A strict ULID for `ms` with randomness from `random` (not monotonic; for fixed seeded data). */
export function seededUlid(ms: number, random: Random): string {
  const codes: number[] = [];
  writeUlidTime(codes, 0, ms);
  for (let i = 0; i < ULID_RANDOM_LENGTH; i++)
    codes[ULID_TIME_LENGTH + i] = ULID_CODES[Math.floor(random() * 32)]!;
  return stringFromCodes(codes);
}

/** Low digits of an id that {@link IdFactory.reserve} blocks count in (50 bits: exact in a double). */
const BLOCK_DIGITS = 10;
const BLOCK_SPAN = 32 ** BLOCK_DIGITS;
/** Characters an id shares with every other id of its block (prefix, time, high random digits). */
const BLOCK_HEAD = 4 + ULID_TIME_LENGTH + ULID_RANDOM_LENGTH - BLOCK_DIGITS;
const DECODE = new Int8Array(128).fill(-1);
ULID_CODES.forEach((code, index) => {
  DECODE[code] = index;
});

/** The value of an id's low {@link BLOCK_DIGITS} digits, or -1 when it is not a well-formed id. */
function lowValue(id: string): number {
  let low = 0;
  for (let i = BLOCK_HEAD; i < id.length; i++) {
    const digit = DECODE[id.charCodeAt(i) & 127]!;
    if (digit < 0) return -1;
    low = low * 32 + digit;
  }
  return low;
}

/**
 * What every id of a block shares past its prefix (time and high random digits, see
 * {@link IdFactory.extend}), or undefined when `id` is not a prefix, `_` and a ULID: ids with
 * different heads are never in one block.
 */
export function blockHead(id: string): string | undefined {
  return id.length === BLOCK_HEAD + BLOCK_DIGITS ? id.slice(4, BLOCK_HEAD) : undefined;
}

/**
 * The id `n` places after `base` in its block (see {@link IdFactory.extend}), with `prefix`
 * (default: the base's own).
 */
export function nthId(base: string, n: number, prefix: IdPrefix | undefined = undefined): string {
  const first = base;
  let low = lowValue(first) + n;
  const codes: number[] = new Array(first.length);
  for (let i = 0; i < BLOCK_HEAD; i++) codes[i] = first.charCodeAt(i);
  if (prefix !== undefined) for (let i = 0; i < 3; i++) codes[i] = prefix.charCodeAt(i);
  for (let i = first.length - 1; i >= BLOCK_HEAD; i--) {
    codes[i] = ULID_CODES[low % 32]!;
    low = Math.floor(low / 32);
  }
  return stringFromCodes(codes);
}

/**
 * How many places after `base` the id sits in its block (`nthId(base, n, …) === id`, prefixes
 * ignored), or -1 if it cannot be in it.
 */
export function idOffset(base: string, id: string): number {
  const first = base;
  if (id.length !== first.length || id.length !== BLOCK_HEAD + BLOCK_DIGITS) return -1;
  for (let i = 4; i < BLOCK_HEAD; i++) if (id.charCodeAt(i) !== first.charCodeAt(i)) return -1;
  const low = lowValue(id);
  return low < 0 ? -1 : low - lowValue(first);
}

/** Orders two ids by their ULIDs (prefixes ignored): negative, zero or positive. */
export function compareUlids(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 4; i < length; i++) {
    const difference = a.charCodeAt(i) - b.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** Issues deterministic, monotonic ids on the emulated clock. */
export class IdFactory {
  readonly #clock: Clock;
  readonly #random: Random;
  #lastTime = -1;
  /** The random part of the last id, as alphabet indexes (incremented within one millisecond). */
  readonly #last: number[] = new Array(ULID_RANDOM_LENGTH).fill(0);

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#random = random;
  }

  /**
   * Reserves the `count` ids that follow the last one issued, in its millisecond: the n-th
   * (1-based) is {@link nthId}`(last, n, prefix)`, so a block of records needs no stored id
   * strings. False when the block would carry past the low {@link BLOCK_DIGITS} digits (then the
   * caller issues ids one by one).
   */
  extend(count: number): boolean {
    const last = this.#last;
    let low = 0;
    for (let i = ULID_RANDOM_LENGTH - BLOCK_DIGITS; i < ULID_RANDOM_LENGTH; i++) low = low * 32 + last[i]!;
    if (this.#lastTime < 0 || low + count >= BLOCK_SPAN) return false;
    low += count;
    for (let i = ULID_RANDOM_LENGTH - 1; i >= ULID_RANDOM_LENGTH - BLOCK_DIGITS; i--) {
      last[i] = low % 32;
      low = Math.floor(low / 32);
    }
    return true;
  }

  /** Reserves `count` consecutive ids and returns the first (see {@link extend}), or undefined. */
  reserve(prefix: IdPrefix, count: number): string | undefined {
    const first = this.next(prefix);
    return this.extend(count - 1) ? first : undefined;
  }

  /**
   * Makes every later id greater than `id`, one an earlier run issued (restored from a state file).
   * A restarted emulator's factory starts again from the same seeded randomness: on a frozen clock,
   * which resumes at the emulated time it stopped at, it would issue the earlier run's ids again.
   * Ids that are not a prefix, `_` and a ULID (`key_startup`) change nothing.
   */
  continueAfter(id: string): void {
    if (id.length === 4 + ULID_TIME_LENGTH + ULID_RANDOM_LENGTH) this.continueAfterUlid(id.slice(4));
  }

  /**
   * The ULID of the last id issued (or continued after), or undefined before the first: a state
   * file keeps it, because the records that carried the latest ids may be gone (a reset drops
   * them all) and a restart on a frozen clock would issue those ids again for other records.
   */
  lastUlid(): string | undefined {
    if (this.#lastTime < 0) return undefined;
    const codes = new Array<number>(ULID_TIME_LENGTH + ULID_RANDOM_LENGTH);
    writeUlidTime(codes, 0, this.#lastTime);
    for (let i = 0; i < ULID_RANDOM_LENGTH; i++) codes[ULID_TIME_LENGTH + i] = ULID_CODES[this.#last[i]!]!;
    return stringFromCodes(codes);
  }

  /** {@link continueAfter} for a bare ULID (as {@link lastUlid} gives); anything else changes nothing. */
  continueAfterUlid(ulid: string): void {
    if (ulid.length !== ULID_TIME_LENGTH + ULID_RANDOM_LENGTH) return;
    const digits = new Array<number>(ULID_TIME_LENGTH + ULID_RANDOM_LENGTH);
    for (let i = 0; i < digits.length; i++) {
      const code = ulid.charCodeAt(i);
      const digit = code < 128 ? DECODE[code]! : -1;
      if (digit < 0) return;
      digits[i] = digit;
    }
    let time = 0;
    for (let i = 0; i < ULID_TIME_LENGTH; i++) time = time * 32 + digits[i]!;
    const random = digits.slice(ULID_TIME_LENGTH);
    if (time < this.#lastTime) return;
    if (time === this.#lastTime) {
      const differing = random.findIndex((digit, i) => digit !== this.#last[i]);
      if (differing < 0 || random[differing]! < this.#last[differing]!) return;
    }
    this.#lastTime = time;
    for (let i = 0; i < ULID_RANDOM_LENGTH; i++) this.#last[i] = random[i]!;
  }

  /** A new id such as `ord_01J…`, greater than every id this factory issued before. */
  next(prefix: IdPrefix): string {
    const now = this.#clock.now();
    const last = this.#last;
    if (now > this.#lastTime) {
      this.#lastTime = now;
      for (let i = 0; i < ULID_RANDOM_LENGTH; i++) last[i] = Math.floor(this.#random() * 32);
    } else {
      // Same millisecond (or a clock that stood still): increment, like the ULID spec's monotonic mode.
      let i = ULID_RANDOM_LENGTH - 1;
      while (i >= 0 && last[i] === 31) last[i--] = 0;
      if (i >= 0) last[i]! += 1;
      // All 80 random bits were set (a state file's last id can say so): carry into the time, as
      // an odometer would, so the id still sorts after the last one rather than wrapping below it.
      else this.#lastTime += 1;
    }
    const codes = [prefix.charCodeAt(0), prefix.charCodeAt(1), prefix.charCodeAt(2), 95];
    writeUlidTime(codes, 4, this.#lastTime);
    for (let i = 0; i < ULID_RANDOM_LENGTH; i++) codes[4 + ULID_TIME_LENGTH + i] = ULID_CODES[last[i]!]!;
    return stringFromCodes(codes);
  }
}

/**
 * A copy of `text` that does not keep a bigger string alive. Strings parsed out of a request
 * body can be slices of the whole body text; a stored domain name must not pin the request.
 */
export function ownString(text: string): string {
  const codes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return text.length === 0 ? '' : stringFromCodes(codes);
}
