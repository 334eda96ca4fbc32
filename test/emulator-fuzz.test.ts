import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../emulator';
import { sampleDomains, sampleOrderBody } from '../emulator/fixtures';
import { REQUEST_ID_PATTERN } from '../emulator/ids';
import { catalog, type ErrorCode, statusOf } from '../schemas';
import errorEnvelopeSchema from '../schemas/generated/json-schema/error-envelope.json';

const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const isEnvelope = ajv.compile(errorEnvelopeSchema);
const NUM_RUNS = 400;

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimitPerMinute: 0 });
});
afterAll(() => emulator.close());

const methods = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS');
const segment = fc.oneof(
  fc.constantFrom(
    'ord_01J0000000000000000000000A',
    'bun_x',
    'usr_',
    'dom_1',
    'imp_Z',
    'jobs',
    'pending',
    '..',
    '%E0%A4%A',
    '%00',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.string({ minLength: 101, maxLength: 140 }).map(encodeURIComponent),
);
const templatePath = fc
  .tuple(fc.constantFrom(...catalog.operations.map((op) => op.path)), segment)
  .map(([path, id]) => path.replace('{id}', id));
const path = fc
  .tuple(
    fc.constantFrom(...catalog.basePaths, '', '/partner', '/_emulator'),
    fc.oneof(
      templatePath,
      fc.array(segment, { maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
    ),
  )
  .map(([base, rest]) => `${base}${rest}`);
const queryValue = fc.oneof(
  fc.constantFrom(
    '1',
    '25',
    '100',
    '0',
    '101',
    '-3',
    '1e3',
    '',
    'open',
    'completed',
    'a@b.co',
    'usr_1',
    'eyJvIjoxfQ.x',
  ),
  fc.string({ maxLength: 20 }),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'per_page',
        'page_token',
        'status',
        'user_id',
        'user_email',
        'user',
        'domains',
        'category',
        'x',
        '',
      ),
      queryValue,
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs)}` : ''));
const authorization = fc.oneof(
  fc.constant<string | undefined>(undefined),
  fc.constantFrom('VALID', 'Bearer pk_live_abc123', 'Bearer pk_test_nope', 'Basic x', 'Bearer', 'VALID '),
  fc.string({ maxLength: 30 }),
);
const contentType = fc.oneof(
  fc.constant<string | undefined>(undefined),
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/xml',
    'multipart/form-data',
  ),
);
const validOrder = sampleOrderBody(sampleDomains('fuzz', 2));
const body = fc.oneof(
  fc.constant<string | undefined>(undefined),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 60 }),
  fc.constant(JSON.stringify(validOrder)),
  // A valid order with one field replaced by an arbitrary JSON value.
  fc
    .tuple(fc.constantFrom(...Object.keys(validOrder), 'unknown_field'), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, value]) => JSON.stringify({ ...validOrder, [key]: value })),
  fc.constantFrom('{"domains":["a.com"', '[]', 'null', '{"domains":[]}', '\uFEFF{}', '{"a":1}{"b":2}'),
  // Malformed and nested deeper than any call stack: nothing may walk it recursively.
  fc.constantFrom('['.repeat(10_000), `${'{"a":'.repeat(20_000)}]`),
);

describe('fuzz: random requests', () => {
  it('always answer with a request id, never a 500, and errors in the envelope with the documented status', async () => {
    await fc.assert(
      fc.asyncProperty(
        methods,
        path,
        query,
        authorization,
        contentType,
        body,
        async (method, p, q, auth, type, payload) => {
          const headers: Record<string, string> = {};
          if (auth !== undefined) headers.Authorization = auth.replace(/^VALID/, `Bearer ${emulator.apiKey}`);
          if (type !== undefined) headers['Content-Type'] = type;
          const sendsBody = payload !== undefined && method !== 'GET' && method !== 'HEAD';
          let response: Response;
          try {
            response = await fetch(`${emulator.url}${p}${q}`, {
              method,
              headers,
              ...(sendsBody ? { body: payload } : {}),
            });
          } catch {
            return true; // fetch refused to build the request (e.g. a header value it rejects): nothing was sent.
          }
          const text = await response.text();
          expect(response.headers.get('peeker-request-id')).toMatch(REQUEST_ID_PATTERN);
          expect(response.status).not.toBe(500);
          if (method === 'HEAD') return true;
          const parsed = JSON.parse(text);
          if (response.status >= 400) {
            expect(isEnvelope(parsed), `${method} ${p}${q} → ${text}`).toBe(true);
            const code = parsed.error.code as ErrorCode;
            expect(response.status).toBe(statusOf(code));
            expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
          } else {
            expect(parsed).toHaveProperty('data');
          }
          return true;
        },
      ),
      { numRuns: NUM_RUNS, seed: 20260629, endOnFailure: true },
    );
  });
});
