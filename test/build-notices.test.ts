/**
 * The bundles are minified, which drops the licence comments of the third-party code they carry:
 * the build writes every bundled package's licence to dist/THIRD-PARTY-NOTICES.txt (built by the
 * global setup), which the npm package (.npmignore ships dist/) and the VSIX (.vscodeignore) carry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const notices = readFileSync(join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');

/** Packages whose code the CLI, extension or server bundles hold. */
const BUNDLED = [
  'fastify',
  'ajv',
  'ajv-formats',
  'jsonc-parser',
  'fast-check',
  'vscode-languageserver',
  'vscode-languageclient',
  'picomatch',
];

describe('dist/THIRD-PARTY-NOTICES.txt', () => {
  it.each(BUNDLED)('holds %s at its installed version with its licence text', (name) => {
    const dir = join(ROOT, 'node_modules', name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((file) => /^licen[cs]e/i.test(file))!;
    const section = notices
      .split(/\n-{72}\n/)
      .find((part) => part.trim().startsWith(`${name}@${manifest.version} — `));
    expect(section?.trim().split('\n')[0]).toBe(`${name}@${manifest.version} — ${manifest.license}`);
    expect(section).toContain(readFileSync(join(dir, licenceFile), 'utf8').trim());
  });

  it('names no package twice and lists them in order', () => {
    const heads = notices
      .split(/\n-{72}\n/)
      .slice(1)
      .map((part) => part.trim().split('\n')[0]!.split(' — ')[0]!);
    expect(new Set(heads).size).toBe(heads.length);
    expect(heads).toEqual([...heads].sort());
    expect(heads.length).toBeGreaterThan(BUNDLED.length);
  });
});
