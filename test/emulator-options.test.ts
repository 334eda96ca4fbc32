import { describe, expect, it } from 'vitest';
import { EmulatorOptionsError, startEmulator } from '../emulator';

describe('startEmulator options from plain JavaScript', () => {
  it.each([
    [null, 'The emulator options must be an object, got null.'],
    ['x', 'The emulator options must be an object, got "x".'],
    [
      { faults: 'internal_error' },
      `faults must be an array of fault names (e.g. ['internal_error']), got "internal_error".`,
    ],
    [{ webhookChaos: 'yes' }, 'webhookChaos must be true or false, got "yes".'],
    [{ onWarning: 5 }, 'onWarning must be a function, got 5.'],
    [{ port: '4010' }, 'port must be a whole number between 0 and 65535, got "4010".'],
    [
      { state: 'x.json' },
      'Unknown option "state" (did you mean statePath?). The options are port, seed, latencyMs, webhookUrl, webhookSecret, webhookChaos, rateLimitPerMinute, accountTier, faults, clock, statePath, onWarning.',
    ],
    [
      { latency: 100 },
      'Unknown option "latency" (did you mean latencyMs?). The options are port, seed, latencyMs, webhookUrl, webhookSecret, webhookChaos, rateLimitPerMinute, accountTier, faults, clock, statePath, onWarning.',
    ],
    [
      { rateLimit: 0 },
      'Unknown option "rateLimit" (did you mean rateLimitPerMinute?). The options are port, seed, latencyMs, webhookUrl, webhookSecret, webhookChaos, rateLimitPerMinute, accountTier, faults, clock, statePath, onWarning.',
    ],
    [
      { webhookURL: 'http://127.0.0.1:9/h' },
      'Unknown option "webhookURL" (did you mean webhookUrl?). The options are port, seed, latencyMs, webhookUrl, webhookSecret, webhookChaos, rateLimitPerMinute, accountTier, faults, clock, statePath, onWarning.',
    ],
    [
      { fault: ['internal_error'] },
      'Unknown option "fault" (did you mean faults?). The options are port, seed, latencyMs, webhookUrl, webhookSecret, webhookChaos, rateLimitPerMinute, accountTier, faults, clock, statePath, onWarning.',
    ],
    [
      { bogus: 1 },
      'Unknown option "bogus". The options are port, seed, latencyMs, webhookUrl, webhookSecret, webhookChaos, rateLimitPerMinute, accountTier, faults, clock, statePath, onWarning.',
    ],
  ])(
    'refuses %j with an EmulatorOptionsError naming the option, before listening',
    async (options, message) => {
      const started = startEmulator(options as never);
      await expect(started).rejects.toThrow(new EmulatorOptionsError(message));
      await expect(started).rejects.toBeInstanceOf(EmulatorOptionsError);
    },
  );
});
