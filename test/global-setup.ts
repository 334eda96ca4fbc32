import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds `dist/` once per test run, before any test file starts. Test files that run the CLI, the
 * language server or the library read these bundles; building in each of them rewrote files
 * another file's child process could be loading at that moment, and paid the build many times over.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: resolve(__dirname, '..'), stdio: 'pipe' });
}
