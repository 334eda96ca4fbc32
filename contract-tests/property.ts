/**
 * What a contract property is, and what it gets to work with.
 *
 * A property is a named, documented object: the seed-page promise it checks (quoted), whether it
 * needs the emulator's control API, and a `run(ctx)` that drives one fast-check property through
 * {@link PropertyContext.check}. Properties reach the target over HTTP only (plus the control API
 * when they need the emulator), so the same suite runs against a real sandbox.
 *
 * @packageDocumentation
 */
import type * as fc from 'fast-check';
import type { EmulatorControl } from './control';
import type { WebhookReceiver } from './receiver';
import type { Exchange, TargetClient } from './target';

/** The contracts, in report order. */
export const CONTRACT_GROUPS = [
  { group: 'request-ids', title: 'Request ids', seedSection: '2. Always log Peeker-Request-Id' },
  { group: 'errors', title: 'Error envelope', seedSection: '3. Reading errors' },
  { group: 'auth', title: 'Authentication and presets', seedSection: '3. Reading errors (401/403)' },
  { group: 'dedupe', title: 'Dedupe', seedSection: '5. Retrying job creation is safe' },
  { group: 'pagination', title: 'Pagination', seedSection: '4. Paging through lists' },
  { group: 'rate-limit', title: 'Rate limit', seedSection: '3. Reading errors (429)' },
  { group: 'lifecycle', title: 'Lifecycle and pending actions', seedSection: '6. Handling pending actions' },
  { group: 'webhooks', title: 'Webhooks', seedSection: '7. Webhook handler hygiene' },
] as const;

/** A contract group name, e.g. `dedupe`. */
export type ContractGroup = (typeof CONTRACT_GROUPS)[number]['group'];

/** One named, documented property of the Peeker API. */
export interface ContractProperty {
  /** `<group>.<what-holds>`, e.g. `dedupe.same-body-same-order`. Used by `--only`. */
  readonly name: string;
  readonly group: ContractGroup;
  /** What the property does to the target, in one or two sentences. */
  readonly description: string;
  /** The seed best-practices wording it checks, quoted. */
  readonly promise: string;
  /** True when it needs the emulator's control API (clock, keys, faults, config): skipped against a sandbox. */
  readonly needsEmulator: boolean;
  /**
   * Why it runs only on the embedded emulator, when it does: set on a property that would change a
   * running emulator beyond what a test run may (moving its clock by days ends its users' dedupe
   * windows and grace periods for good). Skipped elsewhere with this reason, unless the caller
   * passes `moveClockByDays`.
   */
  readonly embeddedOnly?: string;
  /**
   * Scales the suite's `numRuns` for this property (default 1): expensive properties (many
   * requests per run) use fewer runs, cheap ones more. Never below one run.
   */
  readonly runsFactor?: number;
  /**
   * Runs the property; resolves when it holds, rejects (through `ctx.check`) when it does not.
   * Only the suite's runner calls it, so it is left out of the published declarations, which
   * would otherwise need fast-check's types.
   *
   * @internal
   */
  run(ctx: PropertyContext): Promise<void>;
}

/** Which kind of server the suite is talking to. */
export type TargetKind = 'embedded-emulator' | 'emulator' | 'sandbox';

/** What the properties know about the target. */
export interface TargetInfo {
  kind: TargetKind;
  /** The API base URL. */
  baseUrl: string;
  /** What a `Peeker-Request-Id` must look like here (API-FACTS Decision 5). */
  requestIdPattern: RegExp;
  /** The same rule in words, for failure messages. */
  requestIdRule: string;
}

/**
 * Everything a property's `run` gets.
 *
 * @internal
 */
export interface PropertyContext {
  /** The target's API, recording every exchange into the current fast-check run's log. */
  readonly api: TargetClient;
  readonly target: TargetInfo;
  /** Suite-wide shared set-ups (a pagination data set, preset keys, the webhook receiver…). */
  readonly fixtures: Fixtures;
  /** The emulator's control API. Only `needsEmulator` properties may call it. */
  emulator(): EmulatorControl;
  /** The local webhook receiver the emulator delivers to, with the secret it signs with. */
  webhooks(): Promise<{ receiver: WebhookReceiver; secret: string }>;
  /**
   * A fresh label for names that must not collide with earlier runs or other properties
   * (domains, emails): `<label>-<suite tag><counter>`.
   */
  unique(label: string): string;
  /**
   * Runs `predicate` on values of `arbitrary` with the suite's seed and run count. A predicate
   * signals a broken promise by throwing (normally a {@link ContractViolation}); fast-check then
   * shrinks to the smallest failing value and the report shows it with the failing exchanges.
   */
  check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>): Promise<void>;
}

/** Lazily created, suite-wide resources shared by several properties. */
export interface Fixtures {
  /** Creates the resource under `key` on first use; later calls get the same promise. */
  once<T>(key: string, create: () => Promise<T>): Promise<T>;
  /** Registers clean-up work run when the suite ends (newest first). */
  onTeardown(task: () => Promise<void>): void;
}

/** A broken promise, with the exchange that shows it. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
  /** The request/response pair that broke the promise, when one does. */
  readonly exchange: Exchange | undefined;
  constructor(message: string, exchange?: Exchange) {
    super(message);
    this.exchange = exchange;
  }
}

/** Throws a {@link ContractViolation} unless `condition` holds. */
export function expectThat(condition: unknown, message: string, exchange?: Exchange): asserts condition {
  if (!condition) throw new ContractViolation(message, exchange);
}
