import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import type { Clock } from '../emulator/clock';
import { sampleOrderBody } from '../emulator/fixtures';
import { IdFactory, idOffset, nthId } from '../emulator/ids';
import { hashName, NameIndex } from '../emulator/name-index';

const running: RunningEmulator[] = [];
const directories: string[] = [];
afterEach(async () => {
  for (const emulator of running.splice(0)) await emulator.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function start(options: { statePath?: string } = {}) {
  const emulator = await startEmulator({ port: 0, seed: 11, rateLimitPerMinute: 0, ...options });
  running.push(emulator);
  return new EmulatorClient(emulator);
}

/** Every row of GET /domains, page by page. */
async function allDomains(client: EmulatorClient, perPage: number) {
  const rows: { id: string; domain: string; [field: string]: unknown }[] = [];
  let path: string | null = `/domains?per_page=${perPage}`;
  while (path) {
    const page: { status: number; body: { data: never[]; links: { next: string | null } } } =
      await client.api('GET', path);
    expect(page.status).toBe(200);
    rows.push(...page.body.data);
    path = page.body.links.next;
  }
  return rows;
}

describe('id blocks', () => {
  it('reserves consecutive ids that nthId and idOffset compute both ways', () => {
    // A clock standing still: every id in one millisecond (the block's own case).
    const ids = new IdFactory({ now: () => 1_780_000_000_000 } as Clock, () => 0.5);
    const before = ids.next('ord');
    const first = ids.reserve('dom', 300)!;
    const after = ids.next('dom');
    expect(first.slice(4) > before.slice(4)).toBe(true); // Monotonic across prefixes.
    const block = Array.from({ length: 300 }, (_, n) => nthId(first, n));
    expect(block[0]).toBe(first);
    expect([...block].sort()).toEqual(block);
    expect(new Set(block).size).toBe(300);
    expect(block.every((id, n) => idOffset(first, id) === n)).toBe(true);
    expect(after > block[299]!).toBe(true);
    expect(idOffset(first, after)).toBe(300);
    expect(idOffset(first, before)).toBe(-1);
    expect(idOffset(first, 'dom_nope')).toBe(-1);
  });

  it('carries into the time when every random digit is set, so the next id still sorts after', () => {
    // A state file's last_ulid can end in sixteen Zs; wrapping them to zeros went below it.
    const ids = new IdFactory({ now: () => 1_780_000_000_000 } as Clock, () => 0.5);
    ids.continueAfterUlid(`${ids.next('ord').slice(4, 14)}${'Z'.repeat(16)}`);
    const last = ids.lastUlid()!;
    const next = ids.next('ord').slice(4);
    expect(next > last).toBe(true);
    expect(next.slice(10)).toBe('0'.repeat(16));
  });

  it('refuses a block that would carry past its low digits (the caller then issues ids one by one)', () => {
    // Every random digit is Z (31): one more id in the same millisecond carries.
    const ids = new IdFactory({ now: () => 1_780_000_000_000 } as Clock, () => 0.999);
    expect(ids.reserve('dom', 2)).toBeUndefined();
  });
});

describe('NameIndex', () => {
  it('finds, overwrites and grows, asking the owner only when hashes agree', () => {
    const owners = [new Set<string>(), new Set<string>()];
    let asked = 0;
    const index = new NameIndex<Set<string>>((owner, name) => {
      asked++;
      return owner.has(name);
    });
    for (let i = 0; i < 5000; i++) {
      const name = `name-${i}.com`;
      owners[i % 2]!.add(name);
      index.set(name, owners[i % 2]!);
    }
    expect(index.size).toBe(5000);
    asked = 0;
    for (let i = 0; i < 5000; i++) expect(index.get(`name-${i}.com`)).toBe(owners[i % 2]);
    expect(asked).toBe(5000);
    expect(index.get('absent.com')).toBeUndefined();
    // A new owner takes the name over; the size does not change.
    const taker = new Set(['name-1.com']);
    index.set('name-1.com', taker);
    expect(index.get('name-1.com')).toBe(taker);
    expect(index.size).toBe(5000);
    index.clear();
    expect(index.get('name-2.com')).toBeUndefined();
    expect(hashName('a')).toBe(hashName('a'));
    expect(hashName('a')).not.toBe(hashName('b'));
  });

  it('finds every name of batches that grow the table mid-way', () => {
    const owners = new Map<string, number>();
    const index = new NameIndex<number>((owner, name) => owners.get(name) === owner);
    for (let batch = 0; batch < 20; batch++) {
      const names = Array.from({ length: 150 }, (_, i) => `b${batch}-${i}.com`);
      const session = index.lookupBatch(names);
      for (const [at, name] of names.entries()) index.get(name, session, at);
      names.forEach((name, at) => {
        index.setAfterLookup(name, batch, session, at);
        owners.set(name, batch);
      });
    }
    expect(index.size).toBe(3000);
    expect([...owners].filter(([name, owner]) => index.get(name) !== owner)).toEqual([]);
  });

  it('takes the hashes of a batch from the caller instead of hashing the names again', () => {
    const owners = new Map<string, number>();
    const index = new NameIndex<number>((owner, name) => owners.get(name) === owner);
    const names = Array.from({ length: 300 }, (_, i) => `given-${i}.com`);
    const session = index.lookupBatch(names, names.map(hashName));
    names.forEach((name, at) => {
      expect(index.get(name, session, at)).toBeUndefined();
      index.setAfterLookup(name, 1, session, at);
      owners.set(name, 1);
    });
    expect(names.filter((name) => index.get(name) !== 1)).toEqual([]);
    // The given hashes are trusted: a wrong one files the name where a plain lookup never looks.
    const wrong = index.lookupBatch(['elsewhere.com'], [hashName('other.com')]);
    index.setAfterLookup('elsewhere.com', 2, wrong, 0);
    owners.set('elsewhere.com', 2);
    expect(index.get('elsewhere.com')).toBeUndefined();
  });

  it('answers a stale batch (a grow or a later batch since) with a plain lookup', () => {
    const owners = new Map<string, number>();
    const index = new NameIndex<number>((owner, name) => owners.get(name) === owner);
    const set = (name: string, owner: number) => {
      index.set(name, owner);
      owners.set(name, owner);
    };
    const names = Array.from({ length: 50 }, (_, i) => `s${i}.com`);
    // Made stale by a grow: half the batch's names arrive meanwhile, with 5000 others.
    const grown = index.lookupBatch(names);
    for (const [i, name] of names.entries()) if (i % 2 === 0) set(name, 1);
    for (let i = 0; i < 5000; i++) set(`filler-${i}.com`, 2);
    expect(names.map((name, at) => index.get(name, grown, at))).toEqual(
      names.map((_, i) => (i % 2 === 0 ? 1 : undefined)),
    );
    // Made stale by a later batch of other names at the same positions.
    const first = index.lookupBatch(names);
    const later = index.lookupBatch(names.map((_, i) => `filler-${i}.com`));
    expect(names.map((name, at) => index.get(name, first, at))).toEqual(
      names.map((_, i) => (i % 2 === 0 ? 1 : undefined)),
    );
    expect(index.get('filler-3.com', later, 3)).toBe(2);
  });

  it('indexes a batch where its lookups ended, and agrees with a Map through grows and stale batches', () => {
    // Batches of lookups then inserts, sometimes interleaved with other inserts or a second batch
    // (which makes the first stale): the index must always answer like a plain Map.
    const batch = fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 200 });
    const step = fc.record({
      names: batch,
      interleaved: fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 5 }),
      stale: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const model = new Map<string, number>();
        // `holds`: the owner that was given the name last (the index asks before taking it over).
        const index = new NameIndex<number>((owner, name) => model.get(name) === owner);
        steps.forEach(({ names, interleaved, stale }, owner) => {
          // A batch mixes names the index holds and new ones; the new ones are set afterwards.
          const batchNames = [...new Set(names.map((n) => `n${n}.com`))];
          const session = index.lookupBatch(batchNames);
          for (const [at, name] of batchNames.entries()) {
            expect(index.get(name, session, at)).toBe(model.get(name));
          }
          const unique = batchNames.filter((name) => !model.has(name));
          for (const other of interleaved) {
            const name = `n${other}.com`;
            index.set(name, -1 - owner);
            model.set(name, -1 - owner);
          }
          if (stale) {
            // Another batch looks other names up at the same positions.
            const others = batchNames.map((_, at) => `other-${at}.com`);
            const later = index.lookupBatch(others);
            for (const [at, name] of others.entries()) index.get(name, later, at);
          }
          for (const name of unique) {
            index.setAfterLookup(name, owner, session, batchNames.indexOf(name));
            model.set(name, owner);
          }
        });
        for (let n = 0; n <= 3000; n++) expect(index.get(`n${n}.com`)).toBe(model.get(`n${n}.com`));
        expect(index.size).toBe(model.size);
      }),
      { seed: 5, numRuns: 60 },
    );
  });
});

