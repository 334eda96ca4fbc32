/**
 * Reading the generated JSON Schemas as data: resolving local `$ref`s, finding the schema of a
 * property, its description, and a placeholder value for "add missing field" quick fixes.
 */
import { refTarget } from './json-pointer';
import type { SchemaDocument } from './schema-validation';

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Per root, each schema object resolved so far (`null`: it resolves to nothing). */
const resolvedCache = new WeakMap<SchemaDocument, WeakMap<SchemaNode, SchemaNode | null>>();

/**
 * Follows `$ref: "#/$defs/X"` (and single-entry `allOf` wrappers) inside `root`. Results are
 * cached per schema object, so the same object comes back for the same schema (and its
 * description is shortened once): resolving builds merged copies.
 */
export function resolveSchema(root: SchemaDocument, schema: unknown): SchemaNode | undefined {
  if (!isNode(schema)) return undefined;
  let cache = resolvedCache.get(root);
  if (cache === undefined) {
    cache = new WeakMap();
    resolvedCache.set(root, cache);
  }
  let resolved = cache.get(schema);
  if (resolved === undefined) {
    resolved = resolveUncached(root, schema, 0) ?? null;
    cache.set(schema, resolved);
  }
  return resolved ?? undefined;
}

function resolveUncached(root: SchemaDocument, schema: unknown, depth: number): SchemaNode | undefined {
  if (!isNode(schema) || depth > 20) return undefined;
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    const resolved = resolveUncached(root, refTarget(root, ref), depth + 1);
    return resolved ? { ...resolved, ...withoutRef(schema) } : undefined;
  }
  const allOf = schema.allOf;
  if (Array.isArray(allOf) && allOf.length === 1 && schema.type === undefined && isNode(allOf[0])) {
    const inner = resolveUncached(root, allOf[0], depth + 1);
    if (inner) return { ...inner, ...withoutAllOf(schema) };
  }
  return schema;
}

function withoutRef(schema: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = schema;
  return rest;
}

function withoutAllOf(schema: SchemaNode): SchemaNode {
  const { allOf: _allOf, ...rest } = schema;
  return rest;
}

/** The schema of property `key` of an object schema (resolved), if declared. */
export function propertySchema(
  root: SchemaDocument,
  objectSchema: unknown,
  key: string,
): SchemaNode | undefined {
  const resolved = resolveSchema(root, objectSchema);
  const properties = resolved?.properties;
  if (!isNode(properties)) return undefined;
  return resolveSchema(root, properties[key]);
}

/** The first sentence of a schema's `description`, without Markdown line breaks. */
export function shortDescription(schema: unknown): string | undefined {
  if (!isNode(schema) || typeof schema.description !== 'string') return undefined;
  let cached = descriptionCache.get(schema);
  if (cached === undefined) {
    cached = firstSentence(schema.description.replace(/\s*\n\s*/g, ' ').trim());
    descriptionCache.set(schema, cached);
  }
  return cached;
}

const descriptionCache = new WeakMap<SchemaNode, string>();
const SENTENCE_END = /[.!?](?=\s|$)/g;

/** The text up to the first sentence end that is not an abbreviation ("e.g.", "i.e."). */
function firstSentence(text: string): string {
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const upTo = text.slice(0, match.index + 1);
    if (!/\b(?:e\.g|i\.e|etc|vs)\.$/i.test(upTo)) return upTo;
  }
  return text;
}

/**
 * A value to insert for a missing field: the schema's first example, else its default, else its
 * first enum value, else a minimal value of its type (objects get their required fields, arrays
 * their minimum number of items, strings {@link stringPlaceholder}).
 */
export function placeholderFor(root: SchemaDocument, schema: unknown, depth = 0): unknown {
  const node = resolveSchema(root, schema);
  if (!node || depth > 6) return null;
  // "" is how the contract spells "none" (e.g. `profile_picture_url`): the most neutral placeholder.
  if (Array.isArray(node.examples) && node.examples.includes('')) return '';
  if (Array.isArray(node.examples) && node.examples.length > 0) return copyOf(node.examples[0]);
  if (node.default !== undefined) return copyOf(node.default);
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  if (node.const !== undefined) return node.const;
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === undefined && Array.isArray(node.anyOf) && node.anyOf.length > 0) {
    return placeholderFor(root, node.anyOf[0], depth + 1);
  }
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = Array.isArray(node.required) ? (node.required as string[]) : [];
      for (const key of required) out[key] = placeholderFor(root, propertySchema(root, node, key), depth + 1);
      return out;
    }
    case 'array': {
      const count = typeof node.minItems === 'number' ? Math.min(node.minItems, 1) : 0;
      return Array.from({ length: count }, () => placeholderFor(root, node.items, depth + 1));
    }
    case 'string':
      return stringPlaceholder(node);
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : 0;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/** A valid value of each string format the contract uses (`format` is asserted: ajv-formats). */
const FORMAT_PLACEHOLDERS: Readonly<Record<string, string>> = {
  email: 'name@example.com',
  uri: 'https://example.com',
  'date-time': '2026-01-01T00:00:00Z',
};

