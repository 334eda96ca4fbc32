import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { type ParseError, parse as parseJsonc } from 'jsonc-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient, type EmulatorResponse } from '../emulator/client';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';
import { REQUEST_ID_PATTERN } from '../emulator/ids';
import { jsonSyntaxError } from '../emulator/json-body';
import { checkBody } from '../lint';
import { firstInvalidUtf8Byte } from '../lint/utf8';
import { catalog, type ErrorCode, statusOf } from '../schemas';
import { OPENAPI_PATH, parseSource } from '../schemas/build-artifacts';
import errorEnvelopeSchema from '../schemas/generated/json-schema/error-envelope.json';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const isEnvelope = ajv.compile(errorEnvelopeSchema);

let emulator: RunningEmulator;
let client: EmulatorClient;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  client = new EmulatorClient(emulator);
});
afterAll(() => emulator.close());

const openapi = parseSource(readFileSync(OPENAPI_PATH, 'utf8'));

/** The statuses openapi.yaml lists for an operation, e.g. `['200', '401', '429', '500']`. */
function documentedStatuses(key: string): string[] {
  const operation = catalog.operations.find((op) => op.key === key)!;
  const item = openapi.paths[operation.path] as Record<string, { responses: Record<string, unknown> }>;
  return Object.keys(item[operation.method.toLowerCase()]!.responses);
}

/** Asserts the contract's envelope, the code's documented status, and exactly this code/field. */
function expectError(response: EmulatorResponse, code: ErrorCode, field?: string, status = statusOf(code)) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(isEnvelope(response.body), JSON.stringify(isEnvelope.errors)).toBe(true);
  expect(response.body.error.code).toBe(code);
  expect(response.body.error.field).toBe(field);
  expect(typeof response.body.error.message).toBe('string');
  expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