describe('domains of an order (a compact block, materialized one by one)', () => {
  it('lists derived and stored domains once each, newest first, across pages, with exact fields', async () => {
    const client = await start();
    const order = (
      await client.api('POST', '/orders', {
        body: sampleOrderBody(['blk-a.com', 'blk-b.com', 'blk-c.com'], { user: 'blk@example.com' }),
      })
    ).body.data;
    const connected = (await client.api('GET', '/domains?category=connected')).body.data;
    expect(connected.map((row: { domain: string }) => row.domain)).toEqual([
      'blk-c.com',
      'blk-b.com',
      'blk-a.com',
    ]);
    const first = connected[2].id as string;
    expect(connected.map((row: { id: string }) => idOffset(first, row.id))).toEqual([2, 1, 0]);
    // The block's ids are the ones right after the order's own (nothing else is stored for them).
    expect(idOffset(order.id, first)).toBe(1);
    expect(nthId(order.id, 1, 'dom')).toBe(first);
    expect(connected[1]).toEqual({
      id: nthId(first, 1),
      domain: 'blk-b.com',
      category: 'connected',
      status: 'in_progress',
      usable_for: ['google', 'microsoft'],
      created_at: order.created_at,
      provider: 'google',
      user_id: order.user_id,
      order_id: order.id,
      forwarding_url: null,
    });

    // Forwarding one domain makes it a stored record; lists must not show it twice.
    const forwarding = await client.api('POST', '/domains/forwarding', {
      body: { domains: [nthId(first, 1)], forwarding_url: 'https://example.com/here' },
    });
    expect(forwarding.status).toBe(202);
    const paged = await allDomains(client, 2);
    const whole = await allDomains(client, 100);
    expect(paged).toEqual(whole);
    expect(whole.length).toBe(43); // 40 seeded inventory domains + 3.
    expect(new Set(whole.map((row) => row.id)).size).toBe(43);
    expect(whole.map((row) => row.id)).toEqual([...whole.map((row) => row.id)].sort().reverse());

    // The order completes: every domain active, the forwarded one with its URL.
    await client.advance(30);
    const done = (await client.api('GET', '/domains?category=connected')).body.data;
    expect(
      done.map((row: { status: string; forwarding_url: string | null }) => [row.status, row.forwarding_url]),
    ).toEqual([
      ['active', null],
      ['active', 'https://example.com/here'],
      ['active', null],
    ]);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.domains).toEqual({
      registered: ['blk-a.com', 'blk-b.com', 'blk-c.com'],
      imported: [],
    });
  });

  it('releases the domains of a failed order and lets another order take one, keeping its id', async () => {
    const client = await start();
    const failed = (
      await client.api('POST', '/orders', {
        body: sampleOrderBody(['fail-one.com', 'fail-two.com'], { user: 'f@example.com' }),
      })
    ).body.data;
    const ids = (await client.api('GET', '/domains?category=connected')).body.data.map(
      (row: { id: string }) => row.id,
    );
    await client.advance(30);
    expect((await client.api('GET', `/orders/${failed.id}`)).body.data.status).toBe('failed');
    expect((await client.api('GET', '/domains?category=connected')).body.data).toEqual([]);
    const released = (await client.api('GET', `/domains?per_page=2`)).body.data;
    expect(
      released.map((row: { domain: string; category: string; status: string }) => [
        row.domain,
        row.category,
        row.status,
      ]),
    ).toEqual([
      ['fail-two.com', 'inventory', 'available'],
      ['fail-one.com', 'inventory', 'available'],
    ]);
    expect(released[0]).not.toHaveProperty('order_id');

    const again = await client.api('POST', '/orders', {
      body: sampleOrderBody(['fail-two.com'], { user: 'g@example.com' }),
    });
    expect(again.status).toBe(200);
    const connected = (await client.api('GET', '/domains?category=connected')).body.data;
    expect(connected).toHaveLength(1);
    expect(connected[0]).toMatchObject({ id: ids[0], domain: 'fail-two.com', order_id: again.body.data.id });
    const whole = await allDomains(client, 100);
    expect(whole.filter((row) => row.domain === 'fail-two.com')).toHaveLength(1);
  });

  it('cancels some domains of a block order by name and keeps the others on it', async () => {
    const client = await start();
    const order = (
      await client.api('POST', '/orders', { body: sampleOrderBody(['cx-1.com', 'cx-2.com', 'cx-3.com']) })
    ).body.data;
    const cancel = await client.api('POST', `/orders/${order.id}/cancel`, {
      body: { domains: ['cx-2.com'] },
    });
    expect(cancel.status).toBe(200);
    expect(cancel.body.data.domains.map((d: { domain: string }) => d.domain)).toEqual(['cx-2.com']);
    await client.advance(3600);
    const detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail.domain_count).toBe(2);
    expect(detail.domains.registered).toEqual(['cx-1.com', 'cx-3.com']);
  });

  it('keeps finding a block name whose 32-bit hash another of its names shares, after that one is changed alone', async () => {
    // The name index keeps hashes, not names: two names of one block may share a slot's hash.
    const byHash = new Map<number, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const name = `hc${i}.com`;
      const other = byHash.get(hashName(name));
      if (other) pair = [other, name];
      else byHash.set(hashName(name), name);
    }
    const [first, second] = pair;
    const client = await start();
    expect((await client.api('POST', '/orders', { body: sampleOrderBody([first, second]) })).status).toBe(
      200,
    );
    // Forwarding one domain changes its record alone (it is stored, the other stays derived).
    const forwarding = await client.api('POST', '/domains/forwarding', {
      body: { domains: [first], forwarding_url: 'https://example.com/fw' },
    });
    expect(forwarding.status).toBeLessThan(300);
    for (const name of [first, second]) {
      const clash = await client.api('POST', '/orders', {
        body: sampleOrderBody([name], { user: 'other@example.com' }),
      });
      expect(clash.body.error, name).toMatchObject({
        code: 'domain_already_in_active_order',
        field: 'domains[0]',
      });
    }
  });

  it('survives a restart: derived domains come back from their order, stored ones from the file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'peeker-domain-store-'));
    directories.push(directory);
    const statePath = join(directory, 'state.json');
    const client = await start({ statePath });
    await client.api('POST', '/orders', { body: sampleOrderBody(['st-1.com', 'st-2.com']) });
    const first = (await client.api('GET', '/domains?category=connected')).body.data;
    await client.api('POST', '/domains/forwarding', {
      body: { domains: ['st-1.com'], forwarding_url: 'https://example.com/st' },
    });
    await running.pop()!.close();
    const restarted = await start({ statePath });
    expect((await restarted.api('GET', '/domains?category=connected')).body.data).toEqual(first);
    const clash = await restarted.api('POST', '/orders', {
      body: sampleOrderBody(['st-2.com'], { user: 'other@example.com' }),
    });
    expect(clash.body.error).toMatchObject({ code: 'domain_already_in_active_order', field: 'domains[0]' });
  });
});

