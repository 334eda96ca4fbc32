/**
 * The control API under `/_emulator/` (no auth; the server only listens on loopback): reset,
 * keys, clock, faults, runtime config (and snapshots of it), webhook deliveries and pending
 * actions. JSON in, `{data: …}` out, errors in the API's envelope.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasUrlCredentials } from '../lint/urls';
import { URL_CREDENTIALS_FIX } from '../webhooks/endpoint';
import { createKey, isPreset, revokeKey } from './auth';
import { isoMillis } from './clock';
import type { EmulatorSettings, Runtime } from './emulator';
import { ApiError, blankPathParameter, clip, invalidRequest, notFound, SHORT_QUOTE } from './errors';
import { FAULTS, isFaultName } from './faults';
import { parseJsonBody } from './json-body';
import { resolveAction } from './lifecycle';
import { ACCOUNT_TIERS, isAccountTier } from './premium-swaps';
import { isLoopbackUrl } from './webhooks';

/** Longest latency the config accepts, in ms. */
export const MAX_LATENCY_MS = 60_000;
/** Highest per-key rate limit the config accepts, in requests per minute (0 switches it off). */
export const MAX_RATE_LIMIT_PER_MINUTE = 1_000_000_000;
/** Longest label a config snapshot accepts. */
export const MAX_SNAPSHOT_LABEL_CHARS = 100;
/** Longest single clock advance, in seconds: 10 years of 365 days. */
export const MAX_ADVANCE_SECONDS = 10 * 365 * 24 * 3600;

type ErrorSender = (request: FastifyRequest, reply: FastifyReply, error: ApiError) => void;

/** The config as `GET /_emulator/config` shows it: the webhook secret is never echoed. */
export function configView(settings: EmulatorSettings) {
  return {
    rate_limit_per_minute: settings.rateLimitPerMinute,
    latency_ms: settings.latencyMs,
    webhook_url: settings.webhookUrl,
    webhook_secret_set: settings.webhookSecret !== null,
    webhook_chaos: settings.webhookChaos,
    account_tier: settings.accountTier,
  };
}

/** The fields `PUT /_emulator/config` takes, as {@link configView} shows them (the secret aside). */
const CONFIG_FIELDS = [
  'rate_limit_per_minute',
  'latency_ms',
  'webhook_url',
  'webhook_secret',
  'webhook_chaos',
  'account_tier',
] as const;

/**
 * Checks a config patch; returns the settings it produces. The result is checked as a whole too: a
 * webhook URL needs a secret, as `--webhook-url` and `startEmulator` require.
 */
export function applyConfigPatch(current: EmulatorSettings, patch: unknown): EmulatorSettings {
  const body = objectBody(patch);
  const next = { ...current };
  for (const [key, value] of Object.entries(body)) {
    switch (key) {
      case 'rate_limit_per_minute':
        if (
          !Number.isSafeInteger(value) ||
          (value as number) < 0 ||
          (value as number) > MAX_RATE_LIMIT_PER_MINUTE
        ) {
          throw invalidRequest(
            `rate_limit_per_minute must be an integer between 0 and ${MAX_RATE_LIMIT_PER_MINUTE} (0 switches the limit off).`,
            key,
          );
        }
        next.rateLimitPerMinute = value as number;
        break;
      case 'latency_ms':
        if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > MAX_LATENCY_MS) {
          throw invalidRequest(`latency_ms must be an integer between 0 and ${MAX_LATENCY_MS}.`, key);
        }
        next.latencyMs = value as number;
        break;
      case 'webhook_url':
        if (value !== null && (typeof value !== 'string' || !isLoopbackUrl(value))) {
          throw invalidRequest(
            'webhook_url must be null or an http(s) URL on this machine (127.0.0.1, localhost or [::1]); the emulator never sends traffic elsewhere.',
            key,
          );
        }
        if (typeof value === 'string' && hasUrlCredentials(value)) {
          throw invalidRequest(
            `webhook_url must not have a user name or password in it; ${URL_CREDENTIALS_FIX}.`,
            key,
          );
        }
        next.webhookUrl = value as string | null;
        break;
      case 'webhook_secret':
        if (value !== null && (typeof value !== 'string' || value === '')) {
          throw invalidRequest('webhook_secret must be null or a non-empty string.', key);
        }
        next.webhookSecret = value as string | null;
        break;
      case 'webhook_chaos':
        if (typeof value !== 'boolean') throw invalidRequest('webhook_chaos must be true or false.', key);
        next.webhookChaos = value;
        break;
      case 'account_tier':
        if (!isAccountTier(value)) {
          throw invalidRequest(`account_tier must be one of ${ACCOUNT_TIERS.join(', ')}.`, key);
        }
        next.accountTier = value;
        break;
      default:
        throw unknownField(key, CONFIG_FIELDS, 'PUT /_emulator/config');
    }
  }
  // Deliveries are always signed: a URL without a secret would drop every event unseen, so the
  // resulting config is refused, whichever patch (this one or an earlier) set the URL.
  if (next.webhookUrl !== null && next.webhookSecret === null) {
    throw invalidRequest(
      'webhook_secret is required while webhook_url is set (deliveries are always signed): send both in one PUT /_emulator/config, or set webhook_url to null.',
      'webhook_secret',
    );
  }
  return next;
}

