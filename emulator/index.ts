/**
 * The local Peeker sandbox emulator: a stateful, offline stand-in for the Peeker Partner API
 * sandbox, for tests, CI and the contract suite.
 *
 * @example
 * ```ts
 * const emulator = await startEmulator({ port: 0, seed: 7 });
 * const response = await fetch(`${emulator.baseUrl}/me`, { headers: { Authorization: `Bearer ${emulator.apiKey}` } });
 * await emulator.close();
 * ```
 *
 * @packageDocumentation
 */
import type { FastifyInstance } from 'fastify';
import { type AccountTier, catalog } from '../schemas';
import { urlCredentialsRefusal } from '../webhooks/endpoint';
import { ensureStartupKey } from './auth';
import type { ClockMode } from './clock';
import { MAX_LATENCY_MS, MAX_RATE_LIMIT_PER_MINUTE } from './control';
import { Runtime } from './emulator';
import { ApiError } from './errors';
import { FAULTS, type FaultName, isFaultName } from './faults';
import { openStateFile, type StateFile } from './persistence';
import { ACCOUNT_TIERS, isAccountTier } from './premium-swaps';
import { responseCacheModeFromEnv } from './response-cache';
import { buildServer } from './server';
import { isLoopbackUrl } from './webhooks';

export type { AccountTier } from '../schemas';
export type { ClockMode } from './clock';
export { FAULTS, type FaultName } from './faults';
export { MAGIC, TIMINGS } from './magic';
export { StateFileError } from './persistence';
export { ACCOUNT_TIERS } from './premium-swaps';

/**
 * The ranges `startEmulator` accepts for its numeric options (all from 0), so a CLI or a config
 * can check and state them up front, with its own names for them.
 */
export const EMULATOR_OPTION_MAX = {
  port: 65_535,
  /** Seeds are 32-bit: a larger one would silently repeat a smaller one's run. */
  seed: 2 ** 32 - 1,
  latencyMs: MAX_LATENCY_MS,
  rateLimitPerMinute: MAX_RATE_LIMIT_PER_MINUTE,
} as const;

/** How to start an emulator. Every field is optional. */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Seed of every generated value (keys, ids, inventory, chaos). Default 1. */
  seed?: number;
  /** Delay added to every API response, in ms. Default 0. */
  latencyMs?: number;
  /** Where webhook deliveries go; must be on this machine. Default: none (no deliveries). */
  webhookUrl?: string;
  /** Secret deliveries are signed with (required with `webhookUrl`). */
  webhookSecret?: string;
  /** Duplicate, delay and reorder deliveries (deterministic from the seed). Default false. */
  webhookChaos?: boolean;
  /** Requests per minute per key; 0 switches the limit off. Default 600 (the contract's cap). */
  rateLimitPerMinute?: number;
  /** The account's plan tier, which sets its premium-swap quota (not exposed by the API). Default `base`. */
  accountTier?: AccountTier;
  /** Faults switched on from the start (see `FAULTS`). */
  faults?: readonly string[];
  /**
   * `real` (default): emulated time runs with real time, plus every advance. `frozen`: it moves
   * only when advanced (`POST /_emulator/clock/advance`), so tests of timed flows do not depend
   * on how fast the machine runs them.
   */
  clock?: ClockMode;
  /**
   * Keep state in this file (journal + snapshot) so it survives restarts. The file is locked while
   * the emulator runs; one that can't be used (in use by another emulator, a bad path, unreadable
   * or damaged, a record with a wrong field, written with another `seed`) makes `startEmulator`
   * throw a `StateFileError` saying why.
   */
  statePath?: string;
  /**
   * Hears what the emulator works around but you should know: a stale state-file lock taken over,
   * a state file that can't be written for now, a `PEEKER_EMULATOR_RESPONSE_CACHE` value it does
   * not know. Default: `process.emitWarning`.
   */
  onWarning?: (message: string) => void;
}

/** A running emulator. */
export interface RunningEmulator {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** `url` + `/partner/v1` (the older `/api/partner/v1` is served too). */
  baseUrl: string;
  /** The startup key: a full-preset `pk_test_` key, the same for the same seed. */
  apiKey: string;
  /** `url` + `/_emulator`. */
  controlUrl: string;
  /** Stops the server (in-flight requests finish) and flushes state. */
  close(): Promise<void>;
}

/** A bad option; the message names it and says what is expected. */
export class EmulatorOptionsError extends TypeError {
  override readonly name = 'EmulatorOptionsError';
}

