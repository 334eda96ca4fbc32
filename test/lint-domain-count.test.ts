import { describe, expect, it } from 'vitest';
import { checkBody, firstApiError, lint } from '../lint';
import { requiredDomainCount } from '../lint/rules/domain-count-mismatch';

const sequencer = {
  provider: 'smartlead',
  client_id: 366903,
  login_email: 'ops@acme.com',
  login_password: 'pw',
};
const personas = [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }];
const domains = (n: number) => Array.from({ length: n }, (_, i) => `acme-${i}.com`);
const order = (sizing: Record<string, unknown>, count: number) => ({
  user: 'client@example.com',
  ...sizing,
  sequencer,
  domains: domains(count),
  personas,
});

describe('requiredDomainCount: ceil(google ÷ density) + microsoft', () => {
  it.each([
    [4, 0, 2, 2],
    [5, 0, 2, 3],
    [6, 0, 3, 2],
    [7, 0, 3, 3],
    [0, 3, 2, 3],
    [300, 50, 2, 200],
    [0, 0, 2, 0],
  ])('google %i, microsoft %i, density %i → %i domains', (google, microsoft, density, expected) => {
    expect(requiredDomainCount(google, microsoft, density)).toBe(expected);
  });
});

describe('domain_count_mismatch for custom sizing', () => {
  it('reports too few domains with the API details, on the domains key', () => {
    const text = `{
  "user": "client@example.com",
  "google_licenses": 6,
  "microsoft_licenses": 2,
  "google_inboxes_per_domain": 3,
  "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"},
  "domains": ["acme-mail.com", "team-acme.com", "acme-outreach.com"],
  "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]
}`;
    expect(lint(text, { operation: 'POST /orders' }).diagnostics).toEqual([
      {
        range: {
          start: { line: 6, character: 2, offset: 234 },
          end: { line: 6, character: 11, offset: 243 },
        },
        severity: 'error',
        code: 'domain_count_mismatch',
        field: 'domains',
        message:
          'The custom sizing needs 4 domains (2 Google: 6 google_licenses ÷ 3 inboxes per domain, rounded up; 2 Microsoft: one per microsoft_license) but 3 were sent. Add 1 domain, or lower the license counts.',
        details: { required_count: 4, submitted_count: 3, missing_count: 1 },
      },
    ]);
    expect(text.slice(234, 243)).toBe('"domains"');
  });

  it('reports too many domains with a negative missing_count', () => {
    expect(firstApiError('POST /orders', order({ google_licenses: 4 }, 5))).toEqual({
      status: 400,
      code: 'domain_count_mismatch',
      field: 'domains',
      message:
        'The custom sizing needs 2 domains (2 Google: 4 google_licenses ÷ 2 inboxes per domain, rounded up; 0 Microsoft: one per microsoft_license) but 5 were sent. Remove 3 domains, or raise the license counts.',
      details: { required_count: 2, submitted_count: 5, missing_count: -3 },
    });
  });

  it('uses density 2 when google_inboxes_per_domain is not sent', () => {
    expect(checkBody('POST /orders', order({ google_licenses: 5 }, 3))).toEqual([]);
    expect(firstApiError('POST /orders', order({ google_licenses: 5 }, 2))?.details).toEqual({
      required_count: 3,
      submitted_count: 2,
      missing_count: 1,
    });
  });

  it('counts Microsoft-only orders one domain per license', () => {
    expect(checkBody('POST /orders', order({ microsoft_licenses: 3 }, 3))).toEqual([]);
    expect(firstApiError('POST /orders', order({ microsoft_licenses: 3 }, 1))?.details).toEqual({
      required_count: 3,
      submitted_count: 1,
      missing_count: 2,
    });
  });

  it('reports an empty domains list once, as a mismatch with the count needed', () => {
    const violations = checkBody('POST /orders', order({ google_licenses: 4 }, 0));
    expect(violations.map((v) => [v.code, v.field])).toEqual([['domain_count_mismatch', 'domains']]);
  });

  it('stays silent when sizing is malformed (the schema reports that instead)', () => {
    const violations = checkBody('POST /orders', order({ google_licenses: '4' }, 5));
    expect(violations.map((v) => [v.code, v.field])).toEqual([['invalid_request', 'google_licenses']]);
  });
});

