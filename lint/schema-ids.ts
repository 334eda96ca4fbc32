/**
 * What a document's top-level `"$schema"` says, when it is one of the kit's schema `$id`s
 * (`https://peeker-devkit.dev/schemas/v1/…`): the body of an operation, the request-file schema,
 * another of the kit's schemas, or — still under the kit's prefix — a mistake. The lint engine
 * and the extension's document targeting (client and server) read `$schema` through here only.
 *
 * Imports the catalog and nothing of the validators, so the extension's client can use it.
 */
import { catalog, SCHEMA_ID_BASE } from '../schemas';
import { closestMatch } from './text-utils';

/** File name of the request-file schema (`schemas/json-schemas.ts` REQUEST_FILE_SCHEMA, which pulls in every body schema). */
const REQUEST_FILE = 'request-file.json';

/** The `$id` of the `*.peeker.json` request-file schema. */
export const REQUEST_FILE_SCHEMA_ID = `${SCHEMA_ID_BASE}${REQUEST_FILE}`;

/**
 * Every schema the kit publishes under {@link SCHEMA_ID_BASE}, by file name: the request bodies,
 * the request file, and the envelopes and webhook payloads (which describe no request).
 * `test/lint-target.test.ts` checks this against `schemas/generated/json-schema/`.
 */
export const KIT_SCHEMA_FILES: readonly string[] = [
  ...catalog.operations.flatMap((op) => (op.requestSchema ? [op.requestSchema] : [])),
  REQUEST_FILE,
  'error-envelope.json',
  'list-envelope.json',
  'webhook-event.json',
  ...catalog.webhookEvents.map((event) => event.schema),
];

/** The kit's schema file names without `.json`, for "did you mean" (a missing `.json` is still close). */
const KIT_SCHEMA_STEMS = KIT_SCHEMA_FILES.map((file) => file.replace(/\.json$/, ''));

/** What a `$schema` value names. */
export type SchemaIdMeaning =
  /** The body schema of `operation` (`…/create-order-request.json` → `POST /orders`). */
  | { kind: 'body'; operation: string }
  /** The request-file schema. */
  | { kind: 'request-file' }
  /** Another schema of the kit (an envelope, a webhook payload): it describes no request. */
  | { kind: 'other'; file: string }
  /**
   * Under the kit's prefix, but no schema of the kit: `file` is what follows the prefix (without a
   * `#fragment`); `suggestion` is the closest schema id of the kit, fragment kept, when one is close.
   */
  | { kind: 'unknown'; file: string; suggestion?: string }
  /** Not one of the kit's ids (another schema, or not a string). */
  | { kind: 'foreign' };

/** Classifies a `$schema` value. A `#fragment` is ignored; so is anything not under the kit's prefix. */
export function classifySchemaId(id: unknown): SchemaIdMeaning {
  if (typeof id !== 'string' || !id.startsWith(SCHEMA_ID_BASE)) return { kind: 'foreign' };
  const hash = id.indexOf('#');
  const file = (hash < 0 ? id : id.slice(0, hash)).slice(SCHEMA_ID_BASE.length);
  if (file === REQUEST_FILE) return { kind: 'request-file' };
  const operation = catalog.operations.find((op) => op.requestSchema === file);
  if (operation) return { kind: 'body', operation: operation.key };
  if (KIT_SCHEMA_FILES.includes(file)) return { kind: 'other', file };
  // A long value is no typo of a short name (and is not worth a distance computation).
  const stem = file.length > 100 ? undefined : closestMatch(file.replace(/\.json$/i, ''), KIT_SCHEMA_STEMS);
  return stem === undefined
    ? { kind: 'unknown', file }
    : { kind: 'unknown', file, suggestion: `${SCHEMA_ID_BASE}${stem}.json${hash < 0 ? '' : id.slice(hash)}` };
}

/** The operation whose body a schema `$id` describes, e.g. `…/create-order-request.json` → `POST /orders`. */
export function resolveOperationFromSchemaId(id: string): string | undefined {
  const meaning = classifySchemaId(id);
  return meaning.kind === 'body' ? meaning.operation : undefined;
}

/** The `$id` of what a document is checked as: an operation's body schema, or the request-file schema. */
export function schemaIdFor(checkedAs: { operation: string } | 'request-file'): string | undefined {
  if (checkedAs === 'request-file') return REQUEST_FILE_SCHEMA_ID;
  const file = catalog.operations.find((op) => op.key === checkedAs.operation)?.requestSchema;
  return file ? `${SCHEMA_ID_BASE}${file}` : undefined;
}

/** What a known schema id describes, for messages: "the body of POST /orders", "the request-file schema". */
export function describeSchemaId(id: string): string {
  const meaning = classifySchemaId(id);
  switch (meaning.kind) {
    case 'body':
      return `the body of ${meaning.operation}`;
    case 'request-file':
      return 'the request-file schema (*.peeker.json)';
    case 'other':
      return `the kit's ${meaning.file} schema, which describes no request`;
    default:
      return `"${id}"`;
  }
}

/**
 * The message of `unknown_schema_id`: which value, that nothing of the kit has it, what was checked
 * instead (`checkedAs`, or nothing but the syntax), and the closest id of the kit or how ids are written.
 */
export function unknownSchemaIdMessage(
  meaning: Extract<SchemaIdMeaning, { kind: 'unknown' }>,
  checkedAs: string | undefined,
): string {
  const shown = JSON.stringify(meaning.file.length > 60 ? `${meaning.file.slice(0, 57)}…` : meaning.file);
  const consequence = checkedAs
    ? `; the document is checked as ${checkedAs}`
    : ', so no operation is known for this document and only its JSON syntax was checked';
  const next = meaning.suggestion
    ? `Did you mean "${meaning.suggestion}" (${describeSchemaId(meaning.suggestion)})?`
    : `The kit's ids are ${SCHEMA_ID_BASE}<name>-request.json for a body (e.g. create-order-request.json for POST /orders) and ${REQUEST_FILE_SCHEMA_ID} for a request file.`;
  return `Unknown Peeker DevKit schema ${shown}: no schema under ${SCHEMA_ID_BASE} has this $id${consequence}. ${next}`;
}
