/**
 * The response view: a read-only virtual document per call (`peeker-response:` scheme) with the
 * status, the `Peeker-Request-Id`, the explanation and the body. "Copy Request Id" sits in its
 * editor title bar.
 */
import * as vscode from 'vscode';
import type { PeekerSession } from '../session';

/** The URI scheme of response documents. */
export const RESPONSE_SCHEME = 'peeker-response';

/** Provides response documents and the commands that show them and copy their request id. */
export function registerResponseView(context: vscode.ExtensionContext, session: PeekerSession): void {
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent(uri) {
      const sequence = sequenceOf(uri);
      return (
        (sequence === undefined ? undefined : session.responseOf(sequence)?.text) ??
        'This response is no longer in memory (responses are kept for the current window only). Send the request again.\n'
      );
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(RESPONSE_SCHEME, provider),
    vscode.commands.registerCommand('peeker.showResponse', (arg?: number | { sequence: number }) => {
      const sequence = typeof arg === 'number' ? arg : arg?.sequence;
      if (sequence !== undefined) return showResponse(session, sequence);
    }),
    vscode.commands.registerCommand(
      'peeker.copyRequestId',
      async (arg?: number | { entry?: { sequence: number; requestId?: string } }) => {
        // From the History view: its call node; from a response editor's title bar: that response.
        const uri = vscode.window.activeTextEditor?.document.uri;
        const sequence =
          typeof arg === 'number'
            ? arg
            : (arg?.entry?.sequence ??
              (uri?.scheme === RESPONSE_SCHEME ? sequenceOf(uri) : session.calls[0]?.sequence));
        const requestId =
          sequence === undefined
            ? undefined
            : (session.responseOf(sequence)?.requestId ??
              session.calls.find((call) => call.sequence === sequence)?.requestId);
        if (!requestId) {
          void vscode.window.showWarningMessage('That response has no Peeker-Request-Id.');
          return;
        }
        await vscode.env.clipboard.writeText(requestId);
        void vscode.window.setStatusBarMessage(`Copied ${requestId}`, 3000);
      },
    ),
  );
}

/** Opens the response of call `sequence` beside the current editor. */
export async function showResponse(session: PeekerSession, sequence: number): Promise<void> {
  const entry = session.calls.find((call) => call.sequence === sequence);
  const name = (entry?.operation ?? 'response').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const uri = vscode.Uri.from({ scheme: RESPONSE_SCHEME, path: `/${sequence}/${name}.peeker-response` });
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, {
    viewColumn: vscode.ViewColumn.Beside,
    preview: true,
    preserveFocus: true,
  });
}

function sequenceOf(uri: vscode.Uri): number | undefined {
  const match = /^\/(\d+)\//.exec(uri.path);
  return match ? Number(match[1]) : undefined;
}
