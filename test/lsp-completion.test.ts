/**
 * Completion over stdio: property names with their schema docs, enum values, id prefixes, the
 * operation list, and snippets that are exactly the contract's own examples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { catalog } from '../schemas';
import requestFileSchema from '../schemas/generated/json-schema/request-file.json';
import { type LspClient, startClient } from './lsp-harness';

let client: LspClient;

beforeAll(async () => {
  ({ client } = await startClient());
});

afterAll(async () => {
  await client?.stop();
});

const orderSchema = requestFileSchema.$defs['create-order-request'];

function labels(list: CompletionList | null): string[] {
  return (list?.items ?? []).map((item) => item.label);
}

function item(list: CompletionList | null, label: string): CompletionItem {
  const found = list?.items.find((i) => i.label === label);
  if (!found) throw new Error(`no completion ${label}; got ${labels(list).join(', ')}`);
  return found;
}

function insertText(completion: CompletionItem): string {
  const edit = completion.textEdit;
  if (!edit || !('range' in edit)) throw new Error('expected a TextEdit');
  return edit.newText;
}

/** Undoes snippet escaping (`\$`, `\}`, `\\`) for snippets without placeholders. */
function unescapeSnippet(snippet: string): string {
  return snippet.replace(/\\([\\$}])/g, '$1');
}

describe('property names', () => {
  const uri = 'file:///ws/completion/keys.peeker.json';

  it('lists the body properties of POST /orders in the empty body, required first, with docs and snippets', async () => {
    client.open(uri, '{\n  "request": "POST /orders",\n  "body": {\n    \n  }\n}');
    const list = await client.completion(uri, { line: 3, character: 4 });
    expect(
      list?.items
        .filter((i) => i.kind === 10)
        .map((i) => [i.label, i.detail, insertText(i), i.sortText, i.tags]),
    ).toEqual([
      ['user', 'string | object', '"user": "usr_$1"', '1user', undefined],
      ['user_id', 'string', '"user_id": "usr_$1"', '2user_id', [1]],
      ['bundle_id', 'string', '"bundle_id": "bun_$1"', '1bundle_id', undefined],
      ['google_licenses', 'integer', `"google_licenses": \${1:4}`, '1google_licenses', undefined],
      ['microsoft_licenses', 'integer', `"microsoft_licenses": \${1:2}`, '1microsoft_licenses', undefined],
      [
        'google_inboxes_per_domain',
        'integer',
        `"google_inboxes_per_domain": \${1|2,3|}`,
        '1google_inboxes_per_domain',
        undefined,
      ],
      ['sequencer', 'object (required)', '"sequencer": {$1}', '0sequencer', undefined],
      ['domains', 'array (required)', '"domains": [$1]', '0domains', undefined],
      ['personas', 'array', '"personas": [$1]', '1personas', undefined],
      ['users', 'array', '"users": [$1]', '2users', [1]],
      ['forwarding_url', 'string', '"forwarding_url": "$1"', '1forwarding_url', undefined],
    ]);
    expect(item(list, 'bundle_id').documentation).toEqual({
      kind: 'markdown',
      value: orderSchema.properties.bundle_id.markdownDescription,
    });
  });

  it('offers the custom-sizing and the bundle order, exactly the contract examples', async () => {
    const list = await client.completion(uri, { line: 3, character: 4 });
    const snippets = list!.items.filter((i) => i.kind === 15);
    expect(snippets.map((s) => s.label)).toEqual(['Custom-sizing order', 'Bundle order']);
    const bodies = snippets.map((s) => JSON.parse(`{${unescapeSnippet(insertText(s))}}`));
    expect(bodies).toEqual(orderSchema.examples);
    expect(bodies[1]).toHaveProperty('bundle_id');
    expect(bodies[0]).not.toHaveProperty('bundle_id');
  });

  it('leaves out keys already present, and custom sizing next to a bundle_id', async () => {
    const text = '{"request": "POST /orders", "body": {"bundle_id": "bun_1", "user": "a@b.co", }}';
    const other = 'file:///ws/completion/bundle.peeker.json';
    client.open(other, text);
    const list = await client.completion(other, client.positionOf(other, ', }', 2));
    expect(labels(list)).toEqual(['sequencer', 'domains', 'personas', 'users', 'forwarding_url']);
  });

  it('offers each missing property once, and not the deprecated aliases of keys already there (user_id, users)', async () => {
    // The case of examples/invalid/order-mistakes.peeker.json: VS Code's JSON service (a jsonValidation
    // contribution, now gone) offered these again, with user_id and users unmarked.
    const other = 'file:///ws/completion/mistakes.peeker.json';
    client.open(
      other,
      [
        '{',
        '  "request": "POST /orders",',
        '  "body": {',
        '    "user": "Client Example",',
        '    "google_licenses": 6,',
        '    "sequencer": { "provider": "smartlead", "client_id": 366903, "login_email": "ops@acme.com", "login_password": "pw" },',
        '    "domains": ["acme-mail.com"],',
        '    "personas": [{ "first_name": "Sam", "last_name": "Lee", "profile_picture_url": "" }],',
        '    "forwarding_url": "ftp://acme.com",',
        '    "fowarding_note": "typo",',
        '    "',
        '  }',
        '}',
      ].join('\n'),
    );
    const list = await client.completion(other, { line: 10, character: 5 });
    const properties = list!.items
      .filter((i) => i.kind === 10)
      .sort((a, b) => a.sortText!.localeCompare(b.sortText!))
      .map((i) => [i.label, i.tags]);
    expect(properties).toEqual([
      ['bundle_id', undefined],
      ['google_inboxes_per_domain', undefined],
      ['microsoft_licenses', undefined],
    ]);
  });

  it('inside a half-typed key it replaces the key and only inserts the name before an existing colon', async () => {
    const other = 'file:///ws/completion/typed.peeker.json';
    client.open(other, '{"request": "POST /orders", "body": {"seq": {}}}');
    const list = await client.completion(other, client.positionOf(other, '"seq"', 3));
    const sequencer = item(list, 'sequencer');
    expect(sequencer.textEdit).toEqual({
      range: { start: { line: 0, character: 37 }, end: { line: 0, character: 42 } },
      newText: '"sequencer"',
    });
    expect(sequencer.filterText).toBe('"sequencer"');
  });

  it('request-file keys at the top level: no "body" for an operation that takes none', async () => {
    const get = 'file:///ws/completion/top-get.peeker.json';
    client.open(get, '{"request": "GET /me", }');
    expect(labels(await client.completion(get, client.positionOf(get, ' }', 1)))).toEqual([
      '$schema',
      'description',
      'path',
      'query',
    ]);
    const post = 'file:///ws/completion/top-post.peeker.json';
    client.open(post, '{"request": "POST /orders", }');
    const list = await client.completion(post, client.positionOf(post, ' }', 1));
    expect(labels(list)).toEqual(['$schema', 'description', 'path', 'query', 'body']);
    expect(item(list, 'body').detail).toBe('object (required)');
  });

  it('"body" completes to an object (every body is one) with the cursor inside, also before "request" names an operation', async () => {
    const cases: [string, string | undefined][] = [
      ['{"request": "POST /orders/{id}/cancel", }', 'object'],
      ['{"request": "POST /nowhere", }', undefined],
      ['{ }', undefined],
    ];
    for (const [index, [text, detail]] of cases.entries()) {
      const uri = `file:///ws/completion/body-key-${index}.peeker.json`;
      client.open(uri, text);
      const body = item(await client.completion(uri, client.positionOf(uri, ' }', 1)), 'body');
      expect([insertText(body), body.insertTextFormat, body.detail]).toEqual(['"body": {$1}', 2, detail]);
    }
  });
});

