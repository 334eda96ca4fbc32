/**
 * The limits on premium swaps (contract: `info.x-peeker-premium-swaps`): Microsoft domains only, a
 * quota per account tier of swaps in their warm period, and a cooldown per domain. The docs state the
 * limits but not how a request over them is answered; the contract records the DevKit's answer
 * (400 `invalid_request`, see `rejection` there), which this module gives.
 */
import { type AccountTier, catalog } from '../schemas';
import { isoSeconds } from './clock';
import type { Runtime } from './emulator';
import { invalidRequest } from './errors';
import { ACTIVE_ORDER_STATUSES, isKeptWarm } from './lifecycle';
import type { DomainRecord } from './state';

const LIMITS = catalog.premiumSwaps;
const DAY_MS = 24 * 3600 * 1000;

/** The account tiers, as the contract lists their quotas. */
export const ACCOUNT_TIERS = Object.keys(LIMITS.quota_percent_by_tier) as AccountTier[];

/** True for a tier the contract knows. */
export function isAccountTier(value: unknown): value is AccountTier {
  return typeof value === 'string' && (ACCOUNT_TIERS as string[]).includes(value);
}

/**
 * Throws the 400 a premium swap of `domain` gets when the domain is in its cooldown or the account
 * is at its quota; returns quietly when the swap may go ahead. (Microsoft-only is checked first by
 * the route, as a plain `type` error.)
 */
export function checkPremiumSwap(rt: Runtime, domain: DomainRecord): void {
  const now = rt.clock.now();
  const cooldownMs = LIMITS.cooldown_days * DAY_MS;
  const warmMs = LIMITS.warm_days * DAY_MS;
  let lastSwapMs: number | undefined;
  let warm = 0;
  for (const swap of rt.store.swaps.values()) {
    if (swap.type !== 'premium' || swap.status === 'failed') continue;
    const createdMs = Date.parse(swap.created_at);
    // A completed swap counts while its old domain is kept warm: a whole-order cancel ends that early.
    const old = swap.status === 'completed' ? rt.store.domains.peek(swap.domain_id) : undefined;
    const warming = swap.status !== 'completed' || (old !== undefined && isKeptWarm(rt, old));
    if (warming && now - createdMs < warmMs) warm++;
    // Both the retired domain and its replacement wait out the cooldown.
    const involves = swap.domain_id === domain.id || swap.replacement_domain === domain.domain;
    if (involves && now - createdMs < cooldownMs && (lastSwapMs === undefined || createdMs > lastSwapMs)) {
      lastSwapMs = createdMs;
    }
  }
  if (lastSwapMs !== undefined) {
    const endsAt = isoSeconds(lastSwapMs + cooldownMs);
    throw invalidRequest(
      `${domain.domain} had a premium swap less than ${LIMITS.cooldown_days} days ago; a domain can be premium-swapped once every ${LIMITS.cooldown_days} days (next from ${endsAt}). Use a standard swap, or wait.`,
      'domain_id',
      { cooldown_ends_at: endsAt },
    );
  }
  const tier = rt.settings.accountTier;
  const percent = LIMITS.quota_percent_by_tier[tier];
  let microsoftInboxes = 0;
  for (const order of rt.store.orders.values()) {
    if (ACTIVE_ORDER_STATUSES.has(order.status)) microsoftInboxes += order.microsoft_licenses;
  }
  const limit = Math.ceil((microsoftInboxes * percent) / 100);
  if (warm >= limit) {
    throw invalidRequest(
      `The account's premium-swap quota is used up: ${warm} premium swap(s) in their ${LIMITS.warm_days}-day warm period, and the ${tier} tier allows ${percent} % of ${microsoftInboxes} active Microsoft inbox(es) = ${limit}. Use a standard swap, or wait for a warm period to end.`,
      'type',
      {
        account_tier: tier,
        quota_percent: percent,
        microsoft_inboxes: microsoftInboxes,
        premium_swaps_warm: warm,
        premium_swap_limit: limit,
      },
    );
  }
}
