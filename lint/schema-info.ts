/**
 * Reading the generated JSON Schemas as data: resolving local `$ref`s, finding the schema of a
 * property, its description, and a placeholder value for "add missing field" quick fixes.
 */
import type { SchemaDocument } from './schema-validation';

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows `$ref: "#/$defs/X"` (and single-entry `allOf` wrappers) inside `root`. */
export function resolveSchema(root: SchemaDocument, schema: unknown, depth = 0): SchemaNode | undefined {
  if (!isNode(schema) || depth > 20) return undefined;
  const ref = schema.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) => (isNode(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
        root,
      );
    const resolved = resolveSchema(root, target, depth + 1);
    return resolved ? { ...resolved, ...withoutRef(schema) } : undefined;
  }
  const allOf = schema.allOf;
  if (Array.isArray(allOf) && allOf.length === 1 && schema.type === undefined && isNode(allOf[0])) {
    const inner = resolveSchema(root, allOf[0], depth + 1);
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
  const text = schema.description.replace(/\s*\n\s*/g, ' ').trim();
  const match = /^(.+?[.!?])(\s|$)/.exec(text);
  return (match ? match[1]! : text).trim();
}

/**
 * A value to insert for a missing field: the schema's first example, else its default, else its
 * first enum value, else a minimal value of its type (objects get their required fields, arrays
 * their minimum number of items).
 */
export function placeholderFor(root: SchemaDocument, schema: unknown, depth = 0): unknown {
  const node = resolveSchema(root, schema);
  if (!node || depth > 6) return null;
  // "" is how the contract spells "none" (e.g. `profile_picture_url`): the most neutral placeholder.
  if (Array.isArray(node.examples) && node.examples.includes('')) return '';
  if (Array.isArray(node.examples) && node.examples.length > 0) return structuredClone(node.examples[0]);
  if (node.default !== undefined) return structuredClone(node.default);
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
      return '';
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : 0;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

/**
 * Every schema object reachable from `schema` (following local `$ref`s), including `schema`
 * itself and boolean sub-schemas. Used to tell which ajv errors came from inside a composite.
 */
export function reachableSchemaNodes(root: SchemaDocument, schema: unknown): Set<unknown> {
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (typeof node === 'boolean') {
      seen.add(node);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!isNode(node) || seen.has(node)) return;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
        const target = value
          .slice(2)
          .split('/')
          .reduce<unknown>((n, k) => (isNode(n) ? n[k] : undefined), root);
        visit(target);
      } else if (key === 'examples' || key === 'default' || key === 'enum' || key === 'const') {
        // Instance data, not sub-schemas.
      } else if (typeof value === 'object' && value !== null) visit(value);
      else if (typeof value === 'boolean' && key !== 'deprecated' && key !== 'uniqueItems') visit(value);
    }
  };
  visit(schema);
  return seen;
}
