/**
 * Identifiers. Resource ids are `<prefix>_` + a strict ULID whose time part is the emulated
 * clock and whose random part comes from the seed, monotonic across every resource type, so
 * "newest first" is simply "largest id first" and a cursor on an id is stable under inserts.
 * Request ids are fresh `req_` + ULID from crypto randomness (API-FACTS Decision 5).
 */
import { monotonicFactory, ulid } from 'ulid';
import type { Clock } from './clock';
import type { Random } from './random';

/** `req_` + a strict ULID, as sent in `Peeker-Request-Id`. */
export const REQUEST_ID_PATTERN = /^req_[0-9A-HJKMNP-TV-Z]{26}$/;

/** A fresh request id: `req_` + ULID. */
export function newRequestId(): string {
  return `req_${ulid()}`;
}

/** Resource id prefixes the emulator issues (the contract's `idPrefixes`, plus its own). */
export type IdPrefix =
  | 'org'
  | 'usr'
  | 'bun'
  | 'ord'
  | 'dom'
  | 'imp'
  | 'imj'
  | 'fwj'
  | 'swp'
  | 'act'
  | 'evt'
  // Emulator-only: API keys, webhook deliveries and scheduled tasks.
  | 'key'
  | 'dlv'
  | 'tsk';

/** Issues deterministic, monotonic ids on the emulated clock. */
export class IdFactory {
  readonly #next: (seedTime?: number) => string;
  readonly #clock: Clock;

  constructor(clock: Clock, random: Random) {
    this.#clock = clock;
    this.#next = monotonicFactory(random);
  }

  /** A new id such as `ord_01J…`. */
  next(prefix: IdPrefix): string {
    return `${prefix}_${this.#next(this.#clock.now())}`;
  }
}
