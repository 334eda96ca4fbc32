import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import { newPeekerId } from '../webhooks/events';

describe('newPeekerId', () => {
  it('is the prefix and a strict ULID of now, with randomness that differs id to id', () => {
    const before = Date.now();
    const ids = Array.from({ length: 5000 }, () => newPeekerId('evt'));
    const after = Date.now();
    for (const id of ids) {
      expect(id).toMatch(/^evt_[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
      const time = decodeTime(id.slice(4));
      expect(time).toBeGreaterThanOrEqual(before);
      expect(time).toBeLessThanOrEqual(after);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // Every one of the 32 digits appears in the random part: drawn from a full byte each, not a few.
    const digits = new Set(ids.flatMap((id) => [...id.slice(14)]));
    expect(digits.size).toBe(32);
  });
});
