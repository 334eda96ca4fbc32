import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import {
  SAMPLE_SEQUENCER,
  sampleBundleOrderBody,
  sampleDomains,
  sampleOrderBody,
} from '../emulator/fixtures';

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, clock: 'frozen' });
  client = new EmulatorClient(emulator);
});
afterEach(() => emulator.close());

const post = (body: unknown) => client.api('POST', '/orders', { body });
/** An ISO timestamp `seconds` later, in the same whole-second format. */
const plusSeconds = (iso: string, seconds: number) =>
  new Date(Date.parse(iso) + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describe('POST /orders', () => {
  it('creates an in_progress order with the lean receipt', async () => {
    const response = await post(sampleOrderBody(['acme-mail.com', 'team-acme.com']));
    expect(response.status).toBe(200);
    const order = response.body.data;
    expect(Object.keys(order).sort()).toEqual(
      [
        'bundle_id',
        'costs',
        'created_at',
        'domain_count',
        'email',
        'id',
        'renews_at',
        'status',
        'user_id',
      ].sort(),
    );
    expect(order).toMatchObject({
      email: 'client@example.com',
      bundle_id: null,
      status: 'in_progress',
      domain_count: 2,
      costs: { total_cents: 4 * 100 + 2 * 1300, currency: 'usd' },
    });
    expect(order.id).toMatch(/^ord_[0-9A-HJKMNP-TV-Z]{26}$/);
    const detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail.domains).toEqual({ registered: ['acme-mail.com', 'team-acme.com'], imported: [] });
    expect(detail.personas).toEqual([{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }]);
    expect(detail.costs.line_items).toEqual([
      { type: 'google_license', quantity: 4, amount_cents: 400 },
      { type: 'microsoft_license', quantity: 0, amount_cents: 0 },
      { type: 'domain_registration', quantity: 2, amount_cents: 2600 },
    ]);
  });

  it('accepts the older body shapes (user object, users) and migrates them', async () => {
    const { user: _user, personas, ...rest } = sampleOrderBody(['old-shape.com']);
    const response = await post({ ...rest, user: { email: 'Legacy@Example.com' }, users: personas });
    expect(response.status).toBe(200);
    expect(response.body.data.email).toBe('legacy@example.com');
    const { user: _u, ...withId } = sampleOrderBody(['old-shape-2.com']);
    const byId = await post({ ...withId, user_id: response.body.data.user_id });
    expect(byId.status).toBe(200);
    expect(byId.body.data.user_id).toBe(response.body.data.user_id);
  });

  it('accepts older users items without profile_picture_url (the old docs\' own example), migrated to ""', async () => {
    const { user: _user, personas: _personas, ...rest } = sampleOrderBody(['old-no-pic.com']);
    const response = await post({
      ...rest,
      user: { email: 'old@example.com' },
      users: [{ first_name: 'Sam', last_name: 'Lee' }],
    });
    expect(response.status).toBe(200);
    const detail = (await client.api('GET', `/orders/${response.body.data.id}`)).body.data;
    expect(detail.personas).toEqual([{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }]);
    // The current personas still need the key.
    const current = await post(
      sampleOrderBody(['new-no-pic.com'], { personas: [{ first_name: 'Sam', last_name: 'Lee' }] as never }),
    );
    expect([current.status, current.body.error.code, current.body.error.field]).toEqual([
      400,
      'invalid_request',
      'personas[0].profile_picture_url',
    ]);
  });

  it('accepts users items without a picture on POST /swaps/user_names too', async () => {
    const order = (await post(sampleOrderBody(['old-names.com']))).body.data;
    const [domain] = (await client.api('GET', `/domains?user_id=${order.user_id}`)).body.data;
    const response = await client.api('POST', '/swaps/user_names', {
      body: { domain_id: domain.id, users: [{ first_name: 'Jordan', last_name: 'Pham' }] },
    });
    expect([response.status, response.body.data.swaps.length]).toEqual([201, 2]);
    await client.advance(40);
    expect(
      (await client.api('GET', `/swaps?domain_id=${domain.id}`)).body.data.map(
        (s: { status: string }) => s.status,
      ),
    ).toEqual(['completed', 'completed']);
  });

  it('reuses the customer by email and 404s an unknown usr_ id', async () => {
    const first = await post(sampleOrderBody(['one-a.com']));
    const second = await post(sampleOrderBody(['one-b.com'], { user: 'CLIENT@example.com' }));
    expect(second.body.data.user_id).toBe(first.body.data.user_id);
    const unknown = await post(sampleOrderBody(['one-c.com'], { user: 'usr_01J0000000000000000000000A' }));
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not_found', field: 'user' });
  });

  it('rejects license counts beyond 2^53 − 1 (1e400 parses as Infinity) instead of ordering them', async () => {
    const body = JSON.stringify(sampleOrderBody(['huge-a.com'])).replace(
      /"google_licenses":\d+/,
      '"google_licenses":1e400',
    );
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body.error).toEqual({
      code: 'invalid_request',
      message:
        '`google_licenses` is too large: at most 9007199254740991 (2^53 − 1, the largest integer JSON parsers are sure to read exactly), not a number too large to represent.',
      field: 'google_licenses',
    });
    const rounded = await post(sampleOrderBody(['huge-b.com'], { google_licenses: 1e20 }));
    expect(rounded.body.error).toMatchObject({ code: 'invalid_request', field: 'google_licenses' });
    expect((await client.api('GET', '/orders')).body.data).toEqual([]);
  });

  it('accepts an upper-case punycode name and stores it normalized, as the linter’s fix writes it', async () => {
    const response = await post(sampleOrderBody(['acme.XN--P1AI']));
    expect(response.status).toBe(200);
    const detail = (await client.api('GET', `/orders/${response.body.data.id}`)).body.data;
    expect(detail.domains.registered).toEqual(['acme.xn--p1ai']);
  });

  it('accepts names written with combining marks (Devanagari) and stores their A-labels', async () => {
    const response = await post(sampleOrderBody(['हिन्दी.com', 'acme.भारत']));
    expect(response.status).toBe(200);
    const detail = (await client.api('GET', `/orders/${response.body.data.id}`)).body.data;
    expect(detail.domains.registered).toEqual(['xn--j2bd4cyah0f.com', 'acme.xn--h2brj9c']);
  });

  it('gives a name one verdict in Unicode and in punycode: `·`, `・`, a ZWNJ and emoji IDNA keeps', async () => {
    const pairs = [
      ['l·l.cat', 'xn--ll-0ea.cat'],
      ['ア・イ.jp', 'xn--ccke4x.jp'],
      ['\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645.ir', 'xn--mgbn2ecje63gr19l.ir'],
      ['💩.la', 'xn--ls8h.la'],
      ['a.١٢٣', 'a.xn--9hbcd'],
    ];
    const availability = await client.api('POST', '/domains/availability', {
      body: { domains: pairs.flat() },
    });
    const rows = availability.body.data.domains as { available: boolean; reason?: string }[];
    expect(rows.map((row) => row.reason ?? row.available)).toEqual(pairs.flat().map(() => true));
    const response = await post(sampleOrderBody(pairs.map(([unicode]) => unicode!)));
    expect(response.status).toBe(200);
    const detail = (await client.api('GET', `/orders/${response.body.data.id}`)).body.data;
    expect(detail.domains.registered).toEqual(pairs.map(([, punycode]) => punycode));
  });

  it('refuses a name IDNA does not turn into A-labels, wherever a domain name is sent, in the linter’s words', async () => {
    const punycode =
      'is not a valid internationalized name: its punycode label "xn--ü" does not decode. Send the name as it was given (in Unicode, or its whole punycode).';
    const bidi =
      'is refused by IDNA (UTS-46), which turns internationalized names into punycode: its label "אa" mixes right-to-left and left-to-right letters, or holds a character IDNA does not allow where it stands.';
    const refusals = [
      ['/orders', sampleOrderBody(['fine-idn.com', 'xn--ü.de']), 'domains[1]', `"xn--ü.de" ${punycode}`],
      [
        '/orders',
        { ...sampleOrderBody(['x.com']), domains: [{ domain: 'אa.com' }] },
        'domains[0].domain',
        `"אa.com" ${bidi}`,
      ],
      ['/domains/import', { domains: ['אa.com'] }, 'domains[0]', `"אa.com" ${bidi}`],
      [
        '/domains/import/jobs',
        { domains: ['fine-idn.com', 'xn--ü.de'] },
        'domains[1]',
        `"xn--ü.de" ${punycode}`,
      ],
      [
        '/swaps',
        { type: 'standard', domain_id: 'dom_1', replacement_domain: 'xn--ü.de' },
        'replacement_domain',
        `"xn--ü.de" ${punycode}`,
      ],
      ['/orders/ord_1/cancel', { domains: ['xn--ü.de'] }, 'domains[0]', `"xn--ü.de" ${punycode}`],
    ] as const;
    for (const [path, body, field, message] of refusals) {
      const response = await client.api('POST', path, { body });
      expect([path, response.status, response.body.error]).toEqual([
        path,
        400,
        { code: 'invalid_request', message: `\`${field}\` ${message}`, field },
      ]);
    }
    // Nothing was stored; an availability check answers such names as their own invalid rows.
    expect((await client.api('GET', '/orders')).body.data).toEqual([]);
    const availability = await client.api('POST', '/domains/availability', {
      body: { domains: ['xn--ü.de', 'אa.com', 'xn--a.com', `${'ü'.repeat(58)}.de`] },
    });
    expect(availability.body.data.domains.map((row: { reason?: string }) => row.reason)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
  });

  it('refuses `--` as a label’s 3rd and 4th characters outside an A-label, wherever a domain name is sent, in the linter’s words', async () => {
    const reserved =
      'has a label ("ab--c") with hyphens as its 3rd and 4th characters: a label may not have "--" there unless it is an IDNA A-label ("xn--…"), so registries refuse it (RFC 5891 §4.2.3.1).';
    const unicode =
      'has a label whose Unicode form ("ab--ü", "xn--ab---3ra" in punycode) has hyphens as its 3rd and 4th characters: only an IDNA A-label ("xn--…") may have "--" there, never the Unicode form of a label, so registries refuse it (RFC 5891 §4.2.3.1).';
    const refusals = [
      ['/orders', sampleOrderBody(['fine-ldh.com', 'ab--c.com']), 'domains[1]', `"ab--c.com" ${reserved}`],
      [
        '/orders',
        { ...sampleOrderBody(['x.com']), domains: [{ domain: 'ab--ü.com' }] },
        'domains[0].domain',
        `"ab--ü.com" ${unicode}`,
      ],
      ['/domains/import', { domains: ['ab--c.com'] }, 'domains[0]', `"ab--c.com" ${reserved}`],
      [
        '/domains/import/jobs',
        { domains: ['xn--ab---3ra.com'] },
        'domains[0]',
        `"xn--ab---3ra.com" ${unicode}`,
      ],
      [
        '/swaps',
        { type: 'standard', domain_id: 'dom_1', replacement_domain: 'ab--c.com' },
        'replacement_domain',
        `"ab--c.com" ${reserved}`,
      ],
      ['/orders/ord_1/cancel', { domains: ['ab--c.com'] }, 'domains[0]', `"ab--c.com" ${reserved}`],
    ] as const;
    for (const [path, body, field, message] of refusals) {
      const response = await client.api('POST', path, { body });
      expect([path, response.status, response.body.error]).toEqual([
        path,
        400,
        { code: 'invalid_request', message: `\`${field}\` ${message}`, field },
      ]);
    }
    expect((await client.api('GET', '/orders')).body.data).toEqual([]);
    const availability = await client.api('POST', '/domains/availability', {
      body: {
        domains: [
          'ab--c.com',
          'XY--Z.com',
          'ab--ü.com',
          'xn--ab---3ra.com',
          'xn--bcher-kva.com',
          'bücher.com',
        ],
      },
    });
    expect(
      availability.body.data.domains.map((row: { domain: string; reason?: string }) => [
        row.domain,
        row.reason,
      ]),
    ).toEqual([
      ['ab--c.com', 'invalid'],
      ['XY--Z.com', 'invalid'],
      ['ab--ü.com', 'invalid'],
      ['xn--ab---3ra.com', 'invalid'],
      ['xn--bcher-kva.com', undefined],
      ['xn--bcher-kva.com', undefined],
    ]);
    // An A-label is ordered as before, in either case.
    const order = await post(sampleOrderBody(['XN--BCHER-KVA.com', 'a--b.com']));
    expect([order.status, order.body.error]).toEqual([200, undefined]);
  });

  it('rejects custom sizing with no license as an order without a size', async () => {
    const response = await post(sampleOrderBody(['no-size.com'], { google_licenses: 0 }));
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field: 'google_licenses' });
    expect(response.body.error.message).toMatch(/^The order has no size: /);
  });
});

