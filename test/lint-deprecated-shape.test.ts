import { describe, expect, it } from 'vitest';
import { applyEdits, checkBody, firstApiError, fixAll, lint, migrateLegacyOrder } from '../lint';

const ORDER = { operation: 'POST /orders' };
const sequencer = { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'pw' };

const legacyText = `{
  "user_id": "usr_01HZX",
  "google_licenses": 2,
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"},
  "domains": ["acme-mail.com"],
  "users": [
    {"first_name": "Sam", "last_name": "Lee"},
    {"first_name": "Ann", "last_name": "Ray", "profile_picture_url": ""}
  ]
}
`;

const migratedText = `{
  "user": "usr_01HZX",
  "google_licenses": 2,
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"},
  "domains": ["acme-mail.com"],
  "personas": [
    {"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""},
    {"first_name": "Ann", "last_name": "Ray", "profile_picture_url": ""}
  ]
}
`;

describe('deprecated_field: the older (May 2026) request shapes', () => {
  it('warns on user_id and users, each on its key, sharing one safe migration fix', () => {
    const result = lint(legacyText, ORDER);
    const migrate = result.fixes.find((f) => f.title === 'Migrate to the current request shape')!;
    expect(result.diagnostics.filter((d) => d.code === 'deprecated_field')).toEqual([
      {
        range: { start: { line: 1, character: 2, offset: 4 }, end: { line: 1, character: 11, offset: 13 } },
        severity: 'warning',
        code: 'deprecated_field',
        field: 'user_id',
        message:
          '`user_id` is deprecated (May 2026 docs): send the customer id as `user` (a `usr_…` id or an email).',
        fixIds: [migrate.id],
      },
      {
        range: { start: { line: 5, character: 2, offset: 199 }, end: { line: 5, character: 9, offset: 206 } },
        severity: 'warning',
        code: 'deprecated_field',
        field: 'users',
        message:
          '`users` is the deprecated (May 2026) name of `personas`. Rename it to `personas`; each persona needs a `profile_picture_url` key ("" for none).',
        fixIds: [migrate.id],
      },
      {
        range: {
          start: { line: 6, character: 4, offset: 214 },
          end: { line: 6, character: 45, offset: 255 },
        },
        severity: 'warning',
        code: 'deprecated_field',
        field: 'users[0]',
        message:
          '`users[0]` has no `profile_picture_url`: the older docs made it optional, but each of the current `personas` needs the key. Migrating adds `""` (no picture).',
        fixIds: [migrate.id],
      },
    ]);
    expect(migrate).toEqual({
      id: migrate.id,
      title: 'Migrate to the current request shape',
      diagnosticCode: 'deprecated_field',
      edits: [
        { offset: 4, length: 9, newText: '"user"' },
        { offset: 199, length: 7, newText: '"personas"' },
        { offset: 254, length: 0, newText: ', "profile_picture_url": ""' },
      ],
      safe: true,
      preferred: true,
    });
    expect(applyEdits(legacyText, migrate.edits)).toBe(migratedText);
  });

  it('points at the older persona that lacks profile_picture_url with a warning, not an error (the migration adds it)', () => {
    const diagnostics = lint(legacyText, ORDER).diagnostics;
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics.filter((d) => d.field === 'users[0]').map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'deprecated_field'],
    ]);
  });

  it('fixAll migrates the body and leaves nothing to report', () => {
    const { text, applied } = fixAll(legacyText, ORDER);
    expect(text).toBe(migratedText);
    expect(applied.map((f) => f.title)).toEqual(['Migrate to the current request shape']);
    expect(lint(text, ORDER).diagnostics).toEqual([]);
  });

  it('migrates a user object to its email', () => {
    const text =
      '{"user": {"email": "client@example.com", "first_name": "Casey"}, "google_licenses": 2, "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"}, "domains": ["acme-mail.com"], "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]}';
    const result = lint(text, ORDER);
    expect(
      result.diagnostics.map((d) => [
        d.severity,
        d.code,
        d.field,
        text.slice(d.range.start.offset, d.range.end.offset),
      ]),
    ).toEqual([
      ['warning', 'deprecated_field', 'user', '{"email": "client@example.com", "first_name": "Casey"}'],
    ]);
    expect(fixAll(text, ORDER).text).toBe(
      '{"user": "client@example.com", "google_licenses": 2, "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"}, "domains": ["acme-mail.com"], "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]}',
    );
  });

  it('does not migrate user_id when user is also sent (the schema reports the conflict)', () => {
    const body = {
      user: 'client@example.com',
      user_id: 'usr_1',
      google_licenses: 2,
      sequencer,
      domains: ['a-mail.com'],
      personas: [{ first_name: 'S', last_name: 'L', profile_picture_url: '' }],
    };
    expect(checkBody('POST /orders', body).map((v) => [v.severity, v.code, v.field])).toEqual([
      ['error', 'invalid_request', 'user_id'],
      ['warning', 'deprecated_field', 'user_id'],
    ]);
    expect(migrateLegacyOrder(body)).toBe(body);
  });

  it('migrates cancel {"scope": "order"} to an empty body', () => {
    const text = '{"scope": "order"}';
    const result = lint(text, { operation: 'POST /orders/{id}/cancel' });
    expect(
      result.diagnostics.map((d) => [d.code, d.field, d.range.start.offset, d.range.end.offset]),
    ).toEqual([['deprecated_field', 'scope', 1, 17]]);
    expect(fixAll(text, { operation: 'POST /orders/{id}/cancel' }).text).toBe('{}');
  });

  it('keeps a cancel scope other than "order" an error with no fix (removing it would cancel the whole order)', () => {
    const cancel = { operation: 'POST /orders/{id}/cancel' };
    const text = '{"scope": "domain"}';
    const result = lint(text, cancel);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.field, d.message, d.fixIds])).toEqual([
      [
        'warning',
        'deprecated_field',
        'scope',
        '`scope` is deprecated (May 2026 docs), and its only value was `"order"` (cancel the whole order). Send no body (or `{}`) to cancel every domain, or `domains` to cancel some.',
        undefined,
      ],
      ['error', 'invalid_request', 'scope', '`scope` must be `"order"`, not "domain".', undefined],
    ]);
    expect(result.fixes).toEqual([]);
    expect(fixAll(text, cancel)).toEqual({ text, applied: [] });
    for (const scope of [null, 1, 'all', ['order']]) {
      const body = JSON.stringify({ scope });
      expect(fixAll(body, cancel).text).toBe(body);
      expect(checkBody('POST /orders/{id}/cancel', { scope }).map((v) => [v.severity, v.code])).toEqual([
        ['error', 'invalid_request'],
        ['warning', 'deprecated_field'],
      ]);
    }
  });

  it('reports cancel scope "order" sent with domains as a conflict, with no safe fix but one unsafe fix per reading', () => {
    const cancel = { operation: 'POST /orders/{id}/cancel' };
    const text = '{"scope": "order", "domains": ["acme-mail.com"]}';
    const result = lint(text, cancel);
    expect(
      result.diagnostics.map((d) => [
        d.severity,
        d.code,
        d.field,
        text.slice(d.range.start.offset, d.range.end.offset),
        d.message,
        d.fixIds?.map((id) => result.fixes.find((f) => f.id === id)!.title),
      ]),
    ).toEqual([
      [
        'error',
        'invalid_request',
        'scope',
        '"scope"',
        'Send `domains` (cancel those domains) or the deprecated `scope` (cancel the whole order), not both: remove `scope` or `domains`.',
        ['Remove `scope`', 'Remove `domains`'],
      ],
      [
        'warning',
        'deprecated_field',
        'scope',
        '"scope": "order"',
        '`{"scope": "order"}` is the deprecated (May 2026) way to cancel a whole order. Send no body (or `{}`) to cancel every domain, or `domains` to cancel some.',
        undefined,
      ],
    ]);
    expect(result.fixes.map((f) => [f.title, f.safe, applyEdits(text, f.edits)])).toEqual([
      ['Remove `scope`', false, '{"domains": ["acme-mail.com"]}'],
      ['Remove `domains`', false, '{"scope": "order"}'],
    ]);
    expect(fixAll(text, cancel)).toEqual({ text, applied: [] });
    expect(firstApiError('POST /orders/{id}/cancel', { scope: 'order', domains: ['acme-mail.com'] })).toEqual(
      {
        status: 400,
        code: 'invalid_request',
        message:
          'Send `domains` (cancel those domains) or the deprecated `scope` (cancel the whole order), not both: remove `scope` or `domains`.',
        field: 'scope',
      },
    );
  });

  it('does not migrate a deprecated key given twice: renaming the kept one would revive the ignored one', () => {
    const users = `{
  "user": "client@example.com",
  "google_licenses": 2,
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "x"},
  "domains": ["acme-mail.com"],
  "users": [{"first_name": "Old", "last_name": "One"}],
  "users": [{"first_name": "Sam", "last_name": "Lee"}]
}`;
    const userId = `{
  "user_id": "usr_01HZX0OLD",
  "user_id": "usr_01HZX0NEW",
  "google_licenses": 2,
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "x"},
  "domains": ["acme-mail.com"],
  "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]
}`;
    for (const [text, key] of [
      [users, 'users'],
      [userId, 'user_id'],
    ] as const) {
      const result = lint(text, ORDER);
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([
        'duplicate_key',
      ]);
      expect(result.fixes.map((f) => [f.title, f.safe])).toEqual([
        [`Remove this ignored \`${key}\``, false],
        [`Keep this \`${key}\`, remove the other`, false],
      ]);
      expect(fixAll(text, ORDER)).toEqual({ text, applied: [] });
      // Once the author has picked one, the migration applies as usual.
      const picked = fixAll(applyEdits(text, result.fixes[0]!.edits), ORDER);
      expect(picked.applied.map((f) => f.title)).toEqual(['Migrate to the current request shape']);
      expect(lint(picked.text, ORDER).diagnostics).toEqual([]);
    }
  });

  it('warns on the bundle display price fields, with an unsafe fix (dropping a price is a choice)', () => {
    const text =
      '{"name": "Growth", "monthly_sending_volume": 1000, "customer_price_cents": 9900, "currency": "USD"}';
    const result = lint(text, { operation: 'POST /bundles' });
    expect(result.diagnostics.map((d) => [d.code, d.field])).toEqual([
      ['deprecated_field', 'customer_price_cents'],
      ['deprecated_field', 'currency'],
    ]);
    expect(result.fixes.map((f) => [f.title, f.safe])).toEqual([
      ['Migrate to the current request shape', false],
    ]);
    expect(applyEdits(text, result.fixes[0]!.edits)).toBe(
      '{"name": "Growth", "monthly_sending_volume": 1000}',
    );
    expect(fixAll(text, { operation: 'POST /bundles' }).text).toBe(text);
  });

  it('warns on the display price fields on a bundle update too, and only warns (the older update body had them)', () => {
    const text = '{"customer_price_cents": 200, "currency": "USD"}';
    const result = lint(text, { operation: 'PATCH /bundles/{id}' });
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.field])).toEqual([
      ['warning', 'deprecated_field', 'customer_price_cents'],
      ['warning', 'deprecated_field', 'currency'],
    ]);
    expect(applyEdits(text, result.fixes[0]!.edits)).toBe('{}');
  });

  it('renames users to personas on user-name swaps', () => {
    const text =
      '{"domain_id": "dom_1", "users": [{"first_name": "Jane", "last_name": "Doe", "profile_picture_url": ""}]}';
    expect(fixAll(text, { operation: 'POST /swaps/user_names' }).text).toBe(
      '{"domain_id": "dom_1", "personas": [{"first_name": "Jane", "last_name": "Doe", "profile_picture_url": ""}]}',
    );
  });

  it("understands users items without profile_picture_url (the older docs' own example): a warning, not an error", () => {
    const oldExample = {
      user: { email: 'client@example.com', first_name: 'Jane', last_name: 'Buyer' },
      google_licenses: 2,
      sequencer,
      domains: ['domain-01.com'],
      users: [{ first_name: 'Sam', last_name: 'Lee' }],
    };
    expect(checkBody('POST /orders', oldExample).map((v) => [v.severity, v.code, v.field])).toEqual([
      ['warning', 'deprecated_field', 'user'],
      ['warning', 'deprecated_field', 'users'],
      ['warning', 'deprecated_field', 'users[0]'],
    ]);
    const swapText = '{"domain_id": "dom_1", "users": [{"first_name": "Sam", "last_name": "Lee"}]}';
    expect(
      lint(swapText, { operation: 'POST /swaps/user_names' }).diagnostics.map((d) => [
        d.severity,
        d.code,
        d.field,
        d.message,
      ]),
    ).toEqual([
      [
        'warning',
        'deprecated_field',
        'users',
        '`users` is the deprecated (May 2026) name of `personas`. Rename it to `personas`; each persona needs a `profile_picture_url` key ("" for none).',
      ],
      [
        'warning',
        'deprecated_field',
        'users[0]',
        '`users[0]` has no `profile_picture_url`: the older docs made it optional, but each of the current `personas` needs the key. Migrating adds `""` (no picture).',
      ],
    ]);
    expect(fixAll(swapText, { operation: 'POST /swaps/user_names' }).text).toBe(
      '{"domain_id": "dom_1", "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]}',
    );
  });

  it('keeps requiring profile_picture_url on the current personas', () => {
    expect(
      checkBody('POST /swaps/user_names', {
        domain_id: 'dom_1',
        personas: [{ first_name: 'Sam', last_name: 'Lee' }],
      }).map((v) => [v.severity, v.code, v.field]),
    ).toEqual([['error', 'invalid_request', 'personas[0].profile_picture_url']]);
  });

  it('says nothing about current-shape bodies', () => {
    expect(lint(migratedText, ORDER).diagnostics).toEqual([]);
    expect(checkBody('POST /orders/{id}/cancel', { domains: ['acme-mail.com'] })).toEqual([]);
  });
});

