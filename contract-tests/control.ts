/**
 * Client for the Peeker DevKit emulator's control API (`/_emulator/…`, no auth): keys, clock,
 * faults, config, webhook deliveries and pending actions. Properties that need it are marked
 * `needsEmulator` and skipped against a real sandbox.
 *
 * @packageDocumentation
 */
import type { PermissionPreset } from '../schemas';
import { requestTimeout } from '../webhooks/request-timeout';
import { type ContractConfigNames, DEFAULT_CONFIG_NAMES } from './config-names';
import {
  BodyTooLargeError,
  diagnoseBodyError,
  diagnoseNetworkError,
  isLiveKey,
  readCappedText,
  TargetUnreachableError,
} from './target';

/**
 * Why the emulator's clock frees no 429 by real waiting: frozen (only advances move it), or at
 * its 9999-01-01T00:00:00Z limit (nothing moves it). See `EmulatorControl.clockStandstill`.
 */
export type ClockStandstill = 'frozen' | 'at_limit';

/**
 * The emulator's mutable settings as `GET /_emulator/config` shows them. The webhook secret is
 * write-only: `PUT` takes `webhook_secret`, `GET` only says whether one is set.
 */
export interface EmulatorConfig {
  rate_limit_per_minute: number;
  latency_ms: number;
  webhook_url: string | null;
  webhook_secret_set?: boolean;
  webhook_chaos: boolean;
}

/** A change to the emulator's settings (`PUT /_emulator/config`). */
export type EmulatorConfigPatch = Partial<Omit<EmulatorConfig, 'webhook_secret_set'>> & {
  webhook_secret?: string | null;
};

/** Settings saved inside the emulator (`POST /_emulator/config/snapshots`), webhook secret included. */
export interface EmulatorConfigSnapshot {
  /** Opaque id to restore it with. */
  id: string;
  /** Who saved it (the contract suite labels its own). */
  label: string | null;
  /** The settings it holds, as `GET /_emulator/config` shows them (the secret stays in the emulator). */
  config: EmulatorConfig;
}

/** A key minted through the control API. */
export interface EmulatorKey {
  id: string;
  key: string;
  preset: PermissionPreset;
}

/** One webhook delivery attempt as the emulator logged it. */
export interface EmulatorDelivery {
  id: string;
  event_id: string;
  type: string;
  attempt: number;
  status: string;
  response_status: number | null;
  /** Why the last attempt got no HTTP status (timeout, connection refused, …); null when it got one. */
  error: string | null;
  next_attempt_at: string | null;
  created_at: string;
  body: unknown;
  /** For a replay: the id of the delivery it sent again; null on the emulator's own deliveries. */
  replay_of: string | null;
}

/** A control call failed: the emulator answered something other than 2xx JSON. */
export class ControlApiError extends Error {
  override readonly name = 'ControlApiError';
}

const CONTROL_TIMEOUT_MS = 15_000;
/** What the emulator's keys look like (emulator/auth.ts): the only ones the kit sends to an emulator. */
const MINTED_KEY = /^pk_test_[A-Za-z0-9]+$/;
// Well above the largest control answer (10,000 logged deliveries with their bodies).
const CONTROL_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** Calls the control API of one emulator. */
export class EmulatorControl {
  /** Control calls made so far (not counted as API requests). */
  calls = 0;
  // Aborted by stop(): ends calls still in flight, so a property finishing after an interruption waits for nothing.
  private readonly stopping = new AbortController();

  /**
   * @param origin - The emulator's origin, e.g. `http://127.0.0.1:4010`.
   * @param configNames - How a network diagnosis names where the base URL is set.
   */
  constructor(
    readonly origin: string,
    private readonly configNames: ContractConfigNames = DEFAULT_CONFIG_NAMES,
  ) {}

  /**
   * The control API of the emulator behind `baseUrl`, or `undefined` when the target is not a
   * loopback host or does not answer `GET /_emulator/config` (a real sandbox). Only loopback hosts
   * are probed: the kit never pokes a remote server's paths it does not document. `deadline`
   * (optional) is shared with the calls that follow, so a silent target costs one timeout, not two.
   * The control returned words its network diagnoses with `configNames`.
   */
  static async detect(
    baseUrl: string,
    deadline?: AbortSignal,
    configNames: ContractConfigNames = DEFAULT_CONFIG_NAMES,
  ): Promise<EmulatorControl | undefined> {
    const url = new URL(baseUrl);
    if (!isLoopbackHost(url.hostname)) return undefined;
    const control = new EmulatorControl(url.origin, configNames);
    try {
      const config = await control.call<EmulatorConfig>('GET', '/config', undefined, false, deadline);
      return typeof config.rate_limit_per_minute === 'number' ? control : undefined;
    } catch {
      return undefined;
    }
  }

  /** Wipes every resource (orders, users, imports…) back to the startup state. */
  reset(): Promise<unknown> {
    return this.call('POST', '/reset', {});
  }

