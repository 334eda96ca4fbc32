/**
 * The Peeker language server: wires LSP requests to the capability modules (`validation`,
 * `code-actions`, `completion`, `hover`) and keeps per-document state. It only speaks LSP — the
 * VS Code client (`extension/client/`) owns every editor API — so any LSP client can use it.
 */
import {
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  CodeActionKind,
  type CodeActionParams,
  type CompletionList,
  type CompletionParams,
  type Connection,
  DidChangeConfigurationNotification,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isObject } from '../../lint/rules/rule';
import { resolveDocumentTarget, type TargetResolution } from '../shared/document-target';
import {
  DOCUMENT_TARGET_NOTIFICATION,
  type DocumentTargetParams,
  FIX_ALL_KIND,
  type PeekerInitializationOptions,
  SET_OPERATION_OVERRIDE_NOTIFICATION,
  SETTINGS_SECTION,
} from '../shared/protocol';
import { doCodeActions } from './code-actions';
import { type CompletionCapabilities, doComplete } from './completion';
import { doHover } from './hover';
import { fixAllText, type LintResult, lintTargetFor, lintText } from './lint-engine';
import { type DispatchCounter, drainMessageQueue, LintScheduler } from './lint-scheduler';
import { forgetDocument, parseDocument } from './parsed-document';
import { ServerSettings } from './settings';
import { doValidation } from './validation';

/** The server's name and version, as told to clients. */
export const SERVER_INFO = { name: 'Peeker DevKit', version: '0.1.0' } as const;

/** How long a lint waits for the client's settings before going ahead without them. */
const SETTINGS_TIMEOUT_MS = 2000;

/** A lint slower than this is logged as a warning (with the document's size, never its content). */
const SLOW_LINT_MS = 250;

interface LintState {
  version: number;
  resolution: TargetResolution;
  result: LintResult | undefined;
}

/** Options for tests and embedders. */
export interface ServerOptions {
  /** Debounce between an edit and its lint (default 150 ms). */
  debounceMs?: number;
  /**
   * How many messages the connection has dispatched (`runLanguageServer` counts them in its
   * `LifecycleGate`): a lint waits until the messages queued while it ran are handled before it
   * checks that its version is still current. Without it, a lint yields a fixed few turns.
   */
  dispatchedMessages?: DispatchCounter;
  /** The linter (default {@link lintText}); tests wrap it to act while a lint runs. */
  lint?: typeof lintText;
}

