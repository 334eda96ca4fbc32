/**
 * Sign and verify Peeker webhook deliveries.
 *
 * Scheme (API-FACTS "Decisions" #2): HMAC-SHA256 keyed with the webhook secret over
 * `"<Peeker-Timestamp>.<raw body bytes>"`, sent as `Peeker-Signature: v1=<lowercase hex>`.
 * Several `v1=` entries may appear (comma- or space-separated) while a secret is rotated.
 * Peeker's docs do not spell out the signed string, so the verifier can be switched to sign
 * the body alone with {@link VerifyWebhookOptions.signedPayload}.
 *
 * This module depends on `node:crypto` only, so partners can copy it into their own service.
 *
 * @packageDocumentation
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying one or more `v1=<hex>` signatures. */
export const SIGNATURE_HEADER = 'Peeker-Signature';
/** Header carrying the Unix time, in seconds, at which Peeker signed the body. */
export const TIMESTAMP_HEADER = 'Peeker-Timestamp';
/**
 * Header carrying the event id, stable across retries of the same event. It is not covered by the
 * signature: {@link verifyWebhook} checks it against the signed body's `id` and returns that one.
 */
export const EVENT_ID_HEADER = 'Peeker-Event-Id';
/** The signature scheme this module produces and checks; other schemes are ignored. */
export const SIGNATURE_SCHEME = 'v1';
/** Largest accepted distance, in seconds, between `Peeker-Timestamp` and the verifier's clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * The first timestamp taken for milliseconds: 10^11 s is the year 5138, while every time in
 * milliseconds since March 1973 is above it. Signing with one gives headers every verifier with
 * the 5-minute rule rejects, so {@link signWebhook} (and `webhooks sign`) refuse it.
 */
export const MILLISECONDS_FROM = 100_000_000_000;

const SHA256_HEX_LENGTH = 64;
const HEX_DIGEST = /^[0-9a-fA-F]{64}$/;
// Unix seconds: digits only (no sign, decimals or exponent), short enough to stay a safe integer.
const UNIX_SECONDS = /^\d{1,15}$/;

/**
 * The raw request body exactly as received: a string, a `Buffer` or any `Uint8Array`, or an
 * `ArrayBuffer` or other `ArrayBufferView` (what `await request.arrayBuffer()` gives in Fetch API
 * servers: Next.js route handlers, Hono, Cloudflare Workers, Deno).
 */
export type WebhookBody = string | Uint8Array | ArrayBuffer | ArrayBufferView;

/**
 * What {@link signWebhook} signs.
 * - `'timestamp.body'` (default, Decision 2): `"<timestamp>.<raw body>"`.
 * - `'body'`: the raw body alone, in case the live service turns out to sign only the body.
 */
export type SignedPayload = 'timestamp.body' | 'body';

/**
 * The two headers that authenticate a delivery, as produced by {@link signWebhook}.
 * A type alias rather than an interface so it can be passed straight to {@link verifyWebhook}.
 */
export type WebhookSignatureHeaders = {
  /** Unix time in seconds, as a decimal string. */
  'Peeker-Timestamp': string;
  /** `v1=<64 lowercase hex digits>`. */
  'Peeker-Signature': string;
};

/** Anything with a WHATWG-style `get`, such as the `Headers` of `fetch`, Undici or a Fetch API server. */
export interface HeaderLookup {
  get(name: string): string | null;
}

/**
 * Request headers in any common shape: a plain record with keys in any case, Node's
 * `IncomingHttpHeaders` (`string | string[]` values) or a WHATWG `Headers` object.
 */
export type WebhookHeaders = HeaderLookup | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options for {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /**
   * Largest accepted distance between `Peeker-Timestamp` and now, in seconds, in either
   * direction. Default {@link DEFAULT_TOLERANCE_SECONDS} (300). Values that are not finite
   * and ≥ 0 fall back to the default so a configuration slip cannot switch the check off.
   */
  toleranceSeconds?: number;
  /** The verifier's clock in Unix seconds. Default: the system clock. Useful in tests. */
  now?: () => number;
  /**
   * What the signature covers. Default `'timestamp.body'`; see {@link SignedPayload}. Any other
   * value is a configuration slip: every delivery then fails with `signature_mismatch` and a
   * message naming the option, rather than being verified some other way.
   */
  signedPayload?: SignedPayload;
}

