/**
 * Request bodies are checked by the shared lint engine — one implementation for the linter,
 * the language server and this emulator — and older `POST /orders` and `POST /swaps/user_names`
 * shapes are migrated by it.
 * This adapter only turns the engine's verdict into the API error the emulator answers with.
 */

import {
  checkBody,
  describeUnregistrableName,
  firstApiError,
  type HashedNames,
  isRootDomain as lintIsRootDomain,
  normalizeDomain as lintNormalizeDomain,
  normalizeDomainsHashed as lintNormalizeDomainsHashed,
  migrateLegacyPersonasBody,
} from '../lint';
import type { ErrorCode } from '../schemas';
import { ApiError } from './errors';

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
 * True for a registrable (root) domain (`acme.com`, `acme.co.uk`), false for a subdomain: the lint
 * engine's test, so imports (`not_root_domain`), availability (`reason: "invalid"`) and the
 * linter's warnings about both draw the line in the same place.
 */
export const isRootDomain: (name: string) => boolean = lintIsRootDomain;

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
