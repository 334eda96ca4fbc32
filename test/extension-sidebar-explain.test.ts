import { describe, expect, it } from 'vitest';
import { decisionRuleFor, describeFailedCall, explainResponse } from '../extension/client/core/explain';
import type { ResponseRecord } from '../extension/client/core/http';
import { renderResponseDocument } from '../extension/client/core/response-document';
import { catalog, findOperation } from '../schemas';

function response(status: number, json: unknown, extra: Partial<ResponseRecord> = {}): ResponseRecord {
  return {
    status,
    statusText: '',
    headers: { 'content-type': 'application/json', 'peeker-request-id': 'req_01JABCDEFGHJKMNPQRSTVWXYZ0' },
    bodyText: JSON.stringify(json),
    truncated: false,
    json,
    requestId: 'req_01JABCDEFGHJKMNPQRSTVWXYZ0',
    durationMs: 12,
    ...extra,
  };
}

const rule = (when: string) => catalog.decisionRule.find((row) => row.when === when)!;

describe('decision rule', () => {
  it.each([
    [400, true, '4xx with error.field'],
    [400, false, '4xx without error.field'],
    [404, false, '4xx without error.field'],
    [401, false, '401'],
    [403, false, '403'],
    [429, false, '429'],
    [500, false, '5xx'],
    [503, false, '5xx'],
  ])('%i (field: %s) → %s', (status, hasField, when) => {
    expect(decisionRuleFor(status, hasField)).toEqual(rule(when));
  });

  it('has no advice for a success', () => {
    expect(decisionRuleFor(200, false)).toBeUndefined();
  });
});

describe('explainResponse', () => {
  it('explains order_shape_conflict with its meaning, action and rule', () => {
    const explanation = explainResponse(
      response(400, { error: { code: 'order_shape_conflict', message: 'Pick one.' } }),
    );
    expect(explanation).toEqual({
      headline: '400 order_shape_conflict',
      ok: false,
      requestId: 'req_01JABCDEFGHJKMNPQRSTVWXYZ0',
      error: {
        code: 'order_shape_conflict',
        message: 'Pick one.',
        meaning: 'POST /orders body mixed bundle_id with custom license/density fields.',
        action: 'Pick one - bundle OR custom sizing.',
      },
      rule: rule('4xx without error.field'),
      warnings: [],
    });
  });

  it('reads retry_after_seconds from a 429', () => {
    const explanation = explainResponse(
      response(429, {
        error: { code: 'rate_limited', message: 'Slow down', details: { retry_after_seconds: 12 } },
      }),
    );
    expect(explanation.retryAfterSeconds).toBe(12);
    expect(explanation.rule).toEqual(rule('429'));
  });

  it('uses the field branch when error.field is present', () => {
    const explanation = explainResponse(
      response(400, { error: { code: 'domain_count_mismatch', message: 'x', field: 'domains' } }),
    );
    expect(explanation.rule).toEqual(rule('4xx with error.field'));
    expect(explanation.error?.field).toBe('domains');
  });

  it('warns about a missing request id, a non-envelope body and an undocumented code', () => {
    expect(
      explainResponse(
        response(502, undefined, { json: undefined, bodyText: '<html>', requestId: undefined, headers: {} }),
      ).warnings,
    ).toEqual([
      'No Peeker-Request-Id header: every Peeker response should carry one (seed §2).',
      'The error body is not the uniform {"error": {"code", "message"}} envelope (a proxy or a wrong base URL?).',
    ]);
    expect(explainResponse(response(400, { error: { code: 'brand_new', message: 'x' } })).warnings).toEqual([
      'brand_new is not in the documented error table; branch on the status.',
    ]);
    expect(explainResponse(response(404, { error: { code: 'order_shape_conflict' } })).warnings).toEqual([
      'The contract gives order_shape_conflict status 400, not 404.',
    ]);
  });

  it('is ok for a 2xx', () => {
    expect(explainResponse(response(200, { data: {} }))).toEqual({
      headline: '200',
      ok: true,
      requestId: 'req_01JABCDEFGHJKMNPQRSTVWXYZ0',
      warnings: [],
    });
  });
});

describe('renderResponseDocument', () => {
  const request = {
    method: 'POST' as const,
    url: 'http://127.0.0.1:4010/partner/v1/orders',
    operation: findOperation('POST /orders')!,
  };

  it('shows the status, the request id, the explanation, headers and body', () => {
    const text = renderResponseDocument(request, {
      kind: 'response',
      response: response(400, { error: { code: 'order_shape_conflict', message: 'Pick one.' } }),
    });
    expect(text).toBe(
      [
        'POST http://127.0.0.1:4010/partner/v1/orders',
        '400 order_shape_conflict · 12 ms',
        'Peeker-Request-Id: req_01JABCDEFGHJKMNPQRSTVWXYZ0',
        '',
        'What it means: POST /orders body mixed bundle_id with custom license/density fields.',
        'What to do: Pick one - bundle OR custom sizing.',
        `Decision rule (4xx without error.field): ${rule('4xx without error.field').advice}`,
        'Support: quote Peeker-Request-Id req_01JABCDEFGHJKMNPQRSTVWXYZ0 with the URL, status and error body.',
        '',
        '── Headers ──',
        'content-type: application/json',
        'peeker-request-id: req_01JABCDEFGHJKMNPQRSTVWXYZ0',
        '',
        '── Body ──',
        '{',
        '  "error": {',
        '    "code": "order_shape_conflict",',
        '    "message": "Pick one."',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('shows a network failure and redacts any key in it', () => {
    const text = renderResponseDocument(request, {
      kind: 'network',
      message: 'refused for pk_test_abc123',
      durationMs: 3,
    });
    expect(text).toBe(
      'POST http://127.0.0.1:4010/partner/v1/orders\nNo response · 3 ms\n\nrefused for pk_test_…\n',
    );
  });
});

describe('describeFailedCall', () => {
  it('names the code, its meaning, the advice and the request id', () => {
    expect(
      describeFailedCall(
        'GET /me',
        response(401, { error: { code: 'unauthorized', message: 'Invalid key' } }),
      ),
    ).toBe(
      `GET /me answered 401 unauthorized: Key missing, malformed, or revoked. ${rule('401').advice} (req_01JABCDEFGHJKMNPQRSTVWXYZ0)`,
    );
  });

  it('still helps when the body is not the envelope', () => {
    expect(
      describeFailedCall(
        'GET /orders',
        response(503, undefined, { json: undefined, bodyText: 'busy', statusText: 'Service Unavailable' }),
      ),
    ).toBe(
      `GET /orders answered 503 Service Unavailable: ${rule('5xx').advice} (req_01JABCDEFGHJKMNPQRSTVWXYZ0)`,
    );
  });
});
