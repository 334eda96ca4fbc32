/**
 * Messages and fields quote keys and values from the document; their control, bidirectional and
 * invisible characters are written as JSON escapes, so a report never clears a terminal, moves its
 * cursor, breaks its one-line format or hides a character. `path` keeps the key exactly.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, checkBody, lint } from '../lint';

const AVAILABILITY = { operation: 'POST /domains/availability' };

describe('control characters in messages', () => {
  it('escapes them in an unknown key, in the message, the field and the fix titles', () => {
    const text = '{"domains": ["a.com"], "\\u001b[2Jx\\nline2": 1, "\\u009b31m": 2}';
    const { diagnostics, fixes } = lint(text, AVAILABILITY);
    expect(diagnostics.map((d) => [d.field, d.message])).toEqual([
      [
        '\\u001b[2Jx\\nline2',
        'Unknown field `\\u001b[2Jx\\nline2` in the body: the API rejects fields it does not know. Remove it.',
      ],
      [
        '\\u009b31m',
        'Unknown field `\\u009b31m` in the body: the API rejects fields it does not know. Remove it.',
      ],
    ]);
    expect(fixes.map((f) => f.title)).toEqual(['Remove `\\u001b[2Jx\\nline2`', 'Remove `\\u009b31m`']);
  });

  it('escapes them in domain names, where the character itself is quoted like the name', () => {
    const text = '{"domains": ["a\\u001b.com", "a\\u0085b.com", "a\\".com"]}';
    expect(lint(text, AVAILABILITY).diagnostics.map((d) => d.message)).toEqual([
      '`domains[0]` "a\\u001b.com" contains "\\u001b", which is not allowed in domain names (letters, digits and hyphens only). Its row will come back `available: false, reason: "invalid"`.',
      '`domains[1]` "a\\u0085b.com" contains "\\u0085", which is not allowed in domain names (IDNA, UTS #46, refuses it). Its row will come back `available: false, reason: "invalid"`.',
      '`domains[2]` "a\\".com" contains "\\"", which is not allowed in domain names (letters, digits and hyphens only). Its row will come back `available: false, reason: "invalid"`.',
    ]);
  });

  it('escapes them in checkBody’s messages too (the emulator’s error.message)', () => {
    expect(checkBody('POST /domains/availability', { domains: ['a.com'], 'tab\there\r': 1 })).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'tab\\there\\r',
        path: ['tab\there\r'],
        message:
          'Unknown field `tab\\there\\r` in the body: the API rejects fields it does not know. Remove it.',
      },
    ]);
  });
});

describe('bidirectional controls, lone surrogates and long values in messages', () => {
  it('escapes a right-to-left override and a lone surrogate like a control character', () => {
    const text = '{"domains": ["q\\u202e.com"], "a\\ud83db": 1}';
    expect(lint(text, AVAILABILITY).diagnostics.map((d) => d.message)).toEqual([
      '`domains[0]` "q\\u202e.com" contains "\\u202e", an invisible character, which is not allowed in domain names (letters, digits and hyphens only). Its row will come back `available: false, reason: "invalid"`.',
      'Unknown field `a\\ud83db` in the body: the API rejects fields it does not know. Remove it.',
    ]);
  });

  it('escapes them in the field as in the message, which is what --format json and sarif print', () => {
    const text = '{"domains": ["a.com"], "a\\u202eb\\ud800c\\u009bd": 1}';
    const [diagnostic] = lint(text, AVAILABILITY).diagnostics;
    expect(diagnostic!.field).toBe('a\\u202eb\\ud800c\\u009bd');
    expect(diagnostic!.message).toContain('`a\\u202eb\\ud800c\\u009bd`');
    const [violation] = checkBody('POST /domains/availability', { domains: ['a.com'], 'a\u202eb': 1 });
    expect([violation!.field, violation!.path]).toEqual(['a\\u202eb', ['a\u202eb']]);
  });

  it('escapes line and paragraph separators and invisible characters, keeping emoji whole', () => {
    const key = 'a\u2028b\u2029c\u200bd\u200de\ufefff\u2060g\u2064h\u206ai\ufff9j';
    const [violation] = checkBody('POST /domains/availability', { domains: ['a.com'], [key]: 1 });
    const escaped = 'a\\u2028b\\u2029c\\u200bd\\u200de\\ufefff\\u2060g\\u2064h\\u206ai\\ufff9j';
    expect(violation!.field).toBe(escaped);
    expect(violation!.message).toBe(
      `Unknown field \`${escaped}\` in the body: the API rejects fields it does not know. Remove it.`,
    );
    // A soft hyphen, a flag and an emoji with its variation selector hide nothing: they stay.
    const [shown] = checkBody('POST /domains/availability', { domains: ['a.com'], 'x\u00ad🇺🇸☺\ufe0f': 1 });
    expect(shown!.field).toBe('x\u00ad🇺🇸☺\ufe0f');
  });

  it('escapes an invisible character in a domain name, where the character is named', () => {
    expect(lint('{"domains": ["a\\u200bb.com"]}', AVAILABILITY).diagnostics.map((d) => d.message)).toEqual([
      '`domains[0]` "a\\u200bb.com" contains "\\u200b", an invisible character, which is not allowed in domain names (letters, digits and hyphens only). Its row will come back `available: false, reason: "invalid"`.',
    ]);
    // A soft hyphen stays raw in the quoted name (it hides nothing there), but the character named
    // alone would look like an empty quote: it is escaped.
    expect(lint('{"domains": ["a\\u00adb.com"]}', AVAILABILITY).diagnostics.map((d) => d.message)).toEqual([
      '`domains[0]` "a\u00adb.com" contains "\\u00ad", an invisible character, which is not allowed in domain names (letters, digits and hyphens only). Its row will come back `available: false, reason: "invalid"`.',
    ]);
  });

  it('cuts a long value between whole characters, never inside an emoji or a flag', () => {
    const value = `${'a'.repeat(55)}🇺🇸🇺🇸`;
    const [error] = checkBody('POST /users', {
      email: 'x@example.com',
      sequencer: { provider: value, client_id: 1 },
    });
    expect(error!.message).toContain(`"${'a'.repeat(55)}…"`);
  });
});

describe('secrets in messages', () => {
  it('keeps only the prefix of a key pasted as a field name, in the message, field and fix title', () => {
    const text = '{"domains": ["a.com"], "pk_live_FAKEKEY00000000000": 1}';
    const { diagnostics, fixes } = lint(text, AVAILABILITY);
    expect(diagnostics.map((d) => [d.field, d.message])).toEqual([
      [
        'pk_live_…',
        'Unknown field `pk_live_…` in the body: the API rejects fields it does not know. Remove it.',
      ],
    ]);
    expect(fixes.map((f) => f.title)).toEqual(['Remove `pk_live_…`']);
  });

  it('keeps only the prefix of a key glued to a field name, and in a suggested URL', () => {
    const glued = lint('{"domains": ["a.com"], "x_pk_live_FAKEKEY00000000000": 1}', AVAILABILITY);
    expect(glued.diagnostics.map((d) => [d.field, d.message])).toEqual([
      [
        'x_pk_live_…',
        'Unknown field `x_pk_live_…` in the body: the API rejects fields it does not know. Remove it.',
      ],
    ]);
    expect(glued.fixes.map((f) => f.title)).toEqual(['Remove `x_pk_live_…`']);
    const url = lint(
      '{"domains": ["a.com"], "forwarding_url": "https://hooks.example.com/in pk_live_FAKEKEY00000000000"}',
      { operation: 'POST /domains/forwarding' },
    );
    expect(url.diagnostics.map((d) => d.message)).toEqual([
      '`forwarding_url` "https://hooks.example.com/in pk_live_…" has characters a URL cannot carry as they are (RFC 3986 allows ASCII only). Send it encoded: "https://hooks.example.com/in%20pk_live_…" (as a browser sends it: a Unicode host in punycode, other characters percent-encoded).',
    ]);
    expect(url.fixes.map((f) => f.title)).toEqual(['Change to "https://hooks.example.com/in%20pk_live_…"']);
  });

  it('does so in checkBody’s messages too (the emulator’s error.message)', () => {
    expect(checkBody('POST /domains/availability', { domains: ['a.com'], whsec_Ab3xY9Zq: 1 })).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'whsec_…',
        path: ['whsec_Ab3xY9Zq'],
        message: 'Unknown field `whsec_…` in the body: the API rejects fields it does not know. Remove it.',
      },
    ]);
  });
});

describe('long keys in messages', () => {
  const key = 'k'.repeat(20_000);
  const cut = `\`${'k'.repeat(57)}…\``;

  it('cuts an unknown key to 60 characters in the message and the fix title; field, range and fix stay whole', () => {
    const text = `{"domains": ["a.com"], "${key}": 1}`;
    const { diagnostics, fixes } = lint(text, AVAILABILITY);
    expect(
      diagnostics.map((d) => [d.field, d.message, text.slice(d.range.start.offset, d.range.end.offset)]),
    ).toEqual([
      [
        key,
        `Unknown field ${cut} in the body: the API rejects fields it does not know. Remove it.`,
        `"${key}"`,
      ],
    ]);
    expect(fixes.map((f) => f.title)).toEqual([`Remove ${cut}`]);
    expect(applyEdits(text, fixes[0]!.edits)).toBe('{"domains": ["a.com"]}');
  });

  it('cuts it in checkBody’s messages too (the emulator’s error.message), not in its field or path', () => {
    expect(checkBody('POST /domains/availability', { domains: ['a.com'], [key]: 1 })).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: key,
        path: [key],
        message: `Unknown field ${cut} in the body: the API rejects fields it does not know. Remove it.`,
      },
    ]);
  });

  it('cuts a repeated key in its message', () => {
    const text = `{"domains": ["a.com"], "${key}": 1, "${key}": 2}`;
    const column = text.lastIndexOf(`"${key}"`) + 1;
    expect(lint(text, AVAILABILITY).diagnostics.find((d) => d.code === 'duplicate_key')?.message).toBe(
      `Duplicate key ${cut}: it is given again at line 1, column ${column}, and the API's JSON parser keeps only the last one, so this value is ignored. Keep one of them. A DevKit rule: the API accepts such a body and silently uses the last value.`,
    );
  });

  it('cuts a query parameter a request line carries and the operation leaves out', () => {
    const request = `GET /me?${key}=1`;
    const [diagnostic] = lint(JSON.stringify({ request }), { kind: 'request-file' }).diagnostics;
    expect(diagnostic!.message).toBe(
      `Unknown operation "GET /me?${'k'.repeat(49)}…". Did you mean "GET /me"? Left out: ${cut} (GET /me has no such query parameter). Operations are written "METHOD /path" with {id} placeholders, query parameters go in "query", e.g. "POST /orders"; see \`peeker-devkit lint --help\`.`,
    );
  });

  it('hides a URL password in a long key before cutting it, so no part of the password is left', () => {
    const [finding] = checkBody('POST /domains/availability', {
      domains: ['a.com'],
      [`https://${'u'.repeat(50)}:S3cr3tS3cr3t@acme.com/`]: 1,
    });
    expect(finding!.message).toBe(
      `Unknown field \`https://${'u'.repeat(49)}…\` in the body: the API rejects fields it does not know. Remove it.`,
    );
  });
});
