/**
 * The emulator's runtime: clock, ids, state, faults, limits, tokens, scheduler and webhooks in
 * one object that routes and the control API share. Knows nothing of HTTP.
 */
import type { AccountTier, components } from '../schemas';
import { ensureStartupKey, STARTUP_KEY_ID } from './auth';
import { Clock, type ClockMode, isoSeconds, LATEST_MS } from './clock';
import { ApiError, invalidRequest } from './errors';
import { type FaultName, FaultSet } from './faults';
import { IdFactory, ownString, seededUlid } from './ids';
import { registerLifecycle } from './lifecycle';
import { PageTokens } from './page-token';
import { deriveSecret, pick, seededRandom } from './random';
import { RateLimiter } from './rate-limit';
import { Scheduler } from './scheduler';
import { type DomainRecord, Store } from './state';
import { WebhookDispatcher } from './webhooks';

type Persona = components['schemas']['Persona'];

/** Runtime settings that the control API can change (`GET/PUT /_emulator/config`). */
export interface EmulatorSettings {
  rateLimitPerMinute: number;
  latencyMs: number;
  webhookUrl: string | null;
  webhookSecret: string | null;
  webhookChaos: boolean;
  /** The account's plan tier: it sets the premium-swap quota (see `premium-swaps.ts`). */
  accountTier: AccountTier;
}

/** What the runtime is built from. */
export interface RuntimeOptions extends EmulatorSettings {
  seed: number;
  faults: FaultName[];
  /** Initial clock offset (restored state). */
  clockOffsetMs?: number;
  /** A frozen clock's emulated time to resume at (restored state); see {@link Clock}. */
  clockFrozenNowMs?: number;
  /** How emulated time passes (default `real`). */
  clock?: ClockMode;
  /** The wall clock, in epoch ms (default `Date.now`; tests pass their own). */
  realTime?: () => number;
}

/** The partner every key of this emulator belongs to. */
export interface Partner {
  id: string;
  name: string;
}

/** How many inventory domains a fresh emulator holds. */
export const SEEDED_INVENTORY_SIZE = 40;
/** Emulated time of the seeded inventory's ids and `created_at` (fixed so the data depends on the seed only). */
const SEED_EPOCH_MS = Date.UTC(2026, 0, 1);

const WORDS_A = ['acme', 'bright', 'north', 'swift', 'blue', 'prime', 'nova', 'summit', 'harbor', 'cedar'];
const WORDS_B = [
  'mail',
  'reach',
  'outbound',
  'inbox',
  'send',
  'leads',
  'growth',
  'pipeline',
  'signal',
  'link',
];
const TLDS = ['com', 'net', 'io', 'co'];
const PARTNER_NAMES = ['Acme Resellers', 'Northwind Outreach', 'Bluebird Growth', 'Summit Mail Partners'];

/** Everything the routes need, and the periodic work (timed transitions, webhook deliveries). */
export class Runtime {
  readonly seed: number;
  readonly clock: Clock;
  readonly ids: IdFactory;
  readonly store = new Store();
  readonly faults: FaultSet;
  readonly limiter: RateLimiter;
  readonly tokens: PageTokens;
  readonly scheduler: Scheduler;
  readonly webhooks: WebhookDispatcher;
  readonly partner: Partner;
  settings: EmulatorSettings;
  /** Persona lists shared between orders (interned by their JSON text). */
  readonly personaPool = new Map<string, Persona[]>();
  /** `http://127.0.0.1:PORT`, set once the server listens. */
  origin = 'http://127.0.0.1';
  /** Called after each unit of work that may have changed state (persistence hooks in here). */
  afterChange: () => void = () => {};
  #timer: NodeJS.Timeout | undefined;
  /** Emulated time the timer is armed for (re-arming on every request would cost a timer each). */
  #armedFor: number | undefined;
  /** Clock offset when the timer was armed: an advance changes the real delay, so it re-arms. */
  #armedOffset = 0;
  #closed = false;
  #resets = 0;
  /** A pass is already queued for work a request left due (see {@link settle}). */
  #settling = false;
  /** The latest advance: advances take turns, each starting where the previous one landed. */
  #advancing: Promise<void> = Promise.resolve();

