import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColor } from '../cli/output';
import { lintRuleCatalog } from '../lint';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
let scratch: string;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string | undefined> = {}, input = ''): CliResult {
  const result = spawnSync(process.execPath, [CLI, 'lint', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...env },
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'peeker-cli-lint-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('peeker-devkit lint on the shipped examples', () => {
  it('exits 0 on the valid examples, printing infos and warnings like a compiler', () => {
    const { code, stdout, stderr } = runCli(['examples/*.peeker.json', 'examples/bodies']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      "examples/order-bundle.peeker.json:14:5 info bundle_plan_unknown 2 domains sent for bundle `bun_01HZX0BU1A2B3C4D5E6F7G8H`. Whether that matches the bundle's plan can only be checked by the server: it must equal `required_domains.total` from GET /bundles/bun_01HZX0BU1A2B3C4D5E6F7G8H, otherwise the API answers `domain_count_mismatch`.",
    );
    // The plain body names its operation with "$schema", which the API would reject if it were sent as it is.
    expect(lines[1]).toBe(
      `examples/bodies/order-custom.json:2:3 warning schema_key_in_body The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field \`$schema\`). Remove it before sending the file as it is. It is also what names this file's operation (POST /orders): without it, give the operation with --operation "POST /orders" (in the editor, the peeker.bodyFiles setting), or keep the body in a *.peeker.json request file, whose own "$schema" is not sent. (quick fix in the editor)`,
    );
    expect(lines.at(-1)).toMatch(/^⚠ 0 errors, 1 warning, 1 info in 1[01] files\.$/);
  });

  it('exits 1 on the invalid examples, one line per problem', () => {
    const { code, stdout } = runCli(['examples/invalid']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain(
      'examples/invalid/order-shape-conflict.peeker.json:6:5 error order_shape_conflict `bundle_id` cannot be combined with custom sizing (`google_licenses`, `microsoft_licenses`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both. (quick fix in the editor)',
    );
    expect(lines).toContain(
      'examples/invalid/availability-with-comments.json:2:3 warning schema_key_in_body The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is. It is also what names this file\'s operation (POST /domains/availability): without it, give the operation with --operation "POST /domains/availability" (in the editor, the peeker.bodyFiles setting), or keep the body in a *.peeker.json request file, whose own "$schema" is not sent. (quick fix in the editor)',
    );
    expect(lines).toContain(
      'examples/invalid/availability-with-comments.json:3:3 error jsonc_not_allowed Comments are not JSON: the API would reject this body with invalid_request. Remove the comment before sending. (quick fix available)',
    );
    expect(lines).toContain(
      'examples/invalid/availability-with-comments.json:7:5 warning domain_not_normalized Write `domains[1]` as "team-acme.com": domain names are case-insensitive. (quick fix available)',
    );
    expect(lines).toContain(
      'examples/invalid/order-domain-count.peeker.json:15:5 error domain_count_mismatch The custom sizing needs 4 domains (2 Google: 6 google_licenses ÷ 3 inboxes per domain, rounded up; 2 Microsoft: one per microsoft_license) but 3 were sent. Add 1 domain, or lower the license counts.',
    );
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^examples\/invalid\/[\w.-]+:\d+:\d+ (error|warning|info) [a-z_]+ /);
    expect(lines.at(-1)).toMatch(/^✖ \d+ errors, \d+ warnings, \d+ infos? in 7 files\.$/);
  });

  it('prints JSON rows with 1-based positions', () => {
    const { code, stdout } = runCli(['--format', 'json', 'examples/invalid/order-domain-count.peeker.json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual([
      {
        file: 'examples/invalid/order-domain-count.peeker.json',
        line: 15,
        column: 5,
        endLine: 15,
        endColumn: 14,
        code: 'domain_count_mismatch',
        severity: 'error',
        field: 'domains',
        message:
          'The custom sizing needs 4 domains (2 Google: 6 google_licenses ÷ 3 inboxes per domain, rounded up; 2 Microsoft: one per microsoft_license) but 3 were sent. Add 1 domain, or lower the license counts.',
        details: { required_count: 4, submitted_count: 3, missing_count: 1 },
      },
    ]);
  });

  it('prints an empty JSON array and exits 0 for a clean file', () => {
    const { code, stdout } = runCli(['--format', 'json', 'examples/order-custom.peeker.json']);
    expect([code, JSON.parse(stdout)]).toEqual([0, []]);
  });

  it("escapes a key's bidirectional and C1 controls and lone surrogates in field as in message, in JSON and SARIF", () => {
    const body = '{"domains": ["a.com"], "a\\u202eb\\ud800c\\u009bd": 1}';
    const escaped = 'a\\u202eb\\ud800c\\u009bd';
    const args = ['--operation', 'POST /domains/availability', '-'];
    const [row] = JSON.parse(runCli([...args, '--format', 'json'], {}, body).stdout);
    expect([row.field, row.message]).toEqual([escaped, expect.stringContaining(`\`${escaped}\``)]);
    const [result] = JSON.parse(runCli([...args, '--format', 'sarif'], {}, body).stdout).runs[0].results;
    expect(result.properties.field).toBe(escaped);
  });

  it('prints SARIF 2.1.0 for code scanning', () => {
    const { code, stdout } = runCli(['--format', 'sarif', 'examples/invalid/order-mistakes.peeker.json']);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('peeker-devkit lint');
    expect(run.columnKind).toBe('utf16CodeUnits');
    const ruleIds: string[] = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ruleIds).toEqual(
      expect.arrayContaining(['invalid_request', 'order_shape_conflict', 'domain_count_mismatch']),
    );
    // Lint-only codes are reporting rules too, with their own level.
    expect(
      run.tool.driver.rules
        .filter((r: { id: string }) => ['unknown_schema_id', 'schema_id_mismatch'].includes(r.id))
        .map((r: { id: string; defaultConfiguration: { level: string }; properties: object }) => [
          r.id,
          r.defaultConfiguration.level,
          r.properties,
        ]),
    ).toEqual([
      ['unknown_schema_id', 'error', { lintRules: ['unknown-schema-id'], apiErrorCode: false }],
      ['schema_id_mismatch', 'warning', { lintRules: ['schema-id-mismatch'], apiErrorCode: false }],
    ]);
    expect(run.results.length).toBeGreaterThan(3);
    for (const result of run.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(10);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation).toEqual({
        uri: 'examples/invalid/order-mistakes.peeker.json',
        uriBaseId: '%SRCROOT%',
      });
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
    // Code scanning shows a rule's help on the alert's page: every rule's documentation paragraph.
    for (const rule of run.tool.driver.rules) {
      for (const ruleId of rule.properties.lintRules) {
        const info = lintRuleCatalog.find((entry) => entry.id === ruleId)!;
        expect(rule.help.markdown).toContain(`${info.description}\n\n${info.docs}`);
      }
    }
    expect(run.tool.driver.rules.find((r: { id: string }) => r.id === 'order_shape_conflict').help).toEqual({
      text:
        'bundle_id mixed with custom sizing (google_licenses, microsoft_licenses, google_inboxes_per_domain).\n\n' +
        'A POST /orders body is sized either by a saved bundle (bundle_id, whose plan fixes the license counts and inbox density) or by custom sizing. Sending both is answered with 400 order_shape_conflict. Quick fixes: remove the custom sizing, or remove bundle_id.',
      markdown:
        '`bundle_id` mixed with custom sizing (`google_licenses`, `microsoft_licenses`, `google_inboxes_per_domain`).\n\n' +
        'A `POST /orders` body is sized **either** by a saved bundle (`bundle_id`, whose plan fixes the license counts and inbox density) **or** by custom sizing. Sending both is answered with `400 order_shape_conflict`. Quick fixes: remove the custom sizing, or remove `bundle_id`.',
    });
    expect(
      run.tool.driver.rules.find((r: { id: string }) => r.id === 'invalid_request').help.markdown,
    ).toMatch(/^\*\*json-syntax\*\*: The document is not valid JSON\.\n\nA body that is not JSON/);
    // The kit's guess (x-peeker-undocumented in the contract) is not presented as an API code, and
    // says nothing of request headers, which the linter never checks.
    const ruleOf = (id: string) => run.tool.driver.rules.find((r: { id: string }) => r.id === id);
    expect(ruleOf('payload_too_large')).toEqual({
      id: 'payload_too_large',
      shortDescription: { text: 'A body larger than 1 MB.' },
      fullDescription: { text: 'A body larger than 1 MB.' },
      help: {
        text:
          'A body larger than 1 MB.\n\nA body over 1 MB (1048576 bytes of UTF-8) is reported as 413 payload_too_large, as the emulator answers it. ' +
          'The limit, the status and the code are a Peeker DevKit assumption: the Peeker docs give none of them (x-peeker-undocumented in the contract). ' +
          "What is measured is what would be sent: a request file's body as compact JSON (it is re-serialized before sending), a plain body file's text as it is. " +
          'Send fewer items per request (use POST /domains/import/jobs for bulk imports).',
        markdown:
          'A body larger than 1 MB.\n\nA body over 1 MB (1048576 bytes of UTF-8) is reported as `413 payload_too_large`, as the emulator answers it. ' +
          'The limit, the status and the code are a Peeker DevKit assumption: the Peeker docs give none of them (`x-peeker-undocumented` in the contract). ' +
          "What is measured is what would be sent: a request file's body as compact JSON (it is re-serialized before sending), a plain body file's text as it is. " +
          'Send fewer items per request (use `POST /domains/import/jobs` for bulk imports).',
      },
      defaultConfiguration: { level: 'error' },
      properties: {
        lintRules: ['payload-too-large'],
        apiErrorCode: false,
        devkitAssumption: true,
        httpStatus: 413,
      },
    });
    expect(ruleOf('order_shape_conflict').properties).toEqual({
      lintRules: ['order-shape-conflict'],
      apiErrorCode: true,
      httpStatus: 400,
    });
    expect(ruleOf('duplicate_key').properties).toEqual({
      lintRules: ['duplicate-key'],
      apiErrorCode: false,
    });
    const user = run.results.find((r: { properties?: { field?: string } }) => r.properties?.field === 'user');
    expect(user).toMatchObject({
      ruleId: 'invalid_request',
      level: 'error',
      locations: [{ physicalLocation: { region: { startLine: 5, startColumn: 13 } } }],
    });
  });
});

