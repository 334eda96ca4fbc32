/**
 * `peeker-devkit doctor` — the go-live checklist (the same steps as the VS Code walkthrough, from
 * `extension/client/core/go-live-checklist.ts`) checked against a sandbox from a terminal or CI.
 *
 * Every step is judged from evidence the command gathers itself: the key's prefix, `GET /me`,
 * `GET /orders` (any order; a completed one), and — when asked — the webhook-handler checker and
 * the contract kit. A step it cannot check is shown as "not checked" with how to check it.
 */
import type { ContractProgress, runContractSuite } from '../../contract-tests';
import { readMe } from '../../extension/client/core/account';
import { keyEnvironment, maskKey } from '../../extension/client/core/api-key';
import {
  type Evidence,
  type EvidenceKind,
  type EvidenceSource,
  evaluateChecklist,
  evidenceFromContractRun,
  evidenceFromResponse,
  evidenceSourceOf,
  type FoundEvidence,
  recordEvidence,
  type StepStatus,
} from '../../extension/client/core/go-live-checklist';
import { type NetworkAdvice, type SendOutcome, sendRequest } from '../../extension/client/core/http';
import { normalizeBaseUrl } from '../../extension/client/core/request-file';
import { shorten } from '../../lint/text-utils';
import { MAX_REDIRECT_QUOTE, maskUrlCredentials, redirectTarget } from '../../lint/urls';
import { findOperation } from '../../schemas';
import { checkWebhookHandler, isHttpUrl, type WebhookCheckProgress } from '../../webhooks/checker';
import { urlCredentialsRefusal } from '../../webhooks/endpoint';
import {
  apiKeyOption,
  CLI_CONTRACT_NAMES,
  type Command,
  integerOption,
  MAX_TIMER_MS,
  parseOptions,
  UsageError,
} from '../command';
import { printError, redactorFor, redactSecrets, styles, useColor } from '../output';
import { contractProgressReporter, stderrProgress, webhookProgressReporter } from '../progress';
import { interruptOnStopSignals, signalExitCode } from '../signals';

const DEFAULT_BASE_URL = 'https://api.peeker.ai/partner/v1';
// The prefix of this command's own error lines, as its usage errors read.
const PREFIX = 'peeker-devkit: doctor';
/** What a failed request tells a terminal user to do: flags and commands, not VS Code settings. */
const CLI_ADVICE: NetworkAdvice = {
  baseUrl: '--base-url (or $PEEKER_BASE_URL)',
  startEmulator: "Start the emulator ('peeker-devkit emulator')",
};

const HELP = `peeker-devkit doctor — the go-live checklist, checked against your sandbox

Usage:
  peeker-devkit doctor [--base-url URL] [--api-key KEY] [--webhook-url URL --webhook-secret S]
                       [--contract] [--format human|json] [--timeout-ms N]

Checks the steps of the Peeker best practices' "Test in sandbox first" (the checklist of the
VS Code walkthrough), each from evidence:
  1. Set a test key                     the key starts with pk_test_
  2. GET /me works                      GET /me answers 200 for the sandbox
  3. Lint and send a first order        GET /orders lists at least one order
  4. Watch it reach completed           GET /orders?status=completed lists one
  5. Receive and verify a signed webhook  with --webhook-url: your handler passes 'webhooks check'
                                        (kit-signed deliveries: they never stand for Peeker's)
  6. Exercise the error branches        with --contract: every contract property holds
  7. Ready for live                     every step above is done, steps 4 and 5 against the real
                                        sandbox (a base URL on this machine is a local emulator:
                                        it ticks steps 1-6 only); step 5 needs a delivery from
                                        the sandbox itself, which only the VS Code listener sees
Only read requests are sent to the API (plus the contract kit's own traffic with --contract).

  --base-url URL        API base (default $PEEKER_BASE_URL or ${DEFAULT_BASE_URL});
                        https://, or http:// on this machine only
  --api-key KEY         a pk_test_ key (default $PEEKER_API_KEY; prefer the variable)
  --webhook-url URL     your webhook handler, checked with signed deliveries
  --webhook-secret S    its secret (default $PEEKER_WEBHOOK_SECRET)
  --contract            run the contract kit against the target (takes a while; a running
                        emulator's settings are put back, also on Ctrl+C)
  --format F            human (default) or json
  --timeout-ms N        per-request timeout (default 15000)

Exit codes: 0 ready for live, 1 some step is not done or not checked, 2 usage or configuration error,
130/143/129 interrupted by Ctrl+C/SIGTERM/SIGHUP.
Keys and secrets are never printed. Progress goes to stderr when it is a terminal.`;

