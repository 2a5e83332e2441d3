import { defineConfig } from 'vitest/config';

// Files that mock a module, fake the clock or patch process.stderr: each keeps a module graph of its own.
const ISOLATED = ['test/cli/parquet-missing.test.ts', 'test/cli/progress.test.ts', 'test/cli/xlsx.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/cli/build-cli.ts'],
    setupFiles: ['test/built-workers.ts'],
    testTimeout: 30_000,
    // Both cores: vitest's default leaves one free (cores − 1), which on a 2-core CI machine runs every file in one process.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: ISOLATED,
          // The library is built for long-lived processes: the files share one module graph per worker, which
          // spares each file importing src/ again (import time 84 s → 10 s summed over a run).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
