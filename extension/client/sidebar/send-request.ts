/**
 * "Send": the CodeLens on every `*.peeker.json` file, the Requests view's inline button and the
 * `peeker.sendRequest` command. Reads the file as it is in the editor (saved or not), builds the
 * request against the current target, sends it once and opens the response.
 */
import * as vscode from 'vscode';
import { parseRequestFile, prepareRequest } from '../core/request-file';
import { sendLens } from '../core/target';
import type { PeekerSession, SentCall } from '../session';
import { showResponse } from './response-view';

/** Documents the Send lens applies to. */
export const REQUEST_FILE_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', pattern: '**/*.peeker.json' },
  { scheme: 'untitled', pattern: '**/*.peeker.json' },
];

/** Registers the Send CodeLens and the send command. */
export function registerSendRequest(context: vscode.ExtensionContext, session: PeekerSession): void {
  const lenses: vscode.CodeLensProvider = {
    provideCodeLenses(document) {
      const top = new vscode.Range(0, 0, 0, 0);
      // Names where the request would go; with no key it offers to set one instead.
      const lens = sendLens(session.targetFacts);
      return [
        new vscode.CodeLens(top, {
          title: lens.title,
          command: lens.command,
          arguments: lens.command === 'peeker.sendRequest' ? [document.uri] : [],
        }),
      ];
    },
  };
  const lensesChanged = new vscode.EventEmitter<void>();
  lenses.onDidChangeCodeLenses = lensesChanged.event;
  context.subscriptions.push(
    lensesChanged,
    session.onDidChange(() => lensesChanged.fire()),
    vscode.languages.registerCodeLensProvider(REQUEST_FILE_SELECTOR, lenses),
    vscode.commands.registerCommand('peeker.sendRequest', (arg?: vscode.Uri | { uri?: vscode.Uri }) => {
      // From a lens: the URI; from the Requests view: its file node; from the palette: the active editor.
      const uri =
        arg instanceof vscode.Uri ? arg : (arg?.uri ?? vscode.window.activeTextEditor?.document.uri);
      if (!uri) {
        void vscode.window.showWarningMessage('Open a *.peeker.json request file to send it.');
        return;
      }
      return sendRequestFile(session, uri);
    }),
  );
}

/**
 * Sends one request file. Problems that can be seen before sending (malformed file, lint errors)
 * are reported first; lint errors let the user send anyway, to see the API's own answer.
 */
async function sendRequestFile(
  session: PeekerSession,
  uri: vscode.Uri,
): Promise<SentCall | { problem: string }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const name = uri.path.split('/').pop() ?? uri.toString();
  const file = parseRequestFile(document.getText());
  if (!file.ok) return report(`${name}: ${file.message}`);
  const target = session.target();
  if (!target.ok) {
    session.notifyNoTarget(target.message);
    return { problem: target.message };
  }
  const request = prepareRequest(file.value, target.value.baseUrl);
  if (!request.ok) return report(`${name}: ${request.message}`);
  const errors = vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.severity === vscode.DiagnosticSeverity.Error && d.source === 'peeker');
  if (errors.length > 0) {
    const codes = [
      ...new Set(
        errors.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? ''))),
      ),
    ];
    const pick = await vscode.window.showWarningMessage(
      `${name} has ${errors.length} problem${errors.length === 1 ? '' : 's'} the API will reject (${codes.join(', ')}). Send anyway?`,
      'Send Anyway',
      'Show Problems',
    );
    if (pick === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
    if (pick !== 'Send Anyway') return { problem: 'not sent: lint problems' };
  }
  const call = await session.send(request.value, uri);
  if (!call) return { problem: 'not sent' };
  await showResponse(session, call.entry.sequence);
  return call;
}

function report(message: string): { problem: string } {
  void vscode.window.showErrorMessage(message);
  return { problem: message };
}