/** How one step came out: done, not done, or not checked by this run. */
export type DoctorStepState = 'done' | 'missing' | 'unchecked';

/** One row of the doctor's report. */
export interface DoctorRow {
  id: string;
  title: string;
  state: DoctorStepState;
  /** The evidence, or what was found instead, or how to check it. */
  note: string;
}

/** What the doctor checks against. */
export interface DoctorTarget {
  baseUrl: string;
  apiKey: string;
  webhookUrl?: string;
  webhookSecret?: string;
  contract: boolean;
  timeoutMs: number;
  /**
   * Stops the doctor: a request or delivery in flight ends, the contract run puts a running
   * emulator's settings back, and {@link runDoctor} rejects with a {@link DoctorInterruptedError}.
   */
  signal?: AbortSignal;
  /** Hears the webhook check's deliveries as they end (it may take minutes). */
  onWebhookProgress?: (event: WebhookCheckProgress) => void;
  /** Hears the contract run's properties as they end (it takes a while). */
  onContractProgress?: (event: ContractProgress) => void;
}

/** The doctor was stopped through {@link DoctorTarget.signal}; the message says what was put back. */
export class DoctorInterruptedError extends Error {
  override readonly name = 'DoctorInterruptedError';
}

/** Injected so tests can run without a webhook handler, a full contract run or the real sandbox. */
export interface DoctorDependencies {
  checkWebhook: typeof checkWebhookHandler;
  runContract: typeof runContractSuite;
  now: () => Date;
  /** Where evidence gathered against a base URL comes from (a base URL on this machine is an emulator). */
  sourceOf?: (baseUrl: string) => EvidenceSource;
}

