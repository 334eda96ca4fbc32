/**
 * The human report: one line per property under its contract, then every failure with its
 * promise, counterexample, request/response pair (with `Peeker-Request-Id`) and replay command,
 * then a summary per contract.
 *
 * @packageDocumentation
 */
import { printable } from '../../lint/text-utils';
import { CONTRACT_GROUPS } from '../property';
import type { Exchange } from '../target';
import { styles } from './ansi';
import type { ContractReport, PropertyFailure, PropertyResult } from './model';

type Styles = ReturnType<typeof styles>;

const TARGET_NAMES = {
  'embedded-emulator': 'embedded emulator',
  emulator: 'emulator',
  sandbox: 'sandbox',
} as const;

/**
 * Bodies in the terminal (and JUnit) are cut here: long enough for an error envelope or a few
 * rows. A field the failure names beyond the cut is shown on its own line; the JSON report keeps
 * the whole recorded body.
 */
export const BODY_PREVIEW_CHARS = 600;
// A named field's value shown under a cut body is itself cut here.
const NAMED_VALUE_CHARS = 200;

/** Renders the whole report for a terminal (`color` adds ANSI styles). */
export function formatHumanReport(report: ContractReport, color: boolean): string {
  const s = styles(color);
  const lines = [
    s.bold(`Peeker contract tests — ${TARGET_NAMES[report.target.kind]} ${report.target.baseUrl}`),
    s.dim(
      `seed ${report.seed} · ${report.numRuns} ${plural(report.numRuns, 'run', 'runs')} per property` +
        (report.target.activeFaults?.length
          ? ` · active faults: ${terminalSafe(report.target.activeFaults.join(', '))}`
          : ''),
    ),
    '',
  ];
  const nameWidth = Math.max(...report.results.map((r) => r.name.length));
  for (const { group, title } of CONTRACT_GROUPS) {
    const results = report.results.filter((r) => r.group === group);
    if (results.length === 0) continue;
    lines.push(s.bold(title));
    for (const result of results) lines.push(`  ${resultLine(result, nameWidth, s)}`);
  }

  const failures = report.results.filter((r) => r.status === 'failed' || r.status === 'error');
  if (failures.length > 0) {
    lines.push('', s.bold(s.red(`${failures.length === 1 ? 'Failure' : 'Failures'}`)));
    for (const result of failures) lines.push('', ...failureBlock(result, s));
  }

  lines.push('', s.bold('Summary per contract'));
  const shown = CONTRACT_GROUPS.filter(({ group }) => report.results.some((r) => r.group === group));
  const titleWidth = Math.max(...shown.map((g) => g.title.length));
  for (const { group, title } of shown) {
    const results = report.results.filter((r) => r.group === group);
    lines.push(`  ${title.padEnd(titleWidth)}  ${groupSummary(results, s)}`);
  }
  for (const note of report.cleanup ?? []) lines.push(s.dim(`Clean-up: ${terminalSafe(note)}`));
  lines.push('', totalsLine(report, s));
  return lines.join('\n');
}

/** `✓ dedupe.same-body-same-order   20 runs  61 requests  0.4 s` */
function resultLine(result: PropertyResult, width: number, s: Styles): string {
  const name = result.name.padEnd(width);
  switch (result.status) {
    case 'passed':
      return `${s.green('✓')} ${name}  ${s.dim(stats(result))}`;
    case 'skipped':
      return `${s.yellow('-')} ${name}  ${s.yellow(`skipped: ${terminalSafe(result.reason ?? 'not run')}`)}`;
    case 'failed':
      return `${s.red('✗')} ${name}  ${s.red('failed')} ${s.dim(stats(result))}`;
    case 'error':
      return `${s.red('!')} ${name}  ${s.red('could not run')} ${s.dim(stats(result))}`;
  }
}

