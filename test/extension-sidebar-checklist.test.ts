import { describe, expect, it } from 'vitest';
import {
  completionEventsFor,
  contextKeyFor,
  evaluateChecklist,
  evidenceFromContractRun,
  evidenceFromResponse,
  evidenceFromWebhook,
  evidenceSourceOf,
  GO_LIVE_STEPS,
  readinessGap,
  recordEvidence,
} from '../extension/client/core/go-live-checklist';

const at = new Date('2026-11-26T10:00:00.000Z');
const later = new Date('2026-11-26T11:00:00.000Z');

describe('go-live checklist', () => {
  it('mirrors the seed checklist in order', () => {
    expect(GO_LIVE_STEPS.map((step) => step.title)).toEqual([
      'Set a test key',
      'GET /me works',
      'Lint and send a first order',
      'Watch it reach completed',
      'Receive and verify a signed webhook',
      'Exercise the error branches',
      'Ready for live',
    ]);
    expect(contextKeyFor(GO_LIVE_STEPS[0]!)).toBe('peeker.goLive.setTestKey');
    expect(contextKeyFor(GO_LIVE_STEPS[1]!)).toBe('peeker.goLive.getMe');
    expect(completionEventsFor(GO_LIVE_STEPS[1]!)).toEqual([
      'onContext:peeker.goLive.getMe',
      'onContext:peeker.goLive.getMe && peeker.goLive.sync',
    ]);
  });

  it('is all open with no evidence and ready only when every step has sandbox evidence', () => {
    expect(evaluateChecklist({}).map((s) => s.done)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    let evidence = recordEvidence({}, [{ kind: 'testKey', detail: 'pk_test_…' }], at, 'sandbox');
    evidence = recordEvidence(
      evidence,
      evidenceFromResponse('GET /me', 200, {}, 'test', 'req_1'),
      at,
      'sandbox',
    );
    expect(evaluateChecklist(evidence).map((s) => s.done)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(evaluateChecklist(evidence)[6]!.missing).toBe('not until every step above is done');
    evidence = recordEvidence(
      evidence,
      [
        ...evidenceFromResponse(
          'POST /orders',
          200,
          { data: { id: 'ord_1', status: 'in_progress' } },
          'test',
        ),
        ...evidenceFromWebhook('order.completed', 'evt_1'),
        ...evidenceFromContractRun(12, 0, 'emulator'),
      ],
      at,
      'sandbox',
    );
    const statuses = evaluateChecklist(evidence);
    expect(statuses.map((s) => s.done)).toEqual([true, true, true, true, true, true, true]);
    expect(statuses[3]!.evidence).toEqual({
      at: '2026-11-26T10:00:00.000Z',
      detail: 'order.completed evt_1',
      source: 'sandbox',
    });
    expect(statuses[6]).toEqual({ step: GO_LIVE_STEPS[6], done: true });
  });

  it('ticks every practice step from the local emulator, but not "Ready for live"', () => {
    const evidence = recordEvidence(
      {},
      [
        { kind: 'testKey', detail: "the local emulator's pk_test_ key" },
        ...evidenceFromResponse('GET /me', 200, {}, 'test', 'req_1'),
        ...evidenceFromResponse('POST /orders', 200, { data: { id: 'ord_1', status: 'completed' } }, 'test'),
        ...evidenceFromWebhook('order.completed', 'evt_1'),
        ...evidenceFromContractRun(12, 0, 'the local emulator'),
      ],
      at,
      'emulator',
    );
    expect(Object.values(evidence).map((record) => [record.detail, record.source])).toEqual([
      ["the local emulator's pk_test_ key", 'emulator'],
      ['GET /me 200 (req_1) · local emulator', 'emulator'],
      ['ord_1 · local emulator', 'emulator'],
      ['ord_1 completed · local emulator', 'emulator'],
      ['order.completed evt_1 · local emulator', 'emulator'],
      ['12 properties held against the local emulator', 'emulator'],
    ]);
    const statuses = evaluateChecklist(evidence);
    expect(statuses.map((s) => s.done)).toEqual([true, true, true, true, true, true, false]);
    expect(statuses[6]!.missing).toBe(
      '"Watch it reach completed" and "Receive and verify a signed webhook" must be done in the real sandbox (a pk_test_ key, local emulator off), not only on the local emulator',
    );
    expect(readinessGap(evidence)).toBe(statuses[6]!.missing);

    // Sandbox evidence replaces the emulator's; the practice steps' emulator evidence may stay.
    const withOrder = recordEvidence(
      evidence,
      [{ kind: 'orderCompleted', detail: 'ord_9 completed' }],
      later,
      'sandbox',
    );
    expect(withOrder.orderCompleted).toEqual({
      at: later.toISOString(),
      detail: 'ord_9 completed',
      source: 'sandbox',
    });
    expect(readinessGap(withOrder)).toBe(
      '"Receive and verify a signed webhook" must be done in the real sandbox (a pk_test_ key, local emulator off), not only on the local emulator',
    );
    const ready = recordEvidence(
      withOrder,
      evidenceFromWebhook('order.completed', 'evt_9'),
      later,
      'sandbox',
    );
    expect(readinessGap(ready)).toBeUndefined();
    expect(evaluateChecklist(ready).map((s) => s.done)).toEqual([true, true, true, true, true, true, true]);
    // …and emulator evidence never replaces sandbox evidence.
    expect(
      recordEvidence(ready, evidenceFromWebhook('order.completed', 'evt_10'), later, 'emulator'),
    ).toEqual(ready);
  });

  it("labels kit-signed webhook evidence, never counts it as the sandbox's, and lets a sandbox delivery replace it", () => {
    const kit = recordEvidence(
      {},
      [{ kind: 'webhookVerified', detail: 'http://127.0.0.1:3000/hooks passed 10 hygiene checks' }],
      at,
      'kit',
    );
    expect(kit.webhookVerified).toEqual({
      at: at.toISOString(),
      detail: 'http://127.0.0.1:3000/hooks passed 10 hygiene checks · kit-signed, not from Peeker',
      source: 'kit',
    });
    const rest = Object.fromEntries(
      GO_LIVE_STEPS.flatMap((step) =>
        step.evidence && step.evidence !== 'webhookVerified'
          ? [[step.evidence, { at: at.toISOString(), detail: 'x', source: 'sandbox' }]]
          : [],
      ),
    );
    expect(readinessGap({ ...rest, ...kit })).toBe(
      `"Receive and verify a signed webhook" needs a delivery from the real sandbox: the kit's own signed deliveries show your handler works, not that Peeker's reach it`,
    );
    const fromPeeker = recordEvidence(kit, evidenceFromWebhook('order.completed', 'evt_11'), at, 'sandbox');
    expect(fromPeeker.webhookVerified?.source).toBe('sandbox');
    expect(readinessGap({ ...rest, ...fromPeeker })).toBeUndefined();
  });

  it('never counts records saved without a source (before sources were kept) as sandbox evidence', () => {
    const legacy = Object.fromEntries(
      GO_LIVE_STEPS.flatMap((step) =>
        step.evidence ? [[step.evidence, { at: at.toISOString(), detail: 'x' }]] : [],
      ),
    );
    expect(evaluateChecklist(legacy).map((s) => s.done)).toEqual([true, true, true, true, true, true, false]);
  });

  it('keeps the first record of each kind from the same source', () => {
    const first = recordEvidence({}, [{ kind: 'meOk', detail: 'one' }], at, 'sandbox');
    expect(recordEvidence(first, [{ kind: 'meOk', detail: 'two' }], new Date(0), 'sandbox').meOk).toEqual({
      at: '2026-11-26T10:00:00.000Z',
      detail: 'one',
      source: 'sandbox',
    });
    const emulator = recordEvidence({}, [{ kind: 'meOk', detail: 'one' }], at, 'emulator');
    expect(recordEvidence(emulator, [{ kind: 'meOk', detail: 'two' }], later, 'emulator')).toEqual(emulator);
  });

  it.each([
    ['https://api.peeker.ai/partner/v1', false, 'sandbox'],
    ['https://sandbox.example.com/partner/v1', false, 'sandbox'],
    ['https://api.peeker.ai/partner/v1', true, 'emulator'],
    ['http://127.0.0.1:4010/partner/v1', false, 'emulator'],
    ['http://127.8.9.10:4010/partner/v1', false, 'emulator'],
    ['http://localhost:4010/partner/v1', false, 'emulator'],
    ['http://LOCALHOST/partner/v1', false, 'emulator'],
    ['http://emulator.localhost:4010/partner/v1', false, 'emulator'],
    ['http://[::1]:4010/partner/v1', false, 'emulator'],
    ['http://[::ffff:127.0.0.1]:4010/partner/v1', false, 'emulator'],
    ['http://0.0.0.0:4010/partner/v1', false, 'emulator'],
    ['not a url', false, 'emulator'],
    ['https://127.0.0.1.example.com/partner/v1', false, 'sandbox'],
  ] as const)(
    'evidence against %s (embedded emulator: %s) comes from the %s',
    (baseUrl, embedded, source) => {
      expect(evidenceSourceOf(baseUrl, embedded)).toBe(source);
    },
  );
});

describe('evidence from calls and events', () => {
  it('finds a created order and a completed one in a list', () => {
    expect(
      evidenceFromResponse(
        'POST /orders',
        201,
        { data: { id: 'ord_9', status: 'in_progress' } },
        'test',
        'req_2',
      ),
    ).toEqual([{ kind: 'orderCreated', detail: 'ord_9 (req_2)' }]);
    expect(
      evidenceFromResponse(
        'GET /orders',
        200,
        {
          data: [
            { id: 'ord_1', status: 'failed' },
            { id: 'ord_2', status: 'completed' },
          ],
        },
        'test',
      ),
    ).toEqual([{ kind: 'orderCompleted', detail: 'ord_2 completed' }]);
  });

  it('ignores live keys, errors and non-order resources', () => {
    expect(evidenceFromResponse('GET /me', 200, {}, 'live')).toEqual([]);
    expect(evidenceFromResponse('POST /orders', 400, { error: {} }, 'test')).toEqual([]);
    expect(
      evidenceFromResponse('GET /swaps/{id}', 200, { data: { id: 'swp_1', status: 'completed' } }, 'test'),
    ).toEqual([]);
  });

  it('counts any verified webhook, and order completion from the event', () => {
    expect(evidenceFromWebhook('domain.connected', 'evt_2')).toEqual([
      { kind: 'webhookVerified', detail: 'domain.connected evt_2' },
    ]);
    expect(evidenceFromWebhook('order.in_progress', 'evt_3', 'completed')).toHaveLength(2);
  });

  it('counts a contract run only when every property held', () => {
    expect(evidenceFromContractRun(3, 1, 'x')).toEqual([]);
    expect(evidenceFromContractRun(0, 0, 'x')).toEqual([]);
    expect(evidenceFromContractRun(5, 0, 'the emulator')).toEqual([
      { kind: 'contractPassed', detail: '5 properties held against the emulator' },
    ]);
  });
});
