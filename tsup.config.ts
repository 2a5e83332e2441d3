import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/**
 * yaml's Node build is some 80 CommonJS files, loaded one by one at every
 * start (~50 ms of a one-record grade, a sixth of it). Its ES-module build
 * (the same parser; warnings go to console.warn instead of
 * process.emitWarning) is bundled into the chunk that uses it instead.
 */
const bundledYaml: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'bundled-yaml',
  setup(build) {
    const esm = fileURLToPath(new URL('./node_modules/yaml/browser/index.js', import.meta.url));
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: esm }));
  },
};

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
    noExternal: ['yaml'],
    esbuildPlugins: [bundledYaml],
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
