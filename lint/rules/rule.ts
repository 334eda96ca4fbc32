/** The shape every semantic rule implements. */
import { type Finding, fieldOf } from '../findings';
import type { JsonPath, Severity } from '../types';

/** What a rule sees: the operation and its parsed body (the editor-only `$schema` key already removed). */
export interface RuleContext {
  /** `"POST /orders"`. */
  operation: string;
  /** File name of the operation's body schema under `schemas/generated/json-schema/`. */
  schemaFile: string;
  body: unknown;
  /**
   * JSON Pointers (ajv's `instancePath`) of the places the schema rejected. Rules that only
   * explain schema errors look just there.
   */
  schemaErrorPointers?: ReadonlySet<string>;
}

/** A check the JSON Schema cannot express. Rules are pure: same body, same findings. */
export interface Rule {
  /** Stable kebab-case id, e.g. `order-shape-conflict`. */
  readonly id: string;
  /** The code its findings carry: the API's `error.code`, a pending-action reason or a lint-only code. */
  readonly code: string;
  readonly severity: Severity;
  /** One line for listings and hovers. */
  readonly description: string;
  /** A paragraph: why, what the API does, how to fix. Markdown. */
  readonly docs: string;
  /** Operations (`"POST /orders"`) the rule applies to. */
  readonly operations: readonly string[];
  /**
   * True for rules that only explain, better than the raw keyword, what the JSON Schema already
   * rejects (a domain name's pattern, `user`'s alternatives…): they run only when the schema found
   * errors, which keeps clean documents fast and lint consistent with validation.
   */
  readonly explainsSchemaErrors?: boolean;
  check(context: RuleContext): Finding[];
}

/** Narrows to a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a JSON integer ≥ 0 (what the license counts must be). */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * A finding of `rule` at `path`, with the rule's code and severity and the path as the API's
 * `error.field`; `extra` adds details and fixes.
 */
export function findingAt(
  rule: Rule,
  path: JsonPath,
  message: string,
  extra?: Pick<Finding, 'details' | 'fixes'>,
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    code: rule.code,
    severity: rule.severity,
    path,
    field: fieldOf(path),
    message,
  };
  if (extra?.details !== undefined) finding.details = extra.details;
  if (extra?.fixes !== undefined) finding.fixes = extra.fixes;
  return finding;
}
