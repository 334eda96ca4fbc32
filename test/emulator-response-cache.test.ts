import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEmulator } from '../emulator';
import { startupKeyFor } from '../emulator/auth';
import type { Runtime } from '../emulator/emulator';
import { sampleOrderBody } from '../emulator/fixtures';
import { type ResponseCacheMode, responseCacheModeFromEnv } from '../emulator/response-cache';
import { buildServer } from '../emulator/server';
import { seededRuntime } from './helpers/runtime';

const KEY = startupKeyFor(1);
let app: FastifyInstance | undefined;
afterEach(() => app?.close());

/** A frozen-clock emulator served in-process (no socket) with the given cache mode. */
function serve(mode: ResponseCacheMode) {
  const rt = seededRuntime({ clock: 'frozen' });
  app = buildServer(rt, mode);
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    key = KEY,
  ) => {
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

  it('keeps an answer that shows a renewal only until the clock reaches it, though no record changed', async () => {
    const { rt, call } = serve('on');
    const order = (await call('POST', '/partner/v1/orders', sampleOrderBody(['cache-renew.com']))).json.data;
    await call('POST', '/_emulator/clock/advance', { seconds: 30 });
    const paths = [`/partner/v1/orders/${order.id}`, '/partner/v1/orders'];
    const first = await Promise.all(paths.map((path) => call('GET', path)));
    const generation = rt.store.generation;
    // A month on, with no step due on the way: the records are as they were, the renewal is not.
    await call('POST', '/_emulator/clock/advance', { seconds: 31 * 86_400 });
    expect(rt.store.generation).toBe(generation);
    const later = await Promise.all(paths.map((path) => call('GET', path)));
    expect(first[0]!.json.data.renews_at).toBe(order.renews_at);
    expect(first[1]!.json.data[0].renews_at).toBe(order.renews_at);
    expect(later[0]!.json.data.renews_at).not.toBe(order.renews_at);
    expect(later[1]!.json.data[0].renews_at).toBe(later[0]!.json.data.renews_at);
    // And reused again until the next one.
    expect((await call('GET', paths[0]!)).text).toBe(later[0]!.text);
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

/** A change to the state through the API or the control API, or a read. */
type Step =
  | { kind: 'user' | 'order' | 'import'; n: number; magic: string }
  | { kind: 'cancel' | 'rename' | 'delete' | 'get-one'; pick: number }
  | { kind: 'advance'; seconds: number }
  | { kind: 'reset' }
  | { kind: 'list'; url: string };

const LISTS = [
  '/partner/v1/orders',
  '/partner/v1/orders?status=completed',
  '/partner/v1/orders?per_page=2',
  '/partner/v1/orders/pending',
  '/partner/v1/orders/pending?status=resolved',
  '/partner/v1/domains?per_page=5',
  '/partner/v1/domains?category=connected',
  '/partner/v1/users',
  '/partner/v1/users?per_page=1',
  '/partner/v1/domains/import?domains=step-0.com,step-1.com,step-2.com',
  '/api/partner/v1/orders',
];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('user' as const, 'order' as const, 'import' as const),
    n: fc.nat(4),
    magic: fc.constantFrom('', 'needs-ns-', 'fail-', 'replace-me-'),
  }),
  fc.record({
    kind: fc.constantFrom('cancel' as const, 'rename' as const, 'delete' as const, 'get-one' as const),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('advance' as const),
    seconds: fc.constantFrom(1, 29, 30, 3600, 86_400, 2_678_400),
  }),
  fc.constant({ kind: 'reset' as const }),
  fc.record({ kind: fc.constant('list' as const), url: fc.constantFrom(...LISTS) }),
);

