/**
 * Checks a partner's webhook endpoint against the four "Webhook handler hygiene" rules of the
 * Peeker best-practices page, by sending it signed (and deliberately mis-signed) deliveries.
 *
 * The checker only sees HTTP responses. It cannot tell whether a handler *processed* a
 * duplicate twice or rendered the wrong status after out-of-order events; it can tell whether
 * the handler answered the way Peeker needs it to.
 *
 * @packageDocumentation
 */

import { hasUrlCredentials, maskUrlCredentials } from '../lint/urls';
import { version as kitVersion } from '../package.json';
import { escapedPrettyJson } from './body-text';
import { describeSendFailure, type SendFailure } from './endpoint';
import { buildWebhookEvent, newPeekerId, type WebhookEvent } from './events';
import { requestTimeout } from './request-timeout';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './signature';

/** Peeker's limit for answering a delivery (best practices, rule 3). */
export const WEBHOOK_RESPONSE_DEADLINE_MS = 10_000;

/** `User-Agent` on every delivery the checker sends, so partners can spot it in their logs. */
export const CHECKER_USER_AGENT = `peeker-devkit/${kitVersion} (webhook-checker)`;

// How far outside the 300 s tolerance the stale and future deliveries sit: far enough that a
// few seconds of clock drift between checker and handler cannot flip the verdict.
const OUT_OF_TOLERANCE_SECONDS = 360;

/** The four rules of best practices §7, in the page's order. */
export const WEBHOOK_HYGIENE_RULES = [
  {
    rule: 1,
    title: 'Verify the signature',
    summary: 'Reject a missing or invalid Peeker-Signature, or a Peeker-Timestamp more than 5 minutes off.',
  },
  {
    rule: 2,
    title: 'Make the handler idempotent',
    summary: 'Dedupe on Peeker-Event-Id for at least 24 h; a retried event must still be answered 2xx.',
  },
  {
    rule: 3,
    title: 'Return 2xx fast',
    summary: 'Answer within 10 seconds; push slow work into a queue and respond first.',
  },
  {
    rule: 4,
    title: "Don't trust event ordering",
    summary: 'Accept events in any order and read data.status to decide what to render.',
  },
] as const;

/** A rule number, 1 to 4, of {@link WEBHOOK_HYGIENE_RULES}. */
export type WebhookHygieneRule = (typeof WEBHOOK_HYGIENE_RULES)[number]['rule'];