describe('peeker-devkit lint targets and --fix', () => {
  it('lints a plain body with --operation', () => {
    const file = join(scratch, 'import.json');
    writeFileSync(file, '{"domains": ["acme .com"]}');
    const { code, stdout } = runCli(['--operation', 'POST /domains/import/jobs', '--format', 'json', file]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).map((row: { code: string; field: string }) => [row.code, row.field])).toEqual([
      ['invalid_request', 'domains[0]'],
    ]);
  });

  it("--operation wins over a body's $schema, and a warning on the $schema says they disagree", () => {
    expect(runCli(['--operation', 'POST /orders/{id}/cancel', 'examples/bodies/order-custom.json'])).toEqual({
      code: 1,
      stdout:
        'examples/bodies/order-custom.json:2:3 warning schema_key_in_body The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is: the file is checked as POST /orders/{id}/cancel (--operation), which does not need it. (quick fix available)\n' +
        'examples/bodies/order-custom.json:2:14 warning schema_id_mismatch Checked as POST /orders/{id}/cancel (--operation), which wins over "$schema"; this "$schema" names the body of POST /orders. If it is a body of POST /orders/{id}/cancel, change "$schema" to "https://peeker-devkit.dev/schemas/v1/cancel-order-request.json"; if it is a body of POST /orders, lint it as that. (quick fix in the editor)\n' +
        'examples/bodies/order-custom.json:3:3 error invalid_request Unknown field `user` in the body: the API rejects fields it does not know. Remove it. (quick fix in the editor)\n' +
        'examples/bodies/order-custom.json:4:3 error invalid_request Unknown field `google_licenses` in the body: the API rejects fields it does not know. Remove it. (quick fix in the editor)\n' +
        'examples/bodies/order-custom.json:5:3 error invalid_request Unknown field `sequencer` in the body: the API rejects fields it does not know. Remove it. (quick fix in the editor)\n' +
        'examples/bodies/order-custom.json:12:3 error invalid_request Unknown field `personas` in the body: the API rejects fields it does not know. Remove it. (quick fix in the editor)\n' +
        '✖ 4 errors, 2 warnings, 0 infos in 1 file.\n',
      stderr: '',
    });
    // Piped in, the same: the flag is what the user named.
    const piped = runCli(
      ['--operation', 'POST /domains/availability', '--format', 'json', '-'],
      {},
      readFileSync(join(ROOT, 'examples/bodies/order-custom.json'), 'utf8'),
    );
    expect([piped.code, JSON.parse(piped.stdout).map((row: { code: string }) => row.code)]).toEqual([
      1,
      [
        'schema_key_in_body',
        'schema_id_mismatch',
        'invalid_request',
        'invalid_request',
        'invalid_request',
        'invalid_request',
      ],
    ]);
    // Agreeing, nothing to say about the id (the key itself is still not sendable).
    expect(
      runCli(['--operation', 'POST /orders', 'examples/bodies/order-custom.json'])
        .stdout.split(' ')
        .slice(0, 3),
    ).toEqual(['examples/bodies/order-custom.json:2:3', 'warning', 'schema_key_in_body']);
  });

  it('warns, without failing, about an availability candidate whose row comes back invalid', () => {
    const { code, stdout } = runCli(
      ['--operation', 'POST /domains/availability', '-'],
      {},
      '{"domains":["foo.invalid-tld-zz"]}',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'warning availability_invalid `domains[0]` "foo.invalid-tld-zz" has an invalid top-level domain ("invalid-tld-zz"). Its row will come back `available: false, reason: "invalid"`.',
    );
  });

  it('says when a plain body has no known operation, without failing', () => {
    const file = join(scratch, 'unknown.json');
    writeFileSync(file, '{"domains": []}');
    const { code, stdout } = runCli([file]);
    expect(code).toBe(0);
    expect(stdout).toContain('info operation_unknown No operation is known for this document');
  });

  it('fails on a mistyped $schema of the kit, on the value, with the closest id (the body went unchecked)', () => {
    const file = join(scratch, 'typo.json');
    writeFileSync(
      file,
      '{"$schema":"https://peeker-devkit.dev/schemas/v1/create-orders-request.json","user":"x"}',
    );
    expect(runCli([file])).toEqual({
      code: 1,
      stdout:
        `${file}:1:12 error unknown_schema_id Unknown Peeker DevKit schema "create-orders-request.json": no schema under https://peeker-devkit.dev/schemas/v1/ has this $id, so no operation is known for this document and only its JSON syntax was checked. Did you mean "https://peeker-devkit.dev/schemas/v1/create-order-request.json" (the body of POST /orders)? (quick fix in the editor)\n` +
        '✖ 1 error, 0 warnings, 0 infos in 1 file.\n',
      stderr: '',
    });
    // On stdin too: the id says what the document is meant to be, so this is no usage error.
    const piped = runCli(['-'], {}, readFileSync(file, 'utf8'));
    expect([piped.code, piped.stdout.split(' ').slice(0, 3).join(' ')]).toEqual([
      1,
      '<stdin>:1:12 error unknown_schema_id',
    ]);
  });

  it('--fix applies the safe fixes in place and reports what is left', () => {
    const file = join(scratch, 'legacy.peeker.json');
    copyFileSync(join(ROOT, 'examples/invalid/order-legacy-shape.peeker.json'), file);
    const { code, stdout } = runCli(['--fix', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('applied 1 fix');
    const fixed = JSON.parse(readFileSync(file, 'utf8'));
    expect(fixed.body.user).toBe('client@example.com');
    expect(fixed.body.personas).toEqual([{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }]);
  });

  it('--fix replaces a file whole (a new file renamed over it), through a symlink, keeping its mode', () => {
    const directory = mkdtempSync(join(scratch, 'atomic-'));
    const file = join(directory, 'legacy.peeker.json');
    copyFileSync(join(ROOT, 'examples/invalid/order-legacy-shape.peeker.json'), file);
    chmodSync(file, 0o640);
    const link = join(directory, 'link.peeker.json');
    symlinkSync('legacy.peeker.json', link);
    const before = statSync(file);
    expect(runCli(['--fix', link]).code).toBe(0);
    // Written in place, a full disk left the file cut short: a rename never does.
    const after = statSync(file);
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o7777).toBe(0o640);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).body.user).toBe('client@example.com');
    expect(readdirSync(directory).sort()).toEqual(['legacy.peeker.json', 'link.peeker.json']);
  });

  it('--fix leaves unsafe fixes to a human and still exits 1 on errors', () => {
    const file = join(scratch, 'conflict.peeker.json');
    copyFileSync(join(ROOT, 'examples/invalid/order-shape-conflict.peeker.json'), file);
    const before = readFileSync(file, 'utf8');
    const { code } = runCli(['--fix', file]);
    expect(code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('peeker-devkit lint on a plain body file with a top-level "$schema"', () => {
  const body =
    '{\n  "$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json",\n  "domains": ["acme-mail.com"]\n}\n';
  const MESSAGE =
    'The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is: the file is checked as POST /domains/availability (--operation), which does not need it.';
  const OPERATION = ['--operation', 'POST /domains/availability'];

  it('warns on the key, without failing, in every format', () => {
    const file = join(scratch, 'schema-key.json');
    writeFileSync(file, body);
    expect(runCli([...OPERATION, file])).toEqual({
      code: 0,
      stdout: `${file}:2:3 warning schema_key_in_body ${MESSAGE} (quick fix available)\n⚠ 0 errors, 1 warning, 0 infos in 1 file.\n`,
      stderr: '',
    });
    expect(JSON.parse(runCli([...OPERATION, '--format', 'json', file]).stdout)).toEqual([
      {
        file,
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 12,
        code: 'schema_key_in_body',
        severity: 'warning',
        field: '$schema',
        message: MESSAGE,
      },
    ]);
    const [run] = JSON.parse(runCli([...OPERATION, '--format', 'sarif', file]).stdout).runs;
    expect(
      run.results.map((r: { ruleId: string; level: string; message: { text: string } }) => [
        r.ruleId,
        r.level,
        r.message.text,
      ]),
    ).toEqual([['schema_key_in_body', 'warning', MESSAGE]]);
    expect(
      run.tool.driver.rules
        .filter((r: { id: string }) => r.id === 'schema_key_in_body')
        .map((r: { defaultConfiguration: object; properties: object }) => [
          r.defaultConfiguration,
          r.properties,
        ]),
    ).toEqual([[{ level: 'warning' }, { lintRules: ['schema-key-in-body'], apiErrorCode: false }]]);
  });

  it('--fix removes it when --operation names the operation, and leaves it when only the "$schema" does', () => {
    const named = join(scratch, 'schema-key-fixed.json');
    writeFileSync(named, body);
    expect(runCli(['--fix', ...OPERATION, named])).toEqual({
      code: 0,
      stdout: `${named}: applied 1 fix\n✔ 1 file checked, no problems.\n`,
      stderr: '',
    });
    expect(readFileSync(named, 'utf8')).toBe('{\n  "domains": ["acme-mail.com"]\n}\n');
    // Without --operation the key is what names the operation: removing it would leave the file unchecked.
    const own = join(scratch, 'schema-key-kept.json');
    writeFileSync(own, body);
    const { code, stdout } = runCli(['--fix', own]);
    expect([code, stdout.split(' ').slice(0, 3), stdout.trimEnd().split('\n').at(-1)]).toEqual([
      0,
      [`${own}:2:3`, 'warning', 'schema_key_in_body'],
      '⚠ 0 errors, 1 warning, 0 infos in 1 file.',
    ]);
    expect(stdout).toContain('(quick fix in the editor)');
    expect(readFileSync(own, 'utf8')).toBe(body);
  });
});

describe('peeker-devkit lint - (stdin)', () => {
  it('lints a request file piped in, named by its "request" key', () => {
    expect(runCli(['-'], {}, '{"request": "GET /me"}')).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems.\n',
      stderr: '',
    });
  });

  it('lints a body piped in against --operation, reported as <stdin>', () => {
    const { code, stdout } = runCli(
      ['--operation', 'POST /domains/import/jobs', '--format', 'json', '-'],
      {},
      '{"domains": ["acme .com"]}',
    );
    expect(code).toBe(1);
    expect(
      JSON.parse(stdout).map((row: { file: string; line: number; column: number; field: string }) => [
        row.file,
        row.line,
        row.column,
        row.field,
      ]),
    ).toEqual([['<stdin>', 1, 14, 'domains[0]']]);
  });

  it('names stdin as --stdin-filename says, and reads what the name tells', () => {
    // A *.peeker.json name makes stdin a request file even without a "request" key to go by.
    const { code, stdout } = runCli(['--stdin-filename', 'requests/me.peeker.json', '-'], {}, '{"body": {}}');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(/^requests\/me\.peeker\.json:1:1 error invalid_request_file /);
  });

  it('lints stdin beside files, once however often it is named', () => {
    const { code, stdout } = runCli(
      ['-', 'examples/order-custom.peeker.json', '-'],
      {},
      '{"request": "GET /me", "body": {}}',
    );
    expect(code).toBe(1);
    expect(stdout).toBe(
      '<stdin>:1:24 error invalid_request_file GET /me takes no request body: remove `body`. (quick fix in the editor)\n' +
        '✖ 1 error, 0 warnings, 0 infos in 2 files.\n',
    );
  });

  it.each([
    [
      ['-'],
      '{}',
      'lint: no operation for stdin: pass --operation "POST /orders" for a body, or pipe a request file whose ' +
        '"request" names an operation, e.g. {"request": "POST /orders", "body": {…}}.',
    ],
    [['--fix', '-'], '{}', "lint: --fix edits files in place, so it cannot fix stdin ('-')."],
    [
      ['--stdin-filename', 'a.json', 'examples/order-custom.peeker.json'],
      '{}',
      "lint: --stdin-filename names stdin, but no '-' is among the files: add '-' and pipe the text in.",
    ],
    [
      ['--stdin-filename', '', '-'],
      '{}',
      'lint: --stdin-filename needs a path, e.g. --stdin-filename requests/order.peeker.json.',
    ],
    [
      ['/dev/null'],
      '',
      "lint: '/dev/null' is a character device, not a regular file. To lint what a command prints, pipe it into '-'.",
    ],
  ])('%j with %j on stdin: exit 2 with one line', (args, input, message) => {
    expect(runCli(args, {}, input)).toEqual({ code: 2, stdout: '', stderr: `peeker-devkit: ${message}\n` });
  });

  it('refuses a pipe such as /dev/stdin or <(…) by name, pointing to -', () => {
    const fifo = join(scratch, 'body.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(runCli([fifo])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: lint: '${fifo}' is a pipe, not a regular file. To lint what a command prints, pipe it into '-'.\n`,
    });
  });
});

