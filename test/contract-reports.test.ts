import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runContractSuite } from '../contract-tests';
import { formatHumanReport, progressLine } from '../contract-tests/report/human';
import { formatJsonReport } from '../contract-tests/report/json';
import { formatJunitReport } from '../contract-tests/report/junit';
import type { ContractReport, PropertyResult } from '../contract-tests/report/model';
import type { Exchange } from '../contract-tests/target';
import { printable } from '../lint/text-utils';

const EXCHANGE: Exchange = {
  method: 'GET',
  url: 'http://127.0.0.1:4010/partner/v1/orders?per_page=1',
  authorization: 'Bearer [redacted]',
  status: 200,
  responseHeaders: { 'peeker-request-id': 'req_01M8B9MQ1CJRSXZXX1Q9S9BAK1' },
  responseBody: '{"data":[],"meta":{"total":0}}',
  json: { data: [], meta: { total: 0 } },
  requestId: 'req_01M8B9MQ1CJRSXZXX1Q9S9BAK1',
  durationMs: 3,
};

const PASSED: PropertyResult = {
  name: 'pagination.meta-honest',
  group: 'pagination',
  description: 'meta is honest',
  promise: 'meta …',
  needsEmulator: false,
  status: 'passed',
  runs: 15,
  requests: 120,
  durationMs: 1250,
};

const FAILED: PropertyResult = {
  name: 'pagination.no-totals',
  group: 'pagination',
  description: 'no totals',
  promise: 'There are no totals (total, total_count, etc.) in v1',
  needsEmulator: false,
  status: 'failed',
  runs: 4,
  requests: 4,
  durationMs: 40,
  failure: {
    message:
      'GET /partner/v1/orders?per_page=1 → 200 (req_01M8B9MQ1CJRSXZXX1Q9S9BAK1) carries totals: meta.total.',
    counterexample: '{"list":"GET /orders","size":1}',
    seed: 9,
    path: '0:0',
    shrinks: 1,
    replay: 'peeker-devkit contract --only pagination.no-totals --seed 9 --path 0:0',
    exchange: EXCHANGE,
    exchanges: [EXCHANGE],
  },
};

const SKIPPED: PropertyResult = {
  name: 'rate-limit.retry-after-is-enough',
  group: 'rate-limit',
  description: 'retry after',
  promise: 'wait',
  needsEmulator: true,
  status: 'skipped',
  reason: 'needs emulator',
  runs: 0,
  requests: 0,
  durationMs: 0,
};

const REPORT: ContractReport = {
  target: { kind: 'emulator', baseUrl: 'http://127.0.0.1:4010/partner/v1', activeFaults: ['totals_in_meta'] },
  seed: 9,
  numRuns: 30,
  startedAt: '2026-06-29T12:00:00.000Z',
  durationMs: 2345,
  requests: 124,
  controlCalls: 6,
  results: [PASSED, FAILED, SKIPPED],
  passed: false,
};