describe('order dedupe', () => {
  it('returns the same order, status 200 and the same body for a replay within 24 h', async () => {
    const body = sampleOrderBody(sampleDomains('dedupe', 3));
    const first = await post(body);
    await client.advance(3600);
    const replay = await post(body);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual(first.body);
    expect((await client.api('GET', '/orders')).body.data).toHaveLength(1);
  });

  it('ignores key order and whitespace, and normalizes domains', async () => {
    const body = sampleOrderBody(['norm-a.com', 'norm-b.com']);
    const first = await post(body);
    const reordered = Object.fromEntries(
      Object.entries({ ...body, domains: ['NORM-A.com.', 'Norm-B.COM'] }).reverse(),
    );
    const second = await client.api('POST', '/orders', { body: JSON.stringify(reordered, null, 4) });
    expect(second.body.data.id).toBe(first.body.data.id);
  });

  it('treats a different density with equal license counts as a different order', async () => {
    // 4 Google licenses need 2 domains at density 2 and at density 3 (ceil(4/3) = 2).
    const dense2 = sampleOrderBody(['density-a.com', 'density-b.com'], {
      google_licenses: 4,
      google_inboxes_per_domain: 2,
    });
    const dense3 = { ...dense2, google_inboxes_per_domain: 3 as const };
    const first = await post(dense2);
    await client.control('POST', `/clock/advance`, { seconds: 0 });
    // The same domains are now on the first order, so cancel it and let the cancellation finish.
    await client.api('POST', `/orders/${first.body.data.id}/cancel`);
    await client.advance(3601);
    const second = await post(dense3);
    expect(second.status).toBe(200);
    expect(second.body.data.id).not.toBe(first.body.data.id);
  });

  it('ignores the density of an order with no Google domains', async () => {
    const body = sampleOrderBody(['ms-only.com'], { google_licenses: 0, microsoft_licenses: 1 });
    const first = await post(body);
    const again = await post({ ...body, google_inboxes_per_domain: 3 });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(first.body.data.id);
  });

  it.each([
    ['user', { user: 'other@example.com' }],
    ['provider route', { sequencer: { ...SAMPLE_SEQUENCER, client_id: 1 } }],
    ['personas', { personas: [{ first_name: 'Kim', last_name: 'Lee', profile_picture_url: '' }] }],
  ])('treats a different %s as a different order', async (_field, change) => {
    const body = sampleOrderBody(['fp-a.com']);
    const first = await post(body);
    await client.api('POST', `/orders/${first.body.data.id}/cancel`);
    await client.advance(3601);
    const second = await post({ ...body, ...change });
    expect(second.status).toBe(200);
    expect(second.body.data.id).not.toBe(first.body.data.id);
  });

  it('creates a new order after 24 h and keeps the old one readable', async () => {
    const body = sampleOrderBody(['window-a.com']);
    const first = await post(body);
    await client.api('POST', `/orders/${first.body.data.id}/cancel`);
    await client.advance(24 * 3600);
    const second = await post(body);
    expect(second.status).toBe(200);
    expect(second.body.data.id).not.toBe(first.body.data.id);
    expect((await client.api('GET', `/orders/${first.body.data.id}`)).body.data.status).toBe('cancelled');
  });

  it('fingerprints the customer, not its email: a usr_ id replays after the email changes', async () => {
    const user = (
      await client.api('POST', '/users', {
        body: { email: 'moves@example.com', sequencer: { provider: 'smartlead', client_id: 1 } },
      })
    ).body.data;
    // By email first, then by id: one customer, one order.
    const first = await post(sampleOrderBody(['who-a.com'], { user: 'Moves@Example.com' }));
    expect((await post(sampleOrderBody(['who-a.com'], { user: user.id }))).body.data.id).toBe(
      first.body.data.id,
    );
    await client.api('PATCH', `/users/${user.id}`, { body: { email: 'moved@example.com' } });
    const replay = await post(sampleOrderBody(['who-a.com'], { user: user.id }));
    expect(replay.status).toBe(200);
    expect(replay.body.data.id).toBe(first.body.data.id);
  });

  it('never answers another customer with the order of the one that had its email before', async () => {
    const before = (
      await client.api('POST', '/users', {
        body: { email: 'handed@example.com', sequencer: { provider: 'smartlead', client_id: 1 } },
      })
    ).body.data;
    const body = (user: string) => sampleOrderBody(['fail-handed.com'], { user });
    const first = await post(body(before.id));
    await client.advance(60); // it fails: its domain is free again
    await client.api('PATCH', `/users/${before.id}`, { body: { email: 'handed-on@example.com' } });
    const after = (
      await client.api('POST', '/users', {
        body: { email: 'handed@example.com', sequencer: { provider: 'smartlead', client_id: 1 } },
      })
    ).body.data;
    for (const user of [after.id, 'handed@example.com']) {
      const second = await post(body(user));
      expect(second.status).toBe(200);
      expect(second.body.data.id).not.toBe(first.body.data.id);
      expect(second.body.data.user_id).toBe(after.id);
    }
  });

  it('answers a replay with the receipt as created, after a partial cancel lowered the order', async () => {
    const body = sampleOrderBody(['rc-one.com', 'rc-two.com']);
    const first = await post(body);
    await client.advance(60);
    await client.api('POST', `/orders/${first.body.data.id}/cancel`, { body: { domains: ['rc-two.com'] } });
    await client.advance(3601);
    expect((await client.api('GET', `/orders/${first.body.data.id}`)).body.data.domain_count).toBe(1);
    expect((await post(body)).body).toEqual(first.body);
  });

  it('replays an identical retry after its bundle was archived or its customer deleted; a new order is refused', async () => {
    const bundle = (
      await client.api('POST', '/bundles', { body: { name: 'Gone', monthly_sending_volume: 880 } })
    ).body.data;
    const customer = (
      await client.api('POST', '/users', {
        body: { email: 'leaving@example.com', sequencer: { provider: 'smartlead', client_id: 1 } },
      })
    ).body.data;
    const body = sampleBundleOrderBody(bundle.id, sampleDomains('gone', bundle.required_domains.total), {
      user: customer.id,
    });
    const first = await post(body);
    expect(first.status).toBe(200);
    await client.api('DELETE', `/bundles/${bundle.id}`);
    await client.api('DELETE', `/users/${customer.id}`);
    expect((await post(body)).body).toEqual(first.body);
    // Anything but the same order is a new one, and meets the checks.
    const other = { ...body, domains: sampleDomains('other', bundle.required_domains.total) };
    const refused = await post(other);
    expect(refused.status).toBe(404);
    expect(refused.body.error).toEqual({
      code: 'not_found',
      message: `Customer ${customer.id} was deleted; a deleted customer can't be ordered for (name an active customer, or an email for a new one).`,
      field: 'user',
    });
    expect((await post({ ...other, user: 'someone@example.com' })).body.error).toMatchObject({
      code: 'invalid_request',
      field: 'bundle_id',
    });
  });

  it('makes N simultaneous identical POSTs one order', async () => {
    const body = sampleOrderBody(sampleDomains('concurrent', 5));
    const responses = await Promise.all(Array.from({ length: 12 }, () => post(body)));
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(new Set(responses.map((r) => r.body.data.id)).size).toBe(1);
    expect((await client.api('GET', '/orders')).body.data).toHaveLength(1);
  });
});

