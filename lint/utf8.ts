/**
 * UTF-8 well-formedness, byte by byte: JSON is UTF-8 only (RFC 8259 §8.1), and a reader that
 * refuses other bytes should say where the first bad one is. The CLI's file reader and the
 * emulator's body reader both ask.
 */

/** The offset of the first byte of `bytes` that does not begin a well-formed UTF-8 sequence (Unicode table 3-7), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at++;
      continue;
    }
    let continuations: number;
    // The second byte's range is narrower after some leads: no overlong forms, no surrogates, nothing past U+10FFFF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuations = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuations = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return at;
    for (let k = 1; k <= continuations; k++) {
      const byte = bytes[at + k];
      if (byte === undefined || byte < low || byte > high) return at;
      low = 0x80;
      high = 0xbf;
    }
    at += continuations + 1;
  }
  return -1;
}
