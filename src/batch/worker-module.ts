import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a worker thread's module is, next to the calling module: built
 * JavaScript in the installed package (`.js` beside ESM, `.cjs` beside
 * CommonJS), TypeScript through tsx in development — or, where
 * `QGRADE_DEV_WORKERS` names a folder of built workers (the test run builds
 * one, test/cli/build-cli.ts), those: every thread compiling the sources
 * through tsx again costs seconds per thread.
 *
 * @param name - the module's file name without extension, e.g. `pool-worker`
 * @param from - the caller's `import.meta.url`
 */
export function workerModule(name: string, from: string): { filename: string; execArgv?: string[] } {
  if (from.endsWith('.ts')) {
    const built = process.env.QGRADE_DEV_WORKERS;
    if (built) return { filename: join(built, `${name}.js`) };
    return { filename: fileURLToPath(new URL(`./${name}.ts`, from)), execArgv: ['--import', 'tsx'] };
  }
  return { filename: fileURLToPath(new URL(`./${name}${from.endsWith('.cjs') ? '.cjs' : '.js'}`, from)) };
}
