import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useScratchDirectory } from './helpers/scratch';

const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) =>
  spawnSync(tsx, ['schemas/generate.ts', ...args], { cwd: join(__dirname, '..'), encoding: 'utf8' });

describe('npm run generate / check:generated', () => {
  const scratch = useScratchDirectory('peeker-gen-');
  it('--check passes on the committed files', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Generated files are up to date \(\d+ files\)\.\n$/);
    expect(result.status).toBe(0);
  });

  it('reports malformed YAML as file:line:col and exits 1, without a stack trace', () => {
    const file = scratch.file('broken.yaml', 'openapi: 3.1.0\ninfo:\n  title: "unterminated\npaths: {}\n');
    const result = run('--check', '--source', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+ /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a document that is not valid OpenAPI 3.1 with the offending location', () => {
    const file = scratch.file(
      'invalid.yaml',
      'openapi: 3.1.0\ninfo: { title: x }\npaths: {}\ncomponents: { schemas: {} }\n',
    );
    const result = run('--check', '--source', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('is not valid OpenAPI 3.1');
    expect(result.stderr).toContain('at /info');
  });
});
