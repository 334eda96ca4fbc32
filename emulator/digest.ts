/**
 * SHA-256 of a string (as UTF-8), for the emulator's per-request digests (order fingerprints,
 * import nameservers). Node's one-shot `crypto.hash` (20.12+) makes no `Hash` object: on the
 * `POST /orders` path that object — a stream wrapper with a native handle the garbage collector
 * must track — cost about 4 µs here, half again what hashing a 200-domain order's 4 KB takes
 * (about 7 µs). Older Node 20s
 * (the package allows 20.3+, and an editor's extension host may be one) take `createHash`; both
 * give the same bytes.
 */
import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, outputEncoding: 'buffer') => Buffer;

const oneShot = (crypto as { hash?: OneShotHash }).hash;

/** The SHA-256 digest of `text`'s UTF-8 bytes. */
export const sha256: (text: string) => Buffer =
  oneShot !== undefined
    ? (text) => oneShot('sha256', text, 'buffer')
    : (text) => crypto.createHash('sha256').update(text).digest();
