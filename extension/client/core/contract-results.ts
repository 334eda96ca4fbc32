/**
 * Contract-kit results → what the Testing view shows: the failure message at the property, and
 * the counterexample, the replay command and the `Peeker-Request-Id` of the breaking exchange in
 * the test output. Request files run as smoke tests are judged here too.
 */
import type { PropertyResult } from '../../../contract-tests';
import { redact } from './api-key';
import { explainResponse } from './explain';
import type { SendOutcome } from './http';

/** What the Testing view records for one finished test. */
export type TestVerdict =
  | { state: 'passed'; output: string }
  | { state: 'skipped'; output: string }
  | { state: 'failed' | 'errored'; message: string; output: string };

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

/** True when a run proves the "exercise the error branches" step: every property ran, none failed. */
export function isCompleteContractPass(results: readonly PropertyResult[], totalProperties: number): boolean {
  return (
    results.length === totalProperties &&
    results.some((r) => r.status === 'passed') &&
    results.every((r) => r.status === 'passed' || r.status === 'skipped')
  );
}