/** Options for {@link checkWebhookHandler}. */
export interface CheckWebhookHandlerOptions {
  /** The partner's webhook endpoint, `http:` or `https:`. */
  url: string;
  /** The webhook secret the endpoint verifies with. Never included in the report. */
  secret: string;
  /**
   * How long to wait for each response, in ms; also the rule-3 deadline.
   * Default {@link WEBHOOK_RESPONSE_DEADLINE_MS}.
   */
  timeoutMs?: number;
  /** `fetch` to use instead of the global one (tests, proxies). */
  fetchImpl?: typeof fetch;
  /**
   * Hears the check start and each delivery end, e.g. to show progress: deliveries go one at a
   * time, and a handler that never answers costs `timeoutMs` for each.
   */
  onProgress?: (event: WebhookCheckProgress) => void;
  /**
   * Stops the check: the delivery in flight is abandoned, no other is sent, and the promise
   * rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

/** What {@link CheckWebhookHandlerOptions.onProgress} hears. */
export type WebhookCheckProgress =
  | { kind: 'start'; url: string; total: number; timeoutMs: number }
  | { kind: 'delivery'; index: number; total: number; observation: DeliveryObservation };

/** What happened to one delivery. */
export interface DeliveryObservation {
  /** What was sent, e.g. `order.in_progress (valid signature)`. */
  label: string;
  /** The `Peeker-Event-Id` sent. */
  eventId: string;
  /** HTTP status, absent when no response arrived. */
  status?: number;
  /** Time to the response headers (or to giving up), in whole ms. */
  durationMs: number;
  /** One line on why no response arrived (timeout, connection reset…). */
  error?: string;
  /**
   * With `error`, what kind of failure it was: `timeout` (no answer in time), `closed` (the
   * handler dropped or reset the connection without answering) or `unreachable` (nothing answered).
   */
  failure?: SendFailure['kind'];
}

/** The verdict on one expectation. */
export interface WebhookCheckResult {
  /** Short name, e.g. `bad signature rejected`. */
  name: string;
  /** Which of the four {@link WEBHOOK_HYGIENE_RULES} this check belongs to. */
  rule: WebhookHygieneRule;
  /** What a correct handler does, e.g. `non-2xx (4xx expected)`. */
  expectation: string;
  /** The deliveries this check looked at. */
  observed: DeliveryObservation[];
  /** Whether the handler met the expectation. */
  passed: boolean;
  /**
   * Set (with `passed: false`) when the deliveries cannot show the rule either way: while the valid
   * signed delivery is refused (a wrong URL, the endpoint's own auth) or gets no answer at all (it
   * timed out, or the connection was dropped), a refused forgery proves
   * nothing about the signature check, and a refused duplicate, out-of-order or re-spaced delivery
   * nothing about idempotency, ordering or raw-body verification. `fix` then points at the first check.
   */
  notShown?: true;
  /** On failure: one line on what to change in the handler. */
  fix?: string;
  /** Something worth knowing even when the check passed (e.g. a 5xx where 4xx is better). */
  note?: string;
}

/** Everything {@link checkWebhookHandler} found. */
export interface WebhookCheckReport {
  /** The endpoint checked. */
  url: string;
  /** True when every check passed. */
  passed: boolean;
  /** Per-delivery timeout and rule-3 deadline used, in ms. */
  timeoutMs: number;
  /** Checks in rule order; empty when the endpoint could not be reached at all. */
  checks: WebhookCheckResult[];
  /** The slowest delivery that should have been accepted (the rule-3 measurement). */
  slowestValidDelivery?: DeliveryObservation;
  /** Set when the endpoint could not be reached: one line saying why and what to check. */
  diagnosis?: string;
}

/** One request to send: a body plus the headers to sign it with (or to leave out). */
interface Delivery {
  label: string;
  event: WebhookEvent;
  /**
   * How to authenticate the delivery; everything but `valid` and `swapped_event_id` must be
   * rejected. `swapped_event_id` is signed correctly, but its `Peeker-Event-Id` (which the signature
   * does not cover) is another id than the body's: a captured delivery replayed under a new id, to
   * slip past a dedupe. See {@link eventIdCheck} for what its answer can and cannot show.
   */
  signing:
    | 'valid'
    | 'wrong_secret'
    | 'no_signature'
    | 'no_timestamp'
    | 'stale'
    | 'future'
    | 'swapped_event_id';
  /**
   * How the body is written: `compact` (`JSON.stringify`, the default) or `escaped` (pretty-printed,
   * with `\/` and `\uXXXX` escapes: bytes that re-serialising the parsed body does not give back).
   */
  text?: 'compact' | 'escaped';
}

/**
 * Sends a battery of webhook deliveries to a partner endpoint and reports, rule by rule,
 * whether it behaves as Peeker's best practices require.
 *
 * Deliveries go one at a time, in a fixed order: first a valid one (if the endpoint cannot be
 * reached at all the run stops there with {@link WebhookCheckReport.diagnosis}), then a valid one
 * whose body is not in `JSON.stringify`'s compact form (a handler that verifies re-serialised JSON
 * refuses it), the signature attacks, an event sent first under another `Peeker-Event-Id` and then
 * under its own, a duplicate pair and two out-of-order sequences. Never throws for network
 * problems; those become one-line observations.
 *
 * @throws TypeError if `url` is not an absolute http(s) URL, has a user name or password in it
 * (`fetch` cannot send to it), or `secret` is empty.
 * Rejects with `signal.reason` once `options.signal` aborts.
 *
 * @example
 * ```ts
 * const report = await checkWebhookHandler({ url: 'http://localhost:3000/webhooks', secret });
 * for (const check of report.checks) if (!check.passed) console.log(check.name, '→', check.fix);
 * ```
 */
export async function checkWebhookHandler(options: CheckWebhookHandlerOptions): Promise<WebhookCheckReport> {
  const { url, secret, timeoutMs = WEBHOOK_RESPONSE_DEADLINE_MS } = options;
  if (!isHttpUrl(url)) {
    throw new TypeError(
      `checkWebhookHandler: '${maskUrlCredentials(String(url))}' is not an absolute http(s) URL.`,
    );
  }
  if (hasUrlCredentials(url)) {
    throw new TypeError(
      `checkWebhookHandler: '${maskUrlCredentials(url)}' has a user name or password in it; Peeker's deliveries carry none.`,
    );
  }
  if (typeof secret !== 'string' || secret === '') {
    throw new TypeError('checkWebhookHandler: the webhook secret must be a non-empty string.');
  }
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new TypeError(`checkWebhookHandler: timeoutMs must be a positive number, got ${timeoutMs}.`);
  }
  const fetchImpl = options.fetchImpl ?? fetch;
  const { signal, onProgress } = options;
  // The valid one, the re-spaced one, the signature attacks, the forged-id pair, a duplicate pair and
  // two out-of-order pairs.
  const total = 2 + SIGNATURE_ATTACKS.length + 2 + 2 + 4;
  let sent = 0;
  const send = async (delivery: Delivery) => {
    signal?.throwIfAborted();
    const observation = await deliver(delivery, { url, secret, timeoutMs, fetchImpl, signal });
    signal?.throwIfAborted();
    onProgress?.({ kind: 'delivery', index: sent++, total, observation });
    return observation;
  };
  onProgress?.({ kind: 'start', url, total, timeoutMs });

