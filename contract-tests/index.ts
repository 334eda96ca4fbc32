/**
 * The contract test kit: property-based tests that prove a Peeker target — the embedded emulator,
 * a running emulator, or a real sandbox — keeps the promises of the best-practices page, and that
 * say exactly which promise broke, with the `Peeker-Request-Id` to give support.
 *
 * ```ts
 * const report = await runContractSuite({ seed: 42 });               // the embedded emulator
 * const report = await runContractSuite({ baseUrl, apiKey: 'pk_test_…' }); // a sandbox
 * ```
 *
 * @packageDocumentation
 */
import { startEmulator } from '../emulator';
import { shorten } from '../lint/text-utils';
import { baseUrlCredentialsRefusal, MAX_REDIRECT_QUOTE, redirectTarget } from '../lint/urls';
import { requestTimeout } from '../webhooks/request-timeout';
import { atSentenceStart, type ContractConfigNames, DEFAULT_CONFIG_NAMES } from './config-names';
import { type ClockStandstill, ControlApiError, EmulatorControl, isLoopbackHost } from './control';
import { CONTRACT_PROPERTIES } from './properties';
import { CONTRACT_GROUPS, type ContractProperty, type TargetInfo, type TargetKind } from './property';
import type { ContractReport, PropertyResult } from './report/model';
import { asRecord } from './responses';
import {
  FixtureStore,
  newSuiteTag,
  ReplayPathError,
  type RunnerEnvironment,
  runProperty,
  webhookFixture,
} from './runner';
import {
  apiKeyProblem,
  assertNotLiveKey,
  CUT_MARK,
  type Exchange,
  LiveKeyRefusedError,
  MAX_RETRY_AFTER_SECONDS,
  probeReachable,
  type RateLimitWait,
  REQUEST_TIMEOUT_MS,
  RequestAbortedError,
  ResponseTooLargeError,
  retryAfterSeconds,
  SANDBOX_REQUESTS_PER_MINUTE,
  TargetClient,
  TargetUnreachableError,
} from './target';

export type { ContractConfigNames } from './config-names';
export { DEFAULT_CONFIG_NAMES } from './config-names';
export { CONTRACT_PROPERTIES } from './properties';
export type { ContractProperty } from './property';
export { CONTRACT_GROUPS } from './property';
export type { ContractReport, PropertyResult } from './report/model';
export type { RateLimitWait } from './target';
export { MAX_RATE_LIMIT_RETRIES, MAX_RESPONSE_BYTES, MAX_RETRY_AFTER_SECONDS } from './target';

/** fast-check runs per property against an emulator (before each property's `runsFactor`). */
export const DEFAULT_NUM_RUNS = 30;
/**
 * The largest suite seed: property seeds are 32-bit (fast-check's), so a larger one would replay
 * the same run as some seed below it.
 */
export const MAX_SUITE_SEED = 0xffff_ffff;
/**
 * The most fast-check runs per property a run takes (the CLI's `--num-runs` too): far beyond any
 * useful run, low enough that a mistyped number fails at once instead of running for days.
 */
export const MAX_NUM_RUNS = 100_000;
/** Runs per property against a real sandbox: fewer, since the kit paces itself under the rate cap there. */
export const DEFAULT_SANDBOX_NUM_RUNS = 5;
/** The cap the suite gives an emulator while it runs (restored afterwards): properties must not trip it. */
const SUITE_EMULATOR_RATE_LIMIT = 1_000_000;
/** The label the suite saves an emulator's settings under. */
const SUITE_SNAPSHOT_LABEL = 'peeker-devkit contract';

/** A strict ULID after `req_`, as the emulator issues (API-FACTS Decision 5). */
const EMULATOR_REQUEST_ID = /^req_[0-9A-HJKMNP-TV-Z]{26}$/;
/** `req_` + at least 20 alphanumerics: what a real server's ids are held to (Decision 5). */
const SANDBOX_REQUEST_ID = /^req_[0-9A-Za-z]{20,}$/;

