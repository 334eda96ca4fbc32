import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAULTS, type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { Runtime } from '../emulator/emulator';
import { sampleOrderBody } from '../emulator/fixtures';
import { verifyWebhook } from '../webhooks/signature';

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new EmulatorClient(emulator);
});
afterEach(() => emulator.close());

describe('control API', () => {
  it('runs a frozen clock only on advances, to the millisecond', async () => {
    expect((await client.control('GET', '/clock')).body.data.frozen).toBe(false);
    const frozen = await startEmulator({ port: 0, clock: 'frozen' });
    try {
      const control = new EmulatorClient(frozen);
      const before = (await control.control('GET', '/clock')).body.data;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await control.control('GET', '/clock')).body.data).toEqual(before);
      await control.advance(30);
      const after = (await control.control('GET', '/clock')).body.data;
      expect(after.frozen).toBe(true);
      expect(Date.parse(after.now) - Date.parse(before.now)).toBe(30_000);
    } finally {
      await frozen.close();
    }
  });

  it("answers its own unexpected failure as 500 internal_error, without the failure's text", async () => {
    const reset = vi.spyOn(Runtime.prototype, 'reset').mockImplementation(() => {
      throw new RangeError('Invalid time value');
    });
    try {
      const response = await client.control('POST', '/reset');
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        error: { code: 'internal_error', message: 'Unexpected emulator error in POST /_emulator/reset.' },
      });
    } finally {
      reset.mockRestore();
    }
  });

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
        message: 'seconds must be a number between 0 and 315360000 (10 years).',
        field: 'seconds',
      });
    }
  });

  it('refuses an advance past 10 years without moving the clock, and keeps working', async () => {
    const before = Date.parse((await client.control('GET', '/clock')).body.data.now);
    for (const seconds of [1e13, 315_360_001]) {
      const refused = await client.control('POST', '/clock/advance', { seconds });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toEqual({
        code: 'invalid_request',
        message: 'seconds must be a number between 0 and 315360000 (10 years).',
        field: 'seconds',
      });
    }
    const clock = await client.control('GET', '/clock');
    expect(clock.status).toBe(200);
    expect(Date.parse(clock.body.data.now) - before).toBeLessThan(5_000);
    expect((await client.api('POST', '/orders', { body: sampleOrderBody(['clock-ok.com']) })).status).toBe(
      200,
    );
    // The limit itself is allowed.
    const longest = await client.control('POST', '/clock/advance', { seconds: 315_360_000 });
    expect(longest.status).toBe(200);
    expect(Date.parse(longest.body.data.now) - before).toBeGreaterThanOrEqual(315_360_000_000);
    expect((await client.api('POST', '/orders', { body: sampleOrderBody(['clock-later.com']) })).status).toBe(
      200,
    );
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
    // A misspelt key is refused, not read as "no faults": the faults set above stay on.
    const misspelt = await client.control('PUT', '/faults', { faults: [], fault: ['totals_in_meta'] });
    expect(misspelt.status).toBe(400);
    expect(misspelt.body.error).toEqual({
      code: 'invalid_request',
      message: 'Unknown field "fault" for PUT /_emulator/faults. Known: faults.',
      field: 'fault',
    });
    expect((await client.control('GET', '/faults')).body.data.active).toEqual(['auth_off', 'totals_in_meta']);
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

  it('saves the config in a snapshot and restores it exactly, the unreadable webhook secret included', async () => {
    const bodies: { raw: Buffer; headers: Record<string, string | string[] | undefined> }[] = [];
    const hook = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        bodies.push({ raw: Buffer.concat(chunks), headers: req.headers });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    try {
      const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
      const original = {
        webhook_url: hookUrl,
        webhook_secret: 'whsec_Sup3rS3cret',
        rate_limit_per_minute: 60,
      };
      await client.control('PUT', '/config', original);
      const saved = await client.control('POST', '/config/snapshots', { label: 'contract suite' });
      const view = {
        rate_limit_per_minute: 60,
        latency_ms: 0,
        webhook_url: hookUrl,
        webhook_secret_set: true,
        webhook_chaos: false,
        account_tier: 'base',
      };
      expect(saved).toMatchObject({
        status: 201,
        body: { data: { id: 'cfg_1', label: 'contract suite', config: view } },
      });
      await client.control('PUT', '/config', {
        webhook_url: 'http://127.0.0.1:9/elsewhere',
        webhook_secret: 'whsec_other',
        rate_limit_per_minute: 1_000_000,
        webhook_chaos: true,
      });
      expect((await client.control('GET', '/config/snapshots')).body).toEqual({
        data: [{ id: 'cfg_1', label: 'contract suite', config: view }],
      });

      expect((await client.control('POST', '/config/snapshots/cfg_1/restore')).body).toEqual({ data: view });
      expect((await client.control('GET', '/config')).body).toEqual({ data: view });
      // The restored secret signs again: the partner's handler verifies with its own secret.
      await client.api('POST', '/orders', { body: sampleOrderBody(['snapshot-a.com']) });
      await client.advance(0);
      expect(bodies).toHaveLength(1);
      expect(verifyWebhook(bodies[0]!.raw, bodies[0]!.headers, 'whsec_Sup3rS3cret').ok).toBe(true);

      // A snapshot restores once; unknown ids and bad labels are refused.
      expect((await client.control('GET', '/config/snapshots')).body).toEqual({ data: [] });
      const again = await client.control('POST', '/config/snapshots/cfg_1/restore');
      expect(again.status).toBe(404);
      expect(again.body.error).toEqual({
        code: 'not_found',
        message: 'No config snapshot cfg_1.',
        field: 'id',
      });
      const badLabel = await client.control('POST', '/config/snapshots', { label: 7 });
      expect(badLabel.body.error).toEqual({
        code: 'invalid_request',
        message: 'label must be null or a string of at most 100 characters.',
        field: 'label',
      });
      expect(JSON.stringify((await client.control('POST', '/config/snapshots')).body)).not.toContain('Sup3r');
    } finally {
      hook.closeAllConnections();
      await new Promise((resolve) => hook.close(resolve));
    }
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

  it('names an unknown config field as every control call does, with the fields it takes', async () => {
    const response = await client.control('PUT', '/config', { rate_limit: 5 });
    expect(response.body.error).toMatchObject({
      code: 'invalid_request',
      message:
        'Unknown field "rate_limit" for PUT /_emulator/config. Known: rate_limit_per_minute, latency_ms, webhook_url, webhook_secret, webhook_chaos, account_tier.',
      field: 'rate_limit',
    });
  });

  it('refuses a webhook URL without a secret, as --webhook-url and startEmulator do, whichever call set the URL', async () => {
    const needsSecret = {
      code: 'invalid_request',
      message:
        'webhook_secret is required while webhook_url is set (deliveries are always signed): send both in one PUT /_emulator/config, or set webhook_url to null.',
      field: 'webhook_secret',
    };
    const urlAlone = await client.control('PUT', '/config', { webhook_url: 'http://127.0.0.1:9/hooks' });
    expect(urlAlone.status).toBe(400);
    expect(urlAlone.body.error).toEqual(needsSecret);
    expect((await client.control('GET', '/config')).body.data).toMatchObject({
      webhook_url: null,
      webhook_secret_set: false,
    });

    await client.control('PUT', '/config', { webhook_url: 'http://127.0.0.1:9/hooks', webhook_secret: 's' });
    // Clearing the secret while the URL stays is the same combination.
    const secretCleared = await client.control('PUT', '/config', { webhook_secret: null });
    expect(secretCleared.status).toBe(400);
    expect(secretCleared.body.error).toEqual(needsSecret);
    // A URL set earlier keeps its secret when only the URL changes; both cleared together is fine.
    expect(
      (await client.control('PUT', '/config', { webhook_url: 'http://127.0.0.1:9/other' })).body.data,
    ).toMatchObject({ webhook_url: 'http://127.0.0.1:9/other', webhook_secret_set: true });
    expect(
      (await client.control('PUT', '/config', { webhook_url: null, webhook_secret: null })).body.data,
    ).toMatchObject({ webhook_url: null, webhook_secret_set: false });
    // A secret alone waits for a URL.
    expect((await client.control('PUT', '/config', { webhook_secret: 's' })).status).toBe(200);
  });

  it('refuses a rate limit above the one startEmulator and --rate-limit accept, saying the range', async () => {
    const response = await client.control('PUT', '/config', { rate_limit_per_minute: 1_000_000_001 });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'invalid_request',
      field: 'rate_limit_per_minute',
      message:
        'rate_limit_per_minute must be an integer between 0 and 1000000000 (0 switches the limit off).',
    });
    const accepted = await client.control('PUT', '/config', { rate_limit_per_minute: 1_000_000_000 });
    expect(accepted.body.data.rate_limit_per_minute).toBe(1_000_000_000);
    await client.control('PUT', '/config', { rate_limit_per_minute: 600 });
  });

  it('answers unknown control routes, bad JSON and unknown records in the envelope', async () => {
    expect((await client.control('GET', '/nope')).body.error.code).toBe('not_found');
    const badJson = await client.control('PUT', '/faults', '{nope');
    expect(badJson.body.error).toEqual({
      code: 'invalid_request',
      message: 'The request body is not valid JSON (line 1, column 2).',
      details: { line: 1, column: 2 },
    });
    expect((await client.control('POST', '/pending/act_nope/resolve')).body.error).toMatchObject({
      code: 'not_found',
      field: 'id',
    });
    expect((await client.control('POST', '/webhooks/deliveries/dlv_nope/replay')).status).toBe(404);
  });

  it.each([
    ['POST', '/clock/advance', { seconds: 5, minutes: 10 }, 'minutes', 'Known: seconds.'],
    ['POST', '/config/snapshots', { lable: 'before-test' }, 'lable', 'Known: label.'],
    ['POST', '/keys', { preset: 'read', expires_in: 60 }, 'expires_in', 'Known: preset.'],
    ['POST', '/reset', { hard: true }, 'hard', 'It takes no fields: send no body, or {}.'],
    ['POST', '/pending/act_nope/resolve', { note: 'x' }, 'note', 'It takes no fields: send no body, or {}.'],
  ])(
    'refuses an unknown field on %s %s, naming it and the known ones, and does nothing',
    async (method, path, body, field, known) => {
      const before = (await client.control('GET', '/clock')).body.data.now;
      const keys = (await client.control('GET', '/keys')).body.data.length;
      const response = await client.control(method, path, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toEqual({
        code: 'invalid_request',
        message: `Unknown field "${field}" for ${method} /_emulator${path.replace('act_nope', ':id')}. ${known}`,
        field,
      });
      expect((await client.control('GET', '/config/snapshots')).body.data).toEqual([]);
      expect((await client.control('GET', '/keys')).body.data).toHaveLength(keys);
      expect(Date.parse((await client.control('GET', '/clock')).body.data.now)).toBeLessThan(
        Date.parse(before) + 5000,
      );
    },
  );

  it('takes control bodies as JSON only, as the API does, and refuses malformed JSON on every call', async () => {
    const send = async (path: string, body: string, contentType?: string) => {
      const response = await fetch(`${emulator.url}/_emulator${path}`, {
        method: 'POST',
        headers: contentType === undefined ? {} : { 'Content-Type': contentType },
        // Bytes: fetch gives a string body a text/plain Content-Type of its own.
        body: Buffer.from(body),
      });
      return { status: response.status, body: (await response.json()) as { error: { message: string } } };
    };
    expect(await send('/keys', '{"preset":"read"}', 'text/plain')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_request',
          message: 'Content-Type must be application/json, got "text/plain".',
        },
      },
    });
    expect((await send('/keys', '{"preset":"read"}')).body.error.message).toBe(
      'Content-Type must be application/json, got none.',
    );
    expect((await client.control('GET', '/keys')).body.data).toHaveLength(1);
    expect(await send('/reset', '{"x":', 'application/json')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_request',
          message: 'The request body is not valid JSON (line 1, column 6).',
          details: { line: 1, column: 6 },
        },
      },
    });
    // The API's charset rule too: JSON is UTF-8.
    expect(
      (await send('/keys', '{"preset":"read"}', 'application/json; charset=latin1')).body.error.message,
    ).toBe(
      'Content-Type declares charset "latin1", but JSON bodies must be UTF-8 (RFC 8259). Encode the body as UTF-8 and send Content-Type: application/json (or application/json; charset=utf-8).',
    );
    // No body, or an empty object, is still fine where a call takes no fields; a charset too.
    expect((await client.control('POST', '/reset')).status).toBe(200);
    expect((await client.control('POST', '/reset', {})).status).toBe(200);
    expect((await send('/keys', '{"preset":"read"}', 'application/json; charset=utf-8')).status).toBe(201);
  });

  it('lists its calls at the URL the banner prints', async () => {
    for (const index of ['', '/']) {
      const response = await fetch(`${emulator.url}/_emulator${index}`);
      expect(response.status).toBe(200);
      const { data } = (await response.json()) as { data: { calls: string[]; docs: string } };
      expect(data.docs).toBe('docs/emulator.md#control-api');
      expect(data.calls).toContain('POST /_emulator/reset');
      expect(data.calls).toContain('POST /_emulator/pending/:id/resolve');
      expect(data.calls).not.toContain('GET /_emulator');
    }
  });

  it('is never reachable under an API base path', async () => {
    expect((await client.api('POST', '/_emulator/reset')).status).toBe(404);
    expect((await client.api('POST', `${emulator.url}/api/partner/v1/_emulator/reset`)).status).toBe(404);
  });
});
