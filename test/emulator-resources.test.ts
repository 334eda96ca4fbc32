import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import { sampleBundleOrderBody, sampleOrderBody } from '../emulator/fixtures';
import { checkBody } from '../lint';

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, seed: 5, clock: 'frozen' });
  client = new EmulatorClient(emulator);
});
afterEach(() => emulator.close());

describe('bundles', () => {
  it('computes required_domains with the §12 heuristic (both documented examples)', async () => {
    const starter = await client.api('POST', '/bundles', {
      body: { name: 'Starter — 25k emails/month', monthly_sending_volume: 25000 },
    });
    expect(starter.status).toBe(201);
    expect(starter.body.data).toMatchObject({
      google_percent: null,
      microsoft_percent: null,
      send_on_weekends: false,
      google_inboxes_per_domain: 2,
      status: 'active',
      effective: { google_percent: 50, microsoft_percent: 50 },
      required_domains: { google: 15, microsoft: 4, total: 19 },
    });
    const growth = await client.api('POST', '/bundles', {
      body: { name: 'Growth', monthly_sending_volume: 100000, google_percent: 70, microsoft_percent: 30 },
    });
    expect(growth.body.data.required_domains).toEqual({ google: 80, microsoft: 10, total: 90 });
  });

  it('updates, recomputes, archives a used bundle and deletes an unused one', async () => {
    const bundle = (
      await client.api('POST', '/bundles', { body: { name: 'B', monthly_sending_volume: 25000 } })
    ).body.data;
    const patched = await client.api('PATCH', `/bundles/${bundle.id}`, { body: { send_on_weekends: true } });
    expect(patched.body.data.required_domains).toEqual({ google: 11, microsoft: 3, total: 14 });
    const domains = Array.from({ length: 14 }, (_, i) => `bundle-${i}.com`);
    expect(
      (await client.api('POST', '/orders', { body: sampleBundleOrderBody(bundle.id, domains) })).status,
    ).toBe(200);
    expect((await client.api('DELETE', `/bundles/${bundle.id}`)).body).toEqual({
      data: { id: bundle.id, status: 'archived' },
    });
    expect((await client.api('GET', `/bundles/${bundle.id}`)).body.data.status).toBe('archived');
    const unused = (
      await client.api('POST', '/bundles', { body: { name: 'U', monthly_sending_volume: 1000 } })
    ).body.data;
    expect((await client.api('DELETE', `/bundles/${unused.id}`)).body).toEqual({
      data: { id: unused.id, status: 'deleted' },
    });
    expect((await client.api('GET', `/bundles/${unused.id}`)).status).toBe(404);
  });

  it('accepts the older display price (customer_price_cents, currency) on update as on create, and keeps none', async () => {
    const older = { customer_price_cents: 9900, currency: 'USD' };
    const created = await client.api('POST', '/bundles', {
      body: { name: 'Old', monthly_sending_volume: 1000, ...older },
    });
    expect(created.status).toBe(201);
    const patched = await client.api('PATCH', `/bundles/${created.body.data.id}`, {
      body: { ...older, customer_price_cents: 200, name: 'Older' },
    });
    expect([patched.status, patched.body.data.name]).toEqual([200, 'Older']);
    expect(patched.body.data).not.toHaveProperty('customer_price_cents');
    expect(patched.body.data).not.toHaveProperty('currency');
  });

  it('refuses percents that do not add up to 100', async () => {
    const response = await client.api('POST', '/bundles', {
      body: { name: 'B', monthly_sending_volume: 1000, google_percent: 60, microsoft_percent: 30 },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_request');
    expect(response.body.error.field).toMatch(/percent/);
  });
});

describe('users', () => {
  it('creates, lists by email, updates and soft-deletes customers; emails are unique', async () => {
    const body = {
      email: 'casey@example.com',
      first_name: 'Casey',
      sequencer: { provider: 'smartlead', client_id: 366903 },
    };
    const created = await client.api('POST', '/users', { body });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      email: 'casey@example.com',
      first_name: 'Casey',
      last_name: null,
      status: 'active',
    });
    const duplicate = await client.api('POST', '/users', { body: { ...body, email: 'CASEY@example.com' } });
    expect(duplicate.body.error).toMatchObject({ code: 'invalid_request', field: 'email' });
    const listed = await client.api('GET', '/users?email=casey@example.com');
    expect(listed.body.data.map((u: { id: string }) => u.id)).toEqual([created.body.data.id]);
    const patched = await client.api('PATCH', `/users/${created.body.data.id}`, {
      body: { last_name: 'Doe' },
    });
    expect(patched.body.data.last_name).toBe('Doe');
    const deleted = await client.api('DELETE', `/users/${created.body.data.id}`);
    expect(deleted.body.data.status).toBe('deleted');
    expect((await client.api('GET', '/users?status=deleted')).body.data).toHaveLength(1);
    const order = await client.api('POST', '/orders', {
      body: sampleOrderBody(['u-a.com'], { user: created.body.data.id }),
    });
    expect(order.body.error).toMatchObject({ code: 'not_found', field: 'user' });
  });

  it("changes an active customer's email, freeing the old one", async () => {
    const sequencer = { provider: 'smartlead', client_id: 1 };
    const created = await client.api('POST', '/users', { body: { email: 'old@example.com', sequencer } });
    const id = created.body.data.id;
    const patched = await client.api('PATCH', `/users/${id}`, { body: { email: 'new@example.com' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({ data: { ...created.body.data, email: 'new@example.com' } });
    const listed = await client.api('GET', '/users?email=new@example.com');
    expect(listed.body.data.map((u: { id: string }) => u.id)).toEqual([id]);
    const reused = await client.api('POST', '/users', { body: { email: 'old@example.com', sequencer } });
    expect(reused.status).toBe(201);
  });

  it("lists a customer's orders and domains by its current email after the email changes", async () => {
    const sequencer = { provider: 'smartlead', client_id: 1 };
    const id = (await client.api('POST', '/users', { body: { email: 'cust@example.com', sequencer } })).body
      .data.id;
    const order = (
      await client.api('POST', '/orders', {
        body: sampleOrderBody(['usr-1.com'], { user: 'cust@example.com' }),
      })
    ).body.data;
    await client.api('PATCH', `/users/${id}`, { body: { email: 'New@Example.com' } });
    const listed = async (path: string) =>
      (await client.api('GET', path)).body.data.map((row: { id: string }) => row.id);
    const domainIds = await listed(`/domains?user_id=${id}`);
    expect(domainIds).toHaveLength(1);
    for (const email of ['new@example.com', 'NEW@example.com']) {
      expect(await listed(`/orders?user_email=${email}`)).toEqual([order.id]);
      expect(await listed(`/domains?user_email=${email}`)).toEqual(domainIds);
    }
    // The old email is no longer the customer's: neither list matches it.
    expect(await listed('/orders?user_email=cust@example.com')).toEqual([]);
    expect(await listed('/domains?user_email=cust@example.com')).toEqual([]);
    // Once a new customer takes the old email, it lists that customer's orders only.
    const other = (
      await client.api('POST', '/orders', {
        body: sampleOrderBody(['usr-2.com'], { user: 'cust@example.com' }),
      })
    ).body.data;
    expect(other.user_id).not.toBe(id);
    expect(await listed('/orders?user_email=cust@example.com')).toEqual([other.id]);
  });

  it('keeps a deleted customer readable, refuses to change it, and deletes it again harmlessly', async () => {
    const created = await client.api('POST', '/users', {
      body: { email: 'gone@example.com', sequencer: { provider: 'smartlead', client_id: 1 } },
    });
    const id = created.body.data.id;
    const gone = { data: { ...created.body.data, status: 'deleted' } };
    const deleted = await client.api('DELETE', `/users/${id}`);
    expect([deleted.status, deleted.body]).toEqual([200, gone]);
    for (const body of [{ email: 'new@example.com' }, { first_name: 'Casey' }]) {
      const patched = await client.api('PATCH', `/users/${id}`, { body });
      expect(patched.status).toBe(404);
      expect(patched.body).toEqual({
        error: {
          code: 'not_found',
          message: `Customer ${id} was deleted; a deleted customer can't be changed.`,
          field: 'id',
        },
      });
    }
    const read = await client.api('GET', `/users/${id}`);
    expect([read.status, read.body]).toEqual([200, gone]);
    const again = await client.api('DELETE', `/users/${id}`);
    expect([again.status, again.body]).toEqual([200, gone]);
    expect((await client.api('GET', '/users?email=new@example.com')).body.data).toEqual([]);
  });
});

describe('domains', () => {
  it('starts with 40 seeded inventory domains, the same for the same seed', async () => {
    const page = await client.api('GET', '/domains?per_page=100');
    expect(page.body.data).toHaveLength(40);
    expect(page.body.data[0]).toEqual({
      id: expect.stringMatching(/^dom_[0-9A-HJKMNP-TV-Z]{26}$/),
      domain: expect.stringMatching(/^[a-z]+-[a-z]+-\d+\.[a-z]+$/),
      category: 'inventory',
      status: 'available',
      usable_for: ['google', 'microsoft'],
      created_at: '2026-01-01T00:00:00Z',
    });
    const twin = await startEmulator({ port: 0, seed: 5 });
    try {
      const again = await new EmulatorClient(twin).api('GET', '/domains?per_page=100');
      expect(again.body.data).toEqual(page.body.data);
      expect(twin.apiKey).toBe(emulator.apiKey);
    } finally {
      await twin.close();
    }
  });

  it('filters by category, usable_for and customer', async () => {
    const order = (await client.api('POST', '/orders', { body: sampleOrderBody(['filter-a.com']) })).body
      .data;
    const connected = await client.api('GET', '/domains?category=connected');
    expect(connected.body.data.map((d: { domain: string }) => d.domain)).toEqual(['filter-a.com']);
    expect(connected.body.data[0]).toMatchObject({
      provider: 'google',
      user_id: order.user_id,
      order_id: order.id,
      forwarding_url: null,
    });
    expect((await client.api('GET', '/domains?user_email=client@example.com')).body.data).toHaveLength(1);
    expect((await client.api('GET', '/domains?usable_for=microsoft&per_page=100')).body.data).toHaveLength(
      41,
    );
  });

  it('answers availability with magic values', async () => {
    await client.api('POST', '/orders', { body: sampleOrderBody(['already-mine.com']) });
    const response = await client.api('POST', '/domains/availability', {
      body: {
        domains: [
          'fresh-acme.com',
          'team-taken.com',
          'premium-domain.com',
          'dns-conflict-x.com',
          'already-mine.com',
        ],
      },
    });
    expect(response.body.data.domains).toEqual([
      {
        domain: 'fresh-acme.com',
        available: true,
        price_cents: 1300,
        renewal_price_cents: 1500,
        currency: 'usd',
        usable_for: ['google', 'microsoft'],
        premium: false,
      },
      { domain: 'team-taken.com', available: false, premium: false, reason: 'taken' },
      { domain: 'premium-domain.com', available: false, premium: true, reason: 'premium' },
      {
        domain: 'dns-conflict-x.com',
        available: true,
        price_cents: 1300,
        renewal_price_cents: 1500,
        currency: 'usd',
        usable_for: ['microsoft'],
        premium: false,
      },
      { domain: 'already-mine.com', available: false, premium: false, reason: 'taken' },
    ]);
  });

  it('does not offer a not-imported name, which an order refuses as registered elsewhere', async () => {
    const response = await client.api('POST', '/domains/availability', {
      body: { domains: ['not-imported-q.com', 'Premium-Not-Imported.com'] },
    });
    expect(response.body.data.domains).toEqual([
      { domain: 'not-imported-q.com', available: false, premium: false, reason: 'taken' },
      { domain: 'premium-not-imported.com', available: false, premium: true, reason: 'premium' },
    ]);
    const order = await client.api('POST', '/orders', { body: sampleOrderBody(['not-imported-q.com']) });
    expect([order.status, order.body.error.code]).toEqual([400, 'domain_not_imported']);
  });

  it('answers a malformed or non-root candidate as its own reason "invalid" row, without a price', async () => {
    const available = (domain: string) => ({
      domain,
      available: true,
      price_cents: 1300,
      renewal_price_cents: 1500,
      currency: 'usd',
      usable_for: ['google', 'microsoft'],
      premium: false,
    });
    const invalid = (domain: string) => ({ domain, available: false, premium: false, reason: 'invalid' });
    const response = await client.api('POST', '/domains/availability', {
      body: {
        domains: [
          'acme-fresh.com',
          'acme_mail.com',
          'mail.acme-fresh.com',
          'foo.invalid-tld-zz',
          ' spaced.com ',
          'https://acme.com/x',
          '',
          'Acme-Fresh.com.',
          'acme-fresh.co.uk',
          'mail.acme-fresh.co.uk',
          'acme_mail.com',
        ],
      },
    });
    expect(response.status).toBe(200);
    // One row per entry, in request order, repeats included; an invalid row echoes the entry as sent.
    expect(response.body.data.domains).toEqual([
      available('acme-fresh.com'),
      invalid('acme_mail.com'),
      invalid('mail.acme-fresh.com'),
      invalid('foo.invalid-tld-zz'),
      invalid(' spaced.com '),
      invalid('https://acme.com/x'),
      invalid(''),
      available('acme-fresh.com'),
      available('acme-fresh.co.uk'),
      invalid('mail.acme-fresh.co.uk'),
      invalid('acme_mail.com'),
    ]);
  });

  it('answers a repeated domain with a row for each entry, as the linter’s duplicate_domain says', async () => {
    const response = await client.api('POST', '/domains/availability', {
      body: { domains: ['q1-new.com', 'Q1-new.com'] },
    });
    expect(response.body.data.domains.map((row: { domain: string }) => row.domain)).toEqual([
      'q1-new.com',
      'q1-new.com',
    ]);
  });

  it('answers a bare public suffix (co.uk, com.au) as invalid, fails its import, as the linter warns', async () => {
    const names = ['co.uk', 'com.au', 'acme-suffix.co.uk'];
    const rows = (await client.api('POST', '/domains/availability', { body: { domains: names } })).body.data
      .domains;
    expect(
      rows.map((row: { domain: string; available: boolean; reason?: string }) => [
        row.domain,
        row.available,
        row.reason,
      ]),
    ).toEqual([
      ['co.uk', false, 'invalid'],
      ['com.au', false, 'invalid'],
      ['acme-suffix.co.uk', true, undefined],
    ]);
    expect(rows[0]).toEqual({ domain: 'co.uk', available: false, premium: false, reason: 'invalid' });
    const imported = (await client.api('POST', '/domains/import', { body: { domains: names } })).body.data
      .domains;
    expect(
      imported.map((row: { domain: string; status: string; reason?: string }) => [
        row.domain,
        row.status,
        row.reason,
      ]),
    ).toEqual([
      ['co.uk', 'failed', 'not_root_domain'],
      ['com.au', 'failed', 'not_root_domain'],
      ['acme-suffix.co.uk', 'in_progress', undefined],
    ]);
    expect(checkBody('POST /domains/availability', { domains: names }).map((v) => [v.code, v.field])).toEqual(
      [
        ['availability_invalid', 'domains[0]'],
        ['availability_invalid', 'domains[1]'],
      ],
    );
  });

  it('draws the root-domain line where imports do (not_root_domain) and the linter does', async () => {
    const names = ['mail.acme-root.com', 'acme-root.co.uk', 'acme-root.com.sg', 'x.acme-root.com.sg'];
    const rows = (await client.api('POST', '/domains/availability', { body: { domains: names } })).body.data
      .domains;
    const imported = (await client.api('POST', '/domains/import', { body: { domains: names } })).body.data
      .domains;
    const invalidRows = rows.filter((row: { reason?: string }) => row.reason === 'invalid');
    const failedImports = imported.filter((row: { reason?: string }) => row.reason === 'not_root_domain');
    expect(invalidRows.map((row: { domain: string }) => row.domain)).toEqual([
      'mail.acme-root.com',
      'x.acme-root.com.sg',
    ]);
    expect(failedImports.map((row: { domain: string }) => row.domain)).toEqual([
      'mail.acme-root.com',
      'x.acme-root.com.sg',
    ]);
  });

  it('still refuses the batch for an entry over the 2,048-character ceiling (the kit’s assumption)', async () => {
    const response = await client.api('POST', '/domains/availability', {
      body: { domains: ['acme-fresh.com', `${'a'.repeat(2045)}.com`] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field: 'domains[1]' });
  });
});
