import fc from 'fast-check';
import { describe, it } from 'vitest';
import { robustnessProperties } from './fuzz/properties';

// A few thousand cases with a fixed seed; `npm run fuzz` runs the same properties 100k times.
const SEED = 20260629;

describe('lint engine robustness (fast-check)', () => {
  for (const { name, property, numRuns } of robustnessProperties(2500)) {
    it(name, { timeout: 120_000 }, () => {
      fc.assert(property, { seed: SEED, numRuns, verbose: 1 });
    });
  }
});
