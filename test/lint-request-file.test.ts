import { describe, expect, it } from 'vitest';
import { validateQuery } from '../emulator/query';
import { applyEdits, fixAll, lint } from '../lint';
import { findOperation } from '../schemas';

const REQUEST_FILE = { kind: 'request-file' } as const;
const summary = (text: string) =>
  lint(text, REQUEST_FILE).diagnostics.map((d) => [
    d.severity,
    d.code,
    d.field ?? null,
    text.slice(d.range.start.offset, d.range.end.offset),
    d.message,
  ]);

describe('request files (*.peeker.json)', () => {
  it('lints the body as the operation’s body, located in the file, with body-relative fields', () => {
    const text = `{
  "request": "POST /domains/availability",
  "body": { "domains": ["acme.com", "acme .com"] }
}`;
    const result = lint(text, REQUEST_FILE);
    expect(result.operation).toBe('POST /domains/availability');
    expect(result.diagnostics).toEqual([
      {
        range: { start: { line: 2, character: 36, offset: 81 }, end: { line: 2, character: 47, offset: 92 } },
        severity: 'warning',
        code: 'availability_invalid',
        field: 'domains[1]',
        message:
          '`domains[1]` "acme .com" contains spaces, which domain names cannot have. Its row will come back `available: false, reason: "invalid"`.',
      },
    ]);
    expect(text.slice(81, 92)).toBe('"acme .com"');
  });

  it('applies body fixes at the right place in the file', () => {
    const text = '{"request": "POST /domains/availability", "body": {"domains": ["ACME.com", "acme.com"]}}';
    expect(fixAll(text, REQUEST_FILE).text).toBe(
      '{"request": "POST /domains/availability", "body": {"domains": ["acme.com"]}}',
    );
  });

  it('accepts a valid GET with query parameters and no body', () => {
    expect(
      summary('{"request": "GET /orders", "query": {"status": "action_required", "per_page": 100}}'),
    ).toEqual([]);
  });

  it('checks query parameters against the operation, as the API would (invalid_request on the parameter)', () => {
    expect(
      summary('{"request": "GET /orders", "query": {"per_page": 500, "status": "done", "colour": 1}}'),
    ).toEqual([
      ['error', 'invalid_request', 'per_page', '500', '`query.per_page` must be ≤ 100, not 500.'],
      [
        'error',
        'invalid_request',
        'status',
        '"done"',
        '`query.status` must be one of `"in_progress"`, `"completed"`, `"failed"`, `"action_required"`, `"cancel_scheduled"`, `"cancelled"`, not "done".',
      ],
      [
        'error',
        'invalid_request',
        'colour',
        '"colour"',
        'Unknown field `colour` in `query`: the API rejects fields it does not know. Remove it.',
      ],
    ]);
  });

  it('checks a query value as the string the URL carries: "5" is per_page=5, true is "true"', () => {
    expect(summary('{"request": "GET /orders", "query": {"per_page": "5", "page_token": 5}}')).toEqual([]);
    expect(summary('{"request": "GET /orders", "query": {"page_token": true, "per_page": "05"}}')).toEqual(
      [],
    );
    expect(
      summary('{"request": "GET /orders", "query": {"per_page": "500", "status": true, "user_id": 5}}'),
    ).toEqual([
      ['error', 'invalid_request', 'per_page', '"500"', '`query.per_page` must be ≤ 100, not "500".'],
      [
        'error',
        'invalid_request',
        'status',
        'true',
        '`query.status` must be one of `"in_progress"`, `"completed"`, `"failed"`, `"action_required"`, `"cancel_scheduled"`, `"cancelled"`, not "true".',
      ],
      [
        'error',
        'invalid_request',
        'user_id',
        '5',
        '`query.user_id` "5" is not valid. Expected: only this customer\'s orders.',
      ],
    ]);
    for (const [value, shown] of [
      ['"abc"', '"abc"'],
      ['"5.5"', '"5.5"'],
      ['""', '""'],
      ['" 5"', '" 5"'],
      ['true', 'true'],
    ]) {
      expect(summary(`{"request": "GET /orders", "query": {"per_page": ${value}}}`)).toEqual([
        [
          'error',
          'invalid_request',
          'per_page',
          value,
          `\`query.per_page\` must be a whole number, not ${shown}. Page size, 1–100.`,
        ],
      ]);
    }
  });

  it('agrees with the emulator on which query values the API refuses, and names the same field', () => {
    const values: unknown[] = [
      5,
      '5',
      '05',
      '-1',
      '0',
      '100',
      '101',
      1e21,
      5.5,
      '5.5',
      '',
      ' 5',
      '+5',
      'abc',
      true,
      false,
    ];
    const cases: [string, string, unknown][] = [];
    for (const value of values) {
      cases.push(['GET /orders', 'per_page', value], ['GET /orders', 'page_token', value]);
      cases.push(['GET /orders', 'status', value], ['GET /orders', 'user_id', value]);
    }
    cases.push(['GET /orders', 'status', 'completed'], ['GET /orders', 'user_id', 'usr_1']);
    cases.push(['GET /domains/import', 'domains', 'a.com,,b.com'], ['GET /domains/import', 'domains', 5]);
    for (const [request, name, value] of cases) {
      const text = JSON.stringify({ request, query: { [name]: value } });
      const fields = lint(text, REQUEST_FILE).diagnostics.map((d) => d.field);
      // As the extension sends it (extension/client/core/request-file.ts).
      const sent = new URLSearchParams({ [name]: String(value) });
      let refused: string | undefined;
      try {
        validateQuery(findOperation(request)!, sent);
      } catch (error) {
        refused = (error as { field?: string }).field ?? 'no field';
      }
      expect([text, fields]).toEqual([text, refused === undefined ? [] : [refused]]);
    }
  });

  it('refuses an empty entry in the import lookup list, as the emulator does, and takes any other text', () => {
    const lookup = (domains: string) =>
      summary(JSON.stringify({ request: 'GET /domains/import', query: { domains } }));
    for (const bad of ['a.com,,b.com', 'a.com,', ' ', 'a.com, ,b.com']) {
      expect(lookup(bad)).toEqual([
        [
          'error',
          'invalid_request',
          'domains',
          JSON.stringify(bad),
          `\`query.domains\` ${JSON.stringify(bad)} is not valid. Expected: comma-separated entries, none empty: the domain names to look up, e.g. \`acme-mail.com,team-acme.com\`.`,
        ],
      ]);
    }
    for (const good of ['a.com', 'a.com,B.COM.', 'a.com, b.com', '*.com,not a domain'])
      expect(lookup(good)).toEqual([]);
  });

  it('requires path parameters and required query parameters, with placeholder fixes', () => {
    const text = '{"request": "GET /orders/{id}"}';
    expect(summary(text)).toEqual([
      [
        'error',
        'invalid_request_file',
        'path.id',
        '{',
        'GET /orders/{id} needs the path parameter `id`: add "path": { "id": "ord_01HZX0OR1A2B3C4D5E6F7G8H" }.',
      ],
    ]);
    const [fix] = lint(text, REQUEST_FILE).fixes;
    expect(applyEdits(text, fix!.edits)).toBe(
      '{"request": "GET /orders/{id}", "path": {"id": "ord_01HZX0OR1A2B3C4D5E6F7G8H"}}',
    );
    expect(summary('{"request": "GET /domains/import"}').map((row) => [row[1], row[2]])).toEqual([
      ['invalid_request', 'domains'],
    ]);
    expect(summary('{"request": "GET /orders/{id}", "path": {"id": "bun_1"}}')).toEqual([
      [
        'error',
        'invalid_request_file',
        'path.id',
        '"bun_1"',
        '`path.id` "bun_1" is not valid. Expected: order id (`ord_…`).',
      ],
    ]);
  });

  it('reports a body on an operation that takes none', () => {
    expect(summary('{"request": "GET /orders", "body": {"a": 1}}')).toEqual([
      [
        'error',
        'invalid_request_file',
        'body',
        '"body": {"a": 1}',
        'GET /orders takes no request body: remove `body`.',
      ],
    ]);
  });

  it('requires the body when the operation does', () => {
    expect(summary('{"request": "POST /orders"}').map((row) => row.slice(0, 3))).toEqual([
      ['error', 'invalid_request_file', 'body'],
    ]);
  });

  it.each([
    ['post /orders', 'POST /orders', true],
    ['POST https://api.peeker.ai/partner/v1/orders', 'POST /orders', false],
    ['POST /api/partner/v1/domains/availability', 'POST /domains/availability', false],
    ['POST /order/{id}/cancel', 'POST /orders/{id}/cancel', false],
    // A trailing slash after a base path or a whole URL, and the emulator's loopback URL.
    ['POST /partner/v1/orders/', 'POST /orders', false],
    ['POST https://api.peeker.ai/partner/v1/orders/', 'POST /orders', false],
    ['GET http://127.0.0.1:4010/partner/v1/me', 'GET /me', false],
    ['GET http://localhost:4010/api/partner/v1/bundles/', 'GET /bundles', false],
  ])('suggests the operation for %j', (request, suggestion, safe) => {
    const text = JSON.stringify({ request, body: {} });
    const result = lint(text, REQUEST_FILE);
    const diagnostic = result.diagnostics.find((d) => d.field === 'request')!;
    expect(diagnostic.code).toBe('invalid_request_file');
    const fix = result.fixes.find((f) => diagnostic.fixIds?.includes(f.id))!;
    expect([fix.title, fix.safe]).toEqual([`Change to "${suggestion}"`, safe]);
    expect(JSON.parse(applyEdits(text, fix.edits)).request).toBe(suggestion);
  });

  it('carries the ids of a concrete path into `path`, so the fixed file needs no placeholder', () => {
    const text = '{"request": "GET https://api.peeker.ai/partner/v1/orders/ord_123"}';
    expect(summary(text)).toEqual([
      [
        'error',
        'invalid_request_file',
        'request',
        '"GET https://api.peeker.ai/partner/v1/orders/ord_123"',
        'Unknown operation "GET https://api.peeker.ai/partner/v1/orders/ord_123". Did you mean "GET /orders/{id}" with "path": { "id": "ord_123" }? Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
      ],
    ]);
    const [fix] = lint(text, REQUEST_FILE).fixes;
    expect([fix!.title, fix!.safe]).toEqual([
      'Change to "GET /orders/{id}" with "path": { "id": "ord_123" }',
      false,
    ]);
    const fixed = applyEdits(text, fix!.edits);
    expect(fixed).toBe('{"request": "GET /orders/{id}", "path": {"id": "ord_123"}}');
    expect(lint(fixed, REQUEST_FILE).diagnostics).toEqual([]);
    // Into an existing `path`; an id given there already, or one of another kind, is not carried.
    const cancel =
      '{\n  "request": "POST /api/partner/v1/orders/ord_123/cancel",\n  "path": {},\n  "body": {}\n}';
    expect(applyEdits(cancel, lint(cancel, REQUEST_FILE).fixes[0]!.edits)).toBe(
      '{\n  "request": "POST /orders/{id}/cancel",\n  "path": { "id": "ord_123" },\n  "body": {}\n}',
    );
    const given = '{"request": "GET /orders/ord_123", "path": {"id": "ord_9"}}';
    expect(applyEdits(given, lint(given, REQUEST_FILE).fixes[0]!.edits)).toBe(
      '{"request": "GET /orders/{id}", "path": {"id": "ord_9"}}',
    );
    const otherKind = '{"request": "GET /orders/usr_123"}';
    expect(lint(otherKind, REQUEST_FILE).fixes.map((f) => f.title)).toEqual(['Change to "GET /orders/{id}"']);
  });

  it('moves a query string into `query`, as the number or boolean a parameter takes', () => {
    const text = '{"request": "GET /orders?per_page=5&user_id=usr_1"}';
    expect(summary(text)).toEqual([
      [
        'error',
        'invalid_request_file',
        'request',
        '"GET /orders?per_page=5&user_id=usr_1"',
        'Unknown operation "GET /orders?per_page=5&user_id=usr_1". Did you mean "GET /orders" with "query": { "per_page": 5, "user_id": "usr_1" }? Operations are written "METHOD /path" with {id} placeholders, query parameters go in "query", e.g. "POST /orders"; see `peeker-devkit lint --help`.',
      ],
    ]);
    const fixed = applyEdits(text, lint(text, REQUEST_FILE).fixes[0]!.edits);
    expect(fixed).toBe('{"request": "GET /orders", "query": {"per_page": 5, "user_id": "usr_1"}}');
    expect(lint(fixed, REQUEST_FILE).diagnostics).toEqual([]);
    // With a concrete id and a trailing slash in a whole URL; a parameter given in `query` stays.
    const url =
      '{"request": "GET https://api.peeker.ai/partner/v1/orders/ord_123/?x=1", "query": {"x": "2"}}';
    expect(lint(url, REQUEST_FILE).fixes.map((f) => f.title)).toEqual([
      'Change to "GET /orders/{id}" with "path": { "id": "ord_123" }',
    ]);
  });

  it('names what it leaves out of `query`: a parameter the operation lacks, a value it does not take', () => {
    const message = (request: string) =>
      lint(JSON.stringify({ request }), REQUEST_FILE).diagnostics[0]!.message;
    expect(
      [
        'GET /orders?foo=1&per_page=5',
        'GET /orders/ord_123?per_page=5',
        'GET /orders?status=open',
        'GET /orders?user_id=usr_1&user_id=usr_2',
      ].map(message),
    ).toEqual([
      'Unknown operation "GET /orders?foo=1&per_page=5". Did you mean "GET /orders" with "query": { "per_page": 5 }? Left out: `foo` (GET /orders has no such query parameter). Operations are written "METHOD /path" with {id} placeholders, query parameters go in "query", e.g. "POST /orders"; see `peeker-devkit lint --help`.',
      'Unknown operation "GET /orders/ord_123?per_page=5". Did you mean "GET /orders/{id}" with "path": { "id": "ord_123" }? Left out: `per_page` (GET /orders/{id} has no such query parameter). Operations are written "METHOD /path" with {id} placeholders, query parameters go in "query", e.g. "POST /orders"; see `peeker-devkit lint --help`.',
      'Unknown operation "GET /orders?status=open". Did you mean "GET /orders"? Left out: `status=open` (not a value `status` takes). Operations are written "METHOD /path" with {id} placeholders, query parameters go in "query", e.g. "POST /orders"; see `peeker-devkit lint --help`.',
      'Unknown operation "GET /orders?user_id=usr_1&user_id=usr_2". Did you mean "GET /orders"? Left out: `user_id=usr_1,usr_2` (not a value `user_id` takes). Operations are written "METHOD /path" with {id} placeholders, query parameters go in "query", e.g. "POST /orders"; see `peeker-devkit lint --help`.',
    ]);
  });

  it('carries a repeated parameter as one comma-separated list, and a + as a +', () => {
    const titles = (request: string) =>
      lint(JSON.stringify({ request }), REQUEST_FILE).fixes.map((f) => f.title);
    expect(titles('GET /domains/import?domains=a.com&domains=b.com')).toEqual([
      'Change to "GET /domains/import" with "query": { "domains": "a.com,b.com" }',
    ]);
    expect(titles('GET /orders?user_email=a+b@x.com')).toEqual([
      'Change to "GET /orders" with "query": { "user_email": "a+b@x.com" }',
    ]);
  });

  it('suggests the operation a concrete path near one names, with its id', () => {
    expect(lint('{"request": "GET /order/ord_1"}', REQUEST_FILE).fixes.map((f) => f.title)).toEqual([
      'Change to "GET /orders/{id}" with "path": { "id": "ord_1" }',
    ]);
  });

  it('has no suggestion for a URL on another host, whatever its path', () => {
    expect(summary('{"request": "GET https://api.github.com/orders"}')).toEqual([
      [
        'error',
        'invalid_request_file',
        'request',
        '"GET https://api.github.com/orders"',
        'Unknown operation "GET https://api.github.com/orders". Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
      ],
    ]);
  });

  it('has no suggestion for something unrelated', () => {
    expect(summary('{"request": "FETCH /nothing"}')).toEqual([
      [
        'error',
        'invalid_request_file',
        'request',
        '"FETCH /nothing"',
        'Unknown operation "FETCH /nothing". Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
      ],
    ]);
  });

  it('explains unknown keys and a missing request in request-file terms', () => {
    expect(summary('{"request": "GET /me", "headers": {}}')).toEqual([
      [
        'error',
        'invalid_request_file',
        'headers',
        '"headers"',
        'Unknown field `headers` in the request file: a request file has only `$schema`, `description`, `request`, `path`, `query`, `body`. Remove it.',
      ],
    ]);
    expect(summary('{"body": {}}').map((row) => [row[1], row[2], row[3]])).toEqual([
      ['invalid_request_file', 'request', '{'],
    ]);
    expect(summary('[]').map((row) => row[4])).toEqual([
      'The request file must be an object, not an array. One Peeker Partner API call: the operation, its query and path parameters, and its JSON body.',
    ]);
  });

  it('shares one fix among thousands of repeats, as a plain body does, in linear time and memory', () => {
    // Each repeat's finding got its own copy of the one "Remove N duplicate domains" fix, with N
    // changes, and the engine serialized every copy to find them equal: 4 000 repeats took 40 s
    // and 4 GB, 8 000 ran out of memory. The test's timeout is the bound.
    const repeats = 8000;
    const body = { domains: Array.from({ length: repeats + 1 }, () => 'dup-acme.com') };
    const text = JSON.stringify({ request: 'POST /domains/import/jobs', body }, null, 2);
    const { diagnostics, fixes } = lint(text, REQUEST_FILE);
    const duplicates = diagnostics.filter((d) => d.code === 'duplicate_domain');
    expect(duplicates).toHaveLength(repeats);
    expect(duplicates.every((d) => d.fixIds?.length === 1 && d.fixIds[0] === 'fix-1')).toBe(true);
    expect(fixes).toHaveLength(1);
    expect(fixes[0]).toMatchObject({ id: 'fix-1', title: `Remove ${repeats} duplicate domains`, safe: true });
    // The same fix, at the same places, as for the body alone.
    const plain = lint(JSON.stringify(body, null, 2), { operation: 'POST /domains/import/jobs' });
    expect(plain.fixes.map((f) => [f.title, f.edits.length])).toEqual([
      [fixes[0]!.title, fixes[0]!.edits.length],
    ]);
    expect(JSON.parse(applyEdits(text, fixes[0]!.edits))).toEqual({
      request: 'POST /domains/import/jobs',
      body: { domains: ['dup-acme.com'] },
    });
  }, 10_000);

  it('lints every shipped example request file without errors', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('examples').filter((f) => f.endsWith('.peeker.json'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const diagnostics = lint(readFileSync(`examples/${file}`, 'utf8'), {
        kind: 'auto',
        fileName: file,
      }).diagnostics;
      expect([file, diagnostics.filter((d) => d.severity !== 'info')]).toEqual([file, []]);
    }
  });
});
