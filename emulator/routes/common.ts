/** Small helpers shared by the route files. */
import { notFound } from '../errors';
import type { Collection } from '../state';
import type { RequestContext } from './types';

/** The record the `{id}` path parameter names, or 404 `not_found` (field `id`). */
export function recordOr404<T extends { id: string }>(
  ctx: RequestContext,
  collection: Collection<T>,
  label: string,
): T {
  const id = ctx.params.id ?? '';
  const record = collection.get(id);
  if (!record) throw notFound(`No ${label} ${id} in this account.`, 'id');
  return record;
}

/** `{ data }`. */
export function data(value: unknown): { data: unknown } {
  return { data: value };
}
