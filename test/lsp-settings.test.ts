/**
 * `peeker.bodyFiles` and picked operations over LSP, from every source a client may use
 * (`workspace/configuration`, `didChangeConfiguration` push, `initializationOptions`), and bad
 * values: a clear message in the log and once on screen, never a crash.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { brief, type LspClient, startClient } from './lsp-harness';

const FOLDER = 'file:///home/me/project';
const BODY = JSON.stringify({ user: 'not-a-user' });

const clients: LspClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop();
});

async function start(options: Parameters<typeof startClient>[0]): Promise<LspClient> {
  const { client } = await startClient({ workspaceFolders: [{ uri: FOLDER, name: 'project' }], ...options });
  clients.push(client);
  return client;
}

function targetOf(client: LspClient, uri: string) {
  return client.waitFor(() => client.targets.filter((t) => t.uri === uri).at(-1), `target of ${uri}`);
}

describe('peeker.bodyFiles', () => {
  it('from workspace/configuration: a matching file is linted as the operation', async () => {
    const client = await start({ settings: { bodyFiles: { 'fixtures/orders/*.json': 'POST /orders' } } });
    const uri = `${FOLDER}/fixtures/orders/new.json`;
    client.open(uri, BODY);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.map((d) => d.code)).toContain('invalid_request');
    expect(await targetOf(client, uri)).toEqual({
      uri,
      source: 'setting',
      reason: 'peeker.bodyFiles "fixtures/orders/*.json"',
      operation: 'POST /orders',
    });
  });

  it('from initializationOptions when the client has no workspace/configuration (e.g. Helix)', async () => {
    const client = await start({
      capabilities: {},
      initializationOptions: { bodyFiles: { '**/swaps/*.json': 'POST /swaps' } },
    });
    const uri = `${FOLDER}/data/swaps/one.json`;
    client.open(uri, '{"type": "standard"}');
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Missing required field `domain_id`. Domain id (`dom_…`). Add it.',
      'Missing required field `replacement_domain`. A registrable domain name such as `acme-mail.com`. Add it.',
    ]);
  });

  it('a pushed didChangeConfiguration re-targets open documents', async () => {
    const client = await start({ capabilities: {} });
    const uri = `${FOLDER}/fixtures/orders/later.json`;
    client.open(uri, BODY);
    await new Promise((done) => setTimeout(done, 300));
    expect(client.diagnostics.has(uri)).toBe(false);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { peeker: { bodyFiles: { 'fixtures/**/*.json': 'POST /orders' } } },
    });
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toContain('invalid_request');
    // …and removing the glob clears them again.
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { peeker: { bodyFiles: {} } },
    });
    const cleared = await client.waitFor(
      () => (client.diagnostics.get(uri)!.at(-1)!.diagnostics.length === 0 ? true : undefined),
      'cleared diagnostics',
    );
    expect(cleared).toBe(true);
    expect(await targetOf(client, uri)).toEqual({ uri, source: 'none' });
  });

  it('a push-only client removes the setting by pushing settings without it: back to initializationOptions, else none', async () => {
    const client = await start({ capabilities: {} });
    const uri = `${FOLDER}/fixtures/orders/a.json`;
    client.open(uri, BODY);
    const push = (settings: unknown) =>
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    const lastCount = () => client.diagnostics.get(uri)?.at(-1)?.diagnostics.length;
    const until = (linted: boolean) =>
      client.waitFor(() => ((lastCount() ?? 0) > 0 === linted ? true : undefined), `linted=${linted}`);
    const globs = { peeker: { bodyFiles: { 'fixtures/**/*.json': 'POST /orders' } } };
    await push(globs);
    await until(true);
    await push({ peeker: {} });
    await until(false);
    expect(await targetOf(client, uri)).toEqual({ uri, source: 'none' });
    await push(globs);
    await until(true);
    await push({});
    await until(false);
    expect(client.logs.map((l) => l.message).filter((m) => m.startsWith('peeker.bodyFiles'))).toEqual([
      'peeker.bodyFiles: none usable; linting *.peeker.json files, JSON with a Peeker "$schema" and JSON shaped like a request file.',
      'peeker.bodyFiles: "fixtures/**/*.json" → POST /orders',
      'peeker.bodyFiles: none usable; linting *.peeker.json files, JSON with a Peeker "$schema" and JSON shaped like a request file.',
      'peeker.bodyFiles: "fixtures/**/*.json" → POST /orders',
      'peeker.bodyFiles: none usable; linting *.peeker.json files, JSON with a Peeker "$schema" and JSON shaped like a request file.',
    ]);

    const withInit = await start({
      capabilities: {},
      initializationOptions: { bodyFiles: { '**/orders/*.json': 'POST /orders' } },
    });
    withInit.open(uri, BODY);
    await withInit.diagnosticsFor(uri, 1);
    const reasons = () => withInit.targets.filter((t) => t.uri === uri).map((t) => t.reason);
    await withInit.connection.sendNotification('workspace/didChangeConfiguration', { settings: globs });
    await withInit.waitFor(() => (reasons().length === 2 ? true : undefined), 'the pushed glob');
    await withInit.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await withInit.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await withInit.waitFor(
      () =>
        withInit.logs.filter((l) => l.message.startsWith('peeker.bodyFiles')).length === 3 ? true : undefined,
      'three settings logs',
    );
    // `settings: null` carries no settings: nothing applied. `{}` goes back to initializationOptions.
    expect(withInit.logs.map((l) => l.message).filter((m) => m.startsWith('peeker.bodyFiles'))).toEqual([
      'peeker.bodyFiles: "**/orders/*.json" → POST /orders',
      'peeker.bodyFiles: "fixtures/**/*.json" → POST /orders',
      'peeker.bodyFiles: "**/orders/*.json" → POST /orders',
    ]);
    await withInit.waitFor(() => (reasons().length === 3 ? true : undefined), 'three targets');
    expect(reasons()).toEqual([
      'peeker.bodyFiles "**/orders/*.json"',
      'peeker.bodyFiles "fixtures/**/*.json"',
      'peeker.bodyFiles "**/orders/*.json"',
    ]);
  });

  it('bad values: each problem is logged once, shown once, and the good globs still work', async () => {
    const settings = {
      bodyFiles: {
        '**/{a/*.json': 'POST /orders',
        'orders/*.json': 'POST /order',
        'ok/*.json': 'POST /orders',
      },
    };
    const client = await start({ settings });
    const uri = `${FOLDER}/ok/fine.json`;
    client.open(uri, BODY);
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
    const warnings = client.logs.filter((l) => l.type === 2).map((l) => l.message);
    expect(warnings).toEqual([
      'peeker.bodyFiles["**/{a/*.json"]: the glob has an unclosed "{", so it would never match. Close it or remove it. The entry is ignored.',
      expect.stringMatching(
        /^peeker\.bodyFiles\["orders\/\*\.json"\]: unknown operation "POST \/order"\. Did you mean "POST \/orders"\?/,
      ),
    ]);
    expect(client.messages).toEqual([
      {
        type: 2,
        message:
          'Peeker DevKit: peeker.bodyFiles["**/{a/*.json"]: the glob has an unclosed "{", so it would never match. Close it or remove it. The entry is ignored. (and 1 more problem; see the Peeker DevKit log)',
      },
    ]);
    // The same bad settings again (e.g. an unrelated setting changed): no new message.
    client.settings = settings;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    client.open(`${FOLDER}/ok/second.json`, BODY);
    await client.diagnosticsFor(`${FOLDER}/ok/second.json`, 1);
    expect(client.messages).toHaveLength(1);
  });

  it('garbage setting values of every type are reported, never fatal', async () => {
    for (const bodyFiles of [42, 'x', [1, 2], true, { '**/*.json': { nested: 1 } }]) {
      const client = await start({ capabilities: {}, initializationOptions: { bodyFiles } });
      const uri = `${FOLDER}/x.peeker.json`;
      client.open(uri, '{"request": "GET /nope"}');
      expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
      expect(client.logs.some((l) => l.type === 2 && l.message.startsWith('peeker.bodyFiles'))).toBe(true);
    }
  });
});

