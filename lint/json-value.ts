/**
 * Structural edits on parsed JSON values, mirroring the text edits of quick fixes, so a fix and
 * its value-level twin (e.g. `migrateLegacyOrder`) cannot disagree.
 */
import type { Change } from './findings';
import { isObject } from './rules/rule';
import type { JsonPath } from './types';

type Container = Record<string, unknown> | unknown[];

/**
 * Applies structural changes to a copy of `value` (the input is never mutated; only containers on
 * changed paths are copied). Paths refer to the original value; inserts and replacements are
 * applied before removals and renames so that paths stay valid. `text` changes are ignored.
 */
export function applyChangesToValue<T>(value: T, changes: readonly Change[]): T {
  const order = { insert: 0, replace: 1, remove: 2, rename: 3, text: 4 } as const;
  const sorted = [...changes].sort((a, b) => order[a.kind] - order[b.kind]);
  // Removals inside one array must go from the highest index down.
  sorted.sort((a, b) => {
    if (a.kind !== 'remove' || b.kind !== 'remove') return 0;
    const ia = a.path[a.path.length - 1];
    const ib = b.path[b.path.length - 1];
    return typeof ia === 'number' && typeof ib === 'number' ? ib - ia : 0;
  });
  const copied = new Set<unknown>();
  let root: unknown = value;
  const writable = (path: JsonPath): Container | undefined => {
    if (!copied.has(root)) {
      if (Array.isArray(root)) root = [...root];
      else if (isObject(root)) root = { ...root };
      else return undefined;
      copied.add(root);
    }
    let current = root as Container;
    for (const segment of path) {
      const child = (current as Record<string | number, unknown>)[segment];
      if (child === null || typeof child !== 'object') return undefined;
      let copy = child as Container;
      if (!copied.has(child)) {
        copy = Array.isArray(child) ? [...child] : { ...(child as Record<string, unknown>) };
        copied.add(copy);
        (current as Record<string | number, unknown>)[segment] = copy;
      }
      current = copy;
    }
    return current;
  };
  for (const change of sorted) {
    if (change.kind === 'text') continue;
    if (change.path.length === 0 && change.kind === 'replace') {
      root = change.value;
      continue;
    }
    if (change.kind === 'insert') {
      const target = writable(change.path);
      if (isObject(target)) target[change.key] = change.value;
      continue;
    }
    const parentPath = change.path.slice(0, -1);
    const last = change.path[change.path.length - 1]!;
    const parent = writable(parentPath);
    if (!parent) continue;
    if (change.kind === 'replace') (parent as Record<string | number, unknown>)[last] = change.value;
    else if (change.kind === 'remove') {
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else if (isObject(parent)) delete parent[String(last)];
    } else if (change.kind === 'rename' && isObject(parent) && String(last) in parent) {
      // Rebuild the object so the renamed key keeps its position.
      const entries = Object.entries(parent).map(
        ([k, v]) => [k === String(last) ? change.newKey : k, v] as const,
      );
      for (const key of Object.keys(parent)) delete parent[key];
      for (const [k, v] of entries) parent[k] = v;
    }
  }
  return root as T;
}
