/**
 * A response → what it means and what to do, the way the seed page teaches: look at the status,
 * then `error.code`; never at `error.message`. Meanings, actions and the decision rule all come
 * from the contract's catalog.
 */
import { catalog, type ErrorCode } from '../../../schemas';
import type { ResponseRecord } from './http';

/** The explanation shown above a response. */
export interface ResponseExplanation {
  /** `"200 OK"`, `"400 order_shape_conflict"`… */
  headline: string;
  ok: boolean;
  requestId?: string;
  /** Present for an error response in the uniform envelope. */
  error?: {
    code: string;
    message?: string;
    field?: string;
    details?: Record<string, unknown>;
    /** From the catalog, when the code is documented. */
    meaning?: string;
    action?: string;
  };
  /** The decision rule's row for this response: the branch it falls in and the advice. */
  rule?: { when: string; advice: string };
  /** Seconds to wait before retrying (429). */
  retryAfterSeconds?: number;
  /** Problems with the response itself (no request id, not the envelope, cut body…). */
  warnings: string[];
}

/** Which row of the decision rule a status and the presence of `error.field` fall into. */
export function decisionRuleFor(
  status: number,
  hasField: boolean,
): { when: string; advice: string } | undefined {
  let when: string | undefined;
  if (status === 401) when = '401';
  else if (status === 403) when = '403';
  else if (status === 429) when = '429';
  else if (status >= 500) when = '5xx';
  else if (status >= 400) when = hasField ? '4xx with error.field' : '4xx without error.field';
  if (when === undefined) return undefined;
  return catalog.decisionRule.find((row) => row.when === when);
}

/** Explains a response: the error envelope, its documented meaning and the decision rule's advice. */
export function explainResponse(response: ResponseRecord): ResponseExplanation {
  const warnings: string[] = [];
  const ok = response.status >= 200 && response.status < 300;
  const explanation: ResponseExplanation = {
    headline: `${response.status} ${response.statusText}`.trim(),
    ok,
    warnings,
  };
  if (response.requestId !== undefined) explanation.requestId = response.requestId;
  else warnings.push('No Peeker-Request-Id header: every Peeker response should carry one (seed §2).');
  if (response.truncated) warnings.push('The body was too large to show in full; it was cut.');
  if (ok) return explanation;

  const envelope = readEnvelope(response.json);
  if (!envelope) {
    warnings.push(
      response.truncated
        ? 'The error body was cut, so its envelope could not be read.'
        : 'The error body is not the uniform {"error": {"code", "message"}} envelope (a proxy or a wrong base URL?).',
    );
  } else {
    const info = (catalog.errorCodes as Record<string, (typeof catalog.errorCodes)[ErrorCode] | undefined>)[
      envelope.code
    ];
    explanation.headline = `${response.status} ${envelope.code}`;
    explanation.error = { ...envelope };
    if (info) {
      explanation.error.meaning = info.meaning;
      explanation.error.action = info.action;
      if (info.status !== response.status) {
        warnings.push(`The contract gives ${envelope.code} status ${info.status}, not ${response.status}.`);
      }
    } else {
      warnings.push(`${envelope.code} is not in the documented error table; branch on the status.`);
    }
    const retry = envelope.details?.retry_after_seconds;
    if (typeof retry === 'number' && Number.isFinite(retry) && retry >= 0)
      explanation.retryAfterSeconds = retry;
  }
  const rule = decisionRuleFor(response.status, envelope?.field !== undefined);
  if (rule) explanation.rule = rule;
  return explanation;
}

function readEnvelope(json: unknown): NonNullable<ResponseExplanation['error']> | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const error = (json as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, field, details } = error as Record<string, unknown>;
  if (typeof code !== 'string') return undefined;
  const envelope: NonNullable<ResponseExplanation['error']> = { code };
  if (typeof message === 'string') envelope.message = message;
  if (typeof field === 'string') envelope.field = field;
  if (typeof details === 'object' && details !== null && !Array.isArray(details)) {
    envelope.details = details as Record<string, unknown>;
  }
  return envelope;
}

/**
 * One line for a failed call in a view (Account, Orders…): status and code, what to do, the request id.
 * E.g. `GET /me answered 401 unauthorized: Key missing, malformed, or revoked. Check the Authorization
 * bearer header and the key. (req_…)`.
 */
export function describeFailedCall(operationKey: string, response: ResponseRecord): string {
  const explanation = explainResponse(response);
  const parts = [`${operationKey} answered ${explanation.headline}`];
  const advice = [explanation.error?.meaning, explanation.rule?.advice].filter((part) => part !== undefined);
  const id = explanation.requestId ?? 'no Peeker-Request-Id';
  return `${parts.join('')}${advice.length > 0 ? `: ${advice.join(' ')}` : ''} (${id})`;
}
