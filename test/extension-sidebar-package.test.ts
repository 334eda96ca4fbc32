import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const vsce = join(root, 'node_modules', '.bin', 'vsce');
const out = mkdtempSync(join(tmpdir(), 'peeker-vsix-'));
/** Everything the VSIX may contain: the two bundles and their third-party notices, the JSON Schemas, the icon and walkthrough pages, the docs. */
const SHIPPED =
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|dist\/(extension|server)\.js|dist\/THIRD-PARTY-NOTICES\.txt|schemas\/generated\/json-schema\/[\w.-]+\.json|media\/(icon\.png|peeker-activity\.svg|walkthrough\/[a-z-]+\.md))$/;

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the VSIX', () => {
  it('ships only the bundles, schemas, media and docs: no sources, tests or maps', () => {
    const files = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(files.filter((file) => !SHIPPED.test(file))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/extension.js',
        'dist/server.js',
        'dist/THIRD-PARTY-NOTICES.txt',
        'media/icon.png',
        'CHANGELOG.md',
      ]),
    );
  }, 60_000);

  it('packages with vsce into at most 1 MB', () => {
    const vsix = join(out, 'peeker-devkit.vsix');
    execFileSync(vsce, ['package', '--no-dependencies', '--out', vsix], { cwd: root, stdio: 'pipe' });
    const size = statSync(vsix).size;
    console.log(`VSIX size: ${size} bytes (${(size / 1024).toFixed(0)} KB)`);
    expect(size).toBeLessThanOrEqual(1024 * 1024);
  }, 60_000);
});
