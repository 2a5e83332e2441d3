import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGrader, type RuleSet } from '../../src/index';
import { take, type Workload } from '../workloads/workload';
import { runCli, shown } from './child-process';
import { parseCsv, writeCsv } from './csv-file';
import { type Figure, type FigureBook, measured, ratio, type Target, target, unavailable } from './figure';
import { benchRetention, type LoopMode, runLoop } from './loops';
import { median } from './measure';

/** Sizes and repetitions of the CLI measurement. */
export interface CliSettings {
  /** Rows of the timed CSV file (and of the in-process loops over the same rows). */
  rows: number;
  /** Rows of the small file every variant's output is checked on before timing. */
  probeRows: number;
  reps: number;
  seed: number;
  /** Worker threads for `--workers` and `createGraderPool`. */
  workers: number;
  /** CPU time each in-process loop runs before it is timed, ms. */
  warmupMs: number;
}

/** One way of running `qgrade grade`. */
interface Variant {
  key: string;
  args: string[];
  output: 'ndjson' | 'csv';
  /** Its output must be byte-identical to this variant's (the same format on one thread). */
  sameBytesAs?: string;
  how: string;
  goal?: Target;
}

/** What the check on the small file found for one variant. */
export interface VariantCheck {
  command: string;
  available: boolean;
  /** Why not available: the CLI exited 2 (e.g. an option it does not have yet). */
  reason?: string;
  /** Every row's grade is qgrade's, and (workers) the bytes are the one-thread output's. */
  equivalent?: boolean;
  problems?: string[];
}

/** The CLI section's report besides its figures. */
export interface CliReport {
  input: { format: 'csv'; rows: number; columns: readonly string[]; MiB: number; probeRows: number };
  ruleSet: string;
  checks: Record<string, VariantCheck>;
  /** How each rows/s is computed. */
  method: string;
}

/**
 * `qgrade grade` over a generated CSV file in several ways (output formats,
 * worker threads, detail levels), and the same rows graded in-process
 * (`gradeSync`, kept or not, `gradeOnly`, `createGraderPool`), interleaved in
 * the same repetitions; adds `cli.*`, `same-rows.*` and their ratios to `book`.
 */
