/**
 * The HTTP client the contract properties talk through.
 *
 * It records every exchange with its `Peeker-Request-Id` (so a failure can show the exact call to
 * quote to support), paces itself under the documented 600/min cap against a real sandbox,
 * obeys `details.retry_after_seconds` on 429 (up to {@link MAX_RETRY_AFTER_SECONDS}), refuses
 * `pk_live_` keys, never follows a link to another origin, and turns network, TLS and timeout
 * failures into one-line diagnoses.
 *
 * @packageDocumentation
 */
import { hideSecret, redactSecrets } from '../lint/urls';
import { MAX_TIMER_MS, requestTimeout } from '../webhooks/request-timeout';
import { type ContractConfigNames, DEFAULT_CONFIG_NAMES } from './config-names';

/** HTTP methods the Peeker API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** The prefix of production keys: the kit never sends traffic with one. */
export const LIVE_KEY_PREFIX = 'pk_live_';
/** The request-id header every response carries (seed §2). */
export const REQUEST_ID_HEADER = 'Peeker-Request-Id';
/** The pace the kit keeps against a real sandbox: well under the documented 600/min cap. */
export const SANDBOX_REQUESTS_PER_MINUTE = 500;

/**
 * How long a request may take before the target counts as not answering (the client's default):
 * its answer and its whole body.
 */
export const REQUEST_TIMEOUT_MS = 15_000;
/** How many times one request is retried after a 429 (each time after the wait it asks for). */
export const MAX_RATE_LIMIT_RETRIES = 3;
/**
 * The longest `details.retry_after_seconds` the client waits out. A 429 asking for more is not
 * retried (never sooner than asked): the request's answer is that 429, and the run says so.
 */
export const MAX_RETRY_AFTER_SECONDS = 60;
/**
 * The most the client reads of one response body (4 MiB): far more than any Peeker answer (a page
 * is at most 100 rows), and little enough that a target streaming without end cannot exhaust memory.
 */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
// Bodies kept in a report are cut here: enough to read an error envelope or a page of ids.
const MAX_RECORDED_BODY_CHARS = 4_000;

/** How a request authenticates. */
export type RequestAuth =
  /** The target's own key (the default). */
  | 'default'
  /** No `Authorization` header at all. */
  | 'none'
  /** `Authorization: Bearer <key>` with another key. */
  | { key: string }
  /** This exact `Authorization` header value (malformed-key tests). */
  | { header: string };

/** One request a property wants to send. */
export interface ApiRequest {
  method: HttpMethod;
  /**
   * Path under the base URL with an optional query (`/orders?per_page=5`), or an absolute URL
   * taken from the API itself (`links.next`), which must stay on the target's origin.
   */
  path: string;
  /** Query parameters added to `path`; `undefined` values are left out. */
  query?: Record<string, string | number | undefined>;
  /** A JSON body, serialised with `JSON.stringify`. */
  body?: unknown;
  /** The exact body text to send instead of `body` (key-order, whitespace and malformed-JSON tests). */
  rawBody?: string;
  /** Default `'default'`. */
  auth?: RequestAuth;
  /**
   * Wait `details.retry_after_seconds` and retry when the target answers 429 (default true).
   * The rate-limit properties turn it off to see the 429 themselves.
   */
  obeyRateLimit?: boolean;
  /**
   * A deadline this request shares with other calls (the suite's first contact with a target),
   * on top of the client's own per-request timeout. When it fires the request fails as a timeout.
   */
  deadline?: AbortSignal;
}

/** One request and its response, as recorded for reports. Secrets are already redacted. */
export interface Exchange {
  method: HttpMethod;
  /** Absolute URL, query included. */
  url: string;
  /** `Authorization` as sent, with the credential redacted (`Bearer pk_test_…`); absent when none. */
  authorization?: string;
  /** The body sent, when there was one (cut to a few KB). */
  requestBody?: string;
  status: number;
  /** Response headers, lower-cased names. */
  responseHeaders: Record<string, string>;
  /** The response body text (cut to a few KB). */
  responseBody: string;
  /** The parsed response body; `undefined` when it is not JSON. */
  json: unknown;
  /** `Peeker-Request-Id` of the response, when present. */
  requestId?: string;
  durationMs: number;
}

