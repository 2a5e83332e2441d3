import { fileURLToPath } from 'node:url';
import type { Workload } from '../workloads/workload';
import { runProcess } from './child-process';
import { type Figure, type FigureBook, measured, ratio, target } from './figure';
import { median } from './measure';

/** How long a loop child warms up and times, and how often. */
export interface LoopSettings {
  /** CPU time spent before timing, ms. */
  warmupMs: number;
  /** CPU time per repetition, ms; 0: one whole pass over the records per repetition. */
  budgetMs: number;
  reps: number;
  seed: number;
}

/** The in-process loops loop-child.ts runs. */
export type LoopMode =
  | 'dropping'
  | 'retaining'
  | 'grade-only'
  | 'stringify'
  | `pool-${number}`
  | `pool-${number}-${'failing' | 'grade'}`;

const CHILD = fileURLToPath(new URL('./loop-child.ts', import.meta.url));

/**
 * One in-process loop over `count` of the workload's records, timed in a
 * fresh process (loop-child.ts); returns its figure (records/s, with
 * `detail.perCpuSecond`).
 */
export async function runLoop(
  workload: Workload,
  count: number,
  mode: LoopMode,
  settings: LoopSettings,
  how: string,
  unit: 'records/s' | 'rows/s' = 'records/s',
): Promise<Figure> {
  const args = [workload.id, count, mode, settings.warmupMs, settings.budgetMs, settings.reps, settings.seed];
  const run = await runProcess([process.execPath, '--import', 'tsx', CHILD, ...args.map(String)], {
    stdout: 'capture',
  });
  if (run.exitCode !== 0) {
    throw new Error(`loop-child.ts ${args.join(' ')} exited ${run.exitCode}: ${run.stderrTail}`);
  }
  const out = JSON.parse(run.text ?? '') as { rates: number[]; perCpuSecond: number[] };
  const f = measured(out.rates, unit, `in a fresh process: ${how}`);
  f.detail = { perCpuSecond: Math.round(median(out.perCpuSecond)) };
  return f;
}

/**
 * Keeping results against dropping them: `gradeSync` over `count` of the
 * workload's records, each way in a fresh process, dropping first. Adds
 * `<prefix>.<name>-dropping`, `<prefix>.<name>-retaining` and their ratio
 * (target ≥ 0.5) to `book`; returns the dropping figure.
 */
export async function benchRetention(
  workload: Workload,
  count: number,
  settings: LoopSettings,
  prefix: string,
  name: string,
  book: FigureBook,
  log: (line: string) => void,
  unit: 'records/s' | 'rows/s' = 'records/s',
): Promise<Figure> {
  const n = count.toLocaleString('en');
  const dropping = book.add(
    `${prefix}.${name}-dropping`,
    await runLoop(
      workload,
      count,
      'dropping',
      settings,
      `for (const r of records) sink += grader.gradeSync(r).criteria.length over ${n} records, each result dropped`,
      unit,
    ),
  );
  log(`  ${prefix}.${name}-dropping: ${dropping.value?.toLocaleString('en')} ${unit}`);
  const retaining = book.add(
    `${prefix}.${name}-retaining`,
    await runLoop(
      workload,
      count,
      'retaining',
      settings,
      `const kept = records.map((r) => grader.gradeSync(r)) over ${n} records, all kept until the pass ends`,
      unit,
    ),
  );
  log(`  ${prefix}.${name}-retaining: ${retaining.value?.toLocaleString('en')} ${unit}`);
  book.add(
    `${prefix}.${name}-retaining/${name}-dropping`,
    ratio(
      retaining,
      dropping,
      'keeping every result of a pass ÷ dropping each, each in a fresh process',
      target('>=', 0.5, '×'),
    ),
  );
  return dropping;
}
