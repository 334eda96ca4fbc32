import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';
import { REQUEST_ID_PATTERN } from '../emulator/ids';

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new EmulatorClient(emulator);
});
afterAll(() => emulator.close());

describe('Peeker-Request-Id', () => {
  const cases: [string, () => Promise<{ status: number; requestId: string | null }>, number][] = [
    ['a success', () => client.api('GET', '/me'), 200],
    ['the older base path', () => client.api('GET', `${emulator.url}/api/partner/v1/me`), 200],
    ['a missing key (401)', () => client.api('GET', '/me', { key: null }), 401],
    [
      'a read key writing (403)',
      async () => client.api('POST', '/bundles', { key: await client.key('read'), body: {} }),
      403,
    ],
    ['an unknown route (404)', () => client.api('GET', '/nope'), 404],
    ['an unknown record (404)', () => client.api('GET', '/orders/ord_01J0000000000000000000000Z'), 404],
    ['a wrong method (404)', () => client.api('DELETE', '/me'), 404],
    ['malformed JSON (400)', () => client.api('POST', '/orders', { body: '{"user":' }), 400],
    [
      'a wrong content type (400)',
      () => client.api('POST', '/orders', { body: '{}', headers: { 'Content-Type': 'text/plain' } }),
      400,
    ],
    [
      'a body over 1 MB (413)',
      () => client.api('POST', '/orders', { body: `"${'x'.repeat(1_100_000)}"` }),
      413,
    ],
    ['a bad query value (400)', () => client.api('GET', '/orders?per_page=1000'), 400],
    ['the control API', () => client.control('GET', '/clock'), 200],
    ['an unknown control route', () => client.control('GET', '/nope'), 404],
    ['a route outside any base path', () => client.api('GET', `${emulator.url}/`), 404],
  ];

  it.each(cases)('is a req_ + strict ULID on %s', async (_name, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.requestId).toMatch(REQUEST_ID_PATTERN);
  });

  it('is unique per call', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) ids.add((await client.api('GET', i % 2 ? '/me' : '/nope')).requestId!);
    expect(ids.size).toBe(50);
  });

  it('is on an order creation and its deduplicated replay, with different ids', async () => {
    const body = sampleOrderBody(sampleDomains('reqid', 2));
    const first = await client.api('POST', '/orders', { body });
    const replay = await client.api('POST', '/orders', { body });
    expect([first.status, replay.status]).toEqual([200, 200]);
    expect(first.requestId).toMatch(REQUEST_ID_PATTERN);
    expect(replay.requestId).toMatch(REQUEST_ID_PATTERN);
    expect(replay.requestId).not.toBe(first.requestId);
  });
});