/** Gathers evidence for every step it can check, then evaluates the shared checklist. */
export async function runDoctor(
  target: DoctorTarget,
  deps: DoctorDependencies = {
    checkWebhook: checkWebhookHandler,
    // Loaded only with --contract: the kit brings the emulator and fast-check.
    runContract: async (options) => (await import('../../contract-tests')).runContractSuite(options),
    now: () => new Date(),
  },
): Promise<DoctorRow[]> {
  let evidence: Evidence = {};
  const notes: Partial<Record<EvidenceKind, string>> = {};
  const unchecked = new Set<EvidenceKind>();
  // Evidence against a local emulator ticks the practice steps, never "Ready for live".
  const source = (deps.sourceOf ?? evidenceSourceOf)(target.baseUrl);
  const add = (found: FoundEvidence[]) => {
    evidence = recordEvidence(evidence, found, deps.now(), source);
  };
  const { signal } = target;
  // Between steps: a stop ends the doctor rather than turn into one more "not done" row.
  const stopIfInterrupted = () => {
    if (signal?.aborted) {
      throw new DoctorInterruptedError(
        `Interrupted (${String(signal.reason)}) before the checklist was done.`,
      );
    }
  };

  if (keyEnvironment(target.apiKey) === 'test')
    add([{ kind: 'testKey', detail: `${maskKey(target.apiKey)} key` }]);
  else notes.testKey = 'the key is not a pk_test_ key';

  const get = async (path: string, operationKey: string) => {
    const operation = findOperation(operationKey)!;
    const outcome = await sendRequest(
      { operation, method: 'GET', url: `${target.baseUrl}${path}` },
      {
        apiKey: target.apiKey,
        timeoutMs: target.timeoutMs,
        userAgent: 'peeker-devkit-doctor/0.1.0',
        advice: CLI_ADVICE,
        ...(signal === undefined ? {} : { signal }),
      },
    );
    stopIfInterrupted();
    return outcome;
  };

  const me = await get('/me', 'GET /me');
  const account = me.kind === 'response' && me.response.status === 200 ? readMe(me.response.json) : undefined;
  if (me.kind === 'response' && account?.ok) {
    add(
      evidenceFromResponse(
        'GET /me',
        200,
        me.response.json,
        account.value.environment,
        me.response.requestId,
      ),
    );
    if (account.value.environment !== 'test')
      notes.meOk = `GET /me says environment '${account.value.environment}', not test`;
  } else {
    notes.meOk = describeFailure(
      'GET /me',
      `${target.baseUrl}/me`,
      me,
      account?.ok === false ? account.message : undefined,
    );
  }

  if (evidence.meOk) {
    const orders = await get('/orders?per_page=1', 'GET /orders');
    const rows =
      orders.kind === 'response' && orders.response.status === 200
        ? listRows(orders.response.json)
        : undefined;
    const first = rows?.[0] as { id?: unknown } | undefined;
    if (typeof first?.id === 'string') add([{ kind: 'orderCreated', detail: `${first.id} (GET /orders)` }]);
    else
      notes.orderCreated = rows
        ? 'GET /orders lists no order yet: send a first POST /orders'
        : describeFailure('GET /orders', `${target.baseUrl}/orders?per_page=1`, orders);

    const completed = await get('/orders?status=completed&per_page=1', 'GET /orders');
    if (completed.kind === 'response') {
      add(
        evidenceFromResponse(
          'GET /orders',
          completed.response.status,
          completed.response.json,
          'test',
          completed.response.requestId,
        ),
      );
    }
    notes.orderCompleted ??= 'no completed order yet: watch your first order reach completed';
  } else {
    notes.orderCreated = 'needs GET /me to work first';
    notes.orderCompleted = 'needs GET /me to work first';
  }

  if (target.webhookUrl !== undefined && target.webhookSecret !== undefined) {
    let report: Awaited<ReturnType<typeof checkWebhookHandler>>;
    try {
      report = await deps.checkWebhook({
        url: target.webhookUrl,
        secret: target.webhookSecret,
        timeoutMs: 10_000,
        ...(signal === undefined ? {} : { signal }),
        ...(target.onWebhookProgress === undefined ? {} : { onProgress: target.onWebhookProgress }),
      });
    } catch (error) {
      stopIfInterrupted();
      throw error;
    }
    if (report.passed) {
      // The kit signed these deliveries itself: they show the handler works, never that a sandbox
      // delivery reached it, so they tick step 5 but not "Ready for live".
      const found: FoundEvidence[] = [
        { kind: 'webhookVerified', detail: `${report.url} passed ${report.checks.length} hygiene checks` },
      ];
      evidence = recordEvidence(evidence, found, deps.now(), 'kit');
    } else {
      // Checks the refused valid delivery left unshown are not failures of the handler's own.
      const failed = report.checks.filter((c) => !c.passed && !c.notShown).map((c) => c.name);
      notes.webhookVerified =
        report.diagnosis ?? `the handler failed: ${failed.join(', ')} (run 'peeker-devkit webhooks check')`;
    }
  } else {
    unchecked.add('webhookVerified');
    notes.webhookVerified =
      'not checked: pass --webhook-url and --webhook-secret (or use the VS Code listener)';
  }

  if (target.contract && evidence.meOk) {
    try {
      const report = await deps.runContract({
        baseUrl: target.baseUrl,
        apiKey: target.apiKey,
        configNames: CLI_CONTRACT_NAMES,
        ...(signal === undefined ? {} : { signal }),
        ...(target.onContractProgress === undefined ? {} : { onProgress: target.onContractProgress }),
      });
      const passed = report.results.filter((r) => r.status === 'passed').length;
      const failed = report.results.filter((r) => r.status === 'failed' || r.status === 'error');
      add(evidenceFromContractRun(passed, failed.length, target.baseUrl));
      if (failed.length > 0)
        notes.contractPassed = `failed: ${failed.map((r) => r.name).join(', ')} (run 'peeker-devkit contract')`;
    } catch (error) {
      // The suite's own message says what it put back ("restored the settings of the emulator at …").
      if (signal?.aborted)
        throw new DoctorInterruptedError(error instanceof Error ? error.message : String(error));
      notes.contractPassed = redactSecrets(error instanceof Error ? error.message : String(error));
    }
  } else if (!target.contract) {
    unchecked.add('contractPassed');
    notes.contractPassed = "not checked: pass --contract (or run 'peeker-devkit contract')";
  } else {
    notes.contractPassed = 'needs GET /me to work first';
  }

  // What a server wrote (a redirect's Location, an error) may quote the key whatever its shape:
  // redactSecrets knows keys by their prefix only, so the key given is hidden as such too. So is
  // the webhook secret, which the webhook URL (and so the step-5 note) may carry, as in
  // `webhooks check`: a secret without the whsec_ prefix came out in clear.
  const hideKey = redactorFor(target.apiKey, '[redacted]');
  const hideWebhookSecret = redactorFor(target.webhookSecret, '[secret]');
  return evaluateChecklist(evidence).map((status) => {
    const row = toRow(status, notes, unchecked);
    return { ...row, note: hideKey(hideWebhookSecret(row.note)) };
  });
}