/** Options for {@link runContractSuite}. */
export interface ContractSuiteOptions {
  /**
   * API base URL of a sandbox (`https://api.peeker.ai/partner/v1`) or a running emulator
   * (`http://127.0.0.1:4010/partner/v1`). Omitted: the suite starts the embedded emulator.
   */
  baseUrl?: string;
  /** A `pk_test_` key. Optional for an emulator (the suite mints one); `pk_live_` keys are refused. */
  apiKey?: string;
  /** Property names, group names (`dedupe`) or `group.*` patterns to run; default all. */
  only?: string[];
  /**
   * Suite seed, a whole number from 0 to {@link MAX_SUITE_SEED}; default random. Each property
   * derives its own from it and its name.
   */
  seed?: number;
  /** fast-check runs per property; default {@link DEFAULT_NUM_RUNS} (emulator) or {@link DEFAULT_SANDBOX_NUM_RUNS}. */
  numRuns?: number;
  /** fast-check path of a counterexample to replay; needs exactly one selected property. */
  path?: string;
  /**
   * Time each failing property may spend shrinking its counterexample, in ms (default 5 s).
   * 0 reports the first failure found as is (the self-check only needs to know what failed).
   */
  shrinkBudgetMs?: number;
  /**
   * Lets properties that move a running emulator's clock by days run there too (the embedded
   * emulator always runs them): that ends the emulator's own 24 h dedupe windows, cancel hours and
   * warm periods for good, so it is for an emulator kept for tests (default false).
   */
  moveClockByDays?: boolean;
  /**
   * Called as the suite goes, for progress displays: the target, each property's start and end,
   * and each wait a 429 imposes (so a display can say why the run is quiet).
   */
  onProgress?: (event: ContractProgress) => void;
  /**
   * Hears what the embedded emulator (no `baseUrl`) warns about, such as an unknown
   * `PEEKER_EMULATOR_RESPONSE_CACHE` value. Default: `process.emitWarning`.
   */
  onWarning?: (message: string) => void;
  /**
   * Interrupts the run (Ctrl+C): the suite puts an emulator's settings back, closes what it
   * opened and rejects with {@link ContractInterruptedError}. A string reason (`'SIGINT'`) is named
   * in its message.
   */
  signal?: AbortSignal;
  /**
   * How set-up errors name where the base URL and the key are configured; default
   * {@link DEFAULT_CONFIG_NAMES} (`baseUrl`, `apiKey`: these options). A tool wrapping the suite
   * passes its own, so its users read about the flag or setting they have: the CLI passes
   * `--base-url` and `--api-key or PEEKER_API_KEY`, the VS Code extension its `peeker.baseUrl`
   * setting and its *Peeker: Set API Key* command.
   */
  configNames?: ContractConfigNames;
}

/** Progress of a suite run. */
export type ContractProgress =
  | { kind: 'target'; target: ContractReport['target']; total: number }
  /** The target answered 429: the run waits `details.retry_after_seconds` (at most {@link MAX_RETRY_AFTER_SECONDS}) before retrying. */
  | ({ kind: 'rate-limit-wait' } & RateLimitWait)
  | { kind: 'start'; index: number; total: number; property: ContractProperty }
  | { kind: 'end'; index: number; total: number; result: PropertyResult };

/**
 * The suite cannot run as configured: a live key, an unreachable or wrong target, a key for the
 * wrong environment, an unknown property name. The message is one line saying what to do.
 */
export class ContractConfigError extends Error {
  override readonly name = 'ContractConfigError';
}

/**
 * {@link ContractSuiteOptions.path} names no case of the selected property with this seed and run
 * count — a path copied without its seed or run count, or mistyped. Its fields let a caller say
 * which settings to copy (the CLI names its flags).
 */
export class ContractPathError extends ContractConfigError {
  /** The path that was asked for. */
  readonly path: string;
  /** The selected property. */
  readonly property: string;
  /** The suite seed the path was tried with (a random one when none was given). */
  readonly seed: number;
  /** The runs per property the path was tried with (the default when none was given). */
  readonly numRuns: number;
  constructor(path: string, property: string, seed: number, numRuns: number) {
    super(
      `The path ${path} names no case of ${property} with seed ${seed} and numRuns ${numRuns}; ` +
        "replay a failure with the path, seed and numRuns of its report's replay command, unchanged.",
    );
    this.path = path;
    this.property = property;
    this.seed = seed;
    this.numRuns = numRuns;
  }
}

/**
 * The target stopped answering mid-run (or during the sandbox clean-up): the run ended early. The
 * message names the request that got no answer and anything the clean-up could not remove;
 * {@link ContractStoppedError.report} holds the properties that finished, the interrupted one as
 * an `error` result, and the clean-up notes, for a caller to print before the message.
 */
export class ContractStoppedError extends ContractConfigError {
  /** The report of the run so far (`passed` is false). */
  readonly report: ContractReport;
  constructor(message: string, report: ContractReport) {
    super(message);
    this.report = report;
  }
}

/** The run was interrupted through {@link ContractSuiteOptions.signal}; the message says what was put back. */
export class ContractInterruptedError extends Error {
  override readonly name = 'ContractInterruptedError';
}

/**
 * The properties `only` selects, in suite order. Accepts property names, group names and
 * `group.*`. Throws {@link ContractConfigError} naming anything that matches nothing, and where
 * the property names are listed in the caller's words (`configNames.propertyNames`).
 */
export function selectProperties(
  only: readonly string[] = [],
  configNames: ContractConfigNames = DEFAULT_CONFIG_NAMES,
): ContractProperty[] {
  if (only.length === 0) return [...CONTRACT_PROPERTIES];
  const matches = (pattern: string, property: ContractProperty) =>
    property.name === pattern ||
    property.group === pattern ||
    (pattern.endsWith('.*') && property.group === pattern.slice(0, -2));
  const unknown = only.filter(
    (pattern) => !CONTRACT_PROPERTIES.some((property) => matches(pattern, property)),
  );
  if (unknown.length > 0) {
    throw new ContractConfigError(
      `Unknown property or group: ${unknown.join(', ')}. Groups: ${CONTRACT_GROUPS.map((g) => g.group).join(', ')}; ` +
        `${configNames.propertyNames ?? DEFAULT_CONFIG_NAMES.propertyNames}.`,
    );
  }
  return CONTRACT_PROPERTIES.filter((property) => only.some((pattern) => matches(pattern, property)));
}

