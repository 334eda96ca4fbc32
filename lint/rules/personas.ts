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
  const lists: { key: string; items: unknown[] }[] = [];
  if (!isObject(body)) return lists;
  for (const key of PERSONA_KEYS) {
    const items = body[key];
    if (Array.isArray(items)) lists.push({ key, items });
  }
  return lists;
}

const PERSONA_KEYS = ['personas', 'users'] as const;

/** Every persona object with its path. */
export function personas(body: unknown): { path: JsonPath; persona: Record<string, unknown> }[] {
  const out: { path: JsonPath; persona: Record<string, unknown> }[] = [];
  for (const { key, items } of personaLists(body)) {
    for (let index = 0; index < items.length; index++) {
      const persona = items[index];
      if (isObject(persona)) out.push({ path: [key, index], persona });
    }
  }
  return out;
}