/**
 * Why a delivery failed verification. `event_id_mismatch`: the signature holds, but the unsigned
 * `Peeker-Event-Id` header differs from the signed body's `id` — a replay under a forged event id.
 */
export type WebhookVerificationFailureReason =
  | 'missing_signature'
  | 'missing_timestamp'
  | 'malformed_signature'
  | 'malformed_timestamp'
  | 'stale_timestamp'
  | 'signature_mismatch'
  | 'event_id_mismatch';

/** A delivery that is authentic and fresh: safe to process. */
export interface WebhookVerificationSuccess {
  ok: true;
  /**
   * The key to dedupe on: the signed body's `id` when the body is a JSON object with a string
   * `id` (a `Peeker-Event-Id` header that differs fails with `event_id_mismatch`), else the
   * `Peeker-Event-Id` header when present — which the signature does not cover.
   */
  eventId?: string;
  /** The signed `Peeker-Timestamp`, in Unix seconds. */
  timestamp: number;
}

/** A delivery to reject (answer 400 or 401 and do nothing else). */
export interface WebhookVerificationFailure {
  ok: false;
  /** Machine-readable cause, for metrics and branching. */
  reason: WebhookVerificationFailureReason;
  /** One sentence on what is wrong and what to do; safe to log (never contains the secret). */
  message: string;
}

/** Result of {@link verifyWebhook}: check `ok` before trusting the body. */
export type WebhookVerification = WebhookVerificationSuccess | WebhookVerificationFailure;

/**
 * Signs a webhook body the way Peeker does (API-FACTS Decision 2).
 *
 * Used by the kit's emulator and handler checker, and handy in partners' own tests.
 *
 * @param rawBody - The exact bytes that will be sent. A string is encoded as UTF-8.
 * @param secret - The webhook secret (non-empty).
 * @param timestampSeconds - Unix time in whole seconds, e.g. `Math.floor(Date.now() / 1000)`.
 * @returns The `Peeker-Timestamp` and `Peeker-Signature` headers to send with the body.
 * @throws TypeError if `secret` is not a non-empty string, or `timestampSeconds` is not whole
 * non-negative seconds — a value from {@link MILLISECONDS_FROM} on is taken for milliseconds
 * (`Date.now()`) and refused, since every verifier would reject its signature.
 *
 * @example
 * ```ts
 * const body = JSON.stringify(event);
 * const headers = signWebhook(body, process.env.PEEKER_WEBHOOK_SECRET!, Math.floor(Date.now() / 1000));
 * await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
 * ```
 */
export function signWebhook(
  rawBody: WebhookBody,
  secret: string,
  timestampSeconds: number,
): WebhookSignatureHeaders {
  if (typeof secret !== 'string' || secret === '') {
    throw new TypeError('signWebhook: the webhook secret must be a non-empty string.');
  }
  if (!Number.isSafeInteger(timestampSeconds) || timestampSeconds < 0) {
    throw new TypeError(
      `signWebhook: timestampSeconds must be whole Unix seconds, got ${String(timestampSeconds)}.`,
    );
  }
  if (timestampSeconds >= MILLISECONDS_FROM) {
    throw new TypeError(
      `signWebhook: timestampSeconds ${timestampSeconds} looks like milliseconds (as Date.now() gives); ` +
        `pass Unix seconds, e.g. ${Math.floor(timestampSeconds / 1000)} (Math.floor(Date.now() / 1000)).`,
    );
  }
  const timestamp = String(timestampSeconds);
  const digest = hmacDigest(secret, signedBytes(toBytes(rawBody), timestamp, 'timestamp.body'));
  return {
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: `${SIGNATURE_SCHEME}=${digest.toString('hex')}`,
  };
}

