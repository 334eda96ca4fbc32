import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lintInProcess } from './helpers/lint-in-process';

/**
 * Directories that cannot be listed, as root cannot make them with chmod: reading a directory whose
 * name is one of `locked` fails with EACCES, as `chmod 000` makes it fail for any other user.
 */
const disk = vi.hoisted(() => ({ locked: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    readdirSync: (...args: Parameters<typeof fs.readdirSync>) => {
      const path = String(args[0]).replace(/\/+$/, '');
      if (disk.locked.includes(basename(path))) {
        throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      }
      return fs.readdirSync(...args);
    },
  };
});

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'peeker-cli-lint-unreadable-'));
});

afterEach(() => {
  disk.locked = [];
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A directory holding `ok.json` and `locked/x.json` (an availability body with one error). */
function repository(name: string): string {
  const root = join(scratch, name);
  mkdirSync(join(root, 'locked', 'deeper'), { recursive: true });
  writeFileSync(join(root, 'ok.json'), '{}');
  writeFileSync(join(root, 'locked', 'x.json'), '{"domains": []}');
  return root;
}

describe('a directory lint cannot read', () => {
  it('named, is a usage error that names it and the cause, not "no .json files"', async () => {
    const root = repository('named');
    disk.locked = ['locked'];
    const locked = join(root, 'locked');
    expect(await lintInProcess([locked])).toEqual({
      code: 2,
      stdout: '',
      stderr: `peeker-devkit: lint: cannot read directory '${locked}' (EACCES), so the files in it cannot be linted: make it readable, or leave it out of the paths to lint.\n`,
    });
  });

  it('found by a search or a glob, stops the run (exit 2) instead of being passed over', async () => {
    const root = repository('found');
    const locked = join(root, 'locked');
    const message = (searched: string) =>
      `peeker-devkit: lint: cannot read directory '${locked}' (EACCES), found searching '${searched}', so the files in it cannot be linted: make it readable, or name the files and directories to lint without it.\n`;
    // Readable, the search lints both files: locked/x.json has an error.
    const readable = await lintInProcess(['--operation', 'POST /domains/availability', root]);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toContain(`${join(locked, 'x.json')}:1:13 error`);

    disk.locked = ['locked'];
    for (const searched of [root, `${root}/**/*.json`, `${root}/*`]) {
      expect(await lintInProcess(['--operation', 'POST /domains/availability', searched])).toEqual({
        code: 2,
        stdout: '',
        stderr: message(searched),
      });
    }
    // Deeper down, it is named by its path from the directory searched.
    disk.locked = ['deeper'];
    expect((await lintInProcess([root])).stderr).toBe(
      `peeker-devkit: lint: cannot read directory '${join(locked, 'deeper')}' (EACCES), found searching '${root}', so the files in it cannot be linted: make it readable, or name the files and directories to lint without it.\n`,
    );
  });

  it('is no concern under node_modules, which a search does not enter', async () => {
    const root = repository('skipped');
    mkdirSync(join(root, 'node_modules', 'locked'), { recursive: true });
    disk.locked = ['node_modules'];
    const { code, stderr } = await lintInProcess([join(root, 'ok.json'), join(root, 'locked')]);
    expect([code, stderr]).toEqual([0, '']);
    expect((await lintInProcess([root])).code).toBe(0);
  });
});
