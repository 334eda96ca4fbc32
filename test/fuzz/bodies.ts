/**
 * Bodies of the main operations built from parts that draw quick fixes — names with capitals,
 * trailing dots, spaces, a scheme or a path, repeats; half-set percents; the older shapes; bare
 * forwarding hosts; misspelt and unknown keys — written pretty or minified, with or without JSONC
 * comments and trailing commas, as plain bodies or request files. For the property that applying
 * every safe fix never adds an error (test/fuzz/properties.ts).
 */
import fc from 'fast-check';
import type { LintTarget } from '../../lint';

const NAMES = [
  'acme.com',
  'Acme.com',
  'acme.com.',
  ' acme.com',
  'ACME.COM ',
  'https://acme.com/x',
  'http://acme.com',
  'team-acme.com',
  'Team-Acme.com.',
  'https://team-acme.com',
  'bücher.de',
  'xn--bcher-kva.de',
  'mail.acme.com',
  'acme .com',
  'sam@acme.com',
  'dom_01HZX0D01A2B3C4D5E6F7G8H',
];

const name = fc.constantFrom(...NAMES);
const names = fc.array(name, { minLength: 1, maxLength: 6 });
const sequencer = {
  provider: 'smartlead',
  client_id: 366903,
  login_email: 'ops@acme.com',
  login_password: 'pw',
};
const persona = fc.record({
  first_name: fc.constantFrom('Sam', 'Alex'),
  last_name: fc.constantFrom('Lee', 'Doe'),
  profile_picture_url: fc.constantFrom('', 'https://cdn.acme.com/p.jpg', 'http://localhost/p.jpg'),
});
/** Optional keys: each present or not. */
const some = <T extends Record<string, fc.Arbitrary<unknown>>>(parts: T) =>
  fc.record(parts, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;

const order = fc
  .tuple(
    some({
      user: fc.constantFrom('client@example.com', { email: 'client@example.com' }, 'bob'),
      user_id: fc.constant('usr_01HZX0C6Z3K4M5N6P7Q8R9S0'),
      bundle_id: fc.constant('bun_01HZX0BU1A2B3C4D5E6F7G8H'),
      google_licenses: fc.constantFrom(2, 4, 6),
      microsoft_licenses: fc.constantFrom(0, 1, 2),
      google_inboxes_per_domain: fc.constantFrom(2, 3),
      sequencer: fc.constant(sequencer),
      personas: fc.array(persona, { maxLength: 2 }),
      users: fc.array(persona, { maxLength: 2 }),
      forwarding_url: fc.constantFrom('https://acme.com', 'acme.com', 'http://10.0.0.1'),
      forwading_url: fc.constant('https://acme.com'),
    }),
    fc.array(
      fc.oneof(
        name,
        name.map((domain) => ({ domain, forwarding_url: 'https://acme.com' })),
      ),
      { maxLength: 6 },
    ),
    fc.boolean(),
  )
  // Often custom-sized to fit its domains exactly (one Microsoft license each), so that a fix
  // changing the domain count would show as a new domain_count_mismatch.
  .map(([{ bundle_id, ...body }, domains, fitted]) =>
    fitted
      ? { ...body, microsoft_licenses: domains.length, google_licenses: 0, domains }
      : { ...body, ...(bundle_id === undefined ? {} : { bundle_id }), domains },
  );

const bundle = some({
  name: fc.constant('Growth'),
  monthly_sending_volume: fc.constantFrom(1, 25000),
  google_percent: fc.constantFrom(0, 30, 70, 100, null),
  microsoft_percent: fc.constantFrom(0, 30, 70, 100, null),
  send_on_weekends: fc.boolean(),
  customer_price_cents: fc.constant(100),
});

/** [operation, body] pairs. */
const operationBody: fc.Arbitrary<[string, unknown]> = fc.oneof(
  order.map((body) => ['POST /orders', body] as [string, unknown]),
  bundle.map((body) => ['POST /bundles', body] as [string, unknown]),
  fc
    .tuple(
      fc.constantFrom('POST /domains/availability', 'POST /domains/import', 'POST /domains/import/jobs'),
      names,
      some({ domians: fc.constant(['acme.com']) }),
    )
    .map(([operation, domains, extra]) => [operation, { domains, ...extra }] as [string, unknown]),
  fc
    .tuple(names, fc.constantFrom('https://acme.com', 'acme.com', 'http://localhost:8080'))
    .map(
      ([domains, forwarding_url]) =>
        ['POST /domains/forwarding', { domains, forwarding_url }] as [string, unknown],
    ),
  fc
    .tuple(fc.option(names, { nil: undefined }), fc.constantFrom(undefined, 'order', 'domains'))
    .map(
      ([domains, scope]) =>
        ['POST /orders/{id}/cancel', { ...(domains ? { domains } : {}), ...(scope ? { scope } : {}) }] as [
          string,
          unknown,
        ],
    ),
  fc
    .tuple(fc.constantFrom('standard', 'premium', 'Standard'), name)
    .map(
      ([type, replacement_domain]) =>
        ['POST /swaps', { type, domain_id: 'dom_01HZX0D01A2B3C4D5E6F7G8H', replacement_domain }] as [
          string,
          unknown,
        ],
    ),
);

/** A JSON text with JSONC added: a comment after some `,` and a trailing comma before some `]`/`}`. */
function withJsonc(json: string, comment: boolean, trailing: boolean): string {
  let out = json;
  if (comment) out = out.replace(',', ', /* note */');
  if (trailing) out = out.replace(/([^[{\s])(\s*)([\]}])/, '$1,$2$3');
  return out;
}

/** A document drawing quick fixes, and how to lint it. */
export const fixableDocumentArbitrary: fc.Arbitrary<{ text: string; target: LintTarget }> = fc
  .tuple(operationBody, fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([[operation, body], requestFile, pretty, comment, trailing]) => {
    const value = requestFile
      ? {
          request: operation,
          ...(operation.includes('{id}') ? { path: { id: 'ord_01HZX0OR1A2B3C4D5E6F7G8H' } } : {}),
          body,
        }
      : body;
    const json = JSON.stringify(value, null, pretty ? 2 : undefined);
    const target: LintTarget = requestFile ? { kind: 'request-file' } : { operation };
    return { text: withJsonc(json, comment, trailing), target };
  });
