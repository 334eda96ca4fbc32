import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startupKeyFor } from '../emulator/auth';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';
import { buildServer } from '../emulator/server';
import type { CollectionName } from '../emulator/state';
import { catalog } from '../schemas';
import { seededRuntime } from './helpers/runtime';

const KEY = startupKeyFor(1);
/** One emulated instant for every runtime of a test, so fresh and reset ones can be compared. */
const FROZEN_AT = Date.now();
const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** A frozen-clock emulator (seed 1) served in-process, at {@link FROZEN_AT}. */
function serve() {
  const rt = seededRuntime({ clock: 'frozen', clockFrozenNowMs: FROZEN_AT });
  const app = buildServer(rt, 'verify');
  apps.push(app);
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const response = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${KEY}`, host: '127.0.0.1' },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: response.statusCode, body: response.json() };
  };
  return { rt, call };
}

/** Orders of many brand-new domains (blocks), one of them partly cancelled (stored domain records), users, a bundle, an import, a key, time passing. */
async function useHeavily(call: ReturnType<typeof serve>['call']): Promise<string> {
  let lastOrderId = '';
  for (let i = 0; i < 30; i++) {
    const created = await call('POST', '/partner/v1/orders', {
      ...sampleOrderBody(sampleDomains(`heavy${i}`, 20)),
      user: `client${i % 3}@example.com`,
    });
    expect(created.status).toBe(200);
    lastOrderId = created.body.data.id;
  }
  const cancel = await call('POST', `/partner/v1/orders/${lastOrderId}/cancel`, {
    domains: ['heavy29-1.com'],
  });
  expect(cancel.status).toBeLessThan(300);
  expect(
    (
      await call('POST', '/partner/v1/users', {
        email: 'extra@example.com',
        sequencer: { provider: 'smartlead', client_id: 1 },
      })
    ).status,
  ).toBe(201);
  expect(
    (await call('POST', '/partner/v1/bundles', { name: 'B', monthly_sending_volume: 1000 })).status,
  ).toBe(201);
  expect(
    (await call('POST', '/partner/v1/domains/import', { domains: ['imported-heavy.com'] })).status,
  ).toBeLessThan(300);
  expect((await call('POST', '/_emulator/keys', { preset: 'read' })).status).toBe(201);
  expect((await call('POST', '/_emulator/clock/advance', { seconds: 600 })).status).toBe(200);
  return lastOrderId;
}

/** Queries of the lists that need one, or that would not fit a page. */
const QUERIES: Record<string, string> = {
  '/domains': '?per_page=100',
  '/domains/import': '?domains=imported-heavy.com,heavy0-1.com',
};

/** Every answer a client can read without knowing an id: each list of the API and the control API's. */
async function observableState(call: ReturnType<typeof serve>['call']) {
  const targets = [
    ...catalog.operations
      .filter((operation) => operation.method === 'GET' && !operation.path.includes('{'))
      .map((operation) => `/partner/v1${operation.path}${QUERIES[operation.path] ?? ''}`),
    '/_emulator/keys',
    '/_emulator/pending',
    '/_emulator/webhooks/deliveries',
  ];
  const state: Record<string, unknown> = {};
  for (const target of targets) state[target] = await call('GET', target);
  return state;
}

describe('reset', () => {
  it('drops records a collection at a time: no domain is read, derived or removed one by one', async () => {
    const { rt, call } = serve();
    await useHeavily(call);
    // Derived domains are never materialized: the domain store holds the 40 seeded ones and the
    // cancelled order's records; its blocks hold the rest.
    expect(rt.store.domains.persistedValues().next().done).toBe(false);
    const domains = rt.store.domains;
    const reads = [
      vi.spyOn(domains, 'values'),
      vi.spyOn(domains, 'newestFirst'),
      vi.spyOn(domains, 'get'),
      vi.spyOn(domains, 'peek'),
      vi.spyOn(domains, 'remove'),
      vi.spyOn(rt.store.orders, 'remove'),
      vi.spyOn(rt.store.tasks, 'remove'),
    ];
    rt.reset();
    expect(reads.map((spy) => spy.mock.calls.length)).toEqual(reads.map(() => 0));
    expect([rt.store.orders.size, rt.store.domains.size, rt.store.tasks.size]).toEqual([0, 40, 0]);
  });

  it('tells a listener (persistence) of every stored record it drops, and of no derived domain', async () => {
    const { rt, call } = serve();
    await useHeavily(call);
    const stored: string[] = [];
    for (const [name, collection] of Object.entries(rt.store.collections)) {
      for (const record of collection.persistedValues())
        if (record.id !== 'key_startup') stored.push(`${name}:${record.id}`);
    }
    const removed: string[] = [];
    const put: string[] = [];
    rt.store.listener = (collection: CollectionName, id, record) =>
      (record === undefined ? removed : put).push(`${collection}:${id}`);
    const generation = rt.store.generation;
    rt.reset();
    expect(removed.sort()).toEqual(stored.sort());
    // Then the seeding: the 40 inventory domains (the startup key stayed as it was).
    expect(put).toHaveLength(40);
    expect(put.every((change) => change.startsWith('domains:dom_'))).toBe(true);
    expect(rt.store.generation).toBeGreaterThan(generation);
  });

  it('leaves what a fresh emulator of the same seed shows, and ids go on from before (as they did)', async () => {
    const fresh = serve();
    const used = serve();
    const lastOrderId = await useHeavily(used.call);
    // Read before the reset too: the response cache must not answer from before it.
    const before = await observableState(used.call);
    expect((await used.call('POST', '/_emulator/reset')).status).toBe(200);
    // The clock stays where it was (as before): the fresh emulator's goes as far.
    await fresh.call('POST', '/_emulator/clock/advance', { seconds: 600 });
    const expected = await observableState(fresh.call);
    expect(before).not.toEqual(expected);
    expect(await observableState(used.call)).toEqual(expected);
    expect(Object.values(expected).map((answer) => (answer as { status: number }).status)).toEqual(
      Object.values(expected).map(() => 200),
    );
    expect(
      (expected[`/partner/v1/domains${QUERIES['/domains']}`] as { body: { data: unknown[] } }).body.data,
    ).toHaveLength(40);

    // The same order is accepted alike; its ids continue after every id issued before the reset
    // (reset never rewound the id factory: a client's old ids never name a new resource).
    const body = sampleOrderBody(['heavy0-1.com', 'after-reset.com']);
    const onFresh = await fresh.call('POST', '/partner/v1/orders', body);
    const onReset = await used.call('POST', '/partner/v1/orders', body);
    expect(onReset.status).toBe(200);
    const masked = (value: unknown) =>
      JSON.stringify(value).replace(/\b(ord|usr|dom|act)_[0-9A-HJKMNP-TV-Z]{26}\b/g, '$1_…');
    expect(masked(onReset.body)).toBe(masked(onFresh.body));
    expect(onReset.body.data.id > lastOrderId).toBe(true);
    expect(used.rt.store.orders.size).toBe(1);
  });

  it('keeps a revoked startup key and makes it active again, as before', async () => {
    const { rt } = serve();
    const startup = rt.store.keys.get('key_startup')!;
    startup.revoked_at = '2026-01-01T00:00:00Z';
    rt.store.keys.save(startup);
    rt.store.rebuildIndexes();
    rt.reset();
    expect(rt.store.keys.get('key_startup')).toBe(startup);
    expect(startup.revoked_at).toBeNull();
    expect(rt.store.keyIndex.get(KEY)).toBe(startup);
    expect([...rt.store.keys.values()].map((key) => key.id)).toEqual(['key_startup']);
  });
});