export async function benchCli(
  workload: Workload,
  ruleSet: RuleSet,
  columns: readonly string[],
  settings: CliSettings,
  book: FigureBook,
  log: (line: string) => void,
  warn: (line: string) => void,
): Promise<CliReport> {
  const n = settings.rows;
  const w = String(settings.workers);
  const variants: Variant[] = [
    {
      key: 'ndjson',
      args: ['-f', 'ndjson'],
      output: 'ndjson',
      how: 'qgrade grade -f ndjson (default detail: every result in full), one thread',
      goal: target('>=', 60_000, 'rows/s'),
    },
    {
      key: 'csv',
      args: ['-f', 'csv'],
      output: 'csv',
      how: 'qgrade grade -f csv, one thread',
      goal: target('>=', 200_000, 'rows/s'),
    },
    {
      key: `ndjson-workers-${w}`,
      args: ['-f', 'ndjson', '--workers', w],
      output: 'ndjson',
      sameBytesAs: 'ndjson',
      how: `qgrade grade -f ndjson --workers ${w}`,
    },
    {
      key: `csv-workers-${w}`,
      args: ['-f', 'csv', '--workers', w],
      output: 'csv',
      sameBytesAs: 'csv',
      how: `qgrade grade -f csv --workers ${w}`,
    },
    {
      key: 'ndjson-detail-grade',
      args: ['-f', 'ndjson', '--detail', 'grade'],
      output: 'ndjson',
      how: 'qgrade grade -f ndjson --detail grade (row, grade, label, reason), one thread',
    },
    {
      key: 'ndjson-detail-failing',
      args: ['-f', 'ndjson', '--detail', 'failing'],
      output: 'ndjson',
      how: 'qgrade grade -f ndjson --detail failing (without the criteria that passed or do not apply), one thread',
    },
  ];
  const base = (file: string, v: Variant) => [
    'grade',
    '--rules',
    workload.ruleSet,
    '--no-progress',
    ...v.args,
    file,
  ];

  const dir = await mkdtemp(join(tmpdir(), 'qgrade-bench-cli-'));
  try {
    const big = join(dir, 'records.csv');
    const probe = join(dir, 'probe.csv');
    const one = join(dir, 'one.csv');
    log(`CLI: writing ${n.toLocaleString('en')} CSV rows (${workload.id})…`);
    await writeCsv(big, workload.records(settings.seed), columns, n, false);
    await writeCsv(probe, workload.records(settings.seed), columns, settings.probeRows, false);
    await writeCsv(one, workload.records(settings.seed), columns, 1, false);
    const grader = createGrader(ruleSet);
    const expected = take(workload.records(settings.seed), settings.probeRows).map(
      (r) => grader.gradeSync(r).grade,
    );

    // Every variant once on the small file: is it there, and does it give qgrade's grades?
    log(`CLI: checking every variant's output on ${settings.probeRows.toLocaleString('en')} rows…`);
    const checks: Record<string, VariantCheck> = {};
    const probeBytes = new Map<string, Buffer>();
    for (const v of variants) {
      const out = join(dir, `probe-${v.key}.out`);
      const args = base(probe, v);
      const run = await runCli(args, { stdout: { file: out } });
      const command = shown(base('<file.csv>', v));
      if (run.exitCode === 2) {
        checks[v.key] = {
          command,
          available: false,
          reason: `exit 2: ${run.stderrTail.split('\n')[0] ?? ''}`.trim(),
        };
        log(`  ${v.key}: unavailable (${checks[v.key]!.reason})`);
        continue;
      }
      const bytes = await readFile(out);
      await rm(out);
      probeBytes.set(v.key, bytes);
      const problems: string[] = [];
      if (run.exitCode !== 0 && run.exitCode !== 1) problems.push(`exit ${run.exitCode}: ${run.stderrTail}`);
      problems.push(...checkGrades(bytes.toString('utf8'), v.output, expected));
      const same = v.sameBytesAs ? probeBytes.get(v.sameBytesAs) : undefined;
      if (same && !same.equals(bytes)) problems.push(`output differs from ${v.sameBytesAs} on one thread`);
      checks[v.key] = {
        command,
        available: true,
        equivalent: problems.length === 0,
        ...(problems.length ? { problems: problems.slice(0, 5) } : {}),
      };
      if (problems.length) warn(`cli.${v.key}: output not equivalent: ${problems[0]}`);
      log(`  ${v.key}: ${problems.length ? `NOT equivalent (${problems[0]})` : 'grades match'}`);
    }
    const timed = variants.filter((v) => checks[v.key]!.available);

    type Time = { seconds: number; cpuSeconds?: number };
    const wall = new Map<string, Time[]>(timed.map((v) => [v.key, []]));
    const start = new Map<string, Time[]>(timed.map((v) => [v.key, []]));
    const outMiB = new Map<string, number>();
    for (let rep = 0; rep < settings.reps; rep++) {
      const order = timed.map((_, i) => timed[(i + rep) % timed.length]!);
      const line: string[] = [];
      for (const v of order) {
        // The fixed cost of this command (start, load, compile, first write): the same command on one row.
        const fixed = await runCli(base(one, v), { stdout: { file: join(dir, 'one.out') } });
        start.get(v.key)!.push(fixed);
        const out = join(dir, `${v.key}.out`);
        const run = await runCli(base(big, v), { stdout: { file: out } });
        if (!outMiB.has(v.key)) outMiB.set(v.key, (await stat(out)).size / 2 ** 20);
        await rm(out);
        if (run.exitCode !== 0 && run.exitCode !== 1) {
          throw new Error(`${shown(base(big, v))} exited ${run.exitCode}: ${run.stderrTail}`);
        }
        wall.get(v.key)!.push(run);
        line.push(`${v.key} ${Math.round(n / run.seconds)}`);
      }
      log(`  rep ${rep + 1}/${settings.reps} (rows/s end to end): ${line.join(', ')}`);
    }

    // Figures: CLI rows/s net of the command's fixed cost, so that the rate is the one a large file sees.
    const cli: Record<string, Figure> = {};
    for (const v of variants) {
      const key = `cli.${v.key}`;
      const check = checks[v.key]!;
      if (!check.available) {
        cli[v.key] = book.add(
          key,
          unavailable('rows/s', v.how, check.reason ?? 'unavailable', v.goal ?? null),
        );
        continue;
      }
      const fixed = median(start.get(v.key)!.map((t) => t.seconds));
      const walls = wall.get(v.key)!.map((t) => t.seconds);
      const net = walls.map((s) => n / Math.max(s - fixed, 1e-3));
      if (median(walls) < 2 * fixed) {
        warn(`${key}: a run over ${n} rows took less than twice the one-row run; the rate is imprecise`);
      }
      const f = measured(
        net,
        'rows/s',
        `${v.how}; ${n.toLocaleString('en')} CSV rows to a file`,
        v.goal ?? null,
      );
      f.detail = {
        command: check.command,
        endToEndRowsPerSecond: Math.round(median(walls.map((s) => n / s))),
        secondsPerRun: round3(median(walls)),
        oneRowSeconds: round3(fixed),
        outputMiB: Math.round((outMiB.get(v.key) ?? 0) * 10) / 10,
        equivalent: check.equivalent ?? false,
      };
      const cpu = wall.get(v.key)!.map((t) => t.cpuSeconds);
      const cpuFixed = start.get(v.key)!.map((t) => t.cpuSeconds);
      if (cpu.every((c) => c !== undefined) && cpuFixed.every((c) => c !== undefined)) {
        const fixedCpu = median(cpuFixed as number[]);
        f.detail.perCpuSecond = Math.round(
          median((cpu as number[]).map((c) => n / Math.max(c - fixedCpu, 1e-3))),
        );
      }
      if (check.equivalent === false && f.target) f.pass = false;
      cli[v.key] = book.add(key, f);
    }
    // The same rows in-process, each way in a fresh process (see loop-child.ts), one whole pass per repetition.
    log(`CLI: the same ${n.toLocaleString('en')} rows in-process, each way in a fresh process:`);
    const loopSettings = {
      warmupMs: settings.warmupMs,
      budgetMs: 0,
      reps: settings.reps,
      seed: settings.seed,
    };
    const rows: Record<string, Figure> = {};
    const sameRows = async (key: string, mode: LoopMode, how: string) => {
      try {
        rows[key] = book.add(
          `same-rows.${key}`,
          await runLoop(workload, n, mode, loopSettings, how, 'rows/s'),
        );
      } catch (error) {
        const why = (error as Error).message.split('\n')[0] ?? 'failed';
        warn(`same-rows.${key}: ${why}`);
        rows[key] = book.add(`same-rows.${key}`, unavailable('rows/s', how, why));
      }
      log(`  same-rows.${key}: ${rows[key]!.value?.toLocaleString('en') ?? 'unavailable'} rows/s`);
    };
    rows.gradeSync = await benchRetention(
      workload,
      n,
      loopSettings,
      'same-rows',
      'gradeSync',
      book,
      log,
      'rows/s',
    );
    await sameRows(
      'gradeOnly',
      'grade-only',
      'for (const r of rows) sink += grader.gradeOnly(r): the grade id only',
    );
    await sameRows(
      'gradeSync+JSON.stringify',
      'stringify',
      'for (const r of rows) sink += JSON.stringify(grader.gradeSync(r)).length: the NDJSON text without I/O',
    );
    const poolKey = `pool-${w}-workers`;
    await sameRows(
      poolKey,
      `pool-${settings.workers}`,
      `createGraderPool({ pathOrId }, { workers: ${w} }), warmed on one pass; for await (const r of pool.gradeMany(rows)) sink += r.criteria.length: full results, each dropped`,
    );

    // The levels a caller may ask a pool for (gradeMany's `detail`): less built on this thread per result.
    for (const detail of ['failing', 'grade'] as const) {
      await sameRows(
        `${poolKey}-${detail}`,
        `pool-${settings.workers}-${detail}`,
        `createGraderPool({ pathOrId }, { workers: ${w} }), warmed on one pass; for await (const r of pool.gradeMany(rows, { detail: '${detail}' })): ${detail === 'grade' ? 'grade and label only' : 'results with only their failed and missing criteria'}, each dropped`,
      );
    }

    const addRatio = (
      key: string,
      a: Figure | undefined,
      b: Figure | undefined,
      how: string,
      goal?: Target,
    ) => {
      if (!a || !b) return;
      const r = book.add(key, ratio(a, b, how, goal ?? null));
      // A variant whose output is wrong cannot meet a target.
      const wrong = key.match(/^cli\.([^/]+)/)?.[1];
      if (wrong && checks[wrong]?.equivalent === false && r.target) r.pass = false;
    };
    addRatio(
      'cli.ndjson/same-rows.gradeSync-dropping',
      cli.ndjson,
      rows.gradeSync,
      'the CLI writing full NDJSON ÷ the gradeSync loop over the same rows',
      target('>=', 0.25, '×'),
    );
    addRatio(
      'cli.ndjson-detail-grade/same-rows.gradeOnly',
      cli['ndjson-detail-grade'],
      rows.gradeOnly,
      'the CLI writing --detail grade ÷ the gradeOnly loop over the same rows',
      target('>=', 0.5, '×'),
    );
    addRatio(
      `cli.ndjson-workers-${w}/cli.ndjson`,
      cli[`ndjson-workers-${w}`],
      cli.ndjson,
      `NDJSON with --workers ${w} ÷ one thread`,
      target('>=', 1.7, '×'),
    );
    addRatio(
      `cli.csv-workers-${w}/cli.csv`,
      cli[`csv-workers-${w}`],
      cli.csv,
      `CSV with --workers ${w} ÷ one thread`,
      target('>=', 1.7, '×'),
    );
    addRatio(
      `same-rows.${poolKey}/same-rows.gradeSync-dropping`,
      rows[poolKey],
      rows.gradeSync,
      `createGraderPool with ${w} workers ÷ gradeSync on this thread, full results`,
      target('>', 1, '×'),
    );
    addRatio(
      `same-rows.${poolKey}-grade/same-rows.gradeSync-dropping`,
      rows[`${poolKey}-grade`],
      rows.gradeSync,
      `createGraderPool with ${w} workers, gradeMany at detail grade ÷ gradeSync on this thread (full results)`,
      target('>', 1, '×'),
    );
    addRatio(
      `same-rows.${poolKey}-grade/same-rows.gradeOnly`,
      rows[`${poolKey}-grade`],
      rows.gradeOnly,
      `createGraderPool with ${w} workers, gradeMany at detail grade ÷ gradeOnly on this thread (the grade id only)`,
    );
    addRatio(
      'cli.csv/same-rows.gradeSync-dropping',
      cli.csv,
      rows.gradeSync,
      'the CLI writing CSV ÷ the gradeSync loop over the same rows',
    );
    addRatio(
      'cli.ndjson-detail-failing/same-rows.gradeSync-dropping',
      cli['ndjson-detail-failing'],
      rows.gradeSync,
      'the CLI writing --detail failing ÷ the gradeSync loop over the same rows',
    );
    addRatio(
      'cli.ndjson/same-rows.gradeSync+JSON.stringify',
      cli.ndjson,
      rows['gradeSync+JSON.stringify'],
      'the CLI writing full NDJSON ÷ gradeSync + JSON.stringify in-process (the same text, no reading or writing)',
    );

    return {
      input: {
        format: 'csv',
        rows: n,
        columns,
        MiB: Math.round(((await stat(big)).size / 2 ** 20) * 10) / 10,
        probeRows: settings.probeRows,
      },
      ruleSet: workload.ruleSet,
      checks,
      method:
        'cli.* rows/s = rows ÷ (wall time of the run − median wall time of the same command on a one-row file), i.e. the rate a large file sees, the start-up (reported separately) taken out; detail.endToEndRowsPerSecond is rows ÷ the whole wall time. stdout goes to a file in a temporary folder; each repetition runs every variant once, in a rotating order. same-rows.* are the same rows as objects, each loop in a fresh process (gradeSync-dropping is the gradeSync loop the ratios use).',
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Compares the grade of every output row with qgrade's; returns what differs (at most a few). */
function checkGrades(text: string, format: 'ndjson' | 'csv', expected: readonly (string | null)[]): string[] {
  const grades: (string | null)[] = [];
  if (format === 'ndjson') {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        grades.push((JSON.parse(line) as { grade?: string | null }).grade ?? null);
      } catch {
        return [`a line is not JSON: ${line.slice(0, 120)}`];
      }
    }
  } else {
    const [header, ...rows] = parseCsv(text);
    const col = header?.indexOf('grade') ?? -1;
    if (col < 0) return ['no "grade" column in the CSV header'];
    for (const row of rows) grades.push(row[col] ? row[col]! : null);
  }
  if (grades.length !== expected.length) return [`${grades.length} rows written for ${expected.length} read`];
  const problems: string[] = [];
  for (let i = 0; i < expected.length && problems.length < 5; i++) {
    if (grades[i] !== expected[i]) {
      problems.push(`row ${i + 1}: ${JSON.stringify(grades[i])}, gradeSync ${JSON.stringify(expected[i])}`);
    }
  }
  return problems;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
