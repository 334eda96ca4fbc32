/**
 * Finding the JSON Schema that describes a place in a document, for completion and hover.
 *
 * Every body schema is available inside the request-file schema's `$defs` (one entry per body
 * schema file, e.g. `$defs["create-order-request"]`), so one bundled JSON file serves request files
 * and plain body files alike. Combinators are expanded into candidate schemas: `allOf`/`anyOf`/
 * `oneOf` branches all count, and an `if`/`then` counts only when its simple condition (`required`
 * keys, `const` properties) holds for the actual value — that is how a request file's `"request"`
 * picks its body schema and how a bundle order hides the custom-sizing fields.
 */

import { refTarget } from '../../lint/json-pointer';
import { findOperation } from '../../schemas';
import requestFileSchema from '../../schemas/generated/json-schema/request-file.json';
import type { DocumentTarget } from '../shared/document-target';

/** A JSON Schema object (boolean schemas are handled separately). */
export type SchemaNode = Record<string, unknown>;

/** A path into a JSON value. */
export type JsonPath = (string | number)[];

const ROOT = requestFileSchema as unknown as SchemaNode;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request-file schema (root of every `$ref` used here). */
export function requestFileRoot(): SchemaNode {
  return ROOT;
}

/** The body schema of an operation, or undefined when it takes no body. */
export function bodySchemaFor(operation: string): SchemaNode | undefined {
  const file = findOperation(operation)?.requestSchema;
  if (!file) return undefined;
  const defs = ROOT.$defs;
  const schema = isNode(defs) ? defs[file.replace(/\.json$/, '')] : undefined;
  return isNode(schema) ? schema : undefined;
}

/** The schema a whole document is written against. */
export function documentSchema(target: DocumentTarget): SchemaNode | undefined {
  return target.kind === 'request-file' ? ROOT : bodySchemaFor(target.operation);
}

/** Follows a local `$ref` (`#/$defs/X`); the referring node's own keywords win over the target's. */
export function resolveRef(schema: unknown, depth = 0): SchemaNode | undefined {
  if (!isNode(schema)) return undefined;
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/') || depth > 32) return schema;
  const resolved = resolveRef(refTarget(ROOT, ref), depth + 1);
  if (!resolved) return undefined;
  const { $ref: _ref, ...own } = schema;
  return { ...resolved, ...own };
}

/**
 * Candidates that came from an `anyOf`/`oneOf` branch: one of several alternatives, so their
 * `required` lists are not requirements of the value as a whole.
 */
const alternatives = new WeakSet<SchemaNode>();

/**
 * Every schema that applies to a value: the schema itself plus, recursively, its combinator
 * branches. `value` (the actual JSON value, when known) decides `if`/`then`/`else`.
 */
export function expandSchema(schema: unknown, value: unknown, depth = 0): SchemaNode[] {
  const node = resolveRef(schema);
  if (!node || depth > 16) return [];
  const out: SchemaNode[] = [node];
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const branches = node[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const expanded = expandSchema(branch, value, depth + 1);
      if (keyword !== 'allOf') for (const candidate of expanded) alternatives.add(candidate);
      out.push(...expanded);
    }
  }
  if (node.if !== undefined) {
    const holds = conditionHolds(node.if, value);
    if (holds === true && node.then !== undefined) out.push(...expandSchema(node.then, value, depth + 1));
    if (holds === false && node.else !== undefined) out.push(...expandSchema(node.else, value, depth + 1));
  }
  return out;
}

/** Evaluates the simple `if` forms the contract uses; undefined when the form is not understood. */
function conditionHolds(condition: unknown, value: unknown): boolean | undefined {
  if (!isNode(condition)) return undefined;
  if (!isNode(value)) return false;
  const required = Array.isArray(condition.required) ? (condition.required as unknown[]) : [];
  if (!required.every((key) => typeof key === 'string' && Object.hasOwn(value, key))) return false;
  const properties = isNode(condition.properties) ? condition.properties : {};
  for (const [key, propertySchema] of Object.entries(properties)) {
    if (!isNode(propertySchema)) return undefined;
    if (!Object.hasOwn(propertySchema, 'const')) return undefined;
    if (Object.hasOwn(value, key) && value[key] !== propertySchema.const) return false;
  }
  const understood = new Set(['required', 'properties']);
  return Object.keys(condition).every((key) => understood.has(key)) ? true : undefined;
}

