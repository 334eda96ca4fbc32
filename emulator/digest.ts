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

type OneShotHash = {
  (algorithm: string, data: string, outputEncoding: 'buffer'): Buffer;
  (algorithm: string, data: string, outputEncoding: 'base64url'): string;
};

const oneShot = (crypto as { hash?: OneShotHash }).hash;

/** The SHA-256 digest of `text`'s UTF-8 bytes. */
export const sha256: (text: string) => Buffer =
  oneShot !== undefined
    ? (text) => oneShot('sha256', text, 'buffer')
    : (text) => crypto.createHash('sha256').update(text).digest();

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The first 128 bits of `text`'s SHA-256, in base64url (22 characters): what
 * `sha256(text).subarray(0, 16).toString('base64url')` gives, without a Buffer — making one costs
 * more than the hash of a small order. Of the full digest's base64url, the first 21 characters
 * are the first 126 bits; the 22nd keeps the last two bits of byte 16 (its top two of six bits).
 */
export const sha256Base64url128: (text: string) => string =
  oneShot !== undefined
    ? (text) => {
        const full = oneShot('sha256', text, 'base64url');
        return full.slice(0, 21) + BASE64URL[BASE64URL.indexOf(full[21]!) & 0b110000];
      }
    : (text) => sha256(text).subarray(0, 16).toString('base64url');