describe('a body file\'s own "$schema" and a peeker.bodyFiles glob that matches it too', () => {
  const uri = `${FOLDER}/bodies/check.json`;
  const TEXT =
    '{ "$schema": "https://peeker-devkit.dev/schemas/v1/availability-request.json", "domains": ["Acme-Mail.com"] }\n';
  const REJECTED =
    'The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is';

  /** The actions on the file's first diagnostic, as [title, kind, preferred]. */
  async function actionsOn(client: LspClient, version: number) {
    const [first] = await client.diagnosticsFor(uri, version);
    return client.codeActions(uri, first!.range, [first!]);
  }

  it('the glob names the same operation: the warning says the removal is safe, and Fix all removes the key', async () => {
    const client = await start({
      settings: { bodyFiles: { 'bodies/*.json': 'POST /domains/availability' } },
    });
    client.open(uri, TEXT);
    expect((await client.diagnosticsFor(uri, 1)).map(brief)).toEqual([
      `0:2-0:11 2 schema_key_in_body ${REJECTED}: the file is checked as POST /domains/availability (its "$schema"), and peeker.bodyFiles "bodies/*.json" names the same operation, so it still is without the key.`,
      '0:91-0:106 2 domain_not_normalized Write `domains[0]` as "acme-mail.com": domain names are case-insensitive.',
    ]);
    expect(await targetOf(client, uri)).toEqual({
      uri,
      source: 'schema',
      reason: 'its "$schema"',
      operation: 'POST /domains/availability',
    });
    const actions = await actionsOn(client, 1);
    // Both fixes are safe now, so Fix all is offered as a quick fix too.
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Remove "$schema"', 'quickfix', true],
      ['Fix all Peeker problems', 'source.fixAll.peeker', false],
      ['Fix all Peeker problems in this file', 'quickfix', false],
    ]);
    const fixed = client.applyWorkspaceEdit(actions[1]!.edit!);
    expect(client.text(uri)).toBe('{ "domains": ["acme-mail.com"] }\n');
    expect(await client.diagnosticsFor(uri, fixed)).toEqual([]);
    expect(await targetOf(client, uri)).toEqual({
      uri,
      source: 'setting',
      reason: 'peeker.bodyFiles "bodies/*.json"',
      operation: 'POST /domains/availability',
    });
  });

  it('the glob names another operation: the "$schema" wins, the warning says so and why, and Fix all keeps the key', async () => {
    const client = await start({ settings: { bodyFiles: { 'bodies/*.json': 'POST /orders' } } });
    client.open(uri, TEXT);
    expect((await client.diagnosticsFor(uri, 1)).map(brief)).toEqual([
      `0:2-0:11 2 schema_key_in_body ${REJECTED}. It is also what names this file's operation: it is checked as POST /domains/availability because its "$schema" wins over peeker.bodyFiles "bodies/*.json", which names POST /orders; without the key it would be checked as POST /orders. If it is a body of POST /domains/availability, make peeker.bodyFiles "bodies/*.json" name "POST /domains/availability", then remove the key; if it is a body of POST /orders, remove the key.`,
      '0:91-0:106 2 domain_not_normalized Write `domains[0]` as "acme-mail.com": domain names are case-insensitive.',
    ]);
    expect(await targetOf(client, uri)).toEqual({
      uri,
      source: 'schema',
      reason: 'its "$schema"',
      operation: 'POST /domains/availability',
    });
    const actions = await actionsOn(client, 1);
    expect(actions.map((a) => [a.title, a.kind, a.isPreferred ?? false])).toEqual([
      ['Remove "$schema"', 'quickfix', true],
      ['Fix all Peeker problems', 'source.fixAll.peeker', false],
    ]);
    client.applyWorkspaceEdit(actions[1]!.edit!);
    expect(client.text(uri)).toBe(TEXT.replace('Acme-Mail.com', 'acme-mail.com'));
  });

  it('an operation picked for the file: Fix all removes the key too', async () => {
    const client = await start({
      initializationOptions: { operationOverrides: { [uri]: 'POST /domains/availability' } },
    });
    client.open(uri, TEXT);
    expect((await client.diagnosticsFor(uri, 1)).map(brief)).toEqual([
      `0:2-0:11 2 schema_key_in_body ${REJECTED}: the file is checked as POST /domains/availability (picked for this file), which does not need it.`,
      '0:91-0:106 2 domain_not_normalized Write `domains[0]` as "acme-mail.com": domain names are case-insensitive.',
    ]);
    const actions = await actionsOn(client, 1);
    client.applyWorkspaceEdit(actions.find((a) => a.kind === 'source.fixAll.peeker')!.edit!);
    expect(client.text(uri)).toBe('{ "domains": ["acme-mail.com"] }\n');
  });
});

