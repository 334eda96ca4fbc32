import { describe, expect, it } from 'vitest';
import type { PropertyResult } from '../contract-tests';
import {
  contractVerdict,
  isCompleteContractPass,
  prepareSmokeRequest,
  smokeVerdict,
} from '../extension/client/core/contract-results';
import { lint } from '../lint';

const base: PropertyResult = {
  name: 'dedupe.same-body-same-order',
  group: 'dedupe',
  description: 'Posts the same body twice.',
  promise: 'Resend the same body and you get the same order back.',
  needsEmulator: false,
  status: 'passed',
  runs: 20,
  requests: 40,
  durationMs: 812,
};

describe('contract results in the Testing view', () => {
  it('passes and skips with a one-line output', () => {
    expect(contractVerdict(base)).toEqual({
      state: 'passed',
      output: 'dedupe.same-body-same-order — passed (20 runs, 40 requests, 812 ms)',
    });
    expect(
      contractVerdict({
        ...base,
        status: 'skipped',
        reason: 'skipped: needs emulator',
        runs: 0,
        requests: 0,
        durationMs: 0,
      }),
    ).toEqual({
      state: 'skipped',
      output: 'dedupe.same-body-same-order — skipped (0 runs, 0 requests, 0 ms): skipped: needs emulator',
    });
  });

  it('fails with the counterexample, the replay command and the request id, key redacted', () => {
    const verdict = contractVerdict({
      ...base,
      status: 'failed',
      failure: {
        message: 'The second POST /orders created ord_2 instead of returning ord_1.',
        counterexample: '[{"domains":["a.com"]}]',
        seed: 42,
        path: '3:1',
        shrinks: 2,
        replay: 'peeker-devkit contract --only dedupe.same-body-same-order --seed 42 --path 3:1',
        exchange: {
          method: 'POST',
          url: 'http://127.0.0.1:4010/partner/v1/orders',
          authorization: 'Bearer pk_test_…',
          status: 200,
          responseHeaders: {},
          responseBody: '{"data":{"id":"ord_2"}} pk_test_LEAKED',
          json: undefined,
          requestId: 'req_01JX',
          durationMs: 3,
        },
        exchanges: [],
      },
    });
    expect(verdict).toEqual({
      state: 'failed',
      message:
        'The second POST /orders created ord_2 instead of returning ord_1. (Peeker-Request-Id req_01JX)',
      output: [
        'dedupe.same-body-same-order — failed (20 runs, 40 requests, 812 ms)',
        'Broken promise: Resend the same body and you get the same order back.',
        'The second POST /orders created ord_2 instead of returning ord_1.',
        'Counterexample: [{"domains":["a.com"]}]',
        'Replay: peeker-devkit contract --only dedupe.same-body-same-order --seed 42 --path 3:1',
        'Request: POST http://127.0.0.1:4010/partner/v1/orders',
        'Response: 200 · Peeker-Request-Id: req_01JX',
        '{"data":{"id":"ord_2"}} pk_test_…',
      ].join('\n'),
    });
  });

  it('counts only a complete run with no failure as the go-live evidence', () => {
    expect(isCompleteContractPass([base, { ...base, status: 'skipped' }], 2)).toBe(true);
    expect(isCompleteContractPass([base], 2)).toBe(false);
    expect(isCompleteContractPass([base, { ...base, status: 'failed' }], 2)).toBe(false);
    expect(isCompleteContractPass([{ ...base, status: 'skipped' }], 1)).toBe(false);
  });
});

describe('request files as smoke tests', () => {
  const response = (status: number, json: unknown) => ({
    kind: 'response' as const,
    response: {
      status,
      statusText: '',
      headers: {},
      bodyText: JSON.stringify(json),
      truncated: false,
      json,
      requestId: 'req_01S',
      durationMs: 4,
    },
  });

  it('passes on 2xx', () => {
    expect(smokeVerdict('GET /me', response(200, { data: {} }))).toEqual({
      state: 'passed',
      output: 'GET /me → 200 · Peeker-Request-Id: req_01S',
    });
  });

  it('fails on an error with its meaning and the decision rule', () => {
    const verdict = smokeVerdict(
      'POST /orders',
      response(401, { error: { code: 'unauthorized', message: 'no' } }),
    );
    expect(verdict.state).toBe('failed');
    expect(verdict.state === 'failed' && verdict.message).toBe(
      [
        'POST /orders → 401 unauthorized',
        'Key missing, malformed, or revoked.',
        'Decision rule: Check the Authorization bearer header and the key.',
        'Peeker-Request-Id: req_01S',
      ].join('\n'),
    );
  });

  it('errors when nothing answered', () => {
    expect(
      smokeVerdict('GET /me', { kind: 'network', message: 'Nothing is listening.', durationMs: 1 }),
    ).toEqual({
      state: 'errored',
      message: 'Nothing is listening.',
      output: 'Nothing is listening.',
    });
  });
});

