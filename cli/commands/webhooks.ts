/**
 * `peeker-devkit webhooks` — check a webhook handler against the hygiene rules, or sign a body
 * by hand for curl.
 */
import { readFileSync } from 'node:fs';
import { maskUrlCredentials } from '../../lint/urls';
import {
  checkWebhookHandler,
  isHttpUrl,
  WEBHOOK_HYGIENE_RULES,
  WEBHOOK_RESPONSE_DEADLINE_MS,
  type WebhookCheckReport,
  type WebhookCheckResult,
} from '../../webhooks/checker';
import { urlCredentialsRefusal } from '../../webhooks/endpoint';
import { newPeekerId } from '../../webhooks/events';
import {
  EVENT_ID_HEADER,
  MILLISECONDS_FROM,
  SIGNATURE_HEADER,
  signWebhook,
  TIMESTAMP_HEADER,
} from '../../webhooks/signature';
import {
  type Command,
  integerOption,
  MAX_TIMER_MS,
  parseOptions,
  UsageError,
  unknownOptionError,
} from '../command';
import { redactorFor, styles, useColor } from '../output';
import { describeObservation, stderrProgress, webhookProgressReporter } from '../progress';

/** Environment variable read when `--secret` is not given (keeps the secret out of shell history). */
const SECRET_ENV = 'PEEKER_WEBHOOK_SECRET';

const HELP = `peeker-devkit webhooks — check your webhook handler; sign webhook bodies

Usage:
  peeker-devkit webhooks check --url URL [--secret S] [--timeout-ms N] [--format human|json]
  peeker-devkit webhooks sign [--secret S] [--timestamp N] <body-file | ->

check
  Sends your endpoint a battery of webhook deliveries and reports, rule by rule, whether it
  follows the four "Webhook handler hygiene" rules of the Peeker best practices:
    1. verify the signature: a valid delivery is accepted (2xx), and so is one whose body
       is pretty-printed with / and \u00e9 escapes (a handler that verifies re-serialised
       JSON instead of the raw bytes refuses it); a bad or missing Peeker-Signature, a
       missing Peeker-Timestamp, and a timestamp 6 minutes in the past or future are each
       rejected (4xx expected). An event sent first under another Peeker-Event-Id (the
       header is not signed), then under its own: the copy refused (4xx) and the event
       accepted (2xx). 2xx to both passes with a note, as only the responses are observed:
       it is safe if you dedupe on the signed body's id, not on the header
    2. idempotency: the same event delivered twice is answered 2xx both times (only the
       responses are observed, not side effects)
    3. every valid delivery is answered within the timeout (default 10 s)
    4. out-of-order events (domain.connected before order.in_progress, order.completed
       before order.in_progress) are still answered 2xx
  While the valid delivery is refused, or gets no answer (it times out or the connection
  drops), the other deliveries' answers prove nothing: those checks are marked ? (not
  shown), and the advice names the likely cause (404: a wrong URL or path; 405: the path
  takes no POST; 401/403: the endpoint's own auth, or a signature check that refuses valid
  signatures).
  Deliveries are POSTs with Content-Type: application/json, Peeker-Event-Id,
  Peeker-Timestamp, Peeker-Signature and a User-Agent naming peeker-devkit.

  --url URL          your webhook endpoint (http:// or https://)
  --secret S         the webhook secret your endpoint verifies with; default: $${SECRET_ENV}
  --timeout-ms N     how long to wait for each response, and the rule-3 limit (default ${WEBHOOK_RESPONSE_DEADLINE_MS})
  --format F         human (default) or json
  Progress goes to stderr when it is a terminal: one line per delivery as it ends.

sign
  Prints the Peeker-Event-Id, Peeker-Timestamp and Peeker-Signature headers for a body file
  ('-' reads stdin): HMAC-SHA256 of "<timestamp>.<raw body>", hex, as "v1=<hex>" (the kit's
  reading of the Peeker docs, which do not spell out the signed string). The event id is the
  body's "id" when it has one.

  --secret S         the webhook secret; default: $${SECRET_ENV}
  --timestamp N      Unix seconds to sign with (default: now; a value in milliseconds is refused)

The secret is never printed (one shorter than 4 characters is left alone where it happens to
appear in a URL or an id: hiding it would garble them and protect nothing). Prefer the
environment variable to --secret on shared machines.

Examples:
  export ${SECRET_ENV}=whsec_...
  peeker-devkit webhooks check --url http://localhost:3000/webhooks/peeker
  peeker-devkit webhooks check --url https://staging.example.com/hooks --format json > report.json

  # the signature is only valid for 5 minutes: send it right away
  peeker-devkit webhooks sign event.json > headers.txt
  curl -H @headers.txt -H 'Content-Type: application/json' --data-binary @event.json \\
    http://localhost:3000/webhooks/peeker

Exit codes: 0 every check passed, 1 some check failed or the endpoint is unreachable,
2 usage error (missing --url or secret, invalid URL or one with user:password@, unknown option).`;

