import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { CLI, REPO } from './paths';

const TIME = '/usr/bin/time';

/** Where a child's stdout goes. */
export type Stdout =
  /** Discarded by the parent as it arrives, counting lines and bytes (a pipe, as `| gzip` would be). */
  | 'count'
  /** Kept as text (for a short output). */
  | 'capture'
  /** A file (opened by the parent, as `> file` would be). */
  | { file: string };

/** One finished child process. */
export interface ProcessRun {
  exitCode: number | null;
  /** Wall-clock time from spawn to exit, seconds. */
  seconds: number;
  /** CPU time of the child (user + system, all its threads), seconds, where /usr/bin/time is there to read it. */
  cpuSeconds?: number;
  /** Lines and bytes on stdout, when counted. */
  lines?: number;
  bytes?: number;
  /** stdout, when captured. */
  text?: string;
  /** Peak resident set size, KiB, when asked for. */
  peakRssKiB?: number;
  /** How the peak was read. */
  rssFrom?: string;
  /** The last lines of stderr (without /usr/bin/time's line). */
  stderrTail: string;
}

/** What /usr/bin/time writes after the child's own stderr: exit status, CPU seconds, peak RSS. */
const MARK = '@@qgrade-bench-time';
const TIME_LINE = new RegExp(`${MARK} (\\d+) ([\\d.]+) ([\\d.]+) (\\d+)\\s*$`);
const hasTime = existsSync(TIME);

/**
 * Runs `argv` and waits for it. Where /usr/bin/time exists the child runs
 * under it, which gives its CPU time and peak RSS (for a negligible cost,
 * paid by every command alike); otherwise, with `peakRss`, the child's VmHWM
 * is read from /proc every 20 ms.
 */
export function runProcess(
  argv: readonly string[],
  options: { stdout: Stdout; peakRss?: boolean } = { stdout: 'count' },
): Promise<ProcessRun> {
  const full = hasTime ? [TIME, '-f', `${MARK} %x %U %S %M`, ...argv] : [...argv];
  const fd = typeof options.stdout === 'object' ? openSync(options.stdout.file, 'w') : undefined;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(full[0]!, full.slice(1), {
      cwd: REPO,
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
    });
    if (fd !== undefined) closeSync(fd);
    let lines = 0;
    let bytes = 0;
    let stderr = '';
    let polledKiB = 0;
    const captured: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => {
      bytes += d.length;
      if (options.stdout === 'capture') captured.push(d);
      for (let i = d.indexOf(10); i >= 0; i = d.indexOf(10, i + 1)) lines++;
    });
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-16384);
    });
    const poll =
      options.peakRss && !hasTime
        ? setInterval(async () => {
            try {
              const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
              const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
              if (kib > polledKiB) polledKiB = kib;
            } catch {
              // the process has gone
            }
          }, 20)
        : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const timed = TIME_LINE.exec(stderr);
      const run: ProcessRun = {
        exitCode: /Command terminated by signal/.test(stderr) ? null : timed ? Number(timed[1]) : code,
        seconds,
        stderrTail: stderr
          .split('\n')
          .filter((l) => !l.startsWith(MARK) && !l.startsWith('Command exited with non-zero status'))
          .slice(-8)
          .join('\n')
          .trim(),
      };
      if (timed) run.cpuSeconds = Number(timed[2]) + Number(timed[3]);
      if (fd === undefined) {
        run.lines = lines;
        run.bytes = bytes;
      }
      if (options.stdout === 'capture') run.text = Buffer.concat(captured).toString('utf8');
      if (options.peakRss) {
        run.peakRssKiB = timed ? Number(timed[4]) : polledKiB;
        run.rssFrom = timed
          ? '/usr/bin/time (maximum resident set size)'
          : '/proc/<pid>/status VmHWM, polled every 20 ms';
      }
      resolve(run);
    });
  });
}

/** The built CLI with `args`: `node dist/cli.js …`. */
export function runCli(
  args: readonly string[],
  options: { stdout: Stdout; peakRss?: boolean } = { stdout: 'count' },
): Promise<ProcessRun> {
  return runProcess([process.execPath, CLI, ...args], options);
}

/** The command line as a user would type it, for the report. */
export function shown(args: readonly string[]): string {
  return `qgrade ${args.map((a) => (/[\s"'$]/.test(a) ? `'${a}'` : a)).join(' ')}`;
}