describe('formatHumanReport', () => {
  it('lists properties by contract, details each failure, and sums up per contract', () => {
    expect(formatHumanReport(REPORT, false)).toBe(
      [
        'Peeker contract tests — emulator http://127.0.0.1:4010/partner/v1',
        'seed 9 · 30 runs per property · active faults: totals_in_meta',
        '',
        'Pagination',
        '  ✓ pagination.meta-honest            15 runs, 120 requests, 1.3 s',
        '  ✗ pagination.no-totals              failed 4 runs, 4 requests, 40 ms',
        'Rate limit',
        '  - rate-limit.retry-after-is-enough  skipped: needs emulator',
        '',
        'Failure',
        '',
        '✗ pagination.no-totals',
        '  Promise: "There are no totals (total, total_count, etc.) in v1"',
        '  Broken:  GET /partner/v1/orders?per_page=1 → 200 (req_01M8B9MQ1CJRSXZXX1Q9S9BAK1) carries totals: meta.total.',
        '  Counterexample (after 1 shrink):',
        '    {"list":"GET /orders","size":1}',
        '  Request:  GET http://127.0.0.1:4010/partner/v1/orders?per_page=1',
        '            Authorization: Bearer [redacted]',
        '  Response: 200 · Peeker-Request-Id: req_01M8B9MQ1CJRSXZXX1Q9S9BAK1 · 3 ms',
        '            {"data":[],"meta":{"total":0}}',
        '  Replay:  peeker-devkit contract --only pagination.no-totals --seed 9 --path 0:0',
        '',
        'Summary per contract',
        '  Pagination  1/2 broken',
        '  Rate limit  1 skipped (needs emulator)',
        '',
        '1 of 2 properties broken. 1 skipped · 124 requests · 6 control calls · 2.3 s',
      ].join('\n'),
    );
  });

  it('says when shrinking was cut short by its budget, and when a counterexample was replayed as is', () => {
    const withShrinking = (shrinking: 'cut-off' | 'replayed') =>
      formatHumanReport(
        { ...REPORT, results: [{ ...FAILED, failure: { ...FAILED.failure!, shrinking } }] },
        false,
      );
    expect(withShrinking('cut-off')).toContain(
      '\n  Counterexample (after 1 shrink; shrinking stopped at its time budget, a smaller failing case may exist):\n',
    );
    expect(withShrinking('replayed')).toContain(
      '\n  Counterexample (replayed from --path as reported, not shrunk again):\n',
    );
  });

  it('shows the field a Broken line names when the body preview cut it off', () => {
    const rows = Array.from({ length: 16 }, (_, i) => ({
      id: `ord_01M8B9MQ1CJRSXZXX1Q9S9BA${String(i).padStart(2, '0')}`,
    }));
    const body = { data: rows, meta: { per_page: 16, returned: 16, total: 37 } };
    const long: Exchange = { ...EXCHANGE, responseBody: JSON.stringify(body), json: body };
    expect(long.responseBody.length).toBeGreaterThan(600);
    expect(long.responseBody.indexOf('"total"')).toBeGreaterThan(600);
    const result: PropertyResult = {
      ...FAILED,
      failure: { ...FAILED.failure!, exchange: long, exchanges: [long] },
    };
    const human = formatHumanReport({ ...REPORT, results: [result] }, false);
    expect(human).toContain(
      `\n            ${long.responseBody.slice(0, 600)}…\n            (cut at 600 characters; meta.total is 37)\n  Replay:`,
    );
    expect(formatJunitReport({ ...REPORT, results: [result] })).toContain(
      '(cut at 600 characters; meta.total is 37)',
    );
    // Not cut: nothing added.
    expect(formatHumanReport(REPORT, false)).not.toContain('(cut at');
  });

  it('escapes what the target wrote, so its escape sequences never reach the terminal (line breaks stay)', () => {
    const hostile: PropertyResult = {
      ...FAILED,
      failure: {
        ...FAILED.failure!,
        message: 'answered \u001b[31mred\u001b[0m',
        exchange: {
          ...EXCHANGE,
          requestId: 'req_\u009b2J',
          responseBody:
            '{"error":{"code":"invalid_request","message":"x"}}\u001b[2J\u001b[H\u001b[32mAll properties hold.\u001b[0m\u0000\n\r\u202eevil',
        },
      },
    };
    const text = formatHumanReport(
      {
        ...REPORT,
        target: { ...REPORT.target, activeFaults: ['x\u001b]0;title\u0007'] },
        results: [hostile],
      },
      false,
    );
    // Nothing but line breaks among the characters printable escapes.
    expect(text.replace(/\n/g, '')).toBe(printable(text.replace(/\n/g, '')));
    expect(text).toContain('seed 9 · 30 runs per property · active faults: x\\u001b]0;title\\u0007\n');
    expect(text).toContain('  Broken:  answered \\u001b[31mred\\u001b[0m\n');
    expect(text).toContain('  Response: 200 · Peeker-Request-Id: req_\\u009b2J · 3 ms\n');
    expect(text).toContain(
      '            {"error":{"code":"invalid_request","message":"x"}}\\u001b[2J\\u001b[H\\u001b[32mAll properties hold.\\u001b[0m\\u0000\n' +
        '            \\r\\u202eevil\n',
    );
    // JUnit's failure text is built from the same lines: a C1 CSI, valid XML, no longer passes raw.
    const xml = formatJunitReport({ ...REPORT, results: [hostile] });
    expect(xml).not.toContain('\u009b');
    expect(xml).toContain('Peeker-Request-Id: req_\\u009b2J');
  });

  it('says "1 run per property" for --num-runs 1', () => {
    expect(formatHumanReport({ ...REPORT, numRuns: 1 }, false).split('\n')[1]).toBe(
      'seed 9 · 1 run per property · active faults: totals_in_meta',
    );
  });

  it('styles with ANSI only when asked', () => {
    expect(formatHumanReport(REPORT, true)).toContain('\u001b[32m✓\u001b[39m pagination.meta-honest');
    expect(formatHumanReport(REPORT, false)).not.toContain('\u001b[');
  });
});

