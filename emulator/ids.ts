/**
 * Identifiers. Resource ids are `<prefix>_` + a strict ULID whose time part is the emulated
 * clock and whose random part comes from the seed, monotonic across every resource type, so
 * "newest first" is simply "largest id first" and a cursor on an id is stable under inserts.
 * Request ids are fresh `req_` + ULID with crypto randomness (API-FACTS Decision 5).
 *
 * ULIDs are built here rather than with the `ulid` package's factory because an emulator holding
 * 100k orders keeps several ids per order: building each id as one flat string (no concatenation
 * ropes) and drawing randomness from a pooled buffer makes them both smaller and faster.
 */
import { randomFillSync } from 'node:crypto';
import type { Clock } from './clock';
import type { Random } from './random';

/** `req_` + a strict ULID, as sent in `Peeker-Request-Id`. */
export const REQUEST_ID_PATTERN = /^req_[0-9A-HJKMNP-TV-Z]{26}$/;

/** Crockford base32, the ULID alphabet. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODES = Array.from(ALPHABET, (char) => char.charCodeAt(0));
const TIME_LENGTH = 10;
const RANDOM_LENGTH = 16;

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

/** Writes the 10 time characters of a ULID for `ms` into `codes` at `offset`. */
function writeTime(codes: number[], offset: number, ms: number): void {
  let time = Math.max(0, Math.floor(ms));
  for (let i = TIME_LENGTH - 1; i >= 0; i--) {
    codes[offset + i] = CODES[time % 32]!;
    time = Math.floor(time / 32);
  }
}

/** One flat string from character codes (a single allocation, unlike `a + b`). */
function flat(codes: number[]): string {
  return String.fromCharCode.apply(null, codes);
}

const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/** A fresh request id: `req_` + ULID (time now, 80 bits of crypto randomness). */
export function newRequestId(): string {
  if (poolOffset + RANDOM_LENGTH > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const codes = [114, 101, 113, 95]; // "req_"
  writeTime(codes, 4, Date.now());
  for (let i = 0; i < RANDOM_LENGTH; i++) codes[4 + TIME_LENGTH + i] = CODES[pool[poolOffset++]! & 31]!;
  return flat(codes);
}

/** A strict ULID for `ms` with randomness from `random` (not monotonic; for fixed seeded data). */
export function seededUlid(ms: number, random: Random): string {
  const codes: number[] = [];
  writeTime(codes, 0, ms);
  for (let i = 0; i < RANDOM_LENGTH; i++) codes[TIME_LENGTH + i] = CODES[Math.floor(random() * 32)]!;
  return flat(codes);
}

/** Issues deterministic, monotonic ids on the emulated clock. */
export class IdFactory {
  readonly #clock: Clock;
  readonly #random: Random;
  #lastTime = -1;
  /** The random part of the last id, as alphabet indexes (incremented within one millisecond). */
  readonly #last: number[] = new Array(RANDOM_LENGTH).fill(0);

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#random = random;
  }

  /** A new id such as `ord_01J…`, greater than every id this factory issued before. */
  next(prefix: IdPrefix): string {
    const now = this.#clock.now();
    const last = this.#last;
    if (now > this.#lastTime) {
      this.#lastTime = now;
      for (let i = 0; i < RANDOM_LENGTH; i++) last[i] = Math.floor(this.#random() * 32);
    } else {
      // Same millisecond (or a clock that stood still): increment, like the ULID spec's monotonic mode.
      let i = RANDOM_LENGTH - 1;
      while (i >= 0 && last[i] === 31) last[i--] = 0;
      if (i >= 0) last[i]! += 1;
    }
    const codes = [prefix.charCodeAt(0), prefix.charCodeAt(1), prefix.charCodeAt(2), 95];
    writeTime(codes, 4, this.#lastTime);
    for (let i = 0; i < RANDOM_LENGTH; i++) codes[4 + TIME_LENGTH + i] = CODES[last[i]!]!;
    return flat(codes);
  }
}

/**
 * A copy of `text` that does not keep a bigger string alive. Strings parsed out of a request
 * body can be slices of the whole body text; a stored domain name must not pin the request.
 */
export function ownString(text: string): string {
  const codes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  return text.length === 0 ? '' : flat(codes);
}
