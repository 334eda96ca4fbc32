import { Runtime, type RuntimeOptions } from '../../emulator/emulator';

/**
 * A runtime as `startEmulator` makes one with its defaults (seed 1, no faults, no rate limit, no
 * latency, no webhooks, base tier), with `overrides`, its state seeded — for tests that drive the
 * runtime or `buildServer` without a socket.
 */
export function seededRuntime(overrides: Partial<RuntimeOptions> = {}): Runtime {
  const rt = new Runtime({
    seed: 1,
    faults: [],
    rateLimitPerMinute: 0,
    latencyMs: 0,
    webhookUrl: null,
    webhookSecret: null,
    webhookChaos: false,
    accountTier: 'base',
    ...overrides,
  });
  rt.seedState();
  return rt;
}
