/**
 * fast-check arbitraries for realistic Peeker requests, typed with the generated contract types.
 *
 * Order bodies are generated with readable names (`outreach-acme.com`, `sam.lee@…`) and made
 * unique per run by {@link freshenOrder}, which appends a suite-unique tag to every domain and
 * email domain: the printed counterexample stays readable, and runs never collide with each other
 * or with earlier runs on the same sandbox (`domain_already_in_active_order`). Generated names
 * never contain the emulator's magic words (`needs-ns`, `replace-me`, a `fail-` prefix).
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import { catalog, type components } from '../schemas';

type Schemas = components['schemas'];
/** A persona as `POST /orders` takes it. */
export type Persona = Schemas['Persona'];
/** A domain entry of `POST /orders`: a name, or `{domain, forwarding_url}`. */
export type OrderDomain = Schemas['OrderDomain'];
/** The sequencer routing of `POST /orders`. */
export type OrderSequencer = Schemas['OrderSequencer'];
/** Google inbox density. */
export type Density = Schemas['GoogleInboxesPerDomain'];

/** A custom-sized `POST /orders` body: the shape every generated order has. */
export interface CustomOrderBody {
  user: string;
  google_licenses: number;
  microsoft_licenses: number;
  google_inboxes_per_domain?: Density;
  sequencer: OrderSequencer;
  domains: OrderDomain[];
  personas: Persona[];
  forwarding_url?: string;
}

const COMPANIES = [
  'acme',
  'northwind',
  'globex',
  'initech',
  'umbrella',
  'hooli',
  'wonka',
  'tyrell',
  'vandelay',
  'dunder',
  'contoso',
  'fabrikam',
];
const DOMAIN_WORDS = ['mail', 'team', 'hq', 'sales', 'outreach', 'growth', 'send', 'hello', 'go', 'try'];
const TLDS = ['com', 'net', 'io', 'co'];
const FIRST_NAMES = ['Sam', 'Jane', 'Casey', 'Priya', 'Mateo', 'Aiko', 'Noah', 'Fatima', 'Lars', 'Zoe'];
const LAST_NAMES = ['Lee', 'Doe', 'Garcia', 'Okafor', 'Novak', 'Tanaka', 'Silva', 'Meyer', 'Khan', 'Brown'];

/** Inboxes per Google domain when the body leaves density out (the documented default). */
export const DEFAULT_DENSITY: Density =
  (catalog.enums.GoogleInboxesPerDomain?.[0] as Density | undefined) ?? 2;

/** A realistic registrable domain name such as `outreach-acme.com`. */
export const domainName: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...COMPANIES),
    fc.constantFrom(...DOMAIN_WORDS),
    fc.constantFrom(...TLDS),
    fc.boolean(),
  )
  .map(([company, word, tld, wordFirst]) =>
    wordFirst ? `${word}-${company}.${tld}` : `${company}-${word}.${tld}`,
  );

/** `count` distinct domain names. */
export function distinctDomains(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(domainName, { minLength, maxLength });
}

const company = fc.constantFrom(...COMPANIES);

/** A persona with a public https picture or none (`""`), as the docs show. */
export const persona: fc.Arbitrary<Persona> = fc
  .record({
    first_name: fc.constantFrom(...FIRST_NAMES),
    last_name: fc.constantFrom(...LAST_NAMES),
    picture: fc.option(company, { nil: undefined }),
  })
  .map(({ first_name, last_name, picture }) => ({
    first_name,
    last_name,
    profile_picture_url:
      picture === undefined ? '' : `https://cdn.${picture}.com/team/${first_name.toLowerCase()}.jpg`,
  }));

/** Smartlead routing with a login pair (required for provider submission). */
export const sequencer: fc.Arbitrary<OrderSequencer> = fc
  .record({
    client_id: fc.integer({ min: 1, max: 999_999 }),
    company,
    password: fc.stringMatching(/^[A-Za-z0-9]{10,16}$/),
  })
  .map(({ client_id, company: name, password }) => ({
    provider: 'smartlead' as const,
    client_id,
    login_email: `ops@${name}.com`,
    login_password: password,
  }));

/** A customer email (the newer `user` string form). */
export const customerEmail: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...LAST_NAMES), company)
  .map(([first, last, name]) => `${first.toLowerCase()}.${last.toLowerCase()}@${name}-clients.com`);

/** Custom sizing: license counts and an optional density. At least one license. */
export const customSizing: fc.Arbitrary<{
  google_licenses: number;
  microsoft_licenses: number;
  google_inboxes_per_domain: Density | undefined;
}> = fc
  .record({
    google_licenses: fc.integer({ min: 0, max: 6 }),
    microsoft_licenses: fc.integer({ min: 0, max: 3 }),
    google_inboxes_per_domain: fc.constantFrom<Density | undefined>(undefined, 2, 3),
  })
  .filter((s) => s.google_licenses + s.microsoft_licenses > 0);

