import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll, type LintTarget, lint } from '../lint';
import { placeholderFor, propertySchema } from '../lint/schema-info';
import { SCHEMA_DOCUMENTS } from '../lint/schema-validation';
import { createLintAjv } from '../lint/validator-codegen';

const REQUEST_FILE = { kind: 'request-file' } as const;
const BUNDLES = { operation: 'POST /bundles' };
/** [severity, code, field, fixIds] of each diagnostic. */
const diagnostics = (text: string, target: LintTarget) =>
  lint(text, target).diagnostics.map((d) => [d.severity, d.code, d.field, d.fixIds]);
/** [title, safe, fixed text, the error codes left] of each fix. */
const fixes = (text: string, target: LintTarget) =>
  lint(text, target).fixes.map((f) => {
    const fixed = applyEdits(text, f.edits);
    const errors = lint(fixed, target).diagnostics.filter((d) => d.severity === 'error');
    return [f.title, f.safe, fixed, errors.map((d) => d.code)];
  });
const SEQUENCER =
  '"sequencer":{"provider":"smartlead","client_id":1,"login_email":"a@b.co","login_password":"p"}';

describe('a quick fix never leaves a new error', () => {
  it('a path parameter that is there but invalid is not reported missing, nor added again', () => {
    const text = '{"request":"GET /orders/{id}","path":{"id":""}}';
    expect(diagnostics(text, REQUEST_FILE)).toEqual([
      ['error', 'invalid_request_file', 'path.id', undefined],
    ]);
    expect(fixes(text, REQUEST_FILE)).toEqual([]);
  });

  it('a missing parameter gets a placeholder only when the schema accepts it', () => {
    expect(fixes('{"request":"GET /orders/{id}"}', REQUEST_FILE)).toEqual([
      [
        'Add `path.id` with a placeholder value',
        false,
        '{"request":"GET /orders/{id}", "path": {"id": "ord_01HZX0OR1A2B3C4D5E6F7G8H"}}',
        [],
      ],
    ]);
    // `domains` has no example, and "" is too short: no fix rather than one that trades errors.
    const text = '{"request":"GET /domains/import"}';
    expect(diagnostics(text, REQUEST_FILE)).toEqual([['error', 'invalid_request', 'domains', undefined]]);
    expect(fixes(text, REQUEST_FILE)).toEqual([]);
  });

  it('a missing required field gets a placeholder its schema accepts (login_password\'s minLength 1 refuses "")', () => {
    const ORDER = { operation: 'POST /orders' };
    const order = (sequencer: string) =>
      `{"user":"client@example.com","google_licenses":2,"sequencer":{${sequencer}},"domains":["acme-mail.com"],"personas":[{"first_name":"Sam","last_name":"Lee","profile_picture_url":""}]}`;
    const fields: [string, string][] = [
      ['provider', '"smartlead"'],
      ['client_id', '366903'],
      ['login_email', '"client@example.com"'],
      ['login_password', '"TODO"'],
    ];
    for (const [key, placeholder] of fields) {
      const others = fields.filter(([other]) => other !== key).map(([other, value]) => `"${other}":${value}`);
      const text = order(others.join(','));
      expect(fixes(text, ORDER)).toEqual([
        [
          `Add \`${key}\` with a placeholder value`,
          false,
          order(`${others.join(',')}, "${key}": ${placeholder}`),
          [],
        ],
      ]);
    }
  });

  it('every property of every request schema gets a placeholder its own schema accepts', () => {
    const ajv = createLintAjv();
    const validators = new Map<string, (value: unknown) => boolean>();
    const refused: string[] = [];
    let checked = 0;
    for (const [file, root] of Object.entries(SCHEMA_DOCUMENTS)) {
      const definitions = (root as { $defs?: object }).$defs;
      const visit = (schema: unknown, where: string) => {
        const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
        for (const key of Object.keys(properties ?? {})) {
          const property = propertySchema(root, schema, key)!;
          const value = placeholderFor(root, property);
          checked++;
          // request-file.json repeats every body schema: each distinct one is compiled once.
          const source = JSON.stringify(property);
          let validate = validators.get(source);
          if (validate === undefined) {
            validate = ajv.compile({ ...property, $defs: definitions });
            validators.set(source, validate);
          }
          if (!validate(value)) {
            refused.push(`${file} ${where}.${key} = ${JSON.stringify(value)}`);
          }
          visit(property, `${where}.${key}`);
        }
      };
      visit(root, '');
      for (const [name, definition] of Object.entries(definitions ?? {})) visit(definition, `$defs/${name}`);
    }
    expect(checked).toBeGreaterThan(100);
    expect(refused).toEqual([]);
  });

  it('a percent sent alone gets the other one as its complement, or null for null', () => {
    expect(fixes('{"name":"x","monthly_sending_volume":1,"google_percent":30}', BUNDLES)).toEqual([
      [
        'Add `microsoft_percent`',
        false,
        '{"name":"x","monthly_sending_volume":1,"google_percent":30, "microsoft_percent": 70}',
        [],
      ],
    ]);
    expect(fixes('{"name":"x","monthly_sending_volume":1,"microsoft_percent":45}', BUNDLES)).toEqual([
      [
        'Add `google_percent`',
        false,
        '{"name":"x","monthly_sending_volume":1,"microsoft_percent":45, "google_percent": 55}',
        [],
      ],
    ]);
    expect(fixes('{"name":"x","monthly_sending_volume":1,"google_percent":null}', BUNDLES)).toEqual([
      [
        'Add `microsoft_percent`',
        false,
        '{"name":"x","monthly_sending_volume":1,"google_percent":null, "microsoft_percent": null}',
        [],
      ],
    ]);
  });

  it('removing a duplicate from a custom-sized order is left to a human: it changes the domain count', () => {
    const order = (domains: string, sizing: string) =>
      `{"user":"a@b.co",${sizing},${SEQUENCER},"personas":[{"first_name":"A","last_name":"B","profile_picture_url":""}],"domains":${domains}}`;
    const custom = order('["a.com","A.com.","b.com"]', '"google_licenses":6');
    expect(fixes(custom, { operation: 'POST /orders' })).toEqual([
      [
        'Remove the duplicate domain',
        false,
        order('["a.com","b.com"]', '"google_licenses":6'),
        ['domain_count_mismatch'],
      ],
      [
        'Change to "a.com"',
        true,
        order('["a.com","a.com","b.com"]', '"google_licenses":6'),
        ['invalid_request'],
      ],
    ]);
    expect(fixAll(custom, { operation: 'POST /orders' }).text).toBe(
      order('["a.com","a.com","b.com"]', '"google_licenses":6'),
    );
    const bundle = order('["a.com","A.com."]', '"bundle_id":"bun_01HZX0BU1A2B3C4D5E6F7G8H"');
    expect(fixAll(bundle, { operation: 'POST /orders' }).text).toBe(
      order('["a.com"]', '"bundle_id":"bun_01HZX0BU1A2B3C4D5E6F7G8H"'),
    );
  });

  it('a pasted URL whose host is already listed is removed, not turned into a duplicate', () => {
    const availability = { operation: 'POST /domains/availability' };
    expect(fixes('{"domains":["a.com","https://a.com/x"]}', availability)).toEqual([
      ['Remove it ("a.com" is already listed)', false, '{"domains":["a.com"]}', []],
    ]);
    expect(fixes('{"domains":["b.com","https://a.com/x"]}', availability)).toEqual([
      ['Change to "a.com"', false, '{"domains":["b.com","a.com"]}', []],
    ]);
  });

  it('a valid name is never removed as a duplicate of one the API refuses: the refused entry is', () => {
    const jobs = { operation: 'POST /domains/import/jobs' };
    // A soft hyphen: normalized it is acme-mail.com, but the API refuses it with a 400. Dropping
    // it may not be what was meant, so a human removes it; --fix changes nothing.
    const softHyphen = '{"domains":["acme\\u00ad-mail.com","acme-mail.com"]}';
    expect(diagnostics(softHyphen, jobs)).toEqual([['error', 'invalid_request', 'domains[0]', ['fix-1']]]);
    expect(fixes(softHyphen, jobs)).toEqual([
      ['Remove it ("acme-mail.com" is already listed)', false, '{"domains":["acme-mail.com"]}', []],
    ]);
    expect(fixAll(softHyphen, jobs).text).toBe(softHyphen);
    // Spaces around the name keep the domain: removing that spelling of a listed domain is safe.
    const spaced = '{"domains":["acme-mail.com ","acme-mail.com"]}';
    expect(fixes(spaced, jobs)).toEqual([
      ['Remove it ("acme-mail.com" is already listed)', true, '{"domains":["acme-mail.com"]}', []],
    ]);
    expect(fixAll(spaced, jobs).text).toBe('{"domains":["acme-mail.com"]}');
    // Two refused spellings are not duplicates of each other either: each is corrected on its own.
    expect(fixes('{"domains":["acme-mail.com ","acme-mail。com"]}', jobs)).toEqual([
      [
        'Change to "acme-mail.com"',
        true,
        '{"domains":["acme-mail.com","acme-mail。com"]}',
        ['invalid_request'],
      ],
      [
        'Change to "acme-mail.com"',
        true,
        '{"domains":["acme-mail.com ","acme-mail.com"]}',
        ['invalid_request'],
      ],
    ]);
  });
});
