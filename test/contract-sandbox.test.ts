import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContractSuite } from '../contract-tests';
import { type RunningEmulator, startEmulator } from '../emulator';

/** How the server in front of the emulator departs from it, each in a way the docs allow. */
interface Behaviour {
  /** Pass the control API through (the suite sees an emulator) instead of answering 404 (a sandbox). */
  control?: boolean;
  /** Clamp `per_page` like a lenient server: above 100 → 100, anything else outside 1–100 → the default. */
  clampPerPage?: boolean;
}

/** What the server in front changed, to prove a test exercised it. */
interface Changes {
  clamped: number;
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
  const changes: Changes = { clamped: 0 };
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
      const body = Buffer.concat(chunks).toString('utf8');
      const response = await fetch(url, {
        method: req.method ?? 'GET',
        headers: {
          ...(req.headers.authorization ? { Authorization: req.headers.authorization } : {}),
          ...(req.headers['content-type'] ? { 'Content-Type': req.headers['content-type'] } : {}),
        },
        ...(body === '' ? {} : { body }),
      });
      const text = await response.text();
      res.writeHead(response.status, {
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
});
