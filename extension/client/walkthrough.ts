/**
 * The "Go live with Peeker" walkthrough: each step's `onContext:` key is set only when its
 * evidence arrives (a successful call, a verified webhook, a passing contract run) — the
 * checklist itself lives in `core/go-live-checklist.ts`, shared with `peeker-devkit doctor`.
 */
import * as vscode from 'vscode';
import { contextKeyFor, type Evidence, evaluateChecklist } from './core/go-live-checklist';
import type { PeekerSession } from './session';

/** The walkthrough's id as VS Code knows it (`publisher.name#id`). */
export const WALKTHROUGH_ID = 'peeker-devkit.peeker-devkit#peeker.goLive';

/** Keeps the walkthrough's context keys in step with the evidence, and registers its commands. */
export function registerWalkthrough(context: vscode.ExtensionContext, session: PeekerSession): void {
  let announced = evaluateChecklist(session.evidence).at(-1)?.done ?? false;
  const apply = (evidence: Evidence) => {
    const statuses = evaluateChecklist(evidence);
    for (const status of statuses)
      void vscode.commands.executeCommand('setContext', contextKeyFor(status.step), status.done);
    const ready = statuses.at(-1)?.done ?? false;
    if (ready && !announced) {
      announced = true;
      void vscode.window.showInformationMessage(
        'Peeker go-live checklist complete: your sandbox integration is proven end to end.',
      );
    }
    if (!ready) announced = false;
  };
  apply(session.evidence);
  context.subscriptions.push(
    session.onDidChangeEvidence(apply),
    vscode.commands.registerCommand('peeker.openWalkthrough', () =>
      vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false),
    ),
    vscode.commands.registerCommand('peeker.resetGoLive', async () => {
      const answer = await vscode.window.showWarningMessage(
        'Forget all go-live evidence? The walkthrough starts over.',
        { modal: true },
        'Reset',
      );
      if (answer === 'Reset') await session.resetEvidence();
    }),
  );
}
