import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli';
import { useScratchDirectory } from './helpers/scratch';

const { file: scratchFile } = useScratchDirectory('peeker-cli-lint-operation-');

describe('--operation and a request document', () => {
  const request = '{\n  "request": "POST /domains/availability",\n  "body": { "domains": ["acme.com"] }\n}\n';
  const note = (files: string) =>
    `peeker-devkit: lint: note: --operation "POST /orders" was not applied to ${files}: a request file is checked against the operation in its "request".\n`;

  it('on stdin keeps its own operation; a one-line note on stderr says --operation was not applied', async () => {
    expect(await runCli(['lint', '--operation', 'POST /orders', '-'], { stdin: request })).toEqual({
      code: 0,
      stdout: '✔ 1 file checked, no problems.\n',
      stderr: note("1 request file ('<stdin>')"),
    });
  });

  it('in a mixed batch, bodies are checked as --operation and request files as their "request"', async () => {
    const requestFile = scratchFile('availability.json', request);
    const named = scratchFile('me.peeker.json', '{"request": "GET /me"}');
    const body = scratchFile('order.json', '{"domains": ["acme.com"]}');
    const { code, stdout, stderr } = await runCli([
      'lint',
      '--format',
      'json',
      '--operation',
      'POST /orders',
      requestFile,
      named,
      body,
    ]);
    expect(code).toBe(1);
    expect(new Set(JSON.parse(stdout).map((row: { file: string }) => row.file))).toEqual(new Set([body]));
    expect(stderr).toBe(note(`2 request files ('${requestFile}', '${named}')`));
  });

  it('names the first three request files in the note, and counts the rest', async () => {
    const files = ['r1', 'r2', 'r3', 'r4'].map((name) => scratchFile(`${name}.peeker.json`, request));
    const { code, stderr } = await runCli(['lint', '--operation', 'POST /orders', ...files]);
    expect([code, stderr]).toEqual([
      0,
      note(`4 request files ('${files[0]}', '${files[1]}', '${files[2]}', 1 more)`),
    ]);
  });

  it('says nothing when the request file names that same operation', async () => {
    const { code, stderr } = await runCli(['lint', '--operation', 'POST /domains/availability', '-'], {
      stdin: request,
    });
    expect([code, stderr]).toEqual([0, '']);
  });
});

describe('an --operation that takes no body', () => {
  it('leaves request documents to their own "request"', async () => {
    const { code, stdout } = await runCli(['lint', '--operation', 'GET /me', '-'], {
      stdin: '{"request": "GET /mex"}',
    });
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toMatch(
      /^<stdin>:1:13 error invalid_request_file Unknown operation "GET \/mex"\. Did you mean "GET \/me"\?/,
    );
  });

  it('is a usage error as soon as one input would be linted against it', async () => {
    const requestFile = scratchFile('me.peeker.json', '{"request": "GET /me"}');
    const body = scratchFile('body.json', '{"a": 1}');
    expect(await runCli(['lint', '--operation', 'GET /me', requestFile, body])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'peeker-devkit: lint: GET /me takes no request body, so there is nothing to lint.\n',
    });
  });
});

describe('an --operation the contract does not have', () => {
  it.each([
    ['POST /order', 'POST /orders'],
    ['POST https://api.peeker.ai/partner/v1/orders', 'POST /orders'],
    ['POST /orders/', 'POST /orders'],
    ['post /domain/availability', 'POST /domains/availability'],
  ])('%s gets the did-you-mean a request file gets', async (given, suggested) => {
    expect(await runCli(['lint', '--operation', given, 'examples/bodies'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: lint: unknown operation '${given}'. Did you mean "${suggested}"? Write it as "METHOD /path", e.g. --operation "POST /orders".\n`,
    });
  });

  it('gets no suggestion when nothing is close', async () => {
    const { code, stderr } = await runCli(['lint', '--operation', 'FETCH everything', 'examples/bodies']);
    expect([code, stderr]).toEqual([
      2,
      `peeker-devkit: lint: unknown operation 'FETCH everything'. Write it as "METHOD /path", e.g. --operation "POST /orders".\n`,
    ]);
  });
});
