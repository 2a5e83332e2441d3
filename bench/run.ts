/**
 * `npm run bench [-- options]`: every figure of the performance issue's
 * targets in one run, each with its target and whether it is met —
 *
 * - the library: records/s of qgrade (results dropped, results kept, grade
 *   only) and of its peers (json-rules-engine as the benchmark always wrote
 *   it and with the thresholds in facts, zen-engine, json-logic-js) on the
 *   same generated records, after checking they all give the same grades;
 * - the command line: rows/s of the built CLI over a generated CSV file
 *   (NDJSON, CSV, worker threads, detail levels) beside the same rows graded
 *   in-process (gradeSync, gradeOnly, createGraderPool);
 * - start-up (`qgrade --version` against `node -e 0`, a one-row grade, a cold
 *   import + load + compile) and the CLI's peak memory over 1,000,000 rows.
 *
 *   --quick            short runs (a few minutes on 2 cores; reports every target)
 *   --json             one JSON object on stdout, progress on stderr
 *   --markdown         the README's performance tables, from this run
 *   --out <file>       also write the JSON report to a file
 *   --workloads a,b    only these library workloads (ac, rebar, ladder)
 *   --no-rss           skip the 1,000,000-row memory run (not with --quick)
 *   --no-load          skip the warm load + compile times of every rule set
 *   --only a,b         only these sections: library, cli, startup, load, memory (not with --quick)
 *
 * `npm run bench` runs bench/prepare.ts first (peer engines, dist/). See
 * bench/README.md for what each figure measures and how to read it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliReport } from './harness/cli-throughput';
import { FigureBook } from './harness/figure';
import type { LibrarySettings, WorkloadReport } from './harness/library';
import { type LoadCompileTime, measureLoadCompile } from './harness/load-compile';
import { benchMemory } from './harness/memory';
import { CLI } from './harness/paths';
import { printMarkdown, printTables, type Report } from './harness/report';
import { runSection } from './harness/section';
import { benchStartup } from './harness/startup';
import { airConditionerWorkload } from './workloads/air-conditioner';
import { ladderWorkload } from './workloads/ladder';
import { rebarWorkload } from './workloads/rebar';

const SEED = 20240925;
/** The CSV columns of the air-conditioner records, for the CLI runs. */
const AC_COLUMNS = ['sku', 'brand', 'unitType', 'ratedCoolingCapacity', 'apf', 'seer'];
const RSS_ROWS = 1_000_000;
const PEERS = ['json-rules-engine', '@gorules/zen-engine', 'json-logic-js'];

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const usage = (message: string): never => {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
};
const KNOWN = ['--quick', '--json', '--markdown', '--out', '--workloads', '--no-rss', '--no-load', '--only'];
const SECTIONS = ['library', 'cli', 'startup', 'load', 'memory'];
for (const [i, a] of argv.entries()) {
  if (a.startsWith('--') && !KNOWN.includes(a)) usage(`unknown option ${a} (${KNOWN.join(', ')})`);
  if (['--out', '--workloads', '--only'].includes(a) && !argv[i + 1]) usage(`${a} needs a value`);
}
const quick = flag('--quick');
for (const f of ['--no-rss', '--only']) {
  if (quick && flag(f)) usage(`${f} is for exploratory full runs: the quick run reports every target`);
}
const only = option('--only')?.split(',');
for (const s of only ?? []) if (!SECTIONS.includes(s)) usage(`unknown section ${s} (${SECTIONS.join(', ')})`);
/** Whether a section runs; the ones left out are listed in the report's `skipped`. */
const runs = (section: string, skipFlag?: string): boolean => {
  const why = only && !only.includes(section) ? '--only' : skipFlag && flag(skipFlag) ? skipFlag : undefined;
  if (why) skipped[section] = why;
  return why === undefined;
};

const settings = quick
  ? {
      mode: 'quick' as const,
      library: { pool: 10_000, warmupMs: 1000, budgetMs: 300, reps: 5, qgradeViaJsonRulesEngine: false },
      cli: { rows: 100_000, probeRows: 2000, reps: 3, workers: 2, warmupMs: 1000 },
      startupRuns: 7,
      loadReps: 5,
    }
  : {
      mode: 'full' as const,
      library: { pool: 10_000, warmupMs: 2000, budgetMs: 1500, reps: 7, qgradeViaJsonRulesEngine: true },
      cli: { rows: 100_000, probeRows: 5000, reps: 5, workers: 2, warmupMs: 2000 },
      startupRuns: 15,
      loadReps: 20,
    };
