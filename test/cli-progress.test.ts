/** cli/progress.ts on its own: the lines long runs print on a terminal's stderr. */
import { describe, expect, it } from 'vitest';
import { describeRateLimitWait } from '../cli/progress';

describe('describeRateLimitWait', () => {
  it('says how long the run waits, for which retry, and why', () => {
    expect(
      describeRateLimitWait({
        method: 'GET',
        url: 'https://api.peeker.ai/partner/v1/me',
        seconds: 30.2,
        retry: 1,
        retries: 3,
      }),
    ).toBe(
      'Waiting 31 s before retry 1 of 3: GET https://api.peeker.ai/partner/v1/me answered 429 (rate limited).',
    );
  });
});