/** Starts an emulator on 127.0.0.1 and resolves once it accepts requests. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const resolved = resolveOptions(options);
  const warn =
    options.onWarning ?? ((message: string) => process.emitWarning(message, 'PeekerEmulatorWarning'));
  const state = resolved.statePath === undefined ? undefined : openStateFile(resolved.statePath, warn);
  let rt: Runtime;
  let app: FastifyInstance;
  try {
    const restored = state?.load(resolved.seed);
    rt = new Runtime({
      ...resolved,
      clockOffsetMs: restored?.clockOffsetMs ?? 0,
      clockFrozenNowMs: restored?.clockFrozenNowMs,
    });
    if (restored && state) {
      state.restoreInto(rt, restored);
      ensureStartupKey(rt.store, rt.seed, rt.clock.now());
    } else {
      rt.seedState();
    }
    state?.attach(rt);
    // Read here, not as buildServer's default: a bad value is told to `onWarning` like the rest.
    app = buildServer(rt, responseCacheModeFromEnv(process.env, warn));
    if (state) answer500WhileUnsaved(app, state);
    await app.listen({ host: '127.0.0.1', port: resolved.port });
  } catch (error) {
    // A damaged file, a full disk, a port in use: the lock must not outlive the attempt.
    state?.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : resolved.port;
  rt.origin = `http://127.0.0.1:${port}`;
  void rt.tick();
  const apiKey = ensureStartupKey(rt.store, rt.seed, rt.clock.now()).key;
  let closing: Promise<void> | undefined;
  return {
    url: rt.origin,
    baseUrl: `${rt.origin}${catalog.basePaths[0]}`,
    apiKey,
    controlUrl: `${rt.origin}/_emulator`,
    close: () => {
      closing ??= (async () => {
        rt.close();
        // A connection still open once every request in flight has had its answer — a client
        // stalled in the middle of a body, a keep-alive socket Node does not count as idle — is
        // cut: otherwise a stop waits for it, up to the keep-alive timeout or for ever.
        const deadline = setTimeout(
          () => app.server.closeAllConnections(),
          rt.settings.latencyMs + CLOSE_GRACE_MS,
        );
        try {
          await app.close();
        } finally {
          clearTimeout(deadline);
        }
        state?.close();
      })();
      return closing;
    },
  };
}

/**
 * A response must not acknowledge what is not on disk: while the journal can't be written, every
 * answer turns into 500 `internal_error` (the changes wait in memory and are saved once it can).
 * Runs after the server's own `onSend` hook, which attempts the write.
 */
function answer500WhileUnsaved(app: FastifyInstance, state: StateFile): void {
  app.addHook('onSend', (_request, reply, payload, done) => {
    const error = state.saveError();
    if (error === undefined || reply.statusCode >= 500) {
      done(null, payload);
      return;
    }
    const code = (error as { code?: string }).code ?? error.message;
    const body = new ApiError(
      'internal_error',
      `The emulator cannot save its state (${code}); nothing is acknowledged until it can. Retry later.`,
    ).toBody();
    reply.code(500).header('content-type', 'application/json; charset=utf-8');
    done(null, JSON.stringify({ error: body }));
  });
}

interface ResolvedOptions {
  port: number;
  seed: number;
  latencyMs: number;
  webhookUrl: string | null;
  webhookSecret: string | null;
  webhookChaos: boolean;
  rateLimitPerMinute: number;
  accountTier: AccountTier;
  faults: FaultName[];
  clock: ClockMode;
  statePath: string | undefined;
}

/** A value as an option error shows it: strings quoted, so '4010' and 4010 differ. */
function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * How long a stop waits, beyond the simulated latency, for the requests in flight to be answered
 * before it closes their connections.
 */
const CLOSE_GRACE_MS = 2000;

/** Every option `startEmulator` takes: a misspelt one is refused, not ignored (it would quietly do nothing). */
const OPTION_NAMES: Record<keyof EmulatorOptions, true> = {
  port: true,
  seed: true,
  latencyMs: true,
  webhookUrl: true,
  webhookSecret: true,
  webhookChaos: true,
  rateLimitPerMinute: true,
  accountTier: true,
  faults: true,
  clock: true,
  statePath: true,
  onWarning: true,
};

