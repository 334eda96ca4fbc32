import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContractInterruptedError, ContractStoppedError, runContractSuite } from '../contract-tests';
import { type RunningEmulator, startEmulator } from '../emulator';

/** How the server in front of the emulator departs from it, each in a way the docs allow. */
interface Behaviour {
  /** Pass the control API through (the suite sees an emulator) instead of answering 404 (a sandbox). */
  control?: boolean;
  /** Clamp `per_page` like a lenient server: above 100 → 100, anything else outside 1–100 → the default. */
  clampPerPage?: boolean;
  /** Answer a deduplicated `POST /orders` (an order id seen before) with this status. */
  replayStatus?: number;
  /** Take an `ftp://` `forwarding_url` on `POST /orders` (the emulator refuses it; the docs do not say). */
  acceptFtpForwarding?: boolean;
  /** Answer every `POST /orders` after the first success with that first order (a fingerprint that ignores everything). */
  firstOrderForEveryPost?: boolean;
  /** Never answer a `POST` whose body is not JSON (as Prism does): the connection stays open. */
  stallOnMalformedJson?: boolean;
  /** Called when a request is left unanswered that way. */
  onStall?: () => void;
  /** Close the connection on `POST /orders/{id}/cancel` without answering: the clean-up cannot reach the target. */
  dropCancel?: boolean;
  /** Answer every `POST /orders` with this one order id (as a mock serving its example does). */
  fixedOrderId?: string;
}

/** What the server in front changed, to prove a test exercised it. */
interface Changes {
  clamped: number;
  replays: number;
  ftp: number;
}

let emulator: RunningEmulator;
const servers: Server[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  await emulator.close();
});

