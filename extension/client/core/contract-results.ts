/**
 * Contract-kit results → what the Testing view shows: the failure message at the property, and
 * the counterexample, the replay command and the `Peeker-Request-Id` of the breaking exchange in
 * the test output. Request files run as smoke tests are judged here too.
 */
import type { PropertyResult } from '../../../contract-tests';
import type { LintResult } from '../../../lint';
import { redact } from './api-key';
import { explainResponse } from './explain';
import type { SendOutcome } from './http';
import { type PreparedRequest, parseRequestFile, prepareRequest } from './request-file';

/** What the Testing view records for one finished test. */
export type TestVerdict =
  | { state: 'passed'; output: string }
  | { state: 'skipped'; output: string }
  | {
      state: 'failed' | 'errored';
      message: string;
      output: string;
      /** Where in the file the failure is (0-based, as in LSP), when it is in the file. */
      at?: { line: number; character: number };
    };

/** The verdict for one contract property. */
export function contractVerdict(result: PropertyResult): TestVerdict {
  const head = `${result.name} — ${result.status} (${result.runs} runs, ${result.requests} requests, ${result.durationMs} ms)`;
  switch (result.status) {
    case 'passed':
      return { state: 'passed', output: head };
    case 'skipped':
      return { state: 'skipped', output: `${head}: ${result.reason ?? 'skipped'}` };
    case 'error':
      return {
        state: 'errored',
        message: result.reason ?? 'The property could not run.',
        output: `${head}\n${result.reason ?? ''}`,
      };
    case 'failed': {
      const failure = result.failure;
      if (!failure) return { state: 'failed', message: result.reason ?? 'Failed.', output: head };
      const exchange = failure.exchange;
      const lines = [
        head,
        `Broken promise: ${result.promise}`,
        failure.message,
        `Counterexample: ${failure.counterexample}`,
        `Replay: ${failure.replay}`,
      ];
      if (exchange) {
        lines.push(
          `Request: ${exchange.method} ${exchange.url}`,
          `Response: ${exchange.status} · Peeker-Request-Id: ${exchange.requestId ?? '(missing)'}`,
          exchange.responseBody.slice(0, 2000),
        );
      }
      const requestId = exchange?.requestId ? ` (Peeker-Request-Id ${exchange.requestId})` : '';
      return {
        state: 'failed',
        message: redact(`${failure.message}${requestId}`),
        output: redact(lines.join('\n')),
      };
    }
  }
}

/**
 * The verdict for a request file sent as a smoke test: it passes when the API answers 2xx.
 * A 4xx/5xx fails with the error code, its meaning and the decision rule's advice.
 */
export function smokeVerdict(operationKey: string, outcome: SendOutcome): TestVerdict {
  if (outcome.kind === 'network')
    return { state: 'errored', message: outcome.message, output: outcome.message };
  const { response } = outcome;
  const explanation = explainResponse(response);
  const id = `Peeker-Request-Id: ${explanation.requestId ?? '(missing)'}`;
  if (explanation.ok) return { state: 'passed', output: `${operationKey} → ${explanation.headline} · ${id}` };
  const parts = [`${operationKey} → ${explanation.headline}`];
  if (explanation.error?.meaning) parts.push(explanation.error.meaning);
  if (explanation.rule) parts.push(`Decision rule: ${explanation.rule.advice}`);
  parts.push(id);
  return {
    state: 'failed',
    message: parts.join('\n'),
    output: redact(`${parts.join('\n')}\n${response.bodyText.slice(0, 2000)}`),
  };
}

/**
 * A request file run as a smoke test, up to the request to send: a file with lint errors is not
 * sent — a body the linter knows the API rejects tests nothing (and a test run must not spend
 * calls on it) — and fails with the findings, at the first one; a file that cannot be turned into
 * a request (no operation, a missing path parameter…) is errored with the reason.
 * @param name the file's name, for messages.
 * @param lintResult `lint(text, { kind: 'request-file' })`, as the editor's Problems show it.
 */
export function prepareSmokeRequest(
  name: string,
  text: string,
  lintResult: Pick<LintResult, 'diagnostics'>,
  baseUrl: string,
): { request: PreparedRequest } | { verdict: TestVerdict } {
  const errors = lintResult.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const codes = [...new Set(errors.map((d) => d.code))].join(', ');
    const headline = `${name} was not sent: ${errors.length} lint error${errors.length === 1 ? '' : 's'} the API would reject (${codes}).`;
    const findings = errors.map(
      (d) =>
        `Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1} · ${d.code}${d.field ? ` (${d.field})` : ''}: ${d.message}`,
    );
    const first = errors[0]!.range.start;
    return {
      verdict: {
        state: 'failed',
        message: redact([headline, ...findings].join('\n')),
        output: redact(
          [headline, ...findings, 'Fix them (quick fixes in the Problems view), then run it again.'].join(
            '\n',
          ),
        ),
        at: { line: first.line, character: first.character },
      },
    };
  }
  const file = parseRequestFile(text);
  const request = file.ok ? prepareRequest(file.value, baseUrl) : file;
  if (!request.ok) {
    const message = `${name}: ${request.message}`;
    return { verdict: { state: 'errored', message, output: message } };
  }
  return { request: request.value };
}

/** True when a run proves the "exercise the error branches" step: every property ran, none failed. */
export function isCompleteContractPass(results: readonly PropertyResult[], totalProperties: number): boolean {
  return (
    results.length === totalProperties &&
    results.some((r) => r.status === 'passed') &&
    results.every((r) => r.status === 'passed' || r.status === 'skipped')
  );
}
