/**
 * "Peeker: New Request File": pick an operation, get an untitled `*.peeker.json` seeded with the
 * body schema's documented example.
 */
import * as vscode from 'vscode';
import { catalog } from '../../../schemas';
import { newRequestFileText, type SchemaExamples } from '../core/request-file';

/** Registers the command. */
export function registerNewRequestFile(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('peeker.newRequestFile', async (operationKey?: string) => {
      let key = typeof operationKey === 'string' ? operationKey : undefined;
      if (!key) {
        const pick = await vscode.window.showQuickPick(
          catalog.operations.map((op) => ({ label: op.key, description: op.summary })),
          { title: 'New Peeker request file', placeHolder: 'Operation' },
        );
        key = pick?.label;
      }
      const operation = catalog.operations.find((op) => op.key === key);
      if (!operation) return;
      let schema: SchemaExamples | undefined;
      if (operation.requestSchema) {
        const bytes = await vscode.workspace.fs.readFile(
          vscode.Uri.joinPath(
            context.extensionUri,
            'schemas',
            'generated',
            'json-schema',
            operation.requestSchema,
          ),
        );
        schema = JSON.parse(new TextDecoder().decode(bytes)) as SchemaExamples;
      }
      const name = `${operation.operationId.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.peeker.json`;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const uri = folder
        ? vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' })
        : vscode.Uri.from({ scheme: 'untitled', path: `/${name}` });
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      if (document.getText() === '') {
        await editor.edit((edit) =>
          edit.insert(new vscode.Position(0, 0), newRequestFileText(operation, schema)),
        );
      }
    }),
  );
}
