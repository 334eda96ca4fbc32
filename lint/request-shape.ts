/**
 * What a request document looks like, whatever its name: the rule that makes stdin, a plain
 * `*.json` or an untitled editor buffer a request file (lint-document.ts), shared with the
 * language server, which reads a document's top-level members without parsing it whole. Kept
 * apart from the request-file checks so the editor's client bundle need not carry them.
 */
import { catalog } from '../schemas';
import { closestMatch, trimTrailing } from './text-utils';

/** A request line's path as the contract writes it: no origin, base path, trailing slash or query. */
export interface RequestLine {
  method: string;
  /** Relative to the base path, e.g. `/orders/ord_123`. */
  path: string;
  /** The path with its concrete ids as placeholders: `/orders/ord_123` → `/orders/{id}`. */
  template: string;
  query: Record<string, string>;
}

/** Hosts of the emulator and other local servers: `http://127.0.0.1:4010/partner/v1/orders` is a Peeker request. */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Reads `"METHOD /path"` or `"METHOD https://host/path"` (a query string, a base path such as
 * `/partner/v1` and a trailing slash forgiven). `'foreign'` for a URL on a host that is neither the
 * API's (`servers` in the contract) nor loopback: `GET https://api.github.com/orders` is no Peeker
 * request, whatever its path. `undefined` when the text is not a method and a path or URL.
 */
export function readRequestLine(request: string): RequestLine | 'foreign' | undefined {
  const match = /^\s*([A-Za-z]+)\s+(\S+)\s*$/.exec(request);
  if (!match) return undefined;
  let target = match[2]!;
  let search = '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return 'foreign';
    }
    if (!catalog.apiOrigins.includes(url.origin) && !LOOPBACK_HOST.test(url.hostname)) return 'foreign';
    target = safeDecodeUri(url.pathname);
    search = url.search;
  } else if (target.startsWith('/')) {
    const cut = target.search(/[?#]/);
    if (cut >= 0) {
      search = target.slice(cut).replace(/#.*$/, '');
      target = target.slice(0, cut);
    }
  } else return undefined;
  for (const base of catalog.basePaths) {
    if (target === base || target.startsWith(`${base}/`)) {
      target = target.slice(base.length);
      break;
    }
  }
  const path = trimTrailing(target, '/') || '/';
  return {
    method: match[1]!,
    path,
    // A Peeker id (`ord_123`) or any `{name}` placeholder stands for the contract's `{id}`.
    template: path.replace(/\/(?:[a-z]{3}_[0-9A-Za-z]+|\{[^/{}]+\})(?=\/|$)/g, '/{id}'),
    query: queryParameters(search),
  };
}

/**
 * A query string's parameters as typed: `+` stays a `+` (an email's, not a form's space), and a
 * parameter given twice keeps both values, comma-separated (the API's form for a list).
 */
function queryParameters(search: string): Record<string, string> {
  const parameters: Record<string, string> = {};
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = safeDecodeComponent(equals < 0 ? pair : pair.slice(0, equals));
    const value = equals < 0 ? '' : safeDecodeComponent(pair.slice(equals + 1));
    parameters[name] = Object.hasOwn(parameters, name) ? `${parameters[name]},${value}` : value;
  }
  return parameters;
}

/** `decodeURIComponent(text)`, or `text` when it holds a malformed escape. */
function safeDecodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `decodeURI(text)`, or `text` when it holds a malformed escape. */
function safeDecodeUri(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * True when `request` names an operation of the contract or is near one: a method and a path or a
 * URL on the API's or a loopback host, whose path (the base path, a trailing slash, a query string
 * and concrete ids forgiven) is a contract path or a typo of one (within {@link closestMatch}'s
 * distance for a field name), with any method-like word (`PSOT /orders`). Stricter than
 * {@link suggestOperation}, whose did-you-mean reaches further (`GET /x` → `GET /me`): this decides
 * whether a document is a request at all, and `GET /health` or `POST /api/login` is someone
 * else's.
 */
export function namesPeekerOperation(request: string): boolean {
  const line = readRequestLine(request);
  if (line === undefined || line === 'foreign') return false;
  return contractPaths().some((path) => nearPath(line.template, path));
}

/**
 * Whether a typed path template is a contract path or a typo of one, segment by segment: as many
 * segments, placeholders where the contract has them, and each literal segment equal or a typo of
 * the contract's (`/order/{id}`, `/swaps/usernames`). Compared whole, `/users/42` was "near"
 * `/users` and `/v1/orders` near `/orders/{id}`: other APIs' paths, not typos.
 */
function nearPath(typed: string, known: string): boolean {
  if (typed === known) return true;
  const typedSegments = typed.split('/');
  const knownSegments = known.split('/');
  if (typedSegments.length !== knownSegments.length) return false;
  return typedSegments.every((segment, i) => {
    const expected = knownSegments[i]!;
    if (segment === expected) return true;
    if (segment.startsWith('{') || expected.startsWith('{')) return false;
    return isTypo(segment, expected);
  });
}

/** A typo of `expected`, as {@link closestMatch} judges one for a field name (a swap of neighbours too). */
function isTypo(word: string, expected: string): boolean {
  return closestMatch(word, [expected]) !== undefined;
}

let knownPaths: string[] | undefined;
/** The contract's distinct paths (`/orders`, `/orders/{id}`…). */
function contractPaths(): string[] {
  knownPaths ??= [...new Set(catalog.operations.map((op) => op.path))];
  return knownPaths;
}

/** The top-level keys of a request file besides `request` (request-file.json); no body schema has a `request`. */
const REQUEST_FILE_KEYS = ['$schema', 'description', 'path', 'query', 'body'] as const;

/**
 * True when a top-level object with these `keys` and this `request` is a request document: its
 * `request` names a Peeker operation or a near typo of one ({@link namesPeekerOperation}: `"GET /mex"`,
 * `"PSOT /orders"`, a URL on the API's host, not `"GET /health"` or a URL on another host), and
 * each other key is a request file's (`$schema`, `description`, `path`, `query`, `body`) or a typo of
 * one (`bdy`, reported there as an unknown key with its did-you-mean). The rule is strict on
 * purpose: a tsconfig.json, a recorded exchange (`{"request": "GET /x", "response": …}`), a fixture
 * of another API or any document with a `request` key of another kind stays an unknown document,
 * which `lint .` does not fail.
 */
export function hasRequestFileShape(request: unknown, keys: readonly string[]): boolean {
  if (typeof request !== 'string' || !namesPeekerOperation(request)) return false;
  return keys.every(
    (key) =>
      key === 'request' ||
      (REQUEST_FILE_KEYS as readonly string[]).includes(key) ||
      REQUEST_FILE_KEYS.some((known) => isTypo(key, known)),
  );
}
