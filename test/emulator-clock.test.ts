import { describe, expect, it } from 'vitest';
import { Clock, isUsableOffset, LATEST_MS } from '../emulator/clock';
import { seededRuntime } from './helpers/runtime';

/** A wall clock the test moves by hand, starting at `startMs`. */
function wallClock(startMs: number) {
  const wall = { ms: startMs, read: () => wall.ms };
  return wall;
}

describe('the clock at 9999-01-01T00:00:00Z', () => {
  it('stops a real clock there however much real time goes by, and saves an offset that loads back', () => {
    const wall = wallClock(Date.UTC(2026, 0, 1));
    const clock = new Clock(LATEST_MS - wall.ms - 2_000, 'real', undefined, wall.read);
    expect(clock.now()).toBe(LATEST_MS - 2_000);
    wall.ms += 1_000;
    expect(clock.now()).toBe(LATEST_MS - 1_000);
    wall.ms += 3_600_000;
    expect(clock.now()).toBe(LATEST_MS);
    // What a state file keeps: a restart (later still) starts from it, at the limit.
    expect(isUsableOffset(clock.offsetMs)).toBe(true);
    wall.ms += 86_400_000;
    const restarted = new Clock(clock.offsetMs, 'real', undefined, wall.read);
    expect(restarted.now()).toBe(LATEST_MS);
    const frozen = new Clock(clock.offsetMs, 'frozen', undefined, wall.read);
    expect(frozen.now()).toBe(LATEST_MS);
    expect(frozen.frozenNowMs).toBe(LATEST_MS);
  });

  it('still refuses an offset no clock could have reached', () => {
    expect(isUsableOffset(LATEST_MS)).toBe(true);
    expect(isUsableOffset(LATEST_MS + 1)).toBe(false);
    expect(isUsableOffset(-1)).toBe(false);
    expect(isUsableOffset(Number.NaN)).toBe(false);
  });

  it('accepts a zero advance at the limit (it moves nothing) and refuses one second more', async () => {
    const wall = wallClock(Date.UTC(2026, 0, 1));
    const rt = seededRuntime({ clockOffsetMs: LATEST_MS - wall.ms - 500, realTime: wall.read });
    try {
      wall.ms += 10_000;
      await expect(rt.advance(0)).resolves.toBeUndefined();
      expect(rt.clock.now()).toBe(LATEST_MS);
      await expect(rt.advance(1)).rejects.toMatchObject({
        code: 'invalid_request',
        message:
          'seconds would move the emulated clock past 9999-01-01T00:00:00Z, the latest time it supports.',
      });
      expect(rt.clock.now()).toBe(LATEST_MS);
    } finally {
      rt.close();
    }
  });
});
