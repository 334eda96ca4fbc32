/**
 * Request bodies are checked by the shared lint engine — one implementation for the linter,
 * the language server and this emulator. This adapter turns its verdict into an API error.
 */
import { normalizeDomain as lintNormalizeDomain } from '../lint/domains';

/** A non-blocking finding on a body (a warning the API would not reject for). */
export interface BodyWarning {
  code: string;
  field?: string;
}

/** A body that passed validation: migrated to the current shape, with the engine's warnings. */
export interface CheckedBody {
  body: unknown;
  warnings: BodyWarning[];
}

/** The comparable form of a domain name (the lint engine's normalization). */
export const normalizeDomain: (name: string) => string = lintNormalizeDomain;

/** Validates `body` for `operationKey`; throws the API error the real service would answer. */
export function checkRequestBody(_operationKey: string, body: unknown): CheckedBody {
  // Wired to the lint engine's checkBody/firstApiError/migrateLegacyOrder once lint/index.ts lands.
  return { body, warnings: [] };
}
