/**
 * The language server end to end, driven by a real JSON-RPC client over stdio: a bad order is
 * opened, the exact diagnostics arrive, quick fixes are requested and applied like an editor
 * applies them, and the diagnostics clear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, type LspClient, startClient } from './lsp-harness';

const BAD_ORDER = `{
  "request": "POST /orders",
  "body": {
    "user": "client@example.com",
    "bundle_id": "bun_01HZX0BU1A2B3C4D5E6F7G8H",
    "google_licenses": 4,
    "sequencer": { "provider": "smartlead", "client_id": 366903, "login_email": "ops@acme.com", "login_password": "s3cret" },
    "domains": ["acme-mail.com", "team-acme.com", "Acme-Mail.com"],
    "personas": [{ "first_name": "Sam", "last_name": "Lee", "profile_picture_url": "" }]
  }
}
`;

let client: LspClient;

beforeAll(async () => {
  ({ client } = await startClient());
});

afterAll(async () => {
  await client?.stop();
});

describe('diagnostics → quick fixes → clean', () => {
  const uri = 'file:///ws/orders/new-customer.peeker.json';

  it('publishes the exact diagnostics of a bad order on open', async () => {
    client.open(uri, BAD_ORDER);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.map(brief)).toEqual([
      '4:4-4:15 1 order_shape_conflict `bundle_id` cannot be combined with custom sizing (`google_licenses`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.',
      '7:50-7:65 1 invalid_request "Acme-Mail.com" is the same domain as `domains[0]` ("acme-mail.com"): an order can provision each domain only once. Remove the duplicate.',
      '7:50-7:65 2 domain_not_normalized Write `domains[2]` as "acme-mail.com": domain names are case-insensitive.',
    ]);
    expect(diagnostics.every((d) => d.source === 'peeker')).toBe(true);
    expect(diagnostics[0]!.data).toEqual({ fixIds: ['fix-1', 'fix-2'] });
    const target = await client.waitFor(
      () => client.targets.find((t) => t.uri === uri),
      'the document target',
    );
    expect(target).toEqual({
      uri,
      source: 'request-file',
      reason: 'a *.peeker.json request file',
      operation: 'POST /orders',
    });
  });

  it('offers both ways out of order_shape_conflict (the bundle first), then the fix-all actions', async () => {
    const [conflict] = await client.diagnosticsFor(uri, 1);
    const actions = await client.codeActions(uri, conflict!.range, [conflict!]);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Keep the bundle: remove `google_licenses`', 'quickfix', true],
      ['Keep the custom sizing: remove `bundle_id`', 'quickfix', false],
      ['Fix all Peeker problems', 'source.fixAll.peeker', false],
      ['Fix all Peeker problems in this file', 'quickfix', false],
    ]);
    expect(actions[1]!.diagnostics?.map((d) => d.code)).toEqual(['order_shape_conflict']);
    expect(actions[1]!.edit?.documentChanges).toEqual([
      {
        textDocument: { uri, version: 1 },
        edits: [
          { range: { start: { line: 3, character: 33 }, end: { line: 4, character: 48 } }, newText: '' },
        ],
      },
    ]);
  });

  it('applying "keep the custom sizing" re-lints the new version: the count now matters', async () => {
    const [conflict] = await client.diagnosticsFor(uri, 1);
    const actions = await client.codeActions(uri, conflict!.range, [conflict!]);
    const version = client.applyWorkspaceEdit(actions[1]!.edit!);
    expect(version).toBe(2);
    expect(client.text(uri)).not.toContain('bundle_id');
    const diagnostics = await client.diagnosticsFor(uri, 2);
    expect(diagnostics.map(brief)).toEqual([
      '6:4-6:13 1 domain_count_mismatch The custom sizing needs 2 domains (2 Google: 4 google_licenses ÷ 2 inboxes per domain, rounded up; 0 Microsoft: one per microsoft_license) but 3 were sent. Remove 1 domain, or raise the license counts.',
      '6:50-6:65 1 invalid_request "Acme-Mail.com" is the same domain as `domains[0]` ("acme-mail.com"): an order can provision each domain only once. Remove the duplicate.',
      '6:50-6:65 2 domain_not_normalized Write `domains[2]` as "acme-mail.com": domain names are case-insensitive.',
    ]);
  });

  it('removing the duplicate domain clears every diagnostic', async () => {
    const diagnostics = await client.diagnosticsFor(uri, 2);
    const duplicate = diagnostics.find((d) => d.code === 'invalid_request')!;
    const actions = await client.codeActions(uri, duplicate.range, [duplicate], ['quickfix']);
    // One safe fix only (the removal changes a custom order's domain count): no "fix all" here.
    expect(actions.map((a) => a.title)).toEqual(['Remove the duplicate domain', 'Change to "acme-mail.com"']);
    const version = client.applyWorkspaceEdit(actions[0]!.edit!);
    expect(await client.diagnosticsFor(uri, version)).toEqual([]);
    expect(client.text(uri)).toContain('"domains": ["acme-mail.com", "team-acme.com"],');
  });

  it('typing a new problem brings a diagnostic back after the debounce, and fixing it clears it', async () => {
    const position = client.positionOf(uri, '"Sam"', 1);
    const broken = client.change(uri, [
      { range: { start: position, end: { ...position, character: position.character + 3 } }, newText: '' },
    ]);
    const diagnostics = await client.diagnosticsFor(uri, broken);
    expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      'invalid_request `personas[0].first_name` must not be empty. First name.',
    ]);
    const fixed = client.change(uri, [{ range: { start: position, end: position }, newText: 'Sam' }]);
    expect(await client.diagnosticsFor(uri, fixed)).toEqual([]);
  });

  it('closing the document clears its diagnostics', async () => {
    const other = 'file:///ws/orders/closing.peeker.json';
    client.open(other, '{"request": "POST /nope"}');
    expect((await client.diagnosticsFor(other, 1)).length).toBeGreaterThan(0);
    const before = client.diagnostics.get(other)!.length;
    client.close(other);
    const cleared = await client.waitFor(
      () =>
        client.diagnostics.get(other)!.length > before ? client.diagnostics.get(other)!.at(-1) : undefined,
      'the clearing publish',
    );
    expect(cleared.diagnostics).toEqual([]);
  });
});

describe('which operation a document is linted against', () => {
  it('a body file with one of our $schema ids is linted as that operation', async () => {
    const uri = 'file:///ws/bodies/bundle.json';
    client.open(
      uri,
      JSON.stringify({
        $schema: 'https://peeker-devkit.dev/schemas/v1/create-order-request.json',
        user: 'not a user',
      }),
    );
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.map((d) => d.code)).toContain('invalid_request');
    const target = await client.waitFor(() => client.targets.find((t) => t.uri === uri), 'target');
    expect(target).toEqual({ uri, source: 'schema', reason: 'its "$schema"', operation: 'POST /orders' });
  });

  it('warns on a body file\'s own "$schema" (the API rejects it as sent), with a quick fix that Fix all leaves alone', async () => {
    const uri = 'file:///ws/bodies/check.json';
    const text =
      '{\n  "$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json",\n  "domains": ["Acme-Mail.com"]\n}\n';
    client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.map(brief)).toEqual([
      '1:2-1:11 2 schema_key_in_body The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is. It is also what names this file\'s operation (POST /domains/availability): without it, give the operation with --operation "POST /domains/availability" (in the editor, the peeker.bodyFiles setting), or keep the body in a *.peeker.json request file, whose own "$schema" is not sent.',
      '2:14-2:29 2 domain_not_normalized Write `domains[0]` as "acme-mail.com": domain names are case-insensitive.',
    ]);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, [diagnostics[0]!]);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Remove "$schema"', 'quickfix', true],
      ['Fix all Peeker problems', 'source.fixAll.peeker', false],
    ]);
    // Fix all only lower-cases the domain: without its "$schema" the file would name no operation.
    const fixAll = client.applyWorkspaceEdit(actions[1]!.edit!);
    expect(client.text(uri)).toBe(text.replace('Acme-Mail.com', 'acme-mail.com'));
    const [key] = await client.diagnosticsFor(uri, fixAll);
    const [remove] = await client.codeActions(uri, key!.range, [key!], ['quickfix']);
    client.applyWorkspaceEdit(remove!.edit!);
    expect(client.text(uri)).toBe('{\n  "domains": ["acme-mail.com"]\n}\n');
  });

  it("an unknown schema id of ours is the engine's error on the $schema value, and its fix makes it a body", async () => {
    const uri = 'file:///ws/bodies/typo.json';
    client.open(uri, '{"$schema": "https://peeker-devkit.dev/schemas/v1/create-oder-request.json"}');
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.map(brief)).toEqual([
      '0:12-0:75 1 unknown_schema_id Unknown Peeker DevKit schema "create-oder-request.json": no schema under https://peeker-devkit.dev/schemas/v1/ has this $id, so no operation is known for this document and only its JSON syntax was checked. Did you mean "https://peeker-devkit.dev/schemas/v1/create-order-request.json" (the body of POST /orders)?',
    ]);
    const actions = await client.codeActions(uri, diagnostics[0]!.range, diagnostics, ['quickfix']);
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Change "$schema" to "https://peeker-devkit.dev/schemas/v1/create-order-request.json"', true],
    ]);
    const version = client.applyWorkspaceEdit(actions[0]!.edit!);
    expect(client.text(uri)).toBe(
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/create-order-request.json"}',
    );
    expect((await client.diagnosticsFor(uri, version)).map((d) => d.code)).toContain('invalid_request');
    const target = await client.waitFor(
      () => client.targets.find((t) => t.uri === uri && t.source === 'schema'),
      'target',
    );
    expect(target).toEqual({ uri, source: 'schema', reason: 'its "$schema"', operation: 'POST /orders' });
  });

  it('plain JSON that is not a Peeker document gets nothing at all', async () => {
    const uri = 'file:///ws/package.json';
    client.open(uri, '{"name": "x", "version": 1');
    // A Peeker document opened afterwards is answered, so the first one has been processed by then.
    const marker = 'file:///ws/marker.peeker.json';
    client.open(marker, '{"request": "GET /me"}');
    await client.waitFor(() => client.targets.find((t) => t.uri === marker), 'marker target');
    expect(client.diagnostics.has(uri)).toBe(false);
    expect(client.targets.some((t) => t.uri === uri)).toBe(false);
    expect(await client.hover(uri, { line: 0, character: 3 })).toBeNull();
    expect(await client.completion(uri, { line: 0, character: 1 })).toBeNull();
  });
});

describe('a document shaped like a request file, whatever its name', () => {
  const SUFFIX =
    'Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`.';

  it("an untitled buffer gets the request file's diagnostics, as stdin does on the CLI", async () => {
    const uri = 'untitled:Untitled-1';
    client.open(uri, '{"request":"GET /mex"}');
    expect((await client.diagnosticsFor(uri, 1)).map(brief)).toEqual([
      `0:11-0:21 1 invalid_request_file Unknown operation "GET /mex". Did you mean "GET /me"? ${SUFFIX}`,
    ]);
    const target = await client.waitFor(() => client.targets.find((t) => t.uri === uri), 'target');
    expect(target).toEqual({ uri, source: 'request-file', reason: 'it is shaped like a request file' });

    const order = 'untitled:Untitled-3';
    client.open(order, '{"request":"POST /orders","body":{"user":5}}');
    // The body is checked against the operation in "request": the missing fields, and `user` on its value.
    const body = (await client.diagnosticsFor(order, 1)).map(brief);
    expect([body.length, body.at(-1)]).toEqual([
      5,
      '0:41-0:42 1 invalid_request `user` must be a string or an object, not 5. The customer: an existing `usr_…` id, or an email (the customer is reused if it exists, created otherwise).',
    ]);
  });

  it('a plain *.json is linted too, a typo in a request-file key included', async () => {
    const uri = 'file:///tmp/req.json';
    client.open(uri, '{"request":"POST /orders","bdy":{"user":"a@b.co"}}');
    expect((await client.diagnosticsFor(uri, 1)).map(brief)).toEqual([
      '0:26-0:31 1 invalid_request_file Unknown field `bdy` in the request file: a request file has only `$schema`, `description`, `request`, `path`, `query`, `body`. Did you mean `body`?',
    ]);
  });

  it('other JSON with a "request" key is left alone', async () => {
    const others = {
      'file:///ws/fixtures/github.json': '{"request":"GET https://api.github.com/orders"}',
      'file:///ws/fixtures/health.json': '{"request":"GET /health","description":"our own service"}',
      'file:///ws/fixtures/exchange.json': '{"request":"GET /orders","response":{"status":200}}',
      'untitled:Untitled-9': '{"request":"retry on failure"}',
    };
    for (const [uri, text] of Object.entries(others)) client.open(uri, text);
    // A Peeker document opened afterwards is answered, so the others have been processed by then.
    const marker = 'file:///ws/fixtures/marker.peeker.json';
    client.open(marker, '{"request": "GET /me"}');
    await client.waitFor(() => client.targets.find((t) => t.uri === marker), 'marker target');
    for (const uri of Object.keys(others)) {
      expect(client.diagnostics.has(uri), uri).toBe(false);
      expect(client.targets.some((t) => t.uri === uri)).toBe(false);
    }
  });
});
