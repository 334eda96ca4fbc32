import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { sampleOrderBody } from '../emulator/fixtures';

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, clock: 'frozen' });
  client = new EmulatorClient(emulator);
});
afterEach(() => emulator.close());

const order = async (domains: string[], overrides = {}) =>
  (await client.api('POST', '/orders', { body: sampleOrderBody(domains, overrides) })).body.data;
const get = async (path: string) => (await client.api('GET', path)).body.data;
/** A `GET /domains` row (the fields these tests read). */
interface DomainRow {
  id: string;
  domain: string;
  [field: string]: unknown;
}
/** The rows of `GET /domains?query` (default: the first 100), by domain name. */
const domainsByName = async (query = 'per_page=100'): Promise<Record<string, DomainRow>> =>
  Object.fromEntries((await get(`/domains?${query}`)).map((row: DomainRow) => [row.domain, row]));
/** An ISO timestamp `seconds` later, in the same whole-second format. */
const plus = (iso: string, seconds: number) =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('order lifecycle', () => {
  it('moves in_progress → completed 30 emulated seconds after creation, domains in_progress → active', async () => {
    const created = await order(['life-a.com', 'life-b.com']);
    const domains = () => client.api('GET', `/domains?user_id=${created.user_id}`).then((r) => r.body.data);
    expect((await domains()).map((d: { status: string }) => d.status)).toEqual([
      'in_progress',
      'in_progress',
    ]);
    await client.advance(29);
    expect((await get(`/orders/${created.id}`)).status).toBe('in_progress');
    await client.advance(1);
    expect((await get(`/orders/${created.id}`)).status).toBe('completed');
    expect(
      (await domains()).map((d: { status: string; category: string }) => [d.category, d.status]),
    ).toEqual([
      ['connected', 'active'],
      ['connected', 'active'],
    ]);
  });

  it('ends a fail- order failed and frees its domains', async () => {
    const created = await order(['fail-order.com']);
    await client.advance(30);
    expect((await get(`/orders/${created.id}`)).status).toBe('failed');
    expect((await get('/orders?status=failed')).map((o: { id: string }) => o.id)).toEqual([created.id]);
    expect(
      (await client.api('POST', '/orders', { body: sampleOrderBody(['fail-order.com'], { user: 'b@c.de' }) }))
        .status,
    ).toBe(200);
  });

  it("drops a failed order's partial cancel: its domain, taken by another order meanwhile, stays there", async () => {
    const failing = await order(['fail-pc.com', 'pc-1.com', 'pc-2.com']);
    expect(
      (await client.api('POST', `/orders/${failing.id}/cancel`, { body: { domains: ['pc-1.com'] } })).status,
    ).toBe(200);
    await client.advance(30);
    const failed = await get(`/orders/${failing.id}`);
    expect([failed.status, failed.domain_count, failed.cancels_at]).toEqual(['failed', 3, null]);
    const taker = await order(['pc-1.com'], { user: 'taker@example.com' });
    // Past the partial cancel's hour: it had nothing left to cancel.
    await client.advance(3600);
    expect((await get(`/orders/${failing.id}`)).domain_count).toBe(3);
    const row = (await domainsByName(`user_id=${taker.user_id}`))['pc-1.com']!;
    expect([row.category, row.status, row.order_id]).toEqual(['connected', 'active', taker.id]);
    const third = await client.api('POST', '/orders', {
      body: sampleOrderBody(['pc-1.com'], { user: 'third@example.com' }),
    });
    expect(third.body.error).toMatchObject({ code: 'domain_already_in_active_order', field: 'domains[0]' });
  });

  it("fails a failed order's open swaps and frees the replacements they held", async () => {
    const failing = await order(['fail-sw.com', 'sw-1.com']);
    const domain = (await domainsByName(`user_id=${failing.user_id}`))['sw-1.com']!;
    // A replacement still to be imported keeps the swap waiting: it cannot end by itself.
    const swap = (
      await client.api('POST', '/swaps', {
        body: { type: 'standard', domain_id: domain.id, replacement_domain: 'sw-not-imported.com' },
      })
    ).body.data;
    await client.advance(30);
    expect((await get(`/orders/${failing.id}`)).status).toBe('failed');
    expect((await get(`/swaps/${swap.id}`)).status).toBe('failed');
    const replacement = (await domainsByName())['sw-not-imported.com']!;
    expect([replacement.category, replacement.status, replacement.order_id]).toEqual([
      'inventory',
      'available',
      undefined,
    ]);
  });

  it('completes even when the clock jumps far ahead in one step', async () => {
    const created = await order(['jump-a.com']);
    await client.advance(86_400);
    expect((await get(`/orders/${created.id}`)).status).toBe('completed');
  });

  describe('a blocked domain that leaves its order before anyone cleared it', () => {
    /** The `domain.*` events delivered so far, as `type name status`. */
    const domainEvents = async () =>
      (await client.control('GET', '/webhooks/deliveries')).body.data
        .filter((d: { type: string }) => d.type.startsWith('domain.'))
        .map(
          (d: { type: string; body: { data: { domain: string; status: string } } }) =>
            `${d.type} ${d.body.data.domain} ${d.body.data.status}`,
        );
    const statuses = async (userId: string) =>
      Object.fromEntries(
        Object.values(await domainsByName(`user_id=${userId}`)).map((row) => [row.domain, row.status]),
      );
    beforeEach(async () => {
      await client.control('PUT', '/config', {
        webhook_url: 'http://127.0.0.1:9/hooks',
        webhook_secret: 's',
      });
    });

    it('is cancelled while it blocks the order: it turns failed, never active, then goes to inventory', async () => {
      const created = await order(['lv-replace-me.com', 'lv-ok.com']);
      await client.advance(31);
      await client.api('POST', `/orders/${created.id}/cancel`, { body: { domains: ['lv-replace-me.com'] } });
      await client.advance(30);
      expect((await get(`/orders/${created.id}`)).status).toBe('completed');
      expect(await statuses(created.user_id)).toEqual({
        'lv-replace-me.com': 'failed',
        'lv-ok.com': 'active',
      });
      expect(await domainEvents()).toEqual([
        'domain.action_required lv-replace-me.com action_required',
        'domain.connected lv-ok.com active',
      ]);
      await client.advance(3600);
      expect((await domainsByName())['lv-replace-me.com']).toMatchObject({
        category: 'inventory',
        status: 'available',
      });
    });

    it('is cancelled before its blocker is raised: the same, failed at the cancel itself', async () => {
      const created = await order(['lv-needs-ns.com', 'lv-ok2.com']);
      await client.api('POST', `/orders/${created.id}/cancel`, { body: { domains: ['lv-needs-ns.com'] } });
      // At once, as a cancel after the raise: not only when the order's 30 s evaluation runs.
      expect(await statuses(created.user_id)).toEqual({
        'lv-needs-ns.com': 'failed',
        'lv-ok2.com': 'in_progress',
      });
      await client.advance(31);
      expect((await get(`/orders/${created.id}`)).status).toBe('completed');
      expect(await statuses(created.user_id)).toEqual({
        'lv-needs-ns.com': 'failed',
        'lv-ok2.com': 'active',
      });
      expect(await domainEvents()).toEqual(['domain.connected lv-ok2.com active']);
    });

    it.each([
      ['{}', () => ({})],
      ['a list naming every domain', () => ({ domains: ['lc-needs-ns.com', 'lc-ok.com'] })],
    ])(
      'is cancelled with its whole order (%s): failed for the cancel hour, not action_required',
      async (_how, body) => {
        const created = await order(['lc-needs-ns.com', 'lc-ok.com']);
        await client.advance(31);
        await client.api('POST', `/orders/${created.id}/cancel`, { body: body() });
        expect(await statuses(created.user_id)).toEqual({
          'lc-needs-ns.com': 'failed',
          'lc-ok.com': 'in_progress',
        });
        expect(await get('/domains?status=action_required')).toEqual([]);
        await client.advance(3600);
        expect((await get(`/orders/${created.id}`)).status).toBe('cancelled');
        expect((await domainsByName())['lc-needs-ns.com']).toMatchObject({ status: 'available' });
      },
    );

    it('is cancelled with its whole order before its blocker is raised: failed at once, for the cancel hour', async () => {
      const created = await order(['lu-needs-ns.com', 'lu-replace-me.com', 'lu-ok.com']);
      await client.api('POST', `/orders/${created.id}/cancel`, { body: {} });
      const expected = {
        'lu-needs-ns.com': 'failed',
        'lu-replace-me.com': 'failed',
        'lu-ok.com': 'in_progress',
      };
      expect(await statuses(created.user_id)).toEqual(expected);
      // The order never evaluates (it is cancelling): nothing else changes them.
      await client.advance(31);
      expect(await statuses(created.user_id)).toEqual(expected);
      expect(await get(`/orders/pending?order_id=${created.id}`)).toEqual([]);
      await client.advance(3600);
      expect((await get(`/orders/${created.id}`)).status).toBe('cancelled');
      expect((await domainsByName())['lu-needs-ns.com']).toMatchObject({ status: 'available' });
    });

    it('leaves the domain a picture action moved off no longer action_required', async () => {
      const localPicture = [
        { first_name: 'Ann', last_name: 'Bee', profile_picture_url: 'http://localhost/a.png' },
      ];
      const created = await order(['lp-x.com', 'lp-y.com'], { personas: localPicture });
      await client.advance(31);
      expect(await statuses(created.user_id)).toEqual({
        'lp-x.com': 'action_required',
        'lp-y.com': 'in_progress',
      });
      await client.api('POST', `/orders/${created.id}/cancel`, { body: { domains: ['lp-x.com'] } });
      expect(await statuses(created.user_id)).toEqual({
        'lp-x.com': 'in_progress',
        'lp-y.com': 'action_required',
      });
      const open = await get(`/orders/pending?order_id=${created.id}`);
      expect(open.map((action: { domain: string }) => action.domain)).toEqual(['lp-y.com']);
    });

    it('is swapped out by a premium swap: failed while kept warm, not action_required', async () => {
      const created = await order(['lw-replace-me.com', 'lw-2.com', 'lw-3.com', 'lw-4.com', 'lw-5.com'], {
        google_licenses: 0,
        microsoft_licenses: 5,
      });
      await client.advance(31);
      const blocked = (await domainsByName(`user_id=${created.user_id}`))['lw-replace-me.com']!;
      const swap = await client.api('POST', '/swaps', {
        body: { type: 'premium', domain_id: blocked.id, replacement_domain: 'lw-r.com' },
      });
      expect(swap.status).toBe(201);
      await client.advance(41);
      await client.advance(30);
      expect((await get(`/orders/${created.id}`)).status).toBe('completed');
      expect(await get('/domains?status=action_required')).toEqual([]);
      expect((await domainsByName())['lw-replace-me.com']).toMatchObject({
        category: 'connected',
        status: 'failed',
      });
      await client.advance(14 * 24 * 3600);
      expect((await domainsByName())['lw-replace-me.com']).toMatchObject({
        category: 'inventory',
        status: 'available',
      });
    });
  });
});

