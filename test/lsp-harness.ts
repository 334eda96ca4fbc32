/**
 * A real LSP client for the language-server tests: spawns the bundled `dist/server.js --stdio`
 * and talks JSON-RPC to it over the child's pipes with `vscode-jsonrpc` (re-exported by
 * `vscode-languageserver/node`, a declared dependency), like any editor would.
 * It answers the server's requests (`workspace/configuration`, `client/registerCapability`) and
 * records what the server pushes (diagnostics, targets, log lines, messages).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type {
  ClientCapabilities,
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  InitializeResult,
  Position,
  PublishDiagnosticsParams,
  Range,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Repository root. */
export const ROOT = resolve(__dirname, '..');
/** The bundled server. */
export const SERVER_JS = resolve(ROOT, 'dist/server.js');

/** What VS Code tells a server it can do, as far as these tests need it. */
export const VSCODE_LIKE_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
  },
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
};

/** Options of {@link startClient}. */
export interface ClientOptions {
  /** Answer to `workspace/configuration` for the `peeker` section (default: none). */
  settings?: unknown;
  initializationOptions?: unknown;
  capabilities?: ClientCapabilities;
  workspaceFolders?: { uri: string; name: string }[];
  /** Arguments after `node` (default: `dist/server.js --stdio`). */
  command?: string[];
}

/** One open document as the client sees it. */
interface OpenDocument {
  document: TextDocument;
}

/** A connected client with helpers for the requests the tests make. */
export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly targets: { uri: string; source: string; operation?: string; reason?: string }[] = [];
  readonly logs: { type: number; message: string }[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly stderr: string[] = [];
  private readonly documents = new Map<string, OpenDocument>();
  private readonly waiters: (() => void)[] = [];
  settings: unknown;

  constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    settings: unknown,
  ) {
    this.settings = settings;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      this.wake();
    });
    connection.onNotification('peeker/documentTarget', (params) => {
      this.targets.push(params);
      this.wake();
    });
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      this.logs.push(params);
      this.wake();
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.messages.push(params);
      this.wake();
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'peeker' ? (this.settings ?? null) : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves once `check` returns something other than undefined (re-checked on every server message). */
  async waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((done) => {
        const timer = setTimeout(done, Math.min(remaining, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          done();
        });
      });
    }
  }

  /** The diagnostics published for `uri` at `version` (waits for them). */
  diagnosticsFor(uri: string, version: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      () => this.diagnostics.get(uri)?.find((p) => p.version === version)?.diagnostics,
      `diagnostics of ${uri} v${version}`,
      timeoutMs,
    );
  }

  /** The text the client holds for an open document. */
  text(uri: string): string {
    const open = this.documents.get(uri);
    if (!open) throw new Error(`${uri} is not open`);
    return open.document.getText();
  }

  version(uri: string): number {
    return this.documents.get(uri)?.document.version ?? -1;
  }

  open(uri: string, text: string, languageId = 'json'): void {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, { document });
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Sends incremental edits (against the current text) and returns the new version. */
  change(uri: string, edits: TextEdit[]): number {
    const open = this.documents.get(uri);
    if (!open) throw new Error(`${uri} is not open`);
    const version = open.document.version + 1;
    const contentChanges = edits.map((edit) => ({ range: edit.range, text: edit.newText }));
    open.document = TextDocument.update(open.document, contentChanges, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
    return version;
  }

  /** Replaces the whole text (one incremental change covering the document). */
  replaceAll(uri: string, text: string): number {
    const current = this.text(uri);
    const end = this.documents.get(uri)!.document.positionAt(current.length);
    return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end }, newText: text }]);
  }

  close(uri: string): void {
    this.documents.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Applies a workspace edit from a code action the way an editor does; returns the new version. */
  applyWorkspaceEdit(edit: WorkspaceEdit): number {
    const byUri = new Map<string, TextEdit[]>();
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) throw new Error('unexpected resource operation');
      if (
        change.textDocument.version !== null &&
        change.textDocument.version !== this.version(change.textDocument.uri)
      ) {
        throw new Error(`stale edit for v${change.textDocument.version}`);
      }
      byUri.set(change.textDocument.uri, change.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, edits);
    let version = -1;
    for (const [uri, edits] of byUri) {
      // LSP edits all refer to the original text: apply them as one change, like an editor.
      const next = TextDocument.applyEdits(this.documents.get(uri)!.document, edits);
      version = this.replaceAll(uri, next);
    }
    return version;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: only ? { diagnostics, only } : { diagnostics },
    });
  }

  completion(uri: string, position: Position): Promise<CompletionList | null> {
    return this.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  /** Position of the `occurrence`-th match of `needle` in the document, plus `delta` characters. */
  positionOf(uri: string, needle: string, delta = 0, occurrence = 1): Position {
    const text = this.text(uri);
    let index = -1;
    for (let i = 0; i < occurrence; i++) {
      index = text.indexOf(needle, index + 1);
      if (index < 0) throw new Error(`${JSON.stringify(needle)} not found`);
    }
    return this.documents.get(uri)!.document.positionAt(index + delta);
  }

  /** Shuts the server down politely (shutdown + exit) and waits for the process to end. */
  async stop(): Promise<number | null> {
    if (this.process.exitCode !== null) return this.process.exitCode;
    const exited = new Promise<number | null>((done) => this.process.once('exit', (code) => done(code)));
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 2000);
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await withTimeout(exited, 3000).catch(() => {
      this.process.kill('SIGKILL');
      return null;
    });
    this.connection.dispose();
    return code;
  }
}

/** Spawns `node dist/server.js --stdio` and connects to it, without initializing it. */
export function spawnServer(options: ClientOptions = {}): LspClient {
  const child = spawn(process.execPath, options.command ?? [SERVER_JS, '--stdio'], { cwd: ROOT });
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const client = new LspClient(child, connection, options.settings);
  connection.listen();
  return client;
}

/** Spawns `node dist/server.js --stdio`, initializes it and returns the connected client. */
export async function startClient(
  options: ClientOptions = {},
): Promise<{ client: LspClient; init: InitializeResult }> {
  const client = spawnServer(options);
  const { connection } = client;
  const init: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.workspaceFolders?.[0]?.uri ?? null,
    workspaceFolders: options.workspaceFolders ?? null,
    capabilities: options.capabilities ?? VSCODE_LIKE_CAPABILITIES,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return { client, init };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A short summary of a diagnostic for exact assertions. */
export function brief(diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`;
}