describe('order domain rules', () => {
  it.each([
    ['premium-name.com', 'premium_domain_not_supported'],
    ['acme-not-imported.com', 'domain_not_imported'],
    ['dns-conflict-acme.com', 'domain_not_usable_for_provider'],
  ])('answers %s with %s on the offending index', async (magic, code) => {
    const response = await post(sampleOrderBody(['fine-domain.com', magic]));
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code, field: 'domains[1]' });
  });

  it('answers a refused name next to its valid twin with the invalid-name error on the refused entry', async () => {
    const refused = (field: string) => ({
      code: 'invalid_request',
      message: `\`${field}\` "acme\u00ad-mail.com" contains "\\u00ad", an invisible character, which is not allowed in domain names (letters, digits and hyphens only).`,
      field,
    });
    const requests = [
      ['/orders', sampleOrderBody(['acme\u00ad-mail.com', 'acme-mail.com']), 'domains[0]'],
      ['/orders', sampleOrderBody(['acme-mail.com', 'acme\u00ad-mail.com']), 'domains[1]'],
      ['/domains/import/jobs', { domains: ['acme-mail.com', 'acme\u00ad-mail.com'] }, 'domains[1]'],
    ] as const;
    for (const [path, body, field] of requests) {
      const response = await client.api('POST', path, { body });
      expect([path, response.status, response.body.error]).toEqual([path, 400, refused(field)]);
    }
  });

  it('refuses a new subdomain or bare public suffix (nothing could register it), naming the root', async () => {
    const sub = await post({
      ...sampleOrderBody(['fine-root.co.uk', 'acme-root.com']),
      domains: ['fine-root.co.uk', { domain: 'Mail.Acme-Root.com' }],
    });
    expect([sub.status, sub.body.error]).toEqual([
      400,
      {
        code: 'invalid_request',
        message:
          '`domains[1]` "mail.acme-root.com" looks like a subdomain, which cannot be registered on its own (its root is "acme-root.com").',
        field: 'domains[1]',
      },
    ]);
    const suffix = await post(sampleOrderBody(['co.uk']));
    expect(suffix.body.error).toEqual({
      code: 'invalid_request',
      message:
        '`domains[0]` "co.uk" is a public suffix, not a registrable domain: names are registered under it ("acme.co.uk").',
      field: 'domains[0]',
    });
    // A subdomain first, whatever magic token it holds: not advice to import what cannot be imported.
    for (const magic of ['not-imported.acme-root.com', 'premium.acme-root.com']) {
      expect((await post(sampleOrderBody([magic]))).body.error).toMatchObject({
        code: 'invalid_request',
        field: 'domains[0]',
      });
    }
    // Nothing was ordered; a root under a public suffix (acme.co.uk) is fine.
    expect((await client.api('GET', '/orders')).body.data).toEqual([]);
    expect((await post(sampleOrderBody(['fine-root.co.uk', 'acme-root.com']))).status).toBe(200);
  });

  it('accepts a not-imported domain once its import completed', async () => {
    await client.api('POST', '/domains/import', { body: { domains: ['acme-not-imported.com'] } });
    await client.advance(30);
    const response = await post(sampleOrderBody(['acme-not-imported.com']));
    expect(response.status).toBe(200);
    const detail = await client.api('GET', `/orders/${response.body.data.id}`);
    expect(detail.body.data.domains).toEqual({ registered: [], imported: ['acme-not-imported.com'] });
  });

  it('puts a dns-conflict domain on Microsoft without complaint', async () => {
    const body = sampleOrderBody(['g-side.com', 'dns-conflict-ms.com'], {
      google_licenses: 2,
      microsoft_licenses: 1,
    });
    expect((await post(body)).status).toBe(200);
  });

  it('refuses a domain on another active order, including one scheduled to cancel', async () => {
    const first = await post(sampleOrderBody(['shared-a.com', 'shared-b.com']));
    const clash = sampleOrderBody(['other-x.com', 'SHARED-B.com'], { user: 'someone@example.com' });
    const busy = await post(clash);
    expect(busy.status).toBe(400);
    expect(busy.body.error).toEqual({
      code: 'domain_already_in_active_order',
      message: `shared-b.com is on order ${first.body.data.id} (in_progress).`,
      field: 'domains[1]',
      details: { domain: 'shared-b.com', order_id: first.body.data.id },
    });
    await client.api('POST', `/orders/${first.body.data.id}/cancel`);
    expect((await post(clash)).body.error.code).toBe('domain_already_in_active_order');
    await client.advance(3600);
    expect((await post(clash)).status).toBe(200);
  });

  it('checks bundle orders against the bundle plan', async () => {
    const bundle = await client.api('POST', '/bundles', {
      body: { name: 'Starter', monthly_sending_volume: 25000 },
    });
    expect(bundle.body.data.required_domains).toEqual({ google: 15, microsoft: 4, total: 19 });
    const short = await post(sampleBundleOrderBody(bundle.body.data.id, sampleDomains('bundle', 17)));
    expect(short.status).toBe(400);
    expect(short.body.error).toEqual({
      code: 'domain_count_mismatch',
      message: 'Submitted domain count does not match the order plan',
      field: 'domains',
      details: { required_count: 19, submitted_count: 17, missing_count: 2 },
    });
    const ok = await post(sampleBundleOrderBody(bundle.body.data.id, sampleDomains('bundle', 19)));
    expect(ok.status).toBe(200);
    expect(ok.body.data.bundle_id).toBe(bundle.body.data.id);
    const missing = await post(sampleBundleOrderBody('bun_01J0000000000000000000000A', ['x-y.com']));
    expect(missing.body.error).toMatchObject({ code: 'not_found', field: 'bundle_id' });
  });
});