describe('progressLine', () => {
  it('numbers properties and shows their outcome', () => {
    expect(progressLine(1, 29, FAILED, false)).toBe('[ 2/29] ✗ pagination.no-totals (40 ms)');
    expect(progressLine(27, 29, SKIPPED, false)).toBe(
      '[28/29] - rate-limit.retry-after-is-enough (skipped: needs emulator)',
    );
  });
});

describe('formatJsonReport', () => {
  it('keeps the report and drops the parsed copies of bodies', () => {
    const parsed = JSON.parse(formatJsonReport(REPORT));
    expect(parsed.results[1].failure.exchange).toEqual({ ...EXCHANGE, json: undefined });
    expect(parsed.results[1].failure.exchange).not.toHaveProperty('json');
    expect(parsed).toMatchObject({ seed: 9, passed: false, target: REPORT.target });
  });
});

describe('formatJunitReport', () => {
  it('writes one testsuite per contract, failures with the full text, skips with the reason', () => {
    const xml = formatJunitReport(REPORT);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="peeker-devkit contract" tests="3" failures="1" errors="0" skipped="1" time="2.345"',
      ),
    ).toBe(true);
    expect(xml).toContain(
      '  <testsuite name="pagination: Pagination" tests="2" failures="1" errors="0" skipped="0" time="1.290"',
    );
    expect(xml).toContain(
      '    <testcase classname="contract.pagination" name="pagination.meta-honest" time="1.250"/>',
    );
    expect(xml).toContain(
      '<failure message="GET /partner/v1/orders?per_page=1 → 200 (req_01M8B9MQ1CJRSXZXX1Q9S9BAK1) carries totals: meta.total." type="ContractViolation">Promise: "There are no totals',
    );
    expect(xml).toContain(
      'Replay: peeker-devkit contract --only pagination.no-totals --seed 9 --path 0:0</failure>',
    );
    expect(xml).toContain('      <skipped message="skipped: needs emulator"/>');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const tricky: PropertyResult = {
      ...FAILED,
      failure: {
        ...FAILED.failure!,
        message: 'a <b> & "c"\u0007\nd',
        exchange: { ...EXCHANGE, responseBody: '</failure><x>' },
      },
    };
    const xml = formatJunitReport({ ...REPORT, results: [tricky] });
    expect(xml).toContain(
      '<failure message="a &lt;b&gt; &amp; &quot;c&quot;&#10;d" type="ContractViolation">',
    );
    expect(xml).toContain('&lt;/failure&gt;&lt;x&gt;');
    expect(xml).not.toContain('\u0007');
  });
});

describe('a report of a server that quotes the key back', () => {
  it('never holds the key, nor the part after its prefix, whatever the formatter', async () => {
    const key = 'pk_test_FakeKeyForTests000SECRET';
    const body = key.slice('pk_test_'.length);
    const me = {
      data: { api_key: { environment: 'test', permission_preset: 'full' }, partner: { id: 'prt_1' } },
    };
    // A sandbox (no control API) whose errors echo the credential: whole in a header, in part in the body.
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/_emulator')) return void res.writeHead(404).end();
      if (req.url?.endsWith('/me')) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(me));
        return;
      }
      const auth = req.headers.authorization ?? '';
      res.writeHead(400, { 'Content-Type': 'application/json', 'X-Echo-Auth': auth });
      res.end(
        JSON.stringify({
          error: {
            code: 'invalid_request',
            message: `key id ${auth.replace('Bearer pk_test_', '')} is wrong`,
          },
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const report = await runContractSuite({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`,
        apiKey: key,
        only: ['request-ids.present-on-every-response'],
        numRuns: 1,
        seed: 1,
        shrinkBudgetMs: 0,
      });
      const failure = report.results[0]!.failure!;
      expect(failure.exchange!.responseHeaders['x-echo-auth']).toBe('Bearer [redacted]');
      expect(failure.exchange!.json).toEqual({
        error: { code: 'invalid_request', message: 'key id [redacted] is wrong' },
      });
      // The report object itself (parsed bodies included), and each rendering of it.
      for (const text of [
        JSON.stringify(report),
        formatJsonReport(report),
        formatHumanReport(report, false),
        formatJunitReport(report),
      ]) {
        expect(text).not.toContain(body);
        expect(text).toContain('[redacted]');
      }
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
