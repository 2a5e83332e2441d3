import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workload } from '../workloads/workload';
import { runCli, shown } from './child-process';
import { writeCsv } from './csv-file';
import { type FigureBook, measured, target, unavailable } from './figure';

const HOW =
  'peak resident set size of one `qgrade grade -f ndjson` run, one thread, over a generated CSV file, stdout piped to a line counter';
const RSS_TARGET = target('<=', 150, 'MiB');

/**
 * Peak memory of the CLI streaming `rows` CSV rows to NDJSON on one thread
 * (`/usr/bin/time -v`, else /proc VmHWM); adds `memory.peak-rss` (target
 * ≤ 150 MiB for 1,000,000 rows) and `memory.rows-per-second` (the same run,
 * end to end) to `book`.
 */
export async function benchMemory(
  workload: Workload,
  columns: readonly string[],
  rows: number,
  seed: number,
  book: FigureBook,
  log: (line: string) => void,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qgrade-bench-rss-'));
  try {
    const file = join(dir, 'records.csv');
    log(`memory: writing ${rows.toLocaleString('en')} CSV rows…`);
    await writeCsv(file, workload.records(seed), columns, rows, false);
    const inputMiB = (await stat(file)).size / 2 ** 20;
    const args = ['grade', '--rules', workload.ruleSet, '-f', 'ndjson', '--no-progress', file];
    const command = `${shown([...args.slice(0, -1), '<file.csv>'])} | (line counter)`;
    log(`memory: ${command}`);
    const run = await runCli(args, { stdout: 'count', peakRss: true });
    if ((run.exitCode !== 0 && run.exitCode !== 1) || run.lines !== rows) {
      const why = `exit ${run.exitCode}, ${run.lines} lines for ${rows} rows: ${run.stderrTail}`;
      book.add('memory.peak-rss', unavailable('MiB', HOW, why, RSS_TARGET));
      book.add('memory.rows-per-second', unavailable('rows/s', HOW, why));
      return;
    }
    const rss = measured([run.peakRssKiB! / 1024], 'MiB', HOW, RSS_TARGET);
    rss.detail = {
      rows,
      command,
      rssFrom: run.rssFrom!,
      inputMiB: Math.round(inputMiB * 10) / 10,
      outputMiB: Math.round((run.bytes! / 2 ** 20) * 10) / 10,
      seconds: Math.round(run.seconds * 10) / 10,
      ...(run.cpuSeconds === undefined ? {} : { cpuSeconds: Math.round(run.cpuSeconds * 10) / 10 }),
    };
    book.add('memory.peak-rss', rss);
    book.add(
      'memory.rows-per-second',
      measured(
        [rows / run.seconds],
        'rows/s',
        `the same run, rows ÷ its whole wall time (start-up included; a cross-check of cli.ndjson on ${rows.toLocaleString('en')} rows)`,
      ),
    );
    log(`  ${rows.toLocaleString('en')} rows: peak RSS ${rss.value} MiB, ${rss.detail.seconds} s`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
