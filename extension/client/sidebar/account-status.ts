/**
 * A status bar item for the account: environment and preset from `GET /me`, and a red "LIVE"
 * marker while a pk_live_ key is in use.
 */
import * as vscode from 'vscode';
import { describeAccount } from '../core/account';
import type { PeekerSession } from '../session';

/** Creates the item and keeps it in step with the session. */
export function registerAccountStatus(context: vscode.ExtensionContext, session: PeekerSession): void {
  const item = vscode.window.createStatusBarItem('peeker.account', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Peeker account';
  item.command = 'peeker.account.focus';
  const update = () => {
    if (session.emulator) {
      item.text = `$(vm-running) Peeker: emulator${session.account ? ` · ${session.account.preset}` : ''}`;
      item.tooltip = `Local emulator at ${session.emulator.baseUrl}`;
      item.backgroundColor = undefined;
    } else if (session.isLive) {
      item.text = `$(warning) Peeker LIVE${session.account ? ` · ${session.account.preset}` : ''}`;
      item.tooltip = 'A pk_live_ key is in use: every write asks for confirmation.';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else {
      item.text = `$(key) Peeker: ${describeAccount(session.account, session.apiKey)}`;
      item.tooltip = session.accountProblem ?? 'Peeker account (GET /me)';
      item.backgroundColor = session.accountProblem
        ? new vscode.ThemeColor('statusBarItem.warningBackground')
        : undefined;
    }
    item.show();
  };
  update();
  context.subscriptions.push(item, session.onDidChange(update));
}
