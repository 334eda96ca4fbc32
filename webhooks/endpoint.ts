/**
 * Webhook endpoint URLs and failed sends: what the handler checker and the emulator both need to
 * refuse an endpoint they cannot deliver to, and to say in one line why a delivery got no answer.
 *
 * @packageDocumentation
 */
import { hasUrlCredentials, maskUrlCredentials } from '../lint/urls';

/**
 * Why a webhook URL with a user name or password is refused, as the end of a usage message:
 * `fetch` refuses such URLs outright, and Peeker's deliveries carry no credentials.
 */
export const URL_CREDENTIALS_FIX =
  "webhook deliveries carry no credentials (handlers authenticate them by their Peeker-Signature): remove the 'user:password@' part";

/**
 * The refusal of a webhook URL with a user name or password in it, naming it as `label` (a flag or
 * option name) with the password masked, or undefined when it has none: one sentence for every
 * place that takes such a URL.
 */
export function urlCredentialsRefusal(label: string, url: string): string | undefined {
  return hasUrlCredentials(url)
    ? `${label} '${maskUrlCredentials(url)}' has a user name or password in it; ${URL_CREDENTIALS_FIX}.`
    : undefined;
}

/** Why a send got no HTTP status, in one line, and what kind of failure that is. */
export interface SendFailure {
  /** One line for people: what happened and what to check. Never holds URL credentials. */
  message: string;
  /**
   * `timeout`: no answer within the time allowed; `closed`: the connection was dropped or reset
   * without an HTTP response (a handler that crashes, or closes the socket); `unreachable`:
   * nothing answered at the TCP/TLS/HTTP level, or the request could not be made at all;
   * `aborted`: the sender gave up on it (e.g. an emulator stopping), whether or not it went out.
   */
  kind: 'timeout' | 'closed' | 'unreachable' | 'aborted';
}

/**
 * Describes a `fetch` failure of a webhook send to `url` that was given `timeoutMs` to answer:
 * timeouts, refused or reset connections, DNS and TLS failures, invalid HTTP, refused URLs, and
 * sends the caller aborted itself.
 */
export function describeSendFailure(error: unknown, url: string, timeoutMs: number): SendFailure {
  const where = URL.canParse(url) ? new URL(url).host : maskUrlCredentials(url);
  const name = error instanceof Error ? error.name : '';
  // A request's timeout rejects with a TimeoutError (`requestTimeout`, like `AbortSignal.timeout`);
  // an AbortError is the caller's own abort, which may come before the request even left: calling
  // it a timeout would be false.
  if (name === 'TimeoutError') {
    return { message: `no response within ${timeoutMs} ms`, kind: 'timeout' };
  }
  if (name === 'AbortError') {
    return { message: 'abandoned before any response: the send was aborted', kind: 'aborted' };
  }
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const code = errorCode(cause);
  const detail = cause instanceof Error ? cause.message : String(cause);
  switch (code) {
    case 'ECONNREFUSED':
      return {
        message: `connection refused by ${where}: is the server running and listening on that port?`,
        kind: 'unreachable',
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return { message: `cannot resolve the host ${where}: check the URL's hostname.`, kind: 'unreachable' };
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return {
        message: `no network route to ${where}: check the URL and your network.`,
        kind: 'unreachable',
      };
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return {
        message: `could not connect to ${where} in time: is a firewall dropping the traffic?`,
        kind: 'unreachable',
      };
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
    case 'EPIPE':
      return {
        message: `${where} closed the connection without an HTTP response: does the handler crash on this request?`,
        kind: 'closed',
      };
  }
  if (detail === 'bad port') {
    return {
      message: `fetch refuses to contact port ${new URL(url).port} (a "bad port" in the Fetch standard): serve the handler on another port, e.g. 3000.`,
      kind: 'unreachable',
    };
  }
  if (code?.startsWith('HPE_') || code === 'UND_ERR_INVALID_ARG' || code === 'UND_ERR_INFO') {
    return { message: `${where} did not answer with valid HTTP (${code}).`, kind: 'unreachable' };
  }
  if (code !== undefined && /CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return {
      message: `TLS handshake with ${where} failed (${code}): Peeker needs HTTPS with a valid certificate; for a plain-HTTP local server use http://.`,
      kind: 'unreachable',
    };
  }
  // Some messages quote the URL (fetch's "cannot be constructed from a URL that includes credentials").
  return {
    message: `request to ${where} failed: ${maskUrlCredentials(firstLine(detail))}${code ? ` (${code})` : ''}`,
    kind: 'unreachable',
  };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? text;
}
