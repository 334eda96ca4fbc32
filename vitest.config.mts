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
    // Every emulator the tests start rebuilds each GET answer and fails the request if its response
    // cache would have served a different one: a change that escapes Store.changed fails a test.
    env: { PEEKER_EMULATOR_RESPONSE_CACHE: 'verify' },
    hookTimeout: 60_000,
  },
});
