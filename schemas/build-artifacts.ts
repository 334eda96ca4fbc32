/**
 * Pure(ish) builders behind `npm run generate`: OpenAPI YAML text in, generated file contents out.
 * Kept apart from the script so tests can call them on in-memory documents.
 */
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import openapiTS, { astToString } from 'openapi-typescript';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { VALIDATORS_FILE, validatorsModuleSource } from '../lint/validator-codegen';

export const SCHEMAS_DIR = join(__dirname);
export const OPENAPI_PATH = join(SCHEMAS_DIR, 'openapi.yaml');
export const GENERATED_DIR = join(SCHEMAS_DIR, 'generated');
export const JSON_SCHEMA_DIR = join(GENERATED_DIR, 'json-schema');

/** Base of every generated schema's `$id`. The ids are names, not addresses: nothing is fetched from them. */
export const SCHEMA_ID_BASE = 'https://peeker-devkit.dev/schemas/v1/';

/** A problem in `openapi.yaml` itself, reported as `file:line:col message` without a stack trace. */
export class SourceError extends Error {
  override readonly name = 'SourceError';
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type OpenApi = JsonObject & { paths: JsonObject; components: JsonObject & { schemas: JsonObject } };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Parses the YAML source, turning syntax errors into a {@link SourceError} with line and column. */
export function parseSource(text: string, fileName = 'schemas/openapi.yaml'): OpenApi {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const pos = lineCounter.linePos(e.pos[0]);
      return `${fileName}:${pos.line}:${pos.col} ${e.message.split('\n')[0]}`;
    });
    throw new SourceError(lines.join('\n'));
  }
  if (!isMap(doc.contents)) throw new SourceError(`${fileName}:1:1 the document must be a YAML mapping`);
  const value = doc.toJS({ maxAliasCount: -1 }) as OpenApi;
  if (typeof value.paths !== 'object' || typeof value.components?.schemas !== 'object') {
    throw new SourceError(`${fileName}:1:1 the document needs 'paths' and 'components.schemas'`);
  }
  return value;
}

/** Validates against the official OpenAPI 3.1 JSON Schema; throws a {@link SourceError} listing each problem. */
export async function validateOpenApi(doc: OpenApi, fileName = 'schemas/openapi.yaml'): Promise<void> {
  const validator = new Validator();
  const result = await validator.validate(structuredClone(doc) as Parameters<Validator['validate']>[0]);
  if (!result.valid) {
    const errors: unknown[] = Array.isArray(result.errors) ? result.errors : [result.errors];
    const lines = errors.slice(0, 20).map((e) => {
      const { instancePath, message } = (e ?? {}) as { instancePath?: string; message?: string };
      return `  at ${instancePath || '/'}: ${message ?? String(e)}`;
    });
    throw new SourceError(`${fileName} is not valid OpenAPI 3.1:\n${lines.join('\n')}`);
  }
  if (validator.version !== '3.1') {
    throw new SourceError(`${fileName} must be OpenAPI 3.1 (found ${validator.version})`);
  }
}

// ─────────────────────────────── JSON Schemas ───────────────────────────────

/** `CreateOrderRequest` → `create-order-request`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function refName(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix))
    throw new SourceError(`unsupported $ref '${ref}' (only ${prefix}… is supported)`);
  return ref.slice(prefix.length);
}

/** Collects every component schema reachable from `root`. */
function reachableSchemas(doc: OpenApi, root: Json, seen = new Set<string>()): Set<string> {
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const name = refName(value);
          if (!seen.has(name)) {
            seen.add(name);
            const target = doc.components.schemas[name];
            if (target === undefined) throw new SourceError(`$ref to unknown schema '${name}'`);
            visit(target);
          }
        } else visit(value);
      }
    }
  };
  visit(root);
  return seen;
}

/**
 * Copies a schema for editors: `#/components/schemas/X` → `#/$defs/X`, and every `description` gets a
 * `markdownDescription` twin (VS Code renders the latter as hover docs) that also says where the fact
 * came from and whether it is a DevKit assumption.
 */
function forEditors(node: Json): Json {
  if (Array.isArray(node)) return node.map(forEditors);
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = `#/$defs/${refName(value)}`;
    else if (key === 'properties' || key === '$defs' || key === 'dependentRequired') {
      out[key] = Object.fromEntries(
        Object.entries(value as JsonObject).map(([k, v]) => [
          k,
          key === 'dependentRequired' ? v : forEditors(v),
        ]),
      );
    } else out[key] = forEditors(value);
  }
  if (typeof out.description === 'string' && out.markdownDescription === undefined) {
    const notes: string[] = [];
    if (out.deprecated === true) notes.push('**Deprecated.**');
    if (out['x-peeker-undocumented'] === true)
      notes.push('*Peeker DevKit assumption — not in the Peeker docs.*');
    if (typeof out['x-peeker-source'] === 'string') notes.push(`Source: ${out['x-peeker-source']}`);
    const examples = Array.isArray(out.examples) && out.examples.length > 0 ? out.examples : undefined;
    const example =
      examples && typeof examples[0] !== 'object' ? `\n\nExample: \`${JSON.stringify(examples[0])}\`` : '';
    out.markdownDescription = `${out.description.trim()}${example}${notes.length ? `\n\n${notes.join(' · ')}` : ''}`;
  }
  return out;
}