function stats(result: PropertyResult): string {
  const runs = `${result.runs} ${plural(result.runs, 'run', 'runs')}`;
  return `${runs}, ${result.requests} ${plural(result.requests, 'request', 'requests')}, ${seconds(result.durationMs)}`;
}

/** Everything about one failure, ready to paste into a ticket. */
export function failureBlock(result: PropertyResult, s: Styles): string[] {
  const lines = [`${s.red(result.status === 'failed' ? '✗' : '!')} ${s.bold(result.name)}`];
  lines.push(`  ${s.dim('Promise:')} "${result.promise}"`);
  if (result.failure === undefined) {
    lines.push(`  ${s.dim('Problem:')} ${terminalSafe(result.reason ?? 'unknown')}`);
    return lines;
  }
  const failure = result.failure;
  lines.push(`  ${s.dim('Broken:')}  ${terminalSafe(failure.message)}`);
  lines.push(
    `  ${s.dim('Counterexample')} ${s.dim(`(${shrinkNote(failure)}):`)}`,
    ...indent(terminalSafe(failure.counterexample), 4),
  );
  if (failure.exchange !== undefined) lines.push(...exchangeLines(failure.exchange, s, failure.message));
  lines.push(`  ${s.dim('Replay:')}  ${s.cyan(failure.replay)}`);
  return lines;
}

/**
 * The request and response of one exchange, with the request id. When the response body is cut
 * for the preview, the fields `message` names (`carries totals: meta.total`) are shown below it.
 */
export function exchangeLines(exchange: Exchange, s: Styles, message?: string): string[] {
  const lines = [`  ${s.dim('Request:')}  ${exchange.method} ${terminalSafe(exchange.url)}`];
  if (exchange.authorization !== undefined)
    lines.push(`            Authorization: ${terminalSafe(exchange.authorization)}`);
  if (exchange.requestBody !== undefined)
    lines.push(...indent(terminalSafe(preview(exchange.requestBody)), 12));
  const requestId = exchange.requestId === undefined ? s.red('(missing)') : terminalSafe(exchange.requestId);
  lines.push(
    `  ${s.dim('Response:')} ${exchange.status} · Peeker-Request-Id: ${requestId} · ${exchange.durationMs} ms`,
  );
  if (exchange.responseBody !== '') lines.push(...indent(terminalSafe(preview(exchange.responseBody)), 12));
  const named = exchange.responseBody.length > BODY_PREVIEW_CHARS ? namedFields(message, exchange.json) : [];
  if (named.length > 0) {
    lines.push(`            ${s.dim(`(cut at ${BODY_PREVIEW_CHARS} characters; ${named.join(', ')})`)}`);
  }
  return lines;
}

/** A failure's full text without styles (for JUnit and logs). */
export function failureText(failure: PropertyFailure, promise: string): string {
  const plain = styles(false);
  return [
    `Promise: "${promise}"`,
    `Broken: ${terminalSafe(failure.message)}`,
    `Counterexample (${shrinkNote(failure)}):`,
    ...indent(terminalSafe(failure.counterexample), 2),
    ...(failure.exchange === undefined
      ? []
      : exchangeLines(failure.exchange, plain, failure.message).map((l) => l.slice(2))),
    `Replay: ${failure.replay}`,
  ].join('\n');
}

/** `after 3 shrinks`, and whether shrinking was cut short or skipped (a replay). */
function shrinkNote(failure: PropertyFailure): string {
  const after = `after ${failure.shrinks} ${plural(failure.shrinks, 'shrink', 'shrinks')}`;
  switch (failure.shrinking) {
    case undefined:
      return after;
    case 'cut-off':
      return `${after}; shrinking stopped at its time budget, a smaller failing case may exist`;
    case 'replayed':
      return 'replayed from --path as reported, not shrunk again';
  }
}

