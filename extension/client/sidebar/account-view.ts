/**
 * The Account view: environment (with a LIVE marker), preset, partner, base URL, the key (masked)
 * and the "Use local emulator" toggle.
 */
import * as vscode from 'vscode';
import { keyEnvironment, maskKey } from '../core/api-key';
import { TARGET_LABELS } from '../core/target';
import type { PeekerSession } from '../session';

/** Tree data for the Account view. */
export class AccountView implements vscode.TreeDataProvider<vscode.TreeItem> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly session: PeekerSession) {
    session.onDidChange(() => this.changed.fire());
  }

  getTreeItem(item: vscode.TreeItem): vscode.TreeItem {
    return item;
  }

  getChildren(): vscode.TreeItem[] {
    const { session } = this;
    const items: vscode.TreeItem[] = [];
    if (!vscode.workspace.isTrusted) {
      items.push(
        row('Restricted Mode', 'no requests until you trust this workspace', 'shield', 'peeker.manageTrust'),
      );
    }
    const emulator = session.emulator;
    items.push(
      row(
        `Use local emulator: ${session.emulatorStarting ? 'starting…' : emulator ? 'on' : 'off'}`,
        emulator ? emulator.baseUrl : 'a stateful sandbox on 127.0.0.1, no key needed',
        emulator ? 'vm-running' : 'vm-outline',
        'peeker.toggleEmulator',
        'emulatorToggle',
      ),
    );
    if (session.account) {
      const { account } = session;
      items.push(
        row(
          `Environment: ${session.isLive ? 'LIVE' : account.environment}`,
          session.isLive ? 'writes ask for confirmation' : TARGET_LABELS[session.targetKind],
          session.isLive ? 'warning' : 'beaker',
        ),
        row(`Preset: ${account.preset}`, presetNote(account.preset), 'key'),
        row(`Partner: ${account.partnerName}`, account.partnerId, 'organization'),
      );
    } else if (session.accountProblem) {
      // Without GET /me the key's prefix still tells the environment: the LIVE marker must not depend on the network.
      const environment = session.apiKey ? keyEnvironment(session.apiKey) : undefined;
      if (environment) {
        items.push(
          row(
            `Environment: ${session.isLive ? 'LIVE' : environment}`,
            'from the key prefix',
            session.isLive ? 'warning' : 'beaker',
          ),
        );
      }
      items.push(row('GET /me failed', session.accountProblem, 'error', 'peeker.refreshAccount'));
    }
    if (!emulator) {
      const key = session.apiKey;
      items.push(
        key
          ? row(`Key: ${maskKey(key)}`, 'in Secret Storage', 'lock', 'peeker.setApiKey')
          : row('Set API key…', 'pk_test_… for the sandbox', 'add', 'peeker.setApiKey', 'setKey'),
        row('Base URL', session.configuredBaseUrl, 'globe', 'peeker.openBaseUrlSetting'),
      );
    }
    return items;
  }
}

function presetNote(preset: string): string {
  if (preset === 'full') return 'read, availability, write';
  if (preset === 'limited') return 'read and availability only';
  if (preset === 'read') return 'read only';
  return '';
}

function row(
  label: string,
  description: string,
  icon: string,
  command?: string,
  contextValue?: string,
): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
  item.description = description;
  item.tooltip = `${label} — ${description}`;
  item.iconPath = new vscode.ThemeIcon(icon);
  if (command) item.command = { command, title: label };
  if (contextValue) item.contextValue = contextValue;
  return item;
}
