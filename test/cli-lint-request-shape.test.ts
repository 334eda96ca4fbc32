import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli';
import { useScratchDirectory } from './helpers/scratch';

const { file: scratchFile } = useScratchDirectory('peeker-cli-lint-shape-');

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
