/**
 * JSON Schema validation with ajv (draft 2020-12 + ajv-formats). Every generated schema is bundled
 * (static JSON imports, so the CLI and the language server need no files at run time) and compiled
 * once, lazily, the first time an operation is linted.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';
import { catalog, SCHEMA_ID_BASE } from '../schemas';
import { fastUriFormat, peekerRegExp } from './fast-patterns';
import { REQUEST_FILE_SCHEMA, SCHEMA_DOCUMENTS } from './schema-sources';

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
  }
  return ajvInstance;
}

/** The compiled validator for a schema file (compiled on first use, then cached). */
export function validatorFor(schemaFile: string): ValidateFunction | undefined {
  const cached = validators.get(schemaFile);
  if (cached) return cached;
  const schema = SCHEMA_DOCUMENTS[schemaFile];
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
