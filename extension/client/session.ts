/**
 * The extension's state for talking to Peeker: which target (the configured base URL with the key
 * from Secret Storage, or the embedded emulator), the account behind the key, the history of sent
 * calls, the go-live evidence and the local webhook listener. Views read it and listen to
 * `onDidChange`; every request goes through {@link PeekerSession.send}.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { findOperation } from '../../schemas';
import { type AccountSummary, isLiveKey, readMe } from './core/account';
import { keyEnvironment, maskKey, redact } from './core/api-key';
import { describeFailedCall } from './core/explain';
import {
  type Evidence,
  type EvidenceSource,
  evidenceFromResponse,
  evidenceFromWebhook,
  evidenceSourceOf,
  type FoundEvidence,
  recordEvidence,
} from './core/go-live-checklist';
import {
  addToHistory,
  type HistoryEntry,
  historyEntryFor,
  nextSequence,
  restoreHistory,
} from './core/history';
import { type SendOutcome, sendRequest } from './core/http';
import { normalizeBaseUrl, type PreparedRequest, type Result } from './core/request-file';
import { renderResponseDocument } from './core/response-document';
import { decideSend, RESTRICTED_MODE_MESSAGE } from './core/send-guard';
import { StoredApiKey } from './core/stored-key';
import { type Target, type TargetFacts, type TargetKind, targetKindOf } from './core/target';
import { startWebhookListener, type WebhookListener } from './core/webhook-listener';
import { type EmbeddedEmulator, startEmbeddedEmulator } from './emulator-runner';

const API_KEY_SECRET = 'peeker.apiKey';
const WEBHOOK_SECRET_SECRET = 'peeker.webhookSecret';
const HISTORY_STATE = 'peeker.history';
const EVIDENCE_STATE = 'peeker.goLive.evidence';
/** The default base URL: the current `/partner/v1` generation. */
export const DEFAULT_BASE_URL = 'https://api.peeker.ai/partner/v1';

export type { Target } from './core/target';

/** One finished call, as listeners see it. */
export interface SentCall {
  entry: HistoryEntry;
  request: PreparedRequest;
  outcome: SendOutcome;
}

