/**
 * The HTTP face of the emulator (fastify 5): every catalog operation under both base paths,
 * the control API under `/_emulator/`, and the cross-cutting contracts — `Peeker-Request-Id`
 * on every response, the error envelope for every failure (unknown routes, wrong methods, malformed
 * JSON, wrong content types, bodies over 1 MB), auth, rate limits, validation and latency.
 */
import { type IncomingMessage, maxHeaderSize, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { escapeRegExp } from '../lint/text-utils';
import { catalog, type OperationInfo } from '../schemas';
import { authenticate, authorize, type Caller } from './auth';
import { registerControlRoutes } from './control';
import type { Runtime } from './emulator';
import { ApiError, blankPathParameter, clip, invalidRequest, notFound, renderError } from './errors';
import { newRequestId } from './ids';
import { parseJsonBody } from './json-body';
import { rawQuery, validateQuery } from './query';
import { rateLimitedMessage } from './rate-limit';
import { ResponseCache, type ResponseCacheMode, responseCacheModeFromEnv } from './response-cache';
import { bundleRoutes } from './routes/bundles';
import { domainRoutes } from './routes/domains';
import { forwardingRoutes } from './routes/forwarding';
import { importRoutes } from './routes/imports';
import { meRoutes } from './routes/me';
import { orderRoutes } from './routes/orders';
import { swapRoutes } from './routes/swaps';
import type { RequestContext, RouteTable } from './routes/types';
import { userRoutes } from './routes/users';
import { checkRequestBody } from './validation';
import { viewTime } from './views';
import { isLoopbackUrl } from './webhooks';

/** Largest accepted request body (contract: `payload_too_large` above 1 MB). */
export const BODY_LIMIT_BYTES = 1_048_576;
/**
 * Most request headers accepted (DevKit assumption, the number Node keeps by default): more is
 * `payload_too_large`, like headers over {@link maxHeaderSize} bytes.
 */
export const MAX_REQUEST_HEADERS = 1000;
/** Prefix of the control API; never under an API base path. */
export const CONTROL_PREFIX = '/_emulator';
/** Header carrying the request id. */
export const REQUEST_ID_HEADER = 'Peeker-Request-Id';

/** Every operation's handler, by operation key. */
export const ROUTES: RouteTable = {
  ...meRoutes,
  ...orderRoutes,
  ...bundleRoutes,
  ...userRoutes,
  ...domainRoutes,
  ...importRoutes,
  ...forwardingRoutes,
  ...swapRoutes,
};

declare module 'fastify' {
  interface FastifyRequest {
    /** True for API routes (faults and latency apply), false for the control API. */
    isApi: boolean;
    /** The authenticated caller of an API route. */
    caller: Caller | null;
  }
}

/** What fastify sends an object as: a reused answer goes out the same way. */
const JSON_TYPE = 'application/json; charset=utf-8';

/** Compiled path templates of every operation, to tell a wrong method from an unknown route. */
const TEMPLATES = catalog.operations.map((operation) => ({
  method: operation.method,
  pattern: new RegExp(
    `^(?:${catalog.basePaths.map(escapeRegExp).join('|')})${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`,
  ),
}));

/** Builds (but does not start) the server for a runtime. */
export function buildServer(
  rt: Runtime,
  cacheMode: ResponseCacheMode = responseCacheModeFromEnv(),
): FastifyInstance {
  // One id for every response under the `duplicate_request_id` fault.
  const sharedRequestId = newRequestId();
  /** Requests whose target came in absolute form (rewritten to a path): the host it named counts. */
  const absoluteTargets = new WeakMap<IncomingMessage, string>();
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => newRequestId(),
    requestIdHeader: false,
    return503OnClosing: false,
    // Node would answer a missing Host itself, bare (no envelope, no request id): the onRequest hook does.
    http: { requireHostHeader: false },
    // Everything downstream (routes, links, the API/control split) reads the path from request.url.
    rewriteUrl: (request) => {
      const target = request.url ?? '/';
      if (!target.startsWith('/')) absoluteTargets.set(request, target);
      return originForm(target);
    },
    frameworkErrors: (error, request, reply) => {
      // The router failed before the hooks run: set the request id here.
      reply.header(REQUEST_ID_HEADER, request.id);
      let apiError =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? notFound('No record with such a long id in this account.', 'id')
          : request.url.startsWith('/')
            ? invalidRequest('The request URL is not valid (bad percent-encoding).')
            : // Not a path, and not an http(s) URL originForm could reduce to one (`ftp://…`).
              invalidRequest(
                `The request target must be a path such as /partner/v1/me (or an http:// URL), got "${clip(request.url)}".`,
              );
      // Too many headers is answered first, as in onRequest; then, as on every API route, 401 and
      // 429 (no operation matched, so no 403).
      const crowded = tooManyHeaders(request);
      if (crowded) apiError = crowded;
      else if (isApiUrl(request.url)) {
        try {
          authenticateAndLimit(rt, request);
        } catch (thrown) {
          apiError = thrown as ApiError;
        }
      }
      sendError(rt, request, reply, apiError);
    },
    clientErrorHandler: (error: Error & { code?: string }, socket: Socket) => {
      // Malformed HTTP never reaches the router: answer in the envelope, with a request id, by hand.
      if (!socket.writable) return;
      // Too large is `payload_too_large` with its table status (413), not HTTP's own 431.
      const apiError =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? new ApiError(
              'payload_too_large',
              `Request headers are too large (over ${maxHeaderSize} bytes in all). Send fewer or shorter headers.`,
            )
          : invalidRequest('Malformed HTTP request.');
      const { headers, body } = closingEnvelope(apiError);
      socket.end(
        `HTTP/1.1 ${apiError.status} ${STATUS_CODES[apiError.status]}\r\n` +
          `${Object.entries(headers)
            .map(([name, value]) => `${name}: ${value}\r\n`)
            .join('')}\r\n${body}`,
      );
    },
  });
  // An Expect other than 100-continue never reaches fastify: Node answers a bare 417 unless someone
  // listens. RFC 9110 §10.1.1 allows any 4xx; the contract's is invalid_request.
  app.server.on('checkExpectation', (request: IncomingMessage, response: ServerResponse) => {
    const { headers, body } = closingEnvelope(
      invalidRequest(
        `Expect: ${clip(request.headers.expect ?? '')} is not supported; the only expectation is 100-continue. Leave the Expect header out.`,
      ),
    );
    response.writeHead(400, headers).end(body);
  });
  // Node keeps the first 1000 headers and drops the rest without a word: a key sent after them was
  // "missing". Keep them all (the byte limit above bounds how many there can be), and refuse too
  // many in the envelope, before the key is checked.
  app.server.maxHeadersCount = 0;
  app.decorateRequest('isApi', false);
  app.decorateRequest('caller', null);

  // Bodies are parsed by hand (content type, JSON syntax, size) so every failure gets the envelope.
  app.removeAllContentTypeParsers();
  const keepBuffer = (
    _request: FastifyRequest,
    body: Buffer | string,
    done: (error: null, body: unknown) => void,
  ) => done(null, body);
  // JSON gets its own entry: fastify finds an exact type much faster than the catch-all.
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, keepBuffer);
  app.addContentTypeParser('*', { parseAs: 'buffer' }, keepBuffer);

  // Callback-style hooks: they run on every request, and async ones cost a promise each.
  app.addHook('onRequest', (request, _reply, done) => {
    request.isApi = isApiUrl(request.url);
    void rt.tick();
    const crowded = tooManyHeaders(request);
    if (crowded) {
      done(crowded);
      return;
    }
    if (request.headers.host === undefined && request.raw.httpVersion === '1.1') {
      // Malformed HTTP, like what clientErrorHandler answers: before the key is checked.
      done(
        invalidRequest(
          `An HTTP/1.1 request needs a Host header (RFC 9112 §3.2). Send Host: ${new URL(rt.origin).host}.`,
        ),
      );
      return;
    }
    const refusal = foreignRequest(request);
    if (refusal) {
      done(refusal);
      return;
    }
    // URLs no operation matches check 401 and 429 here, before the body is read, as operations do
    // in their own onRequest: a body over 1 MB got 413 on unknown routes and 401 on real ones.
    const next = request.isApi && request.is404 ? () => done(authenticationError(rt, request)) : () => done();
    // Simulated latency is spent before the handler, not while sending: a reply that fastify
    // already answered (e.g. 503 while closing) must never be written a second time.
    if (request.isApi && rt.settings.latencyMs > 0) setTimeout(next, rt.settings.latencyMs);
    else next();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    const api = request.isApi;
    if (!(api && rt.faults.has('missing_request_id'))) {
      reply.header(
        REQUEST_ID_HEADER,
        api && rt.faults.has('duplicate_request_id') ? sharedRequestId : request.id,
      );
    }
    // Stopping: the connection closes once this answer is sent, rather than idling out the
    // keep-alive timeout (about 70 s) while close() waits for it.
    if (rt.closed) reply.header('Connection', 'close');
    // Persist what this request changed before the client can see it acknowledged.
    rt.afterChange();
    rt.settle();
    done(null, payload);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    sendError(rt, request, reply, toApiError(error));
  });
  app.setNotFoundHandler((request, reply) => {
    // The onRequest hook has checked the key and the rate limit (401 and 429 first, as on every
    // API route: a caller without a valid key learns nothing about which routes exist).
    sendError(rt, request, reply, noRoute(request));
  });

  const answers = new ResponseCache(rt, cacheMode);
  for (const operation of catalog.operations) {
    const handler = ROUTES[operation.key];
    if (!handler) throw new Error(`Emulator: no handler for ${operation.key}`);
    for (const base of catalog.basePaths) {
      app.route({
        method: operation.method,
        url: base + operation.path.replace(/\{([^}]+)\}/g, ':$1'),
        onRequest: (request, _reply, done) => {
          try {
            const params = Object.entries(request.params as Record<string, string>);
            if (params.some(([, value]) => value === '')) {
              // `/users/` reaches `/users/:id` with an empty id: no operation's URL, so answered as
              // one no operation matches (401 and 429, then not_found), not "No customer  in this account."
              authenticateAndLimit(rt, request);
              throw noRoute(request);
            }
            const blank = params.find(([, value]) => value.trim() === '');
            if (blank) {
              // `/users/%20`: the route exists, but "No customer   in this account." would be unreadable.
              authenticateAndLimit(rt, request);
              throw blankPathParameter(blank[0], blank[1]);
            }
            if (!rt.faults.has('internal_error')) {
              const caller = authenticateAndLimit(rt, request);
              authorize(caller, operation, rt.faults);
              request.caller = caller;
            }
            done();
          } catch (error) {
            done(error as Error);
          }
        },
        handler: async (request, reply) => {
          if (rt.faults.has('internal_error') || request.caller === null) {
            throw new ApiError('internal_error', 'Unexpected server error (the internal_error fault is on).');
          }
          if (operation.requestSchema === null) refuseBody(operation, request);
          const origin = linkOrigin(
            rt.origin,
            requestHost(absoluteTargets.get(request.raw), request.headers.host),
          );
          // Links name the origin, so an answer is kept per origin the client used.
          const cacheKey = origin === rt.origin ? request.url : `${origin} ${request.url}`;
          const cacheable = answers.applies(operation);
          const reused = cacheable ? answers.get(cacheKey) : undefined;
          if (reused !== undefined && answers.mode === 'on') {
            return reply.code(operation.successStatus).type(JSON_TYPE).send(reused);
          }
          const generation = rt.store.generation;
          const ctx: RequestContext = {
            rt,
            operation,
            caller: request.caller,
            params: request.params as Record<string, string>,
            query: validateQuery(operation, rawQuery(request.url)),
            body: undefined,
            warnings: [],
            url: origin + base + request.url.split('?')[0]!.slice(base.length),
            at: viewTime(rt.clock.now()),
          };
          if (operation.requestSchema !== null) {
            const checked = readBody(operation, request);
            ctx.body = checked?.body;
            ctx.warnings = checked?.warnings ?? [];
          }
          const result = await ROUTES[operation.key]!(ctx);
          if (!cacheable || result.status !== undefined) {
            return reply.code(result.status ?? operation.successStatus).send(result.body);
          }
          const text = JSON.stringify(result.body);
          if (reused !== undefined && reused !== text) {
            throw new ApiError(
              'internal_error',
              `The response cache held a stale answer to ${clip(request.url)}: a change escaped Store.changed.`,
            );
          }
          answers.set(cacheKey, text, generation, ctx.at.until);
          return reply.code(operation.successStatus).type(JSON_TYPE).send(text);
        },
      });
    }
  }

  registerControlRoutes(app, rt, (request, reply, error) => sendError(rt, request, reply, error));
  return app;
}

