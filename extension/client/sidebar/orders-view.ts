/**
 * The Orders view: `GET /orders`, 25 at a time, "Load more" following `links.next` as given.
 * Clicking an order fetches `GET /orders/{id}` and shows it.
 */
import * as vscode from 'vscode';
import type { Order } from '../../../schemas';
import { ListPager } from '../core/pager';
import type { PeekerSession } from '../session';

type Node =
  | { kind: 'order'; order: Order }
  | { kind: 'more' }
  | { kind: 'message'; text: string; icon: string; command?: string };

/** Tree data for the Orders view. */
export class OrdersView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private pager: ListPager<Order> | undefined;
  private problem: string | undefined;
  private targetKey = '';

  constructor(private readonly session: PeekerSession) {
    session.onDidChange(() => {
      // A different target or key means a different list: start again from the first page.
      const target = session.target();
      const key = target.ok ? `${target.value.kind} ${target.value.baseUrl}` : '';
      if (key !== this.targetKey) this.reset();
    });
  }

  /** Forgets the loaded pages; the next render loads the first page again. */
  reset(): void {
    this.pager = undefined;
    this.problem = undefined;
    this.changed.fire();
  }

  /** Loads the next page. */
  async loadMore(): Promise<void> {
    const pager = this.ensurePager();
    if (!pager) return;
    const result = await pager.loadMore();
    this.problem = result.ok ? undefined : result.message;
    this.changed.fire();
  }

  private ensurePager(): ListPager<Order> | undefined {
    if (this.pager) return this.pager;
    const target = this.session.target();
    if (!target.ok) {
      this.problem = target.message;
      return undefined;
    }
    this.targetKey = `${target.value.kind} ${target.value.baseUrl}`;
    this.pager = new ListPager<Order>(
      `${target.value.baseUrl}/orders?per_page=25`,
      target.value.baseUrl,
      (url) => this.session.get(url, 'GET /orders'),
    );
    return this.pager;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'more') {
      const item = new vscode.TreeItem('Load more…', vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon('fold-down');
      item.command = { command: 'peeker.loadMoreOrders', title: 'Load more' };
      return item;
    }
    if (node.kind === 'message') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      if (node.command) item.command = { command: node.command, title: node.text };
      return item;
    }
    const { order } = node;
    const item = new vscode.TreeItem(order.id, vscode.TreeItemCollapsibleState.None);
    item.description = `${order.status} · ${order.domain_count} domain${order.domain_count === 1 ? '' : 's'} · ${order.email}`;
    item.tooltip = `${order.id}\n${item.description}\ncreated ${order.created_at}`;
    item.iconPath = new vscode.ThemeIcon(statusIcon(order.status));
    item.command = { command: 'peeker.openOrder', title: 'Open order', arguments: [order.id] };
    item.contextValue = 'order';
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return [];
    if (!this.pager?.loaded && !this.problem) await this.loadMore();
    const nodes: Node[] = (this.pager?.items ?? []).map((order) => ({ kind: 'order', order }));
    if (this.problem)
      nodes.push({ kind: 'message', text: this.problem, icon: 'error', command: 'peeker.refreshOrders' });
    else if (this.pager?.loaded && nodes.length === 0)
      nodes.push({ kind: 'message', text: 'No orders yet: send a POST /orders request file.', icon: 'info' });
    if (this.pager?.loaded && this.pager.hasMore) nodes.push({ kind: 'more' });
    return nodes;
  }
}

/** Codicon for an order status. */
export function statusIcon(status: string): string {
  switch (status) {
    case 'completed':
      return 'pass';
    case 'failed':
      return 'error';
    case 'action_required':
      return 'warning';
    case 'cancel_scheduled':
    case 'cancelled':
      return 'circle-slash';
    default:
      return 'sync';
  }
}