/** A server on 127.0.0.1 that answers like the emulator, with `behaviour`'s differences. */
async function inFront(behaviour: Behaviour): Promise<{ baseUrl: string; changes: Changes }> {
  const changes: Changes = { clamped: 0, replays: 0, ftp: 0 };
  const orderIds = new Set<string>();
  let firstOrder: { status: number; text: string } | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const url = new URL(req.url ?? '/', emulator.url);
      if (url.pathname.startsWith('/_emulator') && !behaviour.control) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end('{"error":{"code":"not_found","message":"No such route."}}');
        return;
      }
      const perPage = url.searchParams.get('per_page');
      if (behaviour.clampPerPage && perPage !== null) {
        const valid = /^\d+$/.test(perPage) && Number(perPage) >= 1;
        if (valid && Number(perPage) > 100) url.searchParams.set('per_page', '100');
        if (!valid) url.searchParams.delete('per_page');
        if (!valid || Number(perPage) > 100) changes.clamped++;
      }
      const placesOrder = req.method === 'POST' && url.pathname.endsWith('/orders');
      let body = Buffer.concat(chunks).toString('utf8');
      if (behaviour.stallOnMalformedJson && req.method === 'POST' && body !== '' && !parses(body)) {
        behaviour.onStall?.();
        return;
      }
      if (behaviour.dropCancel && req.method === 'POST' && url.pathname.endsWith('/cancel')) {
        req.socket.destroy();
        return;
      }
      if (behaviour.acceptFtpForwarding && placesOrder && body.includes('"forwarding_url":"ftp://')) {
        body = body.replace('"forwarding_url":"ftp://', '"forwarding_url":"https://');
        changes.ftp++;
      }
      const response = await fetch(url, {
        method: req.method ?? 'GET',
        headers: {
          ...(req.headers.authorization ? { Authorization: req.headers.authorization } : {}),
          ...(req.headers['content-type'] ? { 'Content-Type': req.headers['content-type'] } : {}),
        },
        ...(body === '' ? {} : { body }),
      });
      let text = await response.text();
      let status = response.status;
      if (behaviour.firstOrderForEveryPost && placesOrder && status < 300) firstOrder ??= { status, text };
      if (behaviour.firstOrderForEveryPost && placesOrder && firstOrder) {
        res.writeHead(firstOrder.status, {
          'Content-Type': 'application/json',
          'Peeker-Request-Id': response.headers.get('peeker-request-id') ?? '',
        });
        res.end(firstOrder.text);
        return;
      }
      if (behaviour.fixedOrderId !== undefined && placesOrder && status === 200) {
        text = text.replace(/"id":"ord_[0-9A-Za-z]+"/, `"id":"${behaviour.fixedOrderId}"`);
      }
      if (behaviour.replayStatus !== undefined && placesOrder && status === 200) {
        const id = (JSON.parse(text) as { data: { id: string } }).data.id;
        if (orderIds.has(id)) {
          status = behaviour.replayStatus;
          changes.replays++;
        }
        orderIds.add(id);
      }
      res.writeHead(status, {
        'Content-Type': response.headers.get('content-type') ?? 'application/json',
        'Peeker-Request-Id': response.headers.get('peeker-request-id') ?? '',
      });
      res.end(text);
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`, changes };
}

/** True when `text` is JSON. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Runs `only` against `baseUrl` with the emulator's key; the report's one line per property. */
async function run(baseUrl: string, only: string[], numRuns: number) {
  const report = await runContractSuite({ baseUrl, apiKey: emulator.apiKey, only, seed: 7, numRuns });
  return { report, statuses: report.results.map((r) => `${r.name} ${r.status}`) };
}

describe('contract suite against a sandbox: behaviours the docs allow besides the emulator’s', () => {
  it('pagination.per-page-bounds accepts a sandbox that clamps per_page instead of rejecting it', async () => {
    const { baseUrl, changes } = await inFront({ clampPerPage: true });
    const { report, statuses } = await run(baseUrl, ['pagination.per-page-bounds'], 20);
    expect(report.target.kind).toBe('sandbox');
    expect(statuses).toEqual(['pagination.per-page-bounds passed']);
    expect(changes.clamped).toBeGreaterThan(0);
  });

  it('pagination.per-page-bounds still holds an emulator to rejecting (the kit’s documented choice)', async () => {
    const { baseUrl } = await inFront({ control: true, clampPerPage: true });
    const { report, statuses } = await run(baseUrl, ['pagination.per-page-bounds'], 20);
    expect(report.target.kind).toBe('emulator');
    expect(statuses).toEqual(['pagination.per-page-bounds failed']);
    expect(report.results[0]!.failure!.message).toMatch(
      /^GET \/\S+\?per_page=\S* should be rejected with 4xx invalid_request and error\.field "per_page", got GET \/partner\/v1\/\S+ → 200 \(req_[0-9A-Z]{26}\)\.$/,
    );
  });

  it('the dedupe properties accept a replay answered with another success status on a sandbox, not on an emulator', async () => {
    const only = [
      'dedupe.same-body-same-order',
      'dedupe.concurrent-same-body-one-order',
      'dedupe.key-order-and-whitespace-ignored',
    ];
    const sandbox = await inFront({ replayStatus: 201 });
    const { statuses } = await run(sandbox.baseUrl, only, 3);
    expect(statuses).toEqual(only.map((name) => `${name} passed`));
    expect(sandbox.changes.replays).toBeGreaterThan(0);

    const strict = await inFront({ control: true, replayStatus: 201 });
    const { report } = await run(strict.baseUrl, ['dedupe.same-body-same-order'], 3);
    expect(report.results[0]!.failure!.message).toMatch(
      /^Resending the same order body should succeed with 200, got POST \/partner\/v1\/orders → 201 \(req_[0-9A-Z]{26}\)\.$/,
    );
  });

  it('errors.invalid-body-names-field lets a sandbox take an ftp:// forwarding_url (only the kit refuses it)', async () => {
    const { baseUrl, changes } = await inFront({ acceptFtpForwarding: true });
    const { statuses } = await run(baseUrl, ['errors.invalid-body-names-field'], 60);
    expect(statuses).toEqual(['errors.invalid-body-names-field passed']);
    expect(changes.ftp).toBeGreaterThan(0);
  });
});

describe('dedupe.fingerprint-change-new-order against a target that answers every order with the first', () => {
  it('names the changed domain as both orders sent it, never a change onto the same value', async () => {
    const { baseUrl } = await inFront({ firstOrderForEveryPost: true });
    // Seed 7 shrinks to a domain replaced by the same generated domain; the kit sends it tagged apart.
    const { report } = await run(baseUrl, ['dedupe.fingerprint-change-new-order'], 20);
    const failure = report.results[0]!.failure!;
    expect(failure.counterexample).toContain(
      '"change":{"field":"domains","index":0,"replacement":"acme-mail.com"}',
    );
    const match =
      /^The order with domain (\S+) instead of the first order's (\S+) was deduplicated into the first order ord_\w+: the fingerprint ignores that field\.$/.exec(
        failure.message,
      );
    expect(match).not.toBeNull();
    expect(match![1]).toMatch(/^acme-mail-\S+x\.com$/);
    expect(match![1]).toBe(match![2]!.replace(/\.com$/, 'x.com'));
  });
});

describe('contract suite against an emulator reached as localhost', () => {
  it('follows its page links, which stay on localhost', async () => {
    const baseUrl = emulator.baseUrl.replace('127.0.0.1', 'localhost');
    const { report, statuses } = await run(baseUrl, ['pagination'], 3);
    expect(report.target.kind).toBe('emulator');
    expect(statuses).toEqual(report.results.map((r) => `${r.name} passed`));
    expect(statuses).toHaveLength(6);
  });
});

describe('a property that moves the clock by days, on an emulator the suite did not start', () => {
  it('is skipped, even when named, unless moveClockByDays lets it run', async () => {
    const window = (report: Awaited<ReturnType<typeof runContractSuite>>) =>
      report.results.find((r) => r.name === 'dedupe.window-24h')!;
    const named = await run(emulator.baseUrl, ['dedupe.window-24h'], 2);
    expect(window(named.report)).toMatchObject({
      status: 'skipped',
      reason: 'moves the emulated clock by days: embedded emulator only, or --move-clock-by-days',
    });
    const allowed = await runContractSuite({
      baseUrl: emulator.baseUrl,
      apiKey: emulator.apiKey,
      only: ['dedupe.window-24h'],
      seed: 7,
      numRuns: 2,
      moveClockByDays: true,
    });
    expect(window(allowed).status).toBe('passed');
  });

  it('names --move-clock-by-days in the replay command of its failure, or the replay would skip it', async () => {
    const broken = await startEmulator({ port: 0, faults: ['dedupe_window_off'] });
    try {
      const report = await runContractSuite({
        baseUrl: broken.baseUrl,
        apiKey: broken.apiKey,
        only: ['dedupe.window-24h'],
        seed: 7,
        numRuns: 2,
        moveClockByDays: true,
      });
      const result = report.results[0]!;
      expect(result.status).toBe('failed');
      expect(result.failure?.replay).toMatch(
        new RegExp(
          `^peeker-devkit contract --base-url ${broken.baseUrl} --only dedupe\\.window-24h --move-clock-by-days --seed 7 --num-runs 2 --path [0-9:]+$`,
        ),
      );
    } finally {
      await broken.close();
    }
  });
});

describe('a sandbox that stops answering mid-run', () => {
  it('keeps the finished properties, records the interrupted one as an error, cleans up, and names the request', async () => {
    const { baseUrl } = await inFront({ stallOnMalformedJson: true });
    const only = ['request-ids.unique-across-calls', 'errors.status-matches-code'];
    const error = await runContractSuite({
      baseUrl,
      apiKey: emulator.apiKey,
      only,
      seed: 7,
      numRuns: 3,
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ContractStoppedError);
    const stopped = error as ContractStoppedError;
    const origin = new URL(baseUrl).origin;
    const message =
      /^The target stopped answering during errors\.status-matches-code: POST \/orders with a malformed JSON body \('[^']*'\) got no usable answer: (http:\/\/127\.0\.0\.1:\d+) did not answer within 15 s\. Check that the base URL points at the Peeker API and that the server is up\. It had answered the run's \d+ earlier requests: it is this request it does not handle\.$/;
    expect(stopped.message).toMatch(message);
    expect(stopped.message.match(message)![1]).toBe(origin);
    const { report } = stopped;
    expect(report.passed).toBe(false);
    expect(report.results.map((r) => `${r.name} ${r.status}`)).toEqual([
      'request-ids.unique-across-calls passed',
      'errors.status-matches-code error',
    ]);
    expect(report.results[1]!.reason).toBe(stopped.message);
    // The order and the bundle placed before the stall were removed all the same.
    const orders = report.cleanup!.find((note) => note.startsWith('cancelled'));
    expect(orders).toMatch(/^cancelled ([1-9]\d*) of \1 orders created by the run$/);
    expect(report.cleanup).toContain('deleted 1 of 1 bundles created by the run');
  }, 40_000);

  it('an interrupt while the target hangs counts the orders and the bundles left in place', async () => {
    const interrupt = new AbortController();
    const { baseUrl } = await inFront({
      stallOnMalformedJson: true,
      onStall: () => interrupt.abort('SIGINT'),
    });
    const only = ['request-ids.unique-across-calls', 'errors.status-matches-code'];
    const error = await runContractSuite({
      baseUrl,
      apiKey: emulator.apiKey,
      only,
      seed: 7,
      numRuns: 3,
      signal: interrupt.signal,
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ContractInterruptedError);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Interrupted \\(SIGINT\\) before clean-up: ([1-9]\\d*) orders? this run placed on ${baseUrl.replace(/\./g, '\\.')} (was|were) not cancelled and 1 bundle it created was not deleted\\.$`,
      ),
    );
  });

  it('says which orders the clean-up left when the target stops answering it too', async () => {
    const { baseUrl } = await inFront({ dropCancel: true });
    const error = await runContractSuite({
      baseUrl,
      apiKey: emulator.apiKey,
      only: ['request-ids.unique-across-calls'],
      seed: 7,
      numRuns: 2,
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ContractStoppedError);
    const { message, report } = error as ContractStoppedError;
    const origin = new URL(baseUrl).origin;
    expect(message).toBe(
      `Clean-up could not finish: ${origin} closed the connection. If it is an https:// server, use an https:// base URL; ` +
        `otherwise check that it is the Peeker API. 1 order this run placed on ${baseUrl} was not cancelled and 1 bundle it created was not deleted.`,
    );
    expect(report.results.map((r) => `${r.name} ${r.status}`)).toEqual([
      'request-ids.unique-across-calls passed',
    ]);
    expect(report.cleanup?.at(-1)).toMatch(
      /^stopped: the target did not answer \(POST \/orders\/ord_\w+\/cancel\); cancelled 0 of 1 orders, deleted 0 of 1 bundles$/,
    );
  });
});