/**
 * The host a request was addressed to: a request target in absolute form (`GET http://host/…`, as
 * proxies send it) names it, and then the Host header is ignored (RFC 9112 §3.2.2); else Host.
 */
function requestHost(target: string | undefined, host: string | undefined): string | undefined {
  if (target === undefined || target.startsWith('/') || !URL.canParse(target)) return host;
  return new URL(target).host;
}

/**
 * The origin the answer's links are built on: `http://localhost:PORT` when the client reached the
 * emulator under that name (a client that follows links only on the origin it was given, as the
 * kit's do, can then page it), else the emulator's own `http://127.0.0.1:PORT`. Any other Host is
 * not trusted: a link never points off this machine or to another port.
 */
function linkOrigin(ownOrigin: string, host: string | undefined): string {
  // Nearly every request says 127.0.0.1: it is answered before any string is built.
  if (host === undefined || host.length > 40 || (host[0] !== 'l' && host[0] !== 'L')) return ownOrigin;
  const port = ownOrigin.slice(ownOrigin.lastIndexOf(':'));
  return host.toLowerCase() === `localhost${port}` ? `http://localhost${port}` : ownOrigin;
}

/**
 * The origin form (`/path?query`) of an absolute-form request target (`http://host/path?query`,
 * which RFC 9112 §3.2.2 says servers must accept); any other target as it is. Read raw, the
 * absolute form put the host into `links` and `meta.path`, and control routes counted as API calls.
 */
