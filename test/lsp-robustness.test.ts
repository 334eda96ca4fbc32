/**
 * Bad input never stops the server: garbage documents, random edit sequences (fast-check, fixed
 * seed), requests with nonsense positions or unknown documents, and malformed messages. After each,
 * the server still answers, and every diagnostic range lies inside its document.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LspClient, startClient } from './lsp-harness';

let client: LspClient;

beforeAll(async () => {
  ({ client } = await startClient());
});

afterAll(async () => {
  const exitCode = await client?.stop();
  // A clean shutdown/exit: the server never died on the way.
  expect(exitCode).toBe(0);
});

const ALIVE = 'file:///ws/robust/alive.peeker.json';

/** The server answers a hover on a known document (it is alive and its queue is not stuck). */
async function expectAlive(): Promise<void> {
  const hover = await client.hover(ALIVE, { line: 0, character: 3 });
  expect(hover).not.toBeNull();
}

function expectInside(text: string, diagnostics: Diagnostic[]): void {
  const document = TextDocument.create('file:///x', 'json', 1, text);
  const end = document.positionAt(text.length);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      expect(p.line).toBeGreaterThanOrEqual(0);
      expect(p.character).toBeGreaterThanOrEqual(0);
      expect(p.line < end.line || (p.line === end.line && p.character <= end.character)).toBe(true);
    }
  }
}

