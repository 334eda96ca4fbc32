import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli';
import { useScratchDirectory } from './helpers/scratch';

const { file: scratchFile, dir: scratchDir } = useScratchDirectory('peeker-cli-lint-files-');

describe('a file that is not UTF-8', () => {
  // "José" in Windows-1252: é is the single byte 0xE9.
  const latin1 = Buffer.concat([
    Buffer.from('{"domains": ["acme.com"], "name": "Jos'),
    Buffer.from([0xe9]),
    Buffer.from('"}'),
  ]);

  it('is refused with its name and the offset of the first invalid byte, and --fix rewrites nothing', async () => {
    const fixable = scratchFile('fixable.json', '{"domains": ["ACME.com"]}');
    const file = scratchFile('windows-1252.json', latin1);
    const { code, stdout, stderr } = await runCli([
      'lint',
      '--fix',
      '--operation',
      'POST /domains/availability',
      fixable,
      file,
    ]);
    expect([code, stdout, stderr]).toEqual([
      2,
      '',
      `peeker-devkit: lint: '${file}' is not UTF-8 (byte 0xE9 at offset 38 starts no valid UTF-8 sequence): request JSON must be UTF-8 (RFC 8259 §8.1); save it as UTF-8.\n`,
    ]);
    expect(readFileSync(file)).toEqual(latin1);
    expect(readFileSync(fixable, 'utf8')).toBe('{"domains": ["ACME.com"]}');
  });

  it('counts the offset in bytes, past valid multi-byte text and a U+FFFD the file really contains', async () => {
    const file = scratchFile(
      'mixed.json',
      Buffer.concat([Buffer.from('{"a": "ü\ufffd'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
    );
    const { code, stderr } = await runCli(['lint', file]);
    expect([code, stderr]).toEqual([
      2,
      `peeker-devkit: lint: '${file}' is not UTF-8 (byte 0xC3 at offset 12 starts no valid UTF-8 sequence): request JSON must be UTF-8 (RFC 8259 §8.1); save it as UTF-8.\n`,
    ]);
  });
});

describe('stdin that is not UTF-8', () => {
  it('is named stdin (not by its "-"), with the offset, and no advice to save a pipe', async () => {
    const result = await runCli(['lint', '--operation', 'POST /orders', '-'], {
      stdin: Buffer.from([0x4a, 0x6f, 0x73, 0xe9]), // "José" in Windows-1252
    });
    expect([result.code, result.stdout, result.stderr]).toEqual([
      2,
      '',
      'peeker-devkit: lint: stdin is not UTF-8 (byte 0xE9 at offset 3 starts no valid UTF-8 sequence): request JSON must be UTF-8 (RFC 8259 §8.1); convert it before piping it in.\n',
    ]);
  });

  it('is named as --stdin-filename says too', async () => {
    const result = await runCli(['lint', '--stdin-filename', 'orders/a.peeker.json', '-'], {
      stdin: Buffer.from([0x4a, 0x6f, 0x73, 0xe9]),
    });
    expect(result.stderr).toBe(
      "peeker-devkit: lint: stdin ('orders/a.peeker.json') is not UTF-8 (byte 0xE9 at offset 3 starts no valid UTF-8 sequence): request JSON must be UTF-8 (RFC 8259 §8.1); convert it before piping it in.\n",
    );
  });
});

describe('a byte-order mark', () => {
  const BOM = '\ufeff';

  it('fails a plain body file (exit 1), and --fix removes it', async () => {
    const file = scratchFile('bom-body.json', `${BOM}{"domains": ["acme.com"]}`);
    const args = ['--operation', 'POST /domains/availability', file];
    const { code, stdout } = await runCli(['lint', ...args]);
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      `${file}:1:1 error invalid_request The file starts with a byte-order mark (U+FEFF), which is not JSON: sent as it is, the body would be answered with invalid_request. Save the file as UTF-8 without a BOM. (quick fix available)`,
    );
    const fixed = await runCli(['lint', '--fix', ...args]);
    expect(fixed.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('{"domains": ["acme.com"]}');
  });

  it('does not fail a request file, nor do its comments and trailing commas', async () => {
    const file = scratchFile(
      'bom.peeker.json',
      `${BOM}{\n  // the shortlist\n  "request": "POST /domains/availability",\n  "body": {"domains": ["acme.com",]}\n}\n`,
    );
    const { code, stdout } = await runCli(['lint', file]);
    expect([code, stdout.trimEnd()]).toEqual([0, '✔ 1 file checked, no problems.']);
  });
});

describe('positions after a byte-order mark', () => {
  const BOM = '\ufeff';

  it('are those of the text without it, as the editor shows them: human, JSON and SARIF', async () => {
    const withBom = scratchFile('with-bom.peeker.json', `${BOM}{"request":"GET /me","body":{}}`);
    const without = scratchFile('without-bom.peeker.json', '{"request":"GET /me","body":{}}');
    const human = await runCli(['lint', withBom, without]);
    expect(human.stdout).toBe(
      `${withBom}:1:22 error invalid_request_file GET /me takes no request body: remove \`body\`. (quick fix in the editor)\n` +
        `${without}:1:22 error invalid_request_file GET /me takes no request body: remove \`body\`. (quick fix in the editor)\n` +
        '✖ 2 errors, 0 warnings, 0 infos in 2 files.\n',
    );
    const rows = JSON.parse((await runCli(['lint', '--format', 'json', withBom])).stdout);
    expect(
      rows.map((row: Record<string, unknown>) => [row.line, row.column, row.endLine, row.endColumn]),
    ).toEqual([[1, 22, 1, 31]]);
    const sarif = JSON.parse((await runCli(['lint', '--format', 'sarif', withBom])).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 22,
      endLine: 1,
      endColumn: 31,
      charOffset: 21,
      charLength: 9,
    });
  });

  it("puts a plain body's BOM finding at 1:1 and the rest of line 1 where the editor shows it", async () => {
    const file = scratchFile('bom-columns.json', `${BOM}{"domains": ["ACME.com"]}`);
    const { stdout } = await runCli([
      'lint',
      '--format',
      'json',
      '--operation',
      'POST /domains/availability',
      file,
    ]);
    expect(
      JSON.parse(stdout).map((row: Record<string, unknown>) => [
        row.code,
        row.line,
        row.column,
        row.endColumn,
      ]),
    ).toEqual([
      ['invalid_request', 1, 1, 1],
      ['domain_not_normalized', 1, 14, 24],
    ]);
  });

  it("--fix keeps a request file's BOM, which is no problem there", async () => {
    const file = scratchFile(
      'bom-fix.peeker.json',
      `${BOM}{"request": "POST /domains/availability", "body": {"domains": ["ACME.com"]}}`,
    );
    const { code, stdout } = await runCli(['lint', '--fix', file]);
    expect([code, stdout]).toEqual([0, `${file}: applied 1 fix\n✔ 1 file checked, no problems.\n`]);
    expect(readFileSync(file, 'utf8')).toBe(
      `${BOM}{"request": "POST /domains/availability", "body": {"domains": ["acme.com"]}}`,
    );
  });
});

describe('control characters in a file', () => {
  it('reach the terminal escaped: one line per problem, no escape sequence', async () => {
    const file = scratchFile('controls.json', '{"domains": ["a.com"], "\\u001b[2Jx\\nline2": 1}');
    const { code, stdout } = await runCli(['lint', '--operation', 'POST /domains/availability', file]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${file}:1:24 error invalid_request Unknown field \`\\u001b[2Jx\\nline2\` in the body: the API rejects fields it does not know. Remove it. (quick fix in the editor)\n✖ 1 error, 0 warnings, 0 infos in 1 file.\n`,
    );
  });
});

describe('control characters in a file name', () => {
  it('reach the terminal escaped as messages are, in problems and in what --fix applied', async () => {
    const broken = scratchFile('evil\u001b[31mred\nline.json', '{\n');
    const fixable = scratchFile('fix\tme.json', '{"domains": ["ACME.com"]}');
    const { code, stdout } = await runCli([
      'lint',
      '--fix',
      '--operation',
      'POST /domains/availability',
      broken,
      fixable,
    ]);
    expect([code, stdout]).toEqual([
      1,
      `${scratchDir()}/evil\\u001b[31mred\\nline.json:2:1 error invalid_request Expected "}" to close the object. The API answers invalid_request to a body that is not JSON.\n` +
        `${scratchDir()}/fix\\tme.json: applied 1 fix\n` +
        '✖ 1 error, 0 warnings, 0 infos in 2 files.\n',
    ]);
  });
});
