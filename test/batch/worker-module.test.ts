/**
 * Which file a worker thread loads: the CommonJS build beside the caller
 * wherever there is one (also for ES-module callers: piscina `require()`s it,
 * and require(esm) once aborted a process), the `.js` where there is none, and
 * a usage error where neither is there (qgrade bundled into an app).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerModule } from '../../src/batch/worker-module';
import { QgradeError } from '../../src/errors/qgrade-error';

let dir: string;
const built = process.env.QGRADE_DEV_WORKERS;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qgrade-worker-module-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  if (built === undefined) delete process.env.QGRADE_DEV_WORKERS;
  else process.env.QGRADE_DEV_WORKERS = built;
});

/** Writes empty files named `names` in a folder `sub` of the test's folder; returns the folder. */
function files(sub: string, names: string[]): string {
  const folder = join(dir, sub);
  mkdirSync(folder, { recursive: true });
  for (const name of names) writeFileSync(join(folder, name), '');
  return folder;
}

describe('workerModule', () => {
  it('an ES-module caller gets the .cjs worker beside it', () => {
    const folder = files('dist', ['index.js', 'pool-worker.js', 'pool-worker.cjs']);
    const from = pathToFileURL(join(folder, 'index.js')).href;
    expect(workerModule('pool-worker', from)).toEqual({ filename: join(folder, 'pool-worker.cjs') });
  });

  it('a CommonJS caller gets the .cjs worker', () => {
    const folder = files('dist', ['index.cjs', 'rows-worker.js', 'rows-worker.cjs']);
    const from = pathToFileURL(join(folder, 'index.cjs')).href;
    expect(workerModule('rows-worker', from)).toEqual({ filename: join(folder, 'rows-worker.cjs') });
  });

  it('only a .js worker there: that one', () => {
    const folder = files('esm-only', ['index.js', 'pool-worker.js']);
    const from = pathToFileURL(join(folder, 'index.js')).href;
    expect(workerModule('pool-worker', from)).toEqual({ filename: join(folder, 'pool-worker.js') });
  });

  it('no worker beside the caller (a bundle): the usage error, before any thread starts', () => {
    const folder = files('bundle', ['app.js']);
    const from = pathToFileURL(join(folder, 'app.js')).href;
    let error: unknown;
    try {
      workerModule('pool-worker', from);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QgradeError);
    expect((error as QgradeError).code).toBe('usage');
    expect((error as QgradeError).message).toContain(join(folder, 'pool-worker.js'));
  });

  it('a development run with a folder of built workers: its .cjs worker', () => {
    process.env.QGRADE_DEV_WORKERS = files('built', ['pool-worker.js', 'pool-worker.cjs']);
    expect(workerModule('pool-worker', 'file:///src/grade/grader-pool.ts')).toEqual({
      filename: join(dir, 'built', 'pool-worker.cjs'),
    });
  });
});
