/**
 * Peeker DevKit for VS Code. `activate` creates the shared log, starts the language client (which
 * launches the server only once a Peeker document is open) and the status bar, then lets each
 * feature register itself with one `register…(context, …)` call.
 *
 * The client owns every VS Code API; the language server (`extension/server/`) only speaks LSP.
 */
import * as vscode from 'vscode';
import { PeekerLanguageClient } from './language-client';
import { OperationOverrides } from './operation-overrides';
import { registerSidebar } from './sidebar';
import { registerStatusBar } from './status-bar';
import { registerTesting } from './testing';
import { registerWalkthrough } from './walkthrough';

/** The command that restarts the language server. */
export const RESTART_SERVER_COMMAND = 'peeker.restartLanguageServer';

let languageClient: PeekerLanguageClient | undefined;

/** Called by VS Code when the extension activates (see `activationEvents` in package.json). */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel('Peeker DevKit', { log: true });
  const overrides = new OperationOverrides(context.workspaceState);
  languageClient = new PeekerLanguageClient(context, log, overrides);
  context.subscriptions.push(
    log,
    languageClient,
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, () => languageClient?.restart()),
  );
  registerStatusBar(context, languageClient, overrides);
  languageClient.activate();

  // Features: one `register…(context, …)` call each, from `extension/client/<feature>/`.
  const session = registerSidebar(context);
  registerTesting(context, session);
  registerWalkthrough(context, session);
}

/** Called by VS Code on shutdown: stops the language server cleanly. */
export async function deactivate(): Promise<void> {
  await languageClient?.stop();
  languageClient = undefined;
}