describe('imports', () => {
  it('imports synchronously with nameserver groups, completes after 30 s, and lands in inventory', async () => {
    const response = await client.api('POST', '/domains/import', {
      body: { domains: ['Import-A.com', 'mail.import-b.com'] },
    });
    expect(response.status).toBe(200);
    const imported = response.body.data;
    expect(imported.id).toMatch(/^imp_/);
    expect(imported.status).toBe('in_progress');
    expect(imported.domains).toEqual([
      { domain: 'import-a.com', status: 'in_progress' },
      { domain: 'mail.import-b.com', status: 'failed', reason: 'not_root_domain' },
    ]);
    expect(imported.nameserver_groups).toHaveLength(1);
    expect(imported.nameserver_groups[0].domains).toEqual(['import-a.com']);
    expect(imported.nameserver_groups[0].nameservers).toHaveLength(2);
    await client.advance(30);
    const done = await get(`/domains/import/${imported.id}`);
    expect(done.status).toBe('completed');
    expect(done.completed_at).not.toBeNull();
    const lookup = await client.api('GET', '/domains/import?domains=import-a.com,nothing-here.com');
    expect(lookup.body.data.map((row: { id: string }) => row.id)).toEqual([imported.id]);
    // Entries are compared as names (spaces, case and a trailing dot aside); one that is no
    // domain name matches nothing; an empty one is refused, as the parameter's pattern says.
    const loose = await client.api('GET', '/domains/import?domains=*.com,%20IMPORT-A.com.');
    expect(loose.body.data.map((row: { id: string }) => row.id)).toEqual([imported.id]);
    expect((await client.api('GET', '/domains/import?domains=import-a.com,,b.com')).body.error).toEqual({
      code: 'invalid_request',
      message:
        'domains must be comma-separated entries, none empty: the domain names to look up, e.g. `acme-mail.com,team-acme.com`, got "import-a.com,,b.com".',
      field: 'domains',
    });
    const inventory = await get('/domains?category=inventory&per_page=100');
    expect(inventory.map((d: { domain: string }) => d.domain)).toContain('import-a.com');
  });

  it('looks up an internationalized import by any spelling IDNA maps to it, a trailing "。" too', async () => {
    const imported = (await client.api('POST', '/domains/import', { body: { domains: ['Bücher.de'] } })).body
      .data;
    expect(imported.domains).toEqual([{ domain: 'xn--bcher-kva.de', status: 'in_progress' }]);
    for (const spelling of [
      'xn--bcher-kva.de',
      'b%C3%BCcher.de.',
      'b%C3%BCcher.de%E3%80%82',
      'bu%CC%88cher.de',
    ]) {
      const lookup = await client.api('GET', `/domains/import?domains=${spelling}`);
      expect([spelling, lookup.body.data.map((row: { id: string }) => row.id)]).toEqual([
        spelling,
        [imported.id],
      ]);
    }
    // Sent in a body, such a spelling is refused, with the name it stands for.
    const refused = await client.api('POST', '/domains/import', { body: { domains: ['bücher.de。'] } });
    expect(refused.body.error).toEqual({
      code: 'invalid_request',
      message: '`domains[0]` "bücher.de。" uses "。" as a dot: write "bücher.de", with "." instead.',
      field: 'domains[0]',
    });
  });

  it('stamps completed_at 30 s after creation even when the clock jumps a day in one step', async () => {
    const imported = (await client.api('POST', '/domains/import', { body: { domains: ['late-imp.com'] } }))
      .body.data;
    await client.advance(86_400);
    const done = await get(`/domains/import/${imported.id}`);
    expect(done.status).toBe('completed');
    expect(done.completed_at).toBe(plus(imported.created_at, 30));
    const domain = (await get('/domains?category=inventory&per_page=100')).find(
      (d: { domain: string }) => d.domain === 'late-imp.com',
    );
    expect(domain.created_at).toBe(plus(imported.created_at, 30));
  });

  it('leaves a domain an active order registered as registered (and billed) when it is imported', async () => {
    const created = await order(['reg-a.com', 'reg-b.com', 'reg-c.com']);
    await client.advance(30);
    await client.api('POST', '/domains/import', { body: { domains: ['reg-b.com'] } });
    await client.advance(30);
    const detail = await get(`/orders/${created.id}`);
    expect(detail.domains).toMatchObject({
      registered: ['reg-a.com', 'reg-b.com', 'reg-c.com'],
      imported: [],
    });
    // Cancelling it takes its registration off the order, as for any domain the order registered.
    await client.api('POST', `/orders/${created.id}/cancel`, { body: { domains: ['reg-b.com'] } });
    await client.advance(3600);
    const after = await get(`/orders/${created.id}`);
    expect(after.domain_count).toBe(2);
    expect(after.costs.line_items).toContainEqual({
      type: 'domain_registration',
      quantity: 2,
      amount_cents: 2600,
    });
  });

  it('fails an import whose domains all fail', async () => {
    const imported = (await client.api('POST', '/domains/import', { body: { domains: ['fail-import.com'] } }))
      .body.data;
    await client.advance(30);
    expect((await get(`/domains/import/${imported.id}`)).status).toBe('failed');
  });

  it('runs import jobs (202) and dedupes them on the normalized, sorted, unique domain set', async () => {
    const first = await client.api('POST', '/domains/import/jobs', {
      body: { domains: ['job-b.com', 'job-a.com'] },
    });
    expect(first.status).toBe(202);
    expect(first.body.data).toMatchObject({
      status: 'in_progress',
      domain_count: 2,
      completed_count: 0,
      failed_count: 0,
    });
    expect(first.body.data.id).toMatch(/^imj_/);
    const again = await client.api('POST', '/domains/import/jobs', {
      body: { domains: ['JOB-A.com.', 'job-b.com', 'job-a.com'] },
    });
    expect(again.status).toBe(202);
    expect(again.body.data.id).toBe(first.body.data.id);
    const other = await client.api('POST', '/domains/import/jobs', { body: { domains: ['job-a.com'] } });
    expect(other.body.data.id).not.toBe(first.body.data.id);
    await client.advance(30);
    const done = await get(`/domains/import/jobs/${first.body.data.id}`);
    expect(done).toMatchObject({ status: 'completed', completed_count: 2, failed_count: 0 });
    expect(done.domains.every((row: { import_id: string }) => row.import_id.startsWith('imp_'))).toBe(true);
  });
});

