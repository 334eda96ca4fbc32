import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, ['schemas/generate.ts', ...args], { cwd: join(__dirname, '..'), encoding: 'utf8' });

describe('npm run generate / check:generated', () => {
  it('--check passes on the committed files', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Generated files are up to date \(\d+ files\)\.\n$/);
    expect(result.status).toBe(0);
  });

  it('reports malformed YAML as file:line:col and exits 1, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peeker-gen-'));
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'openapi: 3.1.0\ninfo:\n  title: "unterminated\npaths: {}\n');
    const result = run('--check', '--source', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+ /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a document that is not valid OpenAPI 3.1 with the offending location', () => {
    const dir = mkdtempSync(join(tmpdir(), 'peeker-gen-'));
    const file = join(dir, 'invalid.yaml');
    writeFileSync(file, 'openapi: 3.1.0\ninfo: { title: x }\npaths: {}\ncomponents: { schemas: {} }\n');
    const result = run('--check', '--source', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not valid OpenAPI 3.1');
    expect(result.stderr).toContain('at /info');
  });
});