  const validEvent = buildWebhookEvent('order.in_progress');
  const valid = await send({
    label: 'order.in_progress (valid signature)',
    event: validEvent,
    signing: 'valid',
  });
  if (valid.failure === 'unreachable') {
    return { url, passed: false, timeoutMs, checks: [], diagnosis: valid.error };
  }

  // Peeker's serialisation is not documented: a handler must verify the bytes it got, whatever
  // their spacing and escapes. A slash and an accented name give the escapes something to do.
  const respaced = await send({
    label: 'order.completed (valid signature, pretty-printed body with \\/ and \\u00e9 escapes)',
    event: buildWebhookEvent('order.completed', {
      data: {
        personas: [
          { first_name: 'Renée', last_name: 'Lee', profile_picture_url: 'https://cdn.example.com/renee.png' },
        ],
      },
    }),
    signing: 'valid',
    text: 'escaped',
  });
  const checks: WebhookCheckResult[] = [
    acceptedCheck(1, 'valid signed delivery accepted', [valid], timeoutMs),
    rawBodyCheck(respaced, valid, timeoutMs),
  ];
  for (const attack of SIGNATURE_ATTACKS) {
    const observation = await send({
      label: attack.label,
      event: buildWebhookEvent('order.in_progress'),
      signing: attack.signing,
    });
    checks.push(rejectedCheck(attack.name, observation, attack.fix, valid));
  }

  // A captured delivery replayed under another Peeker-Event-Id. The copy goes first, before the
  // event's own delivery: a refusal then cannot be a duplicate's refusal, so it shows the header is
  // checked against the signed id (see eventIdCheck).
  const replayed = buildWebhookEvent('order.in_progress');
  const copy = await send({
    label: 'order.in_progress (signed, under a Peeker-Event-Id other than its body id)',
    event: replayed,
    signing: 'swapped_event_id',
  });
  const genuine = await send({
    label: 'order.in_progress (the same event under its own Peeker-Event-Id)',
    event: replayed,
    signing: 'valid',
  });
  checks.push(eventIdCheck(copy, genuine, valid, timeoutMs));

  // Rule 2: a retry carries the same event id and body; only the signing time may differ.
  const duplicated = buildWebhookEvent('order.completed');
  const first = await send({
    label: 'order.completed (first delivery)',
    event: duplicated,
    signing: 'valid',
  });
  const retry = await send({
    label: 'order.completed (same event again)',
    event: duplicated,
    signing: 'valid',
  });
  checks.push(
    unlessValidAccepted(
      {
        ...acceptedCheck(2, 'duplicate delivery answered 2xx both times', [first, retry], timeoutMs),
        note: 'The checker only sees the responses: make sure the second delivery caused no second side effect.',
      },
      valid,
      'duplicate handling',
    ),
  );

