/**
 * Runs contract properties one after another over fast-check, recording what each run sent so a
 * failure can show its request/response pair, its shrunk counterexample and how to replay it.
 *
 * Properties run sequentially on purpose: several of them need static data (pagination walks) or
 * change shared emulator settings for a moment (the rate-limit cap), and the pacing budget is
 * shared anyway.
 *
 * @packageDocumentation
 */
import { randomBytes } from 'node:crypto';
import * as fc from 'fast-check';
import type { EmulatorControl } from './control';
import {
  type ContractProperty,
  ContractViolation,
  type Fixtures,
  type PropertyContext,
  type TargetInfo,
} from './property';
import { startWebhookReceiver, type WebhookReceiver } from './receiver';
import type { PropertyFailure, PropertyResult } from './report/model';
import {
  type Exchange,
  OffOriginLinkError,
  RequestAbortedError,
  type TargetClient,
  TargetUnreachableError,
} from './target';

// A failing run's exchanges kept in the report: the last ones are the interesting ones.
const MAX_REPORTED_EXCHANGES = 20;
/**
 * Default time a property may spend shrinking a failure. Shrinking replays requests against a
 * live server: past this budget the smallest failure found so far is good enough, and a slow
 * failure (a webhook that never comes) cannot stall the suite.
 */
export const DEFAULT_SHRINK_BUDGET_MS = 5_000;

/** What the runner needs to know about the suite. */
export interface RunnerEnvironment {
  /** The root client; each property gets a recording view of it. */
  client: TargetClient;
  /** The emulator's control API, when the target is an emulator. */
  control: EmulatorControl | undefined;
  target: TargetInfo;
  /** The suite seed; each property derives its own from it and its name. */
  seed: number;
  /** Runs per property before `runsFactor`. */
  numRuns: number;
  /** fast-check path to replay (with a single selected property). */
  path?: string;
  /** Time a property may spend shrinking a failure; default {@link DEFAULT_SHRINK_BUDGET_MS}. */
  shrinkBudgetMs?: number;
  /** Builds the replay command for a failure. */
  replayCommand(propertyName: string, path: string): string;
  fixtures: FixtureStore;
  /** True when `embeddedOnly` properties may run on any emulator (see `moveClockByDays`). */
  moveClockByDays?: boolean;
  /**
   * Aborted when the suite is interrupted: the run in progress ends (the client rejects with
   * `RequestAbortedError`) and the remaining runs of the property pass at once.
   */
  signal?: AbortSignal;
}

/**
 * The replay path names no case of the property with this seed and run count: it was copied without
 * its seed or run count, or mistyped. A problem with the request, not a verdict on the target.
 */
export class ReplayPathError extends Error {
  override readonly name = 'ReplayPathError';
}

/** The suite-wide fixtures, with their clean-up. */
export class FixtureStore implements Fixtures {
  private readonly created = new Map<string, Promise<unknown>>();
  private readonly teardowns: (() => Promise<void>)[] = [];
  private tornDown = false;

  once<T>(key: string, create: () => Promise<T>): Promise<T> {
    let existing = this.created.get(key) as Promise<T> | undefined;
    if (existing === undefined) {
      existing = create();
      // A failed set-up is retried by the next property instead of failing it for good.
      existing.catch(() => this.created.delete(key));
      this.created.set(key, existing);
    }
    return existing;
  }

  /**
   * Registers clean-up work. After {@link teardown} it runs at once: a property still finishing
   * after an interruption must not leave a receiver listening.
   */
  onTeardown(task: () => Promise<void>): void {
    if (this.tornDown) {
      task().catch(() => {});
      return;
    }
    this.teardowns.push(task);
  }

