import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // One temporary folder for the run, removed at its end (test/global-temp.ts).
    globalSetup: ['test/global-temp.ts'],
  },
});