/**
 * Checks that a webhook delivery really comes from Peeker and is fresh.
 *
 * Pass the **raw** body: the bytes as received, before any JSON parsing. Re-serialising a
 * parsed object changes whitespace and key order, and the signature no longer matches.
 * Reject (4xx) every delivery for which `ok` is `false`; never throws, whatever the input.
 *
 * Accepts several `v1=` entries (secret rotation: any one matching is enough), ignores
 * unknown schemes such as `v0=`, compares digests in constant time, and rejects timestamps
 * more than `toleranceSeconds` in the past or the future (replay protection).
 *
 * `Peeker-Event-Id` is not covered by the signature: someone who captured a delivery could send
 * it again within the 5 minutes under a new event id and slip past a dedupe on the header. So
 * once the signature holds, a body that is a JSON object with a string `id` must carry the same
 * id as the header (else `event_id_mismatch`), and that signed `id` is the `eventId` returned. A
 * header repeated by a proxy (`"evt_1, evt_1"`, or an array) passes when every value is that id.
 *
 * @param rawBody - The raw request body: string, `Buffer`, `Uint8Array`, or `ArrayBuffer` /
 * `ArrayBufferView` (`await request.arrayBuffer()` in a Fetch API server).
 * @param headers - The request headers: plain record (any case), Node `IncomingHttpHeaders` or WHATWG `Headers`.
 * @param secret - The webhook secret shown once in the Peeker portal, as a string (a `Buffer` is
 * refused with a message saying so: decode it first).
 * @param options - Tolerance, clock and signed-payload overrides; see {@link VerifyWebhookOptions}.
 * @returns `{ ok: true, eventId, timestamp }` or `{ ok: false, reason, message }`.
 *
 * @example Express — mount a raw body parser on the webhook route only:
 * ```ts
 * app.post('/webhooks/peeker', express.raw({ type: 'application/json' }), (req, res) => {
 *   const result = verifyWebhook(req.body, req.headers, process.env.PEEKER_WEBHOOK_SECRET!);
 *   if (!result.ok) return res.status(400).json({ error: result.reason });
 *   res.sendStatus(200); // answer first (10 s limit), then queue the work, deduped on result.eventId (the signed id)
 *   queue.push(JSON.parse(req.body.toString('utf8')));
 * });
 * ```
 *
 * @example Fastify — keep the body as a Buffer for this content type:
 * ```ts
 * app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
 * app.post('/webhooks/peeker', async (req, reply) => {
 *   const result = verifyWebhook(req.body as Buffer, req.headers, secret);
 *   return result.ok ? reply.code(200).send() : reply.code(400).send({ error: result.reason });
 * });
 * ```
 *
 * @example Fetch API servers (Next.js route handlers, Hono, Workers) — the body as an ArrayBuffer:
 * ```ts
 * export async function POST(request: Request) {
 *   const raw = await request.arrayBuffer();
 *   const result = verifyWebhook(raw, request.headers, process.env.PEEKER_WEBHOOK_SECRET!);
 *   return new Response(null, { status: result.ok ? 200 : 400 });
 * }
 * ```
 *
 * @example Plain `node:http`:
 * ```ts
 * http.createServer((req, res) => {
 *   const chunks: Buffer[] = [];
 *   req.on('data', (chunk) => chunks.push(chunk));
 *   req.on('end', () => {
 *     const result = verifyWebhook(Buffer.concat(chunks), req.headers, secret);
 *     res.writeHead(result.ok ? 200 : 400).end();
 *   });
 * });
 * ```
 */
export function verifyWebhook(
  rawBody: WebhookBody,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): WebhookVerification {
  try {
    return verifyOrFail(rawBody, headers, secret, options ?? {});
  } catch (error) {
    // Only reachable through hostile inputs (a throwing `now` or `Headers.get`, odd proxies):
    // fail closed rather than let an exception escape the handler.
    const detail = error instanceof Error ? error.message : String(error);
    return failure('signature_mismatch', `Could not verify the delivery (${detail}). Reject it with 400.`);
  }
}

