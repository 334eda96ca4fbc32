import { describe, expect, it } from 'vitest';
import type { PropertyResult } from '../contract-tests';
import {
  contractVerdict,
  isCompleteContractPass,
  smokeVerdict,
} from '../extension/client/core/contract-results';

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
