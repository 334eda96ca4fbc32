/**
 * The text of the response view: what was sent, the status, the `Peeker-Request-Id`, the
 * explanation (meaning, action, decision rule), then the headers and the body.
 */
import { redact } from './api-key';
import { explainResponse } from './explain';
import type { SendOutcome } from './http';
import type { PreparedRequest } from './request-file';

/** Renders one call's outcome as plain text for a read-only editor. Secrets are redacted. */
export function renderResponseDocument(
  request: Pick<PreparedRequest, 'method' | 'url'>,
  outcome: SendOutcome,
): string {
  const lines: string[] = [`${request.method} ${request.url}`];
  if (outcome.kind === 'network') {
    lines.push(`No response · ${outcome.durationMs} ms`, '', outcome.message);
    return redact(`${lines.join('\n')}\n`);
  }
  const { response } = outcome;
  const explanation = explainResponse(response);
  lines.push(`${explanation.headline} · ${response.durationMs} ms`);
  lines.push(`Peeker-Request-Id: ${explanation.requestId ?? '(missing)'}`);
  if (explanation.error) {
    const { error } = explanation;
    lines.push('');
    if (error.field !== undefined) lines.push(`Field: ${error.field}`);
    if (error.meaning !== undefined) lines.push(`What it means: ${error.meaning}`);
    if (error.action !== undefined) lines.push(`What to do: ${error.action}`);
  }
  if (explanation.rule) lines.push(`Decision rule (${explanation.rule.when}): ${explanation.rule.advice}`);
  if (explanation.retryAfterSeconds !== undefined) {
    lines.push(`Retry after: ${explanation.retryAfterSeconds} s (details.retry_after_seconds)`);
  }
  if (explanation.rule && explanation.requestId !== undefined) {
    lines.push(
      `Support: quote Peeker-Request-Id ${explanation.requestId} with the URL, status and error body.`,
    );
  }
  for (const warning of explanation.warnings) lines.push(`Warning: ${warning}`);
  lines.push('', '── Headers ──');
  for (const name of Object.keys(response.headers).sort()) lines.push(`${name}: ${response.headers[name]}`);
  lines.push('', '── Body ──');
  lines.push(response.json !== undefined ? JSON.stringify(response.json, null, 2) : response.bodyText);
  if (response.truncated) lines.push('… (cut: the body is larger than the display limit)');
  return redact(`${lines.join('\n')}\n`);
}
