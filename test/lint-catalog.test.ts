import { describe, expect, it } from 'vitest';
import { type LintTarget, lint, lintRuleCatalog } from '../lint';
import { analyzeBody } from '../lint/analyze';
import { RULES } from '../lint/rules';
import { catalog } from '../schemas';

const sequencer = { provider: 'smartlead', client_id: 1, login_email: 'ops@acme.com', login_password: 'pw' };
const persona = { first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' };
const order = (extra: Record<string, unknown> = {}) => ({
  user: 'client@example.com',
  google_licenses: 4,
  sequencer,
  domains: ['acme-mail.com', 'team-acme.com'],
  personas: [persona],
  ...extra,
});

/** For every semantic rule: a body it must flag and a close one it must not. */
const SEMANTIC_EXAMPLES: Record<string, { operation: string; positive: unknown; negative: unknown }> = {
  'order-shape-conflict': {
    operation: 'POST /orders',
    positive: order({ bundle_id: 'bun_1' }),
    negative: order(),
  },
  'empty-custom-sizing': {
    operation: 'POST /orders',
    positive: order({ google_licenses: 0 }),
    negative: order({ google_licenses: 0, microsoft_licenses: 2 }),
  },
  'domain-count-mismatch': {
    operation: 'POST /orders',
    positive: order({ google_licenses: 6 }),
    negative: order(),
  },
  'premium-swap-limits': {
    operation: 'POST /swaps',
    positive: { type: 'premium', domain_id: 'dom_1', replacement_domain: 'fresh-mail.com' },
    negative: { type: 'standard', domain_id: 'dom_1', replacement_domain: 'fresh-mail.com' },
  },
  'bundle-plan-unknown': {
    operation: 'POST /orders',
    positive: { ...order({ bundle_id: 'bun_1' }), google_licenses: undefined },
    negative: order(),
  },
  'user-reference': {
    operation: 'POST /orders',
    positive: order({ user: 'bob' }),
    negative: order({ user: 'usr_1' }),
  },
  'deprecated-shape': {
    operation: 'POST /orders',
    positive: order({ user: { email: 'a@b.co' } }),
    negative: order(),
  },
  'invalid-domain-name': {
    operation: 'POST /orders',
    positive: order({ domains: ['acme-mail.com', 'team acme.com'] }),
    negative: order({ domains: ['acme-mail.com', 'team-acme.com'] }),
  },
  'availability-invalid-domain': {
    operation: 'POST /domains/availability',
    positive: { domains: ['acme-mail.com', 'mail.acme-mail.com'] },
    negative: { domains: ['acme-mail.com', 'acme-mail.co.uk'] },
  },
  'domain-not-normalized': {
    operation: 'POST /domains/availability',
    positive: { domains: ['Acme.com'] },
    negative: { domains: ['acme.com'] },
  },
  'duplicate-order-domains': {
    operation: 'POST /orders',
    positive: order({ domains: ['acme-mail.com', 'acme-mail.com.'] }),
    negative: order(),
  },
  'duplicate-domains': {
    operation: 'POST /domains/import/jobs',
    positive: { domains: ['acme.com', 'acme.com'] },
    negative: { domains: ['acme.com', 'acme.net'] },
  },
  'import-root-domain': {
    operation: 'POST /domains/import',
    positive: { domains: ['mail.acme.com'] },
    negative: { domains: ['acme.com'] },
  },
  'personas-limit': {
    operation: 'POST /orders',
    positive: order({
      personas: Array.from({ length: 11 }, (_, i) => ({ ...persona, first_name: `S${i}` })),
    }),
    negative: order({
      personas: Array.from({ length: 10 }, (_, i) => ({ ...persona, first_name: `S${i}` })),
    }),
  },
  'duplicate-persona': {
    operation: 'POST /orders',
    positive: order({ personas: [persona, persona] }),
    negative: order(),
  },
  'profile-picture-not-accessible': {
    operation: 'POST /orders',
    positive: order({ personas: [{ ...persona, profile_picture_url: 'http://localhost/a.jpg' }] }),
    negative: order({ personas: [{ ...persona, profile_picture_url: 'https://cdn.acme.com/a.jpg' }] }),
  },
  'forwarding-url': {
    operation: 'POST /domains/forwarding',
    positive: { domains: ['acme.com'], forwarding_url: 'ftp://acme.com' },
    negative: { domains: ['acme.com'], forwarding_url: 'https://acme.com' },
  },
  'forwarding-target-not-public': {
    operation: 'POST /domains/forwarding',
    positive: { domains: ['acme.com'], forwarding_url: 'http://127.0.0.1:8080' },
    negative: { domains: ['acme.com'], forwarding_url: 'https://acme.com' },
  },
  'bundle-percents': {
    operation: 'POST /bundles',
    positive: { name: 'B', monthly_sending_volume: 1, google_percent: 50, microsoft_percent: 40 },
    negative: { name: 'B', monthly_sending_volume: 1, google_percent: 60, microsoft_percent: 40 },
  },
};

/** For every engine rule: a document it must flag (by code) and a close one it must not. */
const ENGINE_EXAMPLES: Record<string, { target: LintTarget; positive: string; negative: string }> = {
  'json-syntax': {
    target: { operation: 'POST /domains/availability' },
    positive: '{"domains": [}',
    negative: '{"domains": ["a.com"]}',
  },
  'jsonc-not-allowed': {
    target: { operation: 'POST /domains/availability' },
    positive: '{"domains": ["a.com",]}',
    negative: '{"domains": ["a.com"]}',
  },
  'duplicate-key': {
    target: { operation: 'POST /domains/availability' },
    positive: '{"domains": ["a.com"], "domains": ["b.com"]}',
    negative: '{"domains": ["a.com", "b.com"]}',
  },
  schema: {
    target: { operation: 'POST /domains/availability' },
    positive: '{"domains": []}',
    negative: '{"domains": ["a.com"]}',
  },
  'payload-too-large': {
    target: { operation: 'POST /domains/availability' },
    positive: JSON.stringify({ domains: ['a.com'], pad: 'x'.repeat(1_100_000) }),
    negative: JSON.stringify({ domains: ['a.com'], pad: 'x'.repeat(1_000) }),
  },
  'request-file': {
    target: { kind: 'request-file' },
    positive: '{"request": "GET /orders/{id}"}',
    negative: '{"request": "GET /orders"}',
  },
  'operation-unknown': {
    target: { kind: 'auto', fileName: 'a.json' },
    positive: '{}',
    negative: '{"request": "GET /me"}',
  },
  'unknown-schema-id': {
    target: { kind: 'auto', fileName: 'a.json' },
    positive: '{"$schema": "https://peeker-devkit.dev/schemas/v1/create-orders-request.json"}',
    negative: '{"$schema": "https://peeker-devkit.dev/schemas/v1/create-order-request.json"}',
  },
  'schema-id-mismatch': {
    target: { operation: 'POST /domains/availability' },
    positive:
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/create-order-request.json", "domains": ["a.com"]}',
    negative:
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json", "domains": ["a.com"]}',
  },
  'schema-key-in-body': {
    target: { operation: 'POST /domains/availability' },
    positive:
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json", "domains": ["a.com"]}',
    negative:
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/request-file.json", "request": "POST /domains/availability", "body": {"domains": ["a.com"]}}',
  },
  'unknown-operation': { target: { operation: 'GET /nothing' }, positive: '{}', negative: '{}' },
  'body-not-expected': { target: { operation: 'GET /orders' }, positive: '{}', negative: '{}' },
};
// Negatives that need a different target than their positive.
const ENGINE_NEGATIVE_TARGETS: Record<string, LintTarget> = {
  'unknown-operation': { operation: 'POST /domains/import/jobs' },
  'body-not-expected': { operation: 'PATCH /users/{id}' },
  // A request file's own "$schema" is not sent.
  'schema-key-in-body': { kind: 'auto', fileName: 'check.peeker.json' },
};
/** The safety net for a crashing rule cannot be triggered by a document (that is the point). */
const UNTRIGGERABLE = new Set(['internal']);

describe('lintRuleCatalog', () => {
  it('lists each rule once, with a snake_case code, one-line description and docs', () => {
    const ids = lintRuleCatalog.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of lintRuleCatalog) {
      expect([rule.id, /^[a-z][a-z0-9-]*$/.test(rule.id), /^[a-z][a-z0-9_]*$/.test(rule.code)]).toEqual([
        rule.id,
        true,
        true,
      ]);
      expect(rule.description).not.toMatch(/\n/);
      expect(rule.docs.length).toBeGreaterThan(40);
      expect(rule.lintOnly).toBe(!(rule.code in catalog.errorCodes));
    }
  });

  it('uses the API’s codes for errors the API would return, and lint-only codes otherwise', () => {
    const byCode = Object.fromEntries(lintRuleCatalog.map((r) => [r.code, r.lintOnly]));
    expect(byCode).toMatchObject({
      invalid_request: false,
      order_shape_conflict: false,
      domain_count_mismatch: false,
      payload_too_large: false,
      deprecated_field: true,
      jsonc_not_allowed: true,
      duplicate_key: true,
      unknown_schema_id: true,
      schema_id_mismatch: true,
      schema_key_in_body: true,
      bundle_plan_unknown: true,
      premium_swap_limits: true,
      profile_picture_not_accessible: true,
    });
  });

  it('names only operations of the contract', () => {
    const keys = new Set(catalog.operations.map((o) => o.key));
    for (const rule of RULES)
      for (const operation of rule.operations)
        expect([rule.id, keys.has(operation)]).toEqual([rule.id, true]);
  });

  it('has a positive and a negative example for every rule', () => {
    const covered = new Set([
      ...Object.keys(SEMANTIC_EXAMPLES),
      ...Object.keys(ENGINE_EXAMPLES),
      ...UNTRIGGERABLE,
    ]);
    expect(lintRuleCatalog.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(Object.entries(SEMANTIC_EXAMPLES))(
    '%s flags its positive example and not its negative one',
    (id, example) => {
      const ruleIds = (body: unknown) =>
        analyzeBody(example.operation, JSON.parse(JSON.stringify(body)))!.findings.map((f) => f.ruleId);
      expect(ruleIds(example.positive)).toContain(id);
      expect(ruleIds(example.negative)).not.toContain(id);
    },
  );

  it.each(Object.entries(ENGINE_EXAMPLES))(
    '%s flags its positive example and not its negative one',
    (id, example) => {
      const code = lintRuleCatalog.find((r) => r.id === id)!.code;
      expect(lint(example.positive, example.target).diagnostics.map((d) => d.code)).toContain(code);
      const negativeTarget = ENGINE_NEGATIVE_TARGETS[id] ?? example.target;
      expect(lint(example.negative, negativeTarget).diagnostics.map((d) => d.code)).not.toContain(code);
    },
  );
});
