/**
 * The engine's internal result: a {@link Violation} plus where to draw it and how to fix it,
 * still expressed as JSON paths so the same rules serve text (lint) and parsed bodies (checkBody).
 */
import { printable } from './text-utils';
import type { JsonPath, Severity, Violation } from './types';

/**
 * Which part of the node at `path` the diagnostic covers:
 * - `value` (default): the value;
 * - `key`: the property name (falls back to the value for array elements and the root);
 * - `property`: key and value together;
 * - `missing`: `path` is an object that lacks something — the key that holds the object, or its `{`;
 * - `{ fromIndex }`: the array elements from that index to the end.
 */
export type Anchor = 'value' | 'key' | 'property' | 'missing' | { fromIndex: number };

/** One change of a fix, on the body's JSON structure. Paths are relative to the linted body. */
export type Change =
  /** Remove a property or an array element (several removals in one container are merged cleanly). */
  | { kind: 'remove'; path: JsonPath }
  /** Replace a value with `value`, printed as JSON. */
  | { kind: 'replace'; path: JsonPath; value: unknown }
  /** Rename the key of the property at `path`, keeping its value text. */
  | { kind: 'rename'; path: JsonPath; newKey: string }
  /** Add `key: value` at the end of the object at `path`. */
  | { kind: 'insert'; path: JsonPath; key: string; value: unknown }
  /** A raw text edit on the document (syntax-level fixes); offsets are absolute. */
  | { kind: 'text'; offset: number; length: number; newText: string };

/** A fix before it is turned into text edits. */
export interface FixSpec {
  title: string;
  safe: boolean;
  preferred?: boolean;
  changes: Change[];
}

/** A rule's finding. */
export interface Finding extends Violation {
  /** The rule (see `lintRuleCatalog`) that produced it. */
  ruleId: string;
  anchor?: Anchor;
  fixes?: FixSpec[];
}

/** Strips the engine-only parts, leaving the {@link Violation} shape (its message and field printable). */
export function toViolation(finding: Finding): Violation {
  const violation: Violation = {
    code: finding.code,
    severity: finding.severity,
    path: finding.path,
    message: printable(finding.message),
  };
  // `field` quotes a key of the body as the message does (the emulator's error.field is this text);
  // `path` keeps the key exactly, for code that finds it in the body.
  if (finding.field !== undefined) violation.field = printable(finding.field);
  if (finding.details !== undefined) violation.details = finding.details;
  return violation;
}

/** `['personas', 2, 'profile_picture_url']` → `personas[2].profile_picture_url` (the API's `error.field` form). */
export function fieldOf(path: JsonPath): string | undefined {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? undefined : out;
}

/** Severity rank for sorting: errors first. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