describe('picking an operation for a file', () => {
  it('peeker/setOperationOverride re-lints the file as the picked operation; null goes back', async () => {
    const client = await start({ settings: { bodyFiles: { 'fixtures/orders/*.json': 'POST /orders' } } });
    const uri = `${FOLDER}/fixtures/orders/swap.json`;
    client.open(uri, '{"type": "standard", "domain_id": "dom_1", "replacement_domain": "acme-fresh.com"}');
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
    await client.connection.sendNotification('peeker/setOperationOverride', {
      uri,
      operation: 'POST /swaps',
    });
    await client.waitFor(
      () => (client.diagnostics.get(uri)!.at(-1)!.diagnostics.length === 0 ? true : undefined),
      'clean as a swap',
    );
    expect(await targetOf(client, uri)).toEqual({
      uri,
      source: 'override',
      reason: 'picked for this file',
      operation: 'POST /swaps',
    });
    await client.connection.sendNotification('peeker/setOperationOverride', { uri, operation: null });
    await client.waitFor(
      () => (client.diagnostics.get(uri)!.at(-1)!.diagnostics.length > 0 ? true : undefined),
      'back to an order',
    );
    expect((await targetOf(client, uri)).source).toBe('setting');
  });

  it('a rejected pick leaves the earlier pick in force, and the log names it', async () => {
    const client = await start({});
    const uri = 'file:///tmp/x/plain.json';
    client.open(uri, '{"domains": ["A.com"]}');
    await client.connection.sendNotification('peeker/setOperationOverride', {
      uri,
      operation: 'POST /swaps',
    });
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
    await client.connection.sendNotification('peeker/setOperationOverride', {
      uri,
      operation: 'post /ORDERS',
    });
    const warning = await client.waitFor(
      () => client.logs.find((l) => l.message.includes('"post /ORDERS"'))?.message,
      'the rejection',
    );
    expect(warning).toBe(
      'peeker/setOperationOverride for file:///tmp/x/plain.json: unknown operation "post /ORDERS"; the file keeps the operation picked before, POST /swaps.',
    );
    expect(client.targets.filter((t) => t.uri === uri).at(-1)).toEqual({
      uri,
      source: 'override',
      reason: 'picked for this file',
      operation: 'POST /swaps',
    });
  });

  it('overrides from initializationOptions survive a server restart; bad ones are logged', async () => {
    const uri = `${FOLDER}/anything.json`;
    const client = await start({
      initializationOptions: { operationOverrides: { [uri]: 'POST /swaps', 'file:///y.json': 'GET /me' } },
    });
    client.open(uri, '{}');
    expect((await client.diagnosticsFor(uri, 1)).map((d) => d.code)).toEqual([
      'invalid_request',
      'invalid_request',
      'invalid_request',
    ]);
    expect(client.logs.map((l) => l.message)).toContain(
      'peeker/setOperationOverride for file:///y.json: GET /me takes no JSON body; the file keeps its automatic operation.',
    );
  });

  it("a picked operation wins over the file's $schema, and a warning on the $schema says so", async () => {
    const uri = `${FOLDER}/bodies/check.json`;
    const client = await start({
      initializationOptions: { operationOverrides: { [uri]: 'POST /domains/availability' } },
    });
    client.open(
      uri,
      '{"$schema": "https://peeker-devkit.dev/schemas/v1/create-order-request.json", "domains": ["acme.com"]}',
    );
    expect((await client.diagnosticsFor(uri, 1)).map(brief)).toEqual([
      '0:1-0:10 2 schema_key_in_body The API rejects "$schema" as a field it does not know: sent as it is (curl --data-binary @file), this body is answered 400 invalid_request (Unknown field `$schema`). Remove it before sending the file as it is: the file is checked as POST /domains/availability (picked for this file), which does not need it.',
      '0:12-0:76 2 schema_id_mismatch Checked as POST /domains/availability (picked for this file), which wins over "$schema"; this "$schema" names the body of POST /orders. If it is a body of POST /domains/availability, change "$schema" to "https://peeker-devkit.dev/schemas/v1/availability-request.json"; if it is a body of POST /orders, lint it as that.',
    ]);
  });

  it('a malformed override notification is logged and ignored', async () => {
    const client = await start({});
    await client.connection.sendNotification('peeker/setOperationOverride', {
      uri: 7,
      operation: 'POST /orders',
    });
    await client.connection.sendNotification('peeker/setOperationOverride', 'garbage');
    const log = await client.waitFor(
      () =>
        client.logs.filter((l) => l.message.startsWith('peeker/setOperationOverride')).length >= 2 ||
        undefined,
      'two warnings',
    );
    expect(log).toBe(true);
    expect(await client.hover('file:///nothing.json', { line: 0, character: 0 })).toBeNull();
  });
});
