import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/cli/build-cli.ts'],
    setupFiles: ['test/built-workers.ts'],
    testTimeout: 30_000,
    // Both cores: vitest's default leaves one free (cores − 1), which on a 2-core CI machine runs every file in one process.
    maxWorkers: 2,
  },
});
