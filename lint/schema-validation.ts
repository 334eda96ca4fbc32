/**
 * JSON Schema validation with ajv (draft 2020-12 + ajv-formats). Every generated schema is bundled
 * (static JSON imports, so the CLI and the language server need no files at run time) and compiled
 * once, lazily, the first time an operation is linted.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { catalog, SCHEMA_ID_BASE } from '../schemas';
import availabilityRequest from '../schemas/generated/json-schema/availability-request.json';
import cancelOrderRequest from '../schemas/generated/json-schema/cancel-order-request.json';
import createBundleRequest from '../schemas/generated/json-schema/create-bundle-request.json';
import createOrderRequest from '../schemas/generated/json-schema/create-order-request.json';
import createSwapRequest from '../schemas/generated/json-schema/create-swap-request.json';
import createUserRequest from '../schemas/generated/json-schema/create-user-request.json';
import forwardingRequest from '../schemas/generated/json-schema/forwarding-request.json';
import importDomainsRequest from '../schemas/generated/json-schema/import-domains-request.json';
import importJobRequest from '../schemas/generated/json-schema/import-job-request.json';
import requestFile from '../schemas/generated/json-schema/request-file.json';
import updateBundleRequest from '../schemas/generated/json-schema/update-bundle-request.json';
import updateUserRequest from '../schemas/generated/json-schema/update-user-request.json';
import userNameSwapRequest from '../schemas/generated/json-schema/user-name-swap-request.json';

/** A generated JSON Schema document (any JSON object). */
export type SchemaDocument = Record<string, unknown>;

/** The file name of the request-file schema. */
export const REQUEST_FILE_SCHEMA = 'request-file.json';

/**
 * Every schema the linter validates with, by file name under `schemas/generated/json-schema/`.
 * `test/lint-schema-validation.test.ts` checks that every `requestSchema` in the catalog is here.
 */
export const SCHEMA_DOCUMENTS: Readonly<Record<string, SchemaDocument>> = {
  'availability-request.json': availabilityRequest,
  'cancel-order-request.json': cancelOrderRequest,
  'create-bundle-request.json': createBundleRequest,
  'create-order-request.json': createOrderRequest,
  'create-swap-request.json': createSwapRequest,
  'create-user-request.json': createUserRequest,
  'forwarding-request.json': forwardingRequest,
  'import-domains-request.json': importDomainsRequest,
  'import-job-request.json': importJobRequest,
  [REQUEST_FILE_SCHEMA]: requestFile,
  'update-bundle-request.json': updateBundleRequest,
  'update-user-request.json': updateUserRequest,
  'user-name-swap-request.json': userNameSwapRequest,
};

let ajvInstance: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

function ajv(): Ajv2020 {
  if (!ajvInstance) {
    // allErrors: report every problem, not just the first; verbose: errors carry their schema
    // objects, which error-grouping needs to find the x-peeker annotations and descriptions.
    // strict: false because the schemas carry editor/annotation keywords (markdownDescription, x-peeker-*).
    ajvInstance = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    addFormats(ajvInstance);
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
