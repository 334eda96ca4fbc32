/**
 * JSON Schema validation with ajv (draft 2020-12 + ajv-formats). Every generated schema is bundled
 * (static JSON imports, so the CLI and the language server need no files at run time) and compiled
 * once, lazily, the first time an operation is linted.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { catalog, SCHEMA_ID_BASE } from '../schemas';
import { fastUriFormat, lengthKeyword, peekerRegExp } from './fast-patterns';
import { REQUEST_FILE_SCHEMA, SCHEMA_DOCUMENTS, type SchemaDocument } from './schema-sources';

export { REQUEST_FILE_SCHEMA, SCHEMA_DOCUMENTS, type SchemaDocument } from './schema-sources';

let ajvInstance: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function ajv(): Ajv2020 {
  if (!ajvInstance) {
    // allErrors: report every problem, not just the first; verbose: errors carry their schema
    // objects, which error-grouping needs to find the x-peeker annotations and descriptions.
    // strict: false because the schemas carry editor/annotation keywords (markdownDescription, x-peeker-*).
    // code.regExp: fast matchers for the hottest patterns (see fast-patterns.ts).
    ajvInstance = new Ajv2020({
      allErrors: true,
      verbose: true,
      strict: false,
      code: { regExp: peekerRegExp },
    });
    addFormats(ajvInstance);
    ajvInstance.addFormat('uri', fastUriFormat(fullFormats.uri as (text: string) => boolean));
    for (const keyword of ['maxLength', 'minLength'] as const) {
      ajvInstance.removeKeyword(keyword);
      ajvInstance.addKeyword(lengthKeyword(keyword));
    }
  }
  return ajvInstance;
}

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
    const raw = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (isNode(node) ? node[key] : undefined), root);
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

const roots = new Map<string, SchemaDocument>();

/** The schema a file is validated with (refs expanded): error-grouping must read errors against it. */
export function validationRoot(schemaFile: string): SchemaDocument | undefined {
  let root = roots.get(schemaFile);
  if (!root) {
    const source = SCHEMA_DOCUMENTS[schemaFile];
    if (!source) return undefined;
    root = expandRefs(source);
    roots.set(schemaFile, root);
  }
  return root;
}

/** The compiled validator for a schema file (compiled on first use, then cached). */
export function validatorFor(schemaFile: string): ValidateFunction | undefined {
  const cached = validators.get(schemaFile);
  if (cached) return cached;
  const schema = validationRoot(schemaFile);
  if (!schema) return undefined;
  const validate = ajv().compile(schema);
  validators.set(schemaFile, validate);
  return validate;
}

/** Validates `value`; returns ajv's raw errors (empty when valid). */
export function validateAgainst(schemaFile: string, value: unknown): ErrorObject[] {
  const validate = validatorFor(schemaFile);
  if (!validate) return [];
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** The operation whose body a schema `$id` describes, e.g. `…/create-order-request.json` → `POST /orders`. */
export function resolveOperationFromSchemaId(id: string): string | undefined {
  if (typeof id !== 'string' || !id.startsWith(SCHEMA_ID_BASE)) return undefined;
  const file = id.slice(SCHEMA_ID_BASE.length).replace(/#.*$/, '');
  return catalog.operations.find((op) => op.requestSchema === file)?.key;
}

/** True when `id` is the `$id` of the request-file schema. */
export function isRequestFileSchemaId(id: unknown): boolean {
  return typeof id === 'string' && id.replace(/#.*$/, '') === `${SCHEMA_ID_BASE}${REQUEST_FILE_SCHEMA}`;
}
