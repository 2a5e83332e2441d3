import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insideBundleError } from '../errors/inside-bundle-error';
import { localized } from '../text/localized-text';

/**
 * Where a worker thread's module is, next to the calling module: built
 * JavaScript in the installed package, TypeScript through tsx in development
 * — or, where `QGRADE_DEV_WORKERS` names a folder of built workers (the test
 * run builds one, test/cli/build-cli.ts), those: every thread compiling the
 * sources through tsx again costs seconds per thread.
 *
 * The CommonJS build wherever there is one, for ES-module callers too:
 * piscina loads a worker with `require()`, which Node ≥ 20.19 runs on an ES
 * module through require(esm) — a path that once aborted the whole process
 * (an assertion in `loadESMFromCJS`, Node 20.20). The `.cjs` worker is one
 * self-contained file and never enters it.
 *
 * @param name - the module's file name without extension, e.g. `pool-worker`
 * @param from - the caller's `import.meta.url`
 * @throws {@link QgradeError} with code `usage` when the built module is not
 *   there: qgrade was bundled into an app, whose bundle holds no worker module
 *   (and a CommonJS bundle no `import.meta.url`), checked before any thread
 *   (or piscina, which a bundle cannot load either) starts.
 */
export function workerModule(
  name: string,
  from: string | undefined,
): { filename: string; execArgv?: string[] } {
  if (typeof from === 'string' && from.endsWith('.ts')) {
    const built = process.env.QGRADE_DEV_WORKERS;
    if (built) return { filename: commonJsFirst(join(built, name)) };
    return { filename: fileURLToPath(new URL(`./${name}.ts`, from)), execArgv: ['--import', 'tsx'] };
  }
  const filename =
    typeof from === 'string' && from.startsWith('file:')
      ? commonJsFirst(fileURLToPath(new URL(`./${name}`, from)))
      : undefined;
  if (filename === undefined || !existsSync(filename)) {
    throw insideBundleError(
      localized(
        `找不到工作线程模块 ${filename ?? `${name}.js`}，无法启动线程池`,
        `cannot find the worker thread module ${filename ?? `${name}.js`}, so the worker pool cannot start`,
      ),
      localized(
        '或在本线程中用 createGrader 评级（可以打包）',
        'or grade in this thread with createGrader (which bundles)',
      ),
    );
  }
  return { filename };
}

/** `<base>.cjs` where it exists, else `<base>.js`. */
function commonJsFirst(base: string): string {
  return existsSync(`${base}.cjs`) ? `${base}.cjs` : `${base}.js`;
}
