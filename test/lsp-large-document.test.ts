/**
 * A 10k-domain order under rapid edits: the server keeps answering hovers while it lints, coalesces
 * a burst of keystrokes into one lint (superseded versions never publish), and the final version's
 * diagnostics are exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundles, type LspClient, startClient } from './lsp-harness';

const DOMAINS = 10_000;

function bigOrder(): string {
  const domains = Array.from({ length: DOMAINS }, (_, i) => `acme-mail-${i}.com`);
  domains[DOMAINS - 1] = 'acme-mail-0.com'; // one duplicate, so the first lint publishes something
  const body = {
    user: 'client@example.com',
    google_licenses: DOMAINS * 2,
    google_inboxes_per_domain: 2,
    sequencer: {
      provider: 'smartlead',
      client_id: 366903,
      login_email: 'ops@acme.com',
      login_password: 'pw',
    },
    domains,
    personas: [{ first_name: 'Sam', last_name: 'Lee', profile_picture_url: '' }],
  };
  return `${JSON.stringify({ request: 'POST /orders', body }, null, 2)}\n`;
}

let client: LspClient;

beforeAll(async () => {
  buildBundles();
  ({ client } = await startClient());
});

afterAll(async () => {
  await client?.stop();
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('a 10k-domain order', () => {
  const uri = 'file:///ws/big/ten-thousand.peeker.json';

  it('is linted on open', async () => {
    client.open(uri, bigOrder());
    const diagnostics = await client.diagnosticsFor(uri, 1, 20_000);
    expect(diagnostics.map((d) => [d.range.start.line, d.code, d.message])).toEqual([
      [
        10_012,
        'invalid_request',
        '"acme-mail-0.com" is the same domain as `domains[0]`: an order can provision each domain only once. Remove the duplicate.',
      ],
    ]);
  });

  it('rapid typing: hovers stay prompt, the burst is linted once, only the last version publishes', async () => {
    const published = () => (client.diagnostics.get(uri) ?? []).map((p) => p.version);
    const before = published().length;
    const anchor = client.positionOf(uri, '"acme-mail-5000.com"', 1);
    const hoverLatencies: number[] = [];
    let version = 1;
    // Type "x" 40 times into one domain name, one keystroke every 15 ms, hovering in between.
    for (let i = 0; i < 40; i++) {
      version = client.change(uri, [{ range: { start: anchor, end: anchor }, newText: 'x' }]);
      if (i % 4 === 0) {
        const started = performance.now();
        const hover = await client.hover(uri, client.positionOf(uri, '"google_licenses"', 3));
        hoverLatencies.push(performance.now() - started);
        expect(hover).not.toBeNull();
      }
      await sleep(15);
    }
    const diagnostics = await client.diagnosticsFor(uri, version, 20_000);
    expect(diagnostics.map((d) => d.code)).toEqual(['invalid_request']);
    // The burst never paused for the 150 ms debounce, so nothing in between was published.
    expect(published().slice(before)).toEqual([version]);
    const worst = Math.max(...hoverLatencies);
    console.log(
      `hover latency during the burst: worst ${worst.toFixed(1)} ms over ${hoverLatencies.length} hovers`,
    );
    expect(worst).toBeLessThan(500);
  });

  it('an edit that makes the document unparseable gives syntax diagnostics, not a crash', async () => {
    const text = client.text(uri);
    const version = client.replaceAll(uri, text.slice(0, Math.floor(text.length / 2)));
    const diagnostics = await client.diagnosticsFor(uri, version, 20_000);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.source === 'peeker')).toBe(true);
    expect(await client.hover(uri, { line: 1, character: 5 })).not.toBeNull();
  });
});
