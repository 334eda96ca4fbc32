/**
 * ULIDs as the kit writes them: `<prefix>_` + 10 Crockford base32 characters of time + 16 of
 * randomness. Fresh ids ({@link newPeekerId}) take crypto randomness from one pooled buffer, and
 * every id is built as one flat string from character codes: the `ulid` package looks for a
 * random source on every call and asks it for one byte per character (about 90 µs an id here),
 * and concatenation leaves ropes that an emulator holding 100k orders would keep by the thousand.
 * The emulator's seeded, block-allocated resource ids are built from the same pieces.
 */
import { randomFillSync } from 'node:crypto';

/** Character codes of Crockford base32, the ULID alphabet. */
export const ULID_CODES: readonly number[] = Array.from('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (char) =>
  char.charCodeAt(0),
);
/** Characters of a ULID's time part. */
export const ULID_TIME_LENGTH = 10;
/** Characters of a ULID's random part (80 bits). */
export const ULID_RANDOM_LENGTH = 16;

/** Writes the {@link ULID_TIME_LENGTH} time characters of a ULID for `ms` into `codes` at `offset`. */
export function writeUlidTime(codes: number[], offset: number, ms: number): void {
  let time = Math.max(0, Math.floor(ms));
  for (let i = ULID_TIME_LENGTH - 1; i >= 0; i--) {
    codes[offset + i] = ULID_CODES[time % 32]!;
    time = Math.floor(time / 32);
  }
}

/** One flat string from character codes (a single allocation, unlike `a + b`). */
export function stringFromCodes(codes: number[]): string {
  return String.fromCharCode.apply(null, codes);
}

const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/**
 * A fresh kit-generated id: `<prefix>_` + a strict ULID of the time now and 80 bits of crypto
 * randomness (API-FACTS Decision 5), e.g. `newPeekerId('evt')`, `newPeekerId('req')`.
 */
export function newPeekerId(prefix: string): string {
  if (poolOffset + ULID_RANDOM_LENGTH > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const codes: number[] = [];
  for (let i = 0; i < prefix.length; i++) codes.push(prefix.charCodeAt(i));
  codes.push(95); // "_"
  const time = codes.length;
  writeUlidTime(codes, time, Date.now());
  const random = time + ULID_TIME_LENGTH;
  // 32 divides 256: the low five bits of a uniform byte are uniform.
  for (let i = 0; i < ULID_RANDOM_LENGTH; i++) codes[random + i] = ULID_CODES[pool[poolOffset++]! & 31]!;
  return stringFromCodes(codes);
}