describe('error envelope', () => {
  it('reports malformed JSON with its position and no field', async () => {
    const response = await client.api('POST', '/orders', { body: '{\n  "user": ,\n}' });
    expectError(response, 'invalid_request');
    expect(response.body.error.details).toEqual({ line: 2, column: 11 });
  });

  it('reports malformed JSON nested deeper than any call stack with its position, not a 500', async () => {
    const brackets = await client.api('POST', '/domains/availability', { body: '['.repeat(10_000) });
    expectError(brackets, 'invalid_request');
    expect(brackets.body.error.message).toBe('The request body is not valid JSON (line 1, column 10001).');
    expect(brackets.body.error.details).toEqual({ line: 1, column: 10_001 });
    const objects = await client.api('POST', '/orders', { body: `${'{"a":'.repeat(20_000)}\n]` });
    expectError(objects, 'invalid_request');
    expect(objects.body.error.details).toEqual({ line: 2, column: 1 });
  });

  it('places a syntax error where jsonc-parser does, for any text it can walk', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"a"',
      '"b',
      '1',
      '-',
      '01',
      '1.',
      'true',
      'nul',
      ' ',
      '\n',
      '/*x*/',
      '//c\n',
      '/*',
      '\uFEFF',
      '"\\q"',
      '"\\u12"',
      '"\t"',
      'x',
    );
    const text = fc.oneof(
      fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join('')),
      fc.string(),
      // Valid JSON with a few characters cut out somewhere.
      fc
        .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }))
        .map(
          ([json, at, cut]) =>
            json.slice(0, at % (json.length + 1)) + json.slice((at % (json.length + 1)) + cut),
        ),
    );
    fc.assert(
      fc.property(text, (input) => {
        const errors: ParseError[] = [];
        parseJsonc(input, errors, { allowTrailingComma: false, disallowComments: true });
        expect(jsonSyntaxError(input)?.offset).toBe(errors[0]?.offset);
      }),
      { numRuns: 3000, seed: 20260701 },
    );
  });

  it('calls valid JSON cut anywhere short, and nothing else', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, at) => {
        const prefix = json.slice(0, at % json.length);
        let complete = true;
        try {
          JSON.parse(prefix);
        } catch {
          complete = false;
        }
        // A prefix that is JSON itself (`12` of `123`) has no error to call cut short.
        expect(jsonSyntaxError(prefix)?.cutShort).toBe(complete ? undefined : true);
      }),
      { numRuns: 3000, seed: 20261126 },
    );
    expect(
      ['garbage', '{"a" 1', '[1 2', '{"a":1}}', '{1', 'trux', '"a\\q', '{"a":"x\\qy", "b'].map(
        (text) => jsonSyntaxError(text)?.cutShort,
      ),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('refuses a body that is not application/json', async () => {
    const response = await client.api('POST', '/bundles', {
      body: 'name=x',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expectError(response, 'invalid_request');
    expect(response.body.error.message).toBe(
      'Content-Type must be application/json, got "application/x-www-form-urlencoded".',
    );
  });

  it('asks for a body when a required one is missing', async () => {
    expectError(await client.api('POST', '/bundles'), 'invalid_request');
  });

  it('answers bodies over 1 MB with 413 payload_too_large', async () => {
    const response = await client.api('POST', '/domains/import/jobs', { body: 'x'.repeat(1_048_577) });
    expectError(response, 'payload_too_large');
    expect(response.body.error.details).toEqual({ limit_bytes: 1_048_576 });
  });

  it('answers request headers over 16 KB with 413 payload_too_large and a request id', async () => {
    const response = await client.api('GET', '/me', { headers: { 'X-Padding': 'x'.repeat(17_000) } });
    expectError(response, 'payload_too_large');
    expect(response.body).toEqual({
      error: {
        code: 'payload_too_large',
        message: 'Request headers are too large (over 16384 bytes in all). Send fewer or shorter headers.',
      },
    });
    expect(response.requestId).toMatch(REQUEST_ID_PATTERN);
  });

  it('names an unknown field', async () => {
    const response = await client.api('POST', '/bundles', {
      body: { name: 'B', monthly_sending_volume: 1000, colour: 'red' },
    });
    expectError(response, 'invalid_request', 'colour');
  });

  it('names a wrong-typed field', async () => {
    expectError(
      await client.api('POST', '/bundles', { body: { name: 'B', monthly_sending_volume: 'lots' } }),
      'invalid_request',
      'monthly_sending_volume',
    );
  });

  it('uses order_shape_conflict for a bundle mixed with custom sizing', async () => {
    const body = sampleOrderBody(sampleDomains('shape', 1), { bundle_id: 'bun_01J0000000000000000000000A' });
    expectError(await client.api('POST', '/orders', { body }), 'order_shape_conflict', 'bundle_id');
  });

  it('uses domain_count_mismatch with the three counts for custom sizing', async () => {
    const body = sampleOrderBody(sampleDomains('count', 1), { google_licenses: 6 });
    const response = await client.api('POST', '/orders', { body });
    expectError(response, 'domain_count_mismatch', 'domains');
    expect(response.body.error.details).toEqual({ required_count: 3, submitted_count: 1, missing_count: 2 });
  });

  it('uses not_found with field id for an unknown record', async () => {
    expectError(await client.api('GET', '/bundles/bun_01J0000000000000000000000A'), 'not_found', 'id');
  });

  it('answers a path whose id is empty (a trailing slash) like an unknown route', async () => {
    for (const [method, path] of [
      ['GET', '/users/'],
      ['PATCH', '/orders/'],
      ['POST', '/orders//cancel'],
    ] as const) {
      const response = await client.api(method, path, method === 'GET' ? {} : { body: {} });
      expectError(response, 'not_found');
      expect(response.body.error.message).toBe(`No route ${method} /partner/v1${path}.`);
      // Without a key it is 401 first, as on every URL no operation matches.
      expectError(await client.api(method, path, { key: null }), 'unauthorized');
    }
  });

  it('says a blank id is blank (after the key check), rather than quoting its spaces', async () => {
    const response = await client.api('GET', '/users/%20%20');
    expectError(response, 'not_found', 'id');
    expect(response.body.error.message).toBe("The id in the path is blank; send the record's id.");
    expectError(await client.api('GET', '/users/%20%20', { key: null }), 'unauthorized');
  });

  it('escapes control characters in an unknown id as the lint engine does, as route messages do', async () => {
    const response = await client.api('GET', '/orders/%00x%1B');
    expectError(response, 'not_found', 'id');
    expect(response.body.error.message).toBe('No order \\u0000x\\u001b in this account.');
    const delivery = await client.control('POST', '/webhooks/deliveries/%07/replay');
    expect(delivery.status).toBe(404);
    expect(delivery.body.error.message).toBe('No delivery \\u0007.');
  });

  it('escapes C1 controls, bidirectional controls and lone surrogates in quoted input', async () => {
    const response = await client.api('GET', '/orders?user_id=usr_%E2%80%AEab%C2%9B');
    expectError(response, 'invalid_request', 'user_id');
    expect(response.body.error.message).toBe(
      'user_id must be an id starting with usr_, got "usr_\\u202eab\\u009b".',
    );
    const lone = await client.api('GET', '/orders/ord_%ED%A0%BD');
    expect(lone.body.error.message).not.toMatch(/[\ud800-\udfff]/);
  });

  it('escapes line separators and invisible characters in quoted input', async () => {
    const response = await client.api('GET', '/orders/a%E2%80%AEb%E2%80%A8c%E2%80%8Bd%EF%BB%BFe%E2%81%A0f');
    expectError(response, 'not_found', 'id');
    expect(response.body.error.message).toBe(
      'No order a\\u202eb\\u2028c\\u200bd\\ufeffe\\u2060f in this account.',
    );
  });

  it('quotes a body key in message and field as the lint engine does, one form in both', async () => {
    const key = 'a\u202eb\ud800c\u009bd\u2029e';
    const response = await client.api('POST', '/domains/availability', {
      body: { domains: ['x.com'], [key]: 1 },
    });
    const escaped = 'a\\u202eb\\ud800c\\u009bd\\u2029e';
    expectError(response, 'invalid_request', escaped);
    expect(response.body.error.message).toContain(`\`${escaped}\``);
    const [violation] = checkBody('POST /domains/availability', { domains: ['x.com'], [key]: 1 });
    expect([response.body.error.message, response.body.error.field]).toEqual([
      violation!.message,
      violation!.field,
    ]);
  });

  it('cuts a long quote between characters, never inside a flag', async () => {
    const response = await client.api('GET', `/orders?${encodeURIComponent(`${'a'.repeat(58)}🇺🇸`)}=1`);
    expectError(response, 'invalid_request', `${'a'.repeat(58)}…`);
  });

  it('cuts a long quote between characters, never inside an emoji', async () => {
    const name = `${'a'.repeat(59)}😀`;
    const response = await client.api('GET', `/orders?${encodeURIComponent(name)}=1`);
    const quoted = `${'a'.repeat(59)}…`;
    expectError(response, 'invalid_request', quoted);
    expect(response.body.error.message).toContain(`"${quoted}"`);
    expect(response.body.error.message).not.toMatch(/[\ud800-\udfff]/);
  });

  it('never echoes an API key or webhook secret that came in a path, a query value or a name', async () => {
    const inPath = await client.api('GET', '/orders/pk_live_SECRETSECRET123');
    expect(inPath.body.error.message).toBe('No order pk_live_… in this account.');
    const inValue = await client.api('GET', '/orders?status=pk_test_SECRETSECRET123');
    expect(inValue.body.error.message).toContain('"pk_test_…"');
    const inName = await client.api('GET', '/orders?whsec_SECRETSECRET=1');
    expect(inName.body.error.field).toBe('whsec_…');
    const inDetails = await client.control('PUT', '/faults', { faults: ['pk_live_SECRETSECRET123'] });
    expect(inDetails.body.error.details).toEqual({ unknown: ['pk_live_…'] });
    const encoded = await client.api('GET', '/pk%5Flive%5FSECRETSECRET123');
    const dashed = await client.api('GET', '/orders/pk_live_a-SECRET_PART.123');
    for (const response of [inPath, inValue, inName, inDetails, encoded, dashed])
      expect(JSON.stringify(response.body)).not.toContain('SECRET');
  });

  it('never echoes a key whose prefix has a percent-encoded letter in the "No route" message', async () => {
    const targets = ['%70k_live_SECRET1', 'pk_l%69ve_SECRET2', '%50K%5FTEST%5FSECRET3', 'wh%73ec_SECRET4'];
    for (const target of targets) {
      const response = await client.api('GET', `/${target}`);
      expectError(response, 'not_found');
      expect(response.body.error.message).toBe(
        `No route GET /partner/v1/${target.replace(/SECRET\d/, '…')}.`,
      );
    }
  });

  it('says an empty or blank control-API id is empty or blank, rather than "No key ."', async () => {
    const empty = await client.control('DELETE', '/keys/');
    expect(empty.status).toBe(404);
    expect(empty.body.error).toEqual({
      code: 'not_found',
      message: "The id in the path is empty; send the record's id.",
      field: 'id',
    });
    const blank = await client.control('POST', '/webhooks/deliveries/%20/replay');
    expect(blank.body.error.message).toBe("The id in the path is blank; send the record's id.");
  });

  it('uses not_found without a field for an unknown route', async () => {
    const response = await client.api('GET', '/widgets');
    expectError(response, 'not_found');
    expect(response.body.error.message).toBe('No route GET /partner/v1/widgets.');
  });

  it('answers a known path with the wrong method like an unknown route, naming the methods that exist', async () => {
    const response = await client.api('PUT', '/orders');
    expectError(response, 'not_found');
    expect(response.body.error.message).toBe('No route PUT /partner/v1/orders; it accepts GET or POST.');
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(response.body.error.details).toEqual({ allowed: ['GET', 'POST'] });
  });

  it('names a bad query value and an unknown query parameter', async () => {
    expectError(await client.api('GET', '/orders?status=done'), 'invalid_request', 'status');
    expectError(await client.api('GET', '/orders?sort=asc'), 'invalid_request', 'sort');
    expectError(await client.api('GET', '/orders?per_page=2&per_page=3'), 'invalid_request', 'per_page');
    expectError(await client.api('GET', '/domains/import'), 'invalid_request', 'domains');
  });

  it('accepts a charset on application/json when it names UTF-8', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/json;charset="UTF8"']) {
      const response = await client.api('POST', '/domains/availability', {
        body: { domains: ['fresh-name.com'] },
        headers: { 'Content-Type': type },
      });
      expect(response.status, type).toBe(200);
    }
  });

  it('refuses a charset other than UTF-8 instead of decoding the body as UTF-8 anyway', async () => {
    const response = await client.api('POST', '/domains/availability', {
      body: { domains: ['fresh-name.com'] },
      headers: { 'Content-Type': 'application/json; charset=iso-8859-1' },
    });
    expectError(response, 'invalid_request');
    expect(response.body.error.message).toBe(
      'Content-Type declares charset "iso-8859-1", but JSON bodies must be UTF-8 (RFC 8259). ' +
        'Encode the body as UTF-8 and send Content-Type: application/json (or application/json; charset=utf-8).',
    );
  });

  it('refuses a body that is not UTF-8, naming the first bad byte, on the API and the control API', async () => {
    // Latin-1 "José": the é is the single byte 0xE9. Decoded leniently it was stored as "Jos\uFFFD".
    const latin1 = Buffer.from(
      '{"email":"latin1@example.com","first_name":"Jos\u00e9","sequencer":{"provider":"smartlead","client_id":1}}',
      'latin1',
    );
    const message =
      'The request body is not valid UTF-8 (byte 47 is 0xE9). JSON bodies must be UTF-8 (RFC 8259): re-encode the body ' +
      'as UTF-8 (Latin-1 or Windows-1252 text sends "é" as the single byte 0xE9; UTF-8 sends 0xC3 0xA9).';
    for (const [url, headers] of [
      [`${emulator.baseUrl}/users`, { Authorization: `Bearer ${emulator.apiKey}` }],
      [`${emulator.url}/_emulator/keys`, {}],
    ] as const) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: latin1,
      });
      expect(response.status, url).toBe(400);
      expect(response.headers.get('peeker-request-id')).toMatch(REQUEST_ID_PATTERN);
      expect(await response.json(), url).toEqual({
        error: { code: 'invalid_request', message, details: { byte_offset: 47 } },
      });
    }
    const users = await client.api('GET', '/users?per_page=100');
    expect(JSON.stringify(users.body)).not.toContain('latin1@example.com');
  });

  it('finds the first byte that is not UTF-8 exactly where a strict decoder stops', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 12 }),
      // Valid UTF-8 with one byte replaced or cut off: the hard cases are near real characters.
      fc
        .tuple(fc.string({ unit: 'binary', maxLength: 6 }), fc.nat(), fc.integer({ min: 0x80, max: 0xff }))
        .map(([text, at, byte]) => {
          const encoded = Buffer.from(text, 'utf8');
          if (encoded.length === 0) return Uint8Array.of(byte);
          const copy = Uint8Array.from(encoded);
          copy[at % copy.length] = byte;
          return at % 2 ? copy : copy.subarray(0, at % copy.length);
        }),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const offset = firstInvalidUtf8Byte(input);
        expect(offset === -1).toBe(isUtf8(input));
        if (offset !== -1) {
          // Everything before it is UTF-8, and the strict decoder refuses from it on.
          expect(isUtf8(input.subarray(0, offset))).toBe(true);
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(offset))).toThrow();
          const decodedUpTo = new TextDecoder('utf-8').decode(input.subarray(0, offset + 1));
          expect(decodedUpTo.endsWith('\uFFFD')).toBe(true);
        }
      }),
      { numRuns: 2000, seed: 20260702 },
    );
  });
});

