/**
 * Runs the CLI as a user would. `useCli()` runs it in this process, through
 * `run(argv, io)` with captured output: fast, and what most CLI tests use.
 * `useBinary()` spawns the real built binary (built once for the test run by
 * build-cli.ts into a private folder), for tests where the process itself is
 * the point: the shell lines of --help, memory, signals, pipes, workers.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, inject } from 'vitest';
import { run } from '../../src/cli/program';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The commands whose help examples run to completion, in help order; `studio`
 * (a server that runs until stopped) is left out and added where only its help is read.
 */
export const COMMANDS = [
  'validate',
  'grade',
  'explain',
  'test',
  'compare',
  'diff',
  'round',
  'list',
  'schema',
  'init',
];

/** The CLI tests' fixtures. */
export const FIXTURES = join(ROOT, 'test/cli/fixtures');

/** What a run printed and how it ended. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for {@link Cli.run}. */
export interface RunOptions {
  /**
   * Working folder (default: the repository root). In-process it is the CLI's folder, as `CliIo.cwd`: for what it
   * finds there (`./rules`, `init --dir .`, `test` with no paths) and for every file named in the arguments
   * (`-r`, `-o`, `--map-file`, inputs, suites), which messages then name whole.
   */
  cwd?: string;
  /** Text for stdin (default: none, stdin closed). */
  input?: string;
  /** Extra environment (LANG defaults to en_US.UTF-8, NO_COLOR is set). */
  env?: Record<string, string>;
  /** Write stdout to this file instead of collecting it (for large outputs). */
  stdoutFile?: string;
  /** Node options before the script, e.g. ['--import', file]. */
  nodeArgs?: string[];
  /**
   * In-process: stdout takes each chunk's bytes when it calls back, as a
   * file or a pipe does, and says so (`stdoutReleasesBytes`), so the CLI
   * writes over memory it has written out. Default: stdout keeps the chunks.
   */
  releasesBytes?: boolean;
  /** In-process: the CPU cores the CLI is told it may use (`CliIo.cores`); left out, the machine's. */
  cores?: number;
}

/** The CLI, run in this process. */
export interface Cli {
  run(args: readonly string[], options?: Omit<RunOptions, 'stdoutFile' | 'nodeArgs'>): Promise<RunResult>;
}

/** The built binary of this test run. */
export interface Binary {
  /** Path of the built `cli.js`. */
  readonly bin: string;
  run(args: readonly string[], options?: RunOptions): Promise<RunResult>;
}

/** The CLI in this process: `run(argv, io)` with stdin from `input` and stdout and stderr captured. */
export function useCli(): Cli {
  return {
    async run(args, options = {}) {
      const stdout = collector(options.releasesBytes === true);
      const stderr = collector();
      const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]);
      const code = await run(['node', 'qgrade', ...args], {
        stdin,
        stdout: stdout.stream,
        stderr: stderr.stream,
        env: { ...ENV, ...options.env },
        cwd: options.cwd ?? ROOT,
        stdoutReleasesBytes: options.releasesBytes === true,
        ...(options.cores === undefined ? {} : { cores: options.cores }),
      });
      return { code, stdout: stdout.text(), stderr: stderr.text() };
    },
  };
}

/** The CLI built once for the test run (see build-cli.ts, the vitest global setup), spawned. */
export function useBinary(): Binary {
  const dir = inject('cliDir');
  return {
    bin: join(dir, 'cli.js'),
    run(args, options = {}) {
      return runNode([...(options.nodeArgs ?? []), join(dir, 'cli.js'), ...args], options);
    },
  };
}

// A user's terminal, as the tests assume it: English, no colour.
const ENV = { LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '', NO_COLOR: '1' };

function collector(copies = false): { stream: Writable; text(): string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : copies ? Buffer.from(chunk) : chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function runNode(args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const out = options.stdoutFile;
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...ENV, ...options.env },
      stdio: 'pipe',
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const file = out ? createWriteStream(out) : undefined;
    if (file) child.stdout.pipe(file);
    else child.stdout.on('data', (d: Buffer) => stdout.push(d));
    child.stderr.on('data', (d: Buffer) => stderr.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const done = () =>
        resolve({
          code: code ?? -1,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
      if (file && !file.closed) file.on('close', done);
      else done();
    });
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temporary folder, removed after the file's tests. */
export function useTempDir(): () => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qgrade-cli-'));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/**
 * A writer of files of their own in a folder `name` of the temp folder: tests run concurrently, so none rewrites
 * another's file.
 *
 * @example
 * const write = tempFiles(temp, 'xlsx-45');
 * const rules = write('yaml', RULES); // …/xlsx-45/f1.yaml
 */
export function tempFiles(
  temp: () => string,
  name: string,
): (ext: string, data: string | Uint8Array) => string {
  let files = 0;
  return (ext, data) => {
    const dir = join(temp(), name);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `f${++files}.${ext}`);
    writeFileSync(file, data);
    return file;
  };
}

/** Copies repository folders into a working folder, so commands that write files cannot touch the repository. */
export function copyFromRoot(dir: string, ...paths: string[]): void {
  for (const p of paths) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: true, allowUnionTypes: true });
const validateResult = ajv.compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas/grade-result.schema.json'), 'utf8')),
);

/** The schema errors of a result (empty when it follows schemas/grade-result.schema.json). */
export function resultSchemaErrors(result: unknown): unknown[] {
  return validateResult(result) ? [] : [...(validateResult.errors ?? [])];
}
