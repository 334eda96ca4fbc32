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

const create = async (domains: string[], overrides = {}) =>
  (await client.api('POST', '/orders', { body: sampleOrderBody(domains, overrides) })).body.data;
const status = async (id: string) => (await client.api('GET', `/orders/${id}`)).body.data.status;
const pending = async (query = '') => (await client.api('GET', `/orders/pending${query}`)).body.data;

describe('pending actions', () => {
  it('blocks a needs-ns order with update_nameservers until 10 emulated minutes have passed', async () => {
    const order = await create(['ok-domain.com', 'acme-needs-ns.com']);
    expect(await pending()).toEqual([]);
    await client.advance(30);
    expect(await status(order.id)).toBe('action_required');
    const [action] = await pending();
    const domains = (await client.api('GET', `/domains?user_id=${order.user_id}`)).body.data;
    const blocked = domains.find((d: { domain: string }) => d.domain === 'acme-needs-ns.com');
    expect(blocked.status).toBe('action_required');
    expect(action).toEqual({
      id: expect.stringMatching(/^act_[0-9A-HJKMNP-TV-Z]{26}$/),
      type: 'nameservers',
      reason: 'update_nameservers',
      status: 'open',
      order_id: order.id,
      domain_id: blocked.id,
      domain: 'acme-needs-ns.com',
      user: null,
      message:
        "The customer hasn't pointed the nameservers of acme-needs-ns.com at the registrar Peeker requested. Send them the nameserver_groups from GET /domains/import/{id}.",
      created_at: expect.any(String),
      resolved_at: null,
    });
    await client.advance(600 - 30 - 1);
    expect(await status(order.id)).toBe('action_required');
    await client.advance(1);
    expect(await status(order.id)).toBe('in_progress');
    expect(await pending()).toEqual([]);
    expect((await pending('?status=resolved')).map((a: { id: string }) => a.id)).toEqual([action.id]);
    await client.advance(30);
    expect(await status(order.id)).toBe('completed');
  });

  it('lets the control API resolve an action so the flow completes', async () => {
    const order = await create(['now-needs-ns.com']);
    await client.advance(30);
    const [action] = await pending(`?order_id=${order.id}`);
    const resolved = await client.control('POST', `/pending/${action.id}/resolve`);
    expect(resolved.body.data).toMatchObject({ id: action.id, status: 'resolved' });
    expect(await status(order.id)).toBe('in_progress');
    await client.advance(30);
    expect(await status(order.id)).toBe('completed');
  });

  describe('replace_domain: open until the swap that replaces the domain completes', () => {
    /** Records webhooks (to a port nobody listens on: each event is one delivery, retried). */
    const recordWebhooks = () =>
      client.control('PUT', '/config', { webhook_url: 'http://127.0.0.1:9/hooks', webhook_secret: 's' });
    /** Every event so far as `type resource`, the resource being a domain name, `order` or `swap`. */
    const events = async () =>
      (await client.control('GET', '/webhooks/deliveries')).body.data.map(
        (d: { type: string; body: { data: { domain?: string } } }) =>
          `${d.type} ${d.body.data.domain ?? d.type.split('.')[0]}`,
      );
    const swapTo = async (domainId: string, replacement: string) =>
      (
        await client.api('POST', '/swaps', {
          body: { type: 'standard', domain_id: domainId, replacement_domain: replacement },
        })
      ).body.data;
    const domainsOf = async (userId: string) =>
      (await client.api('GET', `/domains?user_id=${userId}`)).body.data
        .map((d: { domain: string; status: string }) => `${d.domain} ${d.status}`)
        .sort();

    it('keeps the order blocked while the swap runs; it completes once the replacement is on it', async () => {
      await recordWebhooks();
      const order = await create(['replace-me-now.com', 'ok-now.com']);
      await client.advance(30);
      const [action] = await pending();
      expect(action).toMatchObject({
        type: 'domain_replacement',
        reason: 'replace_domain',
        domain: 'replace-me-now.com',
        status: 'open',
      });
      const swap = await swapTo(action.domain_id, 'replacement-ok.com');
      expect(swap.status).toBe('created');
      // Creating the swap resolves nothing: the domain is still unusable.
      expect((await pending()).map((a: { id: string }) => a.id)).toEqual([action.id]);
      expect(await status(order.id)).toBe('action_required');
      await client.advance(10);
      expect((await client.api('GET', `/swaps/${swap.id}`)).body.data.status).toBe('in_progress');
      expect(await status(order.id)).toBe('action_required');
      await client.advance(30);
      expect((await client.api('GET', `/swaps/${swap.id}`)).body.data.status).toBe('completed');
      expect(await pending()).toEqual([]);
      const [resolved] = await pending('?status=resolved');
      // Resolved when the swap completed: 10 s to start, 30 s to finish after the action opened.
      expect(resolved).toMatchObject({
        id: action.id,
        resolved_at: new Date(Date.parse(action.created_at) + 40_000).toISOString().replace('.000Z', 'Z'),
      });
      expect(await status(order.id)).toBe('in_progress');
      expect(await domainsOf(order.user_id)).toEqual([
        'ok-now.com in_progress',
        'replacement-ok.com in_progress',
      ]);
      await client.advance(30);
      const detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
      expect(detail).toMatchObject({
        status: 'completed',
        domains: { registered: ['replacement-ok.com', 'ok-now.com'], imported: [] },
      });
      expect(await domainsOf(order.user_id)).toEqual(['ok-now.com active', 'replacement-ok.com active']);
      // The domain that can't be provisioned never connects; the replacement connects before
      // order.completed, with the order's other domains.
      expect(await events()).toEqual([
        'order.in_progress order',
        'domain.action_required replace-me-now.com',
        'order.action_required order',
        'swap.created swap',
        'swap.in_progress swap',
        'swap.completed swap',
        'order.in_progress order',
        'domain.connected replacement-ok.com',
        'domain.connected ok-now.com',
        'order.completed order',
      ]);
    });

    it('leaves the action open and the order blocked when the swap fails; another swap resolves it', async () => {
      await recordWebhooks();
      const order = await create(['replace-me-2.com', 'ok-three.com']);
      await client.advance(30);
      const [action] = await pending();
      const failing = await swapTo(action.domain_id, 'fail-repl.com');
      await client.advance(40);
      expect((await client.api('GET', `/swaps/${failing.id}`)).body.data.status).toBe('failed');
      expect((await pending()).map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
        [action.id, 'open'],
      ]);
      await client.advance(3600);
      expect(await status(order.id)).toBe('action_required');
      expect(await domainsOf(order.user_id)).toEqual([
        'ok-three.com in_progress',
        'replace-me-2.com action_required',
      ]);
      // The swap failed: the domain is still on the order, and may be swapped again.
      const retry = await swapTo(action.domain_id, 'fresh-repl.com');
      await client.advance(40);
      expect((await client.api('GET', `/swaps/${retry.id}`)).body.data.status).toBe('completed');
      expect(await status(order.id)).toBe('in_progress');
      await client.advance(30);
      expect((await client.api('GET', `/orders/${order.id}`)).body.data).toMatchObject({
        status: 'completed',
        domains: { registered: ['fresh-repl.com', 'ok-three.com'] },
      });
      expect(await events()).toEqual([
        'order.in_progress order',
        'domain.action_required replace-me-2.com',
        'order.action_required order',
        'swap.created swap',
        'swap.in_progress swap',
        'swap.failed swap',
        'swap.created swap',
        'swap.in_progress swap',
        'swap.completed swap',
        'order.in_progress order',
        'domain.connected fresh-repl.com',
        'domain.connected ok-three.com',
        'order.completed order',
      ]);
    });

    it('keeps the order blocked while the swap waits for its replacement to be imported', async () => {
      const order = await create(['replace-me-wait.com']);
      await client.advance(30);
      const [action] = await pending();
      const swap = await swapTo(action.domain_id, 'repl-not-imported.com');
      await client.advance(10);
      expect((await client.api('GET', `/swaps/${swap.id}`)).body.data.status).toBe('action_required');
      await client.advance(600);
      expect(await status(order.id)).toBe('action_required');
      expect((await pending()).map((a: { id: string }) => a.id)).toEqual([action.id]);
      await client.api('POST', '/domains/import', { body: { domains: ['repl-not-imported.com'] } });
      await client.advance(30 + 30);
      expect((await client.api('GET', `/swaps/${swap.id}`)).body.data.status).toBe('completed');
      expect(await status(order.id)).toBe('in_progress');
      await client.advance(30);
      expect((await client.api('GET', `/orders/${order.id}`)).body.data).toMatchObject({
        status: 'completed',
        domains: { registered: [], imported: ['repl-not-imported.com'] },
      });
    });
  });

  it('raises profile_picture_not_accessible for a persona picture that is not public (here localhost)', async () => {
    const persona = { first_name: 'Sam', last_name: 'Lee', profile_picture_url: 'http://localhost/sam.jpg' };
    const order = await create(['picture-a.com'], { personas: [persona] });
    await client.advance(30);
    expect(await status(order.id)).toBe('action_required');
    const [action] = await pending();
    expect(action).toMatchObject({
      type: 'google_profile_picture',
      reason: 'profile_picture_not_accessible',
      domain: 'picture-a.com',
      user: persona,
      message: 'The profile picture URL must be a publicly accessible image URL.',
    });
    // The documented fix is a corrected order; the blocked one stays blocked.
    await client.advance(3600);
    expect(await status(order.id)).toBe('action_required');
  });

  it('accepts public https pictures and empty ones without an action', async () => {
    const personas = [
      { first_name: 'A', last_name: 'B', profile_picture_url: 'https://cdn.acme.com/a.jpg' },
      { first_name: 'C', last_name: 'D', profile_picture_url: '' },
    ];
    const order = await create(['picture-ok.com'], { personas });
    await client.advance(30);
    expect(await status(order.id)).toBe('completed');
  });

  describe('profile_picture_not_accessible on a user-name swap (the user-name swaps guide)', () => {
    const jordan = { first_name: 'Jordan', last_name: 'Pham', profile_picture_url: 'http://localhost/j.jpg' };
    const riley = { first_name: 'Riley', last_name: 'Wu', profile_picture_url: 'https://cdn.acme.com/r.jpg' };
    /** A completed order's one Google domain, with webhooks recorded (to a port nobody listens on). */
    const connectedDomain = async (name: string) => {
      const order = await create([name]);
      await client.advance(30);
      const [domain] = (await client.api('GET', `/domains?user_id=${order.user_id}`)).body.data;
      await client.control('PUT', '/config', {
        webhook_url: 'http://127.0.0.1:9/hooks',
        webhook_secret: 's',
      });
      return { order, domain };
    };
    const swapsOf = async (domainId: string) =>
      (await client.api('GET', `/swaps?domain_id=${domainId}`)).body.data.map(
        (s: { status: string }) => s.status,
      );
    const swapEvents = async () =>
      (await client.control('GET', '/webhooks/deliveries')).body.data
        .filter((d: { type: string }) => d.type.startsWith('swap.'))
        .map((d: { type: string; body: { data: { id: string } } }) => [d.type, d.body.data.id]);

    it('holds every row at action_required with one action per bad picture, listed under the order', async () => {
      const { order, domain } = await connectedDomain('names-pic.com');
      const created = await client.api('POST', '/swaps/user_names', {
        body: { domain_id: domain.id, personas: [jordan, riley] },
      });
      expect(created.status).toBe(201);
      const ids = created.body.data.swaps.map((s: { id: string }) => s.id);
      expect(created.body.data.swaps.map((s: { status: string }) => s.status)).toEqual([
        'created',
        'created',
      ]);
      expect(await pending()).toEqual([]);
      await client.advance(10);
      expect(await swapsOf(domain.id)).toEqual(['action_required', 'action_required']);
      expect(await swapEvents()).toEqual([
        ['swap.created', ids[0]],
        ['swap.created', ids[1]],
        ['swap.action_required', ids[0]],
        ['swap.action_required', ids[1]],
      ]);
      expect(await pending()).toEqual([
        {
          id: expect.stringMatching(/^act_[0-9A-HJKMNP-TV-Z]{26}$/),
          type: 'google_profile_picture',
          reason: 'profile_picture_not_accessible',
          status: 'open',
          order_id: order.id,
          domain_id: domain.id,
          domain: 'names-pic.com',
          user: jordan,
          message: 'The profile picture URL must be a publicly accessible image URL.',
          created_at: expect.any(String),
          resolved_at: null,
        },
      ]);
      // The swap's action does not block its (completed) order, and nothing clears it by itself.
      await client.advance(3600);
      expect(await status(order.id)).toBe('completed');
      expect(await swapsOf(domain.id)).toEqual(['action_required', 'action_required']);
    });

    it('lets the control API resolve the action: every row goes on and completes', async () => {
      const { domain } = await connectedDomain('names-fix.com');
      await client.api('POST', '/swaps/user_names', {
        body: {
          domain_id: domain.id,
          users: [{ first_name: 'Jordan', last_name: 'Pham', profile_picture_url: 'https://10.0.0.7/j.jpg' }],
        },
      });
      await client.advance(10);
      const [action] = await pending();
      expect(action.user.profile_picture_url).toBe('https://10.0.0.7/j.jpg');
      const all = (await client.control('GET', '/pending')).body.data;
      expect(all.find((a: { id: string }) => a.id === action.id).swap_ids).toHaveLength(2);
      await client.control('POST', `/pending/${action.id}/resolve`);
      expect(await swapsOf(domain.id)).toEqual(['in_progress', 'in_progress']);
      await client.advance(30);
      expect(await swapsOf(domain.id)).toEqual(['completed', 'completed']);
      expect((await swapEvents()).map(([type]: string[]) => type)).toEqual([
        'swap.created',
        'swap.created',
        'swap.action_required',
        'swap.action_required',
        'swap.in_progress',
        'swap.in_progress',
        'swap.completed',
        'swap.completed',
      ]);
    });

    it('refuses personas sent with the deprecated users, as orders do, and creates no row', async () => {
      const { domain } = await connectedDomain('names-both.com');
      const both = await client.api('POST', '/swaps/user_names', {
        body: { domain_id: domain.id, personas: [{ ...jordan, profile_picture_url: '' }], users: [jordan] },
      });
      expect([both.status, both.body.error]).toEqual([
        400,
        {
          code: 'invalid_request',
          message: 'Send `personas` or the deprecated `users`, not both: remove `users` or `personas`.',
          field: 'users',
        },
      ]);
      expect(await swapsOf(domain.id)).toEqual([]);
    });

    it('does not hold back an order still being provisioned', async () => {
      const order = await create(['names-early.com']);
      const [domain] = (await client.api('GET', `/domains?user_id=${order.user_id}`)).body.data;
      await client.api('POST', '/swaps/user_names', { body: { domain_id: domain.id, personas: [jordan] } });
      await client.advance(30);
      expect(await swapsOf(domain.id)).toEqual(['action_required', 'action_required']);
      expect(await status(order.id)).toBe('completed');
    });

    it('completes a swap whose pictures are public or empty', async () => {
      const { domain } = await connectedDomain('names-ok.com');
      await client.api('POST', '/swaps/user_names', {
        body: { domain_id: domain.id, personas: [riley, { ...jordan, profile_picture_url: '' }] },
      });
      await client.advance(40);
      expect(await swapsOf(domain.id)).toEqual(['completed', 'completed']);
      expect(await pending()).toEqual([]);
    });
  });

  it('raises nothing for a plain-http picture on a public host (the docs never say http is refused)', async () => {
    const persona = {
      first_name: 'Sam',
      last_name: 'Lee',
      profile_picture_url: 'http://cdn.acme.com/sam.jpg',
    };
    const order = await create(['picture-http.com'], { personas: [persona] });
    const [domain] = (await client.api('GET', `/domains?user_id=${order.user_id}`)).body.data;
    await client.api('POST', '/swaps/user_names', { body: { domain_id: domain.id, personas: [persona] } });
    await client.advance(40);
    expect(await status(order.id)).toBe('completed');
    expect(
      (await client.api('GET', `/swaps?domain_id=${domain.id}`)).body.data.map(
        (s: { status: string }) => s.status,
      ),
    ).toEqual(['completed', 'completed']);
    expect(await pending('?status=open')).toEqual([]);
  });

  it('filters by order, customer, domain and status', async () => {
    const a = await create(['filter-needs-ns.com']);
    const b = await create(['other-needs-ns.com'], { user: 'other@example.com' });
    await client.advance(30);
    expect((await pending()).map((x: { order_id: string }) => x.order_id)).toEqual([b.id, a.id]);
    expect((await pending(`?order_id=${a.id}`)).map((x: { order_id: string }) => x.order_id)).toEqual([a.id]);
    expect((await pending('?user=other@example.com')).map((x: { order_id: string }) => x.order_id)).toEqual([
      b.id,
    ]);
    expect((await pending(`?user=${a.user_id}`)).map((x: { order_id: string }) => x.order_id)).toEqual([
      a.id,
    ]);
    const [first] = await pending(`?order_id=${a.id}`);
    expect((await pending(`?domain_id=${first.domain_id}`)).map((x: { id: string }) => x.id)).toEqual([
      first.id,
    ]);
    expect(await pending('?status=resolved')).toEqual([]);
  });

  it('walks with a page_token whether status=open (the default) is sent or left out', async () => {
    for (const domain of ['walk-1-needs-ns.com', 'walk-2-needs-ns.com', 'walk-3-needs-ns.com'])
      await create([domain]);
    await client.advance(30);
    const all = (await pending()).map((x: { id: string }) => x.id);
    expect(all).toHaveLength(3);
    for (const [first, then] of [
      ['?per_page=2', '?status=open&per_page=2'],
      ['?status=open&per_page=2', '?per_page=2'],
    ]) {
      const page = (await client.api('GET', `/orders/pending${first}`)).body;
      expect(page.links.first).toBe(`${emulator.baseUrl}/orders/pending?per_page=2`);
      const token = new URL(page.links.next).searchParams.get('page_token');
      const next = await client.api('GET', `/orders/pending${then}&page_token=${token}`);
      expect(next.status).toBe(200);
      expect(next.body.data.map((x: { id: string }) => x.id)).toEqual([all[2]]);
    }
    // Another status is still another walk.
    const token = new URL(
      (await client.api('GET', '/orders/pending?per_page=2')).body.links.next,
    ).searchParams.get('page_token');
    const resolved = await client.api(
      'GET',
      `/orders/pending?status=resolved&per_page=2&page_token=${token}`,
    );
    expect(resolved.body.error).toEqual({
      code: 'invalid_request',
      message:
        'page_token was issued for per_page=2, not status=resolved&per_page=2. ' +
        'Send it with the filters and per_page it was issued for (links.next carries them), or restart from links.first.',
      field: 'page_token',
    });
  });

  it('resolves an import blocked on nameservers through the control API', async () => {
    const imported = (
      await client.api('POST', '/domains/import', { body: { domains: ['imp-needs-ns.com'] } })
    ).body.data;
    await client.advance(30);
    expect((await client.api('GET', `/domains/import/${imported.id}`)).body.data.status).toBe(
      'action_required',
    );
    // Import actions are not order actions: they are not in GET /orders/pending, but the control API lists them.
    expect(await pending()).toEqual([]);
    const all = (await client.control('GET', '/pending')).body.data;
    const action = all.find((x: { import_id?: string }) => x.import_id === imported.id);
    await client.control('POST', `/pending/${action.id}/resolve`);
    expect((await client.api('GET', `/domains/import/${imported.id}`)).body.data.status).toBe('completed');
  });
});
