/**
 * The Peeker language client: starts the bundled server (`dist/server.js`, over IPC) the first time a
 * Peeker document is open — a `*.peeker.json`, a JSON file with one of the kit's `$schema` ids, a
 * file matched by `peeker.bodyFiles`, or one the user picked an operation for — and does nothing
 * for any other JSON file. Restarts a crashed server and says so once.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { compileBodyFiles } from '../shared/body-files';
import { resolveDocumentTarget } from '../shared/document-target';
import {
  DOCUMENT_TARGET_NOTIFICATION,
  type DocumentTargetParams,
  type PeekerInitializationOptions,
  SET_OPERATION_OVERRIDE_NOTIFICATION,
  SETTINGS_SECTION,
} from '../shared/protocol';
import type { OperationOverrides } from './operation-overrides';
import { RestartPolicy } from './restart-policy';

/** The client id: VS Code reads `peeker.trace.server` for it. */
const CLIENT_ID = 'peeker';

/** JSON documents the server may be interested in; it decides per document, cheaply. */
const DOCUMENT_SELECTOR = ['json', 'jsonc'].flatMap((language) => [
  { language, scheme: 'file' },
  { language, scheme: 'untitled' },
]);

/** The language client, started lazily; the rest of the extension talks to the server through it. */
export class PeekerLanguageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  private readonly policy = new RestartPolicy();
  private readonly targetListeners: ((params: DocumentTargetParams) => void)[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
    private readonly overrides: OperationOverrides,
  ) {}

  /** Watches for Peeker documents and starts the server at the first one. */
  activate(): void {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.startIfPeeker(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.bodyFiles`)) this.startIfAnyPeeker();
      }),
    );
    this.startIfAnyPeeker();
  }

  /** Called with each `peeker/documentTarget` the server sends. */
  onDocumentTarget(listener: (params: DocumentTargetParams) => void): vscode.Disposable {
    this.targetListeners.push(listener);
    return new vscode.Disposable(() => {
      const index = this.targetListeners.indexOf(listener);
      if (index >= 0) this.targetListeners.splice(index, 1);
    });
  }

  /** Lints `uri` as `operation` (or automatically again with `null`); starts the server if needed. */
  async setOperation(uri: vscode.Uri, operation: string | null): Promise<void> {
    await this.overrides.set(uri.toString(), operation);
    const client = await this.ensureStarted(`an operation was picked for ${uri.toString()}`);
    await client?.sendNotification(SET_OPERATION_OVERRIDE_NOTIFICATION, { uri: uri.toString(), operation });
  }

  /** Restarts the server by hand (also after the restart policy gave up). */
  async restart(): Promise<void> {
    this.policy.reset();
    if (!this.client) {
      await this.ensureStarted('a restart was requested');
      return;
    }
    this.log.info('Restarting the Peeker language server on request.');
    await this.client.restart();
  }

  private startIfAnyPeeker(): void {
    for (const document of vscode.workspace.textDocuments) {
      if (this.startIfPeeker(document)) return;
    }
  }

  /** Starts the server if `document` is a Peeker document; true when it is. */
  private startIfPeeker(document: vscode.TextDocument): boolean {
    if (this.client || this.starting) return true;
    if (!isPeekerDocument(document, this.overrides)) return false;
    void this.ensureStarted(`${vscode.workspace.asRelativePath(document.uri)} is a Peeker document`);
    return true;
  }

  private ensureStarted(reason: string): Promise<LanguageClient | undefined> {
    if (this.client) return Promise.resolve(this.client);
    this.starting ??= this.start(reason);
    return this.starting;
  }

  private async start(reason: string): Promise<LanguageClient | undefined> {
    const serverModule = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: {
        module: serverModule,
        transport: TransportKind.ipc,
        options: { execArgv: ['--nolazy', '--inspect=6011'] },
      },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: DOCUMENT_SELECTOR,
      outputChannel: this.log,
      // Re-evaluated at every (re)start, so picked operations survive a crash.
      initializationOptions: (): PeekerInitializationOptions => ({
        operationOverrides: this.overrides.all(),
      }),
      errorHandler: {
        error: (_error, _message, count) => ({
          action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
        }),
        closed: () => {
          const decision = this.policy.onCrash(Date.now());
          return {
            action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart,
            message:
              decision.message ??
              'The Peeker DevKit language server stopped unexpectedly again; restarting it.',
            // `handled: false` lets the client show the message; later restarts are only logged.
            handled: decision.message === undefined,
          };
        },
      },
    };
    const client = new LanguageClient(CLIENT_ID, 'Peeker DevKit', serverOptions, clientOptions);
    client.onNotification(DOCUMENT_TARGET_NOTIFICATION, (params: DocumentTargetParams) => {
      for (const listener of this.targetListeners) listener(params);
    });
    this.log.info(`Starting the Peeker language server: ${reason}.`);
    try {
      await client.start();
      this.client = client;
      return client;
    } catch (error) {
      this.log.error(
        `The Peeker language server did not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      void vscode.window.showErrorMessage(
        'The Peeker DevKit language server did not start. The "Peeker DevKit" output has the details.',
      );
      this.starting = undefined;
      return undefined;
    }
  }

  /** Stops the server (on deactivate). */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (client?.isRunning()) await client.stop();
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    void this.stop();
  }
}

/**
 * True when the server has something to say about `document`: the same decision the server makes,
 * on the same shared code, with the current `peeker.bodyFiles`.
 */
export function isPeekerDocument(document: vscode.TextDocument, overrides: OperationOverrides): boolean {
  if (document.languageId !== 'json' && document.languageId !== 'jsonc') return false;
  const bodyFiles = compileBodyFiles(vscode.workspace.getConfiguration(SETTINGS_SECTION).get('bodyFiles'));
  const resolution = resolveDocumentTarget({
    uri: document.uri.toString(),
    text: document.getText(),
    bodyFiles,
    workspaceFolders: (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString()),
    override: overrides.get(document.uri.toString()),
  });
  return resolution.target !== undefined || resolution.unknownSchemaId === true;
}