  /** Runs every clean-up task, newest first; returns the messages of those that failed. */
  async teardown(): Promise<string[]> {
    this.tornDown = true;
    const problems: string[] = [];
    for (const task of this.teardowns.reverse()) {
      try {
        await task();
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    this.teardowns.length = 0;
    this.created.clear();
    return problems;
  }
}

/**
 * The per-property seed: stable for a given suite seed and property name, different across
 * properties and across suite seeds from 0 to 2^32−1 (larger ones fold onto those: the suite caps them).
 */
export function propertySeed(suiteSeed: number, name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash ^ suiteSeed) | 0;
}

/** A fresh suite tag: short, lower-case, safe inside domain labels. */
export function newSuiteTag(): string {
  return `ct${randomBytes(3).toString('hex')}`;
}

/**
 * Runs one property and reports how it went. Throws only {@link TargetUnreachableError} (when the
 * target is gone, the rest of the suite cannot run either) and {@link ReplayPathError} (the path to
 * replay leads to no case).
 */
export async function runProperty(
  property: ContractProperty,
  env: RunnerEnvironment,
  unique: (label: string) => string,
  webhooks: () => Promise<{ receiver: WebhookReceiver; secret: string }>,
): Promise<PropertyResult> {
  const base = {
    name: property.name,
    group: property.group,
    description: property.description,
    promise: property.promise,
    needsEmulator: property.needsEmulator,
  };
  if (property.needsEmulator && env.control === undefined) {
    return { ...base, status: 'skipped', reason: 'needs emulator', runs: 0, requests: 0, durationMs: 0 };
  }
  if (
    property.embeddedOnly !== undefined &&
    env.target.kind !== 'embedded-emulator' &&
    env.moveClockByDays !== true
  ) {
    return { ...base, status: 'skipped', reason: property.embeddedOnly, runs: 0, requests: 0, durationMs: 0 };
  }

  const started = performance.now();
  const requestsBefore = env.client.counters.requests;
  const run = {
    log: [] as Exchange[],
    failingLog: [] as Exchange[],
    runs: 0,
    checked: false,
    shrinkCutOff: false,
  };
  let unreachable: TargetUnreachableError | undefined;
  let pathLeadsNowhere: ReplayPathError | undefined;
  let details: fc.RunDetails<[unknown]> | undefined;
  const numRuns = Math.max(1, Math.round(env.numRuns * (property.runsFactor ?? 1)));
  const shrinkBudgetMs = env.shrinkBudgetMs ?? DEFAULT_SHRINK_BUDGET_MS;

  const ctx: PropertyContext = {
    api: env.client.scoped((exchange) => run.log.push(exchange)),
    target: env.target,
    fixtures: env.fixtures,
    unique,
    webhooks,
    emulator() {
      if (env.control === undefined) throw new Error(`${property.name} needs the emulator's control API.`);
      return env.control;
    },
    async check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>) {
      if (run.checked) throw new Error(`${property.name}: a property runs exactly one check.`);
      run.checked = true;
      let firstFailureAt: number | undefined;
      const asyncProperty = fc.asyncProperty(arbitrary, async (value) => {
        // Once the target is gone, the suite interrupted, or the shrink budget spent, let the
        // remaining candidates pass instantly: fast-check then ends with the smallest failure found so far.
        if (unreachable || env.signal?.aborted) return;
        if (firstFailureAt !== undefined && performance.now() - firstFailureAt > shrinkBudgetMs) {
          run.shrinkCutOff = true;
          return;
        }
        run.log = [];
        run.runs++;
        try {
          await predicate(value);
        } catch (error) {
          if (error instanceof TargetUnreachableError) {
            unreachable = error;
            return;
          }
          // Interrupted mid-run: the suite drops this property's outcome, so end it now.
          if (error instanceof RequestAbortedError || env.signal?.aborted) return;
          // `fc.pre` skipping a value is not a failure.
          if (fc.PreconditionFailure.isFailure(error)) throw error;
          run.failingLog = run.log;
          firstFailureAt ??= performance.now();
          throw error;
        }
      });
      // A path's first step is the index of a generated case: one at or past the run count was
      // never generated with these options (fast-check would run the cases from there on instead).
      const firstCase = env.path === undefined ? 0 : Number(env.path.split(':')[0]);
      if (env.path !== undefined && !(Number.isSafeInteger(firstCase) && firstCase < numRuns)) {
        pathLeadsNowhere = new ReplayPathError(`Path ${env.path} names no case of ${property.name}.`);
        throw pathLeadsNowhere;
      }
      try {
        details = (await fc.check(asyncProperty, {
          seed: propertySeed(env.seed, property.name),
          // A replay re-runs the reported case, and only it: shrinking it again would report
          // another one, and the cases after it are not what the Replay line names.
          ...(env.path === undefined ? { numRuns } : { numRuns: 1, path: env.path, endOnFailure: true }),
        })) as fc.RunDetails<[unknown]>;
      } catch (error) {
        // fast-check's "Unable to replay, got wrong path=…", thrown before any case runs.
        if (
          env.path !== undefined &&
          error instanceof Error &&
          error.message.startsWith('Unable to replay')
        ) {
          pathLeadsNowhere = new ReplayPathError(`Path ${env.path} names no case of ${property.name}.`);
          throw pathLeadsNowhere;
        }
        throw error;
      }
    },
  };

  let thrown: unknown;
  try {
    await property.run(ctx);
  } catch (error) {
    thrown = error;
  }
  const durationMs = Math.round(performance.now() - started);
  const requests = env.client.counters.requests - requestsBefore;
  // fast-check's count: generated runs up to the failure, shrink attempts excluded.
  const timing = { runs: details?.numRuns ?? run.runs, requests, durationMs };

  if (unreachable) throw unreachable;
  if (pathLeadsNowhere) throw pathLeadsNowhere;
  if (thrown instanceof TargetUnreachableError) throw thrown;
  if (thrown !== undefined) {
    // Set-up outside `check` failed (a fixture, the control API): not a verdict on the promise.
    return { ...base, status: 'error', reason: env.client.redact(messageOf(thrown)), ...timing };
  }
  if (details === undefined) {
    return { ...base, status: 'error', reason: 'The property never ran its check.', ...timing };
  }
  if (!details.failed) return { ...base, status: 'passed', ...timing };

