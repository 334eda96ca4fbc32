/**
 * The status bar item that says which operation the active file is linted against (as the server
 * reports it), and the "Peeker: Lint This File As…" command behind it.
 */
import * as vscode from 'vscode';
import { catalog } from '../../schemas';
import { operationsWithBody } from '../shared/body-files';
import { isRequestFileName } from '../shared/document-target';
import type { DocumentTargetParams } from '../shared/protocol';
import type { PeekerLanguageClient } from './language-client';
import type { OperationOverrides } from './operation-overrides';
import { statusText } from './status-text';

/** The command the status bar item runs. */
export const PICK_OPERATION_COMMAND = 'peeker.pickOperation';

/** Registers the status bar item and its command. */
export function registerStatusBar(
  context: vscode.ExtensionContext,
  languageClient: PeekerLanguageClient,
  overrides: OperationOverrides,
): void {
  const item = vscode.window.createStatusBarItem('peeker.operation', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Peeker operation';
  item.command = PICK_OPERATION_COMMAND;
  const targets = new Map<string, DocumentTargetParams>();

  const update = (): void => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const target = uri ? targets.get(uri) : undefined;
    const shown = target ? statusText(target) : undefined;
    if (!shown) {
      item.hide();
      return;
    }
    item.text = shown.text;
    item.tooltip = shown.tooltip;
    item.show();
  };

  context.subscriptions.push(
    item,
    languageClient.onDocumentTarget((params) => {
      targets.set(params.uri, params);
      if (params.uri === vscode.window.activeTextEditor?.document.uri.toString()) update();
    }),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidCloseTextDocument((document) => targets.delete(document.uri.toString())),
    vscode.commands.registerCommand(PICK_OPERATION_COMMAND, () => pickOperation(languageClient, overrides)),
  );
  update();
}

async function pickOperation(
  languageClient: PeekerLanguageClient,
  overrides: OperationOverrides,
): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage(
      'Open a JSON file first, then pick the operation to lint it against.',
    );
    return;
  }
  if (isRequestFileName(document.uri.path)) {
    void vscode.window.showInformationMessage(
      'A *.peeker.json request file is linted against its "request" field. Change that field to switch operations.',
    );
    return;
  }
  const current = overrides.get(document.uri.toString());
  const automatic: vscode.QuickPickItem = {
    label: '$(sync) Automatic',
    description: 'from "$schema" or peeker.bodyFiles',
  };
  const items: vscode.QuickPickItem[] = operationsWithBody().map((key) => ({
    label: key,
    description: catalog.operations.find((op) => op.key === key)?.summary,
    picked: key === current,
  }));
  const picked = await vscode.window.showQuickPick(current ? [automatic, ...items] : items, {
    title: `Lint ${vscode.workspace.asRelativePath(document.uri)} as…`,
    placeHolder: current
      ? `Currently ${current} (picked)`
      : 'The operation whose request body this file holds',
    matchOnDescription: true,
  });
  if (!picked) return;
  await languageClient.setOperation(document.uri, picked === automatic ? null : picked.label);
}
