import { fstatSync, readSync, statSync } from 'node:fs';
import { Writable } from 'node:stream';

/**
 * Whether the process's stdout was closed when it started (`qgrade … >&-`).
 * Node then opens /dev/null in its place, read-write, so every write would
 * succeed and vanish, and a run would end with exit 0 as if its results had
 * been written. A stdout redirected to /dev/null by the shell is opened
 * write-only: reading from it fails, where Node's stand-in gives an empty
 * read. Only a descriptor that is /dev/null is ever read from.
 */
export function stdoutWasClosed(): boolean {
  if (process.platform === 'win32') return false;
  try {
    const out = fstatSync(1);
    if (!out.isCharacterDevice() || out.rdev !== statSync('/dev/null').rdev) return false;
    return readSync(1, Buffer.alloc(1), 0, 1, null) === 0;
  } catch {
    return false;
  }
}

/**
 * A stream every write to which fails as a write to a closed descriptor does
 * (EBADF): what a stdout that was closed is given instead, so the run stops
 * with "cannot write the output (stdout)" and exit 2, as on a full disk.
 */
export class ClosedOutput extends Writable {
  override _write(
    _chunk: unknown,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    const error: NodeJS.ErrnoException = new Error(
      'EBADF: stdout was closed when qgrade started (>&-), so nothing written to it is kept',
    );
    error.code = 'EBADF';
    error.syscall = 'write';
    callback(error);
  }
}