  const shrinking = env.path !== undefined ? 'replayed' : run.shrinkCutOff ? 'cut-off' : undefined;
  const failure = describeFailure(details, run.failingLog, property.name, env, shrinking);
  const verdict = isVerdict(details.errorInstance) ? 'failed' : 'error';
  return { ...base, status: verdict, ...timing, failure };
}

function describeFailure(
  details: fc.RunDetails<[unknown]>,
  failingLog: Exchange[],
  name: string,
  env: RunnerEnvironment,
  shrinking: PropertyFailure['shrinking'],
): PropertyFailure {
  const error = details.errorInstance;
  const path = details.counterexamplePath ?? '';
  const exchange =
    error instanceof ContractViolation && error.exchange !== undefined ? error.exchange : failingLog.at(-1);
  const counterexample =
    details.counterexample === null ? '(none)' : printCounterexample(details.counterexample[0]);
  return {
    message: env.client.redact(messageOf(error)),
    counterexample: env.client.redact(counterexample),
    seed: env.seed,
    path,
    shrinks: details.numShrinks,
    ...(shrinking === undefined ? {} : { shrinking }),
    replay: env.replayCommand(name, path),
    ...(exchange === undefined ? {} : { exchange: reported(exchange, env.client) }),
    exchanges: failingLog.slice(-MAX_REPORTED_EXCHANGES).map((e) => reported(e, env.client)),
  };
}

/**
 * An exchange as a report holds it: its texts are redacted as they are recorded, but its parsed
 * body is the server's own (properties compare it), and a server may quote the key in it.
 */
function reported(exchange: Exchange, client: TargetClient): Exchange {
  return { ...exchange, json: redactDeep(exchange.json, (text) => client.redact(text)) };
}

/** A copy of a parsed JSON body with `redact` applied to every string in it, names included. */
function redactDeep(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [redact(key), redactDeep(inner, redact)]),
  );
}

/**
 * A counterexample as one line of valid JSON, written the way `JSON.stringify` would send it as a
 * request body: an absent value (`undefined`) is left out of an object and is `null` in an array,
 * `-0` is `0`, `NaN` and `±Infinity` are `null`, a date is its ISO string. What `JSON.stringify`
 * cannot write still gets a JSON form: a bigint its digits, a `Set` an array, a `Map` an object (an
 * array of `[key, value]` pairs when a key is not a string), a cycle the string `"[circular]"`.
 * Objects without a prototype (from `fc.record`) print as plain objects.
 */
export function printCounterexample(value: unknown): string {
  return jsonText(value, new Set()) ?? 'null';
}

/** `value` as JSON text, or undefined when it has none (`undefined`, a function, a symbol). */
function jsonText(value: unknown, ancestors: Set<object>): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'bigint':
      return value.toString();
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return 'null';
  if (ancestors.has(value)) return '"[circular]"';
  ancestors.add(value);
  try {
    return objectJsonText(value, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function objectJsonText(value: object, ancestors: Set<object>): string | undefined {
  const array = (items: Iterable<unknown>) =>
    `[${Array.from(items, (item) => jsonText(item, ancestors) ?? 'null').join(',')}]`;
  const object = (entries: Iterable<[string, unknown]>) => {
    const members: string[] = [];
    for (const [key, item] of entries) {
      const text = jsonText(item, ancestors);
      if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${members.join(',')}}`;
  };
  if (Array.isArray(value)) return array(value);
  if (value instanceof Set) return array(value);
  if (value instanceof Map) {
    const entries = [...value.entries()];
    return entries.every(([key]) => typeof key === 'string')
      ? object(entries as Array<[string, unknown]>)
      : array(entries);
  }
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    return jsonText(value.valueOf(), ancestors);
  }
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return jsonText(toJSON.call(value), ancestors);
  return object(Object.entries(value));
}

/** A broken promise (as opposed to a bug or a set-up problem in the kit). */
function isVerdict(error: unknown): boolean {
  return error instanceof ContractViolation || error instanceof OffOriginLinkError;
}

function messageOf(error: unknown): string {
  if (error instanceof ContractViolation || error instanceof OffOriginLinkError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * The webhook fixture: a local receiver, a fresh secret, and the emulator pointed at both. The
 * suite restores the emulator's saved settings at the end; this fixture only closes its receiver.
 */
export function webhookFixture(
  fixtures: FixtureStore,
  control: EmulatorControl | undefined,
  client: TargetClient,
): () => Promise<{ receiver: WebhookReceiver; secret: string }> {
  return () =>
    fixtures.once('webhooks', async () => {
      if (control === undefined) throw new Error('Webhook properties need the emulator.');
      const receiver = await startWebhookReceiver();
      const secret = `whsec_${randomBytes(24).toString('hex')}`;
      client.addSecret(secret);
      fixtures.onTeardown(() => receiver.close());
      await control.setConfig({ webhook_url: receiver.url, webhook_secret: secret, webhook_chaos: false });
      return { receiver, secret };
    });
}