describe('garbage in, answers out', () => {
  beforeAll(async () => {
    client.open(ALIVE, '{"request": "POST /orders"}');
    await client.diagnosticsFor(ALIVE, 1);
  });

  it('every garbage document gets diagnostics inside its text and the server stays up', async () => {
    const garbage = [
      '',
      '   ',
      'null',
      '42',
      '"just a string"',
      '[]',
      '{',
      '}',
      '{"request": ',
      '{"request": 42}',
      '{"request": "POST /orders", "body": []}',
      '{"request": "POST /orders", "body": "x"}',
      '\u0000\u0001\u0002binary\uffff',
      '\ud800 lone surrogate',
      `${'['.repeat(5000)}`,
      `{"request": "POST /orders", "body": ${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`,
      '{"request": "POST /orders", "body": {"domains": ["😀.com", "xn--.com", "a..b"]}}',
      '// comment\n{"request": "GET /me",}',
      `{"request": "POST /orders", "body": {"google_licenses": 1e400, "microsoft_licenses": -0}}`,
    ];
    for (const [index, text] of garbage.entries()) {
      const uri = `file:///ws/robust/garbage-${index}.peeker.json`;
      client.open(uri, text);
      const target = await client.waitFor(() => client.targets.find((t) => t.uri === uri), `target ${index}`);
      expect(target.source).toBe('request-file');
      const diagnostics = client.diagnostics.get(uri)?.at(-1)?.diagnostics ?? [];
      expectInside(text, diagnostics);
      expect(
        await client.completion(uri, { line: 0, character: Math.min(1, text.length) }),
      ).not.toBeUndefined();
      await client.hover(uri, { line: 0, character: 0 });
      await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, []);
    }
    await expectAlive();
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  });

  it('completion on a 20k-deep request file degrades to no items, as lint does, without logging an error', async () => {
    const uri = 'file:///ws/robust/deep.peeker.json';
    const depth = 20_000;
    const text = `{"request": "POST /orders", "body": ${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
    client.open(uri, text);
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.length).toBeGreaterThan(0);
    const deep = { line: 0, character: text.indexOf('1}') };
    expect(await client.completion(uri, deep)).toEqual({ isIncomplete: false, items: [] });
    // Before the deep part, completion still answers from the contract.
    const request = await client.completion(uri, { line: 0, character: '{"request": "P'.length });
    expect(request?.items.map((i) => i.label)).toContain('"POST /orders"');
    // Hover on the body's diagnostics explains their code.
    expect(await client.hover(uri, { line: 0, character: text.indexOf('"body"') + 2 })).not.toBeNull();
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  });

  it('random edit sequences (fixed seed) never break it', async () => {
    const uri = 'file:///ws/robust/edits.peeker.json';
    client.open(uri, '{"request": "POST /orders", "body": {"user": "a@b.co", "domains": ["a.com"]}}');
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 8 }),
      insert: fc.constantFrom(
        '',
        '{',
        '}',
        '[',
        ']',
        '"',
        ',',
        ':',
        'x',
        '"domains": [',
        '\n',
        '😀',
        '\\',
        '1e9',
      ),
    });
    const sequences = fc.sample(fc.array(edit, { minLength: 5, maxLength: 25 }), { seed: 4242, numRuns: 12 });
    for (const sequence of sequences) {
      for (const step of sequence) {
        const text = client.text(uri);
        const document = TextDocument.create(uri, 'json', 1, text);
        const start = step.at % (text.length + 1);
        const end = Math.min(text.length, start + step.remove);
        client.change(uri, [
          {
            range: { start: document.positionAt(start), end: document.positionAt(end) },
            newText: step.insert,
          },
        ]);
      }
      const version = client.version(uri);
      await client.completion(uri, { line: 0, character: 5 });
      // A code action needs the current version linted: once it is answered, that lint has published.
      await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []);
      const last = client.diagnostics.get(uri)?.at(-1);
      if (last?.version === version) expectInside(client.text(uri), last.diagnostics);
    }
    await expectAlive();
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  });

  it('nonsense requests are answered, not fatal', async () => {
    expect(await client.hover('file:///never/opened.peeker.json', { line: 0, character: 0 })).toBeNull();
    expect(await client.hover(ALIVE, { line: 9999, character: 9999 })).not.toBeUndefined();
    expect(await client.completion(ALIVE, { line: -1, character: -1 })).not.toBeUndefined();
    expect(
      await client.codeActions(
        ALIVE,
        { start: { line: 50, character: 0 }, end: { line: 0, character: 0 } },
        [],
      ),
    ).toEqual([]);
    await expect(client.connection.sendRequest('peeker/noSuchRequest', {})).rejects.toThrow(
      /Unhandled method/,
    );
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///nope', version: 2 },
      contentChanges: [],
    });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: 'garbage' });
    await expectAlive();
  });

  it('malformed params are answered empty and logged in one line each, never with a stack trace', async () => {
    const before = client.logs.length;
    const { connection } = client;
    const origin = { line: 0, character: 0 };
    // What the client library refuses to send: params that are no object at all.
    const raw = (message: object): void => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      client.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    raw({ method: 'workspace/didChangeConfiguration', params: null });
    raw({ id: 'raw-hover', method: 'textDocument/hover', params: 'a string' });
    expect(
      await connection.sendRequest('textDocument/hover', { textDocument: ALIVE, position: origin }),
    ).toBeNull();
    expect(
      await connection.sendRequest('textDocument/completion', { textDocument: { uri: ALIVE } }),
    ).toBeNull();
    expect(await connection.sendRequest('textDocument/codeAction', { textDocument: null })).toEqual([]);
    expect(
      await connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: ALIVE },
        range: { start: origin, end: origin },
        context: { only: 'quickfix' },
      }),
    ).toEqual([]);
    // null params break JSON-RPC itself (the client library will not send them): refused with a
    // clear error, not the library's TypeError.
    let output = '';
    const listen = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
    };
    client.process.stdout.on('data', listen);
    raw({ id: 'raw-null', method: 'textDocument/hover', params: null });
    for (let tries = 0; tries < 400 && !output.includes('"id":"raw-null"'); tries++) {
      await new Promise((next) => setTimeout(next, 5));
    }
    client.process.stdout.off('data', listen);
    const answer = /\{"jsonrpc":"2\.0","id":"raw-null",.*?\}\}/.exec(output)?.[0];
    expect(JSON.parse(answer ?? 'null')).toEqual({
      jsonrpc: '2.0',
      id: 'raw-null',
      error: {
        code: -32602,
        message:
          'textDocument/hover: params must be an object or an array, or left out (JSON-RPC 2.0); got null.',
      },
    });
    await expectAlive();
    const prefix = 'answered with no result: malformed params:';
    expect(client.logs.slice(before).filter((log) => log.type <= 2)).toEqual([
      { type: 2, message: `hover ${prefix} the params must be an object, got a string.` },
      { type: 2, message: `hover ${prefix} "textDocument" must be {uri}, got a string.` },
      {
        type: 2,
        message: `completion ${prefix} "position" must be {line, character} integers, got none.`,
      },
      { type: 2, message: `codeAction ${prefix} "textDocument" must be {uri}, got null.` },
      {
        type: 2,
        message: `codeAction ${prefix} "context.only" must be an array of code action kinds, got a string.`,
      },
    ]);
  });
});