const library: LibrarySettings = {
  ...settings.library,
  seed: SEED,
  zenBatch: { perRecord: 256, loop: 1000 },
};
const log = (line: string) => process.stderr.write(`${line}\n`);
const skipped: Record<string, string> = {};
const warnings: string[] = [];
const warn = (line: string) => {
  warnings.push(line);
  log(`warning: ${line}`);
};

const ALL_WORKLOADS = [airConditionerWorkload, rebarWorkload, ladderWorkload];
const wanted = option('--workloads')?.split(',');
for (const id of wanted ?? []) {
  if (!ALL_WORKLOADS.some((w) => w.id === id)) usage(`unknown workload ${id} (ac, rebar, ladder)`);
}

const started = performance.now();
const machine = {
  cpus: os.cpus().length,
  model: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
  loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
};
const command =
  process.env.npm_lifecycle_event === 'bench'
    ? `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : `tsx bench/run.ts ${argv.join(' ')}`.trim();
log(`qgrade benchmark (${settings.mode}) on ${machine.cpus} × ${machine.model}, Node ${machine.node}`);
log(`command: ${command}; CLI: node ${CLI}`);

const book = new FigureBook();

// 1. The library against its peers, workload by workload, each in a fresh process (see harness/section-child.ts).
const workloads: Record<string, WorkloadReport> = {};
for (const workload of runs('library') ? ALL_WORKLOADS : []) {
  if (wanted && !wanted.includes(workload.id)) {
    skipped[workload.id] = '--workloads';
    continue;
  }
  const result = await runSection<WorkloadReport>(
    'library',
    { workload: workload.id, settings: library },
    book,
  );
  if ('skipped' in result) {
    skipped[workload.id] = result.skipped;
    warn(`${workload.id} skipped: ${result.skipped}`);
    continue;
  }
  workloads[workload.id] = result.report;
  warnings.push(...result.warnings);
}

// 2. The command line and the same rows in-process, in a fresh process.
let cli: CliReport | undefined;
if (runs('cli')) {
  const args = {
    workload: airConditionerWorkload.id,
    columns: AC_COLUMNS,
    settings: { ...settings.cli, seed: SEED },
  };
  const result = await runSection<CliReport>('cli', args, book);
  if ('skipped' in result) skipped.cli = result.skipped;
  else {
    cli = result.report;
    warnings.push(...result.warnings);
  }
}

// 3. Start-up.
if (runs('startup')) {
  await benchStartup(airConditionerWorkload, AC_COLUMNS, settings.startupRuns, SEED, book, log);
}

// 4. Load + compile of every bundled rule set, warm.
let loadCompile: Record<string, LoadCompileTime> | undefined;
if (runs('load', '--no-load')) {
  log('load + validate + compile, every bundled rule set:');
  loadCompile = await measureLoadCompile(settings.loadReps, log);
}

// 5. Peak memory over 1,000,000 CSV rows (the longest part while the CLI is slow).
if (runs('memory', '--no-rss'))
  await benchMemory(airConditionerWorkload, AC_COLUMNS, RSS_ROWS, SEED, book, log);

const report: Report = {
  command,
  mode: settings.mode,
  date: new Date().toISOString().slice(0, 10),
  machine,
  peerVersions: Object.fromEntries(PEERS.map((p) => [p, peerVersion(p)])),
  settings: { ...settings, seed: SEED, zenBatch: library.zenBatch, rssRows: RSS_ROWS },
  verdict: book.verdict(),
  figures: book.figures,
  workloads,
  skipped,
  ...(cli ? { cli } : {}),
  ...(loadCompile ? { loadCompile } : {}),
  warnings,
  loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
  seconds: Math.round((performance.now() - started) / 100) / 10,
};

const json = `${JSON.stringify(report, null, 2)}\n`;
const out = option('--out');
if (out) writeFileSync(out, json);
if (flag('--json')) process.stdout.write(json);
else if (flag('--markdown')) process.stdout.write(printMarkdown(report));
else process.stdout.write(printTables(report));
log(
  `done in ${report.seconds} s: ${report.verdict.met.length} of ${report.verdict.targets} targets met${report.verdict.missed.length ? `, missed ${report.verdict.missed.join(', ')}` : ''}`,
);

/** The version of a peer engine as installed for the benchmark. */
function peerVersion(name: string): string {
  try {
    const file = join(fileURLToPath(new URL('./node_modules/', import.meta.url)), name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