/**
 * The options TypeScript cannot check for a plain-JavaScript caller, checked before anything is
 * sent: a `numRuns` of `Number(process.env.UNSET)` must fail, not report every property as holding
 * after zero runs.
 */
function checkSuiteOptions(options: ContractSuiteOptions): void {
  if (options === null || typeof options !== 'object') {
    throw new ContractConfigError(`The suite options must be an object, got ${describe(options)}.`);
  }
  const { seed, numRuns, only, path, configNames } = options;
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SUITE_SEED)) {
    throw new ContractConfigError(
      `The suite seed must be a whole number from 0 to ${MAX_SUITE_SEED}, got ${describe(seed)}.`,
    );
  }
  if (numRuns !== undefined && !(Number.isInteger(numRuns) && numRuns >= 1 && numRuns <= MAX_NUM_RUNS)) {
    throw new ContractConfigError(
      `numRuns must be a whole number from 1 to ${MAX_NUM_RUNS}, got ${describe(numRuns)}.`,
    );
  }
  if (path !== undefined && !(typeof path === 'string' && /^\d+(:\d+)*$/.test(path))) {
    throw new ContractConfigError(
      `path must be a fast-check path like '3:1:0', as a failure's report gives it, got ${describe(path)}.`,
    );
  }
  if (only !== undefined && !(Array.isArray(only) && only.every((entry) => typeof entry === 'string'))) {
    throw new ContractConfigError(
      `only must be an array of property or group names (e.g. ['dedupe']), got ${describe(only)}.`,
    );
  }
  if (configNames !== undefined) {
    if (configNames === null || typeof configNames !== 'object' || Array.isArray(configNames)) {
      throw new ContractConfigError(
        `configNames must be an object { baseUrl, apiKey, giveApiKey } of texts, got ${describe(configNames)}.`,
      );
    }
    for (const field of ['baseUrl', 'apiKey', 'giveApiKey', 'propertyNames'] as const) {
      const name: unknown = configNames[field];
      if (field === 'propertyNames' && name === undefined) continue;
      if (typeof name !== 'string' || name.trim() === '') {
        throw new ContractConfigError(
          `configNames.${field} must be a non-empty text (${CONFIG_NAME_ROLES[field]}), got ${describe(name)}.`,
        );
      }
    }
  }
}

/** What each of {@link ContractConfigNames}' texts is, for the message refusing a bad one. */
const CONFIG_NAME_ROLES: Readonly<Record<keyof ContractConfigNames, string>> = {
  baseUrl: "where the base URL is set, e.g. 'baseUrl'",
  apiKey: "where the key is set, e.g. 'apiKey'",
  giveApiKey: "what to do without a key, e.g. 'set apiKey to a pk_test_… key'",
  propertyNames: "where the property names are listed, e.g. 'CONTRACT_PROPERTIES lists the property names'",
};

