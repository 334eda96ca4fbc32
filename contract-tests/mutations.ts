/**
 * Invalid `POST /orders` bodies made by mutating valid ones, each with the error the contract
 * promises for it: `invalid_request` naming the offending field, or the specific order code
 * (`order_shape_conflict`, `domain_count_mismatch`).
 *
 * Mutations are plain data (`{kind, index}`) so fast-check prints and shrinks them; {@link applyMutation}
 * turns one into a body and the expected error.
 *
 * @packageDocumentation
 */
import * as fc from 'fast-check';
import type { ErrorCode } from '../schemas';
import { type CustomOrderBody, domainOf, requiredDomainCount } from './arbitraries';

/** Every mutation kind, named after what it does to the body. */
export const MUTATION_KINDS = [
  'remove user',
  'remove sequencer',
  'remove domains',
  'remove personas',
  'google_licenses as a string',
  'negative microsoft_licenses',
  'google_inboxes_per_domain outside 2|3',
  'domains as a string',
  'no personas',
  'eleven personas',
  'unknown sequencer.provider',
  'sequencer.client_id 0',
  'sequencer.login_email not an email',
  'remove sequencer.login_password',
  'empty persona first_name',
  'remove persona profile_picture_url',
  'domain entry not a domain name',
  'forwarding_url not http(s)',
  'unknown top-level field',
  'bundle_id with custom sizing',
  'one domain too few',
  'one domain too many',
] as const;

/** One mutation kind. */
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** A mutation as fast-check generates it: a kind and an index to pick an array element with. */
export interface MutationSpec {
  kind: MutationKind;
  /** Picks the persona or domain to break (taken modulo the array length). */
  index: number;
}

/** What the server must answer to a mutated body. */
export interface ExpectedRejection {
  code: ErrorCode;
  /** The field `error.field` must name (or a parent of it); undefined when the code names no field. */
  field?: string;
  /** For `domain_count_mismatch`: the counts `error.details` must carry. */
  counts?: { required_count: number; submitted_count: number; missing_count: number };
  /** Refusing the body is Peeker DevKit's choice where the docs are silent: a real sandbox may accept it. */
  kitChoice?: true;
}

/** Generates mutation specs. */
export const mutationSpec: fc.Arbitrary<MutationSpec> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  index: fc.nat({ max: 9 }),
});

/**
 * Applies a mutation to a (fresh) valid body. `bundleId` is an existing bundle for the
 * shape-conflict case; `extraDomain` a fresh, unused domain for the too-many case.
 */
export function applyMutation(
  valid: CustomOrderBody,
  spec: MutationSpec,
  context: { bundleId: string; extraDomain: string },
): { body: Record<string, unknown>; expected: ExpectedRejection } {
  const body = structuredClone(valid) as unknown as Record<string, unknown> & CustomOrderBody;
  const persona = spec.index % body.personas.length;
  const domain = spec.index % body.domains.length;
  const invalid = (field: string): ExpectedRejection => ({ code: 'invalid_request', field });
  switch (spec.kind) {
    case 'remove user':
    case 'remove sequencer':
    case 'remove domains':
    case 'remove personas': {
      const field = spec.kind.slice('remove '.length);
      delete body[field];
      return { body, expected: invalid(field) };
    }
    case 'google_licenses as a string':
      body.google_licenses = String(body.google_licenses) as unknown as number;
      return { body, expected: invalid('google_licenses') };
    case 'negative microsoft_licenses':
      body.microsoft_licenses = -1;
      return { body, expected: invalid('microsoft_licenses') };
    case 'google_inboxes_per_domain outside 2|3':
      body.google_inboxes_per_domain = 4 as unknown as 2;
      return { body, expected: invalid('google_inboxes_per_domain') };
    case 'domains as a string':
      body.domains = domainOf(body.domains[0]!) as unknown as string[];
      return { body, expected: invalid('domains') };
    case 'no personas':
      body.personas = [];
      return { body, expected: invalid('personas') };
    case 'eleven personas':
      body.personas = Array.from({ length: 11 }, (_, i) => ({ ...body.personas[i % body.personas.length]! }));
      return { body, expected: invalid('personas') };
    case 'unknown sequencer.provider':
      (body.sequencer as { provider: string }).provider = 'hubspot';
      return { body, expected: invalid('sequencer.provider') };
    case 'sequencer.client_id 0':
      body.sequencer.client_id = 0;
      return { body, expected: invalid('sequencer.client_id') };
    case 'sequencer.login_email not an email':
      body.sequencer.login_email = 'ops-at-acme';
      return { body, expected: invalid('sequencer.login_email') };
    case 'remove sequencer.login_password':
      delete (body.sequencer as Partial<CustomOrderBody['sequencer']>).login_password;
      return { body, expected: invalid('sequencer.login_password') };
    case 'empty persona first_name':
      body.personas[persona]!.first_name = '';
      return { body, expected: invalid(`personas[${persona}].first_name`) };
    case 'remove persona profile_picture_url':
      delete (body.personas[persona] as Partial<CustomOrderBody['personas'][number]>).profile_picture_url;
      return { body, expected: invalid(`personas[${persona}].profile_picture_url`) };
    case 'domain entry not a domain name':
      body.domains[domain] = 'not a domain';
      return { body, expected: invalid(`domains[${domain}]`) };
    case 'forwarding_url not http(s)':
      body.forwarding_url = 'ftp://files.acme.com';
      // The docs list `invalid_target` (not http(s)) for forwarding jobs, not a refusal at order time.
      return { body, expected: { ...invalid('forwarding_url'), kitChoice: true } };
    case 'unknown top-level field':
      body.priority = 'high';
      return { body, expected: invalid('priority') };
    case 'bundle_id with custom sizing':
      body.bundle_id = context.bundleId;
      return { body, expected: { code: 'order_shape_conflict' } };
    case 'one domain too few':
    case 'one domain too many': {
      const required = requiredDomainCount(body);
      if (spec.kind === 'one domain too few' && body.domains.length > 1) body.domains.splice(domain, 1);
      else body.domains.push(context.extraDomain);
      const submitted = body.domains.length;
      return {
        body,
        expected: {
          code: 'domain_count_mismatch',
          field: 'domains',
          counts: {
            required_count: required,
            submitted_count: submitted,
            missing_count: required - submitted,
          },
        },
      };
    }
  }
}

/**
 * True when the server's `error.field` names `expected`: the same path, or a parent of it
 * (`personas` for `personas[1].first_name`). Dots, brackets and JSON-pointer slashes are
 * accepted as separators.
 */
export function fieldNames(actual: string | undefined, expected: string): boolean {
  if (actual === undefined) return false;
  const want = segments(expected);
  const got = segments(actual);
  return got.length > 0 && got.length <= want.length && got.every((segment, i) => segment === want[i]);
}

function segments(path: string): string[] {
  return path
    .replace(/^\/|^\$\.?/, '')
    .split(/[.[\]/]+/)
    .filter((segment) => segment !== '');
}