  constructor(options: RuntimeOptions) {
    this.seed = options.seed;
    this.clock = new Clock(
      options.clockOffsetMs ?? 0,
      options.clock,
      options.clockFrozenNowMs,
      options.realTime,
    );
    this.ids = new IdFactory(this.clock, seededRandom(options.seed, 0));
    this.faults = new FaultSet(options.faults);
    this.settings = {
      rateLimitPerMinute: options.rateLimitPerMinute,
      latencyMs: options.latencyMs,
      webhookUrl: options.webhookUrl,
      webhookSecret: options.webhookSecret,
      webhookChaos: options.webhookChaos,
      accountTier: options.accountTier,
    };
    this.limiter = new RateLimiter(this.clock, options.rateLimitPerMinute);
    this.tokens = new PageTokens(deriveSecret(options.seed, 'page-token'));
    this.scheduler = new Scheduler(this.store, this.clock);
    this.scheduler.paused = (task) => this.faults.has('lifecycle_stuck') && task.kind.startsWith('order.');
    this.webhooks = new WebhookDispatcher(
      this.store,
      this.clock,
      this.ids,
      this.faults,
      seededRandom(options.seed, 2),
      {
        url: options.webhookUrl,
        secret: options.webhookSecret,
        chaos: options.webhookChaos,
      },
    );
    const random = seededRandom(options.seed, 1);
    this.partner = { id: `org_${seededUlid(SEED_EPOCH_MS, random)}`, name: pick(random, PARTNER_NAMES) };
    registerLifecycle(this);
  }

  /** Applies new settings (rate limit, latency, webhooks). */
  configure(settings: EmulatorSettings): void {
    this.settings = settings;
    // A new cap counts from now: a contract run's thousands of requests under its raised cap must
    // not leave the caller's key refused for a minute once the usual cap is put back.
    if (this.limiter.limit !== settings.rateLimitPerMinute) this.limiter.clear();
    this.limiter.limit = settings.rateLimitPerMinute;
    this.webhooks.settings.url = settings.webhookUrl;
    this.webhooks.settings.secret = settings.webhookSecret;
    this.webhooks.settings.chaos = settings.webhookChaos;
  }

  /** Fills a fresh store: the startup key and the seeded inventory. */
  seedState(): void {
    ensureStartupKey(this.store, this.seed, this.clock.now());
    const random = seededRandom(this.seed, 3);
    const names = new Set<string>();
    while (names.size < SEEDED_INVENTORY_SIZE) {
      names.add(
        `${pick(random, WORDS_A)}-${pick(random, WORDS_B)}-${1 + Math.floor(random() * 99)}.${pick(random, TLDS)}`,
      );
    }
    const idRandom = seededRandom(this.seed, 4);
    let time = SEED_EPOCH_MS;
    for (const name of names) {
      const record: DomainRecord = {
        id: ownString(`dom_${seededUlid(time++, idRandom)}`),
        domain: name,
        category: 'inventory',
        status: 'available',
        usable_for: ['google', 'microsoft'],
        created_at: isoSeconds(SEED_EPOCH_MS),
        imported: false,
      };
      this.store.domains.insert(record);
    }
  }

  /** Clears every resource and created key (the startup key stays), then seeds again. Clock, faults and settings stay. */
  reset(): void {
    this.#resets++;
    // One clear per collection: removing records one by one walked (and derived) every domain of
    // every order's block only to drop it, and kept indexes up to date record by record.
    this.store.clear({ keys: [STARTUP_KEY_ID] });
    this.limiter.clear();
    this.scheduler.rebuild();
    this.webhooks.rebuild();
    this.seedState();
    this.afterChange();
  }

  /**
   * Runs due lifecycle steps and starts due webhook deliveries. Called before every request and
   * by the timer. Returns the delivery pass so callers may wait for it.
   */
  tick(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    const ran = this.scheduler.runDue();
    if (ran > 0) this.afterChange();
    const delivering = this.webhooks.nextAt() !== undefined ? this.#deliver() : Promise.resolve();
    this.#arm();
    return delivering;
  }