describe('forwarding jobs', () => {
  it('applies forwarding after 30 s, with dns-fail domains failing (partial_success)', async () => {
    await order(['fwd-a.com', 'dns-fail-b.com']);
    const created = await client.api('POST', '/domains/forwarding', {
      body: { domains: ['fwd-a.com', 'dns-fail-b.com'], forwarding_url: 'https://acme.com' },
    });
    expect(created.status).toBe(202);
    expect(created.body.data).toMatchObject({
      status: 'in_progress',
      completed_count: 0,
      failed_count: 0,
      completed: [],
      failed: [],
    });
    await client.advance(30);
    const job = await get(`/domains/forwarding/${created.body.data.id}`);
    expect(job).toMatchObject({
      status: 'partial_success',
      completed_count: 1,
      failed_count: 1,
      completed: ['fwd-a.com'],
      failed: [{ domain: 'dns-fail-b.com', reason: 'dns_lookup_failed' }],
    });
    const domain = (await get('/domains?category=connected')).find(
      (d: { domain: string }) => d.domain === 'fwd-a.com',
    );
    expect(domain.forwarding_url).toBe('https://acme.com');
  });

  it('stamps completed_at 30 s after creation even when the clock jumps a day in one step', async () => {
    await order(['fwd-late.com']);
    const created = (
      await client.api('POST', '/domains/forwarding', {
        body: { domains: ['fwd-late.com'], forwarding_url: 'https://acme.com' },
      })
    ).body.data;
    await client.advance(86_400);
    const job = await get(`/domains/forwarding/${created.id}`);
    expect(job).toMatchObject({ status: 'completed', completed: ['fwd-late.com'] });
    expect(job.completed_at).toBe(plus(created.created_at, 30));
  });

  it('leaves alone a domain that changed hands while the job ran: the forwarding was not for its new order', async () => {
    const first = await order(['fh-a.com', 'fh-b.com'], { user: 'one@example.com' });
    await client.advance(31);
    await client.api('POST', `/orders/${first.id}/cancel`, { body: { domains: ['fh-a.com'] } });
    await client.advance(3590);
    const domain = (await domainsByName(`user_id=${first.user_id}`))['fh-a.com']!;
    const job = (
      await client.api('POST', '/domains/forwarding', {
        body: { domains: [domain.id, 'fh-b.com'], forwarding_url: 'https://one.example.com' },
      })
    ).body.data;
    await client.advance(11); // the partial cancel ends: fh-a.com is back in inventory
    const second = await order(['fh-a.com'], {
      user: 'two@example.com',
      forwarding_url: 'https://two.example.com',
    });
    await client.advance(30);
    const done = await get(`/domains/forwarding/${job.id}`);
    expect([done.status, done.completed, done.failed]).toEqual(['completed', ['fh-b.com'], []]);
    // What the job keeps to tell is its own: the API's job has the contract's fields only.
    expect(Object.keys(done).sort()).toEqual(Object.keys(job).sort());
    expect(done).not.toHaveProperty('holders');
    const taken = (await domainsByName(`user_id=${second.user_id}`))['fh-a.com']!;
    expect([taken.order_id, taken.forwarding_url]).toEqual([second.id, 'https://two.example.com']);
  });

  it('refuses a domain in inventory, on no order (400 on domains[i], no job): the change could never be seen', async () => {
    await order(['fwd-inv-ok.com']);
    const [stock] = await get('/domains?category=inventory&per_page=1');
    for (const reference of [stock.id, stock.domain.toUpperCase()]) {
      const refused = await client.api('POST', '/domains/forwarding', {
        body: { domains: ['fwd-inv-ok.com', reference], forwarding_url: 'https://inv.example.com' },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error).toEqual({
        code: 'invalid_request',
        message:
          `${stock.domain} is in your inventory, on no order: forwarding applies to the domains of an ` +
          'order (give forwarding_url in POST /orders when you order it).',
        field: 'domains[1]',
      });
    }
  });

  it('fails every domain when the target is unreachable, and 404s unknown domains', async () => {
    await order(['fwd-c.com']);
    const job = (
      await client.api('POST', '/domains/forwarding', {
        body: { domains: ['fwd-c.com'], forwarding_url: 'https://unreachable.example' },
      })
    ).body.data;
    await client.advance(30);
    expect(await get(`/domains/forwarding/${job.id}`)).toMatchObject({
      status: 'failed',
      failed: [{ domain: 'fwd-c.com', reason: 'target_unreachable' }],
    });
    const unknown = await client.api('POST', '/domains/forwarding', {
      body: { domains: ['fwd-c.com', 'never-seen.com'], forwarding_url: 'https://acme.com' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found', field: 'domains[1]' });
  });
});

describe('swaps', () => {
  it('runs created → in_progress → completed, moving the order onto the replacement', async () => {
    const created = await order(['swap-old.com']);
    await client.advance(30);
    const [domain] = await get(`/domains?user_id=${created.user_id}`);
    const swap = await client.api('POST', '/swaps', {
      body: { type: 'standard', domain_id: domain.id, replacement_domain: 'swap-new.com' },
    });
    expect(swap.status).toBe(201);
    expect(swap.body.data).toMatchObject({
      type: 'standard',
      domain_id: domain.id,
      replacement_domain: 'swap-new.com',
      status: 'created',
    });
    await client.advance(10);
    expect((await get(`/swaps/${swap.body.data.id}`)).status).toBe('in_progress');
    await client.advance(30);
    expect((await get(`/swaps/${swap.body.data.id}`)).status).toBe('completed');
    const detail = await get(`/orders/${created.id}`);
    expect(detail.domains.registered).toContain('swap-new.com');
    const mine = await get(`/domains?user_id=${created.user_id}`);
    expect(mine.map((d: { domain: string }) => d.domain)).toEqual(['swap-new.com']);
    expect((await get(`/swaps?order_id=${created.id}`)).map((s: { id: string }) => s.id)).toEqual([
      swap.body.data.id,
    ]);
  });

  it("carries the old domain's forwarding to the replacement, unless a job forwarded the replacement during the swap", async () => {
    const created = await order(['fs-a.com', 'fs-b.com'], { forwarding_url: 'https://old.example.com' });
    await client.advance(31);
    const ids = Object.fromEntries(
      (await get(`/domains?user_id=${created.user_id}`)).map((row: { domain: string; id: string }) => [
        row.domain,
        row.id,
      ]),
    );
    const swapTo = (id: string, replacement: string) =>
      client.api('POST', '/swaps', {
        body: { type: 'standard', domain_id: id, replacement_domain: replacement },
      });
    await swapTo(ids['fs-a.com'], 'fs-a2.com');
    await swapTo(ids['fs-b.com'], 'fs-b2.com');
    // A job on one held replacement ends before its swap does (30 s against 10 + 30 s).
    const replacement = (await domainsByName())['fs-b2.com']!;
    await client.api('POST', '/domains/forwarding', {
      body: { domains: [replacement.id], forwarding_url: 'https://new.example.com' },
    });
    await client.advance(41);
    const forwarding = Object.fromEntries(
      (await get(`/domains?user_id=${created.user_id}`)).map(
        (row: { domain: string; forwarding_url: string }) => [row.domain, row.forwarding_url],
      ),
    );
    expect(forwarding).toEqual({
      'fs-a2.com': 'https://old.example.com',
      'fs-b2.com': 'https://new.example.com',
    });
  });

  it('refuses a replacement that is a subdomain or a bare public suffix, as orders do', async () => {
    const created = await order(['swap-root.com']);
    const [domain] = await get(`/domains?user_id=${created.user_id}`);
    const swap = (replacement: string) =>
      client.api('POST', '/swaps', {
        body: { type: 'standard', domain_id: domain.id, replacement_domain: replacement },
      });
    expect((await swap('mail.swap-root2.com')).body.error).toEqual({
      code: 'invalid_request',
      message:
        '`replacement_domain` "mail.swap-root2.com" looks like a subdomain, which cannot be registered on its own (its root is "swap-root2.com").',
      field: 'replacement_domain',
    });
    expect((await swap('com.au')).body.error).toMatchObject({
      code: 'invalid_request',
      field: 'replacement_domain',
    });
    // A subdomain first, whatever magic token it holds.
    expect((await swap('premium.swap-root3.com')).body.error).toMatchObject({
      code: 'invalid_request',
      field: 'replacement_domain',
    });
    expect(await get(`/swaps?domain_id=${domain.id}`)).toEqual([]);
    expect((await swap('swap-root2.com.au')).status).toBe(201);
  });

  it('refuses a dns-conflict replacement for a Google domain (the magic table), not for a Microsoft one', async () => {
    const created = await order(['dns-g.com', 'dns-m.com'], { google_licenses: 2, microsoft_licenses: 1 });
    const ids = Object.fromEntries(
      (await get(`/domains?user_id=${created.user_id}`)).map((d: DomainRow) => [d.domain, d.id]),
    );
    const swap = (id: string, replacement: string) =>
      client.api('POST', '/swaps', {
        body: { type: 'standard', domain_id: id, replacement_domain: replacement },
      });
    expect((await swap(ids['dns-g.com'], 'dns-conflict-g.com')).body.error).toEqual({
      code: 'domain_not_usable_for_provider',
      message: "dns-conflict-g.com can't host Google (DNS conflict).",
      field: 'replacement_domain',
    });
    expect((await swap(ids['dns-m.com'], 'dns-conflict-m.com')).status).toBe(201);
  });

  it('waits in action_required for a not-imported replacement until it is imported', async () => {
    const created = await order(['swap-wait.com']);
    const [domain] = await get(`/domains?user_id=${created.user_id}`);
    const swap = (
      await client.api('POST', '/swaps', {
        body: { type: 'standard', domain_id: domain.id, replacement_domain: 'swap-not-imported.com' },
      })
    ).body.data;
    await client.advance(10);
    expect((await get(`/swaps/${swap.id}`)).status).toBe('action_required');
    await client.api('POST', '/domains/import', { body: { domains: ['swap-not-imported.com'] } });
    await client.advance(30);
    expect((await get(`/swaps/${swap.id}`)).status).toBe('in_progress');
    await client.advance(30);
    expect((await get(`/swaps/${swap.id}`)).status).toBe('completed');
  });

  it('holds the replacement from the start: no other swap or order can claim it, a failed swap frees it', async () => {
    const first = await order(['hold-a.com'], { user: 'one@example.com' });
    const second = await order(['hold-b.com'], { user: 'two@example.com' });
    await client.advance(30);
    const [a] = await get(`/domains?user_id=${first.user_id}`);
    const [b] = await get(`/domains?user_id=${second.user_id}`);
    const swap = (replaced: { id: string }, replacement: string) =>
      client.api('POST', '/swaps', {
        body: { type: 'standard', domain_id: replaced.id, replacement_domain: replacement },
      });
    expect((await swap(a, 'shared-new.com')).status).toBe(201);
    const rival = await swap(b, 'shared-new.com');
    expect(rival.body.error).toEqual({
      code: 'domain_already_in_active_order',
      message: `shared-new.com is on order ${first.id}.`,
      field: 'replacement_domain',
      details: { domain: 'shared-new.com', order_id: first.id },
    });
    const third = await client.api('POST', '/orders', {
      body: sampleOrderBody(['shared-new.com'], { user: 'three@example.com' }),
    });
    expect(third.body.error).toMatchObject({
      code: 'domain_already_in_active_order',
      field: 'domains[0]',
      details: { domain: 'shared-new.com', order_id: first.id },
    });
    // A replacement whose swap fails goes back to inventory, free for anyone.
    const failing = await swap(b, 'fail-swap-new.com');
    expect(failing.status).toBe(201);
    await client.advance(40);
    expect((await get(`/swaps/${failing.body.data.id}`)).status).toBe('failed');
    const freed = await get('/domains?category=inventory&per_page=100');
    expect(freed.find((d: { domain: string }) => d.domain === 'fail-swap-new.com')).toMatchObject({
      status: 'available',
    });
    expect((await get(`/orders/${first.id}`)).domains.registered).toEqual(['shared-new.com']);
    expect((await get(`/orders/${second.id}`)).domains.registered).toEqual(['hold-b.com']);
  });

  it('refuses to swap a domain that is cancelling or swapped out, and cancelling fails open swaps', async () => {
    const names = ['keep-a.com', 'keep-b.com', 'keep-c.com'];
    const created = await order(names, { google_licenses: 0, microsoft_licenses: 3 });
    await client.advance(30);
    const ids = Object.fromEntries(
      (await get(`/domains?user_id=${created.user_id}`)).map((d: { domain: string; id: string }) => [
        d.domain,
        d.id,
      ]),
    );
    const swap = (domainId: string, replacement: string, type = 'standard') =>
      client.api('POST', '/swaps', { body: { type, domain_id: domainId, replacement_domain: replacement } });

    // A premium swap keeps the old domain warm, off the order's list: it can't be swapped again.
    expect((await swap(ids['keep-a.com'], 'keep-a2.com', 'premium')).status).toBe(201);
    await client.advance(40);
    const retired = await swap(ids['keep-a.com'], 'keep-a3.com');
    expect(retired.body.error).toEqual({
      code: 'invalid_request',
      message: `Domain keep-a.com is no longer one of order ${created.id}'s domains (a swapped-out domain kept warm, or a replacement still being swapped in).`,
      field: 'domain_id',
    });

    // A swap still running when its domain is cancelled fails, and its replacement is freed.
    const running = (await swap(ids['keep-b.com'], 'keep-b2.com')).body.data;
    await client.api('POST', `/orders/${created.id}/cancel`, { body: { domains: ['keep-b.com'] } });
    expect((await get(`/swaps/${running.id}`)).status).toBe('failed');
    const cancelling = await swap(ids['keep-b.com'], 'keep-b3.com');
    expect(cancelling.body.error).toEqual({
      code: 'invalid_request',
      message: `Domain keep-b.com is scheduled to cancel with order ${created.id}, so there is nothing to swap.`,
      field: 'domain_id',
    });
    const reorder = await client.api('POST', '/orders', {
      body: sampleOrderBody(['keep-b2.com'], { user: 'other@example.com' }),
    });
    expect(reorder.status).toBe(200);

    // Once the whole order is cancelling, none of its domains can be swapped.
    await client.api('POST', `/orders/${created.id}/cancel`);
    const whole = await swap(ids['keep-c.com'], 'keep-c2.com');
    expect(whole.body.error).toMatchObject({ code: 'invalid_request', field: 'domain_id' });
    await client.advance(3600);
    expect((await get(`/orders/${created.id}`)).status).toBe('cancelled');
    // Every domain goes back to inventory, the swapped-out one kept warm included; ordered anew,
    // it stays on the new order when its 14 warm days are over.
    expect(await get(`/domains?user_id=${created.user_id}`)).toEqual([]);
    const again = (await order(['keep-a.com'], { user: 'later@example.com' })) as { user_id: string };
    await client.advance(14 * 24 * 3600);
    expect((await get(`/domains?user_id=${again.user_id}`)).map((d: { domain: string }) => d.domain)).toEqual(
      ['keep-a.com'],
    );
  });

  it('refuses premium swaps of Google domains and premium replacements', async () => {
    const created = await order(['swap-g.com']);
    const [domain] = await get(`/domains?user_id=${created.user_id}`);
    const premium = await client.api('POST', '/swaps', {
      body: { type: 'premium', domain_id: domain.id, replacement_domain: 'ok-name.com' },
    });
    expect(premium.body.error).toMatchObject({ code: 'invalid_request', field: 'type' });
    const pricey = await client.api('POST', '/swaps', {
      body: { type: 'standard', domain_id: domain.id, replacement_domain: 'premium-words.com' },
    });
    expect(pricey.body.error).toMatchObject({
      code: 'premium_domain_not_supported',
      field: 'replacement_domain',
    });
    const unknown = await client.api('POST', '/swaps', {
      body: { type: 'standard', domain_id: 'dom_01J0000000000000000000000A', replacement_domain: 'x-y.com' },
    });
    expect(unknown.body.error).toMatchObject({ code: 'not_found', field: 'domain_id' });
  });

  it('stops counting a premium swap toward the quota once a whole-order cancel released its warm domain', async () => {
    const microsoftOrder = async (prefix: string) => {
      const names = [1, 2, 3, 4, 5].map((n) => `${prefix}-${n}.com`);
      const created = await order(names, {
        google_licenses: 0,
        microsoft_licenses: 5,
        user: `${prefix}@example.com`,
      });
      await client.advance(31);
      const first = (await domainsByName(`user_id=${created.user_id}`))[names[0]!]!;
      return { created, first };
    };
    const premium = (domainId: string, replacement: string) =>
      client.api('POST', '/swaps', {
        body: { type: 'premium', domain_id: domainId, replacement_domain: replacement },
      });
    const one = await microsoftOrder('pq-one');
    expect((await premium(one.first.id, 'pq-one-new.com')).status).toBe(201);
    await client.advance(41);
    await client.api('POST', `/orders/${one.created.id}/cancel`);
    await client.advance(3601);
    const two = await microsoftOrder('pq-two');
    const swap = await premium(two.first.id, 'pq-two-new.com');
    expect(swap.status, JSON.stringify(swap.body)).toBe(201);
  });

  it('holds premium swaps to the tier quota of Microsoft inboxes and a 30-day cooldown per domain', async () => {
    const names = ['ms-a.com', 'ms-b.com', 'ms-c.com', 'ms-d.com', 'ms-e.com'];
    const created = await order(names, { google_licenses: 0, microsoft_licenses: 5 });
    await client.advance(30);
    const byName = async () =>
      Object.fromEntries(
        (await get(`/domains?user_id=${created.user_id}`)).map((d: { domain: string; id: string }) => [
          d.domain,
          d.id,
        ]),
      );
    const ids = await byName();
    const premium = (domain: string, replacement: string) =>
      client.api('POST', '/swaps', {
        body: { type: 'premium', domain_id: domain, replacement_domain: replacement },
      });

    // Base tier: 20 % of 5 Microsoft inboxes, rounded up = 1 premium swap in its warm period.
    const first = await premium(ids['ms-a.com'], 'ms-a-fresh.com');
    expect(first.status).toBe(201);
    const over = await premium(ids['ms-b.com'], 'ms-b-fresh.com');
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({
      code: 'invalid_request',
      field: 'type',
      details: {
        account_tier: 'base',
        quota_percent: 20,
        microsoft_inboxes: 5,
        premium_swaps_warm: 1,
        premium_swap_limit: 1,
      },
    });
    // A higher tier raises the quota (VIP+: 60 % of 5 → 3).
    await client.control('PUT', '/config', { account_tier: 'vip_plus' });
    expect((await premium(ids['ms-b.com'], 'ms-b-fresh.com')).status).toBe(201);

    // The replacement of a premium swap waits 30 days from that swap before its own premium swap.
    await client.advance(40);
    const fresh = (await byName())['ms-a-fresh.com'];
    const cooling = await premium(fresh, 'ms-a-later.com');
    expect(cooling.status).toBe(400);
    const endsAt = new Date(Date.parse(first.body.data.created_at) + 30 * 24 * 3600 * 1000)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    expect(cooling.body.error).toMatchObject({
      code: 'invalid_request',
      field: 'domain_id',
      details: { cooldown_ends_at: endsAt },
    });
    // After the cooldown, the same domain can be premium-swapped again.
    await client.advance(30 * 24 * 3600);
    expect((await premium(fresh, 'ms-a-later.com')).status).toBe(201);
  });

  it("resolves the order's action on a domain a swap retired, and the order moves on", async () => {
    const created = await order(['sr-needs-ns.com', 'sr-b.com']);
    await client.advance(31);
    expect((await get(`/orders/${created.id}`)).status).toBe('action_required');
    const blocked = (await domainsByName(`user_id=${created.user_id}`))['sr-needs-ns.com']!;
    const swap = (
      await client.api('POST', '/swaps', {
        body: { type: 'standard', domain_id: blocked.id, replacement_domain: 'sr-r.com' },
      })
    ).body.data;
    await client.advance(41);
    expect((await get(`/swaps/${swap.id}`)).status).toBe('completed');
    const open = (await get(`/orders/pending?order_id=${created.id}`)).filter(
      (action: { status: string }) => action.status === 'open',
    );
    expect(open).toEqual([]);
    expect((await get(`/orders/${created.id}`)).status).toBe('in_progress');
    await client.advance(30);
    expect((await get(`/orders/${created.id}`)).status).toBe('completed');
  });

  it('refuses to rename the people behind a domain that is cancelling, as a domain swap does', async () => {
    const created = await order(['rn-a.com', 'rn-b.com', 'rn-c.com']);
    await client.advance(31);
    const ids = Object.fromEntries(
      (await get(`/domains?user_id=${created.user_id}`)).map((row: { domain: string; id: string }) => [
        row.domain,
        row.id,
      ]),
    );
    const rename = (domainId: string) =>
      client.api('POST', '/swaps/user_names', {
        body: {
          domain_id: domainId,
          personas: [{ first_name: 'A', last_name: 'B', profile_picture_url: '' }],
        },
      });
    await client.api('POST', `/orders/${created.id}/cancel`, { body: { domains: ['rn-a.com'] } });
    expect((await rename(ids['rn-a.com'])).body.error).toMatchObject({
      code: 'invalid_request',
      field: 'domain_id',
      message: `Domain rn-a.com is scheduled to cancel with order ${created.id}, so there is nothing to swap.`,
    });
    expect((await rename(ids['rn-b.com'])).status).toBe(201);
    await client.api('POST', `/orders/${created.id}/cancel`);
    expect((await rename(ids['rn-b.com'])).body.error).toMatchObject({
      code: 'invalid_request',
      field: 'domain_id',
    });
  });

  it('renames the people behind a Google domain: one user_names row per inbox', async () => {
    const created = await order(['names-a.com'], { google_inboxes_per_domain: 3 });
    const [domain] = await get(`/domains?user_id=${created.user_id}`);
    const response = await client.api('POST', '/swaps/user_names', {
      body: {
        domain_id: domain.id,
        personas: [{ first_name: 'Jane', last_name: 'Doe', profile_picture_url: '' }],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.data.swaps).toHaveLength(3);
    expect(response.body.data.swaps[0]).toMatchObject({
      type: 'user_names',
      replacement_domain: null,
      status: 'created',
    });
  });

  it("answers one user_names row per inbox on a custom order's last Google domain, which carries what is left", async () => {
    // 5 licenses at 3 per domain: 3 inboxes, then 2; one on a Microsoft domain.
    const created = await order(['left-a.com', 'left-b.com', 'left-m.com'], {
      google_licenses: 5,
      google_inboxes_per_domain: 3,
      microsoft_licenses: 1,
    });
    const rows = async (name: string) => {
      const domain = (await domainsByName(`user_id=${created.user_id}`))[name]!;
      const response = await client.api('POST', '/swaps/user_names', {
        body: {
          domain_id: domain.id,
          personas: [{ first_name: 'Jane', last_name: 'Doe', profile_picture_url: '' }],
        },
      });
      return response.body.data.swaps.length;
    };
    expect([await rows('left-a.com'), await rows('left-b.com'), await rows('left-m.com')]).toEqual([3, 2, 1]);
  });
});
