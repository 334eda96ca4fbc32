import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import { readRequestLine } from '../lint/request-shape';

/** The operation a document is checked against and its problems, as `code: message`. */
const checked = (text: string, target: Parameters<typeof lint>[1]) => {
  const result = lint(text, target);
  return {
    operation: result.operation,
    problems: result.diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`),
  };
};

const UNKNOWN =
  'info operation_unknown: No operation is known for this document, so only its JSON syntax was checked. Name the file *.peeker.json with a "request" key, add "$schema": "https://peeker-devkit.dev/schemas/v1/<body-schema>.json", or pass --operation "POST /orders".';

describe('a document shaped like a request file, whatever its name', () => {
  it('is a request file even when its "request" names no operation: the typo gets the suggestion', () => {
    for (const target of [
      { kind: 'auto' } as const,
      { kind: 'auto', fileName: 'requests/me.json' } as const,
    ]) {
      expect(checked('{"request": "GET /mex"}', target)).toEqual({
        operation: undefined,
        problems: [
          'error invalid_request_file: Unknown operation "GET /mex". Did you mean "GET /me"? Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
        ],
      });
    }
    expect(
      checked('{"request": "POST https://api.peeker.ai/partner/v1/orders", "body": {}}', { kind: 'auto' })
        .problems[0],
    ).toBe(
      'error invalid_request_file: Unknown operation "POST https://api.peeker.ai/partner/v1/orders". Did you mean "POST /orders"? Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
    );
  });

  it('keeps a key typo, a swap of neighbours too, and a {name} placeholder inside the shape', () => {
    expect(checked('{"request": "POST /orders", "bdoy": {}}', { kind: 'auto' }).problems).toContain(
      'error invalid_request_file: Unknown field `bdoy` in the request file: a request file has only `$schema`, `description`, `request`, `path`, `query`, `body`. Did you mean `body`?',
    );
    expect(
      checked('{"request": "GET /orders", "qurey": {"per_page": 5}}', { kind: 'auto' }).problems,
    ).toEqual([
      'error invalid_request_file: Unknown field `qurey` in the request file: a request file has only `$schema`, `description`, `request`, `path`, `query`, `body`. Did you mean `query`?',
    ]);
    expect(
      checked('{"request": "GET /orders/{order_id}", "path": {"order_id": "ord_1"}}', { kind: 'auto' })
        .problems[0],
    ).toBe(
      'error invalid_request_file: Unknown operation "GET /orders/{order_id}". Did you mean "GET /orders/{id}"? Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
    );
  });

  it('has only request-file keys besides "request" ($schema, description, path, query, body)', () => {
    const text =
      '{"$schema": "x", "description": "d", "request": "get /orders/{id}", "path": {"id": "ord_1"}, "query": {}}';
    expect(checked(text, { kind: 'auto' }).problems).toEqual([
      'error invalid_request_file: Write the operation as "GET /orders/{id}" (method in capitals, path as in the contract).',
    ]);
  });

  it('is not any document with a "request" key: those stay unknown documents, checked for syntax only', () => {
    for (const text of [
      '{"request": "GET /mex", "response": {"status": 200}}', // a recorded exchange
      '{"request": 5}',
      '{"request": "retry on failure"}', // not a request line
      '{"request": "GET /health", "description": "our own service"}', // no Peeker path, nor near one
      '{"request": "POST /api/login", "body": {"user": "a", "password": "b"}}',
      '{"request": "GET /x"}', // too short to be a typo of /me
      '{"request": "GET https://api.github.com/orders"}', // another API's host, a Peeker path
      '{"request": "GET https://api.github.com/repos/x/y", "description": "GitHub fixture"}',
      '{"request": "GET /orders", "response": {"status": 200}}', // `response` is no typo of a request file's key
      '{"request": "GET orders"}', // no path
      '{"request": "GET /users/42", "description": "our app"}', // a numeric id is no Peeker id
      '{"request": "DELETE /users/7"}',
      '{"request": "GET /v1/orders"}', // another API's version prefix, not a typo
      '{"request": "GET /users/123"}',
      '{"request": {"method": "GET", "url": "/me"}}',
      '// a comment\n{"request": "wait", }',
    ]) {
      expect(checked(text, { kind: 'auto', fileName: 'config.json' }), text).toEqual({
        operation: undefined,
        problems: [UNKNOWN],
      });
    }
  });

  it('names a Peeker operation or a near typo of one, with any method-like word', () => {
    expect(checked('{"request": "PSOT /orders", "body": {}}', { kind: 'auto' }).problems).toEqual([
      'error invalid_request_file: Unknown operation "PSOT /orders". Did you mean "POST /orders"? Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
    ]);
    expect(checked('{"request": "FETCH /orders"}', { kind: 'auto' }).problems).toEqual([
      'error invalid_request_file: Unknown operation "FETCH /orders". Did you mean "GET /orders"? Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
    ]);
    // The emulator's loopback host is a Peeker host.
    expect(
      checked('{"request": "GET http://127.0.0.1:4010/partner/v1/me"}', { kind: 'auto' }).problems,
    ).toEqual([
      'error invalid_request_file: Unknown operation "GET http://127.0.0.1:4010/partner/v1/me". Did you mean "GET /me"? Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.',
    ]);
  });

  it('may have a typo in a request-file key, which is reported with its did-you-mean', () => {
    expect(
      checked('{"request": "POST /orders", "bdy": {"user": "a@b.co"}}', {
        kind: 'auto',
        fileName: 'typo.json',
      }),
    ).toEqual({
      operation: 'POST /orders',
      problems: [
        'error invalid_request_file: Unknown field `bdy` in the request file: a request file has only `$schema`, `description`, `request`, `path`, `query`, `body`. Did you mean `body`?',
      ],
    });
  });

  it('stays a request document when an operation is given for bodies, typo and all', () => {
    expect(
      checked('{"request": "POST /orders", "bdy": {"user": "a@b.co"}}', {
        kind: 'auto',
        operation: 'POST /orders',
        operationSource: '--operation',
      }).problems,
    ).toEqual([
      'error invalid_request_file: Unknown field `bdy` in the request file: a request file has only `$schema`, `description`, `request`, `path`, `query`, `body`. Did you mean `body`?',
    ]);
  });

  it('is a body of the given operation when it is not request-shaped', () => {
    expect(
      checked('{"request": "GET /mex", "domains": ["acme.com"]}', {
        kind: 'auto',
        operation: 'POST /domains/availability',
        operationSource: '--operation',
      }).problems,
    ).toEqual([
      'error invalid_request: Unknown field `request` in the body: the API rejects fields it does not know. Remove it.',
    ]);
  });
});

describe('readRequestLine', () => {
  // `/\/+$/` read a run of slashes again from each of its positions when it did not end the path:
  // quadratic in the run (20k slashes took seconds). The test's timeout is the bound.
  it('drops trailing slashes in linear time, whatever the run of slashes before the end', () => {
    const slashes = '/'.repeat(200_000);
    expect(readRequestLine(`GET ${slashes}me`)).toMatchObject({ method: 'GET', path: `${slashes}me` });
    expect(readRequestLine(`GET /me${slashes}`)).toMatchObject({ method: 'GET', path: '/me' });
    expect(readRequestLine(`GET ${slashes}`)).toMatchObject({ method: 'GET', path: '/' });
  }, 5_000);
});
