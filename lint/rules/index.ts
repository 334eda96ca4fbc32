/** Every semantic rule, in the order they run. */
import { bundlePercentsRule } from './bundle-percents';
import { bundlePlanUnknownRule } from './bundle-plan-unknown';
import { deprecatedShapeRule } from './deprecated-shape';
import { domainCountMismatchRule } from './domain-count-mismatch';
import {
  availabilityInvalidDomainRule,
  domainNotNormalizedRule,
  importRootDomainRule,
  invalidDomainNameRule,
} from './domain-names';
import { duplicateDomainsRule, duplicateOrderDomainsRule } from './duplicate-domains';
import { duplicatePersonaRule } from './duplicate-personas';
import { emptyCustomSizingRule } from './empty-custom-sizing';
import { forwardingTargetPublicRule, forwardingUrlRule } from './forwarding-url';
import { orderShapeConflictRule } from './order-shape-conflict';
import { personasLimitRule } from './personas-limit';
import { premiumSwapLimitsRule } from './premium-swap-limits';
import { profilePictureRule } from './profile-picture';
import type { Rule } from './rule';
import { userReferenceRule } from './user-reference';

export type { Rule, RuleContext } from './rule';

/** The semantic rules (the JSON Schema covers the rest). */
export const RULES: readonly Rule[] = [
  orderShapeConflictRule,
  emptyCustomSizingRule,
  domainCountMismatchRule,
  bundlePlanUnknownRule,
  userReferenceRule,
  deprecatedShapeRule,
  invalidDomainNameRule,
  availabilityInvalidDomainRule,
  domainNotNormalizedRule,
  duplicateOrderDomainsRule,
  duplicateDomainsRule,
  importRootDomainRule,
  personasLimitRule,
  duplicatePersonaRule,
  profilePictureRule,
  forwardingUrlRule,
  forwardingTargetPublicRule,
  bundlePercentsRule,
  premiumSwapLimitsRule,
];

const byOperation = new Map<string, Rule[]>();

/** The rules that apply to an operation. */
export function rulesFor(operation: string): readonly Rule[] {
  let rules = byOperation.get(operation);
  if (!rules) {
    rules = RULES.filter((rule) => rule.operations.includes(operation));
    byOperation.set(operation, rules);
  }
  return rules;
}