/** Registers every handler on `connection` and starts listening. */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new ServerSettings({
    warn: (message) => connection.console.warn(message),
    info: (message) => connection.console.info(message),
    // A plain notification (not showMessageRequest): nothing to answer, no client left waiting.
    showWarning: (message) =>
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
  });
  const states = new Map<string, LintState>();
  const sentTargets = new Map<string, string>();
  const withDiagnostics = new Set<string>();
  let workspaceFolders: string[] = [];
  let workspaceFolderEvents = false;
  let completionCapabilities: CompletionCapabilities = { snippets: false, markdown: false };
  let hoverMarkdown = false;
  let documentChanges = false;
  let configurationPull = false;
  let dynamicConfiguration = false;
  let initializationOptions: PeekerInitializationOptions = {};
  let settingsLoaded = false;
  let settingsReady: Promise<void> = Promise.resolve();

  const scheduler = new LintScheduler(
    (uri) => lintDocument(uri),
    (uri, error) => logError(`lint of ${uri}`, error),
    options.debounceMs,
    options.dispatchedMessages,
  );
  const lint = options.lint ?? lintText;

  /** One line (never a stack trace, which would only quote the minified bundle). */
  function logError(what: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    connection.console.error(`${what} failed: ${detail}`);
  }

  /**
   * Wraps a request handler: params that `check` finds malformed are logged in one line and answered
   * with `fallback`, as is any exception; nothing a client sends crashes the server.
   */
  function guarded<P, R>(
    name: string,
    fallback: R,
    check: (params: unknown) => string | undefined,
    handler: (params: P, token: CancellationToken) => R | Promise<R>,
  ): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      const problem = check(params);
      if (problem !== undefined) {
        connection.console.warn(`${name} answered with no result: malformed params: ${problem}.`);
        return fallback;
      }
      try {
        return await handler(params, token);
      } catch (error) {
        logError(name, error);
        return fallback;
      }
    };
  }

  function resolve(document: TextDocument, useSettings = true): TargetResolution {
    return resolveDocumentTarget({
      uri: document.uri,
      text: document.getText(),
      bodyFiles: useSettings ? settings.bodyFiles : { rules: [], problems: [] },
      workspaceFolders,
      override: settings.overrideFor(document.uri),
    });
  }

  async function resolveWhenReady(document: TextDocument): Promise<TargetResolution> {
    const early = resolve(document, settingsLoaded);
    if (early.target || settingsLoaded) return early;
    // Only the setting could still claim this document: wait for it (bounded), then decide.
    await Promise.race([settingsReady, new Promise((done) => setTimeout(done, SETTINGS_TIMEOUT_MS))]);
    return resolve(document);
  }

  async function lintDocument(uri: string): Promise<void> {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    // Superseded: edited (a new version), or closed and opened again — a new document whose
    // versions start again at 1, so the version alone cannot tell.
    const superseded = () => documents.get(uri) !== document || document.version !== version;
    const resolution = await resolveWhenReady(document);
    if (superseded()) return; // while waiting for settings
    const previous = states.get(uri);
    if (previous?.version === version && JSON.stringify(previous.resolution) === JSON.stringify(resolution))
      return;
    const started = performance.now();
    const lintTarget = lintTargetFor(resolution);
    const result = lintTarget ? lint(document.getText(), lintTarget) : undefined;
    const elapsed = performance.now() - started;
    // The lint is synchronous: a didChange typed meanwhile is still queued. Let it be handled first.
    await drainMessageQueue(options.dispatchedMessages);
    if (superseded()) return; // never publish stale results
    // Settings or workspace folders that changed meanwhile found this lint under way (relintAll
    // leaves busy documents alone): if they change the target, lint again instead of publishing.
    if (JSON.stringify(resolve(document, settingsLoaded)) !== JSON.stringify(resolution)) {
      scheduler.schedule(uri, 0);
      return;
    }
    states.set(uri, { version, resolution, result });
    publish(document, resolution, result);
    if (result) {
      const line = `linted ${uri} v${version} (${document.getText().length} chars) in ${elapsed.toFixed(1)} ms: ${result.diagnostics.length} diagnostic(s)`;
      if (elapsed > SLOW_LINT_MS) connection.console.warn(`slow lint: ${line}`);
      else connection.console.debug(line);
    }
  }

  function publish(
    document: TextDocument,
    resolution: TargetResolution,
    result: LintResult | undefined,
  ): void {
    // The target first: a status bar is up to date by the time the diagnostics arrive.
    sendTarget(document.uri, resolution, result);
    const diagnostics = doValidation(result);
    // Peeker documents always get a publish (an empty one says "linted, all clean"); other JSON files
    // only get the one that clears what an earlier publish showed.
    if (resolution.target || diagnostics.length > 0 || withDiagnostics.has(document.uri)) {
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    }
    if (diagnostics.length > 0) withDiagnostics.add(document.uri);
    else withDiagnostics.delete(document.uri);
  }

  function sendTarget(uri: string, resolution: TargetResolution, result: LintResult | undefined): void {
    const target = resolution.target;
    const params: DocumentTargetParams = target
      ? { uri, source: target.source, reason: target.reason }
      : { uri, source: 'none' };
    const operation = target?.kind === 'operation' ? target.operation : result?.operation;
    if (operation) params.operation = operation;
    const key = JSON.stringify(params);
    if (sentTargets.get(uri) === key || (!target && !sentTargets.has(uri))) return;
    sentTargets.set(uri, key);
    void connection.sendNotification(DOCUMENT_TARGET_NOTIFICATION, params);
  }

  /** The lint state for the document's current version, linting now if the last lint is stale. */
  async function freshState(document: TextDocument): Promise<LintState | undefined> {
    const current = states.get(document.uri);
    if (current?.version === document.version) return current;
    await scheduler.flush(document.uri);
    const flushed = states.get(document.uri);
    if (flushed?.version === document.version) return flushed;
    await lintDocument(document.uri);
    const linted = states.get(document.uri);
    return linted?.version === document.version ? linted : undefined;
  }

  async function loadSettings(): Promise<void> {
    let section: unknown;
    if (configurationPull) {
      try {
        [section] = (await connection.workspace.getConfiguration([
          { section: SETTINGS_SECTION },
        ])) as unknown[];
      } catch (error) {
        logError('reading the peeker settings', error);
      }
    }
    applySettings(section);
  }

  /**
   * Installs the client's whole `peeker` section (pulled or pushed): a setting it lacks goes back to
   * its default — `initializationOptions`, else none — so removing a setting undoes it.
   */
  function applySettings(section: unknown): void {
    const bodyFiles = isObject(section) ? section.bodyFiles : undefined;
    settings.applyBodyFiles(
      bodyFiles !== undefined && bodyFiles !== null ? bodyFiles : initializationOptions.bodyFiles,
    );
    settingsLoaded = true;
  }

  /** Re-lints the open documents whose target the new settings change (or that were never linted). */
  function relintAll(): void {
    for (const document of documents.all()) {
      // A lint already scheduled or under way resolves the target when it runs, with these settings.
      if (scheduler.isBusy(document.uri)) continue;
      const state = states.get(document.uri);
      if (!state || JSON.stringify(resolve(document)) !== JSON.stringify(state.resolution)) {
        scheduler.schedule(document.uri, 0);
      }
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // Clients send what they like: a missing `capabilities` means "nothing special", not a crash
    // (LifecycleGate already made it an object before the library read it; this keeps the handler safe alone).
    const capabilities: ClientCapabilities = isObject(params.capabilities) ? params.capabilities : {};
    const completionItem = capabilities.textDocument?.completion?.completionItem;
    completionCapabilities = {
      snippets: completionItem?.snippetSupport === true,
      markdown: completionItem?.documentationFormat?.includes('markdown') === true,
    };
    // Like completion docs: Markdown only for a client that says it renders it.
    hoverMarkdown = capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true;
    documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    configurationPull = capabilities.workspace?.configuration === true;
    dynamicConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    workspaceFolderEvents = capabilities.workspace?.workspaceFolders === true;
    initializationOptions = isObject(params.initializationOptions)
      ? (params.initializationOptions as PeekerInitializationOptions)
      : {};
    settings.applyOverrides(initializationOptions.operationOverrides);
    workspaceFolders = (Array.isArray(params.workspaceFolders) ? params.workspaceFolders : [])
      .map((folder) => folder?.uri)
      .filter((uri): uri is string => typeof uri === 'string');
    if (workspaceFolders.length === 0 && typeof params.rootUri === 'string')
      workspaceFolders = [params.rootUri];
    if (!configurationPull) {
      // Clients without workspace/configuration pass the setting in initializationOptions.
      applySettings(undefined);
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ':'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { ...SERVER_INFO },
    };
  });

  connection.onInitialized(() => {
    connection.console.info(
      `${SERVER_INFO.name} language server ${SERVER_INFO.version} ready (Node ${process.version}, pid ${process.pid})`,
    );
    if (configurationPull) {
      settingsReady = loadSettings().then(() => relintAll());
      if (dynamicConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, {
          section: SETTINGS_SECTION,
        });
      }
    }
    // The library throws for a client that does not declare workspace folders (one sending only a rootUri).
    if (workspaceFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri));
        workspaceFolders = [
          ...workspaceFolders.filter((uri) => !removed.has(uri)),
          ...event.added.map((f) => f.uri),
        ];
        relintAll();
      });
    }
  });

  connection.onDidChangeConfiguration(async (params: unknown) => {
    try {
      // Malformed params (`null`) say nothing about the settings, like `settings: null`.
      const pushedSettings = isObject(params) ? params.settings : undefined;
      const pushed = isObject(pushedSettings) ? pushedSettings[SETTINGS_SECTION] : undefined;
      if (isObject(pushed) && pushed.bodyFiles !== undefined) applySettings(pushed);
      else if (configurationPull) await loadSettings();
      // A push-only client sends its whole settings: a missing section or setting was removed. A
      // push without a settings object (`settings: null`) says nothing about them: keep them.
      else if (isObject(pushedSettings)) applySettings(pushed);
      settingsLoaded = true;
      relintAll();
    } catch (error) {
      logError('applying changed settings', error);
    }
  });

  connection.onNotification(SET_OPERATION_OVERRIDE_NOTIFICATION, (params: unknown) => {
    const record = isObject(params) ? params : {};
    if (settings.setOverride(record.uri, record.operation) && typeof record.uri === 'string') {
      if (documents.get(record.uri)) scheduler.schedule(record.uri, 0);
    }
  });

  // The first content of a document (its open) is linted at once; edits wait for the debounce.
  const opened = new Set<string>();
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (opened.has(uri)) scheduler.schedule(uri);
    else {
      opened.add(uri);
      scheduler.schedule(uri, 0);
    }
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    opened.delete(uri);
    scheduler.cancel(uri);
    states.delete(uri);
    sentTargets.delete(uri);
    forgetDocument(uri);
    if (withDiagnostics.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction(
    guarded(
      'codeAction',
      [] as CodeAction[] | ResponseError,
      (params) => malformedParams(params, 'range'),
      async (params: CodeActionParams, token): Promise<CodeAction[] | ResponseError> => {
        const document = documents.get(params.textDocument.uri);
        if (token.isCancellationRequested) return cancelled('codeAction');
        if (!document) return [];
        const state = await freshState(document);
        // The lint is synchronous: a $/cancelRequest sent meanwhile is only read on the next turn,
        // and the fix-all that may follow costs as much again.
        await new Promise((next) => setImmediate(next));
        if (token.isCancellationRequested) return cancelled('codeAction');
        const target = state && lintTargetFor(state.resolution);
        if (!state?.result || !target || documents.get(document.uri)?.version !== state.version) return [];
        const text = document.getText();
        return doCodeActions(document, params, {
          result: state.result,
          fixAll: () => fixAllText(text, target),
          documentChanges,
        });
      },
    ),
  );

  connection.onCompletion(
    guarded(
      'completion',
      null as CompletionList | null,
      (params) => malformedParams(params, 'position'),
      (params: CompletionParams, token) => {
        const document = documents.get(params.textDocument.uri);
        if (!document || token.isCancellationRequested) return null;
        const target = resolve(document).target;
        if (!target) return null;
        return doComplete(document, params.position, target, parseDocument(document), completionCapabilities);
      },
    ),
  );

  connection.onHover(
    guarded(
      'hover',
      null as Hover | null,
      (params) => malformedParams(params, 'position'),
      (params: HoverParams, token) => {
        const document = documents.get(params.textDocument.uri);
        if (!document || token.isCancellationRequested) return null;
        const target = resolve(document).target;
        if (!target) return null;
        const state = states.get(document.uri);
        const diagnostics = state?.version === document.version ? (state.result?.diagnostics ?? []) : [];
        return doHover(
          document,
          params.position,
          target,
          parseDocument(document),
          diagnostics,
          hoverMarkdown,
        );
      },
    ),
  );

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}

