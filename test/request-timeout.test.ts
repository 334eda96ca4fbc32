import { describe, expect, it } from 'vitest';
import { MAX_TIMER_MS, requestTimeout } from '../webhooks/request-timeout';
import { underGc } from './helpers/gc';

describe('requestTimeout', () => {
  it('aborts with a TimeoutError once the time is up, and says it timed out', async () => {
    const timeout = requestTimeout(50);
    expect(timeout.timedOut).toBe(false);
    const reason = await underGc(
      () =>
        new Promise((resolve) =>
          timeout.signal.addEventListener('abort', () => resolve(timeout.signal.reason), { once: true }),
        ),
      3_000,
    );
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe('TimeoutError');
    expect(timeout.timedOut).toBe(true);
  });

  it("ends with another signal's reason, without calling that a timeout", () => {
    const stop = new AbortController();
    const timeout = requestTimeout(60_000, undefined, stop.signal);
    stop.abort('SIGINT');
    expect(timeout.signal.aborted).toBe(true);
    expect(timeout.signal.reason).toBe('SIGINT');
    expect(timeout.timedOut).toBe(false);
    timeout.clear();
  });

  it('never fires once cleared, and takes limits setTimeout cannot (no overflow to 1 ms)', async () => {
    const cleared = requestTimeout(20);
    cleared.clear();
    const huge = requestTimeout(Number.MAX_SAFE_INTEGER);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(cleared.signal.aborted).toBe(false);
    expect(huge.signal.aborted).toBe(false);
    huge.clear();
    expect(MAX_TIMER_MS).toBe(2 ** 31 - 1);
  });
});
