import { describe, expect, it } from 'vitest';
import { startupKeyFor } from '../emulator/auth';
import { Clock, isUsableOffset, LATEST_MS } from '../emulator/clock';
import { buildServer } from '../emulator/server';
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

  it('says when time stops for good, and how each later instant can be reached', () => {
    const wall = wallClock(Date.UTC(2026, 0, 1));
    const real = new Clock(LATEST_MS - wall.ms - 2_000, 'real', undefined, wall.read);
    expect([real.atLimit, real.reach(LATEST_MS), real.reach(LATEST_MS + 1)]).toEqual([
      false,
      'wait',
      'never',
    ]);
    wall.ms += 2_000;
    expect([real.atLimit, real.reach(LATEST_MS), real.reach(LATEST_MS + 1)]).toEqual([true, 'wait', 'never']);
    const frozen = new Clock(0, 'frozen', undefined, wall.read);
    expect([
      frozen.atLimit,
      frozen.reach(wall.ms),
      frozen.reach(wall.ms + 1),
      frozen.reach(LATEST_MS + 1),
    ]).toEqual([false, 'wait', 'advance', 'never']);
    const frozenAtLimit = new Clock(LATEST_MS - wall.ms, 'frozen', undefined, wall.read);
    expect([frozenAtLimit.atLimit, frozenAtLimit.reach(LATEST_MS + 1)]).toEqual([true, 'never']);
  });

  it('answers a 429 there with the config call only (waiting and advancing free nothing), and GET /clock says at_limit', async () => {
    const wall = wallClock(Date.UTC(2026, 0, 1));
    const rt = seededRuntime({
      clockOffsetMs: LATEST_MS - wall.ms - 20_000,
      realTime: wall.read,
      rateLimitPerMinute: 2,
    });
    const app = buildServer(rt, 'verify');
    const call = async (url: string) => {
      const response = await app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${startupKeyFor(1)}`, host: '127.0.0.1' },
      });
      return { status: response.statusCode, body: response.json() };
    };
    try {
      expect((await call('/_emulator/clock')).body.data).toEqual({
        now: '9998-12-31T23:59:40.000Z',
        frozen: false,
        at_limit: false,
      });
      expect((await call('/partner/v1/me')).status).toBe(200);
      expect((await call('/partner/v1/me')).status).toBe(200);
      // 10 s before the limit: the slot frees 50 s past it, which the clock never reaches.
      wall.ms += 10_000;
      const stopped = {
        code: 'rate_limited',
        message:
          'API rate limit exceeded (2 requests per minute per key). A slot frees in 50 s of emulated time, past 9999-01-01T00:00:00Z, ' +
          "where the emulator's clock stops: neither waiting nor a clock advance frees one. " +
          'Change the cap (PUT /_emulator/config {"rate_limit_per_minute":0} turns it off).',
        details: { retry_after_seconds: 50 },
      };
      expect(await call('/partner/v1/me')).toEqual({ status: 429, body: { error: stopped } });
      // At the limit, real time goes by and frees nothing.
      wall.ms += 3_600_000;
      expect((await call('/_emulator/clock')).body.data).toEqual({
        now: '9999-01-01T00:00:00.000Z',
        frozen: false,
        at_limit: true,
      });
      expect(await call('/partner/v1/me')).toEqual({
        status: 429,
        body: {
          error: {
            ...stopped,
            message: stopped.message.replace('50 s', '40 s'),
            details: { retry_after_seconds: 40 },
          },
        },
      });
    } finally {
      await app.close();
      rt.close();
    }
  });
});