/** Why the target could not be reached: one line on what is wrong and what to do. */
export class TargetUnreachableError extends Error {
  override readonly name: string = 'TargetUnreachableError';
  /** Same as `message`: the one-line diagnosis. */
  readonly diagnosis: string;
  /**
   * The request that got no answer, in words (`POST /orders with a malformed JSON body ('{"user": ')`),
   * when a {@link TargetClient} sent it: a server that answers everything else may hang on just this one.
   */
  request: string | undefined;
  constructor(diagnosis: string) {
    super(diagnosis);
    this.diagnosis = diagnosis;
  }
}

/**
 * The run was interrupted ({@link TargetClientOptions.signal}): the request was not sent, or its
 * answer (or the wait before a retry) was abandoned. Not a verdict on the target.
 */
export class RequestAbortedError extends Error {
  override readonly name = 'RequestAbortedError';
  constructor() {
    super('The run was interrupted: the request was abandoned.');
  }
}

/**
 * A response body was longer than {@link MAX_RESPONSE_BYTES}: the client stopped reading it. The
 * run ends as for an unreachable target: what answers there is not an API the kit can test.
 */
export class ResponseTooLargeError extends TargetUnreachableError {
  override readonly name = 'ResponseTooLargeError';
}

/** A link from the API pointed somewhere the kit will not send the key. */
export class OffOriginLinkError extends Error {
  override readonly name = 'OffOriginLinkError';
}

/** Options for {@link TargetClient}. */
export interface TargetClientOptions {
  /** The API base, e.g. `http://127.0.0.1:4010/partner/v1` or `https://api.peeker.ai/partner/v1`. */
  baseUrl: string;
  /** A `pk_test_` key (any other value is sent as is; `pk_live_` keys are refused). */
  apiKey: string;
  /** Most requests to start in any 60 s window; `Infinity` for no pacing (the local emulator). */
  requestsPerMinute?: number;
  /** Per-request timeout in ms (default 15 s). */
  timeoutMs?: number;
  /** Texts never to show in a report, on top of `pk_…`/`whsec_…` shapes (e.g. extra keys). */
  secrets?: Set<string>;
  /**
   * Interrupts the run: from then on no request starts, a request in flight and any wait (pacing,
   * a 429's retry delay) end at once, and every call rejects with {@link RequestAbortedError}.
   */
  signal?: AbortSignal;
  /** How network diagnoses name where the base URL is set; default {@link DEFAULT_CONFIG_NAMES}. */
  configNames?: ContractConfigNames;
  /** Called before each wait a 429 asks for, so a display can say why the run is quiet. */
  onRateLimitWait?: (wait: RateLimitWait) => void;
  /**
   * Whether a 429 is waited out and retried (default true). False against an emulator whose
   * clock is frozen: its `retry_after_seconds` counts emulated seconds, which real waiting never
   * passes, so every wait would be lost and the 429 is the answer at once.
   */
  waitOutRateLimits?: boolean;
}

/** A wait the client is about to make because the target answered 429. */
export interface RateLimitWait {
  method: HttpMethod;
  /** The request's URL, secrets redacted. */
  url: string;
  /** How long it waits: `details.retry_after_seconds` plus up to a second of jitter. */
  seconds: number;
  /** Which retry follows the wait: 1 to {@link retries}. */
  retry: number;
  /** The most retries one request gets ({@link MAX_RATE_LIMIT_RETRIES}). */
  retries: number;
}

/** Counts shared by every view of one target. */
export interface TrafficCounters {
  /** Requests sent to the API (retries included). */
  requests: number;
  /** 429 answers the client waited out. */
  rateLimitWaits: number;
  /** Orders the suite created (`POST /orders` successes): cancelled afterwards on a real sandbox. */
  createdOrders: Set<string>;
  /** Bundles the suite created: deleted afterwards on a real sandbox. */
  createdBundles: Set<string>;
  /** Import jobs the suite created: the API cannot cancel them, so a sandbox run only counts them. */
  createdImportJobs: Set<string>;
}

