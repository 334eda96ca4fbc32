import { describe, expect, it } from 'vitest';
import {
  newRequestFileText,
  normalizeBaseUrl,
  parseRequestFile,
  prepareRequest,
  requestFileText,
} from '../extension/client/core/request-file';
import { findOperation } from '../schemas';

const BASE = 'http://127.0.0.1:4010/partner/v1/';

function prepare(text: string, base = BASE) {
  const file = parseRequestFile(text);
  if (!file.ok) return file;
  return prepareRequest(file.value, base);
}

describe('request file → HTTP request', () => {
  it('builds a GET with a filled path parameter and an encoded query', () => {
    expect(prepare('{"request": "GET /orders/{id}", "path": {"id": "ord_01H"}}')).toEqual({
      ok: true,
      value: expect.objectContaining({
        method: 'GET',
        url: 'http://127.0.0.1:4010/partner/v1/orders/ord_01H',
      }),
    });
    const list = prepare('{"request": "GET /orders", "query": {"per_page": 100, "user_email": "a+b@x.com"}}');
    expect(list.ok && list.value.url).toBe(
      'http://127.0.0.1:4010/partner/v1/orders?per_page=100&user_email=a%2Bb%40x.com',
    );
    expect(list.ok && list.value.body).toBeUndefined();
  });

  it('sends the body as compact JSON, comments and trailing commas allowed in the file', () => {
    const result = prepare(
      '// my order\n{"request": "POST /orders", "body": {"user": "a@b.co", "domains": ["x.com",],},}',
    );
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ method: 'POST', body: '{"user":"a@b.co","domains":["x.com"]}' }),
    });
  });

  it('escapes path parameters so they cannot change the path', () => {
    const result = prepare('{"request": "GET /users/{id}", "path": {"id": "../me?x=1"}}');
    expect(result.ok && result.value.url).toBe('http://127.0.0.1:4010/partner/v1/users/..%2Fme%3Fx%3D1');
  });

  it.each([
    ['{"request": ', 'The file is not valid JSON (ValueExpected on line 1); fix it first.'],
    ['[1]', 'A request file is a JSON object like {"request": "GET /me"}.'],
    ['{}', 'Add "request": "METHOD /path", e.g. "POST /orders" (see the completion list).'],
    ['{"request": "GET /nope"}', '"GET /nope" is not a Peeker operation; pick one from the completion list.'],
    ['{"request": "GET /orders/{id}"}', 'GET /orders/{id} needs "path": {"id": "…"}; add the id to send it.'],
    ['{"request": "GET /me", "path": {"id": "x"}}', 'GET /me has no path parameter "id"; remove it.'],
    ['{"request": "GET /me", "body": {}}', 'GET /me takes no body; remove "body".'],
    ['{"request": "POST /orders"}', 'POST /orders needs a "body"; start from the completion snippet.'],
    [
      '{"request": "GET /orders", "query": {"status": ["a"]}}',
      '"query.status" must be a string, number or boolean.',
    ],
    ['{"request": "GET /orders/{id}", "path": {"id": 5}}', '"path.id" must be a string.'],
    ['{"request": "GET /orders", "query": 3}', '"query" must be an object such as {"per_page": 25}.'],
  ])('explains a malformed file: %s', (text, message) => {
    expect(prepare(text)).toEqual({ ok: false, message });
  });

  it('accepts the method in any case', () => {
    expect(prepare('{"request": "get /me"}').ok).toBe(true);
  });
});

describe('base URL', () => {
  it.each([
    ['https://api.peeker.ai/partner/v1/', { ok: true, value: 'https://api.peeker.ai/partner/v1' }],
    [
      'not a url',
      {
        ok: false,
        message: 'The base URL "not a url" is not a URL; use e.g. https://api.peeker.ai/partner/v1.',
      },
    ],
    [
      'ftp://x/partner/v1',
      {
        ok: false,
        message: 'The base URL must start with https:// (or http:// for a local emulator), not ftp:.',
      },
    ],
    [
      'http://api.example.com/partner/v1',
      {
        ok: false,
        message:
          'The base URL http://api.example.com is plain http on another machine: your API key would cross the network in clear. Use https:// (http:// is for a local emulator).',
      },
    ],
    ['http://127.0.0.1:4010/partner/v1/', { ok: true, value: 'http://127.0.0.1:4010/partner/v1' }],
    [
      'https://x/partner/v1?a=1',
      { ok: false, message: 'The base URL must not carry a query or a fragment.' },
    ],
    [
      'https://u:p@x/partner/v1',
      { ok: false, message: 'The base URL must not carry a user name or password.' },
    ],
  ])('%s', (input, expected) => {
    expect(normalizeBaseUrl(input)).toEqual(expected);
  });
});

describe('requestFileText', () => {
  it('writes description first and omits what is not given', () => {
    expect(requestFileText({ request: 'GET /me', description: 'who am I' })).toBe(
      '{\n  "description": "who am I",\n  "request": "GET /me"\n}\n',
    );
  });
});

describe('newRequestFileText', () => {
  it('seeds the body from the schema example and path parameters from their documented examples', () => {
    const text = newRequestFileText(findOperation('POST /orders/{id}/cancel')!, {
      examples: [{ domains: ['a.com'] }],
    });
    expect(JSON.parse(text)).toEqual({
      description: 'Cancel an order, or some of its domains',
      request: 'POST /orders/{id}/cancel',
      path: { id: 'ord_01HZX0OR1A2B3C4D5E6F7G8H' },
      body: { domains: ['a.com'] },
    });
    expect(prepare(text).ok).toBe(true);
  });

  it('writes no body for an operation without one', () => {
    expect(newRequestFileText(findOperation('GET /me')!)).toBe(
      '{\n  "description": "Retrieve the calling key and its partner",\n  "request": "GET /me"\n}\n',
    );
  });
});