  // Rule 4: a domain.connected before its order.in_progress, and a completed order "going back".
  // The late events were created first, as in a real delayed retry: created_at keeps the true order.
  const aMinuteAgo = new Date(Date.now() - 60_000);
  const connectedOrder = buildWebhookEvent('order.in_progress', { createdAt: aMinuteAgo });
  const connectedDomain = buildWebhookEvent('domain.connected', {
    data: { order_id: connectedOrder.data.id },
  });
  const domainFirst = [
    await send({ label: 'domain.connected (before its order)', event: connectedDomain, signing: 'valid' }),
    await send({ label: 'order.in_progress (after its domain)', event: connectedOrder, signing: 'valid' }),
  ];
  checks.push(
    unlessValidAccepted(
      acceptedCheck(4, 'domain.connected before its order.in_progress', domainFirst, timeoutMs),
      valid,
      'event ordering',
    ),
  );

  const completedOrder = buildWebhookEvent('order.completed');
  const lateProgress = buildWebhookEvent('order.in_progress', {
    createdAt: aMinuteAgo,
    data: { id: completedOrder.data.id },
  });
  const completedFirst = [
    await send({ label: 'order.completed (arrives first)', event: completedOrder, signing: 'valid' }),
    await send({ label: 'order.in_progress (arrives late)', event: lateProgress, signing: 'valid' }),
  ];
  checks.push(
    unlessValidAccepted(
      acceptedCheck(4, 'order.completed before order.in_progress', completedFirst, timeoutMs),
      valid,
      'event ordering',
    ),
  );

  const validDeliveries = [valid, respaced, genuine, first, retry, ...domainFirst, ...completedFirst];
  const slowest = validDeliveries.reduce((a, b) => (b.durationMs > a.durationMs ? b : a));
  checks.push(speedCheck(validDeliveries, slowest, timeoutMs));

  checks.sort((a, b) => a.rule - b.rule);
  return { url, passed: checks.every((c) => c.passed), timeoutMs, checks, slowestValidDelivery: slowest };
}

const SIGNATURE_ATTACKS: ReadonlyArray<{
  name: string;
  label: string;
  signing: Delivery['signing'];
  fix: string;
}> = [
  {
    name: 'bad signature rejected',
    label: 'order.in_progress (signed with a different secret)',
    signing: 'wrong_secret',
    fix: 'Verify Peeker-Signature (HMAC-SHA256 of "<timestamp>.<raw body>") before doing anything; answer 400 on mismatch.',
  },
  {
    name: 'missing Peeker-Signature rejected',
    label: 'order.in_progress (no Peeker-Signature)',
    signing: 'no_signature',
    fix: 'Treat a request without Peeker-Signature as forged: answer 400 and ignore the body.',
  },
  {
    name: 'missing Peeker-Timestamp rejected',
    label: 'order.in_progress (no Peeker-Timestamp)',
    signing: 'no_timestamp',
    fix: 'Require Peeker-Timestamp and include it in the signed string; answer 400 when it is missing.',
  },
  {
    name: 'stale timestamp rejected',
    label: `order.in_progress (timestamp ${OUT_OF_TOLERANCE_SECONDS} s old)`,
    signing: 'stale',
    fix: 'Reject deliveries whose Peeker-Timestamp is more than 300 s old: they may be replays.',
  },
  {
    name: 'far-future timestamp rejected',
    label: `order.in_progress (timestamp ${OUT_OF_TOLERANCE_SECONDS} s ahead)`,
    signing: 'future',
    fix: 'Reject Peeker-Timestamp values more than 300 s ahead too: compare the absolute difference.',
  },
];

interface Target {
  url: string;
  secret: string;
  timeoutMs: number;
  fetchImpl: typeof fetch;
  signal: AbortSignal | undefined;
}

