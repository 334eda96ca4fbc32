import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { CHECKER_USER_AGENT, checkWebhookHandler, type WebhookCheckReport } from '../webhooks/checker';
import { describeSendFailure } from '../webhooks/endpoint';
import {
  buildWebhookEvent,
  isWebhookEventType,
  WEBHOOK_EVENT_TYPES,
  type WebhookEvent,
} from '../webhooks/events';
import { verifyWebhook } from '../webhooks/signature';
import { underGc } from './helpers/gc';
import { refusingPort } from './helpers/ports';

const SECRET = 'whsec_checkerTestSecret';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

/** Validates an event against the contract's generated JSON Schema for its type; returns the errors. */
function contractErrors(event: WebhookEvent): string[] {
  const file = new URL(`../schemas/generated/json-schema/webhook-${event.type}.json`, import.meta.url);
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id: string };
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  return validate(event) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

type Handler = (request: Received, response: ServerResponse) => void | Promise<void>;

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Starts a webhook endpoint on 127.0.0.1 and records every request it receives. */
async function startEndpoint(handler: Handler): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      void handler(request, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/webhooks/peeker`, received };
}

/**
 * A handler that follows all four rules as far as responses show: reject what fails
 * verification, answer 200 to everything else at once, duplicates and odd orders included.
 */
function correctHandler(): Handler {
  return ({ headers, body }, res) => {
    const result = verifyWebhook(body, headers, SECRET);
    res.writeHead(result.ok ? 200 : 400).end();
  };
}

const ALL_CHECKS = [
  [1, 'valid signed delivery accepted'],
  [1, 'raw body bytes verified'],
  [1, 'bad signature rejected'],
  [1, 'missing Peeker-Signature rejected'],
  [1, 'missing Peeker-Timestamp rejected'],
  [1, 'stale timestamp rejected'],
  [1, 'far-future timestamp rejected'],
  [1, 'replay under a forged Peeker-Event-Id'],
  [2, 'duplicate delivery answered 2xx both times'],
  [3, 'every valid delivery answered within 10 s'],
  [4, 'domain.connected before its order.in_progress'],
  [4, 'order.completed before order.in_progress'],
] as const;

function verdicts(report: WebhookCheckReport): Record<string, boolean> {
  return Object.fromEntries(report.checks.map((check) => [check.name, check.passed]));
}

function statuses(report: WebhookCheckReport, name: string): Array<number | undefined> {
  return report.checks.find((check) => check.name === name)?.observed.map((o) => o.status) ?? [];
}

/** The rule-1 checks that send forged deliveries. */
const FORGED_CHECKS = [
  'bad signature rejected',
  'missing Peeker-Signature rejected',
  'missing Peeker-Timestamp rejected',
  'stale timestamp rejected',
  'far-future timestamp rejected',
  'replay under a forged Peeker-Event-Id',
];

/** The forged deliveries whose signature is wrong: a correct handler refuses each of them. */
const BAD_SIGNATURE_CHECKS = FORGED_CHECKS.filter((name) => name !== 'replay under a forged Peeker-Event-Id');

/** The checks that expect a 2xx besides the first: "not shown" while the valid delivery is refused. */
const NEEDS_VALID_ACCEPTED = [
  'raw body bytes verified',
  'duplicate delivery answered 2xx both times',
  'domain.connected before its order.in_progress',
  'order.completed before order.in_progress',
];

describe('checkWebhookHandler against a correct handler', () => {
  it('passes every check, rule by rule', async () => {
    const { url } = await startEndpoint(correctHandler());
    const report = await checkWebhookHandler({ url, secret: SECRET });

    expect(report.passed).toBe(true);
    expect(report.diagnosis).toBeUndefined();
    expect(report.timeoutMs).toBe(10_000);
    expect(report.checks.map((check) => [check.rule, check.name])).toEqual(ALL_CHECKS);
    expect(report.checks.every((check) => check.passed && check.fix === undefined)).toBe(true);
    expect(statuses(report, 'valid signed delivery accepted')).toEqual([200]);
    for (const name of [
      'bad signature rejected',
      'missing Peeker-Signature rejected',
      'stale timestamp rejected',
    ]) {
      expect(statuses(report, name)).toEqual([400]);
    }
    expect(statuses(report, 'duplicate delivery answered 2xx both times')).toEqual([200, 200]);
    expect(statuses(report, 'order.completed before order.in_progress')).toEqual([200, 200]);
    expect(report.slowestValidDelivery?.status).toBe(200);
    expect(report.slowestValidDelivery?.durationMs).toBeLessThan(10_000);
  });

  it('says the idempotency check only observes responses', async () => {
    const { url } = await startEndpoint(correctHandler());
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const idempotency = report.checks.find((check) => check.rule === 2);
    expect(idempotency?.note).toBe(
      'The checker only sees the responses: make sure the second delivery caused no second side effect.',
    );
  });

  it('sends the documented headers and realistic envelopes on every delivery', async () => {
    const { url, received } = await startEndpoint(correctHandler());
    await checkWebhookHandler({ url, secret: SECRET });

    expect(received).toHaveLength(15);
    const events = received.map((request) => JSON.parse(request.body) as WebhookEvent);
    received.forEach((request, index) => {
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['user-agent']).toBe(CHECKER_USER_AGENT);
      // Delivery 8 is an event sent under another Peeker-Event-Id than its body's id.
      if (index !== 7) expect(request.headers['peeker-event-id']).toBe(events[index]!.id);
      expect(events[index]!.id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(events[index]!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(isWebhookEventType(events[index]!.type)).toBe(true);
      expect(contractErrors(events[index]!)).toEqual([]);
    });
    expect(CHECKER_USER_AGENT).toBe('peeker-devkit/0.1.0 (webhook-checker)');

    const withoutSignature = received.filter((r) => r.headers['peeker-signature'] === undefined);
    const withoutTimestamp = received.filter((r) => r.headers['peeker-timestamp'] === undefined);
    expect(withoutSignature).toHaveLength(1);
    expect(withoutTimestamp).toHaveLength(1);

    // Delivery 2 is valid, but its bytes are not what re-serialising the parsed body gives.
    const respaced = received[1]!.body;
    expect(respaced).not.toBe(JSON.stringify(JSON.parse(respaced)));
    expect(respaced).toContain('"first_name": "Ren\\u00e9e"');
    expect(respaced).toContain('"profile_picture_url": "https:\\/\\/cdn.example.com\\/renee.png"');
    expect(respaced.split('\n').length).toBeGreaterThan(10);
    expect(verifyWebhook(respaced, received[1]!.headers, SECRET)).toMatchObject({
      ok: true,
      eventId: events[1]!.id,
    });

    // Delivery 8 is a new event, signed, under another Peeker-Event-Id; delivery 9 the same bytes
    // under its own id. The copy comes first, so refusing it cannot be refusing a duplicate.
    expect(received[8]!.body).toBe(received[7]!.body);
    expect(received[7]!.headers['peeker-event-id']).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(received[7]!.headers['peeker-event-id']).not.toBe(events[7]!.id);
    expect(received[8]!.headers['peeker-event-id']).toBe(events[7]!.id);
    expect(events.slice(0, 7).map((event) => event.id)).not.toContain(events[7]!.id);
    expect(verifyWebhook(received[7]!.body, received[7]!.headers, SECRET)).toMatchObject({
      ok: false,
      reason: 'event_id_mismatch',
    });
    expect(verifyWebhook(received[8]!.body, received[8]!.headers, SECRET)).toMatchObject({
      ok: true,
      eventId: events[7]!.id,
    });

    // Deliveries 10 and 11 are one event retried: same id, same bytes.
    expect(received[9]!.body).toBe(received[10]!.body);
    expect(received[9]!.headers['peeker-event-id']).toBe(received[10]!.headers['peeker-event-id']);
    expect(new Set(received.map((r) => r.headers['peeker-event-id'])).size).toBe(14);

    // Out of order: a domain of an order before the order, then a completed order before its start.
    expect(events.slice(11).map((event) => event.type)).toEqual([
      'domain.connected',
      'order.in_progress',
      'order.completed',
      'order.in_progress',
    ]);
    expect(events[11]!.data.order_id).toBe(events[12]!.data.id);
    expect(events[13]!.data).toMatchObject({ id: events[14]!.data.id, status: 'completed' });
    expect(events[14]!.data.status).toBe('in_progress');
    // The late arrivals were created first, as after a delayed retry: created_at tells the real order.
    expect(Date.parse(events[12]!.created_at)).toBeLessThan(Date.parse(events[11]!.created_at));
    expect(Date.parse(events[14]!.created_at)).toBeLessThan(Date.parse(events[13]!.created_at));
  });

  it('signs stale and future deliveries correctly, so only their timestamp is wrong', async () => {
    const { url, received } = await startEndpoint(correctHandler());
    await checkWebhookHandler({ url, secret: SECRET });
    const now = Math.floor(Date.now() / 1000);
    const [stale, future] = [received[5]!, received[6]!];
    for (const request of [stale, future]) {
      const timestamp = Number(request.headers['peeker-timestamp']);
      const lenient = verifyWebhook(request.body, request.headers, SECRET, { now: () => timestamp });
      expect(lenient.ok).toBe(true);
    }
    expect(now - Number(stale.headers['peeker-timestamp'])).toBeGreaterThan(300);
    expect(Number(future.headers['peeker-timestamp']) - now).toBeGreaterThan(300);
  });
});

describe('checkWebhookHandler against broken handlers', () => {
  it('fails every rule-1 rejection check when the handler never verifies signatures', async () => {
    const { url } = await startEndpoint((_request, res) => {
      res.writeHead(200).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });

    expect(report.passed).toBe(false);
    expect(verdicts(report)).toEqual({
      'valid signed delivery accepted': true,
      'raw body bytes verified': true,
      'bad signature rejected': false,
      'missing Peeker-Signature rejected': false,
      'missing Peeker-Timestamp rejected': false,
      'stale timestamp rejected': false,
      'far-future timestamp rejected': false,
      // Both copies of the event answered 2xx: not a failure, as a dedupe on the body id answers so too.
      'replay under a forged Peeker-Event-Id': true,
      'duplicate delivery answered 2xx both times': true,
      'every valid delivery answered within 10 s': true,
      'domain.connected before its order.in_progress': true,
      'order.completed before order.in_progress': true,
    });
    const badSignature = report.checks.find((check) => check.name === 'bad signature rejected');
    expect(badSignature).toMatchObject({
      rule: 1,
      expectation: 'non-2xx (4xx expected)',
      fix: 'Verify Peeker-Signature (HMAC-SHA256 of "<timestamp>.<raw body>") before doing anything; answer 400 on mismatch.',
    });
    expect(badSignature?.observed[0]?.status).toBe(200);
  });

  it('fails only the raw-body check, with raw-bytes advice, when the handler verifies re-serialised JSON', async () => {
    const { url } = await startEndpoint(({ headers, body }, res) => {
      // The classic mistake: a JSON body parser ran, and the handler signs JSON.stringify of its result.
      const result = verifyWebhook(JSON.stringify(JSON.parse(body)), headers, SECRET);
      res.writeHead(result.ok ? 200 : 400).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    expect(report.checks.filter((check) => !check.passed)).toEqual([
      {
        name: 'raw body bytes verified',
        rule: 1,
        expectation: '2xx',
        observed: [expect.objectContaining({ status: 400 })],
        passed: false,
        fix: "The handler refused a validly signed body only because it is not written the way JSON.stringify writes it: it verifies re-serialised JSON. Compute the HMAC over the raw body bytes as received (express.raw(), not express.json() and then JSON.stringify), and parse only after verifying: Peeker's serialisation (spacing, escapes, key order) is not documented.",
      },
    ]);
  });

  /**
   * A handler with its own HMAC and timestamp check (no event-id check), deduping on `dedupeOn` and
   * answering an event it has seen with `duplicateStatus`. `failsOnSecondRun` makes processing an
   * event a second time fail with 500, as a unique index on the event's effects would.
   */
  function ownVerifyHandler(
    dedupeOn: 'body id' | 'header',
    { duplicateStatus = 200, failsOnSecondRun = false } = {},
  ): Handler {
    const seen = new Set<string>();
    const processed = new Set<string>();
    return ({ headers, body }, res) => {
      const timestamp = String(headers['peeker-timestamp']);
      const expected = `v1=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
      const fresh = Math.abs(Number(timestamp) - Date.now() / 1000) <= 300;
      if (headers['peeker-signature'] !== expected || !fresh) return void res.writeHead(401).end();
      const bodyId = (JSON.parse(body) as WebhookEvent).id;
      const key = dedupeOn === 'body id' ? bodyId : String(headers['peeker-event-id']);
      if (seen.has(key)) return void res.writeHead(duplicateStatus).end();
      seen.add(key);
      if (failsOnSecondRun && processed.has(bodyId)) return void res.writeHead(500).end();
      processed.add(bodyId);
      res.writeHead(200).end();
    };
  }

  const EVENT_ID_CHECK = 'replay under a forged Peeker-Event-Id';

  it.each([
    ['dedupes on the signed body id', 'body id'],
    ['dedupes on the unsigned header (the answers cannot show it)', 'header'],
  ] as const)(
    'passes, with a note, a handler that answers both copies of an event 2xx: one that %s',
    async (_case, dedupeOn) => {
      const { url } = await startEndpoint(ownVerifyHandler(dedupeOn));
      const report = await checkWebhookHandler({ url, secret: SECRET });
      expect(report.passed).toBe(true);
      const check = report.checks.find((c) => c.name === EVENT_ID_CHECK);
      expect(check).toEqual({
        name: EVENT_ID_CHECK,
        rule: 1,
        expectation: 'copy 4xx (or 2xx), then 2xx',
        observed: [
          expect.objectContaining({
            label: 'order.in_progress (signed, under a Peeker-Event-Id other than its body id)',
            status: 200,
          }),
          expect.objectContaining({
            label: 'order.in_progress (the same event under its own Peeker-Event-Id)',
            status: 200,
          }),
        ],
        passed: true,
        note: "Both answered 2xx. The checker only sees the responses: this is safe if the handler dedupes on the signed body's id (the event processed once), not if it dedupes on Peeker-Event-Id (processed twice). Answer 400 when the header differs from the body's id (verifyWebhook: event_id_mismatch) for the check to show it.",
      });
    },
  );

  it('passes without a note a handler that refuses the copy and accepts the event under its own id', async () => {
    const { url } = await startEndpoint(correctHandler());
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const check = report.checks.find((c) => c.name === EVENT_ID_CHECK);
    expect(check?.observed.map((o) => o.status)).toEqual([400, 200]);
    expect(check).toMatchObject({ passed: true });
    expect(check?.note).toBeUndefined();
    expect(check?.fix).toBeUndefined();
  });

  it('fails a handler that took the copy under a forged Peeker-Event-Id for a new event and failed processing it again', async () => {
    const { url } = await startEndpoint(ownVerifyHandler('header', { failsOnSecondRun: true }));
    const report = await checkWebhookHandler({ url, secret: SECRET });
    expect(
      report.checks.filter((c) => !c.passed).map((c) => [c.name, c.observed.map((o) => o.status), c.fix]),
    ).toEqual([
      [
        EVENT_ID_CHECK,
        [200, 500],
        "The handler accepted a copy of this event sent under another Peeker-Event-Id, then refused the event's own delivery (500): either it answers an event it has already processed with a non-2xx (answer 200: Peeker retries refused deliveries), or it processed the copy as a new event and failed on the second processing. Peeker-Event-Id is not signed: a captured delivery can be replayed within the 5 minutes under a new one. Compare it with the signed body's id (verifyWebhook does: reason event_id_mismatch) and answer 400 when they differ; dedupe on the body's id.",
      ],
    ]);
  });

  it('fails the event whose own delivery is refused as a duplicate of the copy, next to the duplicate check', async () => {
    const { url } = await startEndpoint(ownVerifyHandler('body id', { duplicateStatus: 409 }));
    const report = await checkWebhookHandler({ url, secret: SECRET });
    expect(
      report.checks.filter((c) => !c.passed).map((c) => [c.name, c.observed.map((o) => o.status)]),
    ).toEqual([
      [EVENT_ID_CHECK, [200, 409]],
      ['duplicate delivery answered 2xx both times', [200, 409]],
    ]);
    expect(report.checks.find((c) => c.name === EVENT_ID_CHECK)?.fix).toMatch(
      /^The handler accepted a copy of this event sent under another Peeker-Event-Id, then refused the event's own delivery \(409\): /,
    );
  });

  it('fails a handler that refuses the copy but then the event itself too', async () => {
    const seen = new Set<string>();
    const { url } = await startEndpoint(({ headers, body }, res) => {
      // Records the body id before checking the header: the copy spoils the genuine delivery.
      const id = (JSON.parse(body) as WebhookEvent).id;
      const result = verifyWebhook(body, headers, SECRET);
      if (seen.has(id)) return void res.writeHead(409).end();
      if (result.ok || result.reason === 'event_id_mismatch') seen.add(id);
      res.writeHead(result.ok ? 200 : 400).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const failed = report.checks.filter((c) => !c.passed);
    expect(failed.map((c) => [c.name, c.observed.map((o) => o.status), c.fix])).toEqual([
      [
        EVENT_ID_CHECK,
        [400, 409],
        "The handler refused the copy sent under another Peeker-Event-Id (400), then the event's own delivery too (409): refusing a forged copy must not mark its event as seen or failed. Check Peeker-Event-Id against the signed body's id before recording anything, and answer 2xx to the genuine delivery.",
      ],
      [
        'duplicate delivery answered 2xx both times',
        [200, 409],
        'On a Peeker-Event-Id you have already processed, skip the work but still answer 200.',
      ],
    ]);
  });

  it('times out a silent handler though the garbage collector runs meanwhile (Node 20 lost the timer)', async () => {
    const { url } = await startEndpoint(() => {});
    // With a stop signal, as doctor passes one: the timeout is then one of two signals.
    const stop = new AbortController();
    const outcome = await underGc(
      () => checkWebhookHandler({ url, secret: SECRET, timeoutMs: 300, signal: stop.signal }),
      15_000,
    );
    expect(outcome).not.toBe('still waiting');
    const report = outcome as WebhookCheckReport;
    expect(report.passed).toBe(false);
    const observed = report.checks.flatMap((check) => check.observed);
    expect(observed.length).toBeGreaterThan(0);
    for (const observation of observed) {
      expect(observation).toMatchObject({ error: 'no response within 300 ms', failure: 'timeout' });
    }
  });

  it('fails rule 3 when valid deliveries are answered after the timeout', async () => {
    const { url } = await startEndpoint(async ({ headers, body }, res) => {
      if (!verifyWebhook(body, headers, SECRET).ok) {
        res.writeHead(401).end();
        return;
      }
      await sleep(1_000); // the slow work a handler should have queued
      if (!res.destroyed) res.writeHead(200).end();
    });
    // Long enough that the forged deliveries, answered at once, are answered in time on a busy machine.
    const report = await checkWebhookHandler({ url, secret: SECRET, timeoutMs: 500 });

    expect(report.passed).toBe(false);
    const speed = report.checks.find((check) => check.rule === 3);
    expect(speed).toMatchObject({
      name: 'every valid delivery answered within 500 ms',
      expectation: 'answered within 500 ms',
      passed: false,
      fix: '9 of 9 valid deliveries got no answer within 500 ms: respond 2xx first, then do the work from a queue.',
    });
    expect(speed?.observed[0]).toMatchObject({ error: 'no response within 500 ms', failure: 'timeout' });
    expect(report.checks.find((check) => check.name === 'valid signed delivery accepted')?.fix).toBe(
      'Answer 2xx within 500 ms; respond first and queue the slow work.',
    );
    expect(report.slowestValidDelivery?.durationMs).toBeGreaterThanOrEqual(490);
    // No valid delivery was answered, so the forged ones' quick refusals show nothing about the
    // signature check: "not shown", as when the valid delivery is refused.
    expect(report.checks.filter((check) => FORGED_CHECKS.includes(check.name))).toSatisfy(
      (checks: WebhookCheckReport['checks']) =>
        checks.length === 6 && checks.every((check) => !check.passed && check.notShown),
    );
  });

  it('fails rule 2 when a duplicate event id is answered 409', async () => {
    const seen = new Set<string>();
    const { url } = await startEndpoint(({ headers, body }, res) => {
      const result = verifyWebhook(body, headers, SECRET);
      if (!result.ok) {
        res.writeHead(400).end();
        return;
      }
      if (seen.has(result.eventId!)) {
        res.writeHead(409).end('duplicate');
        return;
      }
      seen.add(result.eventId!);
      res.writeHead(200).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });

    expect(report.passed).toBe(false);
    expect(report.checks.filter((check) => !check.passed).map((check) => check.name)).toEqual([
      'duplicate delivery answered 2xx both times',
    ]);
    const idempotency = report.checks.find((check) => check.rule === 2);
    expect(idempotency?.observed.map((o) => [o.label, o.status])).toEqual([
      ['order.completed (first delivery)', 200],
      ['order.completed (same event again)', 409],
    ]);
    expect(idempotency?.fix).toBe(
      'On a Peeker-Event-Id you have already processed, skip the work but still answer 200.',
    );
  });

  it('fails rule 4 when a handler refuses events that arrive before their order', async () => {
    const knownOrders = new Set<string>();
    const { url } = await startEndpoint(({ headers, body }, res) => {
      if (!verifyWebhook(body, headers, SECRET).ok) return void res.writeHead(400).end();
      const event = JSON.parse(body) as WebhookEvent;
      if (event.type === 'order.in_progress') knownOrders.add(event.data.id);
      const orderId = event.type === 'domain.connected' ? String(event.data.order_id) : event.data.id;
      if (event.type !== 'order.in_progress' && !knownOrders.has(orderId)) {
        return void res.writeHead(422).end('unknown order');
      }
      res.writeHead(200).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });

    const ordering = report.checks.filter((check) => check.rule === 4);
    expect(ordering.map((check) => [check.passed, check.observed.map((o) => o.status)])).toEqual([
      [false, [422, 200]],
      [false, [422, 200]],
    ]);
    expect(ordering[0]?.fix).toBe(
      'Accept events in any order: answer 200, then render from data.status instead of assuming a sequence.',
    );
  });

  it.each([
    [
      502,
      'The endpoint answered 502, which a proxy or gateway gives when the handler behind it is down, unreachable or too slow: check that the handler runs and that the proxy forwards this URL to it, then answer 2xx.',
    ],
    [
      429,
      'The endpoint answered 429 (rate limited): exempt the webhook URL from rate limiting (Peeker delivers in bursts, and retries only delay events), then run the check again.',
    ],
  ])(
    'advises on a %i to every delivery as what it is, not as a signature, duplicate or ordering problem',
    async (status, fix) => {
      const { url } = await startEndpoint((_, res) => {
        res.writeHead(status, { 'Content-Type': 'text/html' }).end(`<html><title>${status}</title></html>`);
      });
      const report = await checkWebhookHandler({ url, secret: SECRET });
      const fixes = Object.fromEntries(
        report.checks.filter((c) => !c.passed && !c.notShown).map((c) => [c.name, c.fix]),
      );
      expect(fixes).toEqual({ 'valid signed delivery accepted': fix });
      // The valid delivery got the same answer: the other deliveries' answers show nothing.
      expect(
        report.checks
          .filter((c) => c.notShown)
          .map((c) => c.name)
          .sort(),
      ).toEqual([...FORGED_CHECKS, ...NEEDS_VALID_ACCEPTED].sort());
    },
  );

  it('advises on a 500 as a crash, then on what the delivery tests', async () => {
    const { url } = await startEndpoint((_, res) => {
      res.writeHead(500).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const fixes = Object.fromEntries(
      report.checks.filter((c) => !c.passed && !c.notShown).map((c) => [c.name, c.fix]),
    );
    const crashed =
      'The handler failed with 500 (a server error): its logs for this delivery show where it crashes';
    expect(fixes).toEqual({
      'valid signed delivery accepted': `${crashed} — signature verification included — then answer 2xx.`,
    });
  });

  it('advises on a crash on a duplicate or an early event when the valid delivery was accepted', async () => {
    const seen = new Set<string>();
    const { url } = await startEndpoint(({ headers, body }, res) => {
      const result = verifyWebhook(body, headers, SECRET);
      if (!result.ok) return void res.writeHead(400).end();
      const crashes =
        seen.has(result.eventId!) || (JSON.parse(body) as WebhookEvent).type === 'domain.connected';
      seen.add(result.eventId!);
      res.writeHead(crashes ? 500 : 200).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const crashed =
      'The handler failed with 500 (a server error): its logs for this delivery show where it crashes';
    expect(Object.fromEntries(report.checks.filter((c) => !c.passed).map((c) => [c.name, c.fix]))).toEqual({
      'duplicate delivery answered 2xx both times': `${crashed}. On a Peeker-Event-Id you have already processed, skip the work but still answer 200.`,
      'domain.connected before its order.in_progress': `${crashed}. Accept events in any order: answer 200, then render from data.status instead of assuming a sequence.`,
    });
    expect(report.checks.some((c) => c.notShown)).toBe(false);
  });

  it.each([
    [
      404,
      'The endpoint answered 404 (not found): check the URL and path — --url must be the exact route your webhook handler serves — then run the check again.',
    ],
    [
      401,
      'The endpoint answered 401 to a validly signed delivery. If it wants its own authentication (a session, an API key, basic auth), exempt the webhook route: Peeker\'s deliveries carry no credentials and are authenticated by Peeker-Signature alone. Otherwise its signature check refuses valid signatures: HMAC-SHA256 of "<Peeker-Timestamp>.<raw body>" with your secret, hex, after "v1=".',
    ],
    [
      403,
      'The endpoint answered 403 to a validly signed delivery. If it wants its own authentication (a session, an API key, basic auth), exempt the webhook route: Peeker\'s deliveries carry no credentials and are authenticated by Peeker-Signature alone. Otherwise its signature check refuses valid signatures: HMAC-SHA256 of "<Peeker-Timestamp>.<raw body>" with your secret, hex, after "v1=".',
    ],
    [
      405,
      'The endpoint answered 405 (method not allowed): this path does not take POST. Point --url at the route that handles POSTed deliveries, or let it accept POST.',
    ],
  ])(
    'on a %i to every delivery, advises on the URL or auth and shows no forged delivery as rejected',
    async (status, fix) => {
      const { url } = await startEndpoint((_, res) => {
        res.writeHead(status).end();
      });
      const report = await checkWebhookHandler({ url, secret: SECRET });
      const valid = report.checks.find((c) => c.name === 'valid signed delivery accepted');
      expect(valid).toMatchObject({ passed: false, fix });
      const forged = report.checks.filter((c) => BAD_SIGNATURE_CHECKS.includes(c.name));
      expect(forged).toHaveLength(BAD_SIGNATURE_CHECKS.length);
      for (const check of forged) {
        expect(check).toMatchObject({
          passed: false,
          notShown: true,
          fix: `Not shown: the valid signed delivery was refused too (${status}), so this ${status} says nothing about the signature check. Fix what "valid signed delivery accepted" names, then run the check again.`,
        });
      }
      // Nor do the refused duplicates, early events and re-spaced body say anything of their own.
      const topics = {
        'replay under a forged Peeker-Event-Id': 'Peeker-Event-Id handling',
        'raw body bytes verified': 'raw-body verification',
        'duplicate delivery answered 2xx both times': 'duplicate handling',
        'domain.connected before its order.in_progress': 'event ordering',
        'order.completed before order.in_progress': 'event ordering',
      };
      for (const [name, topic] of Object.entries(topics)) {
        const check = report.checks.find((c) => c.name === name);
        expect(check).toMatchObject({
          passed: false,
          notShown: true,
          fix: `Not shown: the valid signed delivery was refused too (${status}), so these answers say nothing about ${topic}. Fix what "valid signed delivery accepted" names, then run the check again.`,
        });
        expect(check?.note).toBeUndefined();
      }
      expect(report.checks.filter((c) => c.passed).map((c) => c.name)).toEqual([
        'every valid delivery answered within 10 s',
      ]);
    },
  );

  it('keeps the signature recipe when a validly signed delivery gets a 400 like the forged ones', async () => {
    const { url } = await startEndpoint((_, res) => {
      res.writeHead(400).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    expect(report.checks.find((c) => c.name === 'valid signed delivery accepted')?.fix).toBe(
      'Accept deliveries whose signature is valid: HMAC-SHA256 of "<Peeker-Timestamp>.<raw body>" with your secret, hex, after "v1=".',
    );
    expect(
      report.checks
        .filter((c) => c.notShown)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...FORGED_CHECKS, ...NEEDS_VALID_ACCEPTED].sort());
  });

  it('shows nothing from the other deliveries when the valid one timed out, as when it is refused', async () => {
    let count = 0;
    const { url } = await startEndpoint(async (_request, res) => {
      // A cold start: the first delivery waits past the timeout; after that, everything gets a 400.
      if (++count === 1) await sleep(1_000);
      if (!res.destroyed) res.writeHead(400).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET, timeoutMs: 300 });

    expect(report.checks.find((c) => c.name === 'valid signed delivery accepted')).toMatchObject({
      passed: false,
      fix: 'Answer 2xx within 300 ms; respond first and queue the slow work.',
    });
    for (const check of report.checks.filter((c) => BAD_SIGNATURE_CHECKS.includes(c.name))) {
      expect(check).toMatchObject({
        passed: false,
        notShown: true,
        fix: 'Not shown: the valid signed delivery was not answered (no response within 300 ms), so this 400 says nothing about the signature check. Fix what "valid signed delivery accepted" names, then run the check again.',
      });
    }
    expect(report.checks.find((c) => c.name === 'replay under a forged Peeker-Event-Id')).toMatchObject({
      passed: false,
      notShown: true,
      fix: 'Not shown: the valid signed delivery was not answered (no response within 300 ms), so these answers say nothing about Peeker-Event-Id handling. Fix what "valid signed delivery accepted" names, then run the check again.',
    });
    // Not the re-serialised-JSON advice: no validly signed body was ever accepted.
    expect(report.checks.find((c) => c.name === 'raw body bytes verified')).toMatchObject({
      passed: false,
      notShown: true,
      fix: 'Not shown: the valid signed delivery was not answered (no response within 300 ms), so these answers say nothing about raw-body verification. Fix what "valid signed delivery accepted" names, then run the check again.',
    });
    expect(
      report.checks
        .filter((c) => c.notShown)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...FORGED_CHECKS, ...NEEDS_VALID_ACCEPTED].sort());
    expect(report.checks.filter((c) => !c.passed && !c.notShown).map((c) => c.name)).toEqual([
      'valid signed delivery accepted',
      'every valid delivery answered within 300 ms',
    ]);
  });

  it('shows nothing from the other deliveries when the valid one was dropped without an answer', async () => {
    let count = 0;
    const { url } = await startEndpoint((_request, res) => {
      if (++count === 1) res.socket?.destroy();
      else res.writeHead(401).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    expect(report.checks.find((c) => c.name === 'bad signature rejected')).toMatchObject({
      passed: false,
      notShown: true,
      fix: 'Not shown: the valid signed delivery was not answered (the connection was closed), so this 401 says nothing about the signature check. Fix what "valid signed delivery accepted" names, then run the check again.',
    });
    expect(
      report.checks
        .filter((c) => c.notShown)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...FORGED_CHECKS, ...NEEDS_VALID_ACCEPTED].sort());
  });

  it('passes a 5xx rejection but notes that a 4xx is expected', async () => {
    const { url } = await startEndpoint(({ headers, body }, res) => {
      res.writeHead(verifyWebhook(body, headers, SECRET).ok ? 204 : 500).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const badSignature = report.checks.find((check) => check.name === 'bad signature rejected');
    expect(report.passed).toBe(true);
    expect(badSignature?.note).toMatch(/^Rejected, but with a 5xx/);
  });

  it('reports a dropped connection as a one-line observation', async () => {
    const { url } = await startEndpoint(({ headers, body }, res) => {
      if (verifyWebhook(body, headers, SECRET).ok) res.writeHead(200).end();
      else res.socket?.destroy();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const badSignature = report.checks.find((check) => check.name === 'bad signature rejected');
    expect(badSignature?.passed).toBe(false);
    expect(badSignature?.observed[0]?.error).toMatch(
      /^127\.0\.0\.1:\d+ closed the connection without an HTTP response: does the handler crash on this request\?$/,
    );
  });

  it('reports a handler that drops valid deliveries as dropping them, not as slow', async () => {
    const { url } = await startEndpoint(({ headers, body }, res) => {
      if (verifyWebhook(body, headers, SECRET).ok) res.socket?.destroy();
      else res.writeHead(401).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const host = new URL(url).host;
    const accepted = report.checks.find((check) => check.name === 'valid signed delivery accepted');
    expect(accepted).toMatchObject({
      passed: false,
      observed: [
        {
          error: `${host} closed the connection without an HTTP response: does the handler crash on this request?`,
          failure: 'closed',
        },
      ],
      fix: 'The handler closed the connection without answering: find where it crashes or drops the request (its logs for this delivery), then answer 2xx.',
    });
    // Nothing was answered, so rule 3 cannot pass as 'every valid delivery answered within 10 s';
    // its fix names no slowness, only that there was no answer to time.
    const speed = report.checks.find((check) => check.rule === 3);
    expect(speed).toMatchObject({
      name: 'every valid delivery answered within 10 s',
      passed: false,
      fix: 'None of the 9 valid deliveries was answered (each connection was closed or refused without an HTTP response), so how fast the handler answers is unknown: fix what the rule-1 check names, then run the check again.',
    });
    expect(speed?.note).toBeUndefined();
    // The forged deliveries' 401s show nothing while the valid one was dropped: "not shown".
    expect(report.checks.filter((check) => !check.passed && !check.notShown).map((c) => c.name)).toEqual([
      'valid signed delivery accepted',
      'every valid delivery answered within 10 s',
    ]);
    expect(
      report.checks
        .filter((check) => check.notShown)
        .map((check) => check.name)
        .sort(),
    ).toEqual([...FORGED_CHECKS, ...NEEDS_VALID_ACCEPTED].sort());
  });

  it('names rule 3 for the deliveries answered when some were dropped, and passes it when those were fast', async () => {
    const { url } = await startEndpoint(({ headers, body }, res) => {
      const valid = verifyWebhook(body, headers, SECRET).ok;
      if (valid && (JSON.parse(body) as WebhookEvent).type === 'domain.connected') res.socket?.destroy();
      else res.writeHead(valid ? 200 : 401).end();
    });
    const report = await checkWebhookHandler({ url, secret: SECRET });
    const speed = report.checks.find((check) => check.rule === 3);
    expect(speed).toMatchObject({
      name: '8 of 9 valid deliveries answered, each within 10 s',
      passed: true,
      note: '1 of 9 valid deliveries ended quickly without an answer (connection closed or refused): not slow, but not answered either — see their own checks.',
    });
    expect(speed?.fix).toBeUndefined();
    expect(report.checks.filter((check) => !check.passed).map((check) => [check.rule, check.name])).toEqual([
      [4, 'domain.connected before its order.in_progress'],
    ]);
  });
});

describe('checkWebhookHandler when nothing answers', () => {
  it('gives a one-line diagnosis for a refused connection and sends nothing more', async () => {
    const { port, release } = await refusingPort();
    const report = await checkWebhookHandler({
      url: `http://127.0.0.1:${port}/hook`,
      secret: SECRET,
    }).finally(release);
    expect(report).toEqual({
      url: `http://127.0.0.1:${port}/hook`,
      passed: false,
      timeoutMs: 10_000,
      checks: [],
      diagnosis: `connection refused by 127.0.0.1:${port}: is the server running and listening on that port?`,
    });
  });

  it('rejects invalid arguments up front', async () => {
    await expect(checkWebhookHandler({ url: 'localhost:3000', secret: SECRET })).rejects.toThrow(
      new TypeError("checkWebhookHandler: 'localhost:3000' is not an absolute http(s) URL."),
    );
    await expect(checkWebhookHandler({ url: 'ftp://127.0.0.1/', secret: SECRET })).rejects.toThrow(TypeError);
    await expect(
      checkWebhookHandler({ url: 'http://admin:hunter2@127.0.0.1:9/', secret: SECRET }),
    ).rejects.toThrow(
      new TypeError(
        "checkWebhookHandler: 'http://admin:***@127.0.0.1:9/' has a user name or password in it; Peeker's deliveries carry none.",
      ),
    );
    await expect(checkWebhookHandler({ url: 'http://127.0.0.1/', secret: '' })).rejects.toThrow(
      'checkWebhookHandler: the webhook secret must be a non-empty string.',
    );
  });
});

describe('checkWebhookHandler with an injected fetch', () => {
  it('sends every delivery through fetchImpl, with a timeout signal and no redirect following', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fetchImpl: typeof fetch = async (input, init = {}) => {
      calls.push({ url: String(input), init });
      const headers = new Headers(init.headers);
      const ok = verifyWebhook(String(init.body), headers, SECRET).ok;
      return new Response(null, { status: ok ? 202 : 403 });
    };
    const report = await checkWebhookHandler({
      url: 'https://partner.invalid/hooks',
      secret: SECRET,
      fetchImpl,
    });

    expect(report.passed).toBe(true);
    expect(calls).toHaveLength(15);
    for (const { url, init } of calls) {
      expect(url).toBe('https://partner.invalid/hooks');
      expect(init).toMatchObject({ method: 'POST', redirect: 'manual' });
      expect(init.signal).toBeInstanceOf(AbortSignal);
    }
  });
});

describe('describeSendFailure', () => {
  it('calls only a timeout a timeout: an abort by the sender (an emulator stopping) is not one', () => {
    const url = 'http://127.0.0.1:3000/hooks';
    expect(describeSendFailure(new DOMException('timed out', 'TimeoutError'), url, 15_000)).toEqual({
      message: 'no response within 15000 ms',
      kind: 'timeout',
    });
    // What fetch rejects with when its signal is aborted, possibly before the request left.
    expect(describeSendFailure(new DOMException('aborted', 'AbortError'), url, 15_000)).toEqual({
      message: 'abandoned before any response: the send was aborted',
      kind: 'aborted',
    });
  });
});

describe('webhook event builders', () => {
  it('lists every catalog type once, each with a one-line description', () => {
    const types = WEBHOOK_EVENT_TYPES.map((info) => info.type);
    expect(types).toHaveLength(18);
    expect(new Set(types).size).toBe(18);
    for (const info of WEBHOOK_EVENT_TYPES) {
      expect(info.description).toMatch(/^[A-Z].*\.$/);
      expect(info.description).not.toContain('\n');
    }
  });

  it('builds envelopes with prefixed ULIDs, whole-second timestamps and flat data', () => {
    const event = buildWebhookEvent('swap.created', { createdAt: new Date('2026-05-08T12:00:00.123Z') });
    expect(event).toMatchObject({
      type: 'swap.created',
      created_at: '2026-05-08T12:00:00Z',
      data: { status: 'created', type: 'standard', replacement_domain: 'acme-fresh.com' },
    });
    expect(event.id).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(event.data.id).toMatch(/^swp_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('lets callers pin ids to link events, without losing id and status', () => {
    const event = buildWebhookEvent('order.completed', { id: 'evt_fixed', data: { id: 'ord_fixed' } });
    expect(event.id).toBe('evt_fixed');
    expect(event.data).toMatchObject({ id: 'ord_fixed', status: 'completed' });
    expect(buildWebhookEvent('order.completed', { data: { id: undefined } }).data.id).toMatch(/^ord_/);
  });

  it.each(WEBHOOK_EVENT_TYPES.map((info) => info.type))(
    'builds a %s event that the contract schema accepts',
    (type) => {
      expect(contractErrors(buildWebhookEvent(type))).toEqual([]);
    },
  );

  it('knows the contract types and nothing else', () => {
    expect(isWebhookEventType('order.completed')).toBe(true);
    expect(isWebhookEventType('order.created')).toBe(false);
    expect(isWebhookEventType('toString')).toBe(false);
  });

  it.each(WEBHOOK_EVENT_TYPES.map((info) => [info.type, info.status] as const))(
    '%s carries data.status %s',
    (type, status) => {
      expect(buildWebhookEvent(type).data.status).toBe(status);
    },
  );
});

describe('checkWebhookHandler progress and stopping', () => {
  it('tells onProgress where it starts and each delivery as it ends, one at a time', async () => {
    const { url, received } = await startEndpoint(correctHandler());
    const events: string[] = [];
    const report = await checkWebhookHandler({
      url,
      secret: SECRET,
      timeoutMs: 4000,
      onProgress: (event) => {
        events.push(
          event.kind === 'start'
            ? `start ${event.url} ${event.total} ${event.timeoutMs}`
            : `${event.index + 1}/${event.total} ${event.observation.label} ${event.observation.status} (${received.length} received)`,
        );
      },
    });
    expect(events).toEqual([
      `start ${url} 15 4000`,
      '1/15 order.in_progress (valid signature) 200 (1 received)',
      '2/15 order.completed (valid signature, pretty-printed body with \\/ and \\u00e9 escapes) 200 (2 received)',
      '3/15 order.in_progress (signed with a different secret) 400 (3 received)',
      '4/15 order.in_progress (no Peeker-Signature) 400 (4 received)',
      '5/15 order.in_progress (no Peeker-Timestamp) 400 (5 received)',
      '6/15 order.in_progress (timestamp 360 s old) 400 (6 received)',
      '7/15 order.in_progress (timestamp 360 s ahead) 400 (7 received)',
      '8/15 order.in_progress (signed, under a Peeker-Event-Id other than its body id) 400 (8 received)',
      '9/15 order.in_progress (the same event under its own Peeker-Event-Id) 200 (9 received)',
      '10/15 order.completed (first delivery) 200 (10 received)',
      '11/15 order.completed (same event again) 200 (11 received)',
      '12/15 domain.connected (before its order) 200 (12 received)',
      '13/15 order.in_progress (after its domain) 200 (13 received)',
      '14/15 order.completed (arrives first) 200 (14 received)',
      '15/15 order.in_progress (arrives late) 200 (15 received)',
    ]);
    expect(report.passed).toBe(true);
  });

  it('stops at once when its signal aborts: the delivery in flight is abandoned, no other is sent', async () => {
    const { url, received } = await startEndpoint(() => {
      // Never answers: without the signal each delivery would wait out the timeout.
    });
    const stop = new AbortController();
    const started = performance.now();
    const check = checkWebhookHandler({ url, secret: SECRET, timeoutMs: 10_000, signal: stop.signal });
    while (received.length === 0) await sleep(5);
    stop.abort('SIGINT');
    await expect(check).rejects.toBe('SIGINT');
    expect(performance.now() - started).toBeLessThan(5_000);
    await sleep(100);
    expect(received).toHaveLength(1);
  });
});