/** A value as an error message shows it: strings quoted, so '4010' and 4010 differ. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (Array.isArray(value)) return 'an array of other things';
  return value === null || typeof value !== 'object' ? String(value) : 'an object';
}

/** Runs the suite and reports every property's outcome. Throws {@link ContractConfigError} for set-up problems. */
export async function runContractSuite(options: ContractSuiteOptions = {}): Promise<ContractReport> {
  checkSuiteOptions(options);
  const properties = selectProperties(options.only, options.configNames);
  if (options.path !== undefined && properties.length !== 1) {
    throw new ContractConfigError(
      `path replays one counterexample of one property: select exactly one with only (selected ${properties.length}).`,
    );
  }
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);
  const startedAt = new Date();
  const started = performance.now();
  const fixtures = new FixtureStore();
  const signal = options.signal;
  let target: OpenTarget;
  try {
    target = await openTarget(options, fixtures);
  } catch (error) {
    // Preparing an emulator may have saved its settings and changed them before it failed.
    await fixtures.teardown();
    // Interrupted during GET /me: nothing was changed yet.
    if (error instanceof RequestAbortedError) {
      throw new ContractInterruptedError(`${interruptedLabel(signal?.reason)} before any property ran.`);
    }
    // An emulator's control API answered what the suite cannot use: a set-up problem like the others.
    if (error instanceof ControlApiError) throw new ContractConfigError(error.message);
    throw error;
  }
  const stopped = new Promise<typeof STOPPED>((resolve) => {
    if (signal?.aborted) resolve(STOPPED);
    signal?.addEventListener('abort', () => resolve(STOPPED), { once: true });
  });
  try {
    const numRuns =
      options.numRuns ?? (target.info.kind === 'sandbox' ? DEFAULT_SANDBOX_NUM_RUNS : DEFAULT_NUM_RUNS);
    const reportTarget: ContractReport['target'] = {
      kind: target.info.kind,
      baseUrl: target.client.redact(target.info.baseUrl),
      ...(target.activeFaults === undefined ? {} : { activeFaults: target.activeFaults }),
    };
    options.onProgress?.({ kind: 'target', target: reportTarget, total: properties.length });

    const env: RunnerEnvironment = {
      client: target.client,
      control: target.control,
      target: target.info,
      moveClockByDays: options.moveClockByDays === true,
      seed,
      numRuns,
      ...(options.path === undefined ? {} : { path: options.path }),
      ...(options.shrinkBudgetMs === undefined ? {} : { shrinkBudgetMs: options.shrinkBudgetMs }),
      fixtures,
      ...(signal === undefined ? {} : { signal }),
      replayCommand: (name, path) =>
        [
          'peeker-devkit contract',
          target.info.kind === 'embedded-emulator' ? '' : `--base-url ${reportTarget.baseUrl}`,
          `--only ${name}`,
          // Without it a running emulator skips a days-long property, and its replay "passes".
          options.moveClockByDays === true &&
          target.info.kind !== 'embedded-emulator' &&
          properties.some((property) => property.name === name && property.embeddedOnly !== undefined)
            ? '--move-clock-by-days'
            : '',
          `--seed ${seed}`,
          options.numRuns === undefined ? '' : `--num-runs ${numRuns}`,
          path === '' ? '' : `--path ${path}`,
        ]
          .filter((part) => part !== '')
          .join(' '),
    };
    const tag = newSuiteTag();
    let counter = 0;
    const unique = (label: string) => `${label}${label === '' ? '' : '-'}${tag}${(counter++).toString(36)}`;
    const webhooks = webhookFixture(fixtures, target.control, target.client);

    const results: PropertyResult[] = [];
    /** Why the run ended early: the target stopped answering (a {@link ContractStoppedError} below). */
    let stop: string | undefined;
    for (const [index, property] of properties.entries()) {
      options.onProgress?.({ kind: 'start', index, total: properties.length, property });
      let result: PropertyResult | typeof STOPPED;
      const requestsBefore = target.client.counters.requests;
      const propertyStarted = performance.now();
      const running = runProperty(property, env, unique, webhooks);
      try {
        result = await Promise.race([running, stopped]);
      } catch (error) {
        if (error instanceof TargetUnreachableError) {
          // The run ends here, but what it has is kept: the properties already done, this one as an
          // error, and the clean-up below.
          stop = target.client.redact(stopReason(error, property.name, target.client.counters.requests - 1));
          result = {
            name: property.name,
            group: property.group,
            description: property.description,
            promise: property.promise,
            needsEmulator: property.needsEmulator,
            status: 'error',
            reason: stop,
            runs: 0,
            requests: target.client.counters.requests - requestsBefore,
            durationMs: Math.round(performance.now() - propertyStarted),
          };
          results.push(result);
          options.onProgress?.({ kind: 'end', index, total: properties.length, result });
          break;
        }
        if (error instanceof ReplayPathError && options.path !== undefined) {
          throw new ContractPathError(options.path, property.name, seed, numRuns);
        }
        throw error;
      }
      if (result === STOPPED) {
        // The property ends at once as well (its requests and waits obey the same signal, and the
        // control API is stopped below); its outcome no longer matters.
        running.catch(() => {});
        throw await interruption(signal?.reason, target, fixtures);
      }
      results.push(result);
      options.onProgress?.({ kind: 'end', index, total: properties.length, result });
    }

    let cleanup: SandboxCleanUp | undefined;
    try {
      cleanup = target.info.kind === 'sandbox' ? await cleanUpSandbox(target.client) : undefined;
    } catch (error) {
      if (error instanceof RequestAbortedError) throw await interruption(signal?.reason, target, fixtures);
      throw error;
    }
    const teardownProblems = await fixtures.teardown();
    const report: ContractReport = {
      target: reportTarget,
      seed,
      numRuns,
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - started),
      requests: target.client.counters.requests,
      controlCalls: target.control?.calls ?? 0,
      results,
      passed: stop === undefined && results.every((r) => r.status === 'passed' || r.status === 'skipped'),
      ...(target.notes.length === 0 && cleanup === undefined && teardownProblems.length === 0
        ? {}
        : {
            cleanup: [
              ...target.notes,
              ...(cleanup?.notes ?? []),
              ...teardownProblems.map((p) => `clean-up problem: ${target.client.redact(p)}`),
            ],
          }),
    };
    if (stop !== undefined) {
      const left = cleanup?.leftBehind === undefined ? '' : ` ${cleanup.leftBehind}`;
      throw new ContractStoppedError(`${stop}${left}`, report);
    }
    if (cleanup?.leftBehind !== undefined) {
      // Every property ran, but the target stopped answering during the clean-up itself.
      throw new ContractStoppedError(cleanup.leftBehind, report);
    }
    return report;
  } finally {
    await fixtures.teardown();
    await target.close();
  }
}

/** What {@link runContractSuite}'s `stopped` resolves to when the suite is interrupted. */
const STOPPED = Symbol('stopped');

/**
 * Puts the target back after an interruption (no more control calls from a property still
 * finishing, then the teardown that restores an emulator's settings) and says so in one line.
 */
async function interruption(
  reason: unknown,
  target: OpenTarget,
  fixtures: FixtureStore,
): Promise<ContractInterruptedError> {
  target.control?.stop();
  const problems = await fixtures.teardown();
  const interrupted = interruptedLabel(reason);
  const where = target.client.redact(target.info.baseUrl);
  switch (target.info.kind) {
    case 'embedded-emulator':
      return new ContractInterruptedError(`${interrupted}; the embedded emulator is stopped.`);
    case 'emulator':
      return new ContractInterruptedError(
        problems.length === 0
          ? `${interrupted}; restored the settings of the emulator at ${where}.`
          : `${interrupted}; could not restore the settings of the emulator at ${where}: ${target.client.redact(problems.join('; '))}`,
      );
    case 'sandbox': {
      const { createdOrders, createdBundles } = target.client.counters;
      return new ContractInterruptedError(
        `${interrupted} before clean-up: ${leftInPlace(createdOrders.size, createdBundles.size, where)}.`,
      );
    }
  }
}