async function deliver(delivery: Delivery, target: Target): Promise<DeliveryObservation> {
  const body =
    delivery.text === 'escaped' ? escapedPrettyJson(delivery.event) : JSON.stringify(delivery.event);
  const eventId = delivery.signing === 'swapped_event_id' ? newPeekerId('evt') : delivery.event.id;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'User-Agent': CHECKER_USER_AGENT,
    [EVENT_ID_HEADER]: eventId,
    ...signatureHeaders(body, target.secret, delivery.signing),
  };
  const base = { label: delivery.label, eventId };
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const timeout = requestTimeout(target.timeoutMs, target.signal);
  try {
    const response = await target.fetchImpl(target.url, {
      method: 'POST',
      headers,
      body,
      // Peeker does not follow redirects to deliver: a 3xx is an answer, and not a 2xx.
      redirect: 'manual',
      signal: timeout.signal,
    });
    const durationMs = elapsed();
    // Free the connection; the body is irrelevant to every check.
    await response.body?.cancel().catch(() => undefined);
    return { ...base, status: response.status, durationMs };
  } catch (error) {
    const durationMs = elapsed();
    const { message, kind } = describeSendFailure(error, target.url, target.timeoutMs);
    return { ...base, durationMs, error: message, failure: kind };
  } finally {
    timeout.clear();
  }
}

function signatureHeaders(
  body: string,
  secret: string,
  signing: Delivery['signing'],
): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  switch (signing) {
    case 'valid':
    case 'swapped_event_id':
      return { ...signWebhook(body, secret, now) };
    case 'wrong_secret':
      return { ...signWebhook(body, `${secret}-not-the-real-secret`, now) };
    case 'no_signature':
      return { [TIMESTAMP_HEADER]: String(now) };
    case 'no_timestamp':
      return { [SIGNATURE_HEADER]: signWebhook(body, secret, now)[SIGNATURE_HEADER] };
    case 'stale':
      return { ...signWebhook(body, secret, now - OUT_OF_TOLERANCE_SECONDS) };
    case 'future':
      return { ...signWebhook(body, secret, now + OUT_OF_TOLERANCE_SECONDS) };
  }
}

/** The fix for a delivery that found nothing listening, after the first one got through. */
const STOPPED_ANSWERING =
  'The endpoint stopped answering during the check: keep the server up while it handles deliveries, then run the check again.';

function acceptedCheck(
  rule: WebhookHygieneRule,
  name: string,
  observations: DeliveryObservation[],
  timeoutMs: number,
): WebhookCheckResult {
  const failed = observations.find((o) => !isSuccess(o.status));
  const expectation = observations.length > 1 ? '2xx for each delivery' : '2xx';
  if (!failed) return { name, rule, expectation, observed: observations, passed: true };
  return {
    name,
    rule,
    expectation,
    observed: observations,
    passed: false,
    fix: acceptFix(rule, failed, timeoutMs),
  };
}

/** The name of the rule-1 check whose delivery's body is not in `JSON.stringify`'s form. */
const RAW_BODY_CHECK = 'raw body bytes verified';

/**
 * Rule 1 on the raw bytes: a validly signed delivery whose body is pretty-printed with `\/` and
 * `\uXXXX` escapes must be accepted. Refused while the compact one was accepted, the handler
 * verifies something other than the bytes it received (typically `JSON.stringify(req.body)`).
 */
function rawBodyCheck(
  observation: DeliveryObservation,
  valid: DeliveryObservation,
  timeoutMs: number,
): WebhookCheckResult {
  const check = unlessValidAccepted(
    acceptedCheck(1, RAW_BODY_CHECK, [observation], timeoutMs),
    valid,
    'raw-body verification',
  );
  const { status } = observation;
  if (check.passed || check.notShown || status === undefined || status < 400 || status >= 500) return check;
  // A rate limiter answers for the route, not for this body: its own advice stands.
  if (status === 429) return check;
  return {
    ...check,
    fix: `The handler refused a validly signed body only because it is not written the way JSON.stringify writes it: it verifies re-serialised JSON. Compute the HMAC over the raw body bytes as received (express.raw(), not express.json() and then JSON.stringify), and parse only after verifying: Peeker's serialisation (spacing, escapes, key order) is not documented.`,
  };
}

/**
 * `check` unchanged unless it failed while the valid signed delivery was not accepted — refused (a
 * wrong URL, the endpoint's own auth, a proxy), timed out or dropped: then these deliveries'
 * refusals prove nothing about `topic` either, and the check is "not shown", pointing at the first check.
 */
