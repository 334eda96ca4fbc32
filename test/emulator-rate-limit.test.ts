import { afterEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';

let emulator: RunningEmulator | undefined;
afterEach(() => emulator?.close());

async function start(rateLimitPerMinute?: number, clock: 'real' | 'frozen' = 'real') {
  emulator = await startEmulator({
    port: 0,
    clock,
    ...(rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute }),
  });
  return new EmulatorClient(emulator);
}

describe('rate limit', () => {
  it('allows 600 requests a minute per key by default, then answers 429 rate_limited', async () => {
    const client = await start();
    const statuses: number[] = [];
    for (let i = 0; i < 600; i += 50) {
      statuses.push(
        ...(await Promise.all(Array.from({ length: 50 }, () => client.api('GET', '/me')))).map(
          (r) => r.status,
        ),
      );
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    const over = await client.api('GET', '/me');
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('rate_limited');
    expect(over.body.error.details.retry_after_seconds).toBeGreaterThanOrEqual(50);
    expect(over.body.error.details.retry_after_seconds).toBeLessThanOrEqual(60);
  });

  it('gives an honest retry_after_seconds: one second less still fails, waiting it out succeeds', async () => {
    const client = await start(5);
    for (let i = 0; i < 5; i++) expect((await client.api('GET', '/me')).status).toBe(200);
    const refused = await client.api('GET', '/me');
    expect(refused.status).toBe(429);
    const wait = refused.body.error.details.retry_after_seconds as number;
    expect(Number.isInteger(wait)).toBe(true);
    await client.advance(wait - 1);
    const early = await client.api('GET', '/me');
    expect(early.status).toBe(429);
    expect(early.body.error.details.retry_after_seconds).toBe(1);
    await client.advance(1);
    expect((await client.api('GET', '/me')).status).toBe(200);
  });

  it('counts every key separately; answered errors count, refused requests do not', async () => {
    const client = await start(3);
    const other = await client.key('read');
    for (let i = 0; i < 3; i++) expect((await client.api('GET', '/orders?per_page=0')).status).toBe(400);
    const refused = await client.api('GET', '/me');
    expect(refused.status).toBe(429);
    expect((await client.api('GET', '/me', { key: other })).status).toBe(200);
    await client.advance(refused.body.error.details.retry_after_seconds);
    // The 429 itself was not counted: one slot is free again.
    expect((await client.api('GET', '/me')).status).toBe(200);
  });

  it.each([
    [
      'the router fails on (an over-long id, bad percent-encoding)',
      [`GET /orders/ord_${'A'.repeat(200)}`, 'GET /orders/%E0%A4%A'],
      [404, 400],
    ],
    ['no operation matches (an unknown route, a wrong method)', ['GET /widgets', 'PUT /orders'], [404, 404]],
  ])('counts and refuses requests %s', async (_what, requests, statuses) => {
    const client = await start(2);
    const calls = requests.map((request) => request.split(' ') as [string, string]);
    for (const [index, [method, path]] of calls.entries()) {
      expect((await client.api(method, path)).status).toBe(statuses[index]);
    }
    for (const [method, path] of [calls[1]!, ['GET', '/me'] as const]) {
      const refused = await client.api(method, path);
      const wait = refused.body.error.details.retry_after_seconds;
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        error: {
          code: 'rate_limited',
          message: `API rate limit exceeded (2 requests per minute per key). Retry in ${wait} s.`,
          details: { retry_after_seconds: wait },
        },
      });
    }
  });

  it('says on a frozen clock that waiting frees nothing, and how to go on; retry_after_seconds stays emulated', async () => {
    const client = await start(2, 'frozen');
    await client.api('GET', '/me');
    await client.advance(15);
    await client.api('GET', '/me');
    const refused = await client.api('GET', '/me');
    expect(refused.status).toBe(429);
    expect(refused.body.error).toEqual({
      code: 'rate_limited',
      message:
        "API rate limit exceeded (2 requests per minute per key). Retry in 45 s of emulated time: the emulator's clock is frozen, so waiting frees nothing. " +
        'Advance it (POST /_emulator/clock/advance {"seconds":45}) or change the cap (PUT /_emulator/config {"rate_limit_per_minute":0} turns it off).',
      details: { retry_after_seconds: 45 },
    });
    // What the message says works: the advance it names frees a slot.
    await client.advance(45);
    expect((await client.api('GET', '/me')).status).toBe(200);
  });

  it('sends the same envelope on every API route and leaves the control API alone', async () => {
    const client = await start(1);
    await client.api('GET', '/me');
    const refused = await client.api('POST', '/orders', { body: {} });
    expect(refused.status).toBe(429);
    expect(Object.keys(refused.body.error).sort()).toEqual(['code', 'details', 'message']);
    for (let i = 0; i < 5; i++) expect((await client.control('GET', '/clock')).status).toBe(200);
  });

  it('can be changed at run time through the config', async () => {
    const client = await start(2);
    await client.api('GET', '/me');
    await client.api('GET', '/me');
    expect((await client.api('GET', '/me')).status).toBe(429);
    const config = await client.control('PUT', '/config', { rate_limit_per_minute: 0 });
    expect(config.body.data.rate_limit_per_minute).toBe(0);
    for (let i = 0; i < 10; i++) expect((await client.api('GET', '/me')).status).toBe(200);
  });

  it('counts a new cap from now: requests made under a higher one do not refuse the key once it is lowered', async () => {
    const client = await start(3);
    await client.control('PUT', '/config', { rate_limit_per_minute: 1000 });
    for (let i = 0; i < 10; i++) expect((await client.api('GET', '/me')).status).toBe(200);
    // As a contract run leaves it: the usual cap put back after many requests on the caller's key.
    await client.control('PUT', '/config', { rate_limit_per_minute: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.api('GET', '/me')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // The same cap again changes nothing: the window keeps its count.
    await client.control('PUT', '/config', { rate_limit_per_minute: 3 });
    expect((await client.api('GET', '/me')).status).toBe(429);
  });
});