function originForm(target: string): string {
  if (target.charCodeAt(0) === 47 /* / */) return target;
  const match = /^https?:\/\/[^/?#]*(.*)$/i.exec(target);
  if (!match) return target;
  const rest = match[1]!;
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** Host headers already found to name this machine: clients send the same one every time. */
const loopbackHosts = new Set<string>();

/** Whether a Host header names this machine (parsed once per distinct value; a few dozen kept). */
function isLoopbackHost(host: string): boolean {
  if (loopbackHosts.has(host)) return true;
  if (!isLoopbackUrl(`http://${host}/`)) return false;
  if (loopbackHosts.size < 32) loopbackHosts.add(host);
  return true;
}

/**
 * 400 for a request a web page made the browser send, or undefined. The emulator listens on
 * loopback, but a page the developer visits can still reach it: by DNS rebinding (its own name
 * resolving to 127.0.0.1, which shows in Host) and, for the control API, which takes no key, by a
 * cross-site form or `no-cors` fetch (which shows in Origin or Sec-Fetch-Site) — `POST
 * /_emulator/reset` alone would wipe a --state file. API routes need a Bearer key, which such a
 * request cannot carry, so only their Host is checked.
 */
function foreignRequest(request: FastifyRequest): ApiError | undefined {
  const host = request.headers.host;
  if (host !== undefined && !isLoopbackHost(host)) {
    return invalidRequest(
      `Host ${clip(host)} is not this machine: the emulator answers only requests addressed to 127.0.0.1, localhost or [::1] (a guard against DNS rebinding).`,
    );
  }
  if (request.isApi) return undefined;
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  // `Origin: null` is a sandboxed page or a file:// one: a page all the same.
  if ((origin !== undefined && !isLoopbackUrl(origin)) || site === 'cross-site' || site === 'same-site') {
    return invalidRequest(
      'The control API refuses requests a web page sends from another site (Origin or Sec-Fetch-Site says so): call it from a tool or a script.',
    );
  }
  return undefined;
}

/** 413 `payload_too_large` for more than {@link MAX_REQUEST_HEADERS} headers (before the key is checked). */
function tooManyHeaders(request: FastifyRequest): ApiError | undefined {
  const count = request.raw.rawHeaders.length / 2;
  if (count <= MAX_REQUEST_HEADERS) return undefined;
  return new ApiError(
    'payload_too_large',
    `Too many request headers (${count}; at most ${MAX_REQUEST_HEADERS}). Send fewer headers.`,
  );
}

/**
 * 404 `not_found` for a URL no operation matches. A wrong method names the methods that exist
 * (`details.allowed`, `Allow`): the contract has no method-not-allowed code.
 */
function noRoute(request: FastifyRequest): ApiError {
  const path = request.url.split('?')[0]!;
  const allowed = [...new Set(TEMPLATES.filter((t) => t.pattern.test(path)).map((t) => t.method))];
  if (allowed.length === 0) return notFound(`No route ${request.method} ${clip(path)}.`);
  return new ApiError(
    'not_found',
    `No route ${request.method} ${clip(path)}; it accepts ${allowed.join(' or ')}.`,
    {
      details: { allowed },
      headers: { Allow: allowed.join(', ') },
    },
  );
}

/** False for the control API, true for everything else (the API base paths and unknown routes). */
function isApiUrl(url: string): boolean {
  return !url.startsWith(`${CONTROL_PREFIX}/`) && url !== CONTROL_PREFIX;
}

/**
 * 401, then 429: the caller, counted against its rate limit. Routes then check the operation's
 * permission (403), all before the body is even read.
 */
function authenticateAndLimit(rt: Runtime, request: FastifyRequest): Caller {
  const caller = authenticate(request.headers.authorization, rt.store, rt.faults);
  if (!rt.faults.has('rate_limit_off')) {
    const decision = rt.limiter.take(caller.bucket);
    if (!decision.ok) {
      throw new ApiError(
        'rate_limited',
        rateLimitedMessage(
          rt.limiter.limit,
          decision.retryAfterSeconds,
          rt.clock.reach(rt.clock.now() + decision.retryAfterSeconds * 1000),
        ),
        rt.faults.has('no_retry_after')
          ? {}
          : { details: { retry_after_seconds: decision.retryAfterSeconds } },
      );
    }
  }
  return caller;
}

/** {@link authenticateAndLimit}'s 401 or 429 as a value (for a hook's `done`), or undefined when the caller may go on. */
function authenticationError(rt: Runtime, request: FastifyRequest): ApiError | undefined {
  try {
    authenticateAndLimit(rt, request);
    return undefined;
  } catch (thrown) {
    return thrown as ApiError;
  }
}

/** Reads, parses and validates a JSON body. Undefined when an optional body is absent. */
function readBody(
  operation: OperationInfo,
  request: FastifyRequest,
): ReturnType<typeof checkRequestBody> | undefined {
  const raw = request.body as Buffer | undefined;
  if (raw === undefined || raw.length === 0) {
    if (operation.requestBodyRequired) {
      throw invalidRequest(`${operation.key} needs a JSON body (Content-Type: application/json).`);
    }
    return undefined;
  }
  const body = parseJsonBody(raw, request.headers['content-type']);
  return checkRequestBody(operation.key, body);
}

/**
 * A body sent to an operation that takes none (`DELETE /users/{id}`, a `GET`) is refused, not
 * ignored: a client that believes it sent `{"force": true}` learns it did not count (the linter
 * calls such a body an error too). An empty body is no body. Fastify reads no body on a GET:
 * there its Content-Length tells, or a Transfer-Encoding (a chunked body, its length unknown
 * until read: a client that frames a GET's body meant to send one).
 */
function refuseBody(operation: OperationInfo, request: FastifyRequest): void {
  const raw = request.body as Buffer | undefined;
  const sent =
    raw === undefined
      ? Number(request.headers['content-length'] ?? 0) > 0 ||
        request.headers['transfer-encoding'] !== undefined
      : raw.length > 0;
  if (sent) throw invalidRequest(`${operation.key} takes no request body: send none.`);
}

/** Maps anything thrown to an API error; fastify's own errors become precise envelope codes. */
function toApiError(error: FastifyError | ApiError | Error): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as FastifyError).code;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new ApiError(
      'payload_too_large',
      `Request body is larger than ${BODY_LIMIT_BYTES} bytes. Split the request.`,
      {
        details: { limit_bytes: BODY_LIMIT_BYTES },
      },
    );
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return invalidRequest(`The request could not be read (${code ?? 'bad request'}).`);
  }
  return new ApiError('internal_error', 'Unexpected server error.');
}

/** Headers and body of an error answered outside fastify (malformed HTTP), which closes the connection. */
function closingEnvelope(error: ApiError): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify({ error: error.toBody() });
  return {
    headers: {
      'Content-Type': JSON_TYPE,
      'Content-Length': String(Buffer.byteLength(body)),
      [REQUEST_ID_HEADER]: newRequestId(),
      Connection: 'close',
    },
    body,
  };
}

/** Sends an error in the envelope (faults may bend it), with optional status/header overrides. */
function sendError(rt: Runtime, request: FastifyRequest, reply: FastifyReply, error: ApiError): void {
  const control = !isApiUrl(request.url);
  const rendered = control
    ? { status: error.status, body: { error: error.toBody() } }
    : renderError(error, rt.faults);
  for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
  reply.code(rendered.status).send(rendered.body);
}
