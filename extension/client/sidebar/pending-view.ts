/**
 * The Pending actions view: `GET /orders/pending` (paged like every list), each action with what
 * blocks it, how to resolve it, and a button that opens a prefilled request file.
 */
import * as vscode from 'vscode';
import type { PendingAction } from '../../../schemas';
import { ListPager } from '../core/pager';
import { resolvePendingAction } from '../core/pending-actions';
import type { PeekerSession } from '../session';

type Node =
  | { kind: 'action'; action: PendingAction }
  | { kind: 'detail'; label: string; text: string; icon: string }
  | { kind: 'resolve'; action: PendingAction }
  | { kind: 'more' }
  | { kind: 'message'; text: string; icon: string };

/** Tree data for the Pending actions view. */
export class PendingView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private pager: ListPager<PendingAction> | undefined;
  private problem: string | undefined;

  constructor(private readonly session: PeekerSession) {}

  /** Starts again from the first page. */
  reset(): void {
    this.pager = undefined;
    this.problem = undefined;
    this.changed.fire();
  }

  /** Loads the next page. */
  async loadMore(): Promise<void> {
    if (!this.pager) {
      const target = this.session.target();
      if (!target.ok) {
        this.problem = target.message;
        this.changed.fire();
        return;
      }
      this.pager = new ListPager<PendingAction>(
        `${target.value.baseUrl}/orders/pending`,
        target.value.baseUrl,
        (url) => this.session.get(url, 'GET /orders/pending'),
      );
    }
    const result = await this.pager.loadMore();
    this.problem = result.ok ? undefined : result.message;
    this.changed.fire();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'action': {
        const { action } = node;
        const item = new vscode.TreeItem(action.reason, vscode.TreeItemCollapsibleState.Expanded);
        item.description = [action.domain, action.order_id].filter(Boolean).join(' · ');
        item.tooltip = `${action.id}: ${action.message}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'detail': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.description = node.text;
        item.tooltip = node.text;
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'resolve': {
        const resolution = resolvePendingAction(node.action);
        const item = new vscode.TreeItem(resolution.actionLabel, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('go-to-file');
        item.command = {
          command: 'peeker.resolvePendingAction',
          title: resolution.actionLabel,
          arguments: [node.action],
        };
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem('Load more…', vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon('fold-down');
        item.command = { command: 'peeker.loadMorePending', title: 'Load more' };
        return item;
      }
      case 'message': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'action') {
      const resolution = resolvePendingAction(node.action);
      return [
        { kind: 'detail', label: 'Blocking', text: resolution.blocking, icon: 'circle-slash' },
        { kind: 'detail', label: 'Resolve', text: resolution.resolution, icon: 'lightbulb' },
        { kind: 'resolve', action: node.action },
      ];
    }
    if (node) return [];
    if (!this.pager?.loaded && !this.problem) await this.loadMore();
    const nodes: Node[] = (this.pager?.items ?? []).map((action) => ({ kind: 'action', action }));
    if (this.problem) nodes.push({ kind: 'message', text: this.problem, icon: 'error' });
    else if (this.pager?.loaded && nodes.length === 0)
      nodes.push({ kind: 'message', text: 'No open pending actions.', icon: 'pass' });
    if (this.pager?.loaded && this.pager.hasMore) nodes.push({ kind: 'more' });
    return nodes;
  }
}

/** Opens the prefilled request file that starts resolving `action` (an untitled file beside the workspace). */
export async function openResolution(action: PendingAction): Promise<void> {
  const resolution = resolvePendingAction(action);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = folder
    ? vscode.Uri.joinPath(folder, resolution.fileName).with({ scheme: 'untitled' })
    : vscode.Uri.from({ scheme: 'untitled', path: `/${resolution.fileName}` });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (document.getText() === '') {
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), resolution.fileText));
  }
}
