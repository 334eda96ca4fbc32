import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { TIMINGS } from '../emulator/magic';
import { OPENAPI_PATH, parseSource, SourceError, validateOpenApi } from '../schemas/build-artifacts';

const source = readFileSync(OPENAPI_PATH, 'utf8');
const doc = parseSource(source);

/** ajv over the whole OpenAPI document, so any `#/…` pointer into it can be compiled. */
function documentValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...structuredClone(doc), $id: 'openapi' } as object);
  return (pointer: string) => ajv.compile({ $ref: `openapi#${pointer}` });
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every example in the document with the JSON pointer of the schema it must satisfy. */
function collectExamples(): { where: string; schemaPointer: string; value: unknown }[] {
  const found: { where: string; schemaPointer: string; value: unknown }[] = [];
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    for (const [i, value] of ((schema as { examples?: unknown[] }).examples ?? []).entries()) {
      found.push({
        where: `components.schemas.${name}.examples[${i}]`,
        schemaPointer: `/components/schemas/${name}`,
        value,
      });
    }
  }
  const visitMedia = (media: Record<string, unknown>, pointer: string, where: string) => {
    if (media.example !== undefined)
      found.push({ where: `${where}.example`, schemaPointer: `${pointer}/schema`, value: media.example });
    for (const [k, ex] of Object.entries((media.examples as Record<string, { value: unknown }>) ?? {})) {
      found.push({ where: `${where}.examples.${k}`, schemaPointer: `${pointer}/schema`, value: ex.value });
    }
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
      for (const [status, response] of Object.entries(
        (op.responses as Record<string, Record<string, unknown>>) ?? {},
      )) {
        const media = (response.content as Record<string, Record<string, unknown>> | undefined)?.[
          'application/json'
        ];
        if (media) {
          visitMedia(
            media,
            `/paths/${escapePointer(path)}/${method}/responses/${status}/content/application~1json`,
            `${method.toUpperCase()} ${path} ${status}`,
          );
        }
      }
    }
  }
  for (const [name, response] of Object.entries(
    doc.components.responses as Record<string, Record<string, unknown>>,
  )) {
    const media = (response.content as Record<string, Record<string, unknown>> | undefined)?.[
      'application/json'
    ];
    if (media)
      visitMedia(
        media,
        `/components/responses/${name}/content/application~1json`,
        `components.responses.${name}`,
      );
  }
  return found;
}

