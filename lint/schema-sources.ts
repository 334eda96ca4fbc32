/**
 * The generated JSON Schemas the linter validates with, bundled as static JSON imports so the CLI
 * and the language server need no schema files at run time.
 */
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
