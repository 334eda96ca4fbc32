import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildArtifacts, JSON_SCHEMA_DIR, OPENAPI_PATH, SCHEMA_ID_BASE } from '../schemas/build-artifacts';
import { catalog, findOperation } from '../schemas/index';
import { REQUEST_BODY_SCHEMAS } from '../schemas/json-schemas';
import { buildWebhookEvent, WEBHOOK_EVENT_TYPES } from '../webhooks/events';
import { knownBadBodies, validBundleOrder, validCustomOrder } from './fixtures/known-bad-bodies';

type Schema = Record<string, unknown>;
const files = readdirSync(JSON_SCHEMA_DIR).sort();
const schemas = new Map(
  files.map((f) => [f, JSON.parse(readFileSync(join(JSON_SCHEMA_DIR, f), 'utf8')) as Schema]),
);

function ajvWithAllSchemas() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const schema of schemas.values()) ajv.addSchema(schema);
  return ajv;
}

describe('generated files', () => {
  it('are up to date with schemas/openapi.yaml', async () => {
    const artifacts = await buildArtifacts(readFileSync(OPENAPI_PATH, 'utf8'));
    const stale = [...artifacts]
      .filter(([file, content]) => readFileSync(file, 'utf8') !== content)
      .map(([f]) => f);
    expect(stale).toEqual([]);
  });

  it('give every JSON Schema a stable $id named after its file, 2020-12, title, description and examples', () => {
    for (const [file, schema] of schemas) {
      expect(schema.$id, file).toBe(`${SCHEMA_ID_BASE}${file}`);
      expect(schema.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(typeof schema.title, file).toBe('string');
      expect(typeof schema.description, file).toBe('string');
      expect(typeof schema.markdownDescription, file).toBe('string');
    }
    for (const file of files.filter((f) => f.endsWith('-request.json') || f.includes('envelope'))) {
      expect((schemas.get(file)!.examples as unknown[]).length, file).toBeGreaterThan(0);
    }
  });

  it('has one schema per request body, plus envelopes, every webhook event and the request file', () => {
    const bodies = new Set(catalog.operations.map((o) => o.requestSchema).filter(Boolean));
    const events = catalog.webhookEvents.map((e) => e.schema);
    expect(files).toEqual(
      [
        ...bodies,
        ...events,
        'error-envelope.json',
        'list-envelope.json',
        'webhook-event.json',
        'request-file.json',
      ].sort(),
    );
  });

  it('bundles every request body schema of the catalog, as generated', () => {
    const bodies = [
      ...new Set(catalog.operations.map((o) => o.requestSchema).filter((f): f is string => f !== null)),
    ];
    expect(Object.keys(REQUEST_BODY_SCHEMAS).sort()).toEqual(bodies.sort());
    for (const file of bodies) expect(REQUEST_BODY_SCHEMAS[file], file).toEqual(schemas.get(file));
  });

  it('gives every described property of the order body hover docs (markdownDescription)', () => {
    const order = schemas.get('create-order-request.json')!;
    const props = order.properties as Record<string, Schema>;
    for (const [name, prop] of Object.entries(props)) {
      expect(typeof prop.markdownDescription, name).toBe('string');
    }
    expect(props.user_id!.markdownDescription).toContain('**Deprecated.**');
    expect(props.google_inboxes_per_domain!.markdownDescription).toContain('Peeker DevKit assumption');
  });

  it('compile, and their examples validate', () => {
    const ajv = ajvWithAllSchemas();
    for (const [file, schema] of schemas) {
      const validate = ajv.getSchema(schema.$id as string)!;
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        expect(validate(example), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('request-file schema validates a request file and its body against the named operation', () => {
    const validate = ajvWithAllSchemas().getSchema(`${SCHEMA_ID_BASE}request-file.json`)!;
    expect(validate({ request: 'POST /orders', body: validCustomOrder })).toBe(true);
    expect(validate({ request: 'GET /orders', query: { per_page: 100, status: 'completed' } })).toBe(true);
    expect(validate({ request: 'GET /orders', query: { per_page: 101 } })).toBe(false);
    expect(validate({ request: 'POST /orders', body: { ...validBundleOrder, google_licenses: 2 } })).toBe(
      false,
    );
    expect(validate({ request: 'GET /me', body: {} })).toBe(false);
    expect(validate({ request: 'GET /nope' })).toBe(false);
  });

  it('error envelope schema requires the documented details per code', () => {
    const validate = ajvWithAllSchemas().getSchema(`${SCHEMA_ID_BASE}error-envelope.json`)!;
    expect(validate({ error: { code: 'rate_limited', message: 'slow down' } })).toBe(false);
    expect(
      validate({
        error: { code: 'rate_limited', message: 'slow down', details: { retry_after_seconds: 3 } },
      }),
    ).toBe(true);
    expect(
      validate({
        error: {
          code: 'domain_count_mismatch',
          message: 'x',
          field: 'domains',
          details: { required_count: 4, submitted_count: 2 },
        },
      }),
    ).toBe(false);
    expect(validate({ code: 'invalid_request', message: 'flat envelope' })).toBe(false);
  });

  it('list envelope schema rejects totals', () => {
    const validate = ajvWithAllSchemas().getSchema(`${SCHEMA_ID_BASE}list-envelope.json`)!;
    const page = {
      data: [],
      links: { first: 'http://x/orders', next: null },
      meta: { path: 'http://x/orders', per_page: 25, returned: 0 },
    };
    expect(validate(page)).toBe(true);
    expect(validate({ ...page, meta: { ...page.meta, total: 0 } })).toBe(false);
  });
});

describe('webhook event schemas', () => {
  const ajv = ajvWithAllSchemas();
  const validatorOf = (type: string) => ajv.getSchema(`${SCHEMA_ID_BASE}webhook-${type}.json`)!;
  const anyEvent = ajv.getSchema(`${SCHEMA_ID_BASE}webhook-event.json`)!;
  // The one event body the docs show ([WH.md], API-FACTS §11 "Envelope"), byte for byte.
  const docsExample = JSON.parse(
    '{"id":"evt_01HZX0EV1A2B3C4D5E6F7G8H","type":"order.in_progress","created_at":"2026-05-08T12:00:00Z",' +
      '"data":{"id":"ord_01HZX0OR1A2B3C4D5E6F7G8H","status":"in_progress"}}',
  ) as Record<string, unknown>;
  const idPrefix: Record<string, string> = { order: 'ord', domain: 'dom', domain_import: 'imp', swap: 'swp' };

  it("accept the docs' own order.in_progress body, as its type's schema and as any event", () => {
    const validate = validatorOf('order.in_progress');
    expect(validate(docsExample), JSON.stringify(validate.errors)).toBe(true);
    expect(anyEvent(docsExample), JSON.stringify(anyEvent.errors)).toBe(true);
  });

  it('require of data only the documented id and status, except the documented forwarding job', () => {
    const minimalAccepted: string[] = [];
    for (const { resource, status, type } of WEBHOOK_EVENT_TYPES) {
      const validate = validatorOf(type);
      const event = { ...docsExample, type, data: { id: `${idPrefix[resource] ?? 'fwj'}_01HZX0AB`, status } };
      if (validate(event)) minimalAccepted.push(type);
      const { status: _dropped, ...withoutStatus } = event.data;
      expect(validate({ ...event, data: withoutStatus }), `${type} without data.status`).toBe(false);
    }
    expect(minimalAccepted).toEqual(
      WEBHOOK_EVENT_TYPES.map((e) => e.type).filter((t) => !t.startsWith('domain.forwarding_')),
    );
  });

  it("still check the kit's fuller shape where it is sent: full resources pass, a wrong field fails", () => {
    for (const { type } of WEBHOOK_EVENT_TYPES) {
      const validate = validatorOf(type);
      const full = buildWebhookEvent(type);
      expect(validate(full), `${type}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...full, data: { ...full.data, created_at: 'yesterday' } }), type).toBe(false);
    }
    const completed = buildWebhookEvent('order.completed');
    expect(validatorOf('order.completed')({ ...completed, data: { ...completed.data, domains: [] } })).toBe(
      false,
    );
  });

  it("mark the fuller shape as the kit's reading in hover docs", () => {
    const completed = schemas.get('webhook-order.completed.json')!.$defs as Record<string, Schema>;
    expect(completed.OrderEventData!.markdownDescription).not.toContain('Peeker DevKit assumption');
    expect(completed.OrderEventDataReading!.markdownDescription).toContain('Peeker DevKit assumption');
    expect(completed.OrderCompletedEventData!.markdownDescription).toContain('Peeker DevKit assumption');
  });
});

describe('known-bad bodies', () => {
  const ajv = ajvWithAllSchemas();
  const validatorFor = (operation: string) => {
    const op = findOperation(operation);
    if (!op?.requestSchema) throw new Error(`no body schema for ${operation}`);
    return ajv.getSchema(`${SCHEMA_ID_BASE}${op.requestSchema}`)!;
  };

  it('cover every documented 400 code', () => {
    const codes400 = Object.entries(catalog.errorCodes)
      .filter(([, info]) => info.status === 400)
      .map(([code]) => code);
    expect([...new Set(knownBadBodies.map((b) => b.expectedCode))].sort()).toEqual(codes400.sort());
  });

  it('valid order fixtures are schema-valid', () => {
    expect(validatorFor('POST /orders')(validCustomOrder)).toBe(true);
    expect(validatorFor('POST /orders')(validBundleOrder)).toBe(true);
  });

  for (const bad of knownBadBodies) {
    it(`${bad.decidedBy === 'schema' ? 'schema rejects' : 'schema accepts (needs a semantic or server rule)'}: ${bad.name}`, () => {
      const validate = validatorFor(bad.operation);
      expect(validate(bad.body)).toBe(bad.decidedBy !== 'schema');
    });
  }
});
