/**
 * The "Go live with Peeker" walkthrough: each step's `onContext:` key is set only when its
 * evidence arrives (a successful call, a verified webhook, a passing contract run) — the
 * checklist itself lives in `core/go-live-checklist.ts`, shared with `peeker-devkit doctor`.
 */
import * as vscode from 'vscode';
import {
  contextKeyFor,
  type Evidence,
  evaluateChecklist,
  WALKTHROUGH_SYNC_CONTEXT_KEY,
} from './core/go-live-checklist';
import type { PeekerSession } from './session';

/** The walkthrough's id as VS Code knows it (`publisher.name#id`). */
export const WALKTHROUGH_ID = 'peeker-devkit.peeker-devkit#peeker.goLive';
const PULSE_MS = 1500;

/** Keeps the walkthrough's context keys in step with the evidence, and registers its commands. */
export function registerWalkthrough(context: vscode.ExtensionContext, session: PeekerSession): void {
  const initial = evaluateChecklist(session.evidence);
  let announced = initial.at(-1)?.done ?? false;
  let announcedPractice = initial.slice(0, -1).every((status) => status.done);
  let pulseTimer: NodeJS.Timeout | undefined;
  // See WALKTHROUGH_SYNC_CONTEXT_KEY: briefly true so steps done before the walkthrough service
  // started still complete; false again soon so a service starting later is not confused.
  const pulse = () => {
    clearTimeout(pulseTimer);
    void vscode.commands.executeCommand('setContext', WALKTHROUGH_SYNC_CONTEXT_KEY, true);
    pulseTimer = setTimeout(
      () => void vscode.commands.executeCommand('setContext', WALKTHROUGH_SYNC_CONTEXT_KEY, false),
      PULSE_MS,
    );
  };
  const apply = async (evidence: Evidence) => {
    const statuses = evaluateChecklist(evidence);
    await Promise.all(
      statuses.map((status) =>
        vscode.commands.executeCommand('setContext', contextKeyFor(status.step), status.done),
      ),
    );
    pulse();
    const final = statuses.at(-1);
    const ready = final?.done ?? false;
    const practiced = statuses.slice(0, -1).every((status) => status.done);
    if (ready && !announced) {
      void vscode.window.showInformationMessage(
        'Peeker go-live checklist complete: your sandbox integration is proven end to end.',
      );
    } else if (practiced && !ready && !announcedPractice) {
      // Every practice step has evidence, but some of it is the local emulator's: say what is left.
      void vscode.window.showInformationMessage(
        `Peeker go-live practice complete. Not ready for live yet: ${final?.missing}.`,
      );
    }
    announced = ready;
    announcedPractice = practiced;
  };
  void vscode.commands
    .executeCommand('setContext', WALKTHROUGH_SYNC_CONTEXT_KEY, false)
    .then(() => apply(session.evidence));
  context.subscriptions.push(
    { dispose: () => clearTimeout(pulseTimer) },
    session.onDidChangeEvidence((evidence) => void apply(evidence)),
    // The walkthrough opens as a new editor tab: re-announce what is done.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      if (event.opened.length > 0) setTimeout(pulse, 300);
    }),
    vscode.commands.registerCommand('peeker.openWalkthrough', async () => {
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
      setTimeout(pulse, 300);
    }),
    vscode.commands.registerCommand('peeker.resetGoLive', async () => {
      const answer = await vscode.window.showWarningMessage(
        'Forget all go-live evidence? The walkthrough starts over (its own check marks stay until you reset them in the Welcome page).',
        { modal: true },
        'Reset',
      );
      if (answer === 'Reset') await session.resetEvidence();
    }),
  );
}
