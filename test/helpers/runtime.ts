import { Runtime, type RuntimeOptions } from '../../emulator/emulator';

/**
 * The options `startEmulator` gives a runtime by default (seed 1, no faults, no rate limit, no
 * latency, no webhooks, base tier), with `overrides`.
 */
export function runtimeOptions(overrides: Partial<RuntimeOptions> = {}): RuntimeOptions {
  return {
    seed: 1,
    faults: [],
    rateLimitPerMinute: 0,
    latencyMs: 0,
    webhookUrl: null,
    webhookSecret: null,
    webhookChaos: false,
    accountTier: 'base',
    ...overrides,
  };
}

/**
 * A runtime as `startEmulator` makes one with its defaults ({@link runtimeOptions}), with
 * `overrides`, its state seeded — for tests that drive the runtime or `buildServer` without a socket.
 */
export function seededRuntime(overrides: Partial<RuntimeOptions> = {}): Runtime {
  const rt = new Runtime(runtimeOptions(overrides));
  rt.seedState();
  return rt;
}