  /**
   * Mints a key with the given preset. Throws {@link ControlApiError} unless the answer holds an id
   * and a `pk_test_` key of letters and digits: anything else would be sent as the Bearer token.
   */
  async createKey(preset: PermissionPreset): Promise<EmulatorKey> {
    const minted = await this.checkedCall(
      'POST',
      '/keys',
      { preset },
      (key): key is { id: string; key: string } =>
        isRecord(key) && typeof key.key === 'string' && typeof key.id === 'string',
      'without a key (data.key and data.id)',
    );
    // Never quoted: it is a key, whatever its shape.
    if (isLiveKey(minted.key))
      throw this.foreign('POST', '/keys', 'with a pk_live_ key, which the kit never sends');
    if (!MINTED_KEY.test(minted.key)) {
      throw this.foreign('POST', '/keys', 'with a key that is not pk_test_ followed by letters and digits');
    }
    return minted as unknown as EmulatorKey;
  }

  /** Revokes a minted key: it answers 401 from now on. */
  async revokeKey(id: string): Promise<void> {
    await this.call('DELETE', `/keys/${encodeURIComponent(id)}`);
  }

  /** The emulated clock, as Unix seconds. */
  async now(): Promise<number> {
    const clock = await this.call<unknown>('GET', '/clock');
    const now = isRecord(clock) ? clock.now : undefined;
    const ms =
      typeof now === 'number'
        ? now > 1e12
          ? now
          : now * 1000
        : typeof now === 'string'
          ? Date.parse(now)
          : Number.NaN;
    if (!Number.isFinite(ms)) throw new ControlApiError(`GET /_emulator/clock returned an unreadable time.`);
    return Math.floor(ms / 1000);
  }

  /**
   * Why real waiting frees nothing on the emulator, whose 429s count `retry_after_seconds` in
   * emulated seconds: `at_limit` when its clock stands at 9999-01-01T00:00:00Z, the latest time it
   * supports (nothing moves it further, not even an advance); `frozen` when it is frozen
   * (`--clock frozen`: it moves only on advances). Undefined when its time passes with real time,
   * or it does not say so, or refuses the call (one that cannot tell is treated as running on real
   * time; the calls the suite needs report a broken control API). `deadline` (optional) is shared
   * with other calls.
   */
  async clockStandstill(deadline?: AbortSignal): Promise<ClockStandstill | undefined> {
    try {
      const clock = await this.call<unknown>('GET', '/clock', undefined, false, deadline);
      if (!isRecord(clock)) return undefined;
      if (clock.at_limit === true) return 'at_limit';
      return clock.frozen === true ? 'frozen' : undefined;
    } catch (error) {
      if (error instanceof ControlApiError) return undefined;
      throw error;
    }
  }

  /** Moves the emulated clock forward, running due transitions and webhook deliveries. */
  async advance(seconds: number): Promise<void> {
    await this.call('POST', '/clock/advance', { seconds });
  }

  /** The faults the emulator can inject, and those active. */
  async faults(): Promise<{ available: { name: string; breaks: string }[]; active: string[] }> {
    const faults = await this.checkedCall(
      'GET',
      '/faults',
      undefined,
      (value) => isRecord(value) && Array.isArray(value.available) && isStringArray(value.active),
      'without the faults (data.available and data.active, a list of names)',
    );
    return faults as { available: { name: string; breaks: string }[]; active: string[] };
  }

  /** Replaces the active faults. */
  async setFaults(faults: string[]): Promise<void> {
    await this.call('PUT', '/faults', { faults });
  }

  /** The emulator's settings. */
  async config(): Promise<EmulatorConfig> {
    const config = await this.checkedCall(
      'GET',
      '/config',
      undefined,
      (value) => isRecord(value) && typeof value.rate_limit_per_minute === 'number',
      'without its settings (data.rate_limit_per_minute)',
    );
    return config as unknown as EmulatorConfig;
  }

  /** Changes some settings; the others keep their values. */
  async setConfig(config: EmulatorConfigPatch): Promise<void> {
    await this.call('PUT', '/config', config);
  }

  /** Saves the current settings inside the emulator, the webhook secret included. */
  async saveConfig(label: string): Promise<EmulatorConfigSnapshot> {
    return this.checkedCall(
      'POST',
      '/config/snapshots',
      { label },
      isSnapshot,
      'without the id to restore the settings with (data.id)',
    );
  }

  /** The saved settings not restored yet, oldest first. */
  async configSnapshots(): Promise<EmulatorConfigSnapshot[]> {
    return this.checkedCall(
      'GET',
      '/config/snapshots',
      undefined,
      (value): value is EmulatorConfigSnapshot[] => Array.isArray(value) && value.every(isSnapshot),
      'with something other than a list of saved settings (data[].id)',
    );
  }

