/**
 * Markdown for an API error code: what it means, what to do, and which line of the seed page's
 * decision rule applies ("4xx with field → fix the body, don't retry"…). Everything comes from the
 * contract's catalog; nothing here is written twice.
 */
import { catalog, type ErrorCode, type ErrorCodeInfo } from '../../schemas';

/** True when `code` is one of the API's `error.code` values. */
export function isApiErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(catalog.errorCodes, code);
}

/**
 * The decision-rule entry for a response with this status, with or without `error.field`:
 * the first entry of `catalog.decisionRule` whose `when` matches.
 */
export function decisionRuleFor(
  status: number,
  hasField: boolean,
): { when: string; advice: string } | undefined {
  return catalog.decisionRule.find((rule) => ruleMatches(String(rule.when), status, hasField));
}

function ruleMatches(when: string, status: number, hasField: boolean): boolean {
  const statusClass = `${Math.floor(status / 100)}xx`;
  if (when === String(status)) return true;
  if (when === statusClass) return true;
  if (when.startsWith(`${statusClass} with `)) return hasField;
  if (when.startsWith(`${statusClass} without `)) return !hasField;
  return false;
}

/**
 * Hover text for an error code: status, meaning, action, `error.field`/`details` when the contract
 * names them, and the decision rule. `field` is the concrete field of a diagnostic, when known.
 */
export function errorCodeMarkdown(code: ErrorCode, field?: string): string {
  const info: ErrorCodeInfo = catalog.errorCodes[code];
  const lines = [
    `**\`${code}\`** — HTTP ${info.status}`,
    '',
    info.meaning,
    '',
    `**What to do:** ${info.action}`,
  ];
  const shownField = field ?? info.field;
  if (shownField) lines.push('', `\`error.field\`: \`${shownField}\``);
  if (info.details && info.details.length > 0) {
    lines.push('', `\`error.details\`: ${info.details.map((key) => `\`${key}\``).join(', ')}`);
  }
  const rule = decisionRuleFor(info.status, shownField !== undefined);
  if (rule) lines.push('', `**Decision rule** (${rule.when}): ${rule.advice}`);
  if (info['x-peeker-undocumented']) lines.push('', '*Peeker DevKit assumption — not in the Peeker docs.*');
  return lines.join('\n');
}
