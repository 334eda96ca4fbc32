/**
 * The Testing view: the contract kit's properties (grouped by contract) and the workspace's
 * `*.peeker.json` files as smoke tests, through one `TestController`. Run one, a group or all;
 * failures show at the property or file, with the counterexample and `Peeker-Request-Id` in the
 * test output.
 */
import * as vscode from 'vscode';
import type { PropertyResult } from '../../contract-tests';
import { redact } from './core/api-key';
import {
  contractVerdict,
  isCompleteContractPass,
  smokeVerdict,
  type TestVerdict,
} from './core/contract-results';
import { evidenceFromContractRun, evidenceSourceOf } from './core/go-live-checklist';
import type { PeekerSession, SentCall } from './session';
import { sendRequestFile } from './sidebar/send-request';

const CONTRACT_ROOT = 'contract';
const loadContractKit = () => import('../../contract-tests');
const FILES_ROOT = 'request-files';

/** Registers the controller, its items and the Run profile. */
export function registerTesting(context: vscode.ExtensionContext, session: PeekerSession): void {
  const controller = vscode.tests.createTestController('peeker', 'Peeker');
  context.subscriptions.push(controller);

  const contractRoot = controller.createTestItem(CONTRACT_ROOT, 'Contract kit');
  contractRoot.canResolveChildren = true;
  // The contract kit (fast-check, the emulator) loads when the Testing view first asks for it.
  const resolveContract = async () => {
    try {
      const kit = await loadContractKit();
      contractRoot.description = `${kit.CONTRACT_PROPERTIES.length} properties`;
      contractRoot.children.replace(
        kit.CONTRACT_GROUPS.map((group) => {
          const groupItem = controller.createTestItem(`group:${group.group}`, group.title);
          groupItem.description = group.seedSection;
          for (const property of kit.CONTRACT_PROPERTIES.filter((p) => p.group === group.group)) {
            const item = controller.createTestItem(`property:${property.name}`, property.name);
            item.description = property.needsEmulator ? 'needs emulator' : '';
            groupItem.children.add(item);
          }
          return groupItem;
        }),
      );
    } catch (error) {
      contractRoot.error = `The contract kit did not load: ${redact(error instanceof Error ? error.message : String(error))}`;
    }
  };
  const filesRoot = controller.createTestItem(FILES_ROOT, 'Request files (smoke)');
  controller.items.replace([contractRoot, filesRoot]);

  const refreshFiles = async () => {
    const files = await vscode.workspace.findFiles('**/*.peeker.json', '**/node_modules/**', 500);
    filesRoot.children.replace(
      files
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((uri) => {
          const item = controller.createTestItem(
            `file:${uri.toString()}`,
            vscode.workspace.asRelativePath(uri),
            uri,
          );
          item.range = new vscode.Range(0, 0, 0, 0);
          return item;
        }),
    );
  };
  controller.resolveHandler = async (item) => {
    if (!item) await Promise.all([resolveContract(), refreshFiles()]);
    else if (item.id === FILES_ROOT) await refreshFiles();
    else if (item.id === CONTRACT_ROOT) await resolveContract();
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.peeker.json');
  context.subscriptions.push(watcher, watcher.onDidCreate(refreshFiles), watcher.onDidDelete(refreshFiles));
  filesRoot.canResolveChildren = true;

  const runProfile = controller.createRunProfile(
    'Run',
    vscode.TestRunProfileKind.Run,
    (request, token) => runTests(controller, session, request, token),
    true,
  );
  context.subscriptions.push(
    runProfile,
    vscode.commands.registerCommand('peeker.runContractKit', async () => {
      await vscode.commands.executeCommand('workbench.view.testing.focus');
      if (contractRoot.children.size === 0) await resolveContract();
      await runTests(
        controller,
        session,
        new vscode.TestRunRequest([contractRoot]),
        new vscode.CancellationTokenSource().token,
      );
    }),
  );
}

function leaves(items: Iterable<vscode.TestItem>, excluded: readonly vscode.TestItem[]): vscode.TestItem[] {
  const out: vscode.TestItem[] = [];
  const visit = (item: vscode.TestItem) => {
    if (excluded.includes(item)) return;
    if (item.children.size === 0) out.push(item);
    else item.children.forEach(visit);
  };
  for (const item of items) visit(item);
  return out;
}

async function runTests(
  controller: vscode.TestController,
  session: PeekerSession,
  request: vscode.TestRunRequest,
  token: vscode.CancellationToken,
): Promise<void> {
  const all: vscode.TestItem[] = [];
  controller.items.forEach((item) => {
    all.push(item);
  });
  const selected = leaves(request.include ?? all, request.exclude ?? []);
  const properties = selected.filter((item) => item.id.startsWith('property:'));
  const files = selected.filter((item) => item.id.startsWith('file:'));
  const run = controller.createTestRun(request);
  for (const item of selected) run.enqueued(item);
  try {
    // The run profile's token, or the run's own (its Stop button, also for runs the command starts).
    const tokens = [token, run.token];
    const cancelled = () => tokens.some((t) => t.isCancellationRequested);
    if (properties.length > 0 && !cancelled()) await runProperties(session, run, properties, tokens);
    for (const item of files) {
      if (cancelled()) break;
      run.started(item);
      const started = Date.now();
      const result = await sendRequestFile(session, item.uri!, { showResponse: false, skipLintPrompt: true });
      if ('problem' in result) {
        report(
          run,
          item,
          { state: 'errored', message: result.problem, output: result.problem },
          Date.now() - started,
        );
      } else {
        report(
          run,
          item,
          smokeVerdict((result as SentCall).request.operation.key, result.outcome),
          Date.now() - started,
        );
      }
    }
  } finally {
    run.end();
  }
}

async function runProperties(
  session: PeekerSession,
  run: vscode.TestRun,
  items: vscode.TestItem[],
  tokens: readonly vscode.CancellationToken[],
): Promise<void> {
  const byName = new Map(items.map((item) => [item.id.slice('property:'.length), item]));
  // The emulator in use, else a stored sandbox key, else the suite's own embedded emulator.
  const target = session.target();
  const useTarget = target.ok && (target.value.kind === 'emulator' || !session.isLive);
  const options =
    useTarget && target.ok ? { baseUrl: target.value.baseUrl, apiKey: target.value.apiKey } : {};
  const where =
    !useTarget || !target.ok
      ? 'an embedded emulator'
      : target.value.kind === 'emulator'
        ? 'the local emulator'
        : target.value.baseUrl;
  run.appendOutput(
    `Contract kit against ${where}: ${items.length} propert${items.length === 1 ? 'y' : 'ies'}\r\n`,
  );
  const results: PropertyResult[] = [];
  let total = 0;
  // Stop pressed in the Testing view: the suite stops, then puts a running emulator's settings back.
  const stop = new AbortController();
  const stopping = tokens.map((token) =>
    token.onCancellationRequested(() => stop.abort('stopped from the Testing view')),
  );
  try {
    const kit = await loadContractKit();
    total = kit.CONTRACT_PROPERTIES.length;
    await kit.runContractSuite({
      ...options,
      signal: stop.signal,
      only: [...byName.keys()],
      onProgress: (event) => {
        if (event.kind === 'start') {
          const item = byName.get(event.property.name);
          if (item) run.started(item);
        } else if (event.kind === 'end') {
          results.push(event.result);
          const item = byName.get(event.result.name);
          if (item) report(run, item, contractVerdict(event.result), event.result.durationMs);
        }
      },
    });
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error));
    run.appendOutput(`${message}\r\n`);
    for (const item of items) {
      if (results.some((r) => `property:${r.name}` === item.id)) continue;
      if (stop.signal.aborted) run.skipped(item);
      else run.errored(item, new vscode.TestMessage(message));
    }
    return;
  } finally {
    for (const listener of stopping) listener.dispose();
  }
  if (isCompleteContractPass(results, total)) {
    const passed = results.filter((r) => r.status === 'passed').length;
    // The suite's own embedded emulator is never the sandbox, whatever peeker.baseUrl says.
    const source =
      useTarget && target.ok && target.value.kind === 'configured'
        ? evidenceSourceOf(target.value.baseUrl)
        : 'emulator';
    session.addEvidence(evidenceFromContractRun(passed, 0, where), source);
  }
}

function report(run: vscode.TestRun, item: vscode.TestItem, verdict: TestVerdict, durationMs: number): void {
  run.appendOutput(`${verdict.output.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, item);
  switch (verdict.state) {
    case 'passed':
      run.passed(item, durationMs);
      break;
    case 'skipped':
      run.skipped(item);
      break;
    case 'failed': {
      const message = new vscode.TestMessage(verdict.message);
      if (item.uri) message.location = new vscode.Location(item.uri, new vscode.Position(0, 0));
      run.failed(item, message, durationMs);
      break;
    }
    case 'errored':
      run.errored(item, new vscode.TestMessage(verdict.message), durationMs);
      break;
  }
}
