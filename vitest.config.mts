import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // dist/ (CLI, language server, library) is built once, before any test file runs.
    globalSetup: ['test/global-setup.ts'],
    // Servers and child processes in some suites: keep the 2-core machine responsive.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
