import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { applyEdits, checkBody, lint } from '../lint';
import { SCHEMA_DOCUMENTS } from '../lint/schema-validation';
import { catalog } from '../schemas';
import schema from '../schemas/generated/json-schema/create-order-request.json';
import { cleanOrder, FAULTY_ORDER_FIELDS, faultyOrder } from './fuzz/documents';

const summary = (operation: string, text: string) => {
  const result = lint(text, { operation });
  return {
    diagnostics: result.diagnostics.map((d) => [
      d.code,
      d.field ?? null,
      text.slice(d.range.start.offset, d.range.end.offset),
      d.message,
    ]),
    fixes: result.fixes.map((f) => [f.title, f.safe, applyEdits(text, f.edits)]),
  };
};

describe('the bundled schemas', () => {
  it('cover every operation body of the catalog', () => {
    for (const operation of catalog.operations) {
      if (operation.requestSchema)
        expect([operation.key, operation.requestSchema in SCHEMA_DOCUMENTS]).toEqual([operation.key, true]);
    }
  });
});

describe('ajv errors, grouped: one finding per real problem', () => {
  it('reports the benchmark’s 20 mistakes once each, at 20 places, where raw ajv reports many more', () => {
    const text = JSON.stringify(faultyOrder(), null, 2);
    const { diagnostics } = lint(text, { operation: 'POST /orders' });
    expect(diagnostics.map((d) => d.field)).toEqual(FAULTY_ORDER_FIELDS);
    expect(new Set(diagnostics.map((d) => d.range.start.offset)).size).toBe(20);
    expect(diagnostics.every((d) => d.severity === 'error' && d.code === 'invalid_request')).toBe(true);

    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    validate(faultyOrder());
    expect(validate.errors!.length).toBeGreaterThanOrEqual(46);
  });

  it('reports nothing for the clean 200-domain order', () => {
    expect(lint(JSON.stringify(cleanOrder(), null, 2), { operation: 'POST /orders' }).diagnostics).toEqual(
      [],
    );
  });

  it('turns an unknown key into a rename suggestion, without also reporting the field it misspells as missing', () => {
    expect(
      summary('POST /domains/forwarding', '{"domains": ["a.com"], "forwarding_ur1": "https://a.com"}'),
    ).toEqual({
      diagnostics: [
        [
          'invalid_request',
          'forwarding_ur1',
          '"forwarding_ur1"',
          'Unknown field `forwarding_ur1` in the body: the API rejects fields it does not know. Did you mean `forwarding_url`?',
        ],
      ],
      fixes: [
        ['Rename to `forwarding_url`', false, '{"domains": ["a.com"], "forwarding_url": "https://a.com"}'],
        ['Remove `forwarding_ur1`', false, '{"domains": ["a.com"]}'],
      ],
    });
  });

  it('explains missing fields, wrong types and enum values with their fixes', () => {
    const text =
      '{"user": "a@b.co", "google_licenses": "4", "sequencer": {"provider": "Smartlead", "client_id": 1, "login_email": "ops@acme.com"}, "domains": ["a.com", "b.com"], "personas": [{"first_name": "S", "last_name": "L", "profile_picture_url": ""}]}';
    const { diagnostics, fixes } = summary('POST /orders', text);
    expect(diagnostics).toEqual([
      [
        'invalid_request',
        'google_licenses',
        '"4"',
        '`google_licenses` must be a whole number, not "4". Custom sizing: Google licenses.',
      ],
      [
        'invalid_request',
        'sequencer.login_password',
        '"sequencer"',
        'Missing required field `sequencer.login_password`. The Smartlead login password. Add it.',
      ],
      [
        'invalid_request',
        'sequencer.provider',
        '"Smartlead"',
        '`sequencer.provider` must be `"smartlead"`, not "Smartlead".',
      ],
    ]);
    expect(fixes.map(([title, safe]) => [title, safe])).toEqual([
      ['Send 4 as a number', false],
      ['Change to "smartlead"', true],
      ['Add `login_password` with a placeholder value', false],
    ]);
    expect(fixes[2]![2]).toContain('"login_email": "ops@acme.com", "login_password": "TODO"}');
  });

  it('says what a missing field is for, from the first sentence of its description', () => {
    const text =
      '{"user": "a@b.co", "google_licenses": 2, "sequencer": {"client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"}, "domains": ["a.com"], "personas": [{"first_name": "S", "last_name": "L"}]}';
    expect(summary('POST /orders', text).diagnostics.map(([, field, , message]) => [field, message])).toEqual(
      [
        [
          'sequencer.provider',
          'Missing required field `sequencer.provider`. The sequencer the inboxes are routed to; only `smartlead` is documented. Add it.',
        ],
        [
          'personas[0].profile_picture_url',
          'Missing required field `personas[0].profile_picture_url`. The Google profile picture\'s URL, or `""` for none: the key itself is required. Add it.',
        ],
      ],
    );
  });

  it('names one missing field for the contract’s "one of these is required" rules', () => {
    const violations = checkBody('POST /orders', { sequencer: {}, domains: ['a.com'] });
    expect(violations.filter((v) => v.path.length === 1).map((v) => [v.field, v.message])).toEqual([
      [
        'user',
        'Missing `user` (or `user_id`). The customer is required (`user`, or the deprecated `user_id`).',
      ],
      [
        'personas',
        'Missing `personas` (or `users`). Personas are required (`personas`, or the deprecated `users`).',
      ],
      [
        'bundle_id',
        'Missing `bundle_id` (or `google_licenses` / `microsoft_licenses`). The order needs a size (`bundle_id`, or custom `google_licenses` / `microsoft_licenses`).',
      ],
    ]);
  });

  it('explains "not both" rules once, with the field to drop', () => {
    const body = {
      user: 'a@b.co',
      user_id: 'usr_1',
      google_licenses: 2,
      sequencer: { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'x' },
      domains: ['a.com'],
      personas: [{ first_name: 'S', last_name: 'L', profile_picture_url: '' }],
    };
    expect(checkBody('POST /orders', body).filter((v) => v.severity === 'error')).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'user_id',
        path: ['user_id'],
        message: 'Send `user` or the deprecated `user_id`, not both: remove `user_id` or `user`.',
      },
    ]);
  });

  it('refuses personas with the deprecated users on a user-name swap too, as on an order', () => {
    const persona = { first_name: 'S', last_name: 'L', profile_picture_url: '' };
    const body = { domain_id: 'dom_01HZX0D01A2B3C4D5E6F7G8H', personas: [persona], users: [persona] };
    expect(checkBody('POST /swaps/user_names', body).filter((v) => v.severity === 'error')).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'users',
        path: ['users'],
        message: 'Send `personas` or the deprecated `users`, not both: remove `users` or `personas`.',
      },
    ]);
    expect(checkBody('POST /swaps/user_names', { domain_id: body.domain_id, users: [persona] })).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'deprecated_field', field: 'users' }),
    ]);
  });

  it('reports limits with the numbers, and covers the entries over a maxItems', () => {
    const text = JSON.stringify({ domains: Array.from({ length: 52 }, (_, i) => `a${i}.com`) });
    const [diagnostic] = lint(text, { operation: 'POST /domains/availability' }).diagnostics;
    expect(diagnostic!.message).toBe(
      '`domains` has 52 entries; the API accepts at most 50 per request. Remove 2 or split the request.',
    );
    expect(diagnostic!.details).toEqual({ max_count: 50, submitted_count: 52 });
    expect(text.slice(diagnostic!.range.start.offset, diagnostic!.range.end.offset)).toBe(
      '"a50.com","a51.com"',
    );
    expect(
      checkBody('POST /users', { email: 'a@b.co', sequencer: { provider: 'smartlead', client_id: 0 } }),
    ).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'sequencer.client_id',
        path: ['sequencer', 'client_id'],
        message: '`sequencer.client_id` must be ≥ 1, not 0.',
      },
    ]);
  });

  it("says when a length or count limit is the kit's assumption, not the docs'", () => {
    const persona = { first_name: 'a'.repeat(101), last_name: 'Lee', profile_picture_url: '' };
    expect(
      checkBody('POST /swaps/user_names', { domain_id: 'dom_1', personas: [persona] }).map((v) => v.message),
    ).toEqual([
      "`personas[0].first_name` is too long: at most 100 characters (Peeker DevKit's limit: the docs give none).",
    ]);
    expect(checkBody('POST /bundles', { name: 'n'.repeat(201), monthly_sending_volume: 1 })[0]!.message).toBe(
      "`name` is too long: at most 200 characters (Peeker DevKit's limit: the docs give none).",
    );
    const domains = Array.from({ length: 101 }, (_, i) => `a${i}.com`);
    expect(checkBody('POST /domains/import', { domains })[0]!.message).toBe(
      "`domains` has 101 entries; the API accepts at most 100 per request (Peeker DevKit's limit: the docs give none). Remove 1 or split the request.",
    );
  });

  it('rejects an empty PATCH body and a body that is not an object', () => {
    // The docs make every field optional: refusing `{}` is the kit's choice, and the message says so.
    for (const operation of ['PATCH /users/{id}', 'PATCH /bundles/{id}']) {
      expect(checkBody(operation, {}).map((v) => v.message)).toEqual([
        "The body must not be empty: send at least one field to change. (Refusing an empty update is Peeker DevKit's choice: the docs don't say what `{}` does.)",
      ]);
    }
    expect(checkBody('POST /domains/availability', ['a.com']).map((v) => v.message)).toEqual([
      'The body must be an object, not an array. Up to 50 domains per call (the older docs said 25).',
    ]);
  });

  it('suggests the closest enum value', () => {
    expect(
      summary('POST /swaps', '{"type": "premiun", "domain_id": "dom_1", "replacement_domain": "a.com"}')
        .fixes,
    ).toEqual([
      [
        'Change to "premium"',
        false,
        '{"type": "premium", "domain_id": "dom_1", "replacement_domain": "a.com"}',
      ],
    ]);
  });
});

