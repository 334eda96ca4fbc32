/**
 * Request bodies are checked by the shared lint engine — one implementation for the linter,
 * the language server and this emulator — and older `POST /orders` and `POST /swaps/user_names`
 * shapes are migrated by it.
 * This adapter only turns the engine's verdict into the API error the emulator answers with.
 */

import {
  checkBody,
  describeNonRootName,
  describeUnregistrableName,
  firstApiError,
  type HashedNames,
  isRootDomain as lintIsRootDomain,
  normalizeDomain as lintNormalizeDomain,
  normalizeDomainsHashed as lintNormalizeDomainsHashed,
  migrateLegacyPersonasBody,
} from '../lint';
import type { ErrorCode } from '../schemas';
import { ApiError, invalidRequest } from './errors';

/** A non-blocking finding on a body (the API accepts it, but something will happen later). */
export interface BodyWarning {
  code: string;
  field?: string;
  /** The finding's `details.reason`, when it has one (e.g. a profile picture's `not_https`). */
  reason?: string;
}

/** A body that passed validation: migrated to the current shape, with the engine's warnings. */
export interface CheckedBody {
  body: unknown;
  warnings: BodyWarning[];
}

/** The comparable form of a domain name (the lint engine's normalization). */
export const normalizeDomain: (name: string) => string = lintNormalizeDomain;

/**
 * True for a registrable (root) domain (`acme.com`, `acme.co.uk`), false for a subdomain or a bare
 * public suffix: the lint engine's test, so imports (`not_root_domain`), availability (`reason:
 * "invalid"`), new domains of orders and swaps, and the linter's warnings draw the line in one place.
 */
export const isRootDomain: (name: string) => boolean = lintIsRootDomain;

/**
 * The names of body field `key` that the lint engine's `not_root_domain` warnings found not to be
 * root domains: their entry indexes in a list (`domains[3]`, `domains[3].domain` → 3), or -1 for a
 * single-name field (`replacement_domain`). `undefined` when there are none, as for nearly every
 * body: the caller then spends nothing per domain.
 */
export function nonRootNames(warnings: readonly BodyWarning[], key: string): Set<number> | undefined {
  let found: Set<number> | undefined;
  for (const { code, field } of warnings) {
    if (code !== 'not_root_domain' || field === undefined || !field.startsWith(key)) continue;
    const entry = /^\[(\d+)\]/.exec(field.slice(key.length));
    if (field !== key && entry === null) continue;
    found ??= new Set();
    found.add(entry === null ? -1 : Number(entry[1]));
  }
  return found;
}

/**
 * The `400 invalid_request` for a new domain an order or swap would register though it is not a
 * root domain (see {@link nonRootNames}): a subdomain (the message names its root) or a bare public
 * suffix, in the lint engine's words.
 */
export function nonRootDomainError(name: string, field: string): ApiError {
  const problem = describeNonRootName(name);
  return invalidRequest(`\`${field}\` "${name}" ${problem?.message ?? 'is not a root domain.'}`, field);
}

/**
 * True when an availability check answers `reason: "invalid"` for `candidate` (as sent): not a
 * valid domain name, or a subdomain — exactly what the linter's `availability_invalid` warns about.
 */
export function isUnregistrable(candidate: string): boolean {
  return describeUnregistrableName(candidate) !== undefined;
}

/**
 * The comparable form of each name of a body {@link checkRequestBody} has just accepted, with its
 * name-index hash (taken from the validator's record where it can be: see the lint engine).
 */
export const normalizeDomainsHashed: (names: readonly string[]) => HashedNames = lintNormalizeDomainsHashed;

/** Validates `body` for `operationKey`; throws the API error the real service would answer. */
export function checkRequestBody(operationKey: string, body: unknown): CheckedBody {
  const violations = checkBody(operationKey, body);
  if (violations.some((violation) => violation.severity === 'error')) {
    const error = firstApiError(operationKey, body);
    if (error !== null) {
      throw new ApiError(error.code as ErrorCode, error.message, {
        ...(error.field === undefined ? {} : { field: error.field }),
        ...(error.details === undefined ? {} : { details: error.details }),
      });
    }
  }
  const warnings: BodyWarning[] = [];
  for (const violation of violations) {
    if (violation.severity === 'warning') {
      const reason = violation.details?.reason;
      warnings.push({
        code: violation.code,
        ...(violation.field === undefined ? {} : { field: violation.field }),
        ...(typeof reason === 'string' ? { reason } : {}),
      });
    }
  }
  // Older bodies (`users` without pictures, the `user` object…) are handled in the current shape.
  return { body: migrateLegacyPersonasBody(operationKey, body), warnings };
}
