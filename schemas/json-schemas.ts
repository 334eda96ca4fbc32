/**
 * The generated JSON Schemas of request bodies and request files, bundled as static JSON imports so
 * the CLI, the language server and the contract kit need no schema files at run time.
 * `test/schemas-generated.test.ts` checks that every body schema of the catalog is here.
 */
import availabilityRequest from './generated/json-schema/availability-request.json';
import cancelOrderRequest from './generated/json-schema/cancel-order-request.json';
import createBundleRequest from './generated/json-schema/create-bundle-request.json';
import createOrderRequest from './generated/json-schema/create-order-request.json';
import createSwapRequest from './generated/json-schema/create-swap-request.json';
import createUserRequest from './generated/json-schema/create-user-request.json';
import forwardingRequest from './generated/json-schema/forwarding-request.json';
import importDomainsRequest from './generated/json-schema/import-domains-request.json';
import importJobRequest from './generated/json-schema/import-job-request.json';
import requestFile from './generated/json-schema/request-file.json';
import updateBundleRequest from './generated/json-schema/update-bundle-request.json';
import updateUserRequest from './generated/json-schema/update-user-request.json';
import userNameSwapRequest from './generated/json-schema/user-name-swap-request.json';

/** A generated JSON Schema document (any JSON object). */
export type SchemaDocument = Record<string, unknown>;

/** Every request body schema, by file name under `schemas/generated/json-schema/` (the catalog's `requestSchema`). */
export const REQUEST_BODY_SCHEMAS: Readonly<Record<string, SchemaDocument>> = {
  'availability-request.json': availabilityRequest,
  'cancel-order-request.json': cancelOrderRequest,
  'create-bundle-request.json': createBundleRequest,
  'create-order-request.json': createOrderRequest,
  'create-swap-request.json': createSwapRequest,
  'create-user-request.json': createUserRequest,
  'forwarding-request.json': forwardingRequest,
  'import-domains-request.json': importDomainsRequest,
  'import-job-request.json': importJobRequest,
  'update-bundle-request.json': updateBundleRequest,
  'update-user-request.json': updateUserRequest,
  'user-name-swap-request.json': userNameSwapRequest,
};

/** The file name of the `*.peeker.json` request-file schema. */
export const REQUEST_FILE_SCHEMA = 'request-file.json';

/** The `*.peeker.json` request-file schema. */
export const REQUEST_FILE_SCHEMA_DOCUMENT: SchemaDocument = requestFile;