const patternCache = new Map<string, RegExp | null>();

/** `pattern` as ajv reads it (Unicode mode), or null when JavaScript cannot compile it. */
function compiledPattern(pattern: string): RegExp | null {
  let regex = patternCache.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null;
    }
    patternCache.set(pattern, regex);
  }
  return regex;
}

/**
 * The placeholder of a string schema without an example: `""` (the contract's "none") when the
 * schema takes it, else the first cheap candidate that satisfies its format, length and pattern
 * (`"TODO"` for a required password of `minLength: 1`), so that adding the field does not trade
 * the missing-field error for another. `""` when none fits: the error that follows names the rule.
 */
function stringPlaceholder(node: SchemaNode): string {
  const minLength = typeof node.minLength === 'number' ? node.minLength : 0;
  const maxLength = typeof node.maxLength === 'number' ? node.maxLength : Number.POSITIVE_INFINITY;
  const pattern = typeof node.pattern === 'string' ? compiledPattern(node.pattern) : null;
  const formatValue = typeof node.format === 'string' ? FORMAT_PLACEHOLDERS[node.format] : undefined;
  const candidates =
    formatValue !== undefined
      ? [formatValue]
      : ['', 'TODO'.padEnd(minLength, 'x'), ...Array.from({ length: 8 }, (_, i) => 'x'.repeat(i + 1))];
  const fits = (candidate: string) => {
    // JSON Schema counts code points; every candidate here is ASCII.
    if (candidate.length < minLength || candidate.length > maxLength) return false;
    return pattern === null || pattern.test(candidate);
  };
  return candidates.find(fits) ?? '';
}

/** A copy of a schema value the caller may change (primitives, the usual case, need none). */
const copyOf = (value: unknown): unknown =>
  value !== null && typeof value === 'object' ? structuredClone(value) : value;

/** Keywords whose sub-schemas apply to the same instance as their parent. */
const SAME_INSTANCE = new Set(['allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', 'dependentSchemas']);
/** Keywords whose sub-schemas apply to a child of the instance (one level deeper). */
const CHILD_INSTANCE = new Set([
  'properties',
  'patternProperties',
  'additionalProperties',
  'items',
  'prefixItems',
  'contains',
  'unevaluatedProperties',
  'unevaluatedItems',
  'propertyNames',
]);
/** Keywords holding a map of name → sub-schema rather than a sub-schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);
const MAX_DEPTH = 32;

/**
 * Every schema node reachable from `schema` (following local `$ref`s, boolean sub-schemas
 * included), each with the instance depths, relative to `schema`'s instance, at which it applies.
 * A composite error owns an ajv error only when the error's schema applies at the error's depth:
 * `OrderDomain`'s string branch (`DomainName` at depth 0) does not own a `DomainName` error on
 * `domains[2].domain` (depth 1), which belongs to the object branch.
 */
export function reachableSchemaDepths(root: SchemaDocument, schema: unknown): Map<unknown, Set<number>> {
  const out = new Map<unknown, Set<number>>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (typeof node !== 'boolean' && !isNode(node)) return;
    let depths = out.get(node);
    if (depths?.has(depth)) return;
    if (!depths) {
      depths = new Set();
      out.set(node, depths);
    }
    depths.add(depth);
    if (typeof node === 'boolean') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
        visit(refTarget(root, value), depth);
        continue;
      }
      const inner = SAME_INSTANCE.has(key) ? depth : CHILD_INSTANCE.has(key) ? depth + 1 : undefined;
      if (inner === undefined) continue;
      const children =
        SCHEMA_MAPS.has(key) && isNode(value) ? Object.values(value) : Array.isArray(value) ? value : [value];
      for (const child of children) visit(child, inner);
    }
  };
  visit(schema, 0);
  return out;
}