describe('response cache against fresh answers', () => {
  it('never serves an answer that differs from a fresh one, whatever the API and the clock did in between', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const { call } = serve('verify');
        const orders: string[] = [];
        const users: string[] = [];
        let made = 0;
        const pick = <T>(from: T[], index: number) =>
          from.length === 0 ? undefined : from[index % from.length];
        for (const s of steps) {
          made++;
          if (s.kind === 'user') {
            const user = await call('POST', '/partner/v1/users', newUser(`step${made}@example.com`));
            if (user.status === 200) users.push(user.json.data.id);
          } else if (s.kind === 'order') {
            const body = sampleOrderBody([`${s.magic}step-${s.n}.com`, `step-${made}-b.com`], {
              user: `buyer${s.n}@example.com`,
            });
            const order = await call('POST', '/partner/v1/orders', body);
            if (order.status === 200) orders.push(order.json.data.id);
          } else if (s.kind === 'import') {
            await call('POST', '/partner/v1/domains/import', {
              domains: [`step-${s.n}.com`, `${s.magic}imp-${made}.com`],
            });
          } else if (s.kind === 'cancel') {
            const id = pick(orders, s.pick);
            if (id) await call('POST', `/partner/v1/orders/${id}/cancel`, {});
          } else if (s.kind === 'rename') {
            const id = pick(users, s.pick);
            if (id) await call('PATCH', `/partner/v1/users/${id}`, { email: `renamed${made}@example.com` });
          } else if (s.kind === 'delete') {
            const id = pick(users, s.pick);
            if (id) await call('DELETE', `/partner/v1/users/${id}`);
          } else if (s.kind === 'get-one') {
            const id = pick(orders, s.pick);
            if (id) expect((await call('GET', `/partner/v1/orders/${id}`)).status).toBeLessThan(500);
          } else if (s.kind === 'advance') {
            await call('POST', '/_emulator/clock/advance', { seconds: s.seconds });
          } else if (s.kind === 'reset') {
            await call('POST', '/_emulator/reset');
            orders.length = 0;
            users.length = 0;
          } else if (s.kind === 'list') {
            // Twice: the second is answered from the cache unless something changed in between.
            for (let i = 0; i < 2; i++) {
              const list = await call('GET', s.url);
              expect(list.status, `${s.url}: ${list.text}`).toBe(200);
            }
          }
        }
        await app!.close();
      }),
      { numRuns: 60, seed: 20261126, endOnFailure: true },
    );
  });
});

describe('responseCacheModeFromEnv', () => {
  it('reads PEEKER_EMULATOR_RESPONSE_CACHE in any case, defaulting to on, and warns about any other value', () => {
    const warnings: string[] = [];
    const key = ['pk', 'live', 'abcdefgh12345678'].join('_');
    const modes = ['verify', 'off', 'OFF', ' Verify ', 'on', '', 'bogus', '0', key, undefined].map((value) =>
      responseCacheModeFromEnv(value === undefined ? {} : { PEEKER_EMULATOR_RESPONSE_CACHE: value }, (w) =>
        warnings.push(w),
      ),
    );
    expect(modes).toEqual(['verify', 'off', 'off', 'verify', 'on', 'on', 'on', 'on', 'on', 'on']);
    expect(warnings).toEqual([
      'PEEKER_EMULATOR_RESPONSE_CACHE="bogus" is not on, off or verify; the response cache stays on.',
      'PEEKER_EMULATOR_RESPONSE_CACHE="0" is not on, off or verify; the response cache stays on.',
      // Wherever the warning goes (a bare Node warning when no onWarning is given), never a key.
      'PEEKER_EMULATOR_RESPONSE_CACHE="pk_live_…" is not on, off or verify; the response cache stays on.',
    ]);
  });

  it("tells startEmulator's onWarning about a bad value, not process.emitWarning", async () => {
    vi.stubEnv('PEEKER_EMULATOR_RESPONSE_CACHE', 'bogus');
    const emitted = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const warnings: string[] = [];
      const emulator = await startEmulator({ port: 0, onWarning: (message) => warnings.push(message) });
      await emulator.close();
      expect(warnings).toEqual([
        'PEEKER_EMULATOR_RESPONSE_CACHE="bogus" is not on, off or verify; the response cache stays on.',
      ]);
      expect(emitted).not.toHaveBeenCalled();
    } finally {
      emitted.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});