/**
 * The candidate schemas of the value at `path`, walking from the document's schema. `root` is the
 * parsed document (as far as it parses) so conditions can be evaluated at every level.
 */
export function schemasAtPath(schema: SchemaNode, root: unknown, path: JsonPath): SchemaNode[] {
  let candidates = expandSchema(schema, root);
  let value: unknown = root;
  for (const segment of path) {
    value = childValue(value, segment);
    candidates = childSchemas(candidates, segment).flatMap((child) => expandSchema(child, value));
    if (candidates.length === 0) break;
  }
  return candidates;
}

/** The unexpanded schema a parent declares for one of its children (keeps the property's own docs). */
export function declaredSchemasAtPath(schema: SchemaNode, root: unknown, path: JsonPath): SchemaNode[] {
  if (path.length === 0) return [schema];
  const parents = schemasAtPath(schema, root, path.slice(0, -1));
  return childSchemas(parents, path[path.length - 1]!).filter(isNode);
}

/**
 * What the candidates declare for one child: array `items`, or the named property — and only when
 * no candidate names it, the `additionalProperties` catch-alls (a request file's generic `query`
 * must not dilute the operation's own `status` enum).
 */
function childSchemas(candidates: readonly SchemaNode[], segment: string | number): unknown[] {
  if (typeof segment === 'number')
    return candidates.map((c) => c.items).filter((items) => items !== undefined);
  const named: unknown[] = [];
  const fallbacks: unknown[] = [];
  for (const candidate of candidates) {
    const properties = candidate.properties;
    if (isNode(properties) && Object.hasOwn(properties, segment)) named.push(properties[segment]);
    else if (isNode(candidate.additionalProperties)) fallbacks.push(candidate.additionalProperties);
  }
  return named.length > 0 ? named : fallbacks;
}

function childValue(value: unknown, segment: string | number): unknown {
  if (typeof segment === 'number') return Array.isArray(value) ? value[segment] : undefined;
  return isNode(value) && Object.hasOwn(value, segment) ? value[segment] : undefined;
}

/** One property an object may have, merged over all candidate schemas. */
export interface PropertyInfo {
  name: string;
  /** The declared schema with its own docs (first candidate that declares it). */
  schema: SchemaNode;
  required: boolean;
}

/**
 * The properties an object at this place may have: declared in some candidate, and not forbidden
 * (`false`) by any candidate that applies (e.g. custom sizing next to `bundle_id`).
 */
export function allowedProperties(candidates: readonly SchemaNode[]): PropertyInfo[] {
  const declared = new Map<string, PropertyInfo>();
  const forbidden = new Set<string>();
  const required = new Set<string>();
  for (const candidate of candidates) {
    if (Array.isArray(candidate.required) && !alternatives.has(candidate)) {
      for (const key of candidate.required) required.add(String(key));
    }
    const properties = candidate.properties;
    if (!isNode(properties)) continue;
    for (const [name, schema] of Object.entries(properties)) {
      if (schema === false) forbidden.add(name);
      else if (isNode(schema) && !declared.has(name)) declared.set(name, { name, schema, required: false });
    }
  }
  return [...declared.values()]
    .filter((property) => !forbidden.has(property.name))
    .map((property) => ({ ...property, required: required.has(property.name) }));
}

/** The Markdown docs of a schema: `markdownDescription`, else `description`, else its `$ref` target's. */
export function schemaDocs(schema: unknown): string | undefined {
  if (!isNode(schema)) return undefined;
  if (typeof schema.markdownDescription === 'string') return schema.markdownDescription;
  if (typeof schema.description === 'string') return schema.description;
  const resolved = resolveRef(schema);
  if (resolved && resolved !== schema) return schemaDocs(resolved);
  const allOf = schema.allOf;
  if (Array.isArray(allOf) && allOf.length === 1) return schemaDocs(allOf[0]);
  return undefined;
}

/** The JSON types a set of candidate schemas allows (`string`, `integer`, `object`…). */
export function typesOf(candidates: readonly SchemaNode[]): Set<string> {
  const types = new Set<string>();
  for (const candidate of candidates) {
    const type = candidate.type;
    if (typeof type === 'string') types.add(type);
    else if (Array.isArray(type)) for (const t of type) types.add(String(t));
  }
  return types;
}
