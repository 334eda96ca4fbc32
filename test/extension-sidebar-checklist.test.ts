import { describe, expect, it } from 'vitest';
import {
  completionEventsFor,
  contextKeyFor,
  evaluateChecklist,
  evidenceFromContractRun,
  evidenceFromResponse,
  evidenceFromWebhook,
  GO_LIVE_STEPS,
  recordEvidence,
} from '../extension/client/core/go-live-checklist';

const at = new Date('2026-11-26T10:00:00.000Z');

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

  it('is all open with no evidence and ready only when every step has evidence', () => {
    expect(evaluateChecklist({}).map((s) => s.done)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    let evidence = recordEvidence({}, [{ kind: 'testKey', detail: 'pk_test_…' }], at);
    evidence = recordEvidence(evidence, evidenceFromResponse('GET /me', 200, {}, 'test', 'req_1'), at);
    expect(evaluateChecklist(evidence).map((s) => s.done)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
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
    );
    const statuses = evaluateChecklist(evidence);
    expect(statuses.map((s) => s.done)).toEqual([true, true, true, true, true, true, true]);
    expect(statuses[3]!.evidence).toEqual({
      at: '2026-11-26T10:00:00.000Z',
      detail: 'order.completed evt_1',
    });
  });

  it('keeps the first record of each kind', () => {
    const first = recordEvidence({}, [{ kind: 'meOk', detail: 'one' }], at);
    expect(recordEvidence(first, [{ kind: 'meOk', detail: 'two' }], new Date(0)).meOk).toEqual({
      at: '2026-11-26T10:00:00.000Z',
      detail: 'one',
    });
  });
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
