/**
 * Magic values: substrings in domain names (and a few URL rules) that steer the emulator into
 * documented error branches and pending actions, deterministically. They are data, so the docs
 * table (`docs/emulator.md`) and the tests read the same list.
 */
import { catalog } from '../schemas';
import type { NameList } from './name-list';

/** How a magic token matches a normalized domain name. */
export type MagicMatch = 'contains' | 'prefix';

/** One magic value. */
export interface MagicValue {
  /** The text to put in a domain name. */
  readonly token: string;
  readonly match: MagicMatch;
  /** Where it acts. */
  readonly where: string;
  /** What happens. */
  readonly effect: string;
}

/** Every magic domain token, by what it triggers. */
export const MAGIC = {
  premium: {
    token: 'premium',
    match: 'contains',
    where: 'POST /orders, POST /swaps (replacement_domain), POST /domains/availability',
    effect:
      '400 premium_domain_not_supported (field domains[i] / replacement_domain); availability: available false, premium true, reason premium.',
  },
  notImported: {
    token: 'not-imported',
    match: 'contains',
    where: 'POST /orders, POST /swaps (replacement_domain), POST /domains/availability',
    effect:
      'Registered elsewhere: orders get 400 domain_not_imported until an import of that domain completed; a swap to it waits in action_required until the replacement is imported; availability: available false, reason taken.',
  },
  dnsConflict: {
    token: 'dns-conflict',
    match: 'contains',
    where: 'POST /orders, POST /swaps (replacement_domain), POST /domains/availability',
    effect:
      'Microsoft-only domain: 400 domain_not_usable_for_provider when the order puts it on Google, or a swap replaces a Google domain with it (field domains[i] / replacement_domain); availability: usable_for ["microsoft"].',
  },
  taken: {
    token: 'taken',
    match: 'contains',
    where: 'POST /domains/availability',
    effect: 'available false, reason taken (also for domains already on an active order).',
  },
  needsNameservers: {
    token: 'needs-ns',
    match: 'contains',
    where: 'POST /orders, POST /domains/import, POST /domains/import/jobs',
    effect:
      'Pending action update_nameservers: the order/import goes action_required when it would complete, until 10 emulated minutes after creation or POST /_emulator/pending/{act_id}/resolve.',
  },
  replaceMe: {
    token: 'replace-me',
    match: 'contains',
    where: 'POST /orders',
    effect:
      'Pending action replace_domain: the order goes action_required until the POST /swaps for that domain completes (or the control API resolves it); a failed swap leaves the action open.',
  },
  fail: {
    token: 'fail-',
    match: 'prefix',
    where: 'POST /orders, POST /domains/import, POST /swaps (replacement_domain)',
    effect:
      "The order / swap ends failed instead of completed; an import's row of that domain fails with reason `registrar_rejected` (a DevKit name: the docs list no reasons), and the import ends failed only when every row failed.",
  },
  dnsFail: {
    token: 'dns-fail',
    match: 'contains',
    where: 'POST /domains/forwarding',
    effect: 'That domain fails with reason dns_lookup_failed (the job ends partial_success or failed).',
  },
  unreachable: {
    token: 'unreachable',
    match: 'contains',
    where: 'POST /domains/forwarding (forwarding_url host)',
    effect: 'Every domain fails with reason target_unreachable.',
  },
} as const satisfies Record<string, MagicValue>;

/** True if the normalized domain name carries the magic value. */
export function hasMagic(name: string, magic: MagicValue): boolean {
  return magic.match === 'prefix' ? name.startsWith(magic.token) : name.includes(magic.token);
}

/** An alternation of every magic token, each prefix token anchored by `start`. */
function anyMagicPattern(start: string): RegExp {
  return new RegExp(
    Object.values(MAGIC as Record<string, MagicValue>)
      .map((magic) => {
        const token = magic.token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return magic.match === 'prefix' ? `${start}${token}` : token;
      })
      .join('|'),
  );
}

/**
 * Matches every name that carries some magic token: one cheap look per domain of an order
 * before the precise {@link hasMagic} checks (almost no real name carries one).
 */
export const ANY_MAGIC: RegExp = anyMagicPattern('^');

/** {@link ANY_MAGIC} over a {@link NameList}'s text, where a name starts right after a `"`. */
const ANY_MAGIC_IN_LIST = anyMagicPattern('"');

/**
 * True when some name of a list carries a magic token: one regular-expression scan over the names
 * as the list keeps them (`"a.com","b.io"`; no token holds a `"`, so no match spans two names)
 * instead of one scan per name.
 */
export function anyMagicIn(names: NameList): boolean {
  return names.test(ANY_MAGIC_IN_LIST);
}

/**
 * Emulated-time delays of every lifecycle step, in seconds. Compressed compared with the real
 * service so a test can walk a whole flow with a few `POST /_emulator/clock/advance` calls.
 */
export const TIMINGS = {
  /** in_progress → completed / action_required / failed. */
  orderProvisioningSeconds: 30,
  /** A `needs-ns` blocker clears by itself (the customer "pointed the nameservers"). */
  nameserverAutoResolveSeconds: 600,
  /**
   * cancel_scheduled → cancelled (`cancels_at`); the domains are released then. Peeker waits until
   * the end of the renewal period (about a month in the docs' example): compressed to an hour.
   */
  cancelGraceSeconds: 3600,
  /** Import in_progress → completed / action_required / failed. */
  importSeconds: 30,
  /** Forwarding job in_progress → terminal. */
  forwardingSeconds: 30,
  /** Swap created → in_progress. */
  swapStartSeconds: 10,
  /** Swap in_progress → completed / failed. */
  swapFinishSeconds: 30,
  /** Order dedupe window (the contract's `dedupe.orders.window_hours`). */
  dedupeWindowSeconds: catalog.dedupe.orders.window_hours * 3600,
  /** Webhook retry delays after attempts 1–4 (5 attempts in all), emulated seconds. */
  webhookRetrySeconds: [10, 30, 90, 270],
  /** A webhook attempt that has not answered after this long (real time) failed. */
  webhookTimeoutMs: 15_000,
} as const;

/** Prices used for order costs and availability (cents, USD). Illustrative, not Peeker's price list. */
export const PRICES = {
  currency: 'usd',
  googleLicenseCents: 100,
  microsoftLicenseCents: 900,
  domainRegistrationCents: 1300,
  domainRenewalCents: 1500,
} as const;

/** Nameservers handed out by imports (deterministic; shaped like the docs' "helena/idris" groups). */
export const NAMESERVER_NAMES = ['helena', 'idris', 'amos', 'kara', 'lina', 'noor', 'otto', 'vera'] as const;