function standalone(doc: OpenApi, name: string, fileName: string, overrides: JsonObject = {}): JsonObject {
  const root = doc.components.schemas[name];
  if (root === undefined || typeof root !== 'object' || Array.isArray(root) || root === null) {
    throw new SourceError(`components.schemas.${name} is missing`);
  }
  const defs = [...reachableSchemas(doc, root)].sort();
  const base = forEditors(root) as JsonObject;
  const schema: JsonObject = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_ID_BASE}${fileName}`,
    title: (base.title as string | undefined) ?? name,
    ...base,
    ...overrides,
  };
  if (defs.length > 0) {
    schema.$defs = Object.fromEntries(defs.map((d) => [d, forEditors(doc.components.schemas[d] as Json)]));
  }
  return schema;
}

/** One operation of the API, as data. */
export interface OperationInfo {
  /** `"POST /orders"` — the key request files and the linter use. */
  key: string;
  method: string;
  path: string;
  operationId: string;
  summary: string;
  /** `read`, `availability` or `write` (see `securitySchemes.bearerAuth.x-peeker-presets`). */
  permission: string;
  successStatus: number;
  /** File name of the request body schema under `json-schema/`, if the operation takes a body. */
  requestSchema: string | null;
  requestBodyRequired: boolean;
  parameters: { name: string; in: string; required: boolean; description: string; schema: Json }[];
  source: string | null;
}

function resolveParameter(doc: OpenApi, param: Json): JsonObject {
  const p = param as JsonObject;
  if (typeof p.$ref === 'string') {
    const name = p.$ref.replace('#/components/parameters/', '');
    return (doc.components.parameters as JsonObject)[name] as JsonObject;
  }
  return p;
}

function inlineSchema(doc: OpenApi, schema: Json): Json {
  if (schema && typeof schema === 'object' && !Array.isArray(schema)) {
    const s = schema as JsonObject;
    if (typeof s.$ref === 'string') {
      const { $ref, ...rest } = s;
      return { ...(inlineSchema(doc, doc.components.schemas[refName($ref)] as Json) as JsonObject), ...rest };
    }
    return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, inlineSchema(doc, v)]));
  }
  if (Array.isArray(schema)) return schema.map((s) => inlineSchema(doc, s));
  return schema;
}

/** Every operation in document order. */
export function collectOperations(doc: OpenApi): OperationInfo[] {
  const ops: OperationInfo[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = (item as JsonObject)[method] as JsonObject | undefined;
      if (!op) continue;
      const body = op.requestBody as JsonObject | undefined;
      const bodySchema = (
        ((body?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.schema as
          | JsonObject
          | undefined
      )?.$ref as string | undefined;
      const success = Object.keys(op.responses as JsonObject).find((s) => /^2\d\d$/.test(s));
      if (!success) throw new SourceError(`${method.toUpperCase()} ${path} has no 2xx response`);
      if (typeof op['x-peeker-permission'] !== 'string') {
        throw new SourceError(`${method.toUpperCase()} ${path} has no x-peeker-permission`);
      }
      ops.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operationId: op.operationId as string,
        summary: op.summary as string,
        permission: op['x-peeker-permission'] as string,
        successStatus: Number(success),
        requestSchema: bodySchema ? `${kebab(refName(bodySchema))}.json` : null,
        requestBodyRequired: body?.required === true,
        parameters: ((op.parameters as Json[] | undefined) ?? []).map((raw) => {
          const p = resolveParameter(doc, raw);
          return {
            name: p.name as string,
            in: p.in as string,
            required: p.required === true,
            description: (p.description as string | undefined) ?? '',
            schema: inlineSchema(doc, p.schema as Json),
          };
        }),
        source: (op['x-peeker-source'] as string | undefined) ?? null,
      });
    }
  }
  return ops;
}

function webhookEvents(
  doc: OpenApi,
): { type: string; schemaName: string; description: string; source: string }[] {
  const pathItems = doc.components.pathItems as JsonObject;
  return Object.entries(doc.webhooks as JsonObject).map(([type, ref]) => {
    const itemName = ((ref as JsonObject).$ref as string).replace('#/components/pathItems/', '');
    const post = (pathItems[itemName] as JsonObject).post as JsonObject;
    return {
      type,
      schemaName: itemName,
      description: post.description as string,
      source: post['x-peeker-source'] as string,
    };
  });
}

/** Builds every JSON Schema file: name → schema. */
export function buildJsonSchemas(doc: OpenApi): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const operations = collectOperations(doc);
  const bodyNames = new Set<string>();
  for (const op of operations) {
    if (op.requestSchema) bodyNames.add(op.requestSchema);
  }
  const schemaNameByFile = new Map(Object.keys(doc.components.schemas).map((n) => [`${kebab(n)}.json`, n]));
  for (const file of [...bodyNames].sort()) {
    const name = schemaNameByFile.get(file)!;
    const usedBy = operations.filter((o) => o.requestSchema === file).map((o) => o.key);
    out.set(file, standalone(doc, name, file, { 'x-peeker-operations': usedBy }));
  }
  out.set('error-envelope.json', standalone(doc, 'ErrorEnvelope', 'error-envelope.json'));
  out.set('list-envelope.json', standalone(doc, 'ListEnvelope', 'list-envelope.json'));
  const events = webhookEvents(doc);
  for (const event of events) {
    const file = `webhook-${event.type}.json`;
    out.set(file, standalone(doc, event.schemaName, file));
  }
  out.set('webhook-event.json', {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_ID_BASE}webhook-event.json`,
    title: 'Any Peeker webhook event',
    description: 'A webhook delivery body: one of the event types, chosen by `type`.',
    markdownDescription: 'A webhook delivery body: one of the event types, chosen by `type`.',
    type: 'object',
    required: ['type'],
    allOf: events.map((e) => ({
      if: { properties: { type: { const: e.type } }, required: ['type'] },
      then: { $ref: `webhook-${e.type}.json` },
    })),
    properties: {
      type: { enum: events.map((e) => e.type), description: 'The event type.' },
    },
  });
  out.set('request-file.json', requestFileSchema(operations, out));
  return out;
}

