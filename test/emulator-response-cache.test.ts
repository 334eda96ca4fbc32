import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { startupKeyFor } from '../emulator/auth';
import { Runtime } from '../emulator/emulator';
import { sampleOrderBody } from '../emulator/fixtures';
import { type ResponseCacheMode, responseCacheModeFromEnv } from '../emulator/response-cache';
import { buildServer } from '../emulator/server';

const KEY = startupKeyFor(1);
let app: FastifyInstance | undefined;
afterEach(() => app?.close());

/** A frozen-clock emulator served in-process (no socket) with the given cache mode. */
function serve(mode: ResponseCacheMode) {
  const rt = new Runtime({
    seed: 1,
    faults: [],
    rateLimitPerMinute: 0,
    latencyMs: 0,
    webhookUrl: null,
    webhookSecret: null,
    webhookChaos: false,
    accountTier: 'base',
    clock: 'frozen',
  });
  rt.seedState();
  app = buildServer(rt, mode);
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, key = KEY) => {
    const response = await app!.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, host: '127.0.0.1' },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return {
      status: response.statusCode,
      text: response.body,
      json: response.json(),
      requestId: response.headers['peeker-request-id'],
      type: response.headers['content-type'],
    };
  };
  return { rt, call };
}

const newUser = (email: string) => ({ email, sequencer: { provider: 'smartlead', client_id: 1 } });

/** Changes a record behind the store's back: what a route that forgot `save` would do. */
function renameFirstUserSilently(rt: Runtime): void {
  const user = rt.store.users.newestFirst().next().value!;
  user.email = 'changed-silently@example.com';
}

describe('response cache', () => {
  it('answers a repeated GET with the same body, a new request id and the JSON content type', async () => {
    const { call } = serve('on');
    const first = await call('GET', '/partner/v1/domains?per_page=5');
    const second = await call('GET', '/partner/v1/domains?per_page=5');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.text).toBe(first.text);
    expect(second.json.data).toHaveLength(5);
    expect(second.requestId).toMatch(/^req_[0-9A-Z]{26}$/);
    expect(second.requestId).not.toBe(first.requestId);
    expect(second.type).toBe('application/json; charset=utf-8');
  });

  it('reuses the answer while the state is unchanged (verify mode catches a change that escaped Store.changed)', async () => {
    const outcomes: Record<ResponseCacheMode, [number, string]> = {} as never;
    for (const mode of ['on', 'verify', 'off'] as const) {
      const { rt, call } = serve(mode);
      await call('POST', '/partner/v1/users', newUser('first@example.com'));
      await call('GET', '/partner/v1/users');
      renameFirstUserSilently(rt);
      const again = await call('GET', '/partner/v1/users');
      outcomes[mode] = [
        again.status,
        again.status === 200 ? again.json.data[0].email : again.json.error.code,
      ];
      await app!.close();
    }
    expect(outcomes).toEqual({
      on: [200, 'first@example.com'],
      verify: [500, 'internal_error'],
      off: [200, 'changed-silently@example.com'],
    });
  });

  it('shows a change made through the API at once', async () => {
    const { call } = serve('on');
    const before = await call('GET', '/partner/v1/users');
    const created = await call('POST', '/partner/v1/users', newUser('new@example.com'));
    const after = await call('GET', '/partner/v1/users');
    expect(before.json.data).toEqual([]);
    expect(after.json.data.map((user: { id: string }) => user.id)).toEqual([created.json.data.id]);
  });

  it('shows a lifecycle step an advance of the clock made', async () => {
    const { call } = serve('on');
    const order = (await call('POST', '/partner/v1/orders', sampleOrderBody(['cache-life.com']))).json.data;
    const path = `/partner/v1/orders/${order.id}`;
    expect((await call('GET', path)).json.data.status).toBe('in_progress');
    await call('POST', '/_emulator/clock/advance', { seconds: 30 });
    expect((await call('GET', path)).json.data.status).toBe('completed');
  });

  it('never reuses an answer while a fault is on', async () => {
    const { call } = serve('on');
    await call('GET', '/partner/v1/domains');
    await call('PUT', '/_emulator/faults', { faults: ['totals_in_meta'] });
    const withFault = await call('GET', '/partner/v1/domains');
    await call('PUT', '/_emulator/faults', { faults: [] });
    const without = await call('GET', '/partner/v1/domains');
    expect(withFault.json.meta.total).toBe(40);
    expect(without.json.meta.total).toBeUndefined();
  });

  it('answers GET /me for the key that asks', async () => {
    const { call } = serve('on');
    const readKey = (await call('POST', '/_emulator/keys', { preset: 'read' })).json.data.key;
    const full = await call('GET', '/partner/v1/me');
    const read = await call('GET', '/partner/v1/me', undefined, readKey);
    expect([full.json.data.api_key.permission_preset, read.json.data.api_key.permission_preset]).toEqual([
      'full',
      'read',
    ]);
  });
});

describe('responseCacheModeFromEnv', () => {
  it('reads PEEKER_EMULATOR_RESPONSE_CACHE, defaulting to on', () => {
    expect(
      ['verify', 'off', 'on', 'bogus', undefined].map((value) =>
        responseCacheModeFromEnv(value === undefined ? {} : { PEEKER_EMULATOR_RESPONSE_CACHE: value }),
      ),
    ).toEqual(['verify', 'off', 'on', 'on', 'on']);
  });
});
