import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      cli: 'src/cli/main.ts',
      'pool-worker': 'src/grade/pool-worker.ts',
      'rows-worker': 'src/cli/pipeline/rows-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    target: 'node20',
    shims: true,
    sourcemap: false,
  },
  {
    // qgrade/browser: no Node built-ins; the bundled rule texts and json-rules-engine split off, loaded on first use.
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    dts: { entry: { browser: 'src/browser.ts' } },
    sourcemap: false,
  },
]);
