import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workload } from '../workloads/workload';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TIME = '/usr/bin/time';

/** Peak memory of one `qgrade grade` run over a generated CSV file. */
export interface CsvStreamRun {
  rows: number;
  /** Peak resident set size of the CLI process, MiB. */
  peakRssMiB: number;
  /** How the peak was read. */
  rssFrom: string;
  /** Size of the CSV file, MiB. */
  inputMiB: number;
  /** NDJSON lines the CLI wrote (one per row expected). */
  outputLines: number;
  /** Bytes of NDJSON written, MiB. */
  outputMiB: number;
  /** Wall-clock time of the CLI run, s, and rows per second through it (parse, grade, explain, serialise). */
  seconds: number;
  rowsPerSecond: number;
  exitCode: number | null;
}

export interface CsvStreamResult {
  command: string;
  runner: string;
  runs: CsvStreamRun[];
}

export type Skipped = { skipped: string };

/**
 * Streams `rows` generated records (the workload's CSV columns) to a temporary
 * file, then runs the CLI's `grade --format ndjson` over it with stdout piped
 * to a line counter, and reads the child's peak RSS (`/usr/bin/time -v`, else
 * polling /proc/<pid>/status VmHWM). The CLI is built with tsup into a
 * private temporary package (never `dist/`); if that fails it runs through tsx.
 */
export async function measureCsvStream(
  workload: Workload,
  columns: readonly string[],
  rowCounts: readonly number[],
  seed: number,
  log: (line: string) => void,
): Promise<CsvStreamResult | Skipped> {
  const dir = await mkdtemp(join(tmpdir(), 'qgrade-bench-'));
  try {
    const cli = await buildCli(dir, log);
    const runs: CsvStreamRun[] = [];
    for (const rows of rowCounts) {
      const csv = join(dir, `records-${rows}.csv`);
      log(`  writing ${rows.toLocaleString('en')} CSV rows…`);
      await writeCsv(csv, workload, columns, rows, seed);
      const args = ['grade', '--rules', workload.ruleSet, '--format', 'ndjson', '--no-progress', csv];
      log(`  qgrade ${args.join(' ')}`);
      const run = await runMeasured([...cli.command, ...args], dir);
      const inputMiB = (await stat(csv)).size / 2 ** 20;
      await rm(csv);
      // Exit 1 means "some records invalid", which the generated mix has on purpose.
      if (run.exitCode === 2 || run.lines === 0) {
        return {
          skipped: `qgrade grade did not grade the CSV file (exit ${run.exitCode}): ${run.stderrTail.trim()}`,
        };
      }
      if (run.lines !== rows) {
        return {
          skipped: `qgrade grade wrote ${run.lines} lines for ${rows} CSV rows: ${run.stderrTail.trim()}`,
        };
      }
      runs.push({
        rows,
        peakRssMiB: round1(run.peakKiB / 1024),
        rssFrom: run.rssFrom,
        inputMiB: round1(inputMiB),
        outputLines: run.lines,
        outputMiB: round1(run.bytes / 2 ** 20),
        seconds: round1(run.seconds),
        rowsPerSecond: Math.round(rows / run.seconds),
        exitCode: run.exitCode,
      });
      log(
        `  ${rows.toLocaleString('en')} rows: peak RSS ${round1(run.peakKiB / 1024)} MiB, ${round1(run.seconds)} s`,
      );
    }
    return {
      command: `qgrade grade --rules ${workload.ruleSet} --format ndjson --no-progress <file.csv> | (line counter)`,
      runner: cli.runner,
      runs,
    };
  } catch (error) {
    return { skipped: `CSV stream measurement failed: ${(error as Error).message}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes the CSV with backpressure, a chunk of rows at a time: never the whole file in memory. */
async function writeCsv(
  path: string,
  workload: Workload,
  columns: readonly string[],
  rows: number,
  seed: number,
): Promise<void> {
  const out = createWriteStream(path);
  const stream = workload.records(seed);
  const cell = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  let chunk = `${columns.join(',')}\n`;
  for (let i = 0; i < rows; i++) {
    const r = stream.next().value as Record<string, unknown>;
    chunk += `${columns.map((c) => cell(r[c])).join(',')}\n`;
    if (chunk.length > 1 << 16 || i === rows - 1) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

/**
 * The CLI built into `<dir>/qgrade/dist/main.js`, in a package folder of its
 * own (a copy of package.json; rules/, schemas/ and node_modules/ linked to the
 * repository's) so that it finds the bundled rule sets the way an installed
 * qgrade does.
 */
async function buildCli(
  dir: string,
  log: (line: string) => void,
): Promise<{ command: string[]; runner: string }> {
  const pkg = join(dir, 'qgrade');
  await mkdir(pkg);
  await copyFile(join(REPO, 'package.json'), join(pkg, 'package.json'));
  for (const link of ['rules', 'schemas', 'node_modules']) await symlink(join(REPO, link), join(pkg, link));
  const tsup = join(REPO, 'node_modules', 'tsup', 'dist', 'cli-default.js');
  const outDir = join(pkg, 'dist');
  const args = [tsup, 'src/cli/main.ts', '--format', 'esm', '--target', 'node20', '--out-dir', outDir];
  log('  building the CLI with tsup into a temporary folder…');
  const built = await runPlain([process.execPath, ...args, '--no-config', '--silent'], REPO);
  const main = join(outDir, 'main.js');
  if (built === 0 && existsSync(main)) {
    const head = (await readFile(main, 'utf8')).slice(0, 200);
    if (head.length > 0)
      return { command: [process.execPath, main], runner: 'node <tsup build of src/cli/main.ts>' };
  }
  log('  tsup build failed; running the CLI through tsx instead');
  return {
    command: [process.execPath, '--import', 'tsx', join(REPO, 'src/cli/main.ts')],
    runner: 'node --import tsx src/cli/main.ts',
  };
}

function runPlain(command: string[], cwd: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

interface MeasuredRun {
  exitCode: number | null;
  lines: number;
  bytes: number;
  seconds: number;
  peakKiB: number;
  rssFrom: string;
  stderrTail: string;
}

function runMeasured(command: string[], cwd: string): Promise<MeasuredRun> {
  const useTime = existsSync(TIME);
  const argv = useTime ? [TIME, '-v', ...command] : command;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(argv[0]!, argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let bytes = 0;
    let stderr = '';
    let polledKiB = 0;
    child.stdout.on('data', (d: Buffer) => {
      bytes += d.length;
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-16384);
    });
    const poll = useTime
      ? undefined
      : setInterval(async () => {
          try {
            const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
            const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
            if (kib > polledKiB) polledKiB = kib;
          } catch {
            // the process has gone
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const timed = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
      const exit = useTime ? /Exit status:\s*(\d+)/.exec(stderr) : null;
      resolve({
        exitCode: exit ? Number(exit[1]) : code,
        lines,
        bytes,
        seconds,
        peakKiB: timed ? Number(timed[1]) : polledKiB,
        rssFrom: timed
          ? '/usr/bin/time -v (maximum resident set size)'
          : '/proc/<pid>/status VmHWM, polled every 20 ms',
        stderrTail: stderr
          .split('\n')
          .filter((l) => !/^\s+\S.*:\s/.test(l) && !l.startsWith('\tCommand being timed'))
          .slice(-8)
          .join('\n'),
      });
    });
  });
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