/**
 * True when `key` is a live key however it was pasted: surrounding spaces or quotes (as
 * `docker --env-file` and some `.env` loaders keep them), a `Bearer ` prefix, any letter case, or
 * percent-encoding (`pk_live%5F…`). Such a key is malformed, but the refusal must not depend on
 * the target rejecting it: nothing is sent with it. A `pk_test_` key holds only letters and digits
 * after its prefix, so `pk_live_` anywhere in the text means a live key.
 */
export function isLiveKey(key: string): boolean {
  let text = key;
  // Twice: a key encoded twice (`%255F`) is still a live key.
  for (let round = 0; round < 2; round++) {
    try {
      text = decodeURIComponent(text);
    } catch {
      text = text.replace(/%5f/gi, '_');
    }
  }
  return text.toLowerCase().includes(LIVE_KEY_PREFIX);
}

/**
 * Throws when `key` is a live key (see {@link isLiveKey}). Contract tests create orders and hammer
 * error paths: they run against a sandbox (`pk_test_`) or the local emulator only.
 */
export function assertNotLiveKey(key: string): void {
  if (isLiveKey(key)) {
    throw new LiveKeyRefusedError(
      'Refusing a pk_live_ key: contract tests create orders and send invalid requests. ' +
        'Use a pk_test_ (sandbox) key, or no key to test the embedded emulator.',
    );
  }
}

/**
 * Why `key` cannot be sent as a Bearer token, or undefined. Keys are `pk_test_`/`pk_live_` and
 * letters and digits: a line break, a space or the docs' `pk_test_…` placeholder would fail later
 * with an HTTP-library error that quotes the header and blames the URL, and surrounding quotes
 * would earn a confusing 401. `subject` names where the key came from (`apiKey`, `The key in
 * --api-key`); the message never contains the key.
 */
