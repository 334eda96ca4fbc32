import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog } from '../schemas';
import checklist from '../schemas/api-facts-checklist.json';
import { collectOperations, OPENAPI_PATH, parseSource } from '../schemas/build-artifacts';

const doc = parseSource(readFileSync(OPENAPI_PATH, 'utf8'));
const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;
const text = readFileSync(OPENAPI_PATH, 'utf8');

describe('every fact named in shared/peeker-api appears in openapi.yaml', () => {
  it('every documented endpoint is an operation', () => {
    const keys = collectOperations(doc).map((op) => op.key);
    expect(keys.filter((k) => !checklist.endpoints.includes(k))).toEqual([]);
    expect(checklist.endpoints.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('both documented base paths are servers', () => {
    const paths = (doc.servers as { url: string }[]).map((s) => new URL(s.url).pathname);
    for (const base of checklist.basePaths) expect(paths).toContain(base);
  });

  it('every error code is in the code table with its documented status', () => {
    const table = schemas.ErrorCode!['x-peeker-error-codes'] as Record<
      string,
      { status: number; details?: string[] }
    >;
    const codes = schemas.ErrorCode!.enum as string[];
    for (const [code, status] of Object.entries(checklist.errorCodes)) {
      expect(codes, code).toContain(code);
      expect(table[code]?.status, code).toBe(status);
    }
    for (const [code, details] of Object.entries(checklist.errorDetails)) {
      expect(table[code]?.details, code).toEqual(details);
    }
  });

  it('every status value is in its enum', () => {
    for (const [name, values] of Object.entries(checklist.statusValues)) {
      const enumValues = schemas[name]?.enum as string[] | undefined;
      expect(enumValues, name).toBeDefined();
      for (const v of values) expect(enumValues, `${name}.${v}`).toContain(v);
    }
  });

  it('every pending-action reason and documented type is in its enum', () => {
    expect(schemas.PendingActionReason!.enum).toEqual(checklist.pendingActionReasons);
    for (const t of checklist.pendingActionTypes) expect(schemas.PendingActionType!.enum).toContain(t);
  });

  it('availability reasons, forwarding failures and line items are enums', () => {
    const reason = (schemas.AvailabilityResult!.properties as Record<string, { enum: string[] }>).reason!;
    expect(reason.enum).toEqual(checklist.availabilityReasons);
    expect(text).toContain(`enum: [${checklist.forwardingFailureReasons.join(', ')}]`);
    expect(text).toContain(`enum: [${checklist.lineItemTypes.join(', ')}]`);
  });

  it('every webhook event is an OpenAPI 3.1 webhook with its own schema', () => {
    const webhooks = Object.keys(doc.webhooks as object);
    expect(webhooks).toEqual(checklist.webhookEvents);
    expect(schemas.WebhookEventType!.enum).toEqual(checklist.webhookEvents);
  });

  it('the webhook signature headers and the request id header are declared', () => {
    const params = doc.components.parameters as Record<string, { name: string; in: string }>;
    const headerParams = Object.values(params)
      .filter((p) => p.in === 'header')
      .map((p) => p.name);
    expect(headerParams.sort()).toEqual([...checklist.webhookHeaders].sort());
    expect(Object.keys(doc.components.headers as object)).toEqual(checklist.responseHeaders);
  });

  it('every documented id prefix has an id schema', () => {
    const patterns = Object.values(schemas)
      .map((s) => s.pattern)
      .filter((p): p is string => typeof p === 'string');
    for (const prefix of checklist.idPrefixes) {
      expect(patterns.some((p) => p.startsWith(`^${prefix}[`))).toBe(true);
    }
  });

  it('the list envelope has links.first/next, meta.path/per_page/returned and no totals', () => {
    const list = schemas.ListEnvelope!.properties as Record<
      string,
      { properties: object; additionalProperties: boolean }
    >;
    expect(Object.keys(list.links!.properties)).toEqual(checklist.listEnvelope.links);
    expect(Object.keys(list.meta!.properties)).toEqual(checklist.listEnvelope.meta);
    expect(list.meta!.additionalProperties).toBe(false);
    const perPage = (doc.components.parameters as Record<string, { schema: object }>).PerPage!.schema;
    expect(perPage).toEqual({ type: 'integer', ...checklist.listEnvelope.perPage });
  });

  it('the decision rule is recorded whole, one advice per status class', () => {
    const rule = (doc.info as Record<string, unknown>)['x-peeker-decision-rule'] as {
      when?: string;
      advice?: string;
    }[];
    const entries = rule.filter((r) => r.when !== undefined);
    expect(entries.map((r) => r.when)).toEqual([
      '4xx with error.field',
      '401',
      '403',
      '429',
      '5xx',
      '4xx without error.field',
    ]);
    for (const r of entries) expect(Object.keys(r).sort()).toEqual(['advice', 'when']);
    expect(entries[4]!.advice).toBe(
      'Retry with exponential backoff. If it persists, open a ticket with the Peeker-Request-Id.',
    );
  });

  it('rate limit and dedupe window are recorded', () => {
    const info = doc.info as Record<string, Record<string, Record<string, unknown>>>;
    expect(info['x-peeker-rate-limit']!.requests_per_minute).toBe(checklist.rateLimitPerMinute);
    expect(info['x-peeker-dedupe']!.orders!.window_hours).toBe(checklist.dedupeWindowHours);
  });

  it('the premium-swap limits are recorded: warm period, cooldown, quota per tier', () => {
    const limits = catalog.premiumSwaps;
    expect([limits.warm_days, limits.cooldown_days, limits.microsoft_only]).toEqual([
      checklist.premiumSwaps.warmDays,
      checklist.premiumSwaps.cooldownDays,
      true,
    ]);
    expect(limits.quota_percent_by_tier).toEqual(checklist.premiumSwaps.quotaPercentByTier);
  });
});