describe('request files as smoke tests: the lint gate', () => {
  const BASE = 'http://127.0.0.1:41237/partner/v1';
  const smoke = (text: string) =>
    prepareSmokeRequest('orders/conflict.peeker.json', text, lint(text, { kind: 'request-file' }), BASE);

  it('does not send a file with lint errors: it fails with the findings, at the first one', () => {
    const text = `{
  "request": "POST /orders",
  "body": {
    "user": "client@example.com",
    "bundle_id": "bun_01HZX0BU1A2B3C4D5E6F7G8H",
    "google_licenses": 4,
    "sequencer": { "provider": "smartlead", "client_id": 366903, "login_email": "ops@acme.com", "login_password": "pw" },
    "domains": ["acme-mail.com", "https://team-acme.com/"],
    "personas": [{ "first_name": "Sam", "last_name": "Lee", "profile_picture_url": "" }]
  }
}`;
    const headline =
      'orders/conflict.peeker.json was not sent: 2 lint errors the API would reject (order_shape_conflict, invalid_request).';
    const findings = [
      'Ln 5, Col 5 · order_shape_conflict (bundle_id): `bundle_id` cannot be combined with custom sizing (`google_licenses`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.',
      'Ln 8, Col 34 · invalid_request (domains[1]): `domains[1]` "https://team-acme.com/" is a URL, not a domain name: send just the host name.',
    ];
    expect(smoke(text)).toEqual({
      verdict: {
        state: 'failed',
        message: [headline, ...findings].join('\n'),
        output: [
          headline,
          ...findings,
          'Fix them (quick fixes in the Problems view), then run it again.',
        ].join('\n'),
        at: { line: 4, character: 4 },
      },
    });
  });

  it('fails on a file that is not JSON or names no operation, without sending it', () => {
    expect(smoke('{ "request": "GET /me", ')).toMatchObject({
      verdict: { state: 'failed', at: { line: 0 } },
    });
    expect(smoke('{ "request": "GET /order" }')).toMatchObject({
      verdict: {
        state: 'failed',
        message: expect.stringMatching(
          /^orders\/conflict\.peeker\.json was not sent: 1 lint error .*\(invalid_request_file\)/,
        ),
      },
    });
  });

  it('sends a file whose only findings are warnings', () => {
    const text =
      '{ "request": "POST /domains/availability", "body": { "domains": ["acme.com", "acme.com"] } }';
    expect(lint(text, { kind: 'request-file' }).diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'duplicate_domain'],
    ]);
    expect(smoke(text)).toMatchObject({
      request: { method: 'POST', url: `${BASE}/domains/availability` },
    });
  });

  it('fails on a missing path parameter without sending it', () => {
    expect(smoke('{ "request": "GET /orders/{id}" }')).toEqual({
      verdict: {
        state: 'failed',
        message: [
          'orders/conflict.peeker.json was not sent: 1 lint error the API would reject (invalid_request_file).',
          'Ln 1, Col 1 · invalid_request_file (path.id): GET /orders/{id} needs the path parameter `id`: add "path": { "id": "ord_01HZX0OR1A2B3C4D5E6F7G8H" }.',
        ].join('\n'),
        output: expect.stringContaining('Fix them (quick fixes in the Problems view), then run it again.'),
        at: { line: 0, character: 0 },
      },
    });
  });

  it('builds the request of a clean file against the run target', () => {
    const result = smoke('{ "request": "GET /orders", "query": { "per_page": 5 } }');
    expect(result).toMatchObject({ request: { method: 'GET', url: `${BASE}/orders?per_page=5` } });
    expect('request' in result && result.request).not.toHaveProperty('body');
  });
});