describe('statuses openapi.yaml lists', () => {
  it('include the 404 POST /domains/forwarding answers for a domain not in the account', async () => {
    const response = await client.api('POST', '/domains/forwarding', {
      body: { domains: ['never-seen.com'], forwarding_url: 'https://acme.com' },
    });
    expectError(response, 'not_found', 'domains[0]');
    expect(response.body.error.message).toBe('No domain never-seen.com in this account.');
    expect(documentedStatuses('POST /domains/forwarding')).toContain('404');
  });

  it.each(catalog.operations.map((operation) => [operation.key, operation] as const))(
    'include the 400 and 413 %s answers to an unknown query parameter and oversized headers or body',
    async (key, operation) => {
      const path = operation.path.replace('{id}', 'zzz_0');
      const allowed = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      const unknown = await client.api(operation.method, `${path}?colour=red`);
      expectError(unknown, 'invalid_request', 'colour');
      expect(unknown.body.error.message).toBe(
        `Unknown query parameter "colour" for ${key}. ` +
          (allowed.length ? `Allowed: ${allowed.join(', ')}.` : 'It takes no query parameters.'),
      );
      const headers = await client.api(operation.method, path, {
        headers: { 'X-Padding': 'x'.repeat(17_000) },
      });
      expectError(headers, 'payload_too_large');
      if (operation.requestSchema !== null) {
        const body = await client.api(operation.method, path, { body: `"${'x'.repeat(1_048_577)}"` });
        expectError(body, 'payload_too_large');
        expect(body.body.error.details).toEqual({ limit_bytes: 1_048_576 });
      }
      expect(documentedStatuses(key)).toEqual(expect.arrayContaining(['400', '413']));
    },
  );
});
