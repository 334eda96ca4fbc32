/**
 * A status bar item for the account: environment and preset from `GET /me`, and a red "LIVE"
 * marker while a pk_live_ key is in use.
 */
import * as vscode from 'vscode';
import { describeAccount } from '../core/account';
import { TARGET_LABELS } from '../core/target';
import type { PeekerSession } from '../session';

/** Creates the item and keeps it in step with the session. */
export function registerAccountStatus(context: vscode.ExtensionContext, session: PeekerSession): void {
  const item = vscode.window.createStatusBarItem('peeker.account', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Peeker account';
  item.command = 'peeker.account.focus';
  const update = () => {
    const kind = session.targetKind;
    const preset = session.account ? ` · ${session.account.preset}` : '';
    const problem = session.accountProblem;
    if (kind === 'local-emulator') {
      // The embedded emulator, or a peeker.baseUrl on this machine: the Send lens says the same.
      const baseUrl = session.emulator?.baseUrl ?? session.configuredBaseUrl;
      item.text = `$(vm-running) Peeker: ${TARGET_LABELS[kind]}${preset}`;
      item.tooltip = problem ?? `Requests go to the local emulator at ${baseUrl}`;
      item.backgroundColor = problem ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    } else if (kind === 'live') {
      item.text = `$(warning) Peeker ${TARGET_LABELS[kind]}${preset}`;
      item.tooltip = 'A pk_live_ key is in use: every write asks for confirmation.';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else {
      item.text = `$(key) Peeker: ${describeAccount(session.account, session.apiKey)}`;
      item.tooltip =
        problem ??
        (kind === 'sandbox'
          ? `Requests go to the sandbox at ${session.configuredBaseUrl} (GET /me)`
          : 'No API key: run "Peeker: Set API Key" or turn on "Use local emulator".');
      item.backgroundColor = problem ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    }
    item.show();
  };
  update();
  context.subscriptions.push(item, session.onDidChange(update));
}
