import { describe, expect, it } from 'vitest';
import { applyEdits, checkBody, lint } from '../lint';

const bundle = (extra: Record<string, unknown>) => ({
  name: 'Growth',
  monthly_sending_volume: 100000,
  ...extra,
});

describe('bundle percents', () => {
  it('rejects percents that do not add up to 100, on google_percent, with a fix for microsoft_percent', () => {
    const text = JSON.stringify(bundle({ google_percent: 60, microsoft_percent: 30 }));
    const result = lint(text, { operation: 'POST /bundles' });
    expect(result.diagnostics).toEqual([
      {
        range: {
          start: { line: 0, character: 49, offset: 49 },
          end: { line: 0, character: 68, offset: 68 },
        },
        severity: 'error',
        code: 'invalid_request',
        field: 'google_percent',
        message: '`google_percent` (60) and `microsoft_percent` (30) add up to 90; they must add up to 100.',
        details: { sum: 90 },
        fixIds: ['fix-1'],
      },
    ]);
    expect(text.slice(49, 68)).toBe('"google_percent":60');
    expect(JSON.parse(applyEdits(text, result.fixes[0]!.edits))).toEqual(
      bundle({ google_percent: 60, microsoft_percent: 40 }),
    );
  });

  it('rejects one null and one number, naming the null one', () => {
    expect(checkBody('PATCH /bundles/{id}', { google_percent: 70, microsoft_percent: null })).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'microsoft_percent',
        path: ['microsoft_percent'],
        message:
          'Set both percents (summing to 100), or both to null for the recommended split; one null and one number is not a split.',
      },
    ]);
  });

  it('leaves a missing partner to the schema (dependentRequired), naming the missing field', () => {
    expect(checkBody('POST /bundles', bundle({ google_percent: 70 }))).toEqual([
      {
        code: 'invalid_request',
        severity: 'error',
        field: 'microsoft_percent',
        path: ['google_percent'],
        message: '`google_percent` must be sent together with `microsoft_percent`.',
      },
    ]);
  });

  it.each([
    [{ google_percent: 70, microsoft_percent: 30 }],
    [{ google_percent: 0, microsoft_percent: 100 }],
    [{ google_percent: null, microsoft_percent: null }],
    [{}],
  ])('accepts %j', (percents) => {
    expect(checkBody('POST /bundles', bundle(percents))).toEqual([]);
  });
});