/**
 * The schema of a `*.peeker.json` request file: `{ request: "POST /orders", query?, body? }`.
 * Body schemas are inlined under `$defs` so editors need no network and no other file.
 */
function requestFileSchema(operations: OperationInfo[], bodySchemas: Map<string, JsonObject>): JsonObject {
  const defs: JsonObject = {};
  const branches: Json[] = [];
  for (const op of operations) {
    const queryProps: JsonObject = {};
    for (const p of op.parameters.filter((p) => p.in === 'query')) {
      queryProps[p.name] = {
        ...(p.schema as JsonObject),
        description: p.description,
        markdownDescription: p.description,
      };
    }
    const then: JsonObject = {
      properties: {
        query: { type: 'object', additionalProperties: false, properties: queryProps },
        path: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(
            op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.schema as Json]),
          ),
        },
      },
    };
    if (op.requestSchema) {
      const defName = op.requestSchema.replace(/\.json$/, '');
      // Inline the body schema without its own identity; its $defs join the request file's.
      const { $schema: _schema, $id: _id, $defs, ...rest } = bodySchemas.get(op.requestSchema)!;
      defs[defName] = rest;
      Object.assign(defs, $defs as JsonObject | undefined);
      (then.properties as JsonObject).body = { $ref: `#/$defs/${defName}` };
      if (op.requestBodyRequired) then.required = ['body'];
    } else {
      (then.properties as JsonObject).body = false;
    }
    branches.push({ if: { properties: { request: { const: op.key } }, required: ['request'] }, then });
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_ID_BASE}request-file.json`,
    title: 'Peeker request file (*.peeker.json)',
    description:
      'One Peeker Partner API call: the operation, its query and path parameters, and its JSON body. Lint it with `peeker-devkit lint`, send it from the Peeker sidebar.',
    markdownDescription:
      'One Peeker Partner API call: the operation (`"POST /orders"`), its `query` and `path` parameters, and its JSON `body`.\n\nLint it with `peeker-devkit lint`; send it with the **Send** CodeLens.',
    type: 'object',
    additionalProperties: false,
    required: ['request'],
    properties: {
      $schema: { type: 'string' },
      description: { type: 'string', description: 'What this request is for (not sent).' },
      request: {
        enum: operations.map((o) => o.key),
        description: 'The operation, as `METHOD /path` with `{id}` placeholders.',
        markdownDescription: operations.map((o) => `- \`${o.key}\` — ${o.summary}`).join('\n'),
      },
      path: {
        type: 'object',
        description: 'Path parameters, e.g. `{"id": "ord_…"}`.',
        additionalProperties: { type: 'string' },
      },
      query: {
        type: 'object',
        description: 'Query parameters.',
        additionalProperties: { type: ['string', 'number', 'boolean'] },
      },
      body: { description: 'The JSON request body.' },
    },
    allOf: branches,
    $defs: defs,
    examples: [
      {
        request: 'POST /domains/availability',
        body: { domains: ['acme-mail.com'] },
      },
    ],
  };
}