describe('domain names through orders, single changes, cancels and restarts (model-based)', () => {
  /** Pairs of names whose 32-bit name hashes agree: the name index's hard case. */
  function collidingPairs(count: number): string[] {
    const byHash = new Map<number, string>();
    const names: string[] = [];
    for (let i = 0; names.length < 2 * count; i++) {
      const name = `hc${i}.com`;
      const other = byHash.get(hashName(name));
      if (other) {
        names.push(other, name);
        byHash.delete(hashName(name));
      } else byHash.set(hashName(name), name);
    }
    return names;
  }
  const POOL = [...collidingPairs(1), 'plain-a.com', 'plain-b.com'];

  type Step =
    | { kind: 'order'; picks: number[] }
    | { kind: 'forward'; pick: number }
    | { kind: 'cancel'; pick: number }
    | { kind: 'retake'; pick: number }
    | { kind: 'restart' };
  const pick = fc.nat({ max: POOL.length - 1 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('order' as const),
        picks: fc.uniqueArray(pick, { minLength: 1, maxLength: POOL.length }),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('forward' as const), pick }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('retake' as const), pick }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  );

  it('finds every held name, once, and lets a released one be taken again', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'peeker-domain-names-'));
    directories.push(directory);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const statePath = join(directory, `state-${run++}.json`);
        let client = await start({ statePath });
        /** Name → the order holding it (absent: never ordered, or released). */
        const holder = new Map<string, string>();
        let users = 0;
        const order = async (names: string[]) =>
          client.api('POST', '/orders', {
            body: sampleOrderBody(names, { user: `u${users++}@example.com` }),
          });
        for (const next of steps) {
          if (next.kind === 'order') {
            const names = next.picks.map((at) => POOL[at]!).filter((name) => !holder.has(name));
            if (names.length === 0) continue;
            const created = await order(names);
            expect(created.status, JSON.stringify(created.body)).toBe(200);
            for (const name of names) holder.set(name, created.body.data.id);
          } else if (next.kind === 'forward' || next.kind === 'cancel') {
            const name = POOL[next.pick]!;
            const orderId = holder.get(name);
            // A cancel leaves its order at least one domain (the whole-order cancel is another path).
            const siblings = [...holder.values()].filter((id) => id === orderId).length;
            if (!orderId || (next.kind === 'cancel' && siblings < 2)) continue;
            const response =
              next.kind === 'forward'
                ? await client.api('POST', '/domains/forwarding', {
                    body: { domains: [name], forwarding_url: 'https://example.com/fw' },
                  })
                : await client.api('POST', `/orders/${orderId}/cancel`, { body: { domains: [name] } });
            expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
            if (next.kind === 'cancel') {
              await client.advance(3600);
              holder.delete(name);
            }
          } else if (next.kind === 'retake') {
            const name = POOL[next.pick]!;
            const taken = await order([name]);
            if (holder.has(name)) {
              expect(taken.body.error, name).toMatchObject({ code: 'domain_already_in_active_order' });
            } else {
              expect(taken.status, JSON.stringify(taken.body)).toBe(200);
              holder.set(name, taken.body.data.id);
            }
          } else {
            await running.pop()!.close();
            client = await start({ statePath });
          }
          // A held name is taken (found by name), any other is for sale.
          const availability = await client.api('POST', '/domains/availability', { body: { domains: POOL } });
          expect(
            availability.body.data.domains.map((row: { domain: string; available: boolean }) => [
              row.domain,
              row.available,
            ]),
          ).toEqual(POOL.map((name) => [name, !holder.has(name)]));
          // Every name is listed once; a held one with the order holding it.
          const listed = (await allDomains(client, 100)).filter((row) => POOL.includes(row.domain));
          expect(listed.map((row) => row.domain).sort()).toEqual(
            [...new Set(listed.map((row) => row.domain))].sort(),
          );
          for (const [name, orderId] of holder) {
            expect(listed.find((row) => row.domain === name)?.order_id, name).toBe(orderId);
          }
        }
        await running.pop()!.close();
      }),
      { seed: 17, numRuns: 40 },
    );
  });
});