export function apiKeyProblem(key: string, subject: string): string | undefined {
  const characters = [...key];
  // Visible ASCII is all a header should carry.
  const bad = characters.findIndex((c) => c < '!' || c > '~');
  if (bad >= 0) {
    return (
      `${subject} has ${describeCharacter(characters[bad]!)} at character ${bad + 1}, which an HTTP ` +
      'header cannot carry. Copy the key again: pk_test_ or pk_live_ followed by letters and digits.'
    );
  }
  if (/^(["'`]).*\1$/s.test(key)) {
    return `${subject} is wrapped in quotes (as some .env loaders keep them): remove them, the key is only pk_test_ and letters and digits.`;
  }
  return undefined;
}

function describeCharacter(c: string): string {
  const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/[\n\r\u2028\u2029]/.test(c)) return 'a line break';
  if (c === '\t') return 'a tab';
  if (/\p{Z}/u.test(c)) return c === ' ' ? 'a space' : `a space (${code})`;
  if (/\p{C}/u.test(c)) return `an invisible character (${code})`;
  return c === '…' ? `'…' (${code}, as in the docs' placeholder)` : `'${c}' (${code})`;
}

/** A `pk_live_` key was offered. */
export class LiveKeyRefusedError extends Error {
  override readonly name = 'LiveKeyRefusedError';
}

/**
 * The recording HTTP client for one target. Create per-property views with {@link scoped}: they
 * share pacing and counters but record into their own log.
 */
export class TargetClient {
  /** The API base without a trailing slash. */
  readonly baseUrl: string;
  /** The base URL's origin: the only origin requests may go to. */
  readonly origin: string;
  /** Shared traffic counters. */
  readonly counters: TrafficCounters;
  private readonly timeoutMs: number;
  private readonly pacer: Pacer;
  private readonly secrets: Set<string>;
  private readonly sink: ((exchange: Exchange) => void) | undefined;
  private readonly options: TargetClientOptions;

  constructor(options: TargetClientOptions);
  constructor(options: TargetClientOptions, shared: SharedState, sink: (exchange: Exchange) => void);
  constructor(options: TargetClientOptions, shared?: SharedState, sink?: (exchange: Exchange) => void) {
    assertNotLiveKey(options.apiKey);
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.origin = new URL(this.baseUrl).origin;
    this.timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    this.secrets = options.secrets ?? new Set();
    this.secrets.add(options.apiKey);
    this.counters = shared?.counters ?? {
      requests: 0,
      rateLimitWaits: 0,
      createdOrders: new Set(),
      createdBundles: new Set(),
      createdImportJobs: new Set(),
    };
    this.pacer = shared?.pacer ?? new Pacer(options.requestsPerMinute ?? Number.POSITIVE_INFINITY);
    this.sink = sink;
    this.options = { ...options, secrets: this.secrets };
  }

  /** A view that records every exchange into `sink`, sharing this client's pacing and counters. */
  scoped(sink: (exchange: Exchange) => void): TargetClient {
    return new TargetClient(this.options, { counters: this.counters, pacer: this.pacer }, sink);
  }

  /** The key requests authenticate with by default (never print it: use {@link redact}). */
  get apiKey(): string {
    return this.options.apiKey;
  }

  /** Registers another text (a created key, a webhook secret) that reports must never show. */
  addSecret(secret: string): void {
    this.secrets.add(secret);
  }

  /**
   * Replaces every known secret (and the part of a key after its prefix, see {@link hideSecret}),
   * and anything shaped like a key or webhook secret, in `text`.
   */
  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) {
      if (secret.length < 6) continue;
      out = hideSecret(out, secret, '[redacted]');
    }
    return redactSecrets(out);
  }

  /** Resolves a path (or same-origin absolute URL) against the base URL. */
  resolve(path: string, query?: ApiRequest['query']): URL {
    const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(this.baseUrl + path);
    if (url.origin !== this.origin) {
      throw new OffOriginLinkError(
        `Refusing to follow ${this.redact(url.origin)}: the API linked away from the target ${this.origin}, ` +
          'and the kit only sends the key to the target.',
      );
    }
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url;
  }

  /**
   * Sends one request and records it. Never throws for an HTTP status; throws
   * {@link TargetUnreachableError} when no response arrives and {@link OffOriginLinkError} for a
   * foreign URL.
   */
  async request(request: ApiRequest): Promise<Exchange> {
    const url = this.resolve(request.path, request.query);
    const authorization = this.authorizationFor(request.auth ?? 'default');
    const bodyText =
      request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    const signal = this.options.signal;
    for (let attempt = 0; ; attempt++) {
      await this.pacer.acquire(signal);
      this.counters.requests++;
      let exchange: Exchange;
      try {
        exchange = await this.send(request.method, url, authorization, bodyText, request.deadline);
      } catch (error) {
        if (error instanceof TargetUnreachableError)
          error.request ??= this.describeRequest(request, url, bodyText);
        throw error;
      }
      this.noteCreated(exchange, url);
      this.sink?.(exchange);
      const waitSeconds = retryAfterSeconds(exchange);
      if (
        exchange.status !== 429 ||
        request.obeyRateLimit === false ||
        this.options.waitOutRateLimits === false ||
        attempt >= MAX_RATE_LIMIT_RETRIES ||
        waitSeconds === undefined ||
        // Not retried sooner than asked, nor waited for an hour in silence: the 429 is the answer.
        waitSeconds > MAX_RETRY_AFTER_SECONDS
      ) {
        return exchange;
      }
      // The documented client backoff: the wait the API asks for plus 0–1 s of jitter.
      this.counters.rateLimitWaits++;
      const waitMs = waitSeconds * 1000 + Math.random() * 1000;
      this.options.onRateLimitWait?.({
        method: request.method,
        url: exchange.url,
        seconds: waitMs / 1000,
        retry: attempt + 1,
        retries: MAX_RATE_LIMIT_RETRIES,
      });
      const waitEnds = AbortSignal.any([signal, request.deadline].filter((s) => s !== undefined));
      try {
        await sleep(waitMs, waitEnds);
      } catch (error) {
        // The shared deadline ran out during the wait: the 429 is the answer it got.
        if (!signal?.aborted && request.deadline?.aborted) return exchange;
        throw error;
      }
    }
  }

  /** Shorthand for a GET. */
  get(path: string, query?: ApiRequest['query'], auth?: RequestAuth): Promise<Exchange> {
    return this.request({ method: 'GET', path, query, auth });
  }

  /** Shorthand for a POST with a JSON body. */
  post(path: string, body?: unknown, auth?: RequestAuth): Promise<Exchange> {
    return this.request({ method: 'POST', path, body, auth });
  }

  /**
   * A request in words for a message: `POST /orders with a malformed JSON body ('{"user": ')`. The
   * path is the one asked for (a followed link: its path on the target); the body is said to be JSON,
   * malformed JSON (quoted, cut short), or absent.
   */
  private describeRequest(request: ApiRequest, url: URL, bodyText: string | undefined): string {
    const path = /^https?:\/\//i.test(request.path) ? url.pathname : request.path;
    const what = `${request.method} ${this.redact(path)}`;
    if (bodyText === undefined) return what;
    try {
      JSON.parse(bodyText);
      return `${what} with a JSON body`;
    } catch {
      const shown = bodyText.length > 40 ? `${bodyText.slice(0, 40)}…` : bodyText;
      return `${what} with a malformed JSON body ('${this.redact(shown)}')`;
    }
  }

  /** Remembers what the suite created, so a sandbox run can clean up after itself. */
  private noteCreated(exchange: Exchange, url: URL): void {
    if (exchange.method !== 'POST' || exchange.status < 200 || exchange.status >= 300) return;
    const id = (exchange.json as { data?: { id?: unknown } } | undefined)?.data?.id;
    if (typeof id !== 'string') return;
    if (url.pathname.endsWith('/orders') && id.startsWith('ord_')) this.counters.createdOrders.add(id);
    if (url.pathname.endsWith('/bundles') && id.startsWith('bun_')) this.counters.createdBundles.add(id);
    if (url.pathname.endsWith('/domains/import/jobs')) this.counters.createdImportJobs.add(id);
  }

  private authorizationFor(auth: RequestAuth): string | undefined {
    if (auth === 'none') return undefined;
    if (auth === 'default') return `Bearer ${this.options.apiKey}`;
    if ('key' in auth) {
      assertNotLiveKey(auth.key);
      return `Bearer ${auth.key}`;
    }
    return auth.header;
  }

  private async send(
    method: HttpMethod,
    url: URL,
    authorization: string | undefined,
    bodyText: string | undefined,
    deadline: AbortSignal | undefined,
  ): Promise<Exchange> {
    const interrupted = this.options.signal;
    if (interrupted?.aborted) throw new RequestAbortedError();
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (authorization !== undefined) headers.Authorization = authorization;
    if (bodyText !== undefined) headers['Content-Type'] = 'application/json';
    const started = performance.now();
    const names = this.options.configNames ?? DEFAULT_CONFIG_NAMES;
    const redact = (text: string) => this.redact(text);
    // Held until the body is read: a target that sends headers and then stalls times out too.
    const timeout = requestTimeout(this.timeoutMs, deadline, interrupted);
    let response: Response;
    let text: string;
    try {
      try {
        response = await fetch(url, {
          method,
          headers,
          body: bodyText,
          redirect: 'manual',
          signal: timeout.signal,
        });
      } catch (error) {
        if (interrupted?.aborted) throw new RequestAbortedError();
        // The exact keys first: an HTTP library's header error quotes the whole header, and a key
        // broken by a line break is no longer shaped like one.
        throw new TargetUnreachableError(diagnoseNetworkError(error, url, this.timeoutMs, names, redact));
      }
      const what = `${method} ${this.redact(url.toString())}`;
      try {
        text = await readCappedText(response, MAX_RESPONSE_BYTES);
      } catch (error) {
        if (interrupted?.aborted) throw new RequestAbortedError();
        if (error instanceof BodyTooLargeError) {
          throw new ResponseTooLargeError(
            `${what} answered ${response.status} with a body over ${error.limit}, the most the kit reads of one response: ` +
              `is ${names.baseUrl} the Peeker API base ending in /partner/v1?`,
          );
        }
        throw new TargetUnreachableError(
          diagnoseBodyError(error, url, `${what} answered ${response.status}`, this.timeoutMs, names, redact),
        );
      }
    } finally {
      timeout.clear();
    }
    // Headers are the server's text like the body: one may echo the key (`X-Echo-Auth`).
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      responseHeaders[name] = this.redact(value);
    });
    const requestId = responseHeaders[REQUEST_ID_HEADER.toLowerCase()];
    return {
      method,
      url: this.redact(url.toString()),
      ...(authorization === undefined ? {} : { authorization: this.redactAuthorization(authorization) }),
      ...(bodyText === undefined ? {} : { requestBody: this.redact(cut(bodyText)) }),
      status: response.status,
      responseHeaders,
      responseBody: this.redact(cut(text)),
      json: parseJson(text),
      ...(requestId === undefined ? {} : { requestId }),
      durationMs: Math.round(performance.now() - started),
    };
  }

  /** Keeps the scheme, hides the credential: `Bearer pk_test_…`, `Basic [redacted]`. */
  private redactAuthorization(value: string): string {
    const [scheme, ...rest] = value.split(' ');
    const credential = rest.join(' ');
    if (credential === '') return this.redact(scheme ?? '');
    const shown = this.redact(credential);
    return `${scheme} ${shown === credential ? '[redacted]' : shown}`;
  }
}

