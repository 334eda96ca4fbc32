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
  prepareSmokeRequest,
  smokeVerdict,
  type TestVerdict,
} from './core/contract-results';
import { evidenceFromContractRun } from './core/go-live-checklist';
import { RESTRICTED_MODE_MESSAGE } from './core/send-guard';
import { contractRunOptions, type Target, testRunTarget } from './core/target';
import { type EmbeddedEmulator, startEmbeddedEmulator } from './emulator-runner';
import type { PeekerSession } from './session';

const CONTRACT_ROOT = 'contract';
const loadContractKit = () => import('../../contract-tests');
// The lint engine, for the smoke tests' lint gate (the language server has its own copy).
const loadLint = () => import('../../lint');
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
    if (files.length > 0 && !cancelled()) await runRequestFiles(session, run, files, cancelled);
  } finally {
    run.end();
  }
}

/**
 * Sends each request file once as a smoke test, to {@link testRunTarget}'s choice (never a live
 * key, so never a "Send to LIVE" question); a file with lint errors fails with its findings
 * instead of being sent.
 */
async function runRequestFiles(
  session: PeekerSession,
  run: vscode.TestRun,
  items: vscode.TestItem[],
  cancelled: () => boolean,
): Promise<void> {
  // Request files are the workspace's content: in Restricted Mode none is sent, not even locally.
  if (!vscode.workspace.isTrusted) {
    for (const item of items) run.errored(item, new vscode.TestMessage(RESTRICTED_MODE_MESSAGE));
    return;
  }
  const choice = testRunTarget(session.target(), session.isLive);
  let embedded: EmbeddedEmulator | undefined;
  let target: Target;
  let where: string;
  if (choice.kind === 'current') {
    ({ target, where } = choice);
  } else {
    try {
      embedded = await startEmbeddedEmulator((message) =>
        run.appendOutput(`${redact(`Embedded emulator: ${message}`)}\r\n`),
      );
    } catch (error) {
      const message = redact(
        `The embedded emulator did not start, so no request file was sent: ${error instanceof Error ? error.message : String(error)}`,
      );
      for (const item of items) run.errored(item, new vscode.TestMessage(message));
      return;
    }
    target = { baseUrl: embedded.baseUrl, apiKey: embedded.apiKey, kind: 'emulator' };
    where = `an embedded emulator (${choice.why})`;
  }
  try {
    run.appendOutput(
      `Request files against ${where}: ${items.length} file${items.length === 1 ? '' : 's'}\r\n`,
    );
    const { lint } = await loadLint();
    for (const item of items) {
      if (cancelled()) {
        run.skipped(item);
        continue;
      }
      run.started(item);
      const started = Date.now();
      report(run, item, await smokeTest(session, item, target, lint), Date.now() - started);
    }
  } finally {
    await embedded?.close();
  }
}

/** One request file's smoke test: lint gate, then one quiet send (no question, no retry). */
async function smokeTest(
  session: PeekerSession,
  item: vscode.TestItem,
  target: Target,
  lint: Awaited<ReturnType<typeof loadLint>>['lint'],
): Promise<TestVerdict> {
  try {
    // As it is in the editor, saved or not.
    const text = (await vscode.workspace.openTextDocument(item.uri!)).getText();
    const prepared = prepareSmokeRequest(
      item.label,
      text,
      lint(text, { kind: 'request-file' }),
      target.baseUrl,
    );
    if ('verdict' in prepared) return prepared.verdict;
    const call = await session.send(prepared.request, item.uri, { interactive: false, target });
    if (!call) {
      const message = `${item.label} was not sent (the Peeker Requests log says why).`;
      return { state: 'errored', message, output: message };
    }
    return smokeVerdict(call.request.operation.key, call.outcome);
  } catch (error) {
    const message = redact(`${item.label}: ${error instanceof Error ? error.message : String(error)}`);
    return { state: 'errored', message, output: message };
  }
}

async function runProperties(
  session: PeekerSession,
  run: vscode.TestRun,
  items: vscode.TestItem[],
  tokens: readonly vscode.CancellationToken[],
): Promise<void> {
  const byName = new Map(items.map((item) => [item.id.slice('property:'.length), item]));
  // The same choice as the request files', except that the suite embeds its own emulator.
  const choice = testRunTarget(session.target(), session.isLive);
  const options = contractRunOptions(choice);
  const where = choice.kind === 'current' ? choice.where : 'an embedded emulator';
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
      onWarning: (message) => run.appendOutput(`${redact(`Embedded emulator: ${message}`)}\r\n`),
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
    const source = choice.kind === 'current' ? choice.source : 'emulator';
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
      const at = verdict.at ?? { line: 0, character: 0 };
      if (item.uri)
        message.location = new vscode.Location(item.uri, new vscode.Position(at.line, at.character));
      run.failed(item, message, durationMs);
      break;
    }
    case 'errored':
      run.errored(item, new vscode.TestMessage(verdict.message), durationMs);
      break;
  }
}