function unlessValidAccepted(
  check: WebhookCheckResult,
  valid: DeliveryObservation,
  topic: string,
): WebhookCheckResult {
  if (check.passed || isSuccess(valid.status)) return check;
  const { note: _note, ...rest } = check;
  return {
    ...rest,
    notShown: true,
    fix: notShownFix(valid, `these answers say nothing about ${topic}`),
  };
}

/** The fix of a "not shown" check: what `evidence` cannot show, and the first check to fix. */
function notShownFix(valid: DeliveryObservation, evidence: string): string {
  return `Not shown: the valid signed delivery ${validNotAccepted(valid)}, so ${evidence}. Fix what "valid signed delivery accepted" names, then run the check again.`;
}

/**
 * What became of a valid delivery that got no 2xx, to finish "the valid signed delivery …": a
 * timeout or a dropped connection shows as little as a refusal that the endpoint works at all.
 */
function validNotAccepted(valid: DeliveryObservation): string {
  if (valid.status !== undefined) return `was refused too (${valid.status})`;
  if (valid.failure === 'timeout') return `was not answered (${valid.error})`;
  if (valid.failure === 'closed') return 'was not answered (the connection was closed)';
  return 'was not answered';
}

function acceptFix(rule: WebhookHygieneRule, failed: DeliveryObservation, timeoutMs: number): string {
  if (failed.failure === 'timeout') {
    return `Answer 2xx within ${formatDuration(timeoutMs)}; respond first and queue the slow work.`;
  }
  if (failed.failure === 'closed') {
    return 'The handler closed the connection without answering: find where it crashes or drops the request (its logs for this delivery), then answer 2xx.';
  }
  if (failed.status === undefined) return STOPPED_ANSWERING;
  if (failed.status >= 300 && failed.status < 400)
    return 'Answer 2xx at this URL directly; deliveries do not follow redirects.';
  const status = failed.status;
  // Refusals that come before any handler code: a wrong URL, a route without POST, the endpoint's own
  // auth. Only the first delivery of rule 1 gets this advice: while it is refused, the other
  // checks that expect a 2xx are "not shown" (unlessValidAccepted) and point at it.
  if (rule === 1 && status === 404) {
    return 'The endpoint answered 404 (not found): check the URL and path — --url must be the exact route your webhook handler serves — then run the check again.';
  }
  if (rule === 1 && status === 405) {
    return 'The endpoint answered 405 (method not allowed): this path does not take POST. Point --url at the route that handles POSTed deliveries, or let it accept POST.';
  }
  if (rule === 1 && (status === 401 || status === 403)) {
    return `The endpoint answered ${status} to a validly signed delivery. If it wants its own authentication (a session, an API key, basic auth), exempt the webhook route: Peeker's deliveries carry no credentials and are authenticated by Peeker-Signature alone. Otherwise its signature check refuses valid signatures: HMAC-SHA256 of "<Peeker-Timestamp>.<raw body>" with your secret, hex, after "v1=".`;
  }
  // A rate limiter or a gateway answered: the handler's code never ran, so advice about
  // signatures, duplicates or ordering would send the reader to the wrong place.
  if (status === 429) {
    return 'The endpoint answered 429 (rate limited): exempt the webhook URL from rate limiting (Peeker delivers in bursts, and retries only delay events), then run the check again.';
  }
  if (status === 502 || status === 503 || status === 504) {
    return `The endpoint answered ${status}, which a proxy or gateway gives when the handler behind it is down, unreachable or too slow: check that the handler runs and that the proxy forwards this URL to it, then answer 2xx.`;
  }
  // Another 5xx: the handler crashed, maybe on what this rule's delivery holds.
  const crashed =
    status >= 500
      ? `The handler failed with ${status} (a server error): its logs for this delivery show where it crashes`
      : undefined;
  if (rule === 2) {
    const fix = 'On a Peeker-Event-Id you have already processed, skip the work but still answer 200.';
    return crashed === undefined ? fix : `${crashed}. ${fix}`;
  }
  if (rule === 4) {
    const fix =
      'Accept events in any order: answer 200, then render from data.status instead of assuming a sequence.';
    return crashed === undefined ? fix : `${crashed}. ${fix}`;
  }
  if (crashed !== undefined) return `${crashed} — signature verification included — then answer 2xx.`;
  return 'Accept deliveries whose signature is valid: HMAC-SHA256 of "<Peeker-Timestamp>.<raw body>" with your secret, hex, after "v1=".';
}

