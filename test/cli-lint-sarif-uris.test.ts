import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli';

/** A scratch directory with no `.git` above it, holding a repository `repo/` (a `.git` directory). */
let scratch: string;
let repo: string;
/** A request file with errors, in a package two levels down, whose name needs percent-encoding. */
let requestFile: string;

const REQUEST = '{"request": "POST /orders", "body": {}}\n';

beforeAll(() => {
  scratch = realpathSync(mkdtempSync(join(tmpdir(), 'peeker-cli-lint-sarif-')));
  repo = join(scratch, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'packages', 'api', 'requests'), { recursive: true });
  requestFile = join(repo, 'packages', 'api', 'requests', 'order #1.peeker.json');
  writeFileSync(requestFile, REQUEST);
  mkdirSync(join(scratch, 'elsewhere'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface SarifRun {
  originalUriBaseIds: Record<string, { uri: string }>;
  results: { locations: { physicalLocation: { artifactLocation: Record<string, unknown> } }[] }[];
}

/** Runs `lint --format sarif …args` in `cwd`; the run and the distinct artifact locations of its results. */
async function sarif(cwd: string, args: string[], stdin?: string) {
  const { code, stdout, stderr } = await runCli(['lint', '--format', 'sarif', ...args], {
    cwd,
    ...(stdin === undefined ? {} : { stdin }),
  });
  expect(stderr).toBe('');
  expect(code).toBe(1);
  const run = (JSON.parse(stdout) as { runs: SarifRun[] }).runs[0]!;
  const locations = [
    ...new Set(run.results.map((r) => JSON.stringify(r.locations[0]!.physicalLocation.artifactLocation))),
  ].map((json) => JSON.parse(json));
  return { run, locations };
}

describe('SARIF artifact locations', () => {
  it('are relative to the repository root (the nearest .git up from the working directory), percent-encoded', async () => {
    // A monorepo job with `working-directory: packages/api`.
    const { run, locations } = await sarif(join(repo, 'packages', 'api'), ['requests/']);
    expect(locations).toEqual([
      { uri: 'packages/api/requests/order%20%231.peeker.json', uriBaseId: '%SRCROOT%' },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${repo}/` } });
  });

  it('are relative to the repository root for an absolute path given inside it', async () => {
    const { locations } = await sarif(join(repo, 'packages'), [requestFile]);
    expect(locations).toEqual([
      { uri: 'packages/api/requests/order%20%231.peeker.json', uriBaseId: '%SRCROOT%' },
    ]);
  });

  it('are an absolute file: URI with no base id for a file outside the root, never ../', async () => {
    // No .git above `elsewhere`: the root is the working directory itself.
    const cwd = join(scratch, 'elsewhere');
    const { run, locations } = await sarif(cwd, ['../repo/packages/api/requests/']);
    expect(locations).toEqual([{ uri: `file://${repo}/packages/api/requests/order%20%231.peeker.json` }]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${cwd}/` } });
  });

  it('are relative to the root for a file named through a symlinked path ("$PWD" of a linked workspace)', async () => {
    // The working directory is a real path; the argument goes through `linked` → `repo`, as "$PWD/…"
    // does in a workspace reached through a link (macOS's /tmp → /private/tmp).
    const linked = join(scratch, 'linked');
    symlinkSync(repo, linked);
    const cwd = join(repo, 'packages');
    const { locations } = await sarif(cwd, [join(linked, 'packages', 'api', 'requests')]);
    expect(locations).toEqual([
      { uri: 'packages/api/requests/order%20%231.peeker.json', uriBaseId: '%SRCROOT%' },
    ]);
    // The human and JSON outputs show it relative to the working directory, as a path typed inside it.
    const json = await runCli(['lint', '--format', 'json', join(linked, 'packages', 'api', 'requests')], {
      cwd,
    });
    expect([...new Set(JSON.parse(json.stdout).map((row: { file: string }) => row.file))]).toEqual([
      'api/requests/order #1.peeker.json',
    ]);
    // A link outside the repository to a file inside it is reported where the file is.
    const outside = join(scratch, 'outside');
    mkdirSync(outside);
    symlinkSync(requestFile, join(outside, 'link.peeker.json'));
    const viaLink = await sarif(repo, ['../outside/link.peeker.json']);
    expect(viaLink.locations).toEqual([
      { uri: 'packages/api/requests/order%20%231.peeker.json', uriBaseId: '%SRCROOT%' },
    ]);
  });

  it('find a root whose .git is a file (a worktree or a submodule)', async () => {
    const worktree = join(scratch, 'worktree');
    mkdirSync(join(worktree, 'requests'), { recursive: true });
    writeFileSync(join(worktree, '.git'), 'gitdir: /somewhere/else\n');
    writeFileSync(join(worktree, 'requests', 'a.peeker.json'), REQUEST);
    const { locations } = await sarif(join(worktree, 'requests'), ['a.peeker.json']);
    expect(locations).toEqual([{ uri: 'requests/a.peeker.json', uriBaseId: '%SRCROOT%' }]);
  });

  it('call stdin `stdin`, described, since code scanning refuses an upload with a location that has no URI', async () => {
    const { locations } = await sarif(repo, ['-'], REQUEST);
    expect(locations).toEqual([
      {
        uri: 'stdin',
        uriBaseId: '%SRCROOT%',
        description: { text: 'standard input (name its file with --stdin-filename)' },
      },
    ]);
  });

  it('name stdin as --stdin-filename says, relative to the repository root', async () => {
    const { locations } = await sarif(
      join(repo, 'packages', 'api'),
      ['--stdin-filename', 'requests/order #1.peeker.json', '-'],
      REQUEST,
    );
    expect(locations).toEqual([
      { uri: 'packages/api/requests/order%20%231.peeker.json', uriBaseId: '%SRCROOT%' },
    ]);
  });
});
