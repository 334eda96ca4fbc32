/**
 * The Webhooks view: the local listener (127.0.0.1) and the deliveries it received — verified,
 * rejected (and why) or duplicate (same `Peeker-Event-Id`, acknowledged once).
 */
import * as vscode from 'vscode';
import type { ReceivedWebhook } from '../core/webhook-listener';
import type { PeekerSession } from '../session';

type Node = { kind: 'listener' } | { kind: 'delivery'; delivery: ReceivedWebhook };

/** Tree data for the Webhooks view. */
export class WebhooksView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly session: PeekerSession) {
    session.onDidChange(() => this.changed.fire());
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'listener') {
      const listener = this.session.webhooks;
      const item = new vscode.TreeItem(
        listener ? 'Listening' : 'Listener off',
        vscode.TreeItemCollapsibleState.None,
      );
      item.description = listener ? listener.url : 'click to listen on 127.0.0.1';
      item.iconPath = new vscode.ThemeIcon(listener ? 'radio-tower' : 'debug-disconnect');
      item.command = listener
        ? { command: 'peeker.copyWebhookUrl', title: 'Copy URL' }
        : { command: 'peeker.startWebhookListener', title: 'Start listener' };
      item.contextValue = listener ? 'listener.on' : 'listener.off';
      return item;
    }
    const { delivery } = node;
    const item = new vscode.TreeItem(
      delivery.type ?? '(unreadable body)',
      vscode.TreeItemCollapsibleState.None,
    );
    const state = delivery.verified ? 'verified' : 'rejected';
    const dup =
      delivery.duplicates > 0
        ? ` · ${delivery.duplicates} duplicate${delivery.duplicates === 1 ? '' : 's'} ignored`
        : '';
    item.description = `${state} · ${delivery.eventId ?? 'no event id'} · ${delivery.receivedAt.slice(11, 19)}${dup}`;
    item.tooltip = delivery.failure
      ? `Rejected: ${delivery.failure}`
      : `Signature verified; ${delivery.eventId}`;
    item.iconPath = new vscode.ThemeIcon(delivery.verified ? 'verified' : 'error');
    item.command = { command: 'peeker.showWebhook', title: 'Show delivery', arguments: [delivery] };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (node) return [];
    const deliveries = this.session.webhooks?.deliveries ?? [];
    return [{ kind: 'listener' }, ...deliveries.map((delivery) => ({ kind: 'delivery' as const, delivery }))];
  }
}

/** The URI scheme of read-only webhook delivery documents. */
export const WEBHOOK_SCHEME = 'peeker-webhook';
const shown = new Map<number, string>();
let nextDocument = 1;

/** Serves the delivery documents opened by {@link showDelivery}. */
export function registerDeliveryDocuments(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(WEBHOOK_SCHEME, {
      provideTextDocumentContent: (uri) => shown.get(Number(uri.path.split('/')[1])) ?? '{}\n',
    }),
  );
}

/** Opens one delivery — verification result and body — in a read-only JSON editor beside the current one. */
export async function showDelivery(delivery: ReceivedWebhook | undefined): Promise<void> {
  if (!delivery) return;
  let body: unknown = delivery.body;
  try {
    body = JSON.parse(delivery.body);
  } catch {
    // show the raw text
  }
  const content = JSON.stringify(
    {
      verified: delivery.verified,
      ...(delivery.failure ? { failure: delivery.failure } : {}),
      event_id: delivery.eventId ?? null,
      duplicates_ignored: delivery.duplicates,
      received_at: delivery.receivedAt,
      body,
    },
    null,
    2,
  );
  const id = nextDocument++;
  shown.set(id, `${content}\n`);
  const name = (delivery.type ?? 'delivery').replace(/[^A-Za-z0-9_.]+/g, '-');
  const document = await vscode.workspace.openTextDocument(
    vscode.Uri.from({ scheme: WEBHOOK_SCHEME, path: `/${id}/${name}.json` }),
  );
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}
