import { catalog } from '../../schemas';
import { findingAt, isObject, type Rule } from './rule';

const LIMITS = catalog.premiumSwaps;
const QUOTAS = Object.entries(LIMITS.quota_percent_by_tier)
  .map(([tier, percent]) => `${tier} ${percent} %`)
  .join(', ');

/** A premium swap: its limits (Microsoft only, tier quota, cooldown) are checked by the server → `info`. */
export const premiumSwapLimitsRule: Rule = {
  id: 'premium-swap-limits',
  code: 'premium_swap_limits',
  severity: 'info',
  description: 'A premium swap’s limits can only be checked by the server.',
  docs: `A premium swap keeps the old domain warm ${LIMITS.warm_days} days beside the new one, but only for Microsoft domains, within the account tier's quota of active Microsoft inboxes (${QUOTAS}) and at most once per domain every ${LIMITS.cooldown_days} days. The domain's provider, the tier and the swap history live on the server, so the linter says so instead of guessing; a \`standard\` swap has none of these limits.`,
  operations: ['POST /swaps'],
  check({ body }) {
    if (!isObject(body) || body.type !== 'premium') return [];
    return [
      findingAt(
        this,
        ['type'],
        `Premium swaps are for Microsoft domains only, count against the account tier's quota (${QUOTAS} of active Microsoft inboxes) and can repeat on a domain only every ${LIMITS.cooldown_days} days; the server checks these, the linter cannot. Use "standard" when the old domain need not stay warm.`,
      ),
    ];
  },
};