function toRow(
  status: StepStatus,
  notes: Partial<Record<EvidenceKind, string>>,
  unchecked: Set<EvidenceKind>,
): DoctorRow {
  const kind = status.step.evidence;
  if (status.done) {
    return {
      id: status.step.id,
      title: status.step.title,
      state: 'done',
      note: status.evidence?.detail ?? 'every step is done',
    };
  }
  if (kind === undefined) {
    return {
      id: status.step.id,
      title: status.step.title,
      state: 'missing',
      note: status.missing ?? 'not until every step above is done',
    };
  }
  return {
    id: status.step.id,
    title: status.step.title,
    state: unchecked.has(kind) ? 'unchecked' : 'missing',
    note: notes[kind] ?? status.step.inTerminal,
  };
}

function listRows(json: unknown): unknown[] | undefined {
  const data = (json as { data?: unknown } | undefined)?.data;
  return Array.isArray(data) ? data : undefined;
}

/**
 * Why a step's request to `url` did not show what it needed: the network failure, where a redirect
 * points (sendRequest follows none), or the status, error code and request id — then `problem`, what
 * was wrong with an answer whose status was right (a `GET /me` 200 of another shape).
 */
function describeFailure(what: string, url: string, outcome: SendOutcome, problem?: string): string {
  if (outcome.kind === 'network') return outcome.message;
  const { status, headers } = outcome.response;
  if (status >= 300 && status < 400) {
    const location = redirectTarget(headers.location, url);
    return location === undefined
      ? `${what} answered ${status}, a redirect without a Location: the doctor does not follow redirects; set ${CLI_ADVICE.baseUrl} to the API base itself`
      : `${what} answered ${status} redirecting to ${shorten(location, MAX_REDIRECT_QUOTE)}: the doctor does not follow redirects; set ${CLI_ADVICE.baseUrl} to the API base it points at`;
  }
  const code = (outcome.response.json as { error?: { code?: unknown } } | undefined)?.error?.code;
  const id = outcome.response.requestId ? `, ${outcome.response.requestId}` : '';
  const answered = `${what} answered ${status}${typeof code === 'string' ? ` ${code}` : ''}${id}`;
  return problem === undefined ? answered : `${answered}; ${problem}`;
}

/** The human report: one line per step, then a verdict. */
export function formatDoctorReport(
  rows: readonly DoctorRow[],
  target: { baseUrl: string; apiKey: string },
  color: boolean,
): string {
  const s = styles(color);
  const width = Math.max(...rows.map((row) => row.title.length));
  const mark = { done: s.green('✓'), missing: s.red('✗'), unchecked: s.yellow('?') };
  const lines = [`Peeker go-live checklist — ${target.baseUrl} (${maskKey(target.apiKey)})`, ''];
  rows.forEach((row, index) => {
    lines.push(
      `  ${mark[row.state]} ${index + 1}. ${row.title.padEnd(width)}  ${row.state === 'done' ? row.note : s.dim(row.note)}`,
    );
  });
  const done = rows.filter((row) => row.state === 'done').length;
  const ready = done === rows.length;
  lines.push(
    '',
    ready
      ? s.green(`${done} of ${rows.length} steps done. Ready for live.`)
      : `${done} of ${rows.length} steps done. Not ready for live yet.`,
  );
  return redactSecrets(lines.join('\n'));
}

