/**
 * JSON Schema validation with the validators generated from the contract by `npm run generate`
 * (ajv standalone code in `schemas/generated/validators.ts`, see `validator-codegen.ts`): nothing
 * is compiled at run time and no bundle ships ajv's compiler. A validator is instantiated the first
 * time its schema is used, with the `$ref`-expanded schema its errors point into.
 */
import type { ErrorObject } from 'ajv/dist/2020';
import { fullFormats } from 'ajv-formats/dist/formats';
import { validatorFactories } from '../schemas/generated/validators';
import { expandRefs } from './expand-refs';
import { codePointLength, fastUriFormat, matchedNames, peekerRegExp, type RegExpLike } from './fast-matchers';
import { REQUEST_FILE_SCHEMA, SCHEMA_DOCUMENTS, type SchemaDocument } from './schema-sources';

export { expandRefs } from './expand-refs';
export { REQUEST_FILE_SCHEMA, SCHEMA_DOCUMENTS, type SchemaDocument } from './schema-sources';

/** A generated validator: true when valid, else its raw ajv errors in `errors`. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** What the generated code refers to by name: the fast matchers and ajv-formats' formats. */
interface ValidatorRuntime {
  peekerRegExp: (pattern: string, flags: string) => RegExpLike;
  codePointLength: (text: string) => number;
  formats: Record<string, unknown>;
}

/** `schemaRoot` returns the expanded schema the errors point into; it is only called to report one. */
type ValidatorFactory = (schemaRoot: () => SchemaDocument, runtime: ValidatorRuntime) => SchemaValidator;

const factories = validatorFactories as unknown as Readonly<Record<string, ValidatorFactory>>;
const validators = new Map<string, SchemaValidator>();
let runtime: ValidatorRuntime | undefined;

/** The run-time values, as `validator-codegen.ts` configured ajv: ajv-formats, with the fast `uri`. */
function validatorRuntime(): ValidatorRuntime {
  runtime ??= {
    peekerRegExp,
    codePointLength,
    formats: { ...fullFormats, uri: fastUriFormat(fullFormats.uri as (text: string) => boolean) },
  };
  return runtime;
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

/**
 * The validator for a schema file (instantiated on first use, then cached), or for a part of the
 * request-file schema (`request-file.json`: its envelope; `request-file.json#POST /orders`: one
 * operation's branch) — those get the request-file schema's root, which their errors point into.
 */
export function validatorFor(schemaFile: string): SchemaValidator | undefined {
  const cached = validators.get(schemaFile);
  if (cached) return cached;
  const factory = Object.hasOwn(factories, schemaFile) ? factories[schemaFile] : undefined;
  const rootFile = schemaFile.replace(/#.*$/, '');
  if (!factory || !SCHEMA_DOCUMENTS[rootFile]) return undefined;
  const validate = factory(() => validationRoot(rootFile)!, validatorRuntime());
  validators.set(schemaFile, validate);
  return validate;
}

function errorsOf(validate: SchemaValidator | undefined, value: unknown): ErrorObject[] {
  if (!validate || validate(value)) return [];
  return [...(validate.errors ?? [])];
}

/**
 * Validates `value`; returns ajv's raw errors (empty when valid). A request file is checked by its
 * operation's branch of the request-file schema, then by the envelope — together what the whole
 * schema reports outside the body (see `requestFileEnvelope` in validator-codegen.ts;
 * `test/lint-generated-validators.test.ts` checks that the findings are the same).
 */
export function validateAgainst(schemaFile: string, value: unknown): ErrorObject[] {
  // The domain names this validation accepts are recorded for the domain rules of the same check.
  matchedNames.clear();
  if (schemaFile !== REQUEST_FILE_SCHEMA) return errorsOf(validatorFor(schemaFile), value);
  const request = isRecord(value) ? value.request : undefined;
  const branch = typeof request === 'string' ? `${REQUEST_FILE_SCHEMA}#${request}` : undefined;
  const branchErrors =
    branch && Object.hasOwn(factories, branch) ? errorsOf(validatorFor(branch), value) : [];
  const envelopeErrors = errorsOf(validatorFor(REQUEST_FILE_SCHEMA), value);
  return branchErrors.length === 0 ? envelopeErrors : [...branchErrors, ...envelopeErrors];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