describe('schemas/openapi.yaml', () => {
  it('is valid OpenAPI 3.1', async () => {
    await expect(validateOpenApi(doc)).resolves.toBeUndefined();
    expect(doc.openapi).toBe('3.1.0');
  });

  it('has examples, and every example validates against its schema', () => {
    const compile = documentValidator();
    const examples = collectExamples();
    expect(examples.length).toBeGreaterThan(30);
    const failures = examples.flatMap(({ where, schemaPointer, value }) => {
      const validate = compile(schemaPointer);
      return validate(value) ? [] : [`${where}: ${JSON.stringify(validate.errors?.slice(0, 2))}`];
    });
    expect(failures).toEqual([]);
  });

  it('gives every operation an operationId, a permission, a source note and a request id header on each response', () => {
    const problems: string[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        const key = `${method.toUpperCase()} ${path}`;
        if (typeof op.operationId !== 'string') problems.push(`${key}: no operationId`);
        if (!['read', 'availability', 'write'].includes(op['x-peeker-permission'] as string))
          problems.push(`${key}: permission`);
        if (typeof op['x-peeker-source'] !== 'string') problems.push(`${key}: no x-peeker-source`);
        for (const [status, response] of Object.entries(
          op.responses as Record<string, Record<string, unknown>>,
        )) {
          const resolved = response.$ref
            ? (doc.components.responses as Record<string, Record<string, unknown>>)[
                (response.$ref as string).split('/').pop()!
              ]!
            : response;
          const headers = resolved.headers as Record<string, unknown> | undefined;
          if (!headers?.['Peeker-Request-Id']) problems.push(`${key} ${status}: no Peeker-Request-Id header`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('marks every choice of ours as x-peeker-undocumented with an explanation', () => {
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) visit(n, `${path}[${i}]`);
      } else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (o['x-peeker-undocumented'] === true) {
          undocumented.push(path);
          const explained = ['description', 'notes', 'x-peeker-note', 'meaning'].some(
            (k) => typeof o[k] === 'string',
          );
          expect(explained, `${path} is undocumented but says nothing about why`).toBe(true);
        }
        for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
      }
    };
    visit(doc, '$');
    // The import job id prefix, the custom density field, the signed string and the 413 code are ours.
    expect(undocumented).toEqual(
      expect.arrayContaining([
        '$.components.schemas.ImportJobId',
        '$.components.schemas.CreateOrderRequest.properties.google_inboxes_per_domain',
        '$.components.parameters.PeekerSignature',
        '$.components.schemas.ErrorCode.x-peeker-error-codes.payload_too_large',
        '$.components.schemas.CreateOrderRequest.x-peeker-empty-sizing',
        // Refusing an empty PATCH: the docs say every field is optional, nothing about `{}`.
        '$.components.schemas.UpdateBundleRequest.x-peeker-empty-update',
        '$.components.schemas.UpdateUserRequest.x-peeker-empty-update',
        '$.components.responses.WebhookAccepted',
      ]),
    );
  });

  it("records the webhook deadline the docs disagree on, and the emulator's timeout and retries as the kit's reading", () => {
    const accepted = (doc.components as Record<string, Record<string, Record<string, unknown>>>).responses!
      .WebhookAccepted!;
    const note = String(accepted['x-peeker-note']).replace(/\s+/g, ' ');
    expect(accepted['x-peeker-undocumented']).toBe(true);
    expect(note).toContain('"2xx within 10 seconds" [WH]');
    expect(note).toContain('"times out delivery attempts after 15 seconds" [WH.md]');
    expect(note).toContain(`a delivery attempt times out after ${TIMINGS.webhookTimeoutMs / 1000} s`);
    const [first, second, third, fourth] = TIMINGS.webhookRetrySeconds;
    expect(note).toContain(`retries ${first} s, ${second} s, ${third} s and ${fourth} s of emulated time`);
    expect(note).toContain('5 times over 24 hours with exponential backoff [WH] [WH.md]');
  });
});

describe('webhook event data', () => {
  type SchemaNode = { properties?: Record<string, unknown>; required?: string[]; allOf?: { $ref: string }[] };
  const schemas = doc.components.schemas as Record<string, SchemaNode & Record<string, unknown>>;
  /** Every property a schema declares, through its `allOf` references. */
  const propertiesOf = (name: string): Record<string, unknown> => {
    const schema = schemas[name]!;
    const inherited = (schema.allOf ?? []).map((part) => propertiesOf(part.$ref.split('/').pop()!));
    return Object.assign({}, ...inherited, schema.properties);
  };

  it("requires only id and status, and declares the rest of the resource, field for field, as the kit's reading", () => {
    const pairs: [eventData: string, reading: string, resource: string][] = [
      ['OrderEventData', 'OrderEventDataReading', 'Order'],
      ['DomainEventData', 'DomainEventDataReading', 'Domain'],
      ['DomainImportEventData', 'DomainImportEventDataReading', 'DomainImport'],
      ['SwapEventData', 'SwapEventDataReading', 'Swap'],
    ];
    for (const [eventData, reading, resource] of pairs) {
      expect(schemas[eventData]!.required, eventData).toEqual(['id', 'status']);
      expect(schemas[eventData]!['x-peeker-undocumented'], eventData).toBeUndefined();
      expect(schemas[reading]!.required, reading).toBeUndefined();
      expect(schemas[reading]!['x-peeker-undocumented'], reading).toBe(true);
      // Drift guard: the reading is the resource's own shape, so the emulator's payloads stay valid.
      expect(propertiesOf(eventData), eventData).toEqual(propertiesOf(resource));
    }
    expect(propertiesOf('OrderCompletedEventData')).toEqual(propertiesOf('OrderDetail'));
    expect(schemas.OrderCompletedEventData!['x-peeker-undocumented']).toBe(true);
    expect(schemas.OrderCompletedEventData!.required).toBeUndefined();
  });
});

describe('length and count limits', () => {
  it("are the docs' own, DNS's, or marked as the kit's assumption with the limit explained", () => {
    const unmarked: string[] = [];
    const marked: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        for (const [i, n] of node.entries()) visit(n, `${path}[${i}]`);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if ('maxLength' in o || 'maxItems' in o) {
        if (o['x-peeker-undocumented'] === true) {
          marked.push(path);
          const explanation = `${o.description ?? ''} ${o['x-peeker-note'] ?? ''}`;
          expect(explanation, path).toMatch(/DevKit/);
        } else unmarked.push(path);
      }
      for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
    };
    visit(doc.components.schemas, '');
    // Documented: 10 personas per order (new and old docs), 50 per availability check, 500 per
    // import job, 25 per forwarding request; a domain name's 253 characters are DNS's (RFC 1035).
    expect(unmarked.sort()).toEqual([
      '.AvailabilityRequest.properties.domains',
      '.CreateOrderRequest.properties.personas',
      '.CreateOrderRequest.properties.users',
      '.DomainName',
      '.ForwardingRequest.properties.domains',
      '.ImportJobRequest.properties.domains',
    ]);
    expect((doc.components.schemas.DomainName as Record<string, unknown>)['x-peeker-note']).toMatch(
      /RFC 1035/,
    );
    expect(marked.sort()).toEqual([
      '.CreateBundleRequest.properties.name',
      '.CreateUserRequest.properties.first_name',
      '.CreateUserRequest.properties.last_name',
      '.DomainCandidate',
      '.Email',
      '.HttpUrl',
      '.ImportDomainsRequest.properties.domains',
      '.LegacyPersona.properties.first_name',
      '.LegacyPersona.properties.last_name',
      '.LegacyPersona.properties.profile_picture_url',
      '.Persona.properties.first_name',
      '.Persona.properties.last_name',
      '.Persona.properties.profile_picture_url',
      '.UpdateBundleRequest.properties.name',
      '.UpdateUserRequest.properties.first_name',
      '.UpdateUserRequest.properties.last_name',
      '.UserNameSwapRequest.properties.personas',
      '.UserNameSwapRequest.properties.users',
    ]);
  });
});

