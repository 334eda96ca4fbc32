/**
 * A `*.peeker.json` request file → the HTTP request it describes. Pure: no I/O, no `vscode`.
 *
 * The file names an operation (`"POST /orders"`), its `path` and `query` parameters and its JSON
 * `body` (schema `request-file.json`). Problems that can be decided offline (unreadable JSON, an
 * unknown operation, a missing path parameter) come back as a message saying what to change; the
 * body itself is sent as written — the linter and the API's own error envelope explain it.
 */
// The ES module build: the package's UMD `main` cannot be bundled by esbuild (see lint/jsonc.ts).
import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { isLoopbackHost } from '../../../contract-tests/control';
import { baseUrlCredentialsRefusal } from '../../../lint/urls';
import { findOperation, type OperationInfo } from '../../../schemas';

/** A request file after reading: the operation and the parts to send. */
export interface RequestFile {
  operation: OperationInfo;
  path: Record<string, string>;
  query: Record<string, string | number | boolean>;
  /** The body to send, or `undefined` for none. */
  body: unknown;
  description?: string;
}

/** An HTTP request ready to send (without the `Authorization` header, added at send time). */
export interface PreparedRequest {
  operation: OperationInfo;
  method: OperationInfo['method'];
  /** Absolute URL with the path filled in and the query encoded. */
  url: string;
  /** The JSON body as sent, or `undefined`. */
  body?: string;
}

/** Success or a one-sentence problem. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(message: string): Result<T> => ({ ok: false, message });

/** Reads the text of a `*.peeker.json` file (comments and trailing commas allowed). */
export function parseRequestFile(text: string): Result<RequestFile> {
  const errors: ParseError[] = [];
  const json: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0]!;
    const line = text.slice(0, first.offset).split('\n').length;
    return fail(
      `The file is not valid JSON (${printParseErrorCode(first.error)} on line ${line}); fix it first.`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('A request file is a JSON object like {"request": "GET /me"}.');
  }
  const file = json as Record<string, unknown>;
  if (typeof file.request !== 'string') {
    return fail('Add "request": "METHOD /path", e.g. "POST /orders" (see the completion list).');
  }
  const operation = findOperation(file.request);
  if (!operation)
    return fail(`"${file.request}" is not a Peeker operation; pick one from the completion list.`);

  const path = readStringMap(file.path, 'path');
  if (!path.ok) return path;
  const query = readQuery(file.query);
  if (!query.ok) return query;
  const description = typeof file.description === 'string' ? file.description : undefined;
  return ok({ operation, path: path.value, query: query.value, body: file.body, description });
}

function readStringMap(value: unknown, name: string): Result<Record<string, string>> {
  if (value === undefined) return ok({});
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(`"${name}" must be an object such as {"id": "ord_…"}.`);
  }
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') return fail(`"${name}.${key}" must be a string.`);
    out[key] = item;
  }
  return ok(out);
}

function readQuery(value: unknown): Result<Record<string, string | number | boolean>> {
  if (value === undefined) return ok({});
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('"query" must be an object such as {"per_page": 25}.');
  }
  const out: Record<string, string | number | boolean> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
      return fail(`"query.${key}" must be a string, number or boolean.`);
    }
    out[key] = item;
  }
  return ok(out);
}

/**
 * Checks a base URL setting: absolute http(s), no query or fragment.
 * @returns the URL without a trailing slash, or a message naming the problem.
 */
export function normalizeBaseUrl(baseUrl: string): Result<string> {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return fail(`The base URL "${baseUrl}" is not a URL; use e.g. https://api.peeker.ai/partner/v1.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(
      `The base URL must start with https:// (or http:// for a local emulator), not ${url.protocol}.`,
    );
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return fail(
      `The base URL ${url.origin} is plain http on another machine: your API key would cross the network in clear. Use https:// (http:// is for a local emulator).`,
    );
  }
  if (url.search !== '' || url.hash !== '') return fail('The base URL must not carry a query or a fragment.');
  const credentials = baseUrlCredentialsRefusal(url.href);
  if (credentials !== undefined) return fail(credentials);
  return ok(url.href.replace(/\/+$/, ''));
}

/** Builds the HTTP request a request file describes, against `baseUrl` (e.g. `…/partner/v1`). */
export function prepareRequest(file: RequestFile, baseUrl: string): Result<PreparedRequest> {
  const base = normalizeBaseUrl(baseUrl);
  if (!base.ok) return base;
  const { operation } = file;
  const placeholders = [...operation.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  for (const name of placeholders) {
    const value = file.path[name];
    if (value === undefined || value === '') {
      return fail(`${operation.key} needs "path": {"${name}": "…"}; add the ${name} to send it.`);
    }
  }
  for (const name of Object.keys(file.path)) {
    if (!placeholders.includes(name))
      return fail(`${operation.key} has no path parameter "${name}"; remove it.`);
  }
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(file.path[name]!),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(file.query)) search.append(key, String(value));
  const query = search.toString();
  const url = `${base.value}${path}${query === '' ? '' : `?${query}`}`;

  if (file.body !== undefined && operation.requestSchema === null) {
    return fail(`${operation.key} takes no body; remove "body".`);
  }
  if (file.body === undefined && operation.requestBodyRequired) {
    return fail(`${operation.key} needs a "body"; start from the completion snippet.`);
  }
  const prepared: PreparedRequest = { operation, method: operation.method, url };
  if (file.body !== undefined) prepared.body = JSON.stringify(file.body);
  return ok(prepared);
}

/** Text of a new request file, e.g. for "Create swap…" from a pending action. */
export function requestFileText(request: {
  request: string;
  description?: string;
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
}): string {
  const file: Record<string, unknown> = {};
  if (request.description !== undefined) file.description = request.description;
  file.request = request.request;
  if (request.path !== undefined) file.path = request.path;
  if (request.query !== undefined) file.query = request.query;
  if (request.body !== undefined) file.body = request.body;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A JSON Schema's parts that a new request file is seeded from. */
export interface SchemaExamples {
  examples?: unknown[];
}

/**
 * The text of a new request file for `operation`: path parameters with their documented example
 * ids, and the body schema's first example (so the file lints clean from the start).
 */
export function newRequestFileText(operation: OperationInfo, bodySchema?: SchemaExamples): string {
  const path: Record<string, string> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    const example = (parameter.schema.examples as unknown[] | undefined)?.[0];
    path[parameter.name] = typeof example === 'string' ? example : '';
  }
  const body = operation.requestSchema === null ? undefined : (bodySchema?.examples?.[0] ?? {});
  return requestFileText({
    description: operation.summary,
    request: operation.key,
    ...(Object.keys(path).length > 0 ? { path } : {}),
    ...(body !== undefined ? { body } : {}),
  });
}
