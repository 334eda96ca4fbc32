/**
 * The Peeker sidebar: one call from `activate` registers the session (key, target, emulator,
 * history, webhooks), the Account / Requests / Orders / Pending actions / Webhooks views, the
 * response view, the Send CodeLens and their commands.
 */
import * as vscode from 'vscode';
import type { PendingAction } from '../../schemas';
import { findOperation } from '../../schemas';
import { describeAccount } from './core/account';
import { keyEnvironment, validateApiKey } from './core/api-key';
import type { ReceivedWebhook } from './core/webhook-listener';
import { PeekerSession } from './session';
import { registerAccountStatus } from './sidebar/account-status';
import { AccountView } from './sidebar/account-view';
import { registerNewRequestFile } from './sidebar/new-request-file';
import { OrdersView } from './sidebar/orders-view';
import { openResolution, PendingView } from './sidebar/pending-view';
import { RequestsView } from './sidebar/requests-view';
import { registerResponseView, showResponse } from './sidebar/response-view';
import { registerSendRequest } from './sidebar/send-request';
import { registerDeliveryDocuments, showDelivery, WebhooksView } from './sidebar/webhooks-view';

/**
 * Registers the sidebar and everything it needs.
 * @returns the session, for the Testing view and the walkthrough.
 */
export function registerSidebar(context: vscode.ExtensionContext): PeekerSession {
  const log = vscode.window.createOutputChannel('Peeker Requests', { log: true });
  const session = new PeekerSession(context, log);
  context.subscriptions.push(log, session);

  const account = new AccountView(session);
  const requests = new RequestsView(session);
  const orders = new OrdersView(session);
  const pending = new PendingView(session);
  const webhooks = new WebhooksView(session);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.peeker.json');
  watcher.onDidCreate(() => requests.refresh());
  watcher.onDidDelete(() => requests.refresh());

  context.subscriptions.push(
    watcher,
    vscode.window.registerTreeDataProvider('peeker.account', account),
    vscode.window.registerTreeDataProvider('peeker.requests', requests),
    vscode.window.registerTreeDataProvider('peeker.orders', orders),
    vscode.window.registerTreeDataProvider('peeker.pending', pending),
    vscode.window.registerTreeDataProvider('peeker.webhooks', webhooks),
    ...registerAccountCommands(session),
    vscode.commands.registerCommand('peeker.refreshRequests', () => requests.refresh()),
    vscode.commands.registerCommand('peeker.clearHistory', () => session.clearHistory()),
    vscode.commands.registerCommand('peeker.refreshOrders', () => orders.reset()),
    vscode.commands.registerCommand('peeker.loadMoreOrders', () => orders.loadMore()),
    vscode.commands.registerCommand('peeker.openOrder', (arg: string | { order?: { id: string } }) => {
      const id = typeof arg === 'string' ? arg : arg?.order?.id;
      if (id) return openOrder(session, id);
    }),
    vscode.commands.registerCommand('peeker.refreshPending', () => pending.reset()),
    vscode.commands.registerCommand('peeker.loadMorePending', () => pending.loadMore()),
    vscode.commands.registerCommand('peeker.resolvePendingAction', (action: PendingAction) =>
      openResolution(action),
    ),
    vscode.commands.registerCommand('peeker.startWebhookListener', () => session.startWebhooks()),
    vscode.commands.registerCommand('peeker.stopWebhookListener', () => session.stopWebhooks()),
    vscode.commands.registerCommand('peeker.copyWebhookUrl', async () => {
      if (!session.webhooks) return;
      await vscode.env.clipboard.writeText(session.webhooks.url);
      void vscode.window.setStatusBarMessage(`Copied ${session.webhooks.url}`, 3000);
    }),
    vscode.commands.registerCommand('peeker.showWebhook', (delivery?: ReceivedWebhook) =>
      showDelivery(delivery),
    ),
    vscode.commands.registerCommand('peeker.setWebhookSecret', async () => {
      const secret = await vscode.window.showInputBox({
        title: 'Peeker webhook secret',
        prompt: 'The secret your sandbox signs webhook deliveries with (kept in Secret Storage).',
        password: true,
        ignoreFocusOut: true,
        validateInput: (value) => (value.trim() === '' ? 'Paste the webhook secret.' : undefined),
      });
      if (secret) await session.setWebhookSecret(secret);
    }),
  );
  // Orders and pending actions change as the emulator's clock moves or calls are made: refresh them after writes.
  context.subscriptions.push(
    session.onDidSend((call) => {
      if (call.request.operation.permission === 'write' || call.request.operation.key === 'GET /me') {
        orders.reset();
        pending.reset();
      }
    }),
  );
  registerResponseView(context, session);
  registerDeliveryDocuments(context);
  registerSendRequest(context, session);
  registerAccountStatus(context, session);
  registerNewRequestFile(context);
  // Context keys for the views' title buttons.
  const updateContext = () => {
    void vscode.commands.executeCommand(
      'setContext',
      'peeker.emulatorRunning',
      session.emulator !== undefined,
    );
    void vscode.commands.executeCommand(
      'setContext',
      'peeker.webhookListening',
      session.webhooks !== undefined,
    );
  };
  context.subscriptions.push(session.onDidChange(updateContext));
  updateContext();
  void session.initialize();
  return session;
}

