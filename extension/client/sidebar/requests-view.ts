/**
 * The Requests view: the workspace's `*.peeker.json` files (click to open, ▷ to send) and the
 * history of sent calls (status, time, `Peeker-Request-Id`; click to see the response).
 */
import * as vscode from 'vscode';
import { describeHistoryEntry, type HistoryEntry } from '../core/history';
import type { PeekerSession } from '../session';

type Node =
  | { kind: 'files' }
  | { kind: 'history' }
  | { kind: 'file'; uri: vscode.Uri }
  | { kind: 'call'; entry: HistoryEntry };

/** Tree data for the Requests view. */
export class RequestsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private files: vscode.Uri[] | undefined;

  constructor(private readonly session: PeekerSession) {
    session.onDidChange(() => this.changed.fire(undefined));
    session.onDidSend(() => this.changed.fire(undefined));
  }

  /** Re-reads the file list. */
  refresh(): void {
    this.files = undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'files': {
        const item = new vscode.TreeItem('Request files', vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('files');
        return item;
      }
      case 'history': {
        const item = new vscode.TreeItem('History', vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon('history');
        item.contextValue = 'history';
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(node.uri, vscode.TreeItemCollapsibleState.None);
        // The folder relative to the workspace, blank at its root.
        const relative = vscode.workspace.asRelativePath(node.uri, false);
        item.description = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
        item.command = { command: 'vscode.open', title: 'Open', arguments: [node.uri] };
        item.contextValue = 'requestFile';
        return item;
      }
      case 'call': {
        const { label, description } = describeHistoryEntry(node.entry);
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        item.description = description;
        item.tooltip = `${node.entry.url}\n${description}`;
        const status = node.entry.status;
        item.iconPath = new vscode.ThemeIcon(
          status === undefined || status >= 500 ? 'error' : status >= 400 ? 'warning' : 'pass',
          new vscode.ThemeColor(
            status !== undefined && status < 400 ? 'testing.iconPassed' : 'testing.iconFailed',
          ),
        );
        item.command = {
          command: 'peeker.showResponse',
          title: 'Show Response',
          arguments: [node.entry.sequence],
        };
        item.contextValue = node.entry.requestId ? 'call.withRequestId' : 'call';
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return [{ kind: 'files' }, { kind: 'history' }];
    if (node.kind === 'files') {
      this.files ??= (await vscode.workspace.findFiles('**/*.peeker.json', '**/node_modules/**', 500)).sort(
        (a, b) => a.path.localeCompare(b.path),
      );
      return this.files.map((uri) => ({ kind: 'file', uri }));
    }
    if (node.kind === 'history') return this.session.calls.map((entry) => ({ kind: 'call', entry }));
    return [];
  }
}