function groupSummary(results: PropertyResult[], s: Styles): string {
  const count = (status: PropertyResult['status']) => results.filter((r) => r.status === status).length;
  const broken = count('failed') + count('error');
  const skipped = count('skipped');
  const ran = results.length - skipped;
  const parts: string[] = [];
  if (ran > 0) parts.push(broken === 0 ? s.green(`${ran}/${ran} hold`) : s.red(`${broken}/${ran} broken`));
  if (skipped > 0) {
    const reasons = [...new Set(results.filter((r) => r.status === 'skipped').map((r) => r.reason))];
    parts.push(s.yellow(`${skipped} skipped (${terminalSafe(reasons.join('; '))})`));
  }
  return parts.join(', ');
}

function totalsLine(report: ContractReport, s: Styles): string {
  const count = (status: PropertyResult['status']) =>
    report.results.filter((r) => r.status === status).length;
  const broken = count('failed') + count('error');
  const skipped = count('skipped');
  const ran = report.results.length - skipped;
  const verdict =
    ran === 0
      ? s.yellow(s.bold('No property ran.'))
      : broken === 0
        ? s.green(s.bold(`All ${ran} ${plural(ran, 'property', 'properties')} hold.`))
        : s.red(s.bold(`${broken} of ${ran} ${plural(ran, 'property', 'properties')} broken.`));
  const extra = [
    skipped > 0 ? `${skipped} skipped` : '',
    `${report.requests} ${plural(report.requests, 'request', 'requests')}`,
    report.controlCalls > 0
      ? `${report.controlCalls} control ${plural(report.controlCalls, 'call', 'calls')}`
      : '',
    seconds(report.durationMs),
  ].filter((part) => part !== '');
  return `${verdict} ${s.dim(extra.join(' · '))}`;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** A progress line for stderr: `[ 3/29] ✓ dedupe.same-body-same-order (0.4 s)`. */
export function progressLine(index: number, total: number, result: PropertyResult, color: boolean): string {
  const s = styles(color);
  const mark = { passed: s.green('✓'), failed: s.red('✗'), error: s.red('!'), skipped: s.yellow('-') }[
    result.status
  ];
  const width = String(total).length;
  const note =
    result.status === 'skipped'
      ? `skipped: ${terminalSafe(result.reason ?? 'not run')}`
      : seconds(result.durationMs);
  return `[${String(index + 1).padStart(width)}/${total}] ${mark} ${result.name} ${s.dim(`(${note})`)}`;
}

/**
 * `meta.total is 0` for each JSON path in `message` (`meta.total`, `data[0].status`) that the
 * response body has. Values are redacted like the rest of the report.
 */
function namedFields(message: string | undefined, json: unknown): string[] {
  if (message === undefined || json === undefined) return [];
  const paths = new Set(message.match(/[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\])+/g) ?? []);
  const shown: string[] = [];
  for (const path of paths) {
    const value = valueAt(json, path);
    if (value === undefined) continue;
    const text = printable(JSON.stringify(value));
    shown.push(
      `${path} is ${text.length > NAMED_VALUE_CHARS ? `${text.slice(0, NAMED_VALUE_CHARS)}…` : text}`,
    );
  }
  return shown;
}

/** The value at a dotted path with `[n]` indexes, or undefined when the body has no such field. */
function valueAt(json: unknown, path: string): unknown {
  let current: unknown = json;
  for (const step of path.match(/[A-Za-z_][A-Za-z0-9_]*|\d+/g) ?? []) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string, unknown>)[step];
  }
  return current;
}

/**
 * Text the target (or data it was sent) wrote, ready for a terminal: each line as {@link printable}
 * makes it — escape sequences, bidirectional and invisible characters escaped (`\u001b`), secret
 * shapes redacted — so a response cannot clear the screen or print a fake verdict. Line breaks
 * stay, so a pretty-printed body still reads as one.
 */
function terminalSafe(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

function preview(text: string): string {
  return text.length > BODY_PREVIEW_CHARS ? `${text.slice(0, BODY_PREVIEW_CHARS)}…` : text;
}

function indent(text: string, spaces: number): string[] {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((line) => `${pad}${line}`);
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
