/**
 * Runs the real `qgrade` binary, as a user would: the CLI is built once for
 * the test run (build-cli.ts) into a private folder, then spawned with node on
 * real files.
 */
import { spawn } from 'node:child_process';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, inject } from 'vitest';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
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
  /** Working folder (default: the repository root). */
  cwd?: string;
  /** Text for stdin (default: none, stdin closed). */
  input?: string;
  /** Extra environment (LANG defaults to en_US.UTF-8, NO_COLOR is set). */
  env?: Record<string, string>;
  /** Write stdout to this file instead of collecting it (for large outputs). */
  stdoutFile?: string;
  /** Node options before the script, e.g. ['--import', file]. */
  nodeArgs?: string[];
}

/** The built binary of this test file. */
export interface Cli {
  /** Path of the built `cli.js`. */
  readonly bin: string;
  run(args: readonly string[], options?: RunOptions): Promise<RunResult>;
}

/** The CLI built once for the test run (see build-cli.ts, the vitest global setup). */
export function useCli(): Cli {
  const dir = inject('cliDir');
  return {
    bin: join(dir, 'cli.js'),
    run(args, options = {}) {
      return runNode([...(options.nodeArgs ?? []), join(dir, 'cli.js'), ...args], options);
    },
  };
}

function runNode(args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const out = options.stdoutFile;
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: {
        ...process.env,
        LANG: 'en_US.UTF-8',
        LC_ALL: '',
        LC_MESSAGES: '',
        NO_COLOR: '1',
        ...options.env,
      },
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

/** Copies repository folders into a working folder, so commands that write files cannot touch the repository. */
export function copyFromRoot(dir: string, ...paths: string[]): void {
  for (const p of paths) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validateResult = ajv.compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas/grade-result.schema.json'), 'utf8')),
);

/** The schema errors of a result (empty when it follows schemas/grade-result.schema.json). */
export function resultSchemaErrors(result: unknown): unknown[] {
  return validateResult(result) ? [] : [...(validateResult.errors ?? [])];
}
