/**
 * Catalog-driven request building: which operations exist, which are lists, what their ids look
 * like, and the documented example body of each write. Nothing here is written twice: it all
 * comes from `schemas/openapi.yaml` through the generated catalog and JSON Schemas.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog, type OperationInfo } from '../schemas';
import { REQUEST_BODY_SCHEMAS } from '../schemas/json-schemas';

/** Request schemas by file name, for their documented `examples`. */
const REQUEST_SCHEMAS: Readonly<Record<string, { examples?: unknown[] }>> = REQUEST_BODY_SCHEMAS;

/** Every operation of the contract. */
export const OPERATIONS: readonly OperationInfo[] = catalog.operations;

/** Looks an operation up by key, failing loudly if the contract lost it. */
export function operation(key: string): OperationInfo {
  const found = OPERATIONS.find((op) => op.key === key);
  if (!found) throw new Error(`The contract has no operation '${key}'.`);
  return found;
}

/** List operations: GETs without path parameters that page with `per_page` and no required query. */
export const LIST_OPERATIONS: readonly OperationInfo[] = OPERATIONS.filter(
  (op) =>
    op.method === 'GET' &&
    !op.path.includes('{') &&
    op.parameters.some((p) => p.name === 'per_page') &&
    op.parameters.every((p) => !p.required),
);

/** GETs that need nothing but the key (`GET /me` and the lists). */
export const PLAIN_READS: readonly OperationInfo[] = OPERATIONS.filter(
  (op) => op.method === 'GET' && !op.path.includes('{') && op.parameters.every((p) => !p.required),
);

/** GETs of one record by id (`GET /orders/{id}`…). */
export const GET_BY_ID: readonly OperationInfo[] = OPERATIONS.filter(
  (op) => op.method === 'GET' && op.path.includes('{id}'),
);

/** The id prefix of an operation's `{id}` path parameter, from its schema pattern (`ord_`). */
export function idPrefixOf(op: OperationInfo): string | undefined {
  const pattern = op.parameters.find((p) => p.in === 'path')?.schema.pattern;
  const match = typeof pattern === 'string' ? /^\^([a-z]+_)/.exec(pattern) : null;
  return match?.[1];
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A well-formed id that no account holds: the prefix plus 26 ULID characters. */
export function unknownId(prefix: string): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...CROCKFORD), { minLength: 24, maxLength: 24 })
    .map((chars) => `${prefix}00${chars.join('')}`);
}

/** The operation's path with `{id}` filled in. */
export function pathOf(op: OperationInfo, id?: string): string {
  return id === undefined ? op.path : op.path.replace('{id}', encodeURIComponent(id));
}

/** A placeholder id for an operation's path (`ord_00000…`), or undefined when it takes none. */
export function placeholderId(op: OperationInfo): string | undefined {
  const prefix = idPrefixOf(op);
  return prefix === undefined ? undefined : `${prefix}00000000000000000000000000`;
}

/** The first documented example body of an operation's request schema, when it has one. */
export function exampleBody(op: OperationInfo): unknown {
  if (op.requestSchema === null) return undefined;
  const example = REQUEST_SCHEMAS[op.requestSchema]?.examples?.[0];
  return example === undefined ? undefined : structuredClone(example);
}

/** `GET /orders/{id}` → `GET /orders/ord_…` for messages. */
export function describeOperation(op: OperationInfo, id?: string): string {
  return `${op.method} ${pathOf(op, id)}`;
}