/** Progress on stderr, when it is a terminal, for the steps that take a while. */
function progressReporters(
  target: DoctorTarget,
): Pick<DoctorTarget, 'onWebhookProgress' | 'onContractProgress'> {
  const webhook =
    target.webhookUrl === undefined
      ? undefined
      : stderrProgress((color) => webhookProgressReporter(color, redactorFor(target.webhookSecret, '…')));
  const contract = target.contract ? stderrProgress(contractProgressReporter) : undefined;
  return {
    ...(webhook === undefined ? {} : { onWebhookProgress: webhook }),
    ...(contract === undefined ? {} : { onContractProgress: contract }),
  };
}

/** The `doctor` subcommand. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'Check the go-live checklist against your sandbox (the VS Code walkthrough, for CI)',
  help: HELP,
  async run(args) {
    const { values } = parseOptions('doctor', args, {
      'base-url': { type: 'string' },
      'api-key': { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      contract: { type: 'boolean' },
      format: { type: 'string' },
      'timeout-ms': { type: 'string' },
    });
    const format = values.format ?? 'human';
    if (format !== 'human' && format !== 'json')
      throw new UsageError(`doctor: --format expects human or json, got '${format}'.`);
    const base = normalizeBaseUrl(values['base-url'] ?? process.env.PEEKER_BASE_URL ?? DEFAULT_BASE_URL);
    // Also refuses plain http to another machine: the key would cross the network in clear.
    if (!base.ok) throw new UsageError(`doctor: ${base.message}`);
    const apiKey = apiKeyOption(
      values['api-key'],
      'That is a pk_live_ key: the go-live checklist is proven in the sandbox. Use your pk_test_ key.',
      'doctor',
    );
    if (!apiKey)
      throw new UsageError(
        'doctor: No API key: set PEEKER_API_KEY to your pk_test_ key (or pass --api-key).',
      );
    const webhookUrl = values['webhook-url'];
    const webhookSecret = values['webhook-secret'] ?? process.env.PEEKER_WEBHOOK_SECRET;
    if (webhookUrl !== undefined && !isHttpUrl(webhookUrl))
      throw new UsageError(
        `doctor: --webhook-url '${maskUrlCredentials(webhookUrl)}' is not an http(s) URL.`,
      );
    const credentials =
      webhookUrl === undefined ? undefined : urlCredentialsRefusal('doctor: --webhook-url', webhookUrl);
    if (credentials !== undefined) throw new UsageError(credentials);
    if (webhookUrl !== undefined && !webhookSecret) {
      throw new UsageError(
        'doctor: --webhook-url needs the secret: --webhook-secret or PEEKER_WEBHOOK_SECRET.',
      );
    }
    const target: DoctorTarget = {
      baseUrl: base.value,
      apiKey,
      contract: values.contract === true,
      timeoutMs: integerOption('timeout-ms', values['timeout-ms'], 15_000, {
        min: 1,
        max: MAX_TIMER_MS,
        command: 'doctor',
      }),
      ...(webhookUrl !== undefined && webhookSecret ? { webhookUrl, webhookSecret } : {}),
    };
    // Ctrl+C, SIGTERM or SIGHUP stops it, but a contract run puts a running emulator back first
    // (its rate limit, its webhook URL): killed half-way, it left the emulator answering 429.
    const interrupt = interruptOnStopSignals();
    let rows: DoctorRow[];
    try {
      rows = await runDoctor({
        ...target,
        signal: interrupt.signal,
        ...progressReporters(target),
      });
    } catch (error) {
      if (!(error instanceof DoctorInterruptedError)) throw error;
      printError(error, PREFIX);
      // Ended by a signal: 128 + its number, once the line is out (nothing abandoned keeps it alive).
      return { exitAtOnce: signalExitCode(interrupt.signal.reason as NodeJS.Signals) };
    } finally {
      interrupt.dispose();
    }
    const text =
      format === 'json'
        ? JSON.stringify(
            { baseUrl: base.value, ready: rows.every((r) => r.state === 'done'), steps: rows },
            null,
            2,
          )
        : formatDoctorReport(rows, target, useColor());
    process.stdout.write(`${redactSecrets(text)}\n`);
    return rows.every((row) => row.state === 'done') ? 0 : 1;
  },
};
