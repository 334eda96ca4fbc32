/**
 * The generated JSON Schemas the linter validates with, bundled as static JSON imports so the CLI
 * and the language server need no schema files at run time.
 */
import {
  REQUEST_BODY_SCHEMAS,
  REQUEST_FILE_SCHEMA,
  REQUEST_FILE_SCHEMA_DOCUMENT,
  type SchemaDocument,
} from '../schemas/json-schemas';

export { REQUEST_FILE_SCHEMA, type SchemaDocument };

/**
 * Every schema the linter validates with, by file name under `schemas/generated/json-schema/`.
 * `test/lint-schema-validation.test.ts` checks that every `requestSchema` in the catalog is here.
 */
export const SCHEMA_DOCUMENTS: Readonly<Record<string, SchemaDocument>> = {
  ...REQUEST_BODY_SCHEMAS,
  [REQUEST_FILE_SCHEMA]: REQUEST_FILE_SCHEMA_DOCUMENT,
};