/** Shared state and the single way requests are sent. */
export class PeekerSession implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly sent = new vscode.EventEmitter<SentCall>();
  private readonly evidenceChanged = new vscode.EventEmitter<Evidence>();
  /** Fires when the target, the account, the history or the listener changes. */
  readonly onDidChange = this.changed.event;
  /** Fires after every call. */
  readonly onDidSend = this.sent.event;
  /** Fires when new go-live evidence is recorded. */
  readonly onDidChangeEvidence = this.evidenceChanged.event;

  /** The account from the last `GET /me`, if it succeeded. */
  account: AccountSummary | undefined;
  /** Why the last `GET /me` failed, if it did. */
  accountProblem: string | undefined;
  emulator: EmbeddedEmulator | undefined;
  emulatorStarting = false;
  webhooks: WebhookListener | undefined;
  /** The key in Secret Storage: each new value is checked once (`GET /me`), however it was stored. */
  private readonly key: StoredApiKey;
  private history: HistoryEntry[];
  private readonly responses = new Map<number, { text: string; requestId?: string }>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    /** The "Peeker Requests" log: one line per call with the request id (seed §2), never a key. */
    readonly log: vscode.LogOutputChannel,
  ) {
    this.history = restoreHistory(context.workspaceState.get(HISTORY_STATE));
    this.key = new StoredApiKey(context.secrets, API_KEY_SECRET, (key) => this.keyLoaded(key));
    context.subscriptions.push(
      this.key,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('peeker.baseUrl')) void this.refreshAccount();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.refreshAccount()),
    );
  }

  /** Reads the stored key and checks it with `GET /me`. */
  async initialize(): Promise<void> {
    await this.key.load();
  }

  private async keyLoaded(key: string | undefined): Promise<void> {
    if (key && keyEnvironment(key) === 'test') this.addEvidence([{ kind: 'testKey', detail: maskKey(key) }]);
    await this.refreshAccount();
  }

  private get storedKey(): string | undefined {
    return this.key.value;
  }

  /** The stored key (never logged or shown). */
  get apiKey(): string | undefined {
    return this.emulator ? this.emulator.apiKey : this.storedKey;
  }

  /** True when a stored key exists (the emulator's own key does not count). */
  get hasStoredKey(): boolean {
    return this.storedKey !== undefined;
  }

  /** True when requests may go to a live account: the LIVE marker shows. */
  get isLive(): boolean {
    return !this.emulator && isLiveKey(this.storedKey, this.account);
  }

  /** What names the target (the Send lens, the status bar): see {@link targetKindOf}. */
  get targetFacts(): TargetFacts {
    return {
      emulatorOn: this.emulator !== undefined,
      storedKey: this.storedKey,
      account: this.account,
      baseUrl: this.configuredBaseUrl,
    };
  }

  /** Where Send would go now: local emulator, sandbox, LIVE, or no key. */
  get targetKind(): TargetKind {
    return targetKindOf(this.targetFacts);
  }

  /** The `peeker.baseUrl` setting (machine-scoped: a workspace cannot set it). */
  get configuredBaseUrl(): string {
    return vscode.workspace.getConfiguration('peeker').get<string>('baseUrl') || DEFAULT_BASE_URL;
  }

  /** Where requests go, or why none can be sent now. */
  target(): Result<Target> {
    if (!vscode.workspace.isTrusted) return { ok: false, message: RESTRICTED_MODE_MESSAGE };
    if (this.emulator)
      return {
        ok: true,
        value: { baseUrl: this.emulator.baseUrl, apiKey: this.emulator.apiKey, kind: 'emulator' },
      };
    if (!this.storedKey) {
      return {
        ok: false,
        message: 'No API key yet: run "Peeker: Set API Key" or turn on "Use local emulator".',
      };
    }
    const base = normalizeBaseUrl(this.configuredBaseUrl);
    if (!base.ok) return { ok: false, message: `${base.message} (setting peeker.baseUrl)` };
    return { ok: true, value: { baseUrl: base.value, apiKey: this.storedKey, kind: 'configured' } };
  }

  /** Stores a key in Secret Storage (the OS keychain), never in settings. */
  async setApiKey(key: string): Promise<void> {
    await this.key.set(key.trim());
  }

  /** Deletes the stored key. */
  async clearApiKey(): Promise<void> {
    await this.key.clear();
  }

  /** Calls `GET /me` and updates the account. */
  async refreshAccount(): Promise<void> {
    this.account = undefined;
    this.accountProblem = undefined;
    const target = this.target();
    if (!target.ok) {
      this.accountProblem = this.apiKey ? target.message : undefined;
      this.changed.fire();
      return;
    }
    const call = await this.get(`${target.value.baseUrl}/me`, 'GET /me');
    if (call.ok) {
      const me = readMe(call.value);
      if (me.ok) this.account = me.value;
      else this.accountProblem = me.message;
    } else {
      this.accountProblem = call.message;
    }
    this.changed.fire();
  }

  /**
   * Sends a request to the current target: checks trust, asks before a live write, records the
   * call in the history and the log, and collects go-live evidence. Never retries.
   * @param options `quiet`: no notification and no change event (the caller fires its own);
   * `interactive: false`: no notification and never a question — a live write that would need
   * confirming is not sent (test runs); `target`: send there instead of the current target (a test
   * run's own emulator).
   * @returns the call, or `undefined` when it was not sent (the user was told why, or the log says).
   */
  async send(
    request: PreparedRequest,
    source?: vscode.Uri,
    options: { quiet?: boolean; interactive?: boolean; target?: Target } = {},
  ): Promise<SentCall | undefined> {
    const notify = !options.quiet && options.interactive !== false;
    const target: Result<Target> = options.target ? { ok: true, value: options.target } : this.target();
    if (!target.ok) {
      if (notify) this.notifyNoTarget(target.message);
      return undefined;
    }
    const decision = decideSend(request.operation, request.url, {
      trusted: vscode.workspace.isTrusted,
      target: target.value.kind,
      key: this.storedKey,
      ...(this.account ? { account: this.account } : {}),
    });
    if (decision.kind === 'refuse') {
      if (notify) this.notifyNoTarget(decision.message);
      else if (options.interactive === false)
        this.log.info(redact(`${request.method} ${request.url} not sent: ${decision.message}`));
      return undefined;
    }
    if (decision.kind === 'confirm') {
      if (options.interactive === false) {
        this.log.info(
          redact(`${request.method} ${request.url} not sent: a LIVE write is never sent without asking`),
        );
        return undefined;
      }
      const answer = await vscode.window.showWarningMessage(
        decision.message,
        { modal: true, detail: decision.detail },
        decision.confirmLabel,
      );
      if (answer !== decision.confirmLabel) {
        this.log.info(redact(`${request.method} ${request.url} not sent: the LIVE write was not confirmed`));
        return undefined;
      }
    }
    const outcome = await sendRequest(request, {
      apiKey: target.value.apiKey,
      userAgent: 'peeker-devkit-vscode/0.1.0',
    });
    const entry = historyEntryFor(
      nextSequence(this.history),
      new Date(),
      request,
      outcome,
      source?.toString(),
    );
    this.history = addToHistory(this.history, entry);
    void this.context.workspaceState.update(HISTORY_STATE, this.history);
    const text = renderResponseDocument(request, outcome);
    this.responses.set(
      entry.sequence,
      entry.requestId === undefined ? { text } : { text, requestId: entry.requestId },
    );
    this.logCall(request, outcome);
    if (outcome.kind === 'response') {
      const environment = target.value.kind === 'emulator' ? 'test' : this.account?.environment;
      this.addEvidence(
        evidenceFromResponse(
          request.operation.key,
          outcome.response.status,
          outcome.response.json,
          environment,
          outcome.response.requestId,
        ),
        // The target it went to: a test run's own emulator is never the sandbox.
        evidenceSourceOf(target.value.baseUrl, target.value.kind === 'emulator'),
      );
    }
    const call = { entry, request, outcome };
    this.sent.fire(call);
    if (!options.quiet) this.changed.fire();
    return call;
  }

  /** Tells the user why nothing can be sent, with buttons for the next step. */
  notifyNoTarget(message: string): void {
    const actions = this.apiKey ? [] : ['Set API Key', 'Use Local Emulator'];
    void vscode.window.showErrorMessage(message, ...actions).then((pick) => {
      if (pick === 'Set API Key') void vscode.commands.executeCommand('peeker.setApiKey');
      if (pick === 'Use Local Emulator') void vscode.commands.executeCommand('peeker.toggleEmulator');
    });
  }

  /** GET by absolute URL (list pages, `GET /me`), through {@link send}, returning the JSON body or a message. */
  async get(url: string, operationKey: string): Promise<Result<unknown>> {
    const operation = findOperation(operationKey);
    if (!operation) return { ok: false, message: `Unknown operation ${operationKey}.` };
    const call = await this.send({ operation, method: 'GET', url }, undefined, { quiet: true });
    if (!call) {
      const target = this.target();
      return { ok: false, message: target.ok ? `${operationKey} was not sent.` : target.message };
    }
    if (call.outcome.kind === 'network') return { ok: false, message: call.outcome.message };
    const { response } = call.outcome;
    if (response.status < 200 || response.status >= 300)
      return { ok: false, message: describeFailedCall(operationKey, response) };
    if (response.json === undefined) return { ok: false, message: `${operationKey} did not answer JSON.` };
    return { ok: true, value: response.json };
  }

  private logCall(request: PreparedRequest, outcome: SendOutcome): void {
    if (outcome.kind === 'network') {
      this.log.warn(redact(`${request.method} ${request.url} → no response: ${outcome.message}`));
      return;
    }
    const { response } = outcome;
    const line = `${request.method} ${request.url} → ${response.status} ${response.requestId ?? '(no Peeker-Request-Id)'} ${response.durationMs} ms`;
    if (response.status >= 400) this.log.warn(redact(`${line} ${response.bodyText.slice(0, 2000)}`));
    else this.log.info(redact(line));
  }

  /** The calls sent so far, newest first. */
  get calls(): readonly HistoryEntry[] {
    return this.history;
  }

  /** The rendered response of a call made in this window, if still in memory. */
  responseOf(sequence: number): { text: string; requestId?: string } | undefined {
    return this.responses.get(sequence);
  }

  /** Empties the history. */
  clearHistory(): void {
    this.history = [];
    this.responses.clear();
    void this.context.workspaceState.update(HISTORY_STATE, this.history);
    this.changed.fire();
  }

  /** Go-live evidence so far (kept across windows). */
  get evidence(): Evidence {
    return this.context.globalState.get<Evidence>(EVIDENCE_STATE) ?? {};
  }

  /**
   * Records new evidence and tells the walkthrough. Evidence gathered against the local emulator
   * (embedded, or a base URL on this machine) is kept as such: it ticks the practice steps but
   * never "Ready for live".
   * @param source where it was gathered; by default, the current target.
   */
  addEvidence(
    found: readonly FoundEvidence[],
    source: EvidenceSource = evidenceSourceOf(this.configuredBaseUrl, this.emulator !== undefined),
  ): void {
    if (found.length === 0) return;
    const before = this.evidence;
    const after = recordEvidence(before, found, new Date(), source);
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    void this.context.globalState.update(EVIDENCE_STATE, after);
    for (const kind of Object.keys(after) as (keyof Evidence)[]) {
      if (!before[kind]) this.log.info(`Go-live evidence: ${kind} — ${after[kind]?.detail}`);
    }
    this.evidenceChanged.fire(after);
  }

  /** Forgets every piece of evidence (the walkthrough starts over). */
  async resetEvidence(): Promise<void> {
    await this.context.globalState.update(EVIDENCE_STATE, undefined);
    this.evidenceChanged.fire({});
  }

  /** Starts or stops the embedded emulator; when started, points its webhooks at the local listener. */
  async toggleEmulator(): Promise<void> {
    if (this.emulatorStarting) return;
    if (this.emulator) {
      const emulator = this.emulator;
      this.emulator = undefined;
      await emulator.close();
      this.log.info('Local emulator stopped.');
      await this.refreshAccount();
      return;
    }
    this.emulatorStarting = true;
    this.changed.fire();
    try {
      this.emulator = await startEmbeddedEmulator((message) =>
        this.log.warn(redact(`Local emulator: ${message}`)),
      );
      this.log.info(`Local emulator running at ${this.emulator.baseUrl}`);
      this.addEvidence([{ kind: 'testKey', detail: "the local emulator's pk_test_ key" }]);
      const listener = await this.startWebhooks();
      await this.emulator.configureWebhooks(listener.url, await this.webhookSecret());
    } catch (error) {
      void vscode.window.showErrorMessage(
        redact(`The local emulator did not start: ${error instanceof Error ? error.message : String(error)}`),
      );
    } finally {
      this.emulatorStarting = false;
    }
    await this.refreshAccount();
  }

  /** The webhook secret deliveries are verified with: the stored one, or a new random one stored now. */
  async webhookSecret(): Promise<string> {
    let secret = await this.context.secrets.get(WEBHOOK_SECRET_SECRET);
    if (!secret) {
      secret = `whsec_${randomBytes(24).toString('hex')}`;
      await this.context.secrets.store(WEBHOOK_SECRET_SECRET, secret);
    }
    return secret;
  }

  /** Stores the webhook secret your sandbox signs with (restarts the listener). */
  async setWebhookSecret(secret: string): Promise<void> {
    await this.context.secrets.store(WEBHOOK_SECRET_SECRET, secret.trim());
    if (this.webhooks) {
      await this.stopWebhooks();
      await this.startWebhooks();
    }
  }

  /** Starts the local webhook listener on 127.0.0.1 (idempotent). */
  async startWebhooks(): Promise<WebhookListener> {
    if (this.webhooks) return this.webhooks;
    const port = vscode.workspace.getConfiguration('peeker').get<number>('webhookListenerPort') ?? 0;
    this.webhooks = await startWebhookListener({
      secret: await this.webhookSecret(),
      port,
      onDelivery: (delivery, isNew) => {
        if (isNew && delivery.verified && delivery.eventId) {
          this.addEvidence(
            evidenceFromWebhook(delivery.type ?? 'event', delivery.eventId, delivery.dataStatus),
          );
        }
        this.log.info(
          `Webhook ${delivery.type ?? '?'} ${delivery.eventId ?? '(no Peeker-Event-Id)'}: ${delivery.verified ? (isNew ? 'verified' : 'duplicate, ignored') : `rejected: ${delivery.failure}`}`,
        );
        this.changed.fire();
      },
    });
    this.log.info(`Webhook listener on ${this.webhooks.url}`);
    this.changed.fire();
    return this.webhooks;
  }

  /** Stops the webhook listener. */
  async stopWebhooks(): Promise<void> {
    const listener = this.webhooks;
    this.webhooks = undefined;
    await listener?.close();
    this.changed.fire();
  }

  /** Stops the emulator and the listener. */
  async dispose(): Promise<void> {
    await Promise.allSettled([this.emulator?.close(), this.webhooks?.close()]);
    this.emulator = undefined;
    this.webhooks = undefined;
    this.changed.dispose();
    this.sent.dispose();
    this.evidenceChanged.dispose();
  }
}