function verifyOrFail(
  rawBody: WebhookBody,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions,
): WebhookVerification {
  const signatureHeader = readHeader(headers, SIGNATURE_HEADER);
  if (signatureHeader === undefined || signatureHeader.trim() === '') {
    return failure(
      'missing_signature',
      'No Peeker-Signature header. Reject the request with 400; only deliveries signed by Peeker carry it.',
    );
  }
  const timestampHeader = readHeader(headers, TIMESTAMP_HEADER);
  if (timestampHeader === undefined || timestampHeader.trim() === '') {
    return failure(
      'missing_timestamp',
      'No Peeker-Timestamp header. Reject the request with 400; the signature cannot be checked without it.',
    );
  }
  const timestampText = timestampHeader.trim();
  if (!UNIX_SECONDS.test(timestampText)) {
    return failure(
      'malformed_timestamp',
      `Peeker-Timestamp ${quote(timestampText)} is not Unix seconds. Reject the request with 400.`,
    );
  }
  const timestamp = Number(timestampText);

  const candidates = parseSignatureHeader(signatureHeader);
  if (candidates.length === 0) {
    return failure(
      'malformed_signature',
      `Peeker-Signature ${quote(signatureHeader.trim())} has no ${SIGNATURE_SCHEME}=<64 hex digits> entry. ` +
        'Reject the request with 400.',
    );
  }

  const tolerance = validTolerance(options.toleranceSeconds);
  const now = options.now ? options.now() : Math.floor(Date.now() / 1000);
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    return failure(
      'stale_timestamp',
      `The verifier's clock (options.now) returned ${String(now)}, not Unix seconds; fix it, then retry.`,
    );
  }
  const skew = timestamp - now;
  if (Math.abs(skew) > tolerance) {
    const direction = skew < 0 ? `${-skew} s old` : `${skew} s in the future`;
    return failure(
      'stale_timestamp',
      `Peeker-Timestamp is ${direction} (tolerance ${tolerance} s): possibly a replay. ` +
        "Reject it with 400; if every delivery fails this way, sync the server's clock (NTP).",
    );
  }

  if (secret === undefined || secret === null || secret === '') {
    // An empty key would let anyone compute a valid signature: treat as never matching.
    return failure(
      'signature_mismatch',
      'The webhook secret given to verifyWebhook is empty. Load the secret from the Peeker portal ' +
        '(e.g. PEEKER_WEBHOOK_SECRET) and reject deliveries until it is configured.',
    );
  }
  if (typeof secret !== 'string') {
    return failure(
      'signature_mismatch',
      `The webhook secret given to verifyWebhook must be a string, got ${describe(secret)}. ` +
        "Pass it as the text shown in the Peeker portal (a Buffer: secret.toString('utf8')); " +
        'reject deliveries until then.',
    );
  }
  const signedPayload = options.signedPayload ?? 'timestamp.body';
  if (signedPayload !== 'timestamp.body' && signedPayload !== 'body') {
    // A typo here must not quietly pick a scheme: fail closed, naming the option.
    return failure(
      'signature_mismatch',
      `verifyWebhook: options.signedPayload is ${quote(String(signedPayload))}; expected 'timestamp.body' ` +
        "(the default) or 'body'. Fix the option; every delivery is rejected until then.",
    );
  }
  const body = rawBodyBytes(rawBody);
  if (body === undefined) {
    return failure(
      'signature_mismatch',
      `verifyWebhook needs the raw body as a string, Buffer, Uint8Array or ArrayBuffer, got ${describe(rawBody)}. ` +
        'Did a JSON body parser run first? Use a raw body parser on the webhook route.',
    );
  }

  const expected = hmacDigest(secret, signedBytes(body, timestampText, signedPayload));
  // Compare every candidate (no early exit) so timing does not reveal which entry matched.
  let matched = false;
  for (const candidate of candidates) {
    if (candidate.length === expected.length && timingSafeEqual(candidate, expected)) matched = true;
  }
  if (!matched) {
    return failure(
      'signature_mismatch',
      'Peeker-Signature does not match the body. Reject it with 400. If valid deliveries fail too, check ' +
        'that you verify the raw body bytes (not re-serialised JSON) with the secret for this environment.',
    );
  }

  // Only the body is signed: an event id in it outranks the header, which a replay can rewrite.
  const headerId = readHeader(headers, EVENT_ID_HEADER)?.trim() || undefined;
  const signedId = signedEventId(body);
  if (signedId !== undefined && headerId !== undefined && !headerNamesOnly(headerId, signedId)) {
    return failure(
      'event_id_mismatch',
      `Peeker-Event-Id ${quote(headerId)} differs from the signed body's id ${quote(signedId)}: the header is ` +
        'not signed, so this looks like a replayed delivery with a forged event id. Reject it with 400.',
    );
  }
  const eventId = signedId ?? headerId;
  return eventId === undefined ? { ok: true, timestamp } : { ok: true, eventId, timestamp };
}