describe('migrateLegacyOrder (shared with the emulator)', () => {
  it('rewrites the older shapes, keeping key order, without mutating its input', () => {
    const legacy = {
      user: { email: 'client@example.com', first_name: 'Casey', last_name: 'Doe' },
      google_licenses: 2,
      users: [{ first_name: 'Sam', last_name: 'Lee' }],
      domains: ['acme-mail.com'],
    };
    const before = JSON.stringify(legacy);
    const migrated = migrateLegacyOrder(legacy);
    expect(JSON.stringify(legacy)).toBe(before);
    expect(Object.keys(migrated)).toEqual(['user', 'google_licenses', 'personas', 'domains']);
    expect(migrated).toEqual({
      user: 'client@example.com',
      google_licenses: 2,
      personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
      domains: ['acme-mail.com'],
    });
  });

  it('turns user_id into user', () => {
    expect(migrateLegacyOrder({ user_id: 'usr_1', domains: [] })).toEqual({ user: 'usr_1', domains: [] });
  });

  it('returns the same object when there is nothing to migrate, and tolerates non-objects', () => {
    const current = { user: 'client@example.com', personas: [] };
    expect(migrateLegacyOrder(current)).toBe(current);
    expect(migrateLegacyOrder(null)).toBeNull();
    expect(migrateLegacyOrder([1, 2])).toEqual([1, 2]);
    expect(migrateLegacyOrder('text')).toBe('text');
  });

  it('keeps personas when both personas and users are sent (nothing safe to merge)', () => {
    const both = { personas: [{ first_name: 'A', last_name: 'B', profile_picture_url: '' }], users: [] };
    expect(migrateLegacyOrder(both)).toBe(both);
  });
});
