import { describe, expect, it } from 'vitest';
import { checkBody, fixAll, lint } from '../lint';

const sequencer = { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'pw' };
const body = (user: unknown) => ({
  user,
  google_licenses: 2,
  sequencer,
  domains: ['acme-mail.com'],
  personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
});
const userViolations = (user: unknown) =>
  checkBody('POST /orders', body(user)).filter((v) => v.field === 'user');

describe('user: a usr_… id or an email', () => {
  it.each([
    'client@example.com',
    'usr_01HZX0C6Z3K4M5N6P7Q8R9S0',
    'usr_1',
    'first.last+tag@sub.example.co.uk',
  ])('accepts %s', (user) => {
    expect(userViolations(user)).toEqual([]);
  });

  it.each([
    [
      'bob',
      '`user` "bob" is neither a customer id (`usr_…`) nor an email. Send the customer\'s email (the customer is created if new) or their `usr_…` id.',
    ],
    [
      'usr_01-HZX',
      '`user` "usr_01-HZX" is not a valid customer id: ids are `usr_` followed by letters and digits only.',
    ],
    [
      'USR_abc',
      '`user` "USR_abc" is not a valid customer id: ids are `usr_` followed by letters and digits only.',
    ],
    [
      'client@',
      '`user` "client@" is not a valid email address. Send the customer\'s email (e.g. "client@example.com") or their `usr_…` id.',
    ],
    ['', '`user` is empty. Send the customer\'s email (e.g. "client@example.com") or their `usr_…` id.'],
  ])('rejects %j with one invalid_request on user', (user, message) => {
    expect(userViolations(user)).toEqual([
      { code: 'invalid_request', severity: 'error', field: 'user', path: ['user'], message },
    ]);
  });

  it('rejects a number once, as a type error', () => {
    expect(userViolations(42)).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'user',
        path: ['user'],
        message:
          '`user` must be a string or an object, not 42. The customer: an existing `usr_…` id, or an email (the customer is reused if it exists, created otherwise).',
      },
    ]);
  });

  it('offers a safe fix for surrounding spaces', () => {
    const text = JSON.stringify(body('  client@example.com '));
    const result = lint(text, { operation: 'POST /orders' });
    expect(
      result.diagnostics.map((d) => [
        d.code,
        d.field,
        text.slice(d.range.start.offset, d.range.end.offset),
        d.message,
      ]),
    ).toEqual([
      [
        'invalid_request',
        'user',
        '"  client@example.com "',
        '`user` "  client@example.com " has spaces around it. Remove them.',
      ],
    ]);
    expect(fixAll(text, { operation: 'POST /orders' }).text).toBe(JSON.stringify(body('client@example.com')));
  });
});