describe('peeker-devkit lint usage errors exit 2 with one line', () => {
  it.each([
    [
      ['--nope', 'examples'],
      /^peeker-devkit: lint: unknown option '--nope'\. Run 'peeker-devkit lint --help' for the options\.$/,
    ],
    [['missing-file.json'], /^peeker-devkit: lint: no such file 'missing-file\.json'\.$/],
    [['examples/*.nothing'], /^peeker-devkit: lint: no files match 'examples\/\*\.nothing'\.$/],
    [[], /^peeker-devkit: lint: no files given\./],
    [
      ['--format', 'xml', 'examples'],
      /^peeker-devkit: lint: --format expects human, json or sarif, got 'xml'\.$/,
    ],
    [
      ['--operation', 'POST /nowhere', 'examples'],
      /^peeker-devkit: lint: unknown operation 'POST \/nowhere'\./,
    ],
    [['--operation', 'GET /orders', 'examples'], /^peeker-devkit: lint: GET \/orders takes no request body/],
  ])('%j', (args, message) => {
    const { code, stdout, stderr } = runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe('peeker-devkit lint --help and colour', () => {
  it('documents options, formats, fixes and exit codes', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    for (const text of [
      '--operation',
      '--format',
      'sarif',
      '--fix',
      '*.peeker.json',
      '$schema',
      'When --operation and "$schema" disagree, --operation\n                    wins',
      'a warning on the key (schema_key_in_body), which\n                    --fix removes when --operation names the operation',
      'Exit codes: 0',
      'NO_COLOR',
      '… | peeker-devkit lint [--operation "METHOD /path"] [--stdin-filename PATH] [--format …] -',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('colours only when allowed', () => {
    const args = ['examples/invalid/order-domain-count.peeker.json'];
    expect(runCli(args, { NO_COLOR: undefined, FORCE_COLOR: '1' }).stdout).toContain('\u001b[31m');
    expect(runCli(args, { NO_COLOR: '1', FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it.each([
    [{}, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ FORCE_COLOR: 'false' }, false],
    [{ FORCE_COLOR: '1' }, true],
    [{ NO_COLOR: '1' }, false],
  ])('on a terminal with %j, colours: %s', (env: Record<string, string>, expected) => {
    const saved = { NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    Object.assign(process.env, env);
    try {
      expect(useColor({ isTTY: true } as NodeJS.WriteStream)).toBe(expected);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});

describe('which files a directory or a glob gives', () => {
  /** A request file with one error: GET /me takes no body. */
  const BODY_ON_GET = '{"request":"GET /me","body":{}}';
  const bodyOnGet = (file: string) =>
    `${file}:1:22 error invalid_request_file GET /me takes no request body: remove \`body\`. (quick fix in the editor)`;

  /** Creates `files` (path → content) under a fresh scratch directory and returns it. */
  function tree(name: string, files: Record<string, string>): string {
    const root = join(scratch, name);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    mkdirSync(root, { recursive: true });
    return root;
  }

  it('searches hidden files and directories, but not node_modules nor .git', () => {
    const root = tree('hidden', {
      '.requests/order.peeker.json': BODY_ON_GET,
      '.dotfile.peeker.json': BODY_ON_GET,
      'visible.peeker.json': '{"request":"GET /me"}',
      'node_modules/pkg/package.peeker.json': BODY_ON_GET,
      '.git/info/x.peeker.json': BODY_ON_GET,
    });
    const expected = {
      code: 1,
      stdout: `${[bodyOnGet(`${root}/.dotfile.peeker.json`), bodyOnGet(`${root}/.requests/order.peeker.json`)].join('\n')}\n✖ 2 errors, 0 warnings, 0 infos in 3 files.\n`,
      stderr: '',
    };
    expect(runCli([root])).toEqual(expected);
    expect(runCli([`${root}/**/*.peeker.json`])).toEqual(expected);
  });

  it('says when the only .json files are in skipped directories, and naming one lints it', () => {
    const root = tree('only-skipped', {
      'node_modules/pkg/a.json': '{}',
      '.git/b.json': '{}',
    });
    expect(runCli([root])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: lint: the only .json files in directory '${root}' (2 files) are under node_modules and .git, which a search skips. To lint them, name such a directory itself, e.g. 'peeker-devkit lint ${root}/node_modules'.\n`,
    });
    expect(runCli([`${root}/**/*.json`]).stderr).toBe(
      `peeker-devkit: lint: the only files matching '${root}/**/*.json' (2 files) are under node_modules and .git, which a search skips. To lint them, name such a directory itself, e.g. 'peeker-devkit lint ${root}/node_modules'.\n`,
    );
    expect(runCli([join(root, 'node_modules')]).code).toBe(0);
  });

  it('searches a directory a quoted glob matches, as the shell-expanded glob would', () => {
    const root = tree('glob-dirs', {
      'top.peeker.json': BODY_ON_GET,
      'requests/.hidden/nested.peeker.json': BODY_ON_GET,
      'requests/node_modules/pkg/skipped.peeker.json': BODY_ON_GET,
      'notes/readme.txt': 'not linted: only *.json files are searched in a directory',
    });
    const nested = bodyOnGet(`${root}/requests/.hidden/nested.peeker.json`);
    expect(runCli([`${root}/*`])).toEqual({
      code: 1,
      stdout: `${nested}\n${bodyOnGet(`${root}/top.peeker.json`)}\n✖ 2 errors, 0 warnings, 0 infos in 2 files.\n`,
      stderr: '',
    });
    expect(runCli([`${root}/req*`]).stdout).toBe(`${nested}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`);
    // A directory inside a matched one is searched once, with it.
    expect(runCli([`${root}/requests/**`]).stdout).toBe(
      `${nested}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
    );
    expect(runCli([`${root}/not*`])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: lint: no files match '${root}/not*'.\n`,
    });
  });

  it('lints a file reached through symlinked directories once, under its own name, and ends on loops', () => {
    const root = tree('symlinks', { 'sub/x.peeker.json': BODY_ON_GET });
    symlinkSync('..', join(root, 'sub', 'loop'));
    symlinkSync('.', join(root, 'self'));
    const once = {
      code: 1,
      stdout: `${bodyOnGet(`${root}/sub/x.peeker.json`)}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
      stderr: '',
    };
    expect(runCli([root])).toEqual(once);
    expect(runCli([`${root}/**`])).toEqual(once);
    expect(runCli([root, `${root}/sub/loop/sub/x.peeker.json`])).toEqual(once);
  });

  it('passes over a link to a pipe or a device, as over a plain pipe, and never reads it', () => {
    const root = tree('special-links', { 'ok.peeker.json': BODY_ON_GET });
    execFileSync('mkfifo', [join(root, 'real.fifo'), join(root, 'plain.json')]);
    symlinkSync('real.fifo', join(root, 'pipe.json'));
    symlinkSync('/dev/null', join(root, 'null.json'));
    symlinkSync('missing.json', join(root, 'dangling.json'));
    /** The CLI, stopped after 10 s: reading the pipe would block it for ever. */
    const lintWithin = (args: string[]) => {
      const result = spawnSync(process.execPath, [CLI, 'lint', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
        timeout: 10_000,
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const only = {
      code: 1,
      stdout: `${bodyOnGet(`${root}/ok.peeker.json`)}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
      stderr: '',
    };
    expect(lintWithin([root])).toEqual(only);
    expect(lintWithin([`${root}/*.json`])).toEqual(only);
    expect(lintWithin([`${root}/*`])).toEqual(only);
    // Named, the link is refused, as the device it leads to is.
    expect(lintWithin([join(root, 'null.json')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: lint: '${join(root, 'null.json')}' is a character device, not a regular file. To lint what a command prints, pipe it into '-'.\n`,
    });
  });

  it('says a directory has no .json files only when it has none', () => {
    const root = tree('no-json', { 'notes.txt': 'hello' });
    expect(runCli([root])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: lint: no .json files in directory '${root}'.\n`,
    });
  });
});

describe('which quick fixes the human output offers', () => {
  it('says (quick fix available) only where --fix fixes, before and after it, and (quick fix in the editor) elsewhere', () => {
    const file = join(scratch, 'mistakes.peeker.json');
    copyFileSync(join(ROOT, 'examples/invalid/order-mistakes.peeker.json'), file);
    const left = [
      `${file}:5:13 error invalid_request \`user\` "Client Example" is neither a customer id (\`usr_…\`) nor an email. Send the customer's email (the customer is created if new) or their \`usr_…\` id.`,
      `${file}:13:34 error invalid_request \`domains[1]\` "https://team-acme.com/" is a URL, not a domain name: send just the host name. (quick fix in the editor)`,
      `${file}:13:60 error invalid_request "acme-mail.com" is the same domain as \`domains[0]\`: an order can provision each domain only once. Remove the duplicate. (quick fix in the editor)`,
      `${file}:15:73 warning profile_picture_not_accessible \`personas[0].profile_picture_url\` points at localhost, which Peeker cannot reach. Peeker would accept the order, then block it with the pending action \`profile_picture_not_accessible\`. Host the picture on a public https URL (e.g. a CDN), or send "" for none. (quick fix in the editor)`,
      `${file}:17:23 error invalid_request \`forwarding_url\` "ftp://acme.com" uses \`ftp:\`; forwarding needs an http(s) URL. Send e.g. "https://acme.com".`,
      `${file}:18:5 error invalid_request Unknown field \`fowarding_note\` in the body: the API rejects fields it does not know. Remove it. (quick fix in the editor)`,
    ];
    const unfixed = [
      ...left.slice(0, 2),
      `${file}:13:60 error invalid_request "ACME-Mail.com." is the same domain as \`domains[0]\` ("acme-mail.com"): an order can provision each domain only once. Remove the duplicate. (quick fix in the editor)`,
      `${file}:13:60 warning domain_not_normalized Write \`domains[2]\` as "acme-mail.com": domain names are case-insensitive and the trailing dot is implied. (quick fix available)`,
      ...left.slice(3),
    ];
    expect(runCli([file]).stdout).toBe(`${unfixed.join('\n')}\n✖ 5 errors, 2 warnings, 0 infos in 1 file.\n`);
    expect(runCli(['--fix', file])).toEqual({
      code: 1,
      stdout: `${file}: applied 1 fix\n${left.join('\n')}\n✖ 5 errors, 1 warning, 0 infos in 1 file.\n`,
      stderr: '',
    });
  });
});