describe('custom sizing with no license: the order has no size', () => {
  const NO_SIZE =
    'Set `google_licenses` (Google inboxes) or `microsoft_licenses` (Microsoft domains) to at least 1, or order a saved bundle with `bundle_id` instead.';

  it('says which fields set a size, instead of asking to remove every domain', () => {
    const text = JSON.stringify(order({ google_licenses: 0 }, 1));
    const [diagnostic, ...others] = lint(text, { operation: 'POST /orders' }).diagnostics;
    expect(others).toEqual([]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      code: 'invalid_request',
      field: 'google_licenses',
      message: `The order has no size: \`google_licenses\` is 0 and \`microsoft_licenses\` is not sent, so it would provision no inbox and need no domain. ${NO_SIZE}`,
    });
    expect(text.slice(diagnostic!.range.start.offset, diagnostic!.range.end.offset)).toBe(
      '"google_licenses"',
    );
  });

  it('names both counts when both are 0, on the first one only, and the Microsoft count when only it is sent', () => {
    const text = JSON.stringify(order({ google_licenses: 0, microsoft_licenses: 0 }, 2));
    const diagnostics = lint(text, { operation: 'POST /orders' }).diagnostics;
    expect(
      diagnostics.map((d) => [
        d.code,
        d.field,
        text.slice(d.range.start.offset, d.range.end.offset),
        d.message,
      ]),
    ).toEqual([
      [
        'invalid_request',
        'google_licenses',
        '"google_licenses"',
        `The order has no size: \`google_licenses\` and \`microsoft_licenses\` are 0, so it would provision no inbox and need no domain. ${NO_SIZE}`,
      ],
    ]);
    expect(
      firstApiError('POST /orders', order({ microsoft_licenses: 0, google_inboxes_per_domain: 3 }, 1)),
    ).toEqual({
      status: 400,
      code: 'invalid_request',
      field: 'microsoft_licenses',
      message: `The order has no size: \`microsoft_licenses\` is 0 and \`google_licenses\` is not sent, so it would provision no inbox and need no domain. ${NO_SIZE}`,
    });
  });

  it('is not reported once one count is at least 1, nor for bundle orders', () => {
    expect(checkBody('POST /orders', order({ google_licenses: 0, microsoft_licenses: 1 }, 1))).toEqual([]);
    expect(
      checkBody('POST /orders', order({ bundle_id: 'bun_1', google_licenses: 0 }, 1)).map((v) => v.code),
    ).toEqual(['order_shape_conflict']);
  });
});

describe('bundle_plan_unknown: a bundle order is only counted by the server', () => {
  it('says so as info, on the domains key, without guessing', () => {
    const text =
      '{"user": "usr_1", "bundle_id": "bun_123", "sequencer": {"provider": "smartlead", "client_id": 1, "login_email": "ops@acme.com", "login_password": "pw"}, "domains": ["acme-mail.com"], "personas": [{"first_name": "Sam", "last_name": "Lee", "profile_picture_url": ""}]}';
    const start = text.indexOf('"domains"');
    expect(lint(text, { operation: 'POST /orders' }).diagnostics).toEqual([
      {
        range: {
          start: { line: 0, character: start, offset: start },
          end: { line: 0, character: start + 9, offset: start + 9 },
        },
        severity: 'info',
        code: 'bundle_plan_unknown',
        field: 'domains',
        message:
          "1 domain sent for bundle `bun_123`. Whether that matches the bundle's plan can only be checked by the server: it must equal `required_domains.total` from GET /bundles/bun_123, otherwise the API answers `domain_count_mismatch`.",
        details: { submitted_count: 1 },
      },
    ]);
    expect(firstApiError('POST /orders', JSON.parse(text))).toBeNull();
  });

  it('is not reported for custom orders nor when bundle and custom sizing conflict', () => {
    expect(checkBody('POST /orders', order({ google_licenses: 4 }, 2))).toEqual([]);
    const codes = checkBody('POST /orders', order({ bundle_id: 'bun_1', google_licenses: 4 }, 2)).map(
      (v) => v.code,
    );
    expect(codes).toEqual(['order_shape_conflict']);
  });
});