/** The `webhooks` command: `check` a partner's handler, or `sign` a body. */
export const webhooksCommand: Command = {
  name: 'webhooks',
  summary: 'Check your webhook handler against the hygiene rules; sign webhook bodies for curl.',
  help: HELP,
  async run(args) {
    const [subcommand, ...rest] = args;
    switch (subcommand) {
      case 'check':
        return runCheck(rest);
      case 'sign':
        return runSign(rest);
      case undefined:
        throw new UsageError("webhooks: expected 'check' or 'sign'. Run 'peeker-devkit webhooks --help'.");
      default:
        // `webhooks --bogus` is an option it does not take, not a subcommand.
        if (subcommand.startsWith('-')) throw unknownOptionError('webhooks', subcommand);
        throw new UsageError(`webhooks: unknown subcommand '${subcommand}'; expected 'check' or 'sign'.`);
    }
  },
};

async function runCheck(args: string[]): Promise<number> {
  const { values } = parseOptions('webhooks check', args, {
    url: { type: 'string' },
    secret: { type: 'string' },
    'timeout-ms': { type: 'string' },
    format: { type: 'string', default: 'human' },
  });
  const secret = resolveSecret(values.secret, 'check');
  const redact = redactorFor(secret, '[secret]');
  if (values.url === undefined || values.url === '') {
    throw new UsageError('webhooks check: --url is required, e.g. --url http://localhost:3000/webhooks.');
  }
  if (!isHttpUrl(values.url)) {
    throw new UsageError(
      `webhooks check: --url '${maskUrlCredentials(values.url)}' is not an http:// or https:// URL.`,
    );
  }
  const credentials = urlCredentialsRefusal('webhooks check: --url', values.url);
  if (credentials !== undefined) throw new UsageError(credentials);
  const format = values.format;
  if (format !== 'human' && format !== 'json') {
    throw new UsageError(`webhooks check: --format expects 'human' or 'json', got '${format}'.`);
  }
  const timeoutMs = integerOption('timeout-ms', values['timeout-ms'], WEBHOOK_RESPONSE_DEADLINE_MS, {
    min: 1,
    max: MAX_TIMER_MS,
    command: 'webhooks check',
  });

  // A dozen deliveries, one after the other: a handler that never answers keeps a terminal waiting
  // for minutes at the default timeout, so say what is going on.
  const onProgress = stderrProgress((color) => webhookProgressReporter(color, redact));
  const report = await checkWebhookHandler({
    url: values.url,
    secret,
    timeoutMs,
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  // Redact string by string, so the JSON stays valid whatever the secret looks like.
  const safeReport: WebhookCheckReport = JSON.parse(
    JSON.stringify(report, (_key, value: unknown) => (typeof value === 'string' ? redact(value) : value)),
  );
  const output =
    format === 'json' ? JSON.stringify(safeReport, null, 2) : formatReport(safeReport, useColor());
  process.stdout.write(`${output}\n`);
  return report.passed ? 0 : 1;
}

async function runSign(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    'webhooks sign',
    args,
    { secret: { type: 'string' }, timestamp: { type: 'string' } },
    true,
  );
  const secret = resolveSecret(values.secret, 'sign');
  if (positionals.length !== 1) {
    throw new UsageError(
      `webhooks sign: expected one body file (or '-' for stdin), got ${positionals.length}.`,
    );
  }
  // From MILLISECONDS_FROM on a timestamp is taken for milliseconds: refused, not warned about, as
  // a verifier with the 5-minute rule (the kit's own included) rejects every signature made with
  // it — and a deliberately far-future timestamp is minutes or hours ahead, not millennia. Said
  // first, so a value in milliseconds hears that rather than the range.
  if (values.timestamp !== undefined && /^\d+$/.test(values.timestamp)) {
    const given = Number(values.timestamp);
    if (Number.isSafeInteger(given) && given >= MILLISECONDS_FROM) {
      throw new UsageError(
        `webhooks sign: --timestamp ${values.timestamp} looks like milliseconds (as Date.now() gives); it takes Unix seconds, e.g. ${Math.floor(given / 1000)}.`,
      );
    }
  }
  const timestamp = integerOption('timestamp', values.timestamp, Math.floor(Date.now() / 1000), {
    max: MILLISECONDS_FROM - 1,
    command: 'webhooks sign',
  });
  const path = positionals[0]!;
  const body = readBody(path);
  const headers = signWebhook(body, secret, timestamp);
  const lines = [
    `${EVENT_ID_HEADER}: ${eventIdOf(body)}`,
    `${TIMESTAMP_HEADER}: ${headers[TIMESTAMP_HEADER]}`,
    `${SIGNATURE_HEADER}: ${headers[SIGNATURE_HEADER]}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function resolveSecret(flag: string | undefined, subcommand: string): string {
  const secret = flag ?? process.env[SECRET_ENV];
  if (secret === undefined || secret === '') {
    throw new UsageError(`webhooks ${subcommand}: no webhook secret; pass --secret or set ${SECRET_ENV}.`);
  }
  return secret;
}

function readBody(path: string): Buffer {
  try {
    // fd 0 lets `-` read a pipe: `cat event.json | peeker-devkit webhooks sign -`.
    return readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code || 'unreadable';
    throw new UsageError(`webhooks sign: cannot read body file '${path}': ${why}.`);
  }
}

/**
 * The body's own `id` when it is an event envelope, so the header matches; else a fresh one. A
 * UTF-8 byte order mark (Windows editors write one) is skipped to read it; the bytes signed keep it.
 */
function eventIdOf(body: Buffer): string {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
    if (typeof parsed === 'object' && parsed !== null && 'id' in parsed) {
      const { id } = parsed;
      if (typeof id === 'string' && /^[\w-]+$/.test(id)) return id;
    }
  } catch {
    // Not JSON: any body can still be signed.
  }
  return newPeekerId('evt');
}

/**
 * The human report: one table per rule, ✓/✗ per check (? when the deliveries could not show it), a
 * "what to do" line under each failure.
 */
function formatReport(report: WebhookCheckReport, color: boolean): string {
  const s = styles(color);
  const title = `${s.bold('Webhook handler check:')} ${report.url}`;
  if (report.diagnosis !== undefined) {
    return `${title}\n\n${s.red('✗')} Could not reach the endpoint: ${report.diagnosis}`;
  }
  const nameWidth = Math.max(...report.checks.map((c) => c.name.length));
  const expectWidth = Math.max(...report.checks.map((c) => c.expectation.length));
  const lines = [title, ''];
  for (const { rule, title: ruleTitle } of WEBHOOK_HYGIENE_RULES) {
    const checks = report.checks.filter((c) => c.rule === rule);
    if (checks.length === 0) continue;
    lines.push(s.bold(`Rule ${rule}: ${ruleTitle}`));
    for (const check of checks) {
      const mark = check.passed ? s.green('✓') : check.notShown ? s.yellow('?') : s.red('✗');
      const observed =
        rule === 3 ? describeSlowest(check) : check.observed.map(describeObservation).join(', ');
      lines.push(
        `  ${mark} ${check.name.padEnd(nameWidth)}  ${s.dim('expected')} ${check.expectation.padEnd(expectWidth)}  ${s.dim('got')} ${observed}`,
      );
      if (check.fix !== undefined) lines.push(`      ${s.yellow('→')} ${check.fix}`);
      if (check.note !== undefined) lines.push(`      ${s.dim(`note: ${check.note}`)}`);
    }
    lines.push('');
  }
  const passed = report.checks.filter((c) => c.passed).length;
  const notShown = report.checks.filter((c) => c.notShown).length;
  const total = report.checks.length;
  const unshown = notShown > 0 ? `; ${notShown} not shown` : '';
  lines.push(
    report.passed
      ? s.green(`All ${total} checks passed.`)
      : s.red(`${total - passed - notShown} of ${total} checks failed${unshown}.`),
  );
  return lines.join('\n');
}

function describeSlowest(check: WebhookCheckResult): string {
  const [slowest] = check.observed;
  if (slowest === undefined) return 'nothing';
  const late = check.observed.filter((o) => o.failure === 'timeout').length;
  // A delivery that ended without an answer (closed, refused) says so rather than pass as the slowest answer.
  const unanswered = slowest.status === undefined && slowest.failure !== 'timeout' ? ', no answer' : '';
  const head = `slowest ${slowest.durationMs} ms: ${slowest.label}${unanswered}`;
  return late > 0 ? `${head}; ${late} without a response in time` : head;
}
