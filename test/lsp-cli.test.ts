/**
 * `peeker-devkit lsp`: the same server from the CLI bundle, over stdio, as Neovim, Helix or Zed
 * start it; and its usage errors.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, buildBundles, type LspClient, ROOT, startClient } from './lsp-harness';

const CLI = resolve(ROOT, 'dist/cli.js');
let client: LspClient;

beforeAll(async () => {
  buildBundles();
  ({ client } = await startClient({ command: [CLI, 'lsp', '--stdio'] }));
});

afterAll(async () => {
  expect(await client?.stop()).toBe(0);
});

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input: '' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('peeker-devkit lsp --stdio', () => {
  it('serves diagnostics like dist/server.js', async () => {
    const uri = 'file:///ws/cli/order.peeker.json';
    client.open(
      uri,
      '{"request": "POST /orders", "body": {"user": "usr_1", "bundle_id": "bun_1", "microsoft_licenses": 1}}',
    );
    const diagnostics = await client.diagnosticsFor(uri, 1);
    // Sorted by position (lint's contract): the missing body fields are reported on `"body"` (0:28),
    // before the conflict on `"microsoft_licenses"` (0:76).
    expect(diagnostics.map(brief)).toEqual([
      '0:28-0:34 1 invalid_request Missing `personas` (or `users`). Personas are required (`personas`, or the deprecated `users`).',
      '0:28-0:34 1 invalid_request Missing required field `sequencer`. Where the inboxes are routed. Add it.',
      "0:28-0:34 1 invalid_request Missing required field `domains`. One entry per domain of the plan: bundle orders need the bundle's `required_domains.total`; custom orders need ceil(`google_licenses` ÷ `google_inboxes_per_domain`) Google domains plus `microsoft_licenses` Microsoft domains (the custom formula is a Peeker DevKit assumption). Add it.",
      '0:76-0:96 1 order_shape_conflict `bundle_id` cannot be combined with custom sizing (`microsoft_licenses`): a bundle already fixes the license counts and inbox density. Keep the bundle or the custom sizing, not both.',
    ]);
    // stdout carries only the protocol: the server's own log lines arrive as window/logMessage.
    expect(client.logs[0]?.message).toMatch(/^Peeker DevKit language server 0\.1\.0 ready/);
  });
});

describe('usage', () => {
  it('without a transport: exit 2 and one line naming the options', () => {
    expect(cli('lsp')).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'peeker-devkit: lsp needs exactly one transport: --stdio (what editors use), --node-ipc, --socket=<port> or --pipe=<name>; got 0.\n',
    });
  });

  it('with an unknown flag or a bad port: exit 2', () => {
    expect(cli('lsp', '--stdoi').status).toBe(2);
    expect(cli('lsp', '--stdoi').stderr).toMatch(/^peeker-devkit: Unknown option '--stdoi'/);
    expect(cli('lsp', '--socket=http').stderr).toBe(
      "peeker-devkit: --socket expects a port number, got 'http'.\n",
    );
  });

  it('--help documents it and the command is listed', () => {
    const help = cli('lsp', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage:\n  peeker-devkit lsp --stdio');
    expect(cli('--help').stdout).toMatch(
      /\n {2}lsp +Run the language server for Neovim, Helix, Zed… \(--stdio\)\n/,
    );
  });
});