function rejectedCheck(
  name: string,
  observation: DeliveryObservation,
  fix: string,
  valid: DeliveryObservation,
): WebhookCheckResult {
  const base = { name, rule: 1 as const, expectation: 'non-2xx (4xx expected)', observed: [observation] };
  const { status } = observation;
  if (status === undefined) return { ...base, passed: false, fix: unansweredForgeryFix(observation) };
  if (isSuccess(status)) return { ...base, passed: false, fix };
  if (!isSuccess(valid.status)) {
    // An endpoint that refuses everything (a wrong URL, its own auth) refuses forgeries too, and
    // one that hung on or dropped the valid delivery has not shown it accepts anything: only a
    // refusal next to an accepted valid delivery shows the signature is checked.
    return {
      ...base,
      passed: false,
      notShown: true,
      fix: notShownFix(valid, `this ${status} says nothing about the signature check`),
    };
  }
  const note = rejectionNote(status);
  return note === undefined ? { ...base, passed: true } : { ...base, passed: true, note };
}

/** The fix for a forged delivery that got no answer at all. */
function unansweredForgeryFix(observation: DeliveryObservation): string {
  const instead = { timeout: 'hanging', closed: 'dropping the connection' } as const;
  const kind = observation.failure;
  return kind === 'timeout' || kind === 'closed'
    ? `Reject forged deliveries quickly with a 4xx instead of ${instead[kind]}.`
    : STOPPED_ANSWERING;
}

/**
 * What to know about a forged delivery's refusal (`status` not 2xx) that is not a 4xx of the
 * handler's own; `check` names what a 4xx would have shown.
 */
function rejectionNote(status: number, check = 'the signature check'): string | undefined {
  if (status === 429) {
    return `Rejected, but with 429 (rate limited), which says nothing about ${check}: exempt the webhook URL from rate limiting and run the check again.`;
  }
  if (status >= 500) {
    return 'Rejected, but with a 5xx, which reads as a server fault: answer 400 or 401 for a delivery that fails verification.';
  }
  return undefined;
}

/** The name of the rule-1 check that sends an event under another `Peeker-Event-Id` first. */
const EVENT_ID_CHECK = 'replay under a forged Peeker-Event-Id';

/** The advice for a handler that took the forged-id copy for the event itself. */
const EVENT_ID_FIX =
  "Peeker-Event-Id is not signed: a captured delivery can be replayed within the 5 minutes under a new one. Compare it with the signed body's id (verifyWebhook does: reason event_id_mismatch) and answer 400 when they differ; dedupe on the body's id.";

/**
 * Rule 1 on the unsigned `Peeker-Event-Id`: a copy of an event signed correctly but sent under
 * another event id (`copy`), then the event under its own (`genuine`).
 *
 * Only answers are seen, so the verdict keeps to what they can show:
 * - copy refused, genuine 2xx: the handler checks the header against the signed body's id (the
 *   refusal cannot be a duplicate's, as the event was new). Passed.
 * - both 2xx: a handler that dedupes on the body's id processed the event once and acknowledged the
 *   second delivery as a duplicate — safe, and what rule 2 asks; one that dedupes on the header
 *   processed it twice. The answers are the same, so this passes with a note, never fails.
 * - copy 2xx, genuine refused: the handler took the copy for the event, then refused Peeker's own
 *   delivery of it (a duplicate answered non-2xx, or a second processing that failed). Failed.
 * - genuine refused after the copy was refused too: refusing the copy spoiled the event. Failed,
 *   or "not shown" while the first valid delivery was not accepted either.
 */