describe('values', () => {
  it('the operation list for "request", with each operation summary', async () => {
    const uri = 'file:///ws/completion/request.peeker.json';
    client.open(uri, '{"request": ""}');
    const list = await client.completion(uri, { line: 0, character: 13 });
    expect(labels(list)).toEqual(catalog.operations.map((op) => JSON.stringify(op.key)));
    const createOrder = item(list, '"POST /orders"');
    expect(createOrder.detail).toBe('Create an order (and create or reuse the customer)');
    expect(createOrder.documentation).toEqual({
      kind: 'markdown',
      value:
        '**POST /orders** — Create an order (and create or reuse the customer)\n\nPermission: `write` · success: HTTP 200 · JSON body: `create-order-request.json`',
    });
    expect(createOrder.textEdit).toEqual({
      range: { start: { line: 0, character: 12 }, end: { line: 0, character: 14 } },
      newText: '"POST /orders"',
    });
  });

  it('enum values: status, provider (usable_for), swap type, sequencer provider, inbox density', async () => {
    const cases: [string, string, string[]][] = [
      [
        '{"request": "GET /orders", "query": {"status": }}',
        '"status": ',
        catalog.enums.OrderStatus!.map((v) => JSON.stringify(v)),
      ],
      [
        '{"request": "GET /domains", "query": {"usable_for": }}',
        '"usable_for": ',
        ['"google"', '"microsoft"'],
      ],
      ['{"request": "POST /swaps", "body": {"type": }}', '"type": ', ['"standard"', '"premium"']],
      ['{"request": "POST /orders", "body": {"sequencer": {"provider": }}}', '"provider": ', ['"smartlead"']],
      ['{"request": "POST /orders", "body": {"google_inboxes_per_domain": }}', 'domain": ', ['2', '3']],
    ];
    for (const [index, [text, before, expected]] of cases.entries()) {
      const uri = `file:///ws/completion/enum-${index}.peeker.json`;
      client.open(uri, text);
      const list = await client.completion(uri, client.positionOf(uri, before, before.length));
      expect(labels(list), text).toEqual(expected);
    }
  });

  it('id prefixes from the catalog: usr_, ord_, dom_, bun_', async () => {
    const cases: [string, string, string][] = [
      ['{"request": "POST /orders", "body": {"user": }}', '"user": ', 'usr_'],
      ['{"request": "GET /swaps", "query": {"order_id": }}', '"order_id": ', 'ord_'],
      ['{"request": "GET /swaps", "query": {"domain_id": }}', '"domain_id": ', 'dom_'],
      ['{"request": "POST /orders", "body": {"bundle_id": }}', '"bundle_id": ', 'bun_'],
    ];
    for (const [index, [text, before, prefix]] of cases.entries()) {
      const uri = `file:///ws/completion/prefix-${index}.peeker.json`;
      client.open(uri, text);
      const list = await client.completion(uri, client.positionOf(uri, before, before.length));
      const completion = item(list, JSON.stringify(prefix));
      expect(insertText(completion)).toBe(`"${prefix}$1"`);
      expect(completion.detail).toBe(
        `${Object.entries(catalog.idPrefixes).find(([, p]) => p === prefix)![0]} prefix`,
      );
    }
  });

  it('the customer: the usr_ prefix first, then the contract examples', async () => {
    const uri = 'file:///ws/completion/user.peeker.json';
    client.open(uri, '{"request": "POST /orders", "body": {"user": ""}}');
    const list = await client.completion(uri, client.positionOf(uri, '""', 1));
    expect(list?.items.map((i) => [i.label, i.detail])).toEqual([
      ['"usr_"', 'UserId prefix'],
      ['"client@example.com"', 'example'],
      ['"usr_01HZX0C6Z3K4M5N6P7Q8R9S0"', 'example'],
    ]);
  });

  it('nothing after a complete value', async () => {
    const uri = 'file:///ws/completion/after.peeker.json';
    client.open(uri, '{"request": "GET /me" }');
    expect(labels(await client.completion(uri, { line: 0, character: 22 }))).toEqual([]);
  });
});