// ─────────────────────────────── catalog ───────────────────────────────

/** The data every other room reads: operations, codes, permissions, enums, events. */
export function buildCatalog(doc: OpenApi): JsonObject {
  const schemas = doc.components.schemas;
  const enumOf = (name: string) => (schemas[name] as JsonObject).enum as Json;
  const bearer = (doc.components.securitySchemes as JsonObject).bearerAuth as JsonObject;
  const info = doc.info as JsonObject;
  const idPrefixes: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const pattern = (schema as JsonObject).pattern;
    const match = typeof pattern === 'string' ? /^\^([a-z]+)_\[/.exec(pattern) : null;
    if (match && name.endsWith('Id')) idPrefixes[name] = `${match[1]}_`;
  }
  return {
    $comment: 'Generated from schemas/openapi.yaml by `npm run generate`. Do not edit.',
    title: info.title as string,
    version: info.version as string,
    basePaths: (doc.servers as JsonObject[])
      .filter((s) => (s.url as string).startsWith('https://'))
      .map((s) => new URL(s.url as string).pathname),
    apiOrigins: [
      ...new Set(
        (doc.servers as JsonObject[])
          .filter((s) => (s.url as string).startsWith('https://'))
          .map((s) => new URL(s.url as string).origin),
      ),
    ],
    operations: collectOperations(doc) as unknown as Json,
    errorCodes: (schemas.ErrorCode as JsonObject)['x-peeker-error-codes'] as Json,
    decisionRule: (info['x-peeker-decision-rule'] as JsonObject[]).filter((r) => r.when !== undefined),
    presets: bearer['x-peeker-presets'] as Json,
    rateLimit: info['x-peeker-rate-limit'] as Json,
    dedupe: info['x-peeker-dedupe'] as Json,
    premiumSwaps: info['x-peeker-premium-swaps'] as Json,
    pendingActionReasons: (schemas.PendingActionReason as JsonObject)['x-peeker-reasons'] as Json,
    orderLifecycle: (schemas.OrderStatus as JsonObject)['x-peeker-lifecycle'] as Json,
    enums: Object.fromEntries(
      Object.entries(schemas)
        .filter(([, s]) => Array.isArray((s as JsonObject).enum))
        .map(([name]) => [name, enumOf(name)]),
    ),
    idPrefixes,
    webhookEvents: webhookEvents(doc).map((e) => ({
      type: e.type,
      description: e.description,
      schema: `webhook-${e.type}.json`,
    })),
    webhookSignature: {
      headers: ['Peeker-Event-Id', 'Peeker-Timestamp', 'Peeker-Signature'],
      signedPayload: ((doc.components.parameters as JsonObject).PeekerSignature as JsonObject)[
        'x-peeker-signed-payload'
      ] as Json,
      toleranceSeconds: 300,
    },
  };
}

// ─────────────────────────────── all artifacts ───────────────────────────────

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Builds every generated file: absolute path → content. */
export async function buildArtifacts(
  sourceText: string,
  fileName = 'schemas/openapi.yaml',
): Promise<Map<string, string>> {
  const doc = parseSource(sourceText, fileName);
  await validateOpenApi(doc, fileName);
  const files = new Map<string, string>();
  // The validators are generated from the schemas exactly as written (and read back) as JSON.
  const written = new Map<string, JsonObject>();
  for (const [name, schema] of buildJsonSchemas(doc)) {
    const text = json(schema);
    files.set(join(JSON_SCHEMA_DIR, name), text);
    written.set(name, JSON.parse(text) as JsonObject);
  }
  const catalog = buildCatalog(doc);
  files.set(join(GENERATED_DIR, 'catalog.json'), json(catalog));
  const linted = [
    ...(catalog.operations as { requestSchema: string | null }[]).flatMap((op) =>
      op.requestSchema ? [op.requestSchema] : [],
    ),
    'request-file.json',
  ];
  files.set(join(GENERATED_DIR, VALIDATORS_FILE), validatorsModuleSource(written, linted));
  const ast = await openapiTS(structuredClone(doc) as never, { alphabetize: false, exportType: true });
  files.set(
    join(GENERATED_DIR, 'openapi.d.ts'),
    `/* Generated from schemas/openapi.yaml by \`npm run generate\` (openapi-typescript). Do not edit. */\n${astToString(ast)}`,
  );
  return files;
}
