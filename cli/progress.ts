/**
 * Progress lines on stderr for the long runs — `contract`, `webhooks check`, `doctor` — shown only
 * when stderr is a terminal, so a log or a pipe gets the report alone.
 */
import type { ContractProgress, RateLimitWait } from '../contract-tests';
import { progressLine } from '../contract-tests/report/human';
import type { DeliveryObservation, WebhookCheckProgress } from '../webhooks/checker';
import { styles, useColor } from './output';

/** The reporter `make` builds for stderr's colours, or undefined when stderr is not a terminal. */
export function stderrProgress<T>(make: (color: boolean) => T): T | undefined {
  return process.stderr.isTTY === true ? make(useColor(process.stderr)) : undefined;
}

/**
 * A contract run's progress: which target, then one line per property as it ends, and one per
 * wait a 429 imposes (else a run waiting out a rate limit would look hung).
 */
export function contractProgressReporter(color: boolean): (event: ContractProgress) => void {
  const s = styles(color);
  return (event) => {
    if (event.kind === 'target') {
      process.stderr.write(
        s.dim(`Testing ${event.target.kind} ${event.target.baseUrl} (${event.total} properties)\n`),
      );
    } else if (event.kind === 'end') {
      process.stderr.write(`${progressLine(event.index, event.total, event.result, color)}\n`);
    } else if (event.kind === 'rate-limit-wait') {
      process.stderr.write(`${s.dim(describeRateLimitWait(event))}\n`);
    }
  };
}

/** `Waiting 31 s before retry 1 of 3: GET https://…/me answered 429 (rate limited).` */
export function describeRateLimitWait(wait: RateLimitWait): string {
  return `Waiting ${Math.ceil(wait.seconds)} s before retry ${wait.retry} of ${wait.retries}: ${wait.method} ${wait.url} answered 429 (rate limited).`;
}

/**
 * A webhook handler check's progress: the endpoint and what a silent handler costs, then one line
 * per delivery as it ends (`[ 3/12] order.in_progress (no Peeker-Signature): 401 in 4 ms`).
 * `redact` hides the secret in the URL, as in the report.
 */
export function webhookProgressReporter(
  color: boolean,
  redact: (text: string) => string = (text) => text,
): (event: WebhookCheckProgress) => void {
  const s = styles(color);
  return (event) => {
    if (event.kind === 'start') {
      process.stderr.write(
        s.dim(
          `Checking ${redact(event.url)}: ${event.total} deliveries, one at a time, up to ${event.timeoutMs} ms each\n`,
        ),
      );
    } else {
      const width = String(event.total).length;
      const counter = `[${String(event.index + 1).padStart(width)}/${event.total}]`;
      process.stderr.write(
        `${counter} ${event.observation.label}: ${s.dim(redact(describeObservation(event.observation)))}\n`,
      );
    }
  };
}

/** What one delivery got: `401 in 4 ms`, or why it got nothing and after how long. */
export function describeObservation(observation: DeliveryObservation): string {
  return observation.status !== undefined
    ? `${observation.status} in ${observation.durationMs} ms`
    : `${observation.error} (after ${observation.durationMs} ms)`;
}
