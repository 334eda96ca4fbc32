/**
 * Sends one prepared request and records what came back. Never retries: the decision rule says
 * when a retry is right, and the user decides (see `explain.ts`). Never puts the key in a message.
 */
import { type RequestTimeout, requestTimeout } from '../../../webhooks/request-timeout';
import { redact } from './api-key';
import type { PreparedRequest } from './request-file';

/** What one call gave back, as much as the UI needs. */
export interface ResponseRecord {
  status: number;
  statusText: string;
  /** Response headers, names lower-cased. */
  headers: Record<string, string>;
  /** The body text, cut at `maxBodyBytes`. */
  bodyText: string;
  /** True when the body was longer than `maxBodyBytes` and was cut. */
  truncated: boolean;
  /** The parsed JSON body, when it is JSON and was not cut. */
  json?: unknown;
  /** The `Peeker-Request-Id` header, if any. */
  requestId?: string;
  durationMs: number;
}

/** The call did not produce an HTTP response (refused, timed out, DNS, TLS…). */
export interface NetworkFailure {
  /** One sentence: what failed and what to do next. */
  message: string;
  durationMs: number;
}

/** Either an HTTP response (any status) or a network failure. */
export type SendOutcome =
  | { kind: 'response'; response: ResponseRecord }
  | ({ kind: 'network' } & NetworkFailure);

/**
 * The two fixes a failure message names that depend on where the request was sent from: VS Code
 * has a setting and a command, a terminal has a flag and a subcommand.
 */
export interface NetworkAdvice {
  /** Where the base URL is set, e.g. `the peeker.baseUrl setting`. */
  baseUrl: string;
  /** How to start the local emulator, as the start of a sentence. */
  startEmulator: string;
}

/** The advice in VS Code, the default. */
export const VSCODE_ADVICE: NetworkAdvice = {
  baseUrl: 'the peeker.baseUrl setting',
  startEmulator: 'Start the local emulator (Peeker: Use Local Emulator)',
};

/** Options for {@link sendRequest}. */
export interface SendOptions {
  apiKey: string;
  /** Abort after this long. Default 30 s. */
  timeoutMs?: number;
  /** Keep at most this many bytes of the body. Default 2 MB, so a huge response cannot freeze the UI. */
  maxBodyBytes?: number;
  /** Injected for tests; default the global `fetch`. */
  fetch?: typeof fetch;
  /** Cancels the call. */
  signal?: AbortSignal;
  userAgent?: string;
  /** How failure messages name the base URL and the emulator. Default {@link VSCODE_ADVICE}. */
  advice?: NetworkAdvice;
}

/** Default cap on how much of a response body is kept. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Sends the request with `Authorization: Bearer <key>` and reads the response, capped in size and
 * time (the body is read within the same time limit). Never follows a redirect: a 3xx is the
 * response, its `location` header says where it points (following it would send the request to
 * wherever the server names, without the key if that is another origin).
 */
export async function sendRequest(request: PreparedRequest, options: SendOptions): Promise<SendOutcome> {
  const started = Date.now();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timeout = requestTimeout(timeoutMs, options.signal);
  try {
    return await send(request, options, timeout, timeoutMs, started);
  } finally {
    timeout.clear();
  }
}

async function send(
  request: PreparedRequest,
  options: SendOptions,
  timeout: RequestTimeout,
  timeoutMs: number,
  started: number,
): Promise<SendOutcome> {
  const signal = timeout.signal;
  const headers: Record<string, string> = {
    Authorization: `Bearer ${options.apiKey}`,
    Accept: 'application/json',
    'User-Agent': options.userAgent ?? 'peeker-devkit-vscode',
  };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(request.url, {
      method: request.method,
      headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
  } catch (error) {
    const timedOut = timeout.timedOut;
    return {
      kind: 'network',
      message: describeNetworkError(error, request.url, timedOut ? timeoutMs : undefined, options.advice),
      durationMs: Date.now() - started,
    };
  }
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let body: { text: string; truncated: boolean };
  try {
    body = await readCapped(response, maxBytes);
  } catch (error) {
    return {
      kind: 'network',
      message: describeBodyError(
        error,
        request.url,
        response.status,
        timeout.timedOut ? timeoutMs : undefined,
        options.advice,
      ),
      durationMs: Date.now() - started,
    };
  }
  const headerRecord: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headerRecord[name.toLowerCase()] = value;
  });
  const record: ResponseRecord = {
    status: response.status,
    statusText: response.statusText,
    headers: headerRecord,
    bodyText: body.text,
    truncated: body.truncated,
    durationMs: Date.now() - started,
  };
  const requestId = headerRecord['peeker-request-id'];
  if (requestId !== undefined) record.requestId = requestId;
  if (!body.truncated && body.text !== '') {
    try {
      record.json = JSON.parse(body.text);
    } catch {
      // Not JSON (a proxy's HTML page, say): the explanation says so.
    }
  }
  return { kind: 'response', response: record };
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - size;
    if (value.byteLength > room) {
      chunks.push(value.subarray(0, room));
      size += room;
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { text: new TextDecoder().decode(bytes), truncated };
}

/**
 * One sentence for a response whose status arrived but whose body did not: a body that stalled
 * past the time limit, a connection cut mid-response, or else as {@link describeNetworkError}.
 */
export function describeBodyError(
  error: unknown,
  url: string,
  status: number,
  timedOutAfterMs?: number,
  advice: NetworkAdvice = VSCODE_ADVICE,
): string {
  const host = URL.canParse(url) ? new URL(url).host : url;
  if (timedOutAfterMs !== undefined) {
    return `${host} answered ${status}, but its body did not finish within ${formatMs(timedOutAfterMs)}: the server sent the headers and then stalled. Check that it is up, then try again.`;
  }
  const code = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return `${host} closed the connection mid-response: it answered ${status}, then the body was cut off. Check that the server (or a proxy in front of it) is up and stable.`;
  }
  return describeNetworkError(error, url, undefined, advice);
}

/** In ms unless whole seconds: a 500 ms timeout rounded to seconds read "within 1 s". */
function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** One sentence for a failed connection, naming the host and the next step; secrets redacted. */
export function describeNetworkError(
  error: unknown,
  url: string,
  timedOutAfterMs?: number,
  advice: NetworkAdvice = VSCODE_ADVICE,
): string {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // keep the raw text
  }
  if (timedOutAfterMs !== undefined) {
    return `No answer from ${host} within ${formatMs(timedOutAfterMs)}. Check the base URL and your network; the request may or may not have been processed, so check before resending.`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code;
  if (code === 'ECONNREFUSED') {
    return `Nothing is listening at ${host}. ${advice.startEmulator} or fix ${advice.baseUrl}.`;
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `The host ${host} cannot be resolved. Check ${advice.baseUrl} and your network.`;
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    // What an https:// server does when spoken to in plain http, and a server that crashes.
    return `${host} closed the connection without answering. If it is an https:// server, use an https:// base URL; otherwise check ${advice.baseUrl} and that the server is up.`;
  }
  if (code !== undefined && /CERT|SSL|TLS/.test(code)) {
    return `TLS failed for ${host} (${code}). Check the base URL; a proxy may be intercepting HTTPS.`;
  }
  const detail = cause?.message ?? (error instanceof Error ? error.message : String(error));
  return redact(`The request to ${host} failed: ${detail}. Check the base URL and your network.`);
}