interface SharedState {
  counters: TrafficCounters;
  pacer: Pacer;
}

/** `error.details.retry_after_seconds` of a 429, when it is a usable number. */
export function retryAfterSeconds(exchange: Exchange): number | undefined {
  const value = (exchange.json as { error?: { details?: { retry_after_seconds?: unknown } } } | undefined)
    ?.error?.details?.retry_after_seconds;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Sliding-window pacing: at most `limit` request starts in any `windowMs` (a minute for the
 * client). Bursts are allowed (the concurrent-dedupe property needs truly simultaneous requests),
 * the average is not.
 */
export class Pacer {
  private readonly starts: number[] = [];
  private queue: Promise<void> = Promise.resolve();

  /**
   * @param limit - Most starts per window; `Infinity` admits everything at once.
   * @param windowMs - The window, in ms (default one minute).
   */
  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Resolves when one more request may start; rejects with {@link RequestAbortedError} once `signal` aborts. */
  acquire(signal?: AbortSignal): Promise<void> {
    if (!Number.isFinite(this.limit)) return Promise.resolve();
    // Chain acquisitions so concurrent callers are admitted one at a time, in order.
    const turn = this.queue.then(() => this.waitForSlot(signal));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForSlot(signal: AbortSignal | undefined): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new RequestAbortedError();
      const now = Date.now();
      while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
      if (this.starts.length < this.limit) {
        this.starts.push(now);
        return;
      }
      await sleep(this.starts[0]! + this.windowMs - now + 1, signal);
    }
  }
}

