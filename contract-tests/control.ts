/**
 * Client for the Peeker DevKit emulator's control API (`/_emulator/…`, no auth): keys, clock,
 * faults, config, webhook deliveries and pending actions. Properties that need it are marked
 * `needsEmulator` and skipped against a real sandbox.
 *
 * @packageDocumentation
 */
import type { PermissionPreset } from '../schemas';
import { type ContractConfigNames, DEFAULT_CONFIG_NAMES } from './config-names';
import { diagnoseNetworkError, TargetUnreachableError } from './target';

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

  /** Mints a key with the given preset. */
  createKey(preset: PermissionPreset): Promise<EmulatorKey> {
    return this.call<EmulatorKey>('POST', '/keys', { preset });
  }

  /** Revokes a minted key: it answers 401 from now on. */
  async revokeKey(id: string): Promise<void> {
    await this.call('DELETE', `/keys/${encodeURIComponent(id)}`);
  }

  /** The emulated clock, as Unix seconds. */
  async now(): Promise<number> {
    const { now } = await this.call<{ now: string | number }>('GET', '/clock');
    const ms = typeof now === 'number' ? (now > 1e12 ? now : now * 1000) : Date.parse(now);
    if (!Number.isFinite(ms)) throw new ControlApiError(`GET /_emulator/clock returned an unreadable time.`);
    return Math.floor(ms / 1000);
  }

  /** Moves the emulated clock forward, running due transitions and webhook deliveries. */
  async advance(seconds: number): Promise<void> {
    await this.call('POST', '/clock/advance', { seconds });
  }

  /** The faults the emulator can inject, and those active. */
  faults(): Promise<{ available: { name: string; breaks: string }[]; active: string[] }> {
    return this.call('GET', '/faults');
  }

  /** Replaces the active faults. */
  async setFaults(faults: string[]): Promise<void> {
    await this.call('PUT', '/faults', { faults });
  }

  /** The emulator's settings. */
  config(): Promise<EmulatorConfig> {
    return this.call<EmulatorConfig>('GET', '/config');
  }

  /** Changes some settings; the others keep their values. */
  async setConfig(config: EmulatorConfigPatch): Promise<void> {
    await this.call('PUT', '/config', config);
  }

  /** Saves the current settings inside the emulator, the webhook secret included. */
  saveConfig(label: string): Promise<EmulatorConfigSnapshot> {
    return this.call<EmulatorConfigSnapshot>('POST', '/config/snapshots', { label });
  }

  /** The saved settings not restored yet, oldest first. */
  configSnapshots(): Promise<EmulatorConfigSnapshot[]> {
    return this.call<EmulatorConfigSnapshot[]>('GET', '/config/snapshots');
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
  deliveries(): Promise<EmulatorDelivery[]> {
    return this.call<EmulatorDelivery[]>('GET', '/webhooks/deliveries');
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
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.any(
          [
            AbortSignal.timeout(CONTROL_TIMEOUT_MS),
            evenIfStopped ? undefined : this.stopping.signal,
            deadline,
          ].filter((signal) => signal !== undefined),
        ),
      });
      text = await response.text();
    } catch (error) {
      if (this.stopping.signal.aborted && !evenIfStopped) throw interrupted();
      throw new TargetUnreachableError(
        diagnoseNetworkError(error, url, CONTROL_TIMEOUT_MS, this.configNames),
      );
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
    return (parsed as { data?: T }).data as T;
  }
}

/** True for `127.0.0.1`, `localhost`, `::1` and the rest of 127.0.0.0/8. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
