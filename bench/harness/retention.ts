import { fileURLToPath } from 'node:url';
import type { Workload } from '../workloads/workload';
import { runProcess } from './child-process';
import { type Figure, type FigureBook, measured, ratio, target } from './figure';
import { median } from './measure';

/** How long the retention children warm up and time, and how often. */
export interface RetentionSettings {
  warmupMs: number;
  /** Time per repetition; 0: one whole pass over the records per repetition. */
  budgetMs: number;
  reps: number;
  seed: number;
}

const CHILD = fileURLToPath(new URL('./retention-child.ts', import.meta.url));

/**
 * Keeping results against dropping them: `gradeSync` over `count` of the
 * workload's records, each way in a fresh process (retention-child.ts),
 * dropping first. Adds `<prefix>.<name>-dropping`, `<prefix>.<name>-retaining`
 * and their ratio (target ≥ 0.5) to `book`.
 */
export async function benchRetention(
  workload: Workload,
  count: number,
  settings: RetentionSettings,
  prefix: string,
  name: string,
  book: FigureBook,
  log: (line: string) => void,
): Promise<void> {
  const figures: Record<string, Figure> = {};
  for (const mode of ['dropping', 'retaining'] as const) {
    const args = [
      workload.id,
      count,
      mode,
      settings.warmupMs,
      settings.budgetMs,
      settings.reps,
      settings.seed,
    ];
    const run = await runProcess([process.execPath, '--import', 'tsx', CHILD, ...args.map(String)], {
      stdout: 'capture',
    });
    if (run.exitCode !== 0)
      throw new Error(`retention-child.ts ${args.join(' ')} exited ${run.exitCode}: ${run.stderrTail}`);
    const out = JSON.parse(run.text ?? '') as { rates: number[]; perCpuSecond: number[] };
    const how =
      mode === 'dropping'
        ? `in a fresh process: for (const r of records) sink += grader.gradeSync(r).criteria.length over ${count.toLocaleString('en')} records, each result dropped`
        : `in a fresh process: const kept = records.map((r) => grader.gradeSync(r)) over ${count.toLocaleString('en')} records, all kept until the pass ends`;
    const f = measured(out.rates, 'records/s', how);
    f.detail = { perCpuSecond: Math.round(median(out.perCpuSecond)) };
    figures[mode] = book.add(`${prefix}.${name}-${mode}`, f);
    log(`  ${prefix}.${name}-${mode}: ${f.value?.toLocaleString('en')} records/s`);
  }
  book.add(
    `${prefix}.${name}-retaining/${name}-dropping`,
    ratio(
      figures.retaining!,
      figures.dropping!,
      'keeping every result of a pass ÷ dropping each, each in a fresh process',
      target('>=', 0.5, '×'),
    ),
  );
}
