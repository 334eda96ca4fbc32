import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';

const TEXTS = ['', 'abc', '{"user":"usr_1","domains":["a.com","b.io"]}', 'José — 日本語 😀'];
const reference = (text: string) => createHash('sha256').update(text, 'utf8').digest();

describe('sha256', () => {
  afterEach(() => {
    vi.doUnmock('node:crypto');
    vi.resetModules();
  });

  it('is the SHA-256 of the text as UTF-8, with Node’s one-shot crypto.hash', async () => {
    const { sha256 } = await import('../emulator/digest');
    for (const text of TEXTS) expect(sha256(text).toString('hex')).toBe(reference(text).toString('hex'));
  });

  it('sha256Base64url128 is the first 16 bytes of the digest in base64url', async () => {
    const { sha256Base64url128 } = await import('../emulator/digest');
    const texts = [...TEXTS, ...Array.from({ length: 500 }, (_, i) => `order ${i} ${'x'.repeat(i)}`)];
    for (const text of texts) {
      expect(sha256Base64url128(text)).toBe(reference(text).subarray(0, 16).toString('base64url'));
    }
  });

  it('gives the same bytes through createHash on a Node without crypto.hash (before 20.12)', async () => {
    vi.resetModules();
    vi.doMock('node:crypto', async (importOriginal) => {
      const { hash: _missing, ...rest } = await importOriginal<typeof import('node:crypto')>();
      // Present but undefined, as an export that does not exist reads.
      const crypto = { ...rest, hash: undefined };
      return { ...crypto, default: crypto };
    });
    const { sha256, sha256Base64url128 } = await import('../emulator/digest');
    for (const text of TEXTS) {
      expect(sha256(text).toString('hex')).toBe(reference(text).toString('hex'));
      expect(sha256Base64url128(text)).toBe(reference(text).subarray(0, 16).toString('base64url'));
    }
  });
});
