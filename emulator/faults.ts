/**
 * Faults: switches that each break exactly one documented contract, so the contract suite can
 * prove it notices (its self-check turns every fault on in turn and expects a failure).
 * The list is data: names, the contract each breaks, and nothing else.
 */

/** Every fault the emulator can inject, with the one contract it breaks. */
export const FAULTS = [
  { name: 'missing_request_id', breaks: 'Every response carries a Peeker-Request-Id header.' },
  {
    name: 'duplicate_request_id',
    breaks: 'Peeker-Request-Id is unique per call (every response reuses one id).',
  },
  {
    name: 'wrong_envelope',
    breaks: 'Errors use the envelope {error:{code,message,field?,details?}} (sent flat as {code,message}).',
  },
  {
    name: 'wrong_error_status',
    breaks: 'Each error code has its documented HTTP status (400-class codes answered with 422).',
  },
  { name: 'auth_off', breaks: 'A missing or malformed API key is refused with 401 unauthorized.' },
  { name: 'preset_ignored', breaks: 'A read or limited key that writes gets 403 forbidden.' },
  { name: 'dedupe_off', breaks: 'The same POST /orders body within 24 h returns the same order.' },
  {
    name: 'dedupe_window_off',
    breaks: 'After 24 h the same POST /orders body is a new order (the window never ends).',
  },
  {
    name: 'density_ignored_in_dedupe',
    breaks: 'Orders that differ only in google_inboxes_per_domain are different orders.',
  },
  {
    name: 'concurrent_dedupe_race',
    breaks: 'Simultaneous identical POST /orders create one order (sequential replays still dedupe).',
  },
  {
    name: 'import_dedupe_off',
    breaks: 'The same domain set sent to POST /domains/import/jobs returns the same job.',
  },
  {
    name: 'unsigned_page_token',
    breaks: 'A tampered page_token is rejected with invalid_request (page_token).',
  },
  {
    name: 'page_token_ignores_filters',
    breaks: 'A page_token reused with different filters is rejected with invalid_request (page_token).',
  },
  { name: 'totals_in_meta', breaks: 'List envelopes carry no totals (adds meta.total).' },
  {
    name: 'page_overlap',
    breaks:
      "Walking links.next returns every row exactly once (with per_page of 2 or more, each page repeats the previous page's last row).",
  },
  { name: 'per_page_ignored', breaks: 'per_page sets the page size (always 25).' },
  { name: 'no_retry_after', breaks: '429 rate_limited carries details.retry_after_seconds.' },
  {
    name: 'rate_limit_off',
    breaks: 'More than the per-minute cap of requests per key gets 429 rate_limited.',
  },
  { name: 'lifecycle_stuck', breaks: 'Orders move on from in_progress (they never leave it).' },
  {
    name: 'pending_not_listed',
    breaks: 'Open order actions are listed by GET /orders/pending (always empty).',
  },
  { name: 'bad_webhook_signature', breaks: 'Webhook deliveries carry a valid Peeker-Signature.' },
  {
    name: 'stale_webhook_timestamp',
    breaks: 'Webhook deliveries are signed with a current Peeker-Timestamp (signs 10 minutes in the past).',
  },
  { name: 'internal_error', breaks: 'Valid API calls succeed (every API call answers 500 internal_error).' },
] as const satisfies readonly { name: string; breaks: string }[];

/** The name of one fault. */
export type FaultName = (typeof FAULTS)[number]['name'];

const FAULT_NAMES: ReadonlySet<string> = new Set(FAULTS.map((fault) => fault.name));

/** True if `name` is a known fault. */
export function isFaultName(name: unknown): name is FaultName {
  return typeof name === 'string' && FAULT_NAMES.has(name);
}

/** The set of faults currently switched on. Reads are hot (every request), so it is a plain Set. */
export class FaultSet {
  #active = new Set<FaultName>();

  constructor(initial: readonly FaultName[] = []) {
    this.replace(initial);
  }

  /** How many faults are switched on. */
  get size(): number {
    return this.#active.size;
  }

  /** True if `name` is switched on. */
  has(name: FaultName): boolean {
    return this.#active.has(name);
  }

  /** Switches on exactly `names` (everything else off). */
  replace(names: readonly FaultName[]): void {
    this.#active = new Set(names);
  }

  /** The active faults, in catalog order. */
  list(): FaultName[] {
    return FAULTS.map((fault) => fault.name).filter((name) => this.#active.has(name));
  }
}
