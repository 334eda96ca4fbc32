import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { startupKeyFor } from '../emulator/auth';
import { EmulatorClient } from '../emulator/client';
import { REQUEST_ID_PATTERN } from '../emulator/ids';
import { catalog } from '../schemas';

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 42 });
  client = new EmulatorClient(emulator);
});
afterAll(() => emulator.close());

describe('auth', () => {
  it('starts with one full key, deterministic from the seed', async () => {
    expect(emulator.apiKey).toBe(startupKeyFor(42));
    expect(emulator.apiKey).toMatch(/^pk_test_[A-Za-z0-9]{32}$/);
    expect(startupKeyFor(43)).not.toBe(emulator.apiKey);
    const me = await client.api('GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body.data.api_key).toEqual({ environment: 'test', permission_preset: 'full' });
    expect(me.body.data.partner.id).toMatch(/^org_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(typeof me.body.data.partner.name).toBe('string');
  });

  it.each([
    ['no header', undefined, 'Missing Authorization header. Send "Authorization: Bearer pk_test_…".'],
    [
      'another scheme',
      'Basic abc',
      'Malformed Authorization header. The only accepted scheme is "Bearer pk_test_…".',
    ],
    [
      'a malformed key',
      'Bearer sk_test_123',
      'Malformed API key. Emulator keys are pk_test_ followed by letters and digits (printed at startup, or POST /_emulator/keys).',
    ],
    [
      'an unknown key',
      'Bearer pk_test_unknown0000',
      'Unknown or revoked API key. Create one with POST /_emulator/keys.',
    ],
  ])('refuses %s with 401 unauthorized', async (_name, header, message) => {
    const response = await client.api('GET', '/me', {
      key: null,
      headers: header ? { Authorization: header } : {},
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'unauthorized', message } });
    // HTTP asks every 401 to name the scheme it wants.
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it.each(['bearer', 'BEARER', 'BeArEr'])('reads the scheme in any case (%s)', async (scheme) => {
    const response = await client.api('GET', '/me', {
      key: null,
      headers: { Authorization: `${scheme} ${emulator.apiKey}` },
    });
    expect(response.status).toBe(200);
  });

  it.each(['pk_live_', 'pk_live_ab-cd', 'pk_live_ab_cd', 'PK_LIVE_abc123'])(
    'refuses %s as a live key, whatever follows the prefix',
    async (key) => {
      const response = await client.api('GET', '/me', { key });
      expect(response.status).toBe(401);
      expect(response.body.error.message).toContain('live keys (pk_live_…) are never accepted');
    },
  );

  it('refuses live keys with a message saying this is a sandbox', async () => {
    const response = await client.api('GET', '/me', { key: 'pk_live_abcdef123456' });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
    expect(response.body.error.message).toContain(
      'local Peeker sandbox emulator: live keys (pk_live_…) are never accepted',
    );
  });

  describe.each([
    [
      'an id longer than the router accepts',
      'GET',
      `/orders/ord_${'A'.repeat(200)}`,
      404,
      { code: 'not_found', message: 'No record with such a long id in this account.', field: 'id' },
    ],
    [
      'a path with bad percent-encoding',
      'GET',
      '/orders/%E0%A4%A',
      400,
      { code: 'invalid_request', message: 'The request URL is not valid (bad percent-encoding).' },
    ],
    [
      'an unknown route',
      'GET',
      '/widgets',
      404,
      { code: 'not_found', message: 'No route GET /partner/v1/widgets.' },
    ],
    [
      'a known path with the wrong method',
      'PUT',
      '/orders/pending',
      404,
      {
        code: 'not_found',
        message: 'No route PUT /partner/v1/orders/pending; it accepts GET.',
        details: { allowed: ['GET'] },
      },
    ],
  ])('on %s, which no operation matches', (_name, method, path, status, error) => {
    it('checks the key first, like every route', async () => {
      const missing = await client.api(method, path, { key: null });
      expect(missing.status).toBe(401);
      expect(missing.body).toEqual({
        error: {
          code: 'unauthorized',
          message: 'Missing Authorization header. Send "Authorization: Bearer pk_test_…".',
        },
      });
      const live = await client.api(method, path, { key: 'pk_live_x' });
      expect(live.status).toBe(401);
      expect(live.body).toEqual({
        error: {
          code: 'unauthorized',
          message:
            'This is the local Peeker sandbox emulator: live keys (pk_live_…) are never accepted here. ' +
            'Use a pk_test_ key from the emulator (printed at startup, or POST /_emulator/keys).',
        },
      });
      expect(live.requestId).toMatch(REQUEST_ID_PATTERN);
    });

    it('answers its own error to a valid key of any preset', async () => {
      for (const key of [emulator.apiKey, await client.key('read')]) {
        const response = await client.api(method, path, { key });
        expect(response.status).toBe(status);
        expect(response.body).toEqual({ error });
      }
    });
  });

  it('checks the key before reading a body over 1 MB, on operations and on URLs no operation matches alike', async () => {
    // A 413 on unknown routes and a 401 on real ones told a caller without a key which routes exist.
    const body = `{"domains":["a.com"]}${' '.repeat(1_048_577)}`;
    const missing = {
      error: {
        code: 'unauthorized',
        message: 'Missing Authorization header. Send "Authorization: Bearer pk_test_…".',
      },
    };
    for (const [method, path] of [
      ['POST', '/orders'],
      ['POST', '/nope'],
      ['PUT', '/orders'],
      ['POST', '/orders/%E0%A4%A'],
      ['PATCH', `/users/usr_${'A'.repeat(200)}`],
    ] as const) {
      const anonymous = await client.api(method, path, { key: null, body });
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      expect(anonymous.body).toEqual(missing);
      const keyed = await client.api(method, path, { body });
      expect(keyed.status, `${method} ${path} with a key`).toBe(
        path === '/orders/%E0%A4%A' ? 400 : path.length > 100 ? 404 : 413,
      );
    }
  });

  it('refuses a revoked key', async () => {
    const created = await client.control('POST', '/keys', { preset: 'full' });
    const key = created.body.data.key as string;
    expect((await client.api('GET', '/me', { key })).status).toBe(200);
    const revoked = await client.control('DELETE', `/keys/${created.body.data.id}`);
    expect(revoked.body).toEqual({ data: { id: created.body.data.id, revoked: true } });
    const response = await client.api('GET', '/me', { key });
    expect(response.status).toBe(401);
  });

  it('reports the preset of the calling key in GET /me', async () => {
    for (const preset of ['limited', 'read'] as const) {
      const me = await client.api('GET', '/me', { key: await client.key(preset) });
      expect(me.body.data.api_key).toEqual({ environment: 'test', permission_preset: preset });
    }
  });

  it('lets each preset do exactly what catalog.presets grants, operation by operation', async () => {
    const keys = {
      full: emulator.apiKey,
      limited: await client.key('limited'),
      read: await client.key('read'),
    };
    for (const operation of catalog.operations) {
      const path = operation.path.replace('{id}', 'zzz_0');
      for (const [preset, key] of Object.entries(keys) as [keyof typeof keys, string][]) {
        const response = await client.api(operation.method, path, {
          key,
          body: operation.requestSchema ? {} : undefined,
        });
        const allowed = catalog.presets[preset].includes(operation.permission);
        if (allowed) {
          expect(response.status, `${preset} ${operation.key}`).not.toBe(403);
        } else {
          expect(response.status, `${preset} ${operation.key}`).toBe(403);
          expect(response.body.error).toEqual({
            code: 'forbidden',
            message: `This key's ${preset} preset does not permit ${operation.key}. Use a full preset key.`,
          });
        }
      }
    }
  });

  it('lets a limited key check availability but not order', async () => {
    const key = await client.key('limited');
    expect(
      (await client.api('POST', '/domains/availability', { key, body: { domains: ['a-b.com'] } })).status,
    ).toBe(200);
    expect((await client.api('POST', '/orders', { key, body: {} })).status).toBe(403);
  });
});