function eventIdCheck(
  copy: DeliveryObservation,
  genuine: DeliveryObservation,
  valid: DeliveryObservation,
  timeoutMs: number,
): WebhookCheckResult {
  const base = {
    name: EVENT_ID_CHECK,
    rule: 1 as const,
    expectation: 'copy 4xx (or 2xx), then 2xx',
    observed: [copy, genuine],
  };
  if (copy.status === undefined) return { ...base, passed: false, fix: unansweredForgeryFix(copy) };
  if (isSuccess(genuine.status)) {
    if (isSuccess(copy.status)) {
      return {
        ...base,
        passed: true,
        note: "Both answered 2xx. The checker only sees the responses: this is safe if the handler dedupes on the signed body's id (the event processed once), not if it dedupes on Peeker-Event-Id (processed twice). Answer 400 when the header differs from the body's id (verifyWebhook: event_id_mismatch) for the check to show it.",
      };
    }
    const note = rejectionNote(copy.status, 'the Peeker-Event-Id check');
    return note === undefined ? { ...base, passed: true } : { ...base, passed: true, note };
  }
  // The genuine delivery was refused. While the first valid one was not accepted either, that is
  // the endpoint refusing everything: "not shown" (unlessValidAccepted), as for the other checks.
  const fix = refusedGenuineFix(copy, genuine, timeoutMs);
  return unlessValidAccepted({ ...base, passed: false, fix }, valid, 'Peeker-Event-Id handling');
}

/** Why the event's own delivery was refused after its copy under another `Peeker-Event-Id`. */
function refusedGenuineFix(
  copy: DeliveryObservation,
  genuine: DeliveryObservation,
  timeoutMs: number,
): string {
  const { status } = genuine;
  // No answer, or one from a rate limiter or gateway: the general advice for a refused valid delivery.
  if (status === undefined || status === 429 || status === 502 || status === 503 || status === 504) {
    return acceptFix(1, genuine, timeoutMs);
  }
  if (isSuccess(copy.status)) {
    return `The handler accepted a copy of this event sent under another Peeker-Event-Id, then refused the event's own delivery (${status}): either it answers an event it has already processed with a non-2xx (answer 200: Peeker retries refused deliveries), or it processed the copy as a new event and failed on the second processing. ${EVENT_ID_FIX}`;
  }
  return `The handler refused the copy sent under another Peeker-Event-Id (${copy.status}), then the event's own delivery too (${status}): refusing a forged copy must not mark its event as seen or failed. Check Peeker-Event-Id against the signed body's id before recording anything, and answer 2xx to the genuine delivery.`;
}

function speedCheck(
  observed: DeliveryObservation[],
  slowest: DeliveryObservation,
  timeoutMs: number,
): WebhookCheckResult {
  const within = formatDuration(timeoutMs);
  // Only timeouts are slow: a dropped connection or a vanished server ended without an answer, but
  // fast, and its own rule-1, 2 or 4 check already says so.
  const late = observed.filter((o) => o.failure === 'timeout');
  const unanswered = observed.filter((o) => o.status === undefined).length;
  const answered = observed.length - unanswered;
  const base = {
    name: `every valid delivery answered within ${within}`,
    rule: 3 as const,
    // Timing only: each delivery's status is already judged by its own rule-1, 2 or 4 check.
    expectation: `answered within ${within}`,
    observed: [slowest, ...late.filter((o) => o !== slowest)],
  };
  if (late.length > 0) {
    return {
      ...base,
      passed: false,
      fix: `${late.length} of ${observed.length} valid deliveries got no answer within ${within}: respond 2xx first, then do the work from a queue.`,
    };
  }
  if (answered === 0) {
    // Nothing answered, so nothing shows the handler answers fast: the check cannot pass.
    return {
      ...base,
      passed: false,
      fix: `None of the ${observed.length} valid deliveries was answered (each connection was closed or refused without an HTTP response), so how fast the handler answers is unknown: fix what the rule-1 check names, then run the check again.`,
    };
  }
  if (unanswered > 0) {
    // Named for what held, so a pass never claims every delivery was answered.
    return {
      ...base,
      name: `${answered} of ${observed.length} valid deliveries answered, each within ${within}`,
      passed: true,
      note: `${unanswered} of ${observed.length} valid deliveries ended quickly without an answer (connection closed or refused): not slow, but not answered either — see their own checks.`,
    };
  }
  return { ...base, passed: true };
}

function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300;
}

/** True for an absolute `http:` or `https:` URL with a host: the only endpoints the checker can call. */
export function isHttpUrl(url: string): boolean {
  if (typeof url !== 'string' || !URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