function resolveOptions(options: EmulatorOptions): ResolvedOptions {
  // TypeScript checks these shapes; a plain-JavaScript caller gets the same answer at run time.
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new EmulatorOptionsError(`The emulator options must be an object, got ${shown(options)}.`);
  }
  for (const name of Object.keys(options)) {
    if (Object.hasOwn(OPTION_NAMES, name)) continue;
    // The CLI's flags (--state, --latency, --rate-limit, --fault) are the names people try first.
    const lower = name.toLowerCase();
    const near =
      lower.length < 3
        ? undefined
        : Object.keys(OPTION_NAMES).find(
            (known) => known.toLowerCase().startsWith(lower) || lower.startsWith(known.toLowerCase()),
          );
    throw new EmulatorOptionsError(
      `Unknown option ${shown(name)}${near ? ` (did you mean ${near}?)` : ''}. ` +
        `The options are ${Object.keys(OPTION_NAMES).join(', ')}.`,
    );
  }
  const integer = (name: string, value: number | undefined, fallback: number, min: number, max: number) => {
    if (value === undefined) return fallback;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw new EmulatorOptionsError(
        `${name} must be a whole number between ${min} and ${max}, got ${shown(value)}.`,
      );
    }
    return value;
  };
  if (options.faults !== undefined && !Array.isArray(options.faults)) {
    throw new EmulatorOptionsError(
      `faults must be an array of fault names (e.g. ['internal_error']), got ${shown(options.faults)}.`,
    );
  }
  if (options.webhookChaos !== undefined && typeof options.webhookChaos !== 'boolean') {
    throw new EmulatorOptionsError(`webhookChaos must be true or false, got ${shown(options.webhookChaos)}.`);
  }
  if (options.onWarning !== undefined && typeof options.onWarning !== 'function') {
    throw new EmulatorOptionsError(`onWarning must be a function, got ${shown(options.onWarning)}.`);
  }
  const faults = [...(options.faults ?? [])];
  const unknown = faults.filter((name) => !isFaultName(name));
  if (unknown.length > 0) {
    throw new EmulatorOptionsError(
      // Name them here: the control API that lists them is the server this call failed to start.
      `Unknown fault(s): ${unknown.map((name) => JSON.stringify(name)).join(', ')}. ` +
        `Known faults (FAULTS, exported with startEmulator): ${FAULTS.map((fault) => fault.name).join(', ')}.`,
    );
  }
  if (options.webhookUrl !== undefined && !isLoopbackUrl(options.webhookUrl)) {
    throw new EmulatorOptionsError(
      'webhookUrl must be an http(s) URL on this machine (127.0.0.1, localhost or [::1]); the emulator never sends traffic elsewhere.',
    );
  }
  const credentials =
    options.webhookUrl === undefined ? undefined : urlCredentialsRefusal('webhookUrl', options.webhookUrl);
  if (credentials !== undefined) throw new EmulatorOptionsError(credentials);
  if (options.accountTier !== undefined && !isAccountTier(options.accountTier)) {
    throw new EmulatorOptionsError(
      `accountTier must be one of ${ACCOUNT_TIERS.join(', ')}, got ${String(options.accountTier)}.`,
    );
  }
  if (
    options.statePath !== undefined &&
    (typeof options.statePath !== 'string' || options.statePath === '')
  ) {
    throw new EmulatorOptionsError(
      `statePath must be a file path, got ${JSON.stringify(options.statePath)}.`,
    );
  }
  if (options.clock !== undefined && options.clock !== 'real' && options.clock !== 'frozen') {
    throw new EmulatorOptionsError(`clock must be real or frozen, got ${String(options.clock)}.`);
  }
  if (options.webhookUrl !== undefined && !options.webhookSecret) {
    throw new EmulatorOptionsError(
      'webhookSecret is required with webhookUrl (deliveries are always signed).',
    );
  }
  return {
    port: integer('port', options.port, 0, 0, EMULATOR_OPTION_MAX.port),
    seed: integer('seed', options.seed, 1, 0, EMULATOR_OPTION_MAX.seed),
    latencyMs: integer('latencyMs', options.latencyMs, 0, 0, EMULATOR_OPTION_MAX.latencyMs),
    webhookUrl: options.webhookUrl ?? null,
    webhookSecret: options.webhookSecret ?? null,
    webhookChaos: options.webhookChaos ?? false,
    rateLimitPerMinute: integer(
      'rateLimitPerMinute',
      options.rateLimitPerMinute,
      catalog.rateLimit.requests_per_minute,
      0,
      EMULATOR_OPTION_MAX.rateLimitPerMinute,
    ),
    accountTier: options.accountTier ?? 'base',
    faults: faults.filter(isFaultName),
    clock: options.clock ?? 'real',
    statePath: options.statePath,
  };
}
