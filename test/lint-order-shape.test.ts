import { describe, expect, it } from 'vitest';
import { applyEdits, checkBody, firstApiError, lint } from '../lint';

const ORDER = { operation: 'POST /orders' };

// bundle_id plus two custom-sizing keys: the range is the `bundle_id` key, the field the API names.
const conflicting = `{
  "bundle_id": "bun_1",
  "google_licenses": 4,
  "google_inboxes_per_domain": 2,
  "user": "client@example.com",
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"},
  "domains": ["acme-mail.com", "team-acme.com"],
  "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]
}
`;

describe('order_shape_conflict: bundle_id mixed with custom sizing', () => {
  it('reports one error, in the API vocabulary, on the `bundle_id` key, with both fixes', () => {
    expect(lint(conflicting, ORDER)).toEqual({
      operation: 'POST /orders',
      diagnostics: [
        {
          range: {
            start: { line: 1, character: 2, offset: 4 },
            end: { line: 1, character: 13, offset: 15 },
          },
          severity: 'error',
          code: 'order_shape_conflict',
          field: 'bundle_id',
          message:
            '`bundle_id` cannot be combined with custom sizing (`google_licenses`, `google_inboxes_per_domain`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.',
          fixIds: ['fix-1', 'fix-2'],
        },
      ],
      fixes: [
        {
          id: 'fix-1',
          title: 'Keep the bundle: remove `google_licenses`, `google_inboxes_per_domain`',
          diagnosticCode: 'order_shape_conflict',
          edits: [{ offset: 25, length: 58, newText: '' }],
          safe: false,
          preferred: true,
        },
        {
          id: 'fix-2',
          title: 'Keep the custom sizing: remove `bundle_id`',
          diagnosticCode: 'order_shape_conflict',
          edits: [{ offset: 1, length: 24, newText: '' }],
          safe: false,
        },
      ],
    });
    expect(conflicting.slice(4, 15)).toBe('"bundle_id"');
  });

  it('covers only `bundle_id`, not the fields between custom-sizing keys far apart', () => {
    const text = `{
  "google_licenses": 4,
  "user": "client@example.com",
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "x"},
  "domains": ["a.com", "b.com", "c.com"],
  "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}],
  "bundle_id": "bun_1",
  "microsoft_licenses": 1
}`;
    const conflicts = lint(text, ORDER).diagnostics.filter((d) => d.code === 'order_shape_conflict');
    expect(
      conflicts.map((d) => [d.range.start.line, text.slice(d.range.start.offset, d.range.end.offset)]),
    ).toEqual([[6, '"bundle_id"']]);
  });

  it('offers fixes that each leave a valid order', () => {
    const { fixes } = lint(conflicting, ORDER);
    const keepBundle = applyEdits(conflicting, fixes[0]!.edits);
    const keepCustom = applyEdits(conflicting, fixes[1]!.edits);
    expect(keepBundle).toBe(`{
  "bundle_id": "bun_1",
  "user": "client@example.com",
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"},
  "domains": ["acme-mail.com", "team-acme.com"],
  "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]
}
`);
    expect(lint(keepBundle, ORDER).diagnostics.map((d) => d.code)).toEqual(['bundle_plan_unknown']);
    expect(lint(keepCustom, ORDER).diagnostics).toEqual([]);
  });

  it('is the error the API would answer, with status 400 and field bundle_id', () => {
    const body = JSON.parse(conflicting);
    expect(firstApiError('POST /orders', body)).toEqual({
      status: 400,
      code: 'order_shape_conflict',
      field: 'bundle_id',
      message:
        '`bundle_id` cannot be combined with custom sizing (`google_licenses`, `google_inboxes_per_domain`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.',
    });
    // One violation, not one per conflicting key nor a duplicate from the schema's if/then.
    expect(checkBody('POST /orders', body).filter((v) => v.code === 'order_shape_conflict')).toHaveLength(1);
  });

  it('also covers microsoft_licenses alone, whatever the key order', () => {
    const body = {
      ...JSON.parse(conflicting),
      google_licenses: undefined,
      google_inboxes_per_domain: undefined,
    };
    const reordered = { microsoft_licenses: 2, ...JSON.parse(JSON.stringify(body)) };
    expect(checkBody('POST /orders', reordered)).toEqual([
      {
        code: 'order_shape_conflict',
        severity: 'error',
        field: 'bundle_id',
        path: ['bundle_id'],
        message:
          '`bundle_id` cannot be combined with custom sizing (`microsoft_licenses`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.',
      },
    ]);
  });

  it('says nothing about shape for a bundle-only or a custom-only order', () => {
    const body = JSON.parse(conflicting);
    const { google_licenses: _g, google_inboxes_per_domain: _d, ...bundleOnly } = body;
    const { bundle_id: _b, ...customOnly } = body;
    expect(checkBody('POST /orders', bundleOnly).map((v) => v.code)).toEqual(['bundle_plan_unknown']);
    expect(checkBody('POST /orders', customOnly)).toEqual([]);
  });
});
