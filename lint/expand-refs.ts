/**
 * Local `$ref` expansion of the generated JSON Schemas: what the validators are generated from and
 * what error-grouping reads their errors against. Pure; shared by the run-time engine and the
 * build-time validator generator (`validator-codegen.ts`).
 */
import { refTarget } from './json-pointer';
import type { SchemaDocument } from './schema-sources';

/** Annotation keywords that may sit next to a `$ref` without changing what it validates. */
const ANNOTATIONS = new Set([
  'description',
  'markdownDescription',
  'title',
  'examples',
  'default',
  'deprecated',
  '$comment',
]);

type SchemaNode = Record<string, unknown>;
const isNode = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The schema with every local `$ref` replaced by its target (one shared object per `$defs` entry;
 * `$ref` cycles are left alone). ajv compiles a referenced schema that itself contains `$ref`s as a
 * separate function, called with a fresh context object and path string for every array item —
 * for the 200 `domains` of an order that call dominated validation. Without `$ref`s, ajv inlines
 * everything. Error objects keep pointing at the shared definition objects, as error-grouping needs.
 */
export function expandRefs(root: SchemaDocument): SchemaDocument {
  const resolved = new Map<string, unknown>();
  const inProgress = new Set<string>();
  const target = (ref: string): unknown => {
    if (resolved.has(ref)) return resolved.get(ref);
    if (inProgress.has(ref)) return undefined;
    const raw = refTarget(root, ref);
    if (raw === undefined) return undefined;
    inProgress.add(ref);
    const expanded = expand(raw);
    inProgress.delete(ref);
    resolved.set(ref, expanded);
    return expanded;
  };
  const expand = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(expand);
    if (!isNode(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      const replacement = target(ref);
      if (replacement === undefined) return node; // a cycle or a dangling ref: let ajv handle it
      const { $ref: _ref, ...rest } = node;
      const siblings = Object.keys(rest).filter((key) => !ANNOTATIONS.has(key) && !key.startsWith('x-'));
      if (siblings.length === 0) return replacement;
      return { ...(expand(rest) as SchemaNode), allOf: [replacement] };
    }
    const out: SchemaNode = {};
    for (const [key, value] of Object.entries(node)) {
      // Instance data is copied as is; `$defs` stays for any ref left unexpanded.
      out[key] =
        key === 'examples' || key === 'default' || key === 'enum' || key === 'const' ? value : expand(value);
    }
    return out;
  };
  return expand(root) as SchemaDocument;
}
