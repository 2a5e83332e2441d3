/**
 * vitest global setup: builds the CLI once for every CLI test, into a private
 * folder inside the package (node_modules/.cache, so it finds rules/ and
 * schemas/ as an installed qgrade does; never dist/, which other builds may be
 * rewriting), and removes it after the run.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import type { TestProject } from 'vitest/node';
import { writePrebuiltRuleSets } from '../../scripts/prebuild-rule-sets';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => void> {
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'qgrade-cli-test-'));
  const common = {
    outDir: dir,
    config: false,
    target: 'node20',
    shims: true,
    silent: true,
    clean: false,
  } as const;
  // The workers as CommonJS, as the package runs them (src/batch/worker-module.ts says why).
  await Promise.all([
    build({ ...common, entry: { cli: join(ROOT, 'src/cli/main.ts') }, format: ['esm'], splitting: false }),
    build({
      ...common,
      entry: {
        'pool-worker': join(ROOT, 'src/grade/pool-worker.ts'),
        'rows-worker': join(ROOT, 'src/cli/pipeline/rows-worker.ts'),
      },
      format: ['cjs'],
    }),
  ]);
  // The bundled rule sets resolved ahead of time, beside the CLI as in the package: grade reads them back.
  writePrebuiltRuleSets(join(ROOT, 'rules'), join(dir, 'prebuilt'));
  project.provide('cliDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    cliDir: string;
  }
}