/**
 * Throws {@link TargetUnreachableError} unless something answers `GET <baseUrl>/me` (any status
 * will do) before `deadline`, the {@link REQUEST_TIMEOUT_MS} the preflight's calls share. Sends no
 * credentials: it tells a dead target from a live one before there is a key. `names` words the diagnosis.
 */
export async function probeReachable(
  baseUrl: string,
  deadline: AbortSignal,
  names: ContractConfigNames,
): Promise<void> {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/me`);
  try {
    const response = await fetch(url, {
      headers: { Accept: 'application/json' },
      redirect: 'manual',
      signal: deadline,
    });
    await response.body?.cancel();
  } catch (error) {
    throw new TargetUnreachableError(diagnoseNetworkError(error, url, REQUEST_TIMEOUT_MS, names));
  }
}

/**
 * One line for a failed `fetch`: what went wrong at which origin, and what to do about it, naming
 * where the base URL is set as `names` says (a flag, an option, a setting). `redact` hides secrets
 * in the HTTP library's own words (the client passes its exact keys).
 */
export function diagnoseNetworkError(
  error: unknown,
  url: URL,
  timeoutMs: number,
  names: ContractConfigNames,
  redact: (text: string) => string = redactSecrets,
): string {
  const origin = url.origin;
  const baseUrl = names.baseUrl;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError') {
    return `${origin} did not answer within ${formatLimit(timeoutMs)}. Check that the base URL points at the Peeker API and that the server is up.`;
  }
  // Someone gave up on the request (a stop, a caller's own signal): not the target's fault.
  if (name === 'AbortError') {
    return `The request to ${origin} was abandoned before it was answered: it was aborted, not timed out.`;
  }
  const code = errorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return `Nothing is listening at ${origin} (connection refused). Check ${baseUrl}, or start the emulator with 'peeker-devkit emulator'.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve the host '${url.hostname}'. Check ${baseUrl} (e.g. https://api.peeker.ai/partner/v1) and your network or DNS.`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return `${origin} closed the connection. If it is an https:// server, use an https:// base URL; otherwise check that it is the Peeker API.`;
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `Connecting to ${origin} timed out. Check ${baseUrl} and any firewall or proxy in between.`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${origin} is unreachable from this machine (${code}). Check your network and ${baseUrl}.`;
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
    case 'ERR_SSL_PACKET_LENGTH_TOO_LONG':
      return `TLS handshake with ${origin} failed (${code}): the server does not speak TLS. Use http:// for a local emulator, https:// for api.peeker.ai.`;
    default:
      if (code !== undefined && isTlsCode(code)) {
        return `TLS certificate check for ${origin} failed (${code}). Use the real Peeker host (https://api.peeker.ai/partner/v1); the kit does not skip certificate checks.`;
      }
      return `Request to ${origin} failed${code ? ` (${code})` : ''}: ${redact(causeMessage(error))}. Check ${baseUrl} and that the server is up.`;
  }
}