function registerAccountCommands(session: PeekerSession): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('peeker.setApiKey', async () => {
      const key = await vscode.window.showInputBox({
        title: 'Peeker API key',
        prompt:
          'Stored in Secret Storage (your OS keychain), never in settings. Use a pk_test_ key until you go live.',
        placeHolder: 'pk_test_…',
        password: true,
        ignoreFocusOut: true,
        validateInput: (value) => validateApiKey(value),
      });
      if (key === undefined) return;
      if (keyEnvironment(key) === 'live') {
        const answer = await vscode.window.showWarningMessage(
          'This is a LIVE key (pk_live_). Requests will reach production; every write will ask for confirmation. Store it?',
          { modal: true },
          'Store LIVE Key',
        );
        if (answer !== 'Store LIVE Key') return;
      }
      await session.setApiKey(key);
      if (session.emulator) {
        void vscode.window.showInformationMessage(
          'Key stored. The local emulator is on: turn it off to use the key.',
        );
      } else if (session.account) {
        void vscode.window.showInformationMessage(
          `Key stored. GET /me: ${describeAccount(session.account, key)}.`,
        );
      } else if (session.accountProblem) {
        void vscode.window.showWarningMessage(`Key stored, but GET /me failed: ${session.accountProblem}`);
      }
    }),
    vscode.commands.registerCommand('peeker.clearApiKey', () => session.clearApiKey()),
    vscode.commands.registerCommand('peeker.refreshAccount', () => session.refreshAccount()),
    vscode.commands.registerCommand('peeker.toggleEmulator', () => session.toggleEmulator()),
    vscode.commands.registerCommand('peeker.advanceEmulatorClock', async () => {
      if (!session.emulator) {
        void vscode.window.showWarningMessage('Turn on "Use local emulator" first.');
        return;
      }
      await session.emulator.advanceClock(3600);
      void vscode.window.setStatusBarMessage('Emulator clock moved 1 hour forward', 3000);
      void vscode.commands.executeCommand('peeker.refreshOrders');
      void vscode.commands.executeCommand('peeker.refreshPending');
    }),
    vscode.commands.registerCommand('peeker.openBaseUrlSetting', () =>
      vscode.commands.executeCommand('workbench.action.openSettings', 'peeker.baseUrl'),
    ),
    vscode.commands.registerCommand('peeker.manageTrust', () =>
      vscode.commands.executeCommand('workbench.trust.manage'),
    ),
  ];
}

async function openOrder(session: PeekerSession, id: string): Promise<void> {
  const target = session.target();
  if (!target.ok) return session.notifyNoTarget(target.message);
  const operation = findOperation('GET /orders/{id}')!;
  const call = await session.send({
    operation,
    method: 'GET',
    url: `${target.value.baseUrl}/orders/${encodeURIComponent(id)}`,
  });
  if (call) await showResponse(session, call.entry.sequence);
}
