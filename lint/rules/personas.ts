/** Shared access to the personas list (`personas`, or the deprecated `users`). */
import { SCHEMA_DOCUMENTS } from '../schema-validation';
import type { JsonPath } from '../types';
import { isObject } from './rule';

/** The operations whose bodies carry personas. */
export const PERSONA_OPERATIONS = ['POST /orders', 'POST /swaps/user_names'];

/** Maximum personas per request, read from the contract (`personas.maxItems`). */
export const MAX_PERSONAS = Number(
  ((SCHEMA_DOCUMENTS['create-order-request.json']!.properties as Record<string, Record<string, unknown>>)
    .personas!.maxItems as number | undefined) ?? 10,
);

/** Each personas list in the body: `personas`, and the deprecated `users`. */
export function personaLists(body: unknown): { key: string; items: unknown[] }[] {
  if (!isObject(body)) return [];
  return ['personas', 'users']
    .filter((key) => Array.isArray(body[key]))
    .map((key) => ({ key, items: body[key] as unknown[] }));
}

/** Every persona object with its path. */
export function personas(body: unknown): { path: JsonPath; persona: Record<string, unknown> }[] {
  return personaLists(body).flatMap(({ key, items }) =>
    items.flatMap((persona, index) =>
      isObject(persona) ? [{ path: [key, index] as JsonPath, persona }] : [],
    ),
  );
}