/**
 * One line for a response whose headers arrived but whose body did not: `answered` says which
 * request got which status (`GET https://…/me answered 200`). A stalled body is a timeout, a cut
 * connection a connection closed mid-response; anything else is worded as a network failure.
 */
export function diagnoseBodyError(
  error: unknown,
  url: URL,
  answered: string,
  timeoutMs: number,
  names: ContractConfigNames,
  redact: (text: string) => string = redactSecrets,
): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError') {
    return `${answered}, but its body did not finish within ${formatLimit(timeoutMs)}: the server sent the headers and then stalled. Check that the server is up and is the Peeker API.`;
  }
  const code = errorCode(error);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return `${url.origin} closed the connection mid-response: ${answered}, then the body was cut off. Check that the server (or a proxy in front of it) is up and stable.`;
  }
  return diagnoseNetworkError(error, url, timeoutMs, names, redact);
}

/** `200 ms`, or whole seconds from one second up. */
function formatLimit(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

/** `4 MB` for 4 MiB: the size a limit is named by. */
function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A body went past the reader's limit (it stopped reading). */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  /** The limit as a message names it: `4 MB`. */
  readonly limit: string;
  constructor(limitBytes: number) {
    const limit = formatBytes(limitBytes);
    super(`The response body is larger than ${limit}.`);
    this.limit = limit;
  }
}

/**
 * A response body as UTF-8 text, as `response.text()` gives it, but reading no more than
 * `maxBytes`: past that it cancels the stream and throws {@link BodyTooLargeError}. Other read
 * failures (a timeout, a cut connection) are thrown as they come.
 */
export async function readCappedText(response: Response, maxBytes: number): Promise<string> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function isTlsCode(code: string): boolean {
  return /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code);
}

/** The `code` of a fetch failure, which Node puts on `error.cause` (sometimes nested). */
function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function causeMessage(error: unknown): string {
  const cause = (error as { cause?: unknown })?.cause;
  const message =
    cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return message;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What ends a recorded body the client cut to a few KB. */
export const CUT_MARK = '… (cut)';

function cut(text: string): string {
  return text.length > MAX_RECORDED_BODY_CHARS
    ? `${text.slice(0, MAX_RECORDED_BODY_CHARS)}${CUT_MARK}`
    : text;
}

/**
 * Resolves after `ms` milliseconds. Once `signal` aborts, the timer is cleared (nothing keeps the
 * process alive) and the promise rejects with {@link RequestAbortedError}.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new RequestAbortedError());
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RequestAbortedError());
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      // setTimeout fires at once for anything past 2^31 - 1 ms.
      Math.min(Math.max(0, ms), MAX_TIMER_MS),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
