import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { lintInProcess } from './helpers/lint-in-process';
import { CLI } from './helpers/run-cli';

/**
 * Writes that fail, as root cannot make them fail with chmod: a write to a file whose name starts
 * with one of `full` gets a few bytes onto the disk and then ENOSPC (a full disk); one whose name
 * starts with one of `denied` is refused with EPERM before anything is written (an immutable file).
 */
const disk = vi.hoisted(() => ({ full: [] as string[], denied: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failure = (code: string, message: string) =>
    Object.assign(new Error(`${code}: ${message}`), { code });
  const startsWithOneOf = (path: unknown, names: string[]) =>
    names.some((name) => basename(String(path)).startsWith(name));
  return {
    ...fs,
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      const [path, data, options] = args;
      if (startsWithOneOf(path, disk.denied)) {
        throw failure('EPERM', `operation not permitted, open '${String(path)}'`);
      }
      if (startsWithOneOf(path, disk.full)) {
        fs.writeFileSync(path, String(data).slice(0, 8), options);
        throw failure('ENOSPC', 'no space left on device, write');
      }
      return fs.writeFileSync(...args);
    },
  };
});

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'peeker-cli-lint-fix-write-'));
});

afterEach(() => {
  disk.full = [];
  disk.denied = [];
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** A plain availability body with one safe fix (the capitals), CRLF line endings kept. */
const FIXABLE = '{\r\n  "domains": ["ok.com",\r\n\t"ACME.com"]\r\n}\r\n';
const FIXED = '{\r\n  "domains": ["ok.com",\r\n\t"acme.com"]\r\n}\r\n';

describe('lint --fix on a disk that fills up', () => {
  it('leaves the file as it was, names it, and leaves no temporary file behind', async () => {
    const directory = mkdtempSync(join(scratch, 'full-'));
    const file = join(directory, 'order.json');
    writeFileSync(file, FIXABLE);
    disk.full = ['order.json'];
    const { code, stderr } = await lintInProcess([
      '--fix',
      '--operation',
      'POST /domains/availability',
      file,
    ]);
    expect(code).toBe(2);
    // Written in place, the file was cut short after 8 bytes and its original lost.
    expect(readFileSync(file, 'utf8')).toBe(FIXABLE);
    expect(readdirSync(directory)).toEqual(['order.json']);
    expect(stderr).toContain(`cannot write the fixes to '${file}' (ENOSPC); it is unchanged.`);
  });
});

describe('lint --fix over several files, one of which cannot be written', () => {
  it('fixes the others, reports every file, names what it fixed and what not, and exits 2', async () => {
    const directory = mkdtempSync(join(scratch, 'several-'));
    const [first, stuck, last] = ['a1.json', 'imm.json', 'z1.json'].map((name) => join(directory, name));
    for (const file of [first!, stuck!, last!]) writeFileSync(file, FIXABLE);
    disk.denied = ['imm.json'];
    const args = ['--fix', '--operation', 'POST /domains/availability', first!, stuck!, last!];
    const { code, stdout, stderr } = await lintInProcess(args);
    expect(code).toBe(2);
    // The run carries on past the file it could not write: each file is replaced on its own.
    expect([first, stuck, last].map((file) => readFileSync(file!, 'utf8'))).toEqual([FIXED, FIXABLE, FIXED]);
    expect(stderr).toBe(
      `peeker-devkit: lint: cannot write the fixes to '${stuck}' (EPERM); it is unchanged.\n` +
        `peeker-devkit: lint: --fix could not write '${stuck}' (left unchanged); it fixed '${first}', '${last}'.\n`,
    );
    // The report covers all three; the unwritten file is linted as it still is.
    expect(stdout).toContain(`${first}: applied 1 fix`);
    expect(stdout).toContain(`${last}: applied 1 fix`);
    expect(stdout).not.toContain(`${stuck}: applied`);
    expect(stdout).toContain(`${stuck}:3:2 warning domain_not_normalized`);

    // JSON output stays parseable: the write failures go to stderr only.
    writeFileSync(first!, FIXABLE);
    const json = await lintInProcess([...args.slice(0, 3), '--format', 'json', first!, stuck!]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).map((d: { file: string; code: string }) => [d.file, d.code])).toEqual([
      [stuck, 'domain_not_normalized'],
    ]);
    expect(json.stderr).toContain(`--fix could not write '${stuck}' (left unchanged); it fixed '${first}'.`);
  });
});

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
// Root may write any file: as root, the read-only case runs the CLI as nobody, as a user would.
const asUser = isRoot ? ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'] : [];
const canRunAsUser = !isRoot || spawnSync('setpriv', ['--version']).status === 0;

describe.skipIf(process.platform === 'win32' || !canRunAsUser)(
  'lint --fix on a file the user may not write',
  () => {
    it('leaves a read-only file unchanged (the rename needs only the folder), names it and exits 2', () => {
      const directory = mkdtempSync(join(tmpdir(), 'peeker-cli-lint-fix-ro-'));
      try {
        chmodSync(directory, 0o755);
        const file = join(directory, 'ro.json');
        writeFileSync(file, FIXABLE);
        chmodSync(file, 0o444);
        if (isRoot) {
          chownSync(directory, NOBODY, NOBODY);
          chownSync(file, NOBODY, 0);
        }
        const [command = process.execPath, ...prefix] = isRoot ? [...asUser, process.execPath] : [];
        const result = spawnSync(
          command,
          [...prefix, CLI, 'lint', '--fix', '--operation', 'POST /domains/availability', file],
          { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
        );
        expect(result.status).toBe(2);
        expect(readFileSync(file, 'utf8')).toBe(FIXABLE);
        expect(statSync(file).mode & 0o777).toBe(0o444);
        if (isRoot) expect([statSync(file).uid, statSync(file).gid]).toEqual([NOBODY, 0]);
        expect(readdirSync(directory)).toEqual(['ro.json']);
        expect(result.stderr).toBe(
          `peeker-devkit: lint: cannot write the fixes to '${file}' (EACCES); it is unchanged.\n` +
            `peeker-devkit: lint: --fix could not write '${file}' (left unchanged); it fixed no other file.\n`,
        );
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    });
  },
);

describe('lint --fix on a file it may write', () => {
  it.skipIf(process.platform === 'win32')(
    "keeps the file's mode, and its owner and group where it may",
    async () => {
      const directory = mkdtempSync(join(scratch, 'owner-'));
      const file = join(directory, 'shared.json');
      writeFileSync(file, FIXABLE);
      chmodSync(file, 0o640);
      // Root may give the file any owner; a user keeps their own (the group of a new file is theirs).
      const owner = isRoot
        ? { uid: NOBODY, gid: 4242 }
        : { uid: statSync(file).uid, gid: statSync(file).gid };
      if (isRoot) chownSync(file, owner.uid, owner.gid);
      const { code } = await lintInProcess(['--fix', '--operation', 'POST /domains/availability', file]);
      expect(code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(FIXED);
      const after = statSync(file);
      expect([after.mode & 0o7777, after.uid, after.gid]).toEqual([0o640, owner.uid, owner.gid]);
    },
  );
});
