/**
 * Seeded randomness: every "random" thing the emulator generates (resource ids, inventory
 * names, chaos decisions) comes from here, so one `--seed` always produces the same data.
 */
import { createHmac } from 'node:crypto';

/** A pseudo-random generator returning floats in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * sfc32 seeded from a 32-bit integer: small, fast and good enough for test data
 * (not for secrets — those go through {@link deriveSecret}).
 */
export function seededRandom(seed: number, stream = 0): Random {
  let a = 0x9e3779b9 ^ stream;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up: the first outputs of sfc32 are poorly mixed.
  for (let i = 0; i < 15; i++) next();
  return next;
}

/** A deterministic secret string for `purpose`, derived from the seed with HMAC-SHA256. */
export function deriveSecret(seed: number, purpose: string): Buffer {
  return createHmac('sha256', `peeker-emulator-seed:${seed}`).update(purpose).digest();
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Encodes bytes as base62 text of the requested length (used for API keys). */
export function base62(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += BASE62[bytes[i % bytes.length]! % 62];
  return out;
}

/** Picks one element of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
