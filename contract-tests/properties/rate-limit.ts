/**
 * Rate limit: going over the per-key cap answers 429 `rate_limited` with
 * `details.retry_after_seconds`, and waiting that long is enough. Run against the emulator with a
 * lowered cap (and a fresh key, so earlier traffic does not count); the emulated clock stands in
 * for the wait. Never run against a real sandbox: the kit stays under the cap there.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog } from '../../schemas';
import type { EmulatorControl } from '../control';
import { type ContractProperty, expectThat, type PropertyContext } from '../property';
import { dataOf, describeExchange, errorOf } from '../responses';
import type { Exchange } from '../target';

const PROMISE =
  `rate_limited 429: ${catalog.rateLimit.requests_per_minute}/min cap exceeded. ` +
  '429 → wait details.retry_after_seconds, then retry.';

/** A lowered cap and the mix of calls that exhausts it. */
interface Burst {
  cap: number;
  /** For each call up to the cap: a read (`GET /me`) or a write-lane call (`POST /domains/availability`). */
  calls: ('read' | 'availability')[];
}

const burst: fc.Arbitrary<Burst> = fc.integer({ min: 2, max: 6 }).chain((cap) =>
  fc.record({
    cap: fc.constant(cap),
    calls: fc.array(fc.constantFrom<'read' | 'availability'>('read', 'availability'), {
      minLength: cap + 1,
      maxLength: cap + 1,
    }),
  }),
);

/**
 * Lowers the cap, mints a fresh full key, sends `cap` calls (all must pass) and one more (must be
 * 429), then hands the 429 to `after`. Restores the cap whatever happens.
 */
async function exhaust(
  ctx: PropertyContext,
  { cap, calls }: Burst,
  after: (limited: Exchange, key: string, control: EmulatorControl) => Promise<void>,
): Promise<void> {
  const control = ctx.emulator();
  const { rate_limit_per_minute: original } = await control.config();
  await control.setConfig({ rate_limit_per_minute: cap });
  try {
    const { key } = await control.createKey('full');
    ctx.api.addSecret(key);
    const send = (call: 'read' | 'availability') =>
      ctx.api.request(
        call === 'read'
          ? { method: 'GET', path: '/me', auth: { key }, obeyRateLimit: false }
          : {
              method: 'POST',
              path: '/domains/availability',
              body: { domains: ['acme-mail.com'] },
              auth: { key },
              obeyRateLimit: false,
            },
      );
    for (const [index, call] of calls.slice(0, cap).entries()) {
      const exchange = await send(call);
      expectThat(
        exchange.status !== 429,
        `Call ${index + 1} of a ${cap}/min cap was already rate limited: ${describeExchange(exchange)}.`,
        exchange,
      );
    }
    const over = await send(calls[cap]!);
    expectThat(
      over.status === 429 && errorOf(over).code === 'rate_limited',
      `Call ${cap + 1} with the cap lowered to ${cap}/min should be 429 rate_limited, got ${describeExchange(over)}.`,
      over,
    );
    await after(over, key, control);
  } finally {
    await control.setConfig({ rate_limit_per_minute: original });
  }
}

/** `rate-limit.cap-enforced-with-retry-after` */
export const capEnforcedWithRetryAfter: ContractProperty = {
  name: 'rate-limit.cap-enforced-with-retry-after',
  group: 'rate-limit',
  description:
    'Lowers the emulator’s cap to 2–6 requests/min, spends it with a fresh key on a mix of reads and ' +
    'availability checks (one lane), and checks the next call is 429 rate_limited carrying a whole, ' +
    'non-negative details.retry_after_seconds.',
  promise: PROMISE,
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    await ctx.check(burst, (value) =>
      exhaust(ctx, value, async (over) => {
        const retry = errorOf(over).details?.retry_after_seconds;
        expectThat(
          typeof retry === 'number' && Number.isInteger(retry) && retry >= 0,
          `${describeExchange(over)}: details.retry_after_seconds should be a whole number of seconds, got ${JSON.stringify(retry)}.`,
          over,
        );
      }),
    );
  },
};

/** `rate-limit.retry-after-is-enough` */
export const retryAfterIsEnough: ContractProperty = {
  name: 'rate-limit.retry-after-is-enough',
  group: 'rate-limit',
  description:
    'Hits the lowered cap, waits exactly details.retry_after_seconds (on the emulated clock) and checks the ' +
    'retried call succeeds.',
  promise: 'Wait details.retry_after_seconds, retry.',
  needsEmulator: true,
  runsFactor: 0.25,
  async run(ctx) {
    await ctx.check(burst, (value) =>
      exhaust(ctx, value, async (over, key, control) => {
        const retry = errorOf(over).details?.retry_after_seconds;
        expectThat(
          typeof retry === 'number' && retry >= 0,
          `${describeExchange(over)} gives no details.retry_after_seconds to wait for.`,
          over,
        );
        await control.advance(retry);
        dataOf(
          await ctx.api.request({ method: 'GET', path: '/me', auth: { key }, obeyRateLimit: false }),
          200,
          `GET /me after waiting retry_after_seconds (${retry} s)`,
        );
      }),
    );
  },
};

/** The rate-limit properties. */
export const rateLimitProperties: readonly ContractProperty[] = [
  capEnforcedWithRetryAfter,
  retryAfterIsEnough,
];