/**
 * `2 orders this run placed on <where> were not cancelled and 1 bundle it created was not deleted`
 * (the bundle part only when there are bundles).
 */
function leftInPlace(orders: number, bundles: number, where: string): string {
  const orderPart = `${orders} ${orders === 1 ? 'order' : 'orders'} this run placed on ${where} ${orders === 1 ? 'was' : 'were'} not cancelled`;
  if (bundles === 0) return orderPart;
  return `${orderPart} and ${bundles} ${bundles === 1 ? 'bundle' : 'bundles'} it created ${bundles === 1 ? 'was' : 'were'} not deleted`;
}

/**
 * The one line for a target that stopped answering during `property`: which request got no answer,
 * and, when the target had answered this run's earlier requests, that it is this request it cannot handle.
 */
function stopReason(error: TargetUnreachableError, property: string, answeredBefore: number): string {
  const stopped = error instanceof ResponseTooLargeError ? 'The run stopped' : 'The target stopped answering';
  const request = error.request === undefined ? '' : `${error.request} got no usable answer: `;
  const answered =
    answeredBefore > 0 && !(error instanceof ResponseTooLargeError)
      ? ` It had answered the run's ${answeredBefore} earlier ${answeredBefore === 1 ? 'request' : 'requests'}: it is this request it does not handle.`
      : '';
  return `${stopped} during ${property}: ${request}${error.diagnosis}${answered}`;
}

/** `Interrupted (SIGINT)`, or `Interrupted` for an abort without a string reason. */
function interruptedLabel(reason: unknown): string {
  return `Interrupted${typeof reason === 'string' ? ` (${reason})` : ''}`;
}

/** A target ready for the properties. */
interface OpenTarget {
  info: TargetInfo;
  client: TargetClient;
  control: EmulatorControl | undefined;
  activeFaults?: string[];
  /** What preparing it put right, for the report (settings an unfinished earlier run left). */
  notes: string[];
  close(): Promise<void>;
}

