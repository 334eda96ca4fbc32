/**
 * The benchmark's documents, shared by bench/lint.ts, the lint tests and the fuzz suite:
 * a clean custom order with 200 domains and 10 personas, and the same order with 20 mistakes.
 */

/** A valid custom order: 300 Google licenses at 2 per domain (150 domains) + 50 Microsoft (50 domains). */
export function cleanOrder(): Record<string, unknown> {
  // 300 Google licenses at 2 per domain → 150 domains, + 50 Microsoft licenses → 200 domains.
  return {
    user: 'client@example.com',
    google_licenses: 300,
    microsoft_licenses: 50,
    google_inboxes_per_domain: 2,
    sequencer: {
      provider: 'smartlead',
      client_id: 366903,
      login_email: 'ops@acme.com',
      login_password: 's3cret-Passw0rd',
    },
    domains: Array.from({ length: 200 }, (_, i) =>
      i % 10 === 0
        ? { domain: `acme-mail-${i}.com`, forwarding_url: `https://acme.com/from/${i}` }
        : `acme-mail-${i}.com`,
    ),
    personas: Array.from({ length: 10 }, (_, i) => ({
      first_name: `Sam${String.fromCharCode(97 + i)}`,
      last_name: 'Lee',
      profile_picture_url: `https://cdn.acme.com/people/${i}.jpg`,
    })),
    forwarding_url: 'https://acme.com',
  };
}

/** The clean order with 20 mistakes, each a separate problem at a separate place. */
export function faultyOrder(): Record<string, unknown> {
  const order = cleanOrder();
  const domains = order.domains as unknown[];
  const personas = order.personas as Record<string, unknown>[];
  const sequencer = order.sequencer as Record<string, unknown>;
  // 1–8: invalid domain names.
  [
    'not a domain',
    'acme_mail.com',
    '-acme.com',
    'acme',
    'acme..com',
    'acme.c0m',
    'ac!me.com',
    'acme.com/path',
  ].forEach((name, k) => {
    domains[1 + k * 20] = name;
  });
  // 9–12: per-domain forwarding URLs that are not http(s).
  [10, 50, 90, 130].forEach((i) => {
    domains[i] = { domain: `acme-mail-${i}.com`, forwarding_url: `ftp://acme.com/${i}` };
  });
  order.unknown_field = true; // 13
  order.google_inboxes_per_domain = 4; // 14
  sequencer.client_id = 'abc'; // 15
  sequencer.login_email = 'ops-at-acme.com'; // 16
  delete personas[3]!.last_name; // 17
  personas[5]!.first_name = ''; // 18
  order.user = 42; // 19
  domains[199] = 7; // 20
  return order;
}

/** Fields the 20 mistakes of {@link faultyOrder} are reported on, in document order. */
export const FAULTY_ORDER_FIELDS = [
  'user',
  'google_inboxes_per_domain',
  'sequencer.client_id',
  'sequencer.login_email',
  'domains[1]',
  'domains[10].forwarding_url',
  'domains[21]',
  'domains[41]',
  'domains[50].forwarding_url',
  'domains[61]',
  'domains[81]',
  'domains[90].forwarding_url',
  'domains[101]',
  'domains[121]',
  'domains[130].forwarding_url',
  'domains[141]',
  'domains[199]',
  'personas[3].last_name',
  'personas[5].first_name',
  'unknown_field',
];
