import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  customOrder,
  domainOf,
  freshenDomain,
  freshenOrder,
  requiredDomainCount,
  respace,
  shuffleKeys,
} from '../contract-tests/arbitraries';
import { applyMutation, fieldNames, MUTATION_KINDS, mutationSpec } from '../contract-tests/mutations';
import createOrderSchema from '../schemas/generated/json-schema/create-order-request.json';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateOrder = ajv.compile(createOrderSchema);
const SEED = 20260629;
const CONTEXT = { bundleId: 'bun_01HZX0BU1A2B3C4D5E6F7G8H', extraDomain: 'extra-acme-t1.com' };
const MAGIC_WORDS = [
  'needs-ns',
  'replace-me',
  'premium',
  'not-imported',
  'dns-conflict',
  'taken',
  'dns-fail',
  'unreachable',
];

/** Where ajv's errors point, as `personas.1.first_name` paths (a missing or extra key included). */
function schemaErrorPaths(errors: typeof validateOrder.errors): string[] {
  return (errors ?? []).map((error) => {
    const params = error.params as { additionalProperty?: string; missingProperty?: string };
    const key = params.additionalProperty ?? params.missingProperty;
    const path = error.instancePath.slice(1).replaceAll('/', '.');
    return key === undefined ? path : path === '' ? key : `${path}.${key}`;
  });
}

describe('customOrder', () => {
  it('generates bodies the contract schema accepts, with the domain count the sizing needs', () => {
    fc.assert(
      fc.property(customOrder, (body) => {
        expect(validateOrder(body), JSON.stringify(validateOrder.errors)).toBe(true);
        expect(body.domains).toHaveLength(requiredDomainCount(body));
        expect(new Set(body.domains.map(domainOf)).size).toBe(body.domains.length);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never plants an emulator magic word or a fail- prefix, even after freshening', () => {
    fc.assert(
      fc.property(customOrder, fc.stringMatching(/^ct[0-9a-f]{6}[0-9a-z]{1,3}$/), (body, tag) => {
        for (const name of freshenOrder(body, tag).domains.map(domainOf)) {
          expect(name.startsWith('fail-')).toBe(false);
          for (const word of MAGIC_WORDS) expect(name).not.toContain(word);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('freshenOrder', () => {
  it('tags every domain and the customer email domain, and nothing else', () => {
    const body = {
      user: 'sam.lee@acme-clients.com',
      google_licenses: 2,
      microsoft_licenses: 1,
      sequencer: {
        provider: 'smartlead' as const,
        client_id: 7,
        login_email: 'ops@acme.com',
        login_password: 'x1',
      },
      domains: ['acme-mail.com', { domain: 'team-acme.io', forwarding_url: 'https://acme.com' }],
      personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
    };
    expect(freshenOrder(body, 'ct1a2b3c0')).toEqual({
      ...body,
      user: 'sam.lee@acme-clients-ct1a2b3c0.com',
      domains: [
        'acme-mail-ct1a2b3c0.com',
        { domain: 'team-acme-ct1a2b3c0.io', forwarding_url: 'https://acme.com' },
      ],
    });
    expect(freshenDomain('acme.co.uk', 't1')).toBe('acme-t1.co.uk');
  });
});

describe('requiredDomainCount', () => {
  it('is ceil(google ÷ density) + microsoft, density 2 by default', () => {
    expect(requiredDomainCount({ google_licenses: 4, microsoft_licenses: 0 })).toBe(2);
    expect(
      requiredDomainCount({ google_licenses: 5, microsoft_licenses: 2, google_inboxes_per_domain: 3 }),
    ).toBe(4);
    expect(requiredDomainCount({ microsoft_licenses: 3 })).toBe(3);
  });
});

describe('shuffleKeys and respace', () => {
  it('change only key order and whitespace, deterministically per seed', () => {
    fc.assert(
      fc.property(
        customOrder,
        fc.integer({ min: 1 }),
        fc.constantFrom('pretty', 'tabs', 'padded'),
        (body, seed, style) => {
          const text = respace(JSON.stringify(shuffleKeys(body, seed)), style as 'pretty');
          expect(JSON.parse(text)).toEqual(body);
          expect(JSON.stringify(shuffleKeys(body, seed))).toBe(JSON.stringify(shuffleKeys(body, seed)));
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('pads structural characters only, never inside strings', () => {
    expect(respace('{"a":"x:{1}","b":[1,2]}', 'padded')).toBe(' { "a" : "x:{1}" , "b" :  [ 1 , 2 ]  } ');
  });
});

describe('applyMutation', () => {
  it('makes every invalid_request mutation a body the contract schema rejects at the expected field', () => {
    fc.assert(
      fc.property(customOrder, mutationSpec, (valid, spec) => {
        const { body, expected } = applyMutation(valid, spec, CONTEXT);
        if (expected.code !== 'invalid_request') return;
        expect(validateOrder(body)).toBe(false);
        const paths = schemaErrorPaths(validateOrder.errors);
        // The schema may report the field itself or something inside it (an `anyOf` branch…).
        const related = paths.some(
          (path) => fieldNames(expected.field, path) || fieldNames(path, expected.field!),
        );
        expect(related, `${spec.kind}: schema errors at ${paths.join(', ')}`).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('gives domain_count_mismatch honest counts and leaves the input untouched', () => {
    fc.assert(
      fc.property(
        customOrder,
        fc.constantFrom('one domain too few' as const, 'one domain too many' as const),
        (valid, kind) => {
          const before = JSON.stringify(valid);
          const { body, expected } = applyMutation(valid, { kind, index: 0 }, CONTEXT);
          expect(JSON.stringify(valid)).toBe(before);
          expect(expected.code).toBe('domain_count_mismatch');
          const submitted = (body.domains as unknown[]).length;
          expect(expected.counts).toEqual({
            required_count: requiredDomainCount(valid),
            submitted_count: submitted,
            missing_count: requiredDomainCount(valid) - submitted,
          });
          expect(submitted).not.toBe(requiredDomainCount(valid));
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("marks as the kit's choice only the refusal the docs do not promise (an ftp:// forwarding_url)", () => {
    const valid = fc.sample(customOrder, { seed: SEED, numRuns: 1 })[0]!;
    const kitChoices = MUTATION_KINDS.filter(
      (kind) => applyMutation(valid, { kind, index: 0 }, CONTEXT).expected.kitChoice,
    );
    expect(kitChoices).toEqual(['forwarding_url not http(s)']);
  });

  it('covers every kind', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(mutationSpec, (spec) => {
        kinds.add(spec.kind);
      }),
      { seed: SEED, numRuns: 500 },
    );
    expect([...kinds].sort()).toEqual([...MUTATION_KINDS].sort());
  });
});

describe('fieldNames', () => {
  it('accepts the path or a parent, in dot, bracket or JSON-pointer notation', () => {
    expect(fieldNames('personas[1].first_name', 'personas[1].first_name')).toBe(true);
    expect(fieldNames('personas', 'personas[1].first_name')).toBe(true);
    expect(fieldNames('personas.1.first_name', 'personas[1].first_name')).toBe(true);
    expect(fieldNames('/personas/1/first_name', 'personas[1].first_name')).toBe(true);
  });

  it('rejects siblings, children and a missing field', () => {
    expect(fieldNames('personas[0].first_name', 'personas[1].first_name')).toBe(false);
    expect(fieldNames('sequencer.login_email', 'sequencer')).toBe(false);
    expect(fieldNames('domains', 'personas')).toBe(false);
    expect(fieldNames(undefined, 'personas')).toBe(false);
    expect(fieldNames('', 'personas')).toBe(false);
  });
});