describe('whole-document snippets', () => {
  it('an empty *.peeker.json offers request skeletons', async () => {
    const uri = 'file:///ws/completion/empty.peeker.json';
    client.open(uri, '');
    const list = await client.completion(uri, { line: 0, character: 0 });
    expect(labels(list)).toEqual([
      'Peeker request: POST /orders (Custom-sizing order)',
      'Peeker request: POST /orders (Bundle order)',
      'Peeker request (choose the operation)',
    ]);
    const bundle = JSON.parse(unescapeSnippet(insertText(list!.items[1]!)));
    expect(bundle).toEqual({
      $schema: 'https://peeker-devkit.dev/schemas/v1/request-file.json',
      request: 'POST /orders',
      body: orderSchema.examples[1],
    });
    expect(insertText(list!.items[2]!)).toBe(
      `{\n\t"\\$schema": "https://peeker-devkit.dev/schemas/v1/request-file.json",\n\t"request": "\${1|${catalog.operations.map((op) => op.key).join(',')}|}"$0\n}`,
    );
  });

  it('the value of "body" offers the operation examples', async () => {
    const uri = 'file:///ws/completion/body.peeker.json';
    client.open(uri, '{"request": "POST /orders", "body": }');
    const list = await client.completion(uri, client.positionOf(uri, '"body": ', 8));
    expect(labels(list)).toEqual(['Custom-sizing order', 'Bundle order']);
    expect(JSON.parse(unescapeSnippet(insertText(list!.items[0]!)))).toEqual(orderSchema.examples[0]);
  });

  it('a client without snippet support gets plain JSON', async () => {
    const { client: plain } = await startClient({ capabilities: {} });
    try {
      const uri = 'file:///ws/completion/plain.peeker.json';
      plain.open(uri, '{"request": "POST /orders", "body": {"google_inboxes_per_domain": 2, }}');
      const list = await plain.completion(uri, plain.positionOf(uri, ', }', 2));
      const sequencer = item(list, 'sequencer');
      expect(sequencer.insertTextFormat).toBe(1);
      expect(insertText(sequencer)).toBe('"sequencer": {}');
      expect(sequencer.documentation).toEqual({
        kind: 'plaintext',
        value:
          'Sequencer routing for the new inboxes: {provider: "smartlead", client_id, login_email, login_password}. The login pair is required.',
      });
      // Every top-level key of a request file completes to valid JSON, "body" included.
      const top = 'file:///ws/completion/plain-top.peeker.json';
      const text = '{"request": "POST /orders", }';
      plain.open(top, text);
      const at = text.indexOf(' }') + 1;
      const completed = (await plain.completion(top, plain.positionOf(top, ' }', 1)))!.items.map((i) => {
        const json = text.slice(0, at) + insertText(i) + text.slice(at);
        return [i.label, i.insertTextFormat, JSON.parse(json)];
      });
      expect(completed).toEqual([
        ['$schema', 1, { request: 'POST /orders', $schema: '' }],
        ['description', 1, { request: 'POST /orders', description: '' }],
        ['path', 1, { request: 'POST /orders', path: {} }],
        ['query', 1, { request: 'POST /orders', query: {} }],
        ['body', 1, { request: 'POST /orders', body: {} }],
      ]);
    } finally {
      await plain.stop();
    }
  });
});
