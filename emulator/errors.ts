/**
 * The uniform error envelope `{error:{code,message,field?,details?}}` and the one place that
 * turns an {@link ApiError} into a status and a body (where the envelope/status faults act).
 */
import { escapeControls, printable, shorten } from '../lint/text-utils';
import { redactSecrets } from '../lint/urls';
import { type ErrorCode, statusOf } from '../schemas';
import type { FaultSet } from './faults';

/** What the envelope's `error` object holds. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  details?: Record<string, unknown>;
}

/**
 * An error the API answers with. Throw it from any handler or hook: the server renders it.
 * The status comes from the contract's error-code table.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly status: number;
  /** Extra response headers, e.g. `Allow` when the path exists with other methods. */
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: {
      field?: string;
      details?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    // Client input quoted in a message or a field may hold a key or a secret, or characters that
    // rearrange a terminal line: never echo them. The lint engine's rule (`printable`), so a body
    // error it found reads the same as the emulator's own (its text is already printable: a no-op).
    super(printable(message));
    this.code = code;
    this.field = extra.field === undefined ? undefined : printable(extra.field);
    this.details = extra.details === undefined ? undefined : redactDeep(extra.details);
    this.status = statusOf(code);
    this.headers = extra.headers;
  }

  /** The envelope's inner object, without undefined keys. */
  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { code: this.code, message: this.message };
    if (this.field !== undefined) body.field = this.field;
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}

/** `value` with {@link redactSecrets} applied to every string in it (details may quote input too). */
function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map(redactDeep) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactDeep(inner)])) as T;
}

/** 400 `invalid_request` naming the offending field (omit `field` when the whole request is at fault). */
export function invalidRequest(message: string, field?: string, details?: Record<string, unknown>): ApiError {
  return new ApiError('invalid_request', message, {
    ...(field === undefined ? {} : { field }),
    ...(details === undefined ? {} : { details }),
  });
}

/**
 * 404 `not_found` for a record missing from this account. The message quotes the id as it came,
 * from the URL or the body; like every {@link ApiError} message, its control characters are escaped
 * (`\u0000`: a `%00` in the path put a raw NUL into the message).
 */
export function notFound(message: string, field?: string): ApiError {
  return new ApiError('not_found', message, field === undefined ? {} : { field });
}

/**
 * 404 for a path parameter that is empty or only spaces (`/keys/`, `/users/%20`): "No key ." would
 * be unreadable.
 */
export function blankPathParameter(name: string, value: string): ApiError {
  return notFound(
    `The ${name} in the path is ${value === '' ? 'empty' : 'blank'}; send the record's id.`,
    name,
  );
}

/** How much of a name or value a message quotes beside a field name (a query parameter, a body key). */
export const SHORT_QUOTE = 60;

/**
 * Client input to quote in a message: cut to `max` characters, its control and invisible characters
 * escaped as {@link ApiError} escapes them (`escapeControls`: a message built from a clip may be
 * printed before it becomes an error, as the state file's are).
 */
export function clip(text: string, max = 120): string {
  // Never inside a character as a reader sees it (an emoji, a flag): half of one is not text.
  return escapeControls(shorten(text, max));
}

/** The status and JSON body to send for `error`, after the envelope faults have had their say. */
export function renderError(error: ApiError, faults: FaultSet): { status: number; body: unknown } {
  let status = error.status;
  // `wrong_error_status` breaks exactly the 400-class codes (invalid_request, order_shape_conflict, …).
  if (faults.has('wrong_error_status') && status === 400) status = 422;
  const inner = error.toBody();
  return { status, body: faults.has('wrong_envelope') ? inner : { error: inner } };
}
