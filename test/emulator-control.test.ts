import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAULTS, type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { sampleOrderBody } from '../emulator/fixtures';

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new EmulatorClient(emulator);
});
afterEach(() => emulator.close());

describe('control API', () => {
  it('resets everything but the startup key', async () => {
    const key = await client.key('full');
    await client.api('POST', '/orders', { body: sampleOrderBody(['reset-a.com']) });
    await client.api('POST', '/bundles', { body: { name: 'B', monthly_sending_volume: 1000 } });
    expect(await client.control('POST', '/reset')).toMatchObject({
      status: 200,
      body: { data: { ok: true } },
    });
    expect((await client.api('GET', '/orders')).body.data).toEqual([]);
    expect((await client.api('GET', '/bundles')).body.data).toEqual([]);
    expect((await client.api('GET', '/me', { key })).status).toBe(401);
    expect((await client.api('GET', '/me')).status).toBe(200);
    // The seeded inventory is back, and the reset domain is free to order again.
    expect((await client.api('GET', '/domains?per_page=100')).body.data).toHaveLength(40);
    expect((await client.api('POST', '/orders', { body: sampleOrderBody(['reset-a.com']) })).status).toBe(
      200,
    );
  });

  it('creates keys with a preset and revokes them', async () => {
    const created = await client.control('POST', '/keys', { preset: 'limited' });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body.data).sort()).toEqual(['id', 'key', 'preset']);
    expect(created.body.data.preset).toBe('limited');
    expect(created.body.data.key).toMatch(/^pk_test_[A-Za-z0-9]{32}$/);
    expect(created.body.data.id).toMatch(/^key_/);
    const bad = await client.control('POST', '/keys', { preset: 'admin' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toEqual({
      code: 'invalid_request',
      message: 'preset must be one of full, limited, read.',
      field: 'preset',
    });
    expect((await client.control('DELETE', `/keys/${created.body.data.id}`)).body).toEqual({
      data: { id: created.body.data.id, revoked: true },
    });
    const missing = await client.control('DELETE', '/keys/key_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('reads and advances the clock', async () => {
    const before = Date.parse((await client.control('GET', '/clock')).body.data.now);
    const advanced = await client.control('POST', '/clock/advance', { seconds: 90 });
    expect(advanced.status).toBe(200);
    const after = Date.parse(advanced.body.data.now);
    expect(after - before).toBeGreaterThanOrEqual(90_000);
    expect(after - before).toBeLessThan(95_000);
    for (const seconds of [-1, 'ten', null]) {
      const bad = await client.control('POST', '/clock/advance', { seconds });
      expect(bad.body.error).toEqual({
        code: 'invalid_request',
        message: 'seconds must be a number ≥ 0.',
        field: 'seconds',
      });
    }
  });

  it('lists and switches faults', async () => {
    const listed = await client.control('GET', '/faults');
    expect(listed.body.data).toEqual({
      available: FAULTS.map(({ name, breaks }) => ({ name, breaks })),
      active: [],
    });
    const set = await client.control('PUT', '/faults', { faults: ['totals_in_meta', 'auth_off'] });
    expect(set.body).toEqual({ data: { active: ['auth_off', 'totals_in_meta'] } });
    expect((await client.api('GET', '/me', { key: null })).status).toBe(200);
    const unknown = await client.control('PUT', '/faults', { faults: ['auth_off', 'gremlins'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toEqual({
      code: 'invalid_request',
      message: 'Unknown fault(s): "gremlins".',
      field: 'faults',
      details: { unknown: ['gremlins'] },
    });
    expect((await client.control('PUT', '/faults', { faults: [] })).body).toEqual({ data: { active: [] } });
    expect((await client.api('GET', '/me', { key: null })).status).toBe(401);
  });

  it('reads and changes the config without echoing the webhook secret', async () => {
    expect((await client.control('GET', '/config')).body).toEqual({
      data: {
        rate_limit_per_minute: 600,
        latency_ms: 0,
        webhook_url: null,
        webhook_secret_set: false,
        webhook_chaos: false,
        account_tier: 'base',
      },
    });
    const changed = await client.control('PUT', '/config', {
      latency_ms: 150,
      webhook_url: 'http://127.0.0.1:9/hooks',
      webhook_secret: 'super-secret-value',
      webhook_chaos: true,
      account_tier: 'vip',
    });
    expect(changed.body).toEqual({
      data: {
        rate_limit_per_minute: 600,
        latency_ms: 150,
        webhook_url: 'http://127.0.0.1:9/hooks',
        webhook_secret_set: true,
        webhook_chaos: true,
        account_tier: 'vip',
      },
    });
    expect(JSON.stringify(changed.body)).not.toContain('super-secret-value');
    const started = Date.now();
    await client.api('GET', '/me');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.each([
    [{ webhook_url: 'https://example.com/hooks' }, 'webhook_url'],
    [{ latency_ms: -5 }, 'latency_ms'],
    [{ rate_limit_per_minute: 1.5 }, 'rate_limit_per_minute'],
    [{ webhook_chaos: 'yes' }, 'webhook_chaos'],
    [{ webhook_secret: '' }, 'webhook_secret'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses config %j with invalid_request on %s', async (patch, field) => {
    const response = await client.control('PUT', '/config', patch);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field });
  });

  it('answers unknown control routes, bad JSON and unknown records in the envelope', async () => {
    expect((await client.control('GET', '/nope')).body.error.code).toBe('not_found');
    const badJson = await client.control('PUT', '/faults', '{nope');
    expect(badJson.body.error).toEqual({
      code: 'invalid_request',
      message: 'The request body is not valid JSON.',
    });
    expect((await client.control('POST', '/pending/act_nope/resolve')).body.error).toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect((await client.control('POST', '/webhooks/deliveries/dlv_nope/replay')).status).toBe(404);
  });

  it('is never reachable under an API base path', async () => {
    expect((await client.api('POST', '/_emulator/reset')).status).toBe(404);
    expect((await client.api('POST', `${emulator.url}/api/partner/v1/_emulator/reset`)).status).toBe(404);
  });
});