describe('renews_at', () => {
  /** The emulated clock's time, in ms. */
  const now = async () => Date.parse((await client.control('GET', '/clock')).body.data.now);
  /** Advances the frozen clock to `iso` (it must lie ahead). */
  const advanceTo = async (iso: string) => client.advance((Date.parse(iso) - (await now())) / 1000);
  /** The next January 31 at noon UTC that lies ahead: orders created then show month-end clamping. */
  const nextJanuary31 = async () => {
    const year = new Date(await now()).getUTCFullYear() + 1;
    const february = new Date(Date.UTC(year, 2, 0)).getUTCDate();
    return { year, february };
  };
  const renewsAt = async (id: string) => {
    const detail = (await client.api('GET', `/orders/${id}`)).body.data;
    const row = (await client.api('GET', '/orders')).body.data.find((o: { id: string }) => o.id === id);
    // The list row and the full order show the same renewal.
    expect(row.renews_at).toBe(detail.renews_at);
    return detail.renews_at;
  };

  it("is a live order's next renewal, counted in whole months from created_at (Jan 31 → Feb 28 → Mar 31)", async () => {
    const { year, february } = await nextJanuary31();
    await advanceTo(`${year}-01-31T12:00:00Z`);
    const order = (await post(sampleOrderBody(['renew-live.com']))).body.data;
    expect([order.created_at, order.renews_at]).toEqual([
      `${year}-01-31T12:00:00Z`,
      `${year}-02-${february}T12:00:00Z`,
    ]);
    await advanceTo(`${year}-02-${february}T11:59:59Z`);
    expect(await renewsAt(order.id)).toBe(`${year}-02-${february}T12:00:00Z`);
    // It moves on when the clock reaches it, to March 31 (not the 28th: counted from created_at).
    await client.advance(1);
    expect(await renewsAt(order.id)).toBe(`${year}-03-31T12:00:00Z`);
    await advanceTo(`${year}-04-01T00:00:00Z`);
    expect(await renewsAt(order.id)).toBe(`${year}-04-30T12:00:00Z`);
    // Years later, still the next one.
    await advanceTo(`${year + 2}-04-01T00:00:00Z`);
    expect(await renewsAt(order.id)).toBe(`${year + 2}-04-30T12:00:00Z`);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('completed');
  });

  it('keeps the renewal an ended order did not reach: a cancelled one at or after cancels_at, a failed one a month after creation', async () => {
    const { year, february } = await nextJanuary31();
    await advanceTo(`${year}-01-31T12:00:00Z`);
    const cancelled = (await post(sampleOrderBody(['renew-cancel.com']))).body.data;
    const failed = (await post(sampleOrderBody(['fail-renew.com'], { user: 'f@example.com' }))).body.data;
    // Cancelled an hour before its March renewal: it ends just as it would renew.
    await advanceTo(`${year}-03-31T11:00:00Z`);
    const schedule = (await client.api('POST', `/orders/${cancelled.id}/cancel`)).body.data;
    expect(schedule.cancels_at).toBe(`${year}-03-31T12:00:00Z`);
    await client.advance(3599);
    expect(await renewsAt(cancelled.id)).toBe(`${year}-03-31T12:00:00Z`);
    await client.advance(1);
    expect((await client.api('GET', `/orders/${cancelled.id}`)).body.data.status).toBe('cancelled');
    expect(await renewsAt(cancelled.id)).toBe(`${year}-03-31T12:00:00Z`);
    await client.advance(365 * 86_400);
    expect(await renewsAt(cancelled.id)).toBe(`${year}-03-31T12:00:00Z`);
    expect((await client.api('GET', `/orders/${failed.id}`)).body.data.status).toBe('failed');
    expect(await renewsAt(failed.id)).toBe(`${year}-02-${february}T12:00:00Z`);
  });
});