describe('integers beyond 2^53 − 1 (the contract’s bound on every integer it takes)', () => {
  const TOO_LARGE = (field: string, written: string) =>
    `\`${field}\` is too large: at most 9007199254740991 (2^53 − 1, the largest integer JSON parsers are sure to read exactly), not ${written}.`;
  const order = (sizing: string, clientId = '366903') =>
    `{"user": "a@b.co", ${sizing}, "sequencer": {"provider": "smartlead", "client_id": ${clientId}, "login_email": "ops@acme.com", "login_password": "pw"}, "domains": ["a.com"], "personas": [{"first_name": "S", "last_name": "L", "profile_picture_url": ""}]}`;

  it('reports a number that overflows to Infinity as written, not as "Infinity"', () => {
    expect(summary('POST /orders', order('"google_licenses": 1e400')).diagnostics).toEqual([
      ['invalid_request', 'google_licenses', '1e400', TOO_LARGE('google_licenses', '1e400')],
    ]);
    expect(summary('POST /orders', order('"google_licenses": 2', '1e400')).diagnostics).toEqual([
      ['invalid_request', 'sequencer.client_id', '1e400', TOO_LARGE('sequencer.client_id', '1e400')],
    ]);
    expect(summary('POST /bundles', '{"name": "B", "monthly_sending_volume": 1E+400}').diagnostics).toEqual([
      ['invalid_request', 'monthly_sending_volume', '1E+400', TOO_LARGE('monthly_sending_volume', '1E+400')],
    ]);
  });

  it('reports an integer that JSON parsers round (1e20), as written', () => {
    expect(summary('POST /orders', order('"google_licenses": 1e20')).diagnostics).toEqual([
      ['invalid_request', 'google_licenses', '1e20', TOO_LARGE('google_licenses', '1e20')],
    ]);
    expect(
      summary('PATCH /bundles/{id}', '{"monthly_sending_volume": 9007199254740992}').diagnostics,
    ).toEqual([
      [
        'invalid_request',
        'monthly_sending_volume',
        '9007199254740992',
        TOO_LARGE('monthly_sending_volume', '9007199254740992'),
      ],
    ]);
    expect(
      summary('PATCH /bundles/{id}', '{"monthly_sending_volume": 9007199254740991}').diagnostics,
    ).toEqual([]);
  });

  it('quotes other out-of-range numbers as written too, in bodies and request files', () => {
    expect(
      summary(
        'POST /bundles',
        '{"name": "B", "monthly_sending_volume": 1, "google_percent": 1e400, "microsoft_percent": -1e400}',
      ).diagnostics,
    ).toEqual([
      ['invalid_request', 'google_percent', '1e400', '`google_percent` must be ≤ 100, not 1e400.'],
      ['invalid_request', 'microsoft_percent', '-1e400', '`microsoft_percent` must be ≥ 0, not -1e400.'],
    ]);
    const file = '{"request": "POST /bundles", "body": {"name": "B", "monthly_sending_volume": 1e400}}';
    expect(lint(file, { kind: 'request-file' }).diagnostics.map((d) => [d.field, d.message])).toEqual([
      ['monthly_sending_volume', TOO_LARGE('monthly_sending_volume', '1e400')],
    ]);
    const query = '{"request": "GET /orders", "query": {"per_page": 1e400}}';
    expect(lint(query, { kind: 'request-file' }).diagnostics.map((d) => [d.field, d.message])).toEqual([
      ['per_page', '`query.per_page` must be ≤ 100, not 1e400.'],
    ]);
  });

  it('without the source text (checkBody), says what Infinity stands for', () => {
    expect(checkBody('POST /orders', JSON.parse(order('"google_licenses": 1e400')))).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'google_licenses',
        path: ['google_licenses'],
        message: TOO_LARGE('google_licenses', 'a number too large to represent'),
      },
    ]);
  });
});
