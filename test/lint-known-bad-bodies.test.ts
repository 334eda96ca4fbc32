import { describe, expect, it } from 'vitest';
import { checkBody, firstApiError, lint } from '../lint';
import { knownBadBodies, validBundleOrder, validCustomOrder } from './fixtures/known-bad-bodies';

const decidable = knownBadBodies.filter((entry) => entry.decidedBy !== 'server');
const serverOnly = knownBadBodies.filter((entry) => entry.decidedBy === 'server');

describe('the known-bad bodies table', () => {
  it.each(decidable.map((entry) => [entry.name, entry] as const))(
    'firstApiError reports %s with the API code, field and details',
    (_name, entry) => {
      const error = firstApiError(entry.operation, entry.body);
      expect(error).not.toBeNull();
      expect(error!.code).toBe(entry.expectedCode);
      expect(error!.field).toBe(entry.expectedField);
      if (entry.expectedDetails) expect(error!.details).toEqual(entry.expectedDetails);
      expect(error!.status).toBe(400);
    },
  );

  it.each(decidable.map((entry) => [entry.name, entry] as const))(
    'lint reports %s once, on the same field',
    (_name, entry) => {
      const result = lint(JSON.stringify(entry.body, null, 2), { operation: entry.operation });
      const matching = result.diagnostics.filter(
        (d) => d.severity === 'error' && d.code === entry.expectedCode && d.field === entry.expectedField,
      );
      expect(matching).toHaveLength(1);
    },
  );

  it.each(serverOnly.map((entry) => [entry.name, entry] as const))(
    'has no offline error for %s (only the server can decide)',
    (_name, entry) => {
      expect(checkBody(entry.operation, entry.body).filter((v) => v.severity === 'error')).toEqual([]);
    },
  );

  it('accepts the valid custom order as is', () => {
    expect(checkBody('POST /orders', validCustomOrder)).toEqual([]);
  });

  it('accepts the valid bundle order, saying its plan is checked by the server', () => {
    expect(checkBody('POST /orders', validBundleOrder)).toEqual([
      {
        code: 'bundle_plan_unknown',
        severity: 'info',
        field: 'domains',
        path: ['domains'],
        message:
          "2 domains sent for bundle `bun_01HZX0BU1A2B3C4D5E6F7G8H`. Whether that matches the bundle's plan can only be checked by the server: it must equal `required_domains.total` from GET /bundles/bun_01HZX0BU1A2B3C4D5E6F7G8H, otherwise the API answers `domain_count_mismatch`.",
        details: { submitted_count: 2 },
      },
    ]);
  });
});
