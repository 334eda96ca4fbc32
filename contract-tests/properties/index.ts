/**
 * Every contract property, in report order (grouped as {@link CONTRACT_GROUPS}).
 *
 * @packageDocumentation
 */
import { CONTRACT_GROUPS, type ContractProperty } from '../property';
import { authProperties } from './auth';
import { dedupeProperties } from './dedupe';
import { errorProperties } from './errors';
import { lifecycleProperties } from './lifecycle';
import { paginationProperties } from './pagination';
import { rateLimitProperties } from './rate-limit';
import { requestIdProperties } from './request-ids';
import { webhookProperties } from './webhooks';

const unordered: readonly ContractProperty[] = [
  ...requestIdProperties,
  ...errorProperties,
  ...authProperties,
  ...dedupeProperties,
  ...paginationProperties,
  ...rateLimitProperties,
  ...lifecycleProperties,
  ...webhookProperties,
];

/** The whole suite, ordered by group as in {@link CONTRACT_GROUPS}. */
export const CONTRACT_PROPERTIES: readonly ContractProperty[] = CONTRACT_GROUPS.flatMap(({ group }) =>
  unordered.filter((property) => property.group === group),
);
