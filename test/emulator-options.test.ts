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
  ])(
    'refuses %j with an EmulatorOptionsError naming the option, before listening',
    async (options, message) => {
      const started = startEmulator(options as never);
      await expect(started).rejects.toThrow(new EmulatorOptionsError(message));
      await expect(started).rejects.toBeInstanceOf(EmulatorOptionsError);
    },
  );
});
