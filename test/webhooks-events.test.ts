import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import {
  buildWebhookEvent,
  newPeekerId,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  webhookEventTypeInfo,
} from '../webhooks/events';

describe('newPeekerId', () => {
  it('is the prefix and a strict ULID of now, with randomness that differs id to id', () => {
    const before = Date.now();
    const ids = Array.from({ length: 5000 }, () => newPeekerId('evt'));
    const after = Date.now();
    for (const id of ids) {
      expect(id).toMatch(/^evt_[0-7][0-9A-HJKMNP-TV-Z]{25}$/);
      const time = decodeTime(id.slice(4));
      expect(time).toBeGreaterThanOrEqual(before);
      expect(time).toBeLessThanOrEqual(after);
    }
    expect(new Set(ids).size).toBe(ids.length);
    // Every one of the 32 digits appears in the random part: drawn from a full byte each, not a few.
    const digits = new Set(ids.flatMap((id) => [...id.slice(14)]));
    expect(digits.size).toBe(32);
  });
});

describe('buildWebhookEvent and webhookEventTypeInfo with a type outside the contract', () => {
  it('throw a TypeError naming the type and the known ones, not an internal crash', () => {
    const known = WEBHOOK_EVENT_TYPES.map((info) => info.type).join(', ');
    expect(known).toMatch(/^order\.in_progress, .*swap\.action_required$/);
    expect(() => buildWebhookEvent('bogus.type' as WebhookEventType)).toThrow(
      new TypeError(`buildWebhookEvent: unknown event type 'bogus.type'; expected one of ${known}.`),
    );
    expect(() => webhookEventTypeInfo('bogus' as WebhookEventType)).toThrow(
      new TypeError(`webhookEventTypeInfo: unknown event type 'bogus'; expected one of ${known}.`),
    );
    expect(() => buildWebhookEvent(undefined as unknown as WebhookEventType)).toThrow(
      `buildWebhookEvent: unknown event type undefined; expected one of ${known}.`,
    );
    expect(webhookEventTypeInfo('order.completed')).toMatchObject({ resource: 'order', status: 'completed' });
  });
});