/**
 * What is wrong with a request's params, naming the field, or undefined when they have what the
 * handler reads: a `textDocument.uri`, and a `position` or a `range` with a `context`.
 */
function malformedParams(params: unknown, needs: 'position' | 'range'): string | undefined {
  if (!isObject(params)) return `the params must be an object, got ${describeValue(params)}`;
  const textDocument = params.textDocument;
  if (!isObject(textDocument)) return `"textDocument" must be {uri}, got ${describeValue(textDocument)}`;
  if (typeof textDocument.uri !== 'string')
    return `"textDocument.uri" must be a string, got ${describeValue(textDocument.uri)}`;
  if (needs === 'position')
    return isPosition(params.position)
      ? undefined
      : `"position" must be {line, character} integers, got ${describeValue(params.position)}`;
  const range = params.range;
  if (!isObject(range) || !isPosition(range.start) || !isPosition(range.end))
    return `"range" must be {start, end} positions, got ${describeValue(range)}`;
  const context = params.context;
  if (!isObject(context)) return `"context" must be an object, got ${describeValue(context)}`;
  if (
    context.only !== undefined &&
    !(Array.isArray(context.only) && context.only.every((k) => typeof k === 'string'))
  )
    return `"context.only" must be an array of code action kinds, got ${describeValue(context.only)}`;
  return undefined;
}

function isPosition(value: unknown): boolean {
  return isObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}

/** The kind of a value for a log line (never its content: it may come from a document). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return value === undefined ? 'none' : `a ${typeof value}`;
}

/** The answer to a request the client cancelled (LSP's RequestCancelled). */
function cancelled(method: string): ResponseError {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${method} cancelled by the client`);
}
