import { describe, expect, it } from 'vitest';
import {
  addToHistory,
  describeHistoryEntry,
  historyEntryFor,
  nextSequence,
  restoreHistory,
} from '../extension/client/core/history';
import { resolvePendingAction } from '../extension/client/core/pending-actions';
import { findOperation } from '../schemas';

const request = { operation: findOperation('POST /orders')!, url: 'http://127.0.0.1:4010/partner/v1/orders' };
const at = new Date('2026-11-26T10:11:12.000Z');

describe('history', () => {
  it('records status, error code, request id and time', () => {
    const entry = historyEntryFor(
      1,
      at,
      request,
      {
        kind: 'response',
        response: {
          status: 400,
          statusText: 'Bad Request',
          headers: {},
          bodyText: '',
          truncated: false,
          json: { error: { code: 'order_shape_conflict' } },
          requestId: 'req_01J',
          durationMs: 7,
        },
      },
      'file:///w/order.peeker.json',
    );
    expect(entry).toEqual({
      sequence: 1,
      at: '2026-11-26T10:11:12.000Z',
      operation: 'POST /orders',
      url: 'http://127.0.0.1:4010/partner/v1/orders',
      status: 400,
      errorCode: 'order_shape_conflict',
      requestId: 'req_01J',
      durationMs: 7,
      source: 'file:///w/order.peeker.json',
    });
    expect(describeHistoryEntry(entry)).toEqual({
      label: 'POST /orders',
      description: '400 order_shape_conflict · 10:11:12 · req_01J',
    });
  });

  it('records a network failure without a status', () => {
    const entry = historyEntryFor(2, at, request, { kind: 'network', message: 'refused', durationMs: 3 });
    expect(describeHistoryEntry(entry)).toEqual({
      label: 'POST /orders',
      description: 'no response · 10:11:12 · no request id',
    });
  });

  it('keeps the newest entries first, bounded', () => {
    let history = restoreHistory(undefined);
    for (let i = 0; i < 5; i++) {
      history = addToHistory(
        history,
        historyEntryFor(nextSequence(history), at, request, { kind: 'network', message: '', durationMs: 0 }),
        3,
      );
    }
    expect(history.map((e) => e.sequence)).toEqual([5, 4, 3]);
  });

  it('drops malformed persisted entries', () => {
    expect(restoreHistory([{ sequence: 1 }, 'x', null])).toEqual([]);
  });
});

describe('pending actions', () => {
  it('replace_domain → "Create swap…" with a prefilled POST /swaps', () => {
    const resolution = resolvePendingAction({
      id: 'act_01HZX0AC1A2B3C4D5E6F7G8H',
      reason: 'replace_domain',
      domain_id: 'dom_01HZX0D01A2B3C4D5E6F7G8H',
      domain: 'acme-mail.com',
    });
    expect(resolution).toEqual({
      blocking: "The domain can't be provisioned and needs swapping.",
      resolution: 'Submit a POST /swaps for that domain.',
      actionLabel: 'Create swap…',
      fileName: 'swap-5e6f7g8h.peeker.json',
      fileText: `${JSON.stringify(
        {
          description:
            'Replace acme-mail.com (pending action act_01HZX0AC1A2B3C4D5E6F7G8H). Fill in replacement_domain, then Send.',
          request: 'POST /swaps',
          body: { type: 'standard', domain_id: 'dom_01HZX0D01A2B3C4D5E6F7G8H', replacement_domain: '' },
        },
        null,
        2,
      )}\n`,
    });
  });

  it('update_nameservers → look the import up by domain name', () => {
    const resolution = resolvePendingAction({ id: 'act_X', reason: 'update_nameservers', domain: 'a.com' });
    expect(resolution.actionLabel).toBe('Look up nameservers…');
    expect(JSON.parse(resolution.fileText)).toMatchObject({
      request: 'GET /domains/import',
      query: { domains: 'a.com' },
    });
    expect(resolution.resolution).toBe(
      'Send the nameserver_groups from GET /domains/import/{id} to the customer.',
    );
  });

  it('profile_picture_not_accessible → open the order', () => {
    const resolution = resolvePendingAction({
      id: 'act_Y',
      reason: 'profile_picture_not_accessible',
      order_id: 'ord_1',
    });
    expect(resolution.actionLabel).toBe('Open order…');
    expect(JSON.parse(resolution.fileText)).toMatchObject({
      request: 'GET /orders/{id}',
      path: { id: 'ord_1' },
    });
  });
});