/**
 * True when `Peeker-Event-Id` names `signedId` and nothing else. A proxy that repeats the header
 * makes Node join the copies (`"evt_1, evt_1"`), and a framework may hand over an array that
 * {@link readHeader} joins the same way: that is still the genuine delivery, as long as every
 * comma-separated value is the signed id. One other value is enough to refuse it.
 */
function headerNamesOnly(headerId: string, signedId: string): boolean {
  if (headerId === signedId) return true;
  const values = headerId.split(',').map((value) => value.trim());
  return values.every((value) => value === signedId);
}

/** The `id` of a body that is a JSON object with a string `id`; else undefined. */
function signedEventId(body: Uint8Array): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { id } = parsed as { id?: unknown };
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** Digests of every well-formed `v1=` entry; other schemes and malformed entries are skipped. */
function parseSignatureHeader(header: string): Buffer[] {
  const digests: Buffer[] = [];
  for (const entry of header.split(/[\s,]+/)) {
    const separator = entry.indexOf('=');
    if (separator < 0 || entry.slice(0, separator) !== SIGNATURE_SCHEME) continue;
    const hex = entry.slice(separator + 1);
    if (hex.length === SHA256_HEX_LENGTH && HEX_DIGEST.test(hex)) digests.push(Buffer.from(hex, 'hex'));
  }
  return digests;
}

/** Reads one header from any supported shape, case-insensitively; repeated values are joined. */
function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  if (typeof (headers as HeaderLookup).get === 'function') {
    const value = (headers as HeaderLookup).get(name);
    return typeof value === 'string' ? value : undefined;
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted) continue;
    if (typeof value === 'string') return value;
    // Node only produces arrays for a few headers, but a framework may hand us one: join like Node does.
    if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ');
  }
  return undefined;
}

function signedBytes(body: Uint8Array, timestamp: string, signedPayload: SignedPayload): Uint8Array {
  return signedPayload === 'body' ? body : Buffer.concat([Buffer.from(`${timestamp}.`, 'utf8'), body]);
}

function hmacDigest(secret: string, payload: Uint8Array): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

function toBytes(body: WebhookBody): Uint8Array {
  const bytes = rawBodyBytes(body);
  if (bytes === undefined)
    throw new TypeError(
      `signWebhook: the body must be a string, Uint8Array or ArrayBuffer, got ${describe(body)}.`,
    );
  return bytes;
}

function rawBodyBytes(body: unknown): Uint8Array | undefined {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return body;
  // Fetch API servers hand out an ArrayBuffer; a DataView or another typed array is the same bytes.
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  return undefined;
}

function validTolerance(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : DEFAULT_TOLERANCE_SECONDS;
}

function failure(reason: WebhookVerificationFailureReason, message: string): WebhookVerificationFailure {
  return { ok: false, reason, message };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (Buffer.isBuffer(value)) return 'a Buffer';
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `a ${value.constructor.name}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

// Header values are attacker-controlled and end up in logs: keep echoes short and escaped.
function quote(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}