describe('POST /orders/{id}/cancel', () => {
  it('schedules the whole order, then cancels it at cancels_at (the renewal period, compressed to 1 h) and releases its domains', async () => {
    const order = (await post(sampleOrderBody(['cancel-a.com', 'cancel-b.com']))).body.data;
    const scheduled = await client.api('POST', `/orders/${order.id}/cancel`);
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.data).toMatchObject({ id: order.id, status: 'cancel_scheduled' });
    expect(scheduled.body.data.domains.map((d: { domain: string }) => d.domain)).toEqual([
      'cancel-a.com',
      'cancel-b.com',
    ]);
    expect(
      Date.parse(scheduled.body.data.cancels_at) - Date.parse(scheduled.body.data.cancellation_scheduled_at),
    ).toBe(3600_000);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('cancel_scheduled');
    await client.advance(3600);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('cancelled');
    const inventory = await client.api('GET', '/domains?category=inventory&per_page=100');
    expect(inventory.body.data.map((d: { domain: string }) => d.domain)).toEqual(
      expect.arrayContaining(['cancel-a.com', 'cancel-b.com']),
    );
  });

  it('cancels just the listed domains', async () => {
    const order = (await post(sampleOrderBody(['part-a.com', 'part-b.com']))).body.data;
    const detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail.domain_count).toBe(2);
    const response = await client.api('POST', `/orders/${order.id}/cancel`, {
      body: { domains: ['PART-B.com'] },
    });
    expect(response.body.data.domains.map((d: { domain: string }) => d.domain)).toEqual(['part-b.com']);
    await client.advance(3600);
    const after = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(after.status).toBe('completed');
    expect(after.domain_count).toBe(1);
    const unknown = await client.api('POST', `/orders/${order.id}/cancel`, {
      body: { domains: ['not-on-it.com'] },
    });
    expect(unknown.body.error).toMatchObject({ code: 'invalid_request', field: 'domains[0]' });
  });

  it('refuses the deprecated scope sent with domains (whole order or those domains?) and cancels nothing', async () => {
    const order = (await post(sampleOrderBody(['mix-a.com', 'mix-b.com']))).body.data;
    const response = await client.api('POST', `/orders/${order.id}/cancel`, {
      body: { scope: 'order', domains: ['mix-b.com'] },
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_request', field: 'scope' });
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('in_progress');
    const whole = await client.api('POST', `/orders/${order.id}/cancel`, { body: { scope: 'order' } });
    expect(whole.body.data).toMatchObject({ status: 'cancel_scheduled' });
  });

  it("lowers the order's costs by what the cancelled domains carried once they are released", async () => {
    await client.api('POST', '/domains/import', { body: { domains: ['cost-imp.com'] } });
    await client.advance(30);
    const body = sampleOrderBody(['cost-g1.com', 'cost-imp.com', 'cost-m1.com', 'cost-m2.com'], {
      google_licenses: 6,
      google_inboxes_per_domain: 3,
      microsoft_licenses: 2,
    });
    const order = (await post(body)).body.data;
    const costs = async () => (await client.api('GET', `/orders/${order.id}`)).body.data.costs;
    const listed = async () =>
      (await client.api('GET', '/orders')).body.data.find((o: { id: string }) => o.id === order.id);
    const before = {
      total_cents: 6 * 100 + 2 * 900 + 3 * 1300,
      currency: 'usd',
      line_items: [
        { type: 'google_license', quantity: 6, amount_cents: 600 },
        { type: 'microsoft_license', quantity: 2, amount_cents: 1800 },
        { type: 'domain_registration', quantity: 3, amount_cents: 3900 },
      ],
    };
    expect(await costs()).toEqual(before);
    await client.advance(30);
    // The imported Google domain (3 licenses, no registration) and a Microsoft one (1 license, registered).
    await client.api('POST', `/orders/${order.id}/cancel`, {
      body: { domains: ['cost-imp.com', 'cost-m1.com'] },
    });
    await client.advance(3599);
    expect(await costs()).toEqual(before);
    await client.advance(1);
    expect(await costs()).toEqual({
      total_cents: 3 * 100 + 900 + 2 * 1300,
      currency: 'usd',
      line_items: [
        { type: 'google_license', quantity: 3, amount_cents: 300 },
        { type: 'microsoft_license', quantity: 1, amount_cents: 900 },
        { type: 'domain_registration', quantity: 2, amount_cents: 2600 },
      ],
    });
    expect(await listed()).toMatchObject({
      status: 'completed',
      domain_count: 2,
      costs: { total_cents: 3800, currency: 'usd' },
    });
  });

  it("takes only what is left off the costs when a custom order's short last Google domain is cancelled", async () => {
    // 5 licenses at 2 per domain: 2, 2 and 1 inbox.
    const body = sampleOrderBody(['short-1.com', 'short-2.com', 'short-3.com'], {
      google_licenses: 5,
      google_inboxes_per_domain: 2,
    });
    const order = (await post(body)).body.data;
    await client.advance(30);
    await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['short-3.com'] } });
    await client.advance(3600);
    const detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail.costs.line_items[0]).toEqual({ type: 'google_license', quantity: 4, amount_cents: 400 });
  });

  it('counts a domain listed twice once: cancelling one of two domains stays partial', async () => {
    const order = (await post(sampleOrderBody(['twin-a.com', 'twin-b.com']))).body.data;
    const response = await client.api('POST', `/orders/${order.id}/cancel`, {
      body: { domains: ['twin-a.com', 'TWIN-A.com'] },
    });
    expect(response.body.data.domains.map((d: { domain: string }) => d.domain)).toEqual(['twin-a.com']);
    await client.advance(3600);
    const after = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(after).toMatchObject({ status: 'completed', domain_count: 1, cancels_at: null });
    expect(after.domains.registered).toEqual(['twin-b.com']);
  });

  it('keeps each partial cancellation on its own cancellation window', async () => {
    const order = (await post(sampleOrderBody(['win-a.com', 'win-b.com', 'win-c.com']))).body.data;
    const cancel = (domains: string[]) =>
      client.api('POST', `/orders/${order.id}/cancel`, { body: { domains } });
    const first = (await cancel(['win-a.com'])).body.data;
    await client.advance(1800);
    const second = (await cancel(['win-b.com'])).body.data;
    expect(Date.parse(second.cancels_at) - Date.parse(first.cancels_at)).toBe(1800_000);
    // Asking again for a domain already scheduled answers its schedule, unchanged: when it was asked
    // for too, not now.
    expect((await cancel(['win-a.com'])).body.data).toEqual(first);
    await client.advance(1800);
    let detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail.domains.registered).toEqual(['win-b.com', 'win-c.com']);
    expect(detail.cancels_at).toBe(second.cancels_at);
    await client.advance(1800);
    detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail).toMatchObject({ status: 'completed', domain_count: 1, cancels_at: null });
    expect(detail.domains.registered).toEqual(['win-c.com']);
    const inventory = await client.api('GET', '/domains?category=inventory&per_page=100');
    expect(inventory.body.data.map((d: { domain: string }) => d.domain)).toEqual(
      expect.arrayContaining(['win-a.com', 'win-b.com']),
    );
  });

  it('cancels the whole order at its own time after an earlier partial cancellation', async () => {
    const order = (await post(sampleOrderBody(['late-a.com', 'late-b.com']))).body.data;
    const partial = (
      await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['late-a.com'] } })
    ).body.data;
    await client.advance(1800);
    const whole = (await client.api('POST', `/orders/${order.id}/cancel`)).body.data;
    expect(Date.parse(whole.cancels_at) - Date.parse(whole.cancellation_scheduled_at)).toBe(3600_000);
    // Each domain with the time it goes: late-a.com keeps its partial cancellation's, earlier one.
    expect(
      whole.domains.map((d: { domain: string; cancels_at: string }) => [d.domain, d.cancels_at]),
    ).toEqual([
      ['late-a.com', partial.cancels_at],
      ['late-b.com', whole.cancels_at],
    ]);
    await client.advance(1800);
    let detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail).toMatchObject({ status: 'cancel_scheduled', cancels_at: whole.cancels_at });
    expect(detail.domains.registered).toEqual(['late-b.com']);
    // Asked again, the whole order's schedule stands, as it was set.
    expect((await client.api('POST', `/orders/${order.id}/cancel`)).body.data).toEqual({
      ...whole,
      domains: [whole.domains[1]],
    });
    await client.advance(1800);
    detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    // A cancelled order keeps its cancels_at: the time it was cancelled.
    expect(detail).toMatchObject({ status: 'cancelled', cancels_at: whole.cancels_at });
  });

  it('answers a repeated whole-order cancel with the schedule as first set, not a new cancellation_scheduled_at', async () => {
    const order = (await post(sampleOrderBody(['retry-a.com', 'retry-b.com']))).body.data;
    await client.advance(30);
    const first = (await client.api('POST', `/orders/${order.id}/cancel`)).body.data;
    await client.advance(600);
    const retried = (await client.api('POST', `/orders/${order.id}/cancel`)).body.data;
    expect(retried).toEqual(first);
    expect(Date.parse(first.cancels_at) - Date.parse(first.cancellation_scheduled_at)).toBe(3600_000);
    expect(first.domains.map((d: { cancels_at: string }) => d.cancels_at)).toEqual([
      first.cancels_at,
      first.cancels_at,
    ]);
  });

  it('gives each listed domain its own cancels_at when a cancel lists one already scheduled and a new one', async () => {
    const order = (await post(sampleOrderBody(['mixed-1.com', 'mixed-2.com', 'mixed-3.com']))).body.data;
    await client.advance(30);
    const cancel = (domains: string[]) =>
      client.api('POST', `/orders/${order.id}/cancel`, { body: { domains } });
    const first = (await cancel(['mixed-1.com'])).body.data;
    await client.advance(1800);
    const mixed = (await cancel(['mixed-2.com', 'mixed-1.com'])).body.data;
    const later = plusSeconds(first.cancels_at, 1800);
    // The top describes the latest schedule (asked for now, an hour ahead); each row its own.
    expect(mixed).toMatchObject({
      cancellation_scheduled_at: plusSeconds(first.cancellation_scheduled_at, 1800),
      cancels_at: later,
    });
    expect(
      mixed.domains.map((d: { domain: string; cancels_at: string }) => [d.domain, d.cancels_at]),
    ).toEqual([
      ['mixed-2.com', later],
      ['mixed-1.com', first.cancels_at],
    ]);
    // mixed-1.com goes at the time its row says, mixed-2.com at its own.
    await client.advance(1800);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.domains.registered).toEqual([
      'mixed-2.com',
      'mixed-3.com',
    ]);
    await client.advance(1800);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.domains.registered).toEqual([
      'mixed-3.com',
    ]);
  });

  it('sends order.cancel_scheduled with the cancels_at its description points at, whole or partial', async () => {
    const order = (await post(sampleOrderBody(['event-a.com', 'event-b.com']))).body.data;
    await client.advance(30);
    await client.control('PUT', '/config', { webhook_url: 'http://127.0.0.1:9/hooks', webhook_secret: 's' });
    const partial = (
      await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['event-a.com'] } })
    ).body.data;
    await client.advance(600);
    const whole = (await client.api('POST', `/orders/${order.id}/cancel`)).body.data;
    const events = (await client.control('GET', '/webhooks/deliveries')).body.data
      .filter((d: { type: string }) => d.type === 'order.cancel_scheduled')
      .map((d: { body: { data: { status: string; cancels_at?: string } } }) => [
        d.body.data.status,
        d.body.data.cancels_at,
      ]);
    expect(events).toEqual([
      ['completed', partial.cancels_at],
      ['cancel_scheduled', whole.cancels_at],
    ]);
  });

  it('resolves the pending action of a cancelled domain, so the order goes on without it', async () => {
    const order = (await post(sampleOrderBody(['replace-me-pc.com', 'ok-pc.com']))).body.data;
    await client.advance(30);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('action_required');
    await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['replace-me-pc.com'] } });
    expect((await client.api('GET', '/orders/pending')).body.data).toEqual([]);
    await client.advance(30);
    const detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
    expect(detail.status).toBe('completed');
    await client.advance(3600);
    expect((await client.api('GET', `/orders/${order.id}`)).body.data.domains.registered).toEqual([
      'ok-pc.com',
    ]);
  });

  describe("an order's profile-picture action when the domain it is filed under is cancelled", () => {
    const localPicture = [
      { first_name: 'Ann', last_name: 'Bee', profile_picture_url: 'http://localhost/a.png' },
    ];
    const pendingOf = async (orderId: string) =>
      (await client.api('GET', `/orders/pending?order_id=${orderId}`)).body.data;
    const domainsOf = async (userId: string) =>
      Object.fromEntries(
        (await client.api('GET', `/domains?user_id=${userId}`)).body.data.map(
          (d: { domain: string; id: string; status: string }) => [d.domain, { id: d.id, status: d.status }],
        ),
      );
    /** Every event since webhooks were switched on, as `type resource` (a domain name, or `order`). */
    const events = async () =>
      (await client.control('GET', '/webhooks/deliveries')).body.data.map(
        (d: { type: string; body: { data: { domain?: string } } }) =>
          `${d.type} ${d.body.data.domain ?? d.type.split('.')[0]}`,
      );

    it('moves it to a Google domain that stays, where it still blocks until the control API resolves it', async () => {
      const order = (await post(sampleOrderBody(['pp-a.com', 'pp-b.com'], { personas: localPicture }))).body
        .data;
      await client.advance(30);
      const [action] = await pendingOf(order.id);
      expect(action).toMatchObject({ reason: 'profile_picture_not_accessible', domain: 'pp-a.com' });
      await client.control('PUT', '/config', {
        webhook_url: 'http://127.0.0.1:9/hooks',
        webhook_secret: 's',
      });
      await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['pp-a.com'] } });
      const domains = await domainsOf(order.user_id);
      expect(await pendingOf(order.id)).toEqual([
        { ...action, domain_id: domains['pp-b.com'].id, domain: 'pp-b.com' },
      ]);
      expect(domains['pp-b.com'].status).toBe('action_required');
      await client.advance(3600);
      const detail = (await client.api('GET', `/orders/${order.id}`)).body.data;
      expect(detail).toMatchObject({
        status: 'action_required',
        domain_count: 1,
        domains: { registered: ['pp-b.com'] },
      });
      await client.control('POST', `/pending/${action.id}/resolve`);
      expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('in_progress');
      await client.advance(30);
      expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('completed');
      expect(await events()).toEqual([
        'order.cancel_scheduled order',
        'domain.action_required pp-b.com',
        'order.in_progress order',
        'domain.connected pp-b.com',
        'order.completed order',
      ]);
    });

    it('resolves it when no Google domain stays on the order', async () => {
      const body = sampleOrderBody(['pic-g.com', 'pic-m.com'], {
        google_licenses: 2,
        microsoft_licenses: 1,
        personas: localPicture,
      });
      const order = (await post(body)).body.data;
      await client.advance(30);
      const [action] = await pendingOf(order.id);
      expect(action).toMatchObject({ domain: 'pic-g.com', status: 'open' });
      await client.api('POST', `/orders/${order.id}/cancel`, { body: { domains: ['pic-g.com'] } });
      expect(await pendingOf(order.id)).toEqual([]);
      expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('in_progress');
      await client.advance(30);
      expect((await client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('completed');
    });

    it('files it under a staying Google domain, and raises no action for a cancelled one, when the cancel comes before provisioning ends', async () => {
      const pictures = (
        await post(sampleOrderBody(['early-a.com', 'early-b.com'], { personas: localPicture }))
      ).body.data;
      const nameservers = (
        await post(sampleOrderBody(['early-needs-ns.com', 'early-ok.com'], { user: 'ns@example.com' }))
      ).body.data;
      await client.api('POST', `/orders/${pictures.id}/cancel`, { body: { domains: ['early-a.com'] } });
      await client.api('POST', `/orders/${nameservers.id}/cancel`, {
        body: { domains: ['early-needs-ns.com'] },
      });
      await client.advance(30);
      expect((await pendingOf(pictures.id)).map((a: { domain: string }) => a.domain)).toEqual([
        'early-b.com',
      ]);
      expect((await client.api('GET', `/orders/${pictures.id}`)).body.data.status).toBe('action_required');
      expect(await pendingOf(nameservers.id)).toEqual([]);
      expect((await client.api('GET', `/orders/${nameservers.id}`)).body.data.status).toBe('completed');
    });
  });

  it('refuses to cancel a cancelled order and 404s an unknown one', async () => {
    const order = (await post(sampleOrderBody(['twice-a.com']))).body.data;
    await client.api('POST', `/orders/${order.id}/cancel`);
    await client.advance(3600);
    const again = await client.api('POST', `/orders/${order.id}/cancel`);
    expect(again.body.error).toEqual({
      code: 'invalid_request',
      message: `Order ${order.id} is cancelled and can't be cancelled.`,
      field: 'id',
    });
    expect((await client.api('POST', '/orders/ord_01J0000000000000000000000A/cancel')).status).toBe(404);
  });
});