describe('cancellation timing', () => {
  const flat = (text: unknown) => String(text).replace(/\s+/g, ' ');
  const cancel = (doc.paths as Record<string, Record<string, Record<string, unknown>>>)[
    '/orders/{id}/cancel'
  ]!.post!;
  const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;

  it('follows the cancel page it cites: cancels_at is the end of the renewal period', () => {
    expect(cancel['x-peeker-source']).toContain('[CAN new]');
    expect(flat(cancel.description)).toContain('`cancelled` at `cancels_at`, the end of the renewal period');
    const schedule = schemas.CancellationSchedule!.properties as Record<string, { description?: string }>;
    expect(schedule.cancels_at!.description).toContain('the end of the renewal period');
    expect(flat(schemas.OrderStatus!.description)).toContain('`cancelled` at the end of the renewal period');
    expect(schemas.OrderCancelScheduledEvent!['x-peeker-source']).toBe('[WH] [CAN new]');
  });

  it("quotes the older page's grace window only as the older page's, and says the emulator's hour is compressed time", () => {
    const graceLines = source.split('\n').filter((line) => /grace window/i.test(line));
    expect(graceLines.length).toBeGreaterThan(0);
    for (const line of graceLines) expect(line).toContain('[CAN old]');
    expect(cancel['x-peeker-note']).toMatch(/emulator compresses that wait to one hour/);
  });
});

describe('integers the API takes', () => {
  it('are all bounded by 2^53 − 1 (the conventions), in every request body and query parameter', () => {
    const components = doc.components as Record<string, Record<string, unknown>>;
    const deref = (node: unknown): unknown => {
      const ref = (node as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== 'string') return node;
      const [, section, name] = ref.split('/').slice(1);
      return deref(components[section!]![name!]);
    };
    const unbounded: string[] = [];
    const seen = new Set<unknown>();
    const visit = (raw: unknown, where: string): void => {
      const node = deref(raw);
      if (node === null || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      if (Array.isArray(node)) {
        for (const [i, item] of node.entries()) visit(item, `${where}[${i}]`);
        return;
      }
      const schema = node as Record<string, unknown>;
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const bounded =
        (typeof schema.maximum === 'number' && schema.maximum <= Number.MAX_SAFE_INTEGER) ||
        (Array.isArray(schema.enum) &&
          schema.enum.every((v) => typeof v !== 'number' || Number.isSafeInteger(v)));
      if (types.includes('integer') && !bounded) unbounded.push(where);
      for (const [key, value] of Object.entries(schema))
        if (!key.startsWith('x-')) visit(value, `${where}.${key}`);
    };
    let bodies = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item as Record<string, Record<string, unknown>>)) {
        const key = `${method.toUpperCase()} ${path}`;
        const body = op.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined;
        if (body?.content?.['application/json']) bodies++;
        visit(body?.content?.['application/json']?.schema, `${key} body`);
        for (const parameter of (op.parameters as unknown[] | undefined) ?? []) {
          const resolved = deref(parameter) as { in: string; name: string; schema: unknown };
          if (resolved.in === 'query') visit(resolved.schema, `${key} ?${resolved.name}`);
        }
      }
    }
    expect(bodies).toBeGreaterThan(10);
    expect(unbounded).toEqual([]);
    expect((doc.info as { description: string }).description).toContain('at most 9007199254740991 (2^53 − 1');
  });
});

describe('parseSource', () => {
  it('reports YAML syntax errors with file, line and column, without throwing anything else', () => {
    const broken = 'openapi: 3.1.0\ninfo:\n  title: x\n  version: [1\npaths: {}\n';
    expect(() => parseSource(broken)).toThrow(SourceError);
    expect(() => parseSource(broken)).toThrow(/^schemas\/openapi\.yaml:\d+:\d+ /);
  });

  it('reports duplicate keys at their line', () => {
    const dup = 'openapi: 3.1.0\npaths: {}\npaths: {}\ncomponents: { schemas: {} }\n';
    expect(() => parseSource(dup)).toThrow(/schemas\/openapi\.yaml:3:1 Map keys must be unique/);
  });

  it('rejects a document without paths or component schemas', () => {
    expect(() => parseSource('openapi: 3.1.0\n')).toThrow(
      "schemas/openapi.yaml:1:1 the document needs 'paths' and 'components.schemas'",
    );
  });
});