  /** Puts saved settings back exactly (the snapshot is used up). Works after {@link stop} too. */
  async restoreConfig(id: string): Promise<void> {
    await this.call('POST', `/config/snapshots/${encodeURIComponent(id)}/restore`, {}, true);
  }

  /**
   * Refuses every later call but {@link restoreConfig}, and ends those in flight: after an
   * interruption the suite puts the emulator's settings back while a property may still be
   * finishing, and that property must not change them again.
   */
  stop(): void {
    this.stopping.abort();
  }

  /** Every webhook delivery attempt so far. */
  async deliveries(): Promise<EmulatorDelivery[]> {
    const deliveries = await this.checkedCall(
      'GET',
      '/webhooks/deliveries',
      undefined,
      (value) => Array.isArray(value) && value.every(isRecord),
      'with something other than a list of deliveries (data[])',
    );
    return deliveries as unknown as EmulatorDelivery[];
  }

  /** Sends a logged delivery again, as Peeker's retries would. */
  async replayDelivery(id: string): Promise<void> {
    await this.call('POST', `/webhooks/deliveries/${encodeURIComponent(id)}/replay`, {});
  }

  /** Resolves a pending action as the customer would (e.g. nameservers pointed). */
  async resolvePending(actionId: string): Promise<void> {
    await this.call('POST', `/pending/${encodeURIComponent(actionId)}/resolve`, {});
  }

  private async call<T>(
    method: string,
    path: string,
    body?: unknown,
    evenIfStopped = false,
    deadline?: AbortSignal,
  ): Promise<T> {
    const interrupted = () =>
      new ControlApiError(`${method} /_emulator${path} refused: the suite was interrupted.`);
    if (this.stopping.signal.aborted && !evenIfStopped) throw interrupted();
    const url = new URL(`/_emulator${path}`, this.origin);
    this.calls++;
    // Held until the body is read: an emulator that stalls mid-answer times out too.
    const timeout = requestTimeout(
      CONTROL_TIMEOUT_MS,
      evenIfStopped ? undefined : this.stopping.signal,
      deadline,
    );
    let response: Response | undefined;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: timeout.signal,
      });
      text = await readCappedText(response, CONTROL_MAX_RESPONSE_BYTES);
    } catch (error) {
      if (this.stopping.signal.aborted && !evenIfStopped) throw interrupted();
      if (error instanceof BodyTooLargeError) {
        throw new ControlApiError(
          `${method} /_emulator${path} answered ${response?.status} with a body over ${error.limit}: ` +
            'is the server at this base URL a peeker-devkit emulator?',
        );
      }
      throw new TargetUnreachableError(
        response === undefined
          ? diagnoseNetworkError(error, url, CONTROL_TIMEOUT_MS, this.configNames)
          : diagnoseBodyError(
              error,
              url,
              `${method} ${url} answered ${response.status}`,
              CONTROL_TIMEOUT_MS,
              this.configNames,
            ),
      );
    } finally {
      timeout.clear();
    }
    let parsed: unknown;
    try {
      parsed = text === '' ? {} : JSON.parse(text);
    } catch {
      throw new ControlApiError(
        `${method} /_emulator${path} answered ${response.status} with non-JSON text.`,
      );
    }
    if (!response.ok) {
      throw new ControlApiError(
        `${method} /_emulator${path} answered ${response.status}: ${text.slice(0, 200)}`,
      );
    }
    // `null` and other non-objects are JSON too: the getters above check what they need of `data`.
    return (isRecord(parsed) ? parsed.data : undefined) as T;
  }

  /**
   * A call whose 2xx answer lacks what the suite needs (`what` says how): whatever answers there is
   * not the control API of a peeker-devkit emulator of this version. The answer itself is not
   * quoted: it may hold a key.
   */
  /**
   * {@link call}, then {@link foreign} unless `expected` holds for the answer's `data`: one place
   * names the request for both, so its error cannot name another.
   */
  private async checkedCall<T>(
    method: string,
    path: string,
    body: unknown,
    expected: ((data: unknown) => data is T) | ((data: unknown) => boolean),
    what: string,
  ): Promise<T> {
    const data = await this.call<unknown>(method, path, body);
    if (!expected(data)) throw this.foreign(method, path, what);
    return data as T;
  }

  private foreign(method: string, path: string, what: string): ControlApiError {
    return new ControlApiError(
      `The emulator at ${this.origin} answered ${method} /_emulator${path} ${what}: is it a peeker-devkit ` +
        `emulator of this version? Start one with 'peeker-devkit emulator', or check ${this.configNames.baseUrl}.`,
    );
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Saved settings as the suite reads them: an id to restore them with and a label (or null). */
function isSnapshot(value: unknown): value is EmulatorConfigSnapshot {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.label === null || typeof value.label === 'string')
  );
}

/** True for `127.0.0.1`, `localhost`, `::1` and the rest of 127.0.0.0/8. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
