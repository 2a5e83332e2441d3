import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli/main.ts',
    'pool-worker': 'src/grade/pool-worker.ts',
    'rows-worker': 'src/cli/pipeline/rows-worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  target: 'node20',
  clean: true,
  shims: true,
  sourcemap: false,
});
