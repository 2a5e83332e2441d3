import type { Readable, Writable } from 'node:stream';

/** A stream the CLI writes to, with what it knows of the terminal behind it. */
export type OutputStream = Writable & { isTTY?: boolean; columns?: number };

/**
 * Everything the CLI touches of its process: its streams, environment and
 * working folder. `run(argv, io)` takes one, so tests run the CLI in-process
 * with captured output, and nothing below the CLI reads `process` directly.
 */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * The working folder: relative defaults (`./rules`, `--dir .`) and every relative path in the arguments
   * (`-r`, `-o`, `--map-file`, inputs, suites, `diff`'s and `compare`'s rule files) are taken from it.
   */
  cwd: string;
  /**
   * stdout is the process's own (a file, a pipe or a terminal): it keeps no
   * reference to bytes once they are written, so output memory may be
   * written over again. A stream that collects its chunks does keep them.
   */
  stdoutReleasesBytes?: boolean;
  /**
   * The CPU cores this process may use, which bound `grade --workers` (see `workersToStart`); left out, the
   * machine's (`os.availableParallelism()`). Tests give more, to run several workers on a 2-core machine.
   */
  cores?: number;
}

/** The real process's streams, environment and working folder. */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutReleasesBytes: true,
  };
}