/** Registers the control routes. */
export function registerControlRoutes(app: FastifyInstance, rt: Runtime, sendError: ErrorSender): void {
  /**
   * One control route. `fields`: the body fields it takes ([] for none): the body, if any, must
   * be a JSON object (Content-Type: application/json) holding no others — a misspelt field would
   * otherwise do the wrong thing quietly. Without `fields` the handler reads the body itself.
   */
  /** Every control call, `METHOD /_emulator/path`, for the index at `GET /_emulator/`. */
  const calls: string[] = [];
  const route = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    handler: (request: FastifyRequest, body: Record<string, unknown>) => unknown,
    { status = 200, fields }: { status?: number; fields?: readonly string[] } = {},
  ) => {
    if (url !== '' && url !== '/') calls.push(`${method} /_emulator${url}`);
    app.route({
      method,
      url: `/_emulator${url}`,
      handler: async (request, reply) => {
        try {
          const body = fields === undefined ? {} : fieldsOf(request, fields, `${method} /_emulator${url}`);
          const data = await handler(request, body);
          reply.code(status).send({ data });
        } catch (error) {
          // Bad input is an ApiError; anything else is the emulator's own bug: a 500 that does not
          // leak its internals (a RangeError's text once passed for a 400 on the request).
          sendError(
            request,
            reply,
            error instanceof ApiError
              ? error
              : new ApiError('internal_error', `Unexpected emulator error in ${method} /_emulator${url}.`),
          );
        }
      },
    });
  };
  /** A path parameter; an empty or blank one is 404 with a readable message, not "No key ." */
  const param = (request: FastifyRequest, name: string) => {
    const value = (request.params as Record<string, string>)[name] ?? '';
    if (value.trim() === '') throw blankPathParameter(name, value);
    return value;
  };

  route(
    'POST',
    '/reset',
    () => {
      rt.reset();
      return { ok: true };
    },
    { fields: [] },
  );

  route('GET', '/keys', () =>
    [...rt.store.keys.values()].map((key) => ({
      id: key.id,
      key: key.key,
      preset: key.preset,
      revoked: key.revoked_at !== null,
    })),
  );
  route(
    'POST',
    '/keys',
    (_, { preset }) => {
      if (!isPreset(preset)) throw invalidRequest('preset must be one of full, limited, read.', 'preset');
      const key = createKey(rt.store, rt.ids, rt.seed, rt.clock.now(), preset);
      return { id: key.id, key: key.key, preset: key.preset };
    },
    { status: 201, fields: ['preset'] },
  );
  route(
    'DELETE',
    '/keys/:id',
    (request) => {
      const id = param(request, 'id');
      if (!revokeKey(rt.store, id, rt.clock.now())) throw notFound(`No key ${id}.`, 'id');
      return { id, revoked: true };
    },
    { fields: [] },
  );

  route('GET', '/clock', () => ({
    now: isoMillis(rt.clock.now()),
    frozen: rt.clock.frozen,
    at_limit: rt.clock.atLimit,
  }));
  route(
    'POST',
    '/clock/advance',
    async (_, { seconds }) => {
      if (typeof seconds !== 'number' || !(seconds >= 0 && seconds <= MAX_ADVANCE_SECONDS)) {
        throw invalidRequest(
          `seconds must be a number between 0 and ${MAX_ADVANCE_SECONDS} (10 years).`,
          'seconds',
        );
      }
      await rt.advance(seconds);
      return { now: isoMillis(rt.clock.now()) };
    },
    { fields: ['seconds'] },
  );

  route('GET', '/faults', () => ({
    available: FAULTS.map((fault) => ({ name: fault.name, breaks: fault.breaks })),
    active: rt.faults.list(),
  }));
  route(
    'PUT',
    '/faults',
    (_, body) => {
      const faults = body.faults;
      if (!Array.isArray(faults))
        throw invalidRequest('faults must be an array of fault names (see GET /_emulator/faults).', 'faults');
      const unknown = faults.filter((name) => !isFaultName(name));
      if (unknown.length > 0) {
        throw invalidRequest(
          `Unknown fault(s): ${unknown.map((name) => JSON.stringify(name)).join(', ')}.`,
          'faults',
          {
            unknown,
          },
        );
      }
      rt.faults.replace(faults.filter(isFaultName));
      return { active: rt.faults.list() };
    },
    // A misspelt key ({"fault": [...]}) must not pass as {"faults": undefined}… or clear the faults.
    { fields: ['faults'] },
  );

  route('GET', '/config', () => configView(rt.settings));
  route('PUT', '/config', (request) => {
    rt.configure(applyConfigPatch(rt.settings, jsonBody(request)));
    return configView(rt.settings);
  });

  // Saved settings, the webhook secret included: a tool that changes the config can put it back
  // exactly, although GET never shows the secret. Kept in memory only, like the settings.
  const snapshots = new Map<string, { label: string | null; settings: EmulatorSettings }>();
  let snapshotCount = 0;
  const snapshotView = (id: string, snapshot: { label: string | null; settings: EmulatorSettings }) => ({
    id,
    label: snapshot.label,
    config: configView(snapshot.settings),
  });
  route('GET', '/config/snapshots', () => [...snapshots].map(([id, snapshot]) => snapshotView(id, snapshot)));
  route(
    'POST',
    '/config/snapshots',
    (_, body) => {
      const label = body.label ?? null;
      if (label !== null && (typeof label !== 'string' || label.length > MAX_SNAPSHOT_LABEL_CHARS)) {
        throw invalidRequest(
          `label must be null or a string of at most ${MAX_SNAPSHOT_LABEL_CHARS} characters.`,
          'label',
        );
      }
      const id = `cfg_${++snapshotCount}`;
      const snapshot = { label, settings: { ...rt.settings } };
      snapshots.set(id, snapshot);
      return snapshotView(id, snapshot);
    },
    { status: 201, fields: ['label'] },
  );
  route(
    'POST',
    '/config/snapshots/:id/restore',
    (request) => {
      const id = param(request, 'id');
      const snapshot = snapshots.get(id);
      if (!snapshot) throw notFound(`No config snapshot ${id}.`, 'id');
      snapshots.delete(id);
      rt.configure({ ...snapshot.settings });
      return configView(rt.settings);
    },
    { fields: [] },
  );

  route('GET', '/webhooks/deliveries', () => rt.webhooks.list());
  route('POST', '/webhooks/deliveries/:id/replay', (request) => rt.webhooks.replay(param(request, 'id')), {
    fields: [],
  });

  route('GET', '/pending', () => [...rt.store.actions.values()]);
  route(
    'POST',
    '/pending/:id/resolve',
    (request) => {
      const action = rt.store.actions.get(param(request, 'id'));
      if (!action) throw notFound(`No pending action ${param(request, 'id')}.`, 'id');
      resolveAction(rt, action);
      return action;
    },
    { fields: [] },
  );

  // The banner prints this URL: opening it lists the calls rather than answering 404.
  for (const index of ['', '/']) {
    route('GET', index, () => ({ calls, docs: 'docs/emulator.md#control-api' }));
  }
}

/** The parsed JSON body of a control request (`{}` when empty); JSON only, as on the API. */
function jsonBody(request: FastifyRequest): unknown {
  const raw = request.body as Buffer | undefined;
  if (raw === undefined || raw.length === 0) return {};
  return parseJsonBody(raw, request.headers['content-type']);
}

function objectBody(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidRequest('The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/**
 * The body of a control call that takes `fields` (none when empty): a JSON object holding no
 * other field. `call` (`POST /_emulator/keys`) names the call in the message.
 */
function fieldsOf(request: FastifyRequest, fields: readonly string[], call: string): Record<string, unknown> {
  const body = objectBody(jsonBody(request));
  const unknown = Object.keys(body).find((key) => !fields.includes(key));
  if (unknown !== undefined) throw unknownField(unknown, fields, call);
  return body;
}

/** The error for a body field `key` that control call `call` does not take; `fields` are those it does. */
function unknownField(key: string, fields: readonly string[], call: string): ApiError {
  return invalidRequest(
    `Unknown field "${clip(key, SHORT_QUOTE)}" for ${call}. ` +
      (fields.length > 0 ? `Known: ${fields.join(', ')}.` : 'It takes no fields: send no body, or {}.'),
    clip(key, SHORT_QUOTE),
  );
}