/** Starts or connects to the target, checks the key, and prepares an emulator for the suite. */
async function openTarget(options: ContractSuiteOptions, fixtures: FixtureStore): Promise<OpenTarget> {
  const names = options.configNames ?? DEFAULT_CONFIG_NAMES;
  if (options.apiKey !== undefined) refuseUnusableKey(options.apiKey);
  if (options.baseUrl === undefined) {
    const emulator = await startEmulator({
      port: 0,
      rateLimitPerMinute: SUITE_EMULATOR_RATE_LIMIT,
      ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
    });
    try {
      const control = new EmulatorControl(new URL(emulator.url).origin, names);
      const client = new TargetClient({
        baseUrl: emulator.baseUrl,
        apiKey: emulator.apiKey,
        configNames: names,
        ...rateLimitWaits(options),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
      await preflight(client, { emulator: true, names });
      return {
        ...(await prepareEmulator('embedded-emulator', client, control, fixtures)),
        close: () => emulator.close(),
      };
    } catch (error) {
      await emulator.close();
      throw error;
    }
  }

  const baseUrl = checkBaseUrl(options.baseUrl, names);
  // One budget for the target's first answer: the emulator probe, the reachability probe and
  // GET /me share it, so a silent target costs one timeout in all — the one its diagnosis names.
  const budget = requestTimeout(REQUEST_TIMEOUT_MS);
  try {
    return await openRemoteTarget(options, fixtures, baseUrl, budget.signal);
  } finally {
    budget.clear();
  }
}

/** {@link openTarget} for a target at `baseUrl`, whose first answer must come before `firstAnswer` aborts. */
async function openRemoteTarget(
  options: ContractSuiteOptions,
  fixtures: FixtureStore,
  baseUrl: string,
  firstAnswer: AbortSignal,
): Promise<OpenTarget> {
  const names = options.configNames ?? DEFAULT_CONFIG_NAMES;
  const control = await EmulatorControl.detect(baseUrl, firstAnswer, names);
  let apiKey = options.apiKey;
  if (apiKey === undefined || apiKey === '') {
    if (control === undefined) {
      // No key means no request has gone out yet: a target that is not there is the error to report.
      try {
        await probeReachable(baseUrl, firstAnswer, names);
      } catch (error) {
        if (error instanceof TargetUnreachableError) throw new ContractConfigError(error.diagnosis);
        throw error;
      }
      throw new ContractConfigError(
        `No API key for ${baseUrl}: ${names.giveApiKey} (a full-preset sandbox key).`,
      );
    }
    apiKey = (await control.createKey('full')).key;
  }
  // A frozen emulated clock moves only on advances, and one at its limit not at all: no 429 wait
  // would ever end, so none is made.
  const standstill = control === undefined ? undefined : await control.clockStandstill(firstAnswer);
  const client = new TargetClient({
    baseUrl,
    apiKey,
    requestsPerMinute: control === undefined ? SANDBOX_REQUESTS_PER_MINUTE : Number.POSITIVE_INFINITY,
    configNames: names,
    ...rateLimitWaits(options),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(standstill === undefined ? {} : { waitOutRateLimits: false }),
  });
  await preflight(client, { emulator: control !== undefined, standstill, deadline: firstAnswer, names });
  if (control === undefined) {
    return {
      info: {
        kind: 'sandbox',
        baseUrl,
        requestIdPattern: SANDBOX_REQUEST_ID,
        requestIdRule: 'req_ followed by at least 20 letters or digits',
      },
      client,
      control,
      notes: [],
      close: async () => {},
    };
  }
  return { ...(await prepareEmulator('emulator', client, control, fixtures)), close: async () => {} };
}

/** The client option that passes each 429 wait on to {@link ContractSuiteOptions.onProgress}. */
function rateLimitWaits(options: ContractSuiteOptions): { onRateLimitWait?: (wait: RateLimitWait) => void } {
  const onProgress = options.onProgress;
  return onProgress === undefined
    ? {}
    : { onRateLimitWait: (wait) => onProgress({ kind: 'rate-limit-wait', ...wait }) };
}

/**
 * Saves an emulator's settings, raises its rate cap for the suite and notes its active faults.
 * The settings are saved inside the emulator, since the webhook secret cannot be read back, and
 * restored exactly at teardown: whatever the properties change (cap, webhook URL and secret).
 * Settings an earlier run saved and never restored (it was killed) are put back first: the
 * emulator still has that run's set-up, which must not pass for the user's own.
 */
async function prepareEmulator(
  kind: TargetKind,
  client: TargetClient,
  control: EmulatorControl,
  fixtures: FixtureStore,
): Promise<Omit<OpenTarget, 'close'>> {
  const leftovers = (await control.configSnapshots()).filter((s) => s.label === SUITE_SNAPSHOT_LABEL);
  // Newest first, so the oldest — what the emulator had before any of those runs — ends in place.
  for (const leftover of leftovers.reverse()) await control.restoreConfig(leftover.id);
  const saved = await control.saveConfig(SUITE_SNAPSHOT_LABEL);
  fixtures.onTeardown(() => control.restoreConfig(saved.id));
  await control.setConfig({ rate_limit_per_minute: SUITE_EMULATOR_RATE_LIMIT });
  const { active } = await control.faults();
  return {
    info: {
      kind,
      baseUrl: client.baseUrl,
      requestIdPattern: EMULATOR_REQUEST_ID,
      requestIdRule: 'req_ followed by a strict ULID (26 Crockford base32 characters)',
    },
    client,
    control,
    activeFaults: active,
    notes:
      leftovers.length === 0
        ? []
        : [
            'put back the emulator settings that an earlier contract run saved and never restored (it did not finish)',
          ],
  };
}

/**
 * Refuses a live key however it was pasted, and one a header cannot carry (a line break, a space,
 * quotes): the HTTP library's own error would quote the header, key and all, and blame baseUrl.
 */
function refuseUnusableKey(key: string): void {
  try {
    assertNotLiveKey(key);
  } catch (error) {
    if (error instanceof LiveKeyRefusedError) throw new ContractConfigError(error.message);
    throw error;
  }
  const problem = apiKeyProblem(key, 'apiKey');
  if (problem !== undefined) throw new ContractConfigError(problem);
}

/**
 * Validates a base URL: http(s), and https unless the host is this machine (keys never cross a
 * network in clear). Its errors call it what `names` says the caller calls it.
 */
function checkBaseUrl(text: string, names: ContractConfigNames): string {
  const setting = atSentenceStart(names.baseUrl);
  if (!URL.canParse(text)) {
    throw new ContractConfigError(
      `${setting} '${text}' is not a URL; expected e.g. https://api.peeker.ai/partner/v1.`,
    );
  }
  const url = new URL(text);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ContractConfigError(`${setting} must be http:// or https://, got ${url.protocol}//.`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ContractConfigError(
      `${setting} ${url.origin} is plain http on another machine: the key would cross the network in clear. Use https://.`,
    );
  }
  // fetch would refuse it with an error blaming the server.
  const credentials = baseUrlCredentialsRefusal(text, setting);
  if (credentials !== undefined) throw new ContractConfigError(credentials);
  if (url.search !== '' || url.hash !== '') {
    throw new ContractConfigError(
      `${setting} should be the API base without a query, e.g. ${url.origin}${url.pathname}.`,
    );
  }
  return url.toString().replace(/\/+$/, '');
}

/**
 * `GET /me`: the cheapest call, and the one that tells a wrong base URL, a wrong key or a key for
 * the wrong environment from a target that works. Nothing else is sent to a target until it has
 * confirmed a full-preset test key, so a 5xx stops the run too — except from an emulator, whose
 * control API answered (it is local, its keys are test keys, and a 5xx is what its
 * `internal_error` fault is there to show): that one is left for the properties to report.
 * `deadline`, when given, is the budget the earlier probes of the target already used part of;
 * `standstill` says the target is an emulator whose clock real waiting does not move (frozen, or
 * at its limit: a 429 then says how to free the key, not to wait); `names` says what to call the base URL and the key in an error.
 */
async function preflight(
  client: TargetClient,
  {
    emulator,
    standstill,
    deadline,
    names,
  }: {
    emulator: boolean;
    standstill?: ClockStandstill | undefined;
    deadline?: AbortSignal;
    names: ContractConfigNames;
  },
): Promise<void> {
  let exchange: Awaited<ReturnType<TargetClient['get']>>;
  try {
    exchange = await client.request({
      method: 'GET',
      path: '/me',
      ...(deadline === undefined ? {} : { deadline }),
    });
  } catch (error) {
    if (error instanceof TargetUnreachableError) throw new ContractConfigError(error.diagnosis);
    throw error;
  }
  const where = `GET ${client.baseUrl}/me`;
  const contentType = exchange.responseHeaders['content-type'] ?? 'no content type';
  if (exchange.status >= 300 && exchange.status < 400) {
    // The client never follows redirects (the key would go where the target points); say where to.
    const location = exchange.responseHeaders.location;
    const target = redirectTarget(location, exchange.url);
    throw new ContractConfigError(
      target === undefined
        ? `${where} answered ${exchange.status}, a redirect without a Location: the kit does not follow redirects. ` +
            `Set ${names.baseUrl} to the API base itself, ending in /partner/v1.`
        : `${where} answered ${exchange.status} redirecting to ${shorten(client.redact(target), MAX_REDIRECT_QUOTE)}: the kit does not follow redirects. ` +
            `Set ${names.baseUrl} to the API base it points at, ending in /partner/v1.`,
    );
  }
  if (exchange.status >= 500) {
    if (emulator) return;
    throw new ContractConfigError(
      `${where} answered ${exchange.status} (${contentType}: ${client.redact(bodyGist(exchange.json, exchange.responseBody))}). ` +
        'Nothing else was sent: the suite needs GET /me to confirm a full-preset pk_test_ key first. ' +
        'Check that the target is up and is the Peeker API, or try again later.',
    );
  }
  if (exchange.status === 429 && standstill !== undefined) {
    // Its retry_after_seconds counts emulated seconds: waiting, now or later, frees nothing.
    const answered = `${where} answered 429 (${client.redact(bodyGist(exchange.json, exchange.responseBody))}). `;
    throw new ContractConfigError(
      standstill === 'frozen'
        ? `${answered}Nothing else was sent: the key's rate limit is spent, and the emulator's clock is frozen, so waiting never frees it. ` +
            'Advance the clock (POST /_emulator/clock/advance) or raise rate_limit_per_minute (PUT /_emulator/config), then run again.'
        : `${answered}Nothing else was sent: the key's rate limit is spent, and the emulator's clock stands at 9999-01-01T00:00:00Z, the latest time it supports, so neither waiting nor an advance frees it. ` +
            'Raise rate_limit_per_minute (PUT /_emulator/config), or restart the emulator without its state file (the clock starts again at the real time), then run again.',
    );
  }
  if (exchange.status === 429) {
    // What a 429 asked for, and what the client did about it: it retries waits up to a cap, within the budget.
    const asked = retryAfterSeconds(exchange);
    const retries = client.counters.requests - 1;
    const wait =
      asked === undefined
        ? ' without details.retry_after_seconds'
        : asked > MAX_RETRY_AFTER_SECONDS
          ? `, asking to wait ${formatWait(asked)} (more than the ${MAX_RETRY_AFTER_SECONDS} s the kit waits)`
          : `, asking to wait ${formatWait(asked)}`;
    throw new ContractConfigError(
      `${where} answered 429 (${client.redact(bodyGist(exchange.json, exchange.responseBody))})${wait}` +
        `${retries > 0 ? `; still rate-limited after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : ''}. ` +
        "Nothing else was sent: the key's rate limit is spent. Wait until it resets, then run again.",
    );
  }
  const jsonProblem = declaredJsonProblem(exchange);
  if (jsonProblem !== undefined) {
    throw new ContractConfigError(
      jsonProblem === 'cut short'
        ? `${where} answered ${exchange.status} with ${contentType}, but the JSON is cut short (it stops mid-value): ` +
            'the answer was truncated on its way. Check the server and any proxy in front of it, then try again.'
        : `${where} answered ${exchange.status} with ${contentType}, but the body is not valid JSON (${jsonProblem}): ` +
            `is ${names.baseUrl} the Peeker API base ending in /partner/v1 (e.g. https://api.peeker.ai/partner/v1)?`,
    );
  }
  if (exchange.json === undefined) {
    throw new ContractConfigError(
      `${where} answered ${exchange.status} with ${contentType}, not JSON: ` +
        `is ${names.baseUrl} the API base ending in /partner/v1 (e.g. https://api.peeker.ai/partner/v1)?`,
    );
  }
  if (exchange.status === 404) {
    // Already ending in /partner/v1: repeating that advice would not help.
    const root = client.baseUrl.replace(/\/partner\/v1$/, '');
    throw new ContractConfigError(
      root === client.baseUrl
        ? `${where} answered 404: ${names.baseUrl} should be the API base ending in /partner/v1.`
        : `${where} answered 404: this server has no /partner/v1/me. Either it is not the Peeker API, or it is a mock ` +
            `serving the spec's paths at its root (as Prism does): then use ${root} as ${names.baseUrl}.`,
    );
  }
  if (exchange.status === 401) {
    throw new ContractConfigError(
      `The API key was refused (401 unauthorized): check ${names.apiKey}; it may be mistyped or revoked.`,
    );
  }
  if (exchange.status !== 200) {
    throw new ContractConfigError(
      `${where} answered ${exchange.status}; expected 200 with the key's details.`,
    );
  }
  const apiKey = asRecord(asRecord(asRecord(exchange.json)?.data)?.api_key);
  const environment = apiKey?.environment;
  if (typeof environment !== 'string' || typeof apiKey?.permission_preset !== 'string') {
    throw new ContractConfigError(
      `${where} answered 200 without the key's details the Peeker API gives there (data.api_key.environment ` +
        `and data.api_key.permission_preset): is ${names.baseUrl} the Peeker API base ending in /partner/v1 ` +
        '(e.g. https://api.peeker.ai/partner/v1)?',
    );
  }
  if (environment !== 'test') {
    throw new ContractConfigError(
      `GET /me says this key belongs to the '${environment}' environment; contract tests run against the ` +
        'sandbox only: use a pk_test_ key.',
    );
  }
  if (apiKey.permission_preset !== 'full') {
    throw new ContractConfigError(
      `GET /me says this key has the '${apiKey.permission_preset}' preset; contract tests place orders: ` +
        'use a full-preset pk_test_ key.',
    );
  }
}

/**
 * Why a body labelled JSON does not parse: `'cut short'` when it stops mid-value, else the
 * parser's words; undefined when it parses, is empty, is labelled otherwise, or was too long to
 * keep whole in the exchange (the label alone then does not tell).
 */
function declaredJsonProblem(exchange: Exchange): string | undefined {
  const text = exchange.responseBody;
  if (exchange.json !== undefined || text.trim() === '' || text.endsWith(CUT_MARK)) return undefined;
  if (!/json/i.test(exchange.responseHeaders['content-type'] ?? '')) return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return /end of (JSON )?input|Unterminated/i.test(message) ? 'cut short' : message;
  }
}

/** A wait in the unit that reads best: `30 s`, `5 min`, `1 h`, `365 days`. */
function formatWait(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * 86400) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86400)} days`;
}

/** What an error answer says, in a few words: `internal_error: Unexpected…`, or the start of its text. */
function bodyGist(json: unknown, text: string): string {
  const error = asRecord(asRecord(json)?.error);
  const gist =
    typeof error?.code === 'string'
      ? `${error.code}${typeof error.message === 'string' ? `: ${error.message}` : ''}`
      : text.replace(/\s+/g, ' ').trim();
  if (gist === '') return 'an empty body';
  return `"${gist.length > 120 ? `${gist.slice(0, 120)}…` : gist}"`;
}

/** What {@link cleanUpSandbox} did, and what it could not do. */
interface SandboxCleanUp {
  /** Lines for the report's clean-up section. */
  notes: string[];
  /** Set when the target stopped answering during the clean-up: what was left in place, in one sentence. */
  leftBehind?: string;
}

/**
 * Cancels the orders and deletes the bundles a sandbox run created. A target that stops answering
 * ends it at once (each further request would wait the whole timeout too): `leftBehind` then says
 * what is left.
 */
async function cleanUpSandbox(client: TargetClient): Promise<SandboxCleanUp> {
  const { createdOrders, createdBundles, createdImportJobs } = client.counters;
  const notes: string[] = [];
  let cancelled = 0;
  let deleted = 0;
  try {
    for (const id of createdOrders) {
      const exchange = await client.post(`/orders/${encodeURIComponent(id)}/cancel`);
      if (exchange.status >= 200 && exchange.status < 300) cancelled++;
    }
    for (const id of createdBundles) {
      const exchange = await client.request({ method: 'DELETE', path: `/bundles/${encodeURIComponent(id)}` });
      if (exchange.status >= 200 && exchange.status < 300) deleted++;
    }
  } catch (error) {
    if (!(error instanceof TargetUnreachableError)) throw error;
    const where = client.redact(client.baseUrl);
    const left = leftInPlace(createdOrders.size - cancelled, createdBundles.size - deleted, where);
    const request = error.request === undefined ? '' : ` (${error.request})`;
    notes.push(
      `stopped: the target did not answer${request}; cancelled ${cancelled} of ${createdOrders.size} orders, deleted ${deleted} of ${createdBundles.size} bundles`,
    );
    return {
      notes,
      leftBehind: `Clean-up could not finish: ${client.redact(error.diagnosis)} ${left}.`,
    };
  }
  notes.push(`cancelled ${cancelled} of ${createdOrders.size} orders created by the run`);
  if (createdBundles.size > 0) {
    notes.push(`deleted ${deleted} of ${createdBundles.size} bundles created by the run`);
  }
  if (createdImportJobs.size > 0) {
    notes.push(
      `${createdImportJobs.size} import ${createdImportJobs.size === 1 ? 'job' : 'jobs'} created by the run cannot be cancelled through the API and ${createdImportJobs.size === 1 ? 'was' : 'were'} left in place`,
    );
  }
  return { notes };
}
