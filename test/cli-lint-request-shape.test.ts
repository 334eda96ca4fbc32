import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli';
import { useScratchDirectory } from './helpers/scratch';

const { file: scratchFile, dir: scratchDir } = useScratchDirectory('peeker-cli-lint-shape-');

const SUFFIX =
  'Operations are written "METHOD /path" with {id} placeholders, e.g. "POST /orders"; see `peeker-devkit lint --help`. (quick fix in the editor)';

describe('a request document with an unknown operation, not named *.peeker.json', () => {
  it('on stdin: the typo is an error with the suggestion (exit 1), not a usage error', async () => {
    expect(await runCli(['lint', '-'], { stdin: '{"request":"GET /mex"}' })).toEqual({
      code: 1,
      stdout: `<stdin>:1:12 error invalid_request_file Unknown operation "GET /mex". Did you mean "GET /me"? ${SUFFIX}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
      stderr: '',
    });
    const concrete = await runCli(['lint', '-'], { stdin: '{"request": "GET /orders/ord_123"}' });
    expect([concrete.code, concrete.stdout.split('\n')[0]]).toEqual([
      1,
      `<stdin>:1:13 error invalid_request_file Unknown operation "GET /orders/ord_123". Did you mean "GET /orders/{id}" with "path": { "id": "ord_123" }? ${SUFFIX}`,
    ]);
  });

  it('in a plain .json file: the same error, where it passed with exit 0', async () => {
    const file = scratchFile(
      'full.json',
      '{"request": "POST https://api.peeker.ai/partner/v1/orders", "body": {}}',
    );
    expect(await runCli(['lint', file])).toEqual({
      code: 1,
      stdout: `${file}:1:13 error invalid_request_file Unknown operation "POST https://api.peeker.ai/partner/v1/orders". Did you mean "POST /orders"? ${SUFFIX}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
      stderr: '',
    });
  });

  it('stdin that is no request document and has no operation is still a usage error', async () => {
    const { code, stderr } = await runCli(['lint', '-'], { stdin: '{"request": "GET /x", "response": {}}' });
    expect([code, stderr]).toEqual([
      2,
      'peeker-devkit: lint: no operation for stdin: pass --operation "POST /orders" for a body, or pipe a request file whose "request" names an operation, e.g. {"request": "POST /orders", "body": {…}}.\n',
    ]);
  });
});

describe('a request document with a typo in a request-file key', () => {
  const typo = '{"request":"POST /orders","bdy":{"user":"a@b.co"}}';
  const BDY =
    'error invalid_request_file Unknown field `bdy` in the request file: a request file has only `$schema`, `description`, `request`, `path`, `query`, `body`. Did you mean `body`? (quick fix in the editor)';

  it('on stdin: the key gets the request file\'s did-you-mean, not a usage error asking for "request"', async () => {
    expect(await runCli(['lint', '-'], { stdin: typo })).toEqual({
      code: 1,
      stdout: `<stdin>:1:27 ${BDY}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
      stderr: '',
    });
  });

  it('with --operation: still a request document, not an envelope linted as a body', async () => {
    expect(await runCli(['lint', '--operation', 'POST /orders', '-'], { stdin: typo })).toEqual({
      code: 1,
      stdout: `<stdin>:1:27 ${BDY}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
      stderr: '',
    });
  });

  it('in a plain .json file: the same error, where it passed with exit 0', async () => {
    const file = scratchFile('typo-key.json', typo);
    expect(await runCli(['lint', file])).toEqual({
      code: 1,
      stdout: `${file}:1:27 ${BDY}\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
      stderr: '',
    });
  });
});

describe('JSON with a "request" that names no Peeker operation', () => {
  it("is left alone by `lint .`: another API's URL, a path nowhere near the contract's", async () => {
    const fixtures = join(scratchDir(), 'fixtures');
    mkdirSync(fixtures);
    const files = {
      'github.json': '{ "request": "GET https://api.github.com/repos/x/y", "description": "GitHub fixture" }',
      'github-orders.json': '{ "request": "GET https://api.github.com/orders" }',
      'health.json': '{ "request": "GET /health", "description": "our own service" }',
      'mock.json': '{ "request": "POST /api/login", "body": {"user":"a","password":"b"} }',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(fixtures, name), text);
    const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', '.'], { cwd: fixtures });
    const problems = (JSON.parse(stdout) as { file: string; code: string }[]).map(
      (d) => `${d.file} ${d.code}`,
    );
    expect([code, stderr, problems.sort()]).toEqual([
      0,
      '',
      [
        'github-orders.json operation_unknown',
        'github.json operation_unknown',
        'health.json operation_unknown',
        'mock.json operation_unknown',
      ],
    ]);
  });
});