  /**
   * Called as each request is answered: what it queued — a webhook delivery due now, a lifecycle
   * step due later — is started right after the response, or timed, instead of waiting for the
   * next request (whose {@link tick} would otherwise be the first to see it).
   */
  settle(): void {
    if (this.#closed) return;
    const earliest = this.#nextAt();
    if (earliest === undefined || earliest > this.clock.now()) {
      this.#arm(earliest);
    } else if (!this.#settling) {
      this.#settling = true;
      // After the response is written, not before: the client never waits for a delivery.
      setImmediate(() => {
        this.#settling = false;
        void this.tick();
      });
    }
  }

  /**
   * Moves the clock `seconds` forward through every due time on the way, in time order: each
   * step sets the clock to that time, runs its lifecycle tasks and waits for its webhook
   * attempts, so what they stamp, schedule and retry is timed as if the clock had been advanced
   * step by step. Resolves once the clock is at the target and everything due by then has run
   * or been attempted; rejects with `invalid_request` on `seconds`, changing nothing, when the
   * target lies past {@link LATEST_MS}.
   */
  advance(seconds: number): Promise<void> {
    const turn = this.#advancing.then(() => this.#advanceNow(seconds));
    this.#advancing = turn.catch(() => undefined);
    return turn;
  }

  async #advanceNow(seconds: number): Promise<void> {
    if (!(seconds >= 0)) throw new RangeError(`Runtime.advance: expected seconds ≥ 0, got ${seconds}`);
    const start = this.clock.now();
    // Fixed once, in emulated time: the real time the steps take does not push it further.
    const target = start + seconds * 1000;
    // Checked in this advance's turn: an earlier one may have moved the clock since the request came.
    if (target > LATEST_MS) {
      throw invalidRequest(
        `seconds would move the emulated clock past ${isoSeconds(LATEST_MS)}, the latest time it supports.`,
        'seconds',
      );
    }
    let at = start;
    let finished = false;
    while (!this.#closed) {
      this.clock.advanceTo(at);
      this.scheduler.runDue();
      if ((this.webhooks.nextAt() ?? Number.POSITIVE_INFINITY) <= this.clock.now()) await this.#deliver();
      if (at === target) {
        // A stop during the last step's deliveries cut them short too.
        finished = !this.#closed;
        break;
      }
      const next = this.#nextAt();
      // Nothing more on the way, or only work still due (a delivery the pass left running), which
      // stepping would never get past: land on the target in one jump. Tasks the lifecycle_stuck
      // fault holds are not stops (`Scheduler.nextAt`), so other steps still run at their times.
      at = next === undefined || next > target || next <= at ? target : next;
    }
    this.afterChange();
    this.#arm();
    // Cut short by a stop (mid-walk, or while a delivery was on its way): a 200 would tell the
    // caller everything due on the way ran, and its next assertions would fail for no visible reason.
    if (!finished) {
      throw new ApiError(
        'internal_error',
        `The emulator stopped before the clock advance to ${isoSeconds(target)} finished: the clock stands at ${isoSeconds(this.clock.now())}. Advance again once the emulator runs.`,
      );
    }
  }

  /** Stops the timer; pending work stays stored. */
  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.webhooks.stop();
  }

  /** True once {@link close} was called: the server is stopping. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * How many resets have run: a request that awaits between reading the state and changing it
   * (only under the `concurrent_dedupe_race` fault) compares it to see whether what it read is gone.
   */
  get resets(): number {
    return this.#resets;
  }

  async #deliver(): Promise<void> {
    await this.webhooks.pump();
    this.afterChange();
  }

  /** Emulated ms of the earliest due task or delivery attempt, or undefined. */
  #nextAt(): number | undefined {
    const task = this.scheduler.nextAt();
    const delivery = this.webhooks.nextAt();
    if (task === undefined || delivery === undefined) return task ?? delivery;
    return Math.min(task, delivery);
  }

  // One real timer for the earliest due task or delivery, so flows progress without requests.
  #arm(earliest = this.#nextAt()): void {
    if (this.#closed) return;
    const unchanged = earliest === this.#armedFor && this.clock.offsetMs === this.#armedOffset;
    if (this.#timer && earliest !== undefined && unchanged && earliest > this.clock.now()) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = earliest;
    this.#armedOffset = this.clock.offsetMs;
    // A frozen clock never reaches a future time by itself: only an advance (which runs it) does.
    // No clock reaches a time past LATEST_MS: a timer for it would fire, find nothing, and re-arm.
    if (
      earliest === undefined ||
      earliest > LATEST_MS ||
      (this.clock.frozen && earliest > this.clock.now())
    ) {
      return;
    }
    let delay = Math.min(Math.max(0, earliest - this.clock.now()), 2 ** 31 - 1);
    // Still due right after a pass: a delivery under way. Look again later, not in a spin.
    if (delay === 0) delay = 1000;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.tick();
    }, delay + 5);
    this.#timer.unref();
  }
}
