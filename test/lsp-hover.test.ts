/**
 * Hover over stdio: schema Markdown on keys and values, the operation behind `"request"`, and for
 * error codes (in the text or behind a diagnostic) the meaning, the action and the decision rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientCapabilities, Hover } from 'vscode-languageserver';
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

function markdown(hover: Hover | null): string {
  if (!hover || typeof hover.contents !== 'object' || !('kind' in hover.contents)) {
    throw new Error(`expected Markdown hover, got ${JSON.stringify(hover)}`);
  }
  expect(hover.contents.kind).toBe('markdown');
  return hover.contents.value;
}

const ORDER = `{
  "request": "POST /orders",
  "description": "rate_limited",
  "body": {
    "user": "client@example.com",
    "bundle_id": "bun_01HZX0BU1A2B3C4D5E6F7G8H",
    "google_licenses": 4,
    "sequencer": { "provider": "smartlead", "client_id": 366903, "login_email": "ops@acme.com", "login_password": "s3cret" },
    "domains": ["acme-mail.com", "Team-Acme.com"],
    "personas": [{ "first_name": "Sam", "last_name": "Lee", "profile_picture_url": "" }]
  }
}
`;

describe('hover', () => {
  const uri = 'file:///ws/hover/order.peeker.json';

  beforeAll(async () => {
    client.open(uri, ORDER);
    await client.diagnosticsFor(uri, 1);
  });

  it('a body key shows its schema markdownDescription, with the hovered key as range', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, '"sequencer"', 3));
    expect(markdown(hover)).toBe(`\`sequencer\`\n\n${orderSchema.properties.sequencer.markdownDescription}`);
    expect(hover?.range).toEqual({ start: { line: 7, character: 4 }, end: { line: 7, character: 15 } });
  });

  it('a nested key shows the nested schema docs', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, '"client_id"', 2));
    expect(markdown(hover)).toBe('`client_id`\n\nThe Smartlead client id.\n\nExample: `366903`');
  });

  it('the "request" value shows the operation', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, '"POST /orders"', 4));
    expect(markdown(hover)).toBe(
      '**POST /orders** — Create an order (and create or reuse the customer)\n\nPermission: `write` · success: HTTP 200 · JSON body: `create-order-request.json`',
    );
  });

  it('an error code written in the document: meaning, action, details and the 429 decision rule', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, '"rate_limited"', 3));
    expect(markdown(hover)).toBe(
      [
        '`description`',
        '',
        'What this request is for (not sent).',
        '',
        '---',
        '',
        '**`rate_limited`** — HTTP 429',
        '',
        '600/min cap exceeded, or live synchronous import capacity is busy.',
        '',
        '**What to do:** Wait details.retry_after_seconds, retry. For bulk imports, use /domains/import/jobs.',
        '',
        '`error.details`: `retry_after_seconds`',
        '',
        '**Decision rule** (429): Wait details.retry_after_seconds (plus 0–1 s jitter), then retry.',
      ].join('\n'),
    );
  });

  it('on a diagnostic with an API error code: the field, and "4xx with field → fix the body, don\'t retry"', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, '"bundle_id"', 3));
    expect(markdown(hover)).toBe(
      [
        '`bundle_id`',
        '',
        orderSchema.properties.bundle_id.markdownDescription,
        '',
        '---',
        '',
        '**`order_shape_conflict`** — HTTP 400',
        '',
        'POST /orders body mixed bundle_id with custom license/density fields.',
        '',
        '**What to do:** Pick one - bundle OR custom sizing.',
        '',
        '`error.field`: `bundle_id`',
        '',
        "**Decision rule** (4xx with error.field): Fix the request body. Don't retry.",
      ].join('\n'),
    );
  });

  it('on a lint-only diagnostic: the rule docs from the lint catalog', async () => {
    const hover = await client.hover(uri, client.positionOf(uri, '"Team-Acme.com"', 3));
    expect(markdown(hover)).toBe(
      [
        'A domain for the order: a name that inherits the order\'s `forwarding_url`, or `{domain, forwarding_url}` to override it.\n\nExample: `"acme-mail.com"`\n\nSource: [CO new]',
        '',
        '---',
        '',
        '**`domain_not_normalized`** (Peeker DevKit lint rule)',
        '',
        'A domain name with capital letters or a trailing dot.',
        '',
        'Domain names are case-insensitive and a trailing dot means the same name, so `Acme-Mail.COM.` and `acme-mail.com` are one domain. Writing them lower-case without the dot keeps request files diff-friendly and makes duplicates obvious. The quick fix rewrites the name (safe): lower-case, or as punycode where lower-casing would name another domain (`STRAẞE.de` is `strasse.de` to IDNA, not `straße.de`).',
      ].join('\n'),
    );
  });

  it('nothing on punctuation and whitespace outside any value', async () => {
    expect(await client.hover(uri, { line: 0, character: 0 })).toBeNull();
  });
});

describe('hover for a client that renders only plain text', () => {
  it.each<[string, ClientCapabilities]>([
    ['declares contentFormat ["plaintext"]', { textDocument: { hover: { contentFormat: ['plaintext'] } } }],
    ['declares no hover capability', {}],
  ])('%s: the same text without the Markdown', async (_, capabilities) => {
    const { client: plain } = await startClient({ capabilities });
    try {
      const uri = 'file:///ws/hover/plain.peeker.json';
      plain.open(uri, ORDER);
      await plain.diagnosticsFor(uri, 1);
      const hover = await plain.hover(uri, plain.positionOf(uri, '"Team-Acme.com"', 3));
      expect(hover?.contents).toEqual({
        kind: 'plaintext',
        value: [
          'A domain for the order: a name that inherits the order\'s forwarding_url, or {domain, forwarding_url} to override it.\n\nExample: "acme-mail.com"\n\nSource: [CO new]',
          '',
          'domain_not_normalized (Peeker DevKit lint rule)',
          '',
          'A domain name with capital letters or a trailing dot.',
          '',
          'Domain names are case-insensitive and a trailing dot means the same name, so Acme-Mail.COM. and acme-mail.com are one domain. Writing them lower-case without the dot keeps request files diff-friendly and makes duplicates obvious. The quick fix rewrites the name (safe): lower-case, or as punycode where lower-casing would name another domain (STRAẞE.de is strasse.de to IDNA, not straße.de).',
        ].join('\n'),
      });
      const code = await plain.hover(uri, plain.positionOf(uri, '"bundle_id"', 3));
      expect((code!.contents as { value: string }).value.split('\n\n').slice(-4)).toEqual([
        'POST /orders body mixed bundle_id with custom license/density fields.',
        'What to do: Pick one - bundle OR custom sizing.',
        'error.field: bundle_id',
        "Decision rule (4xx with error.field): Fix the request body. Don't retry.",
      ]);
    } finally {
      await plain.stop();
    }
  });
});