/** Domains a custom order must send: ceil(google ÷ density) + microsoft (the contract's count rule). */
export function requiredDomainCount(body: {
  google_licenses?: number;
  microsoft_licenses?: number;
  google_inboxes_per_domain?: number;
}): number {
  const density = body.google_inboxes_per_domain ?? DEFAULT_DENSITY;
  return Math.ceil((body.google_licenses ?? 0) / density) + (body.microsoft_licenses ?? 0);
}

/** A forwarding target. */
export const forwardingUrl: fc.Arbitrary<string> = fc
  .tuple(company, fc.constantFrom('', '/welcome', '/book-a-call'))
  .map(([name, path]) => `https://www.${name}.com${path}`);

/** Builds the domain entries: plain names, some with a per-domain forwarding override. */
function orderDomains(names: string[]): fc.Arbitrary<OrderDomain[]> {
  return fc
    .tuple(...names.map(() => fc.option(forwardingUrl, { nil: undefined, freq: 4 })))
    .map((overrides) =>
      names.map((name, i) => {
        const forwarding_url = overrides[i];
        return forwarding_url === undefined ? name : { domain: name, forwarding_url };
      }),
    );
}

/** A valid custom `POST /orders` body whose domain count matches its sizing. */
export const customOrder: fc.Arbitrary<CustomOrderBody> = customSizing.chain((sizing) => {
  const count = requiredDomainCount(sizing);
  return fc
    .record({
      user: customerEmail,
      sequencer,
      domains: distinctDomains(count, count).chain(orderDomains),
      personas: fc.array(persona, { minLength: 1, maxLength: 3 }),
      forwarding_url: fc.option(forwardingUrl, { nil: undefined }),
    })
    .map((rest) => {
      const body: CustomOrderBody = {
        user: rest.user,
        google_licenses: sizing.google_licenses,
        microsoft_licenses: sizing.microsoft_licenses,
        sequencer: rest.sequencer,
        domains: rest.domains,
        personas: rest.personas,
      };
      if (sizing.google_inboxes_per_domain !== undefined)
        body.google_inboxes_per_domain = sizing.google_inboxes_per_domain;
      if (rest.forwarding_url !== undefined) body.forwarding_url = rest.forwarding_url;
      return body;
    });
});

/** The name of a domain entry. */
export function domainOf(entry: OrderDomain): string {
  return typeof entry === 'string' ? entry : entry.domain;
}

/** `outreach-acme.com` → `outreach-acme-<tag>.com`: unique per run, still readable. */
export function freshenDomain(name: string, tag: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? `${name}-${tag}` : `${name.slice(0, dot)}-${tag}${name.slice(dot)}`;
}

/** Makes an order body unique to one run: every domain and the customer's email domain get `tag`. */
export function freshenOrder<T extends CustomOrderBody>(body: T, tag: string): T {
  const at = body.user.indexOf('@');
  return {
    ...body,
    user: at < 0 ? body.user : `${body.user.slice(0, at + 1)}${freshenDomain(body.user.slice(at + 1), tag)}`,
    domains: body.domains.map((entry) =>
      typeof entry === 'string'
        ? freshenDomain(entry, tag)
        : { ...entry, domain: freshenDomain(entry.domain, tag) },
    ),
  };
}

/** Puts an object's keys (recursively) in a shuffled order chosen by `seed`; arrays keep their order. */
export function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i + 1));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  let state = seed >>> 0 || 1;
  for (let i = entries.length - 1; i > 0; i--) {
    // xorshift32: deterministic per seed, so a counterexample replays exactly.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const j = (state >>> 0) % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries.map(([key, item], i) => [key, shuffleKeys(item, seed * 31 + i)]));
}

/** JSON with the same content but different insignificant whitespace. */
export function respace(json: string, style: 'pretty' | 'tabs' | 'padded'): string {
  const parsed: unknown = JSON.parse(json);
  if (style === 'pretty') return JSON.stringify(parsed, null, 2);
  if (style === 'tabs') return `\n\t${JSON.stringify(parsed, null, '\t')}\n`;
  // Spaces around every structural character: outside strings only, so values are untouched.
  return JSON.stringify(parsed).replace(
    /("(?:[^"\\]|\\.)*")|([{}[\]:,])/g,
    (_m, str: string, punct: string) => (str !== undefined ? str : ` ${punct} `),
  );
}
