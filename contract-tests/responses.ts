/**
 * Reading responses inside properties: the `data` of a success, the `error` of a failure, and
 * one-line descriptions of exchanges for failure messages.
 *
 * Each property checks its own promise only. Reading an error code here therefore tolerates a
 * flat `{code, message}` body: whether the envelope is the documented one is what the `errors.*`
 * properties check, and a wrong envelope should fail there, not everywhere.
 *
 * @packageDocumentation
 */
import { ContractViolation, expectThat } from './property';
import type { Exchange } from './target';

/** The error fields a property branches on. */
export interface ErrorSummary {
  code: string | undefined;
  message: string | undefined;
  field: string | undefined;
  details: Record<string, unknown> | undefined;
}

/** `GET /partner/v1/orders?per_page=5 → 400 invalid_request (req_…)`: one line per exchange. */
export function describeExchange(exchange: Exchange): string {
  const url = new URL(exchange.url);
  const code = exchange.status >= 400 ? errorOf(exchange).code : undefined;
  const id = exchange.requestId ? ` (${exchange.requestId})` : ' (no Peeker-Request-Id)';
  return `${exchange.method} ${url.pathname}${url.search} → ${exchange.status}${code ? ` ${code}` : ''}${id}`;
}

/** The error of a 4xx/5xx answer, from the documented envelope or, leniently, a flat body. */
export function errorOf(exchange: Exchange): ErrorSummary {
  const body = asRecord(exchange.json);
  const error = asRecord(body?.error) ?? body;
  return {
    code: typeof error?.code === 'string' ? error.code : undefined,
    message: typeof error?.message === 'string' ? error.message : undefined,
    field: typeof error?.field === 'string' ? error.field : undefined,
    details: asRecord(error?.details),
  };
}

/**
 * The `data` of a successful answer. Throws a violation when the status is not the expected one
 * (any 2xx when `status` is omitted) or the body is not `{data: …}`.
 */
export function dataOf<T = Record<string, unknown>>(exchange: Exchange, status?: number, what?: string): T {
  const ok =
    status === undefined ? exchange.status >= 200 && exchange.status < 300 : exchange.status === status;
  if (!ok) {
    const error = errorOf(exchange);
    throw new ContractViolation(
      `${what ?? 'The request'} should succeed${status ? ` with ${status}` : ''}, got ${describeExchange(exchange)}` +
        (error.message ? `: "${error.message}"` : '') +
        '.',
      exchange,
    );
  }
  const body = asRecord(exchange.json);
  expectThat(
    body !== undefined && 'data' in body,
    `${describeExchange(exchange)} should answer {"data": …}, got ${bodySnippet(exchange)}.`,
    exchange,
  );
  return body.data as T;
}

/** Expects an error answer with `code` (and `field`, when given) regardless of envelope shape. */
export function expectError(
  exchange: Exchange,
  expected: { code: string; field?: string; status?: number },
  what: string,
): ErrorSummary {
  const error = errorOf(exchange);
  const statusOk =
    expected.status === undefined ? exchange.status >= 400 : exchange.status === expected.status;
  const fieldOk = expected.field === undefined || error.field === expected.field;
  expectThat(
    statusOk && error.code === expected.code && fieldOk,
    `${what} should be rejected with ${expected.status ?? '4xx'} ${expected.code}` +
      (expected.field ? ` and error.field "${expected.field}"` : '') +
      `, got ${describeExchange(exchange)}` +
      (error.field ? ` with error.field "${error.field}"` : '') +
      '.',
    exchange,
  );
  return error;
}

/** The start of a body, for messages. */
export function bodySnippet(exchange: Exchange, max = 160): string {
  const text = exchange.responseBody.trim();
  if (text === '') return 'an empty body';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** The value when it is a plain object. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