describe('the sandbox clean-up notes', () => {
  it('mention import jobs only when the run created some, and count them', async () => {
    const { baseUrl } = await inFront({});
    const without = await run(baseUrl, ['request-ids.unique-across-calls'], 2);
    expect(without.report.cleanup).toEqual([
      'cancelled 1 of 1 orders created by the run',
      'deleted 1 of 1 bundles created by the run',
    ]);
    const withJobs = await run(baseUrl, ['dedupe.import-jobs-normalized-domain-set'], 2);
    expect(withJobs.statuses).toEqual(['dedupe.import-jobs-normalized-domain-set passed']);
    expect(withJobs.report.cleanup?.at(-1)).toMatch(
      /^([2-9]|\d{2,}) import jobs created by the run cannot be cancelled through the API and were left in place$/,
    );
  });
});

describe('the pagination data set', () => {
  it('fails the pagination properties, naming the real broken contract, when every POST /orders answers one order id', async () => {
    const { baseUrl } = await inFront({ fixedOrderId: 'ord_01HZX0OR1A2B3C4D5E6F7G8H' });
    const only = ['pagination.walk-returns-every-item-once', 'pagination.per-page-bounds'];
    const { report, statuses } = await run(baseUrl, only, 3);
    expect(statuses).toEqual(only.map((name) => `${name} failed`));
    for (const result of report.results) {
      expect(result.failure!.message).toBe(
        '30 orders placed with distinct domains came back as 1 order id (ord_01HZX0OR1A2B3C4D5E6F7G8H): ' +
          'the target does not store orders, so there is no data set to page through.',
      );
      expect(result.failure!.exchange!.method).toBe('POST');
    }
    // The 30 orders are placed once: not again for each shrink step (nor for the next property).
    expect(report.results[0]!.requests).toBe(30);
  });
});
