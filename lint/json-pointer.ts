/**
 * JSON Pointers (RFC 6901): ajv names the places of a body with them (`instancePath`), and local
 * `$ref`s name places in a schema. A segment escapes `~` as `~0` and `/` as `~1`.
 */
import type { JsonPath } from './types';

/** A key as a pointer segment (`a/b` → `a~1b`). */
export function escapeSegment(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

/** A pointer segment as the key it names (`a~1b` → `a/b`). */
export function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/** `['domains', 3, 'domain']` → `/domains/3/domain` (ajv's `instancePath`). */
export function pointerOf(path: JsonPath | readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += `/${typeof segment === 'number' ? segment : escapeSegment(segment)}`;
  return out;
}

/** The node a local `$ref` (`#/$defs/X`) names inside `root`, or undefined. */
export function refTarget(root: unknown, ref: string): unknown {
  let node = root;
  for (const segment of ref.slice(2).split('/')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[unescapeSegment(segment)];
  }
  return node;
}
