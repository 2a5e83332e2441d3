/**
 * `npm run bench [-- --quick] [-- --json]`: records per second of qgrade and
 * its peers (json-rules-engine, zen-engine, json-logic-js) in one process, on
 * the same generated records and equivalent rules; load + validate + compile
 * time of every bundled rule set; peak memory of the CLI streaming a CSV file.
 *
 *   --quick            short runs (the whole benchmark in under a minute)
 *   --json             one JSON object on stdout, progress on stderr
 *   --markdown         the README's performance table, from this run
 *   --workloads a,b    only these workloads (ac, rebar, ladder)
 *   --no-csv           skip the CLI memory measurement
 *   --no-load          skip the load + compile measurement
 *
 * See bench/README.md for what is measured and the caveats.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGrader, loadRuleSet, type RuleSet } from '../src/index';
import { measureCsvStream } from './harness/csv-stream';
import { assertEquivalent, assertRoundingDecidesNothing, distribution } from './harness/equivalence';
import { measureLoadCompile } from './harness/load-compile';
import { median, type Sample, timeFor } from './harness/measure';
import {
  jsonLogicPeer,
  jsonRulesEngineLoop,
  type Peer,
  qgradeFull,
  qgradeGradeOnly,
  qgradeViaJsonRulesEngine,
  zenEngineLoop,
  zenEnginePerRecord,
} from './harness/peers';
import { airConditionerWorkload } from './workloads/air-conditioner';
import { ladderWorkload } from './workloads/ladder';
import { rebarWorkload } from './workloads/rebar';
import { take, type Workload } from './workloads/workload';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SEED = 20240925;
const HEADLINE = 'ac';
const PEERS = ['qgrade', 'qgrade-grade-only', 'json-rules-engine', 'zen-engine', 'json-logic'] as const;
/** The issue's targets for the engine work: qgrade ÷ peer. */
const TARGETS = {
  'qgrade/json-rules-engine': 50,
  'qgrade-grade-only/json-rules-engine': 200,
  'qgrade/zen-engine': 1,
};

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('--quick');
const asJson = flag('--json');
const settings = quick
  ? {
      mode: 'quick',
      pool: 3000,
      warmupMs: 200,
      budgetMs: 400,
      reps: 3,
      qgradeViaJsonRulesEngine: false,
      loadReps: 5,
      coldLoad: false,
      csvRows: [100_000],
    }
  : {
      mode: 'full',
      pool: 20_000,
      warmupMs: 1000,
      budgetMs: 2000,
      reps: 5,
      qgradeViaJsonRulesEngine: true,
      loadReps: 20,
      coldLoad: true,
      csvRows: [100_000, 1_000_000],
    };
const zenBatch = { perRecord: 256, loop: 1000 };
const log = (line: string) => process.stderr.write(`${line}\n`);

const ALL_WORKLOADS = [airConditionerWorkload, rebarWorkload, ladderWorkload];
const wanted = option('--workloads')?.split(',');
for (const id of wanted ?? []) {
  if (!ALL_WORKLOADS.some((w) => w.id === id)) throw new Error(`unknown workload ${id} (ac, rebar, ladder)`);
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
log(`qgrade benchmark (${settings.mode}) on ${machine.cpus} × ${machine.model}, Node ${machine.node}`);

const workloads: Record<string, unknown> = {};
/** Signs that a measurement was disturbed, e.g. the process not getting a whole core on a busy machine. */
const warnings: string[] = [];
const skippedWorkloads: Record<string, string> = {};
for (const workload of ALL_WORKLOADS) {
  if (wanted && !wanted.includes(workload.id)) continue;
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRuleSet(workload.ruleSet);
  } catch (error) {
    // The rebar rule set is picked up as soon as its file loads.
    skippedWorkloads[workload.id] =
      `rule set ${workload.ruleSet} does not load: ${(error as Error).message.split('\n')[0]}`;
    log(`${workload.id}: skipped (${skippedWorkloads[workload.id]})`);
    continue;
  }
  workloads[workload.id] = await benchWorkload(workload, ruleSet);
}

let loadCompile: unknown = { skipped: '--no-load' };
if (!flag('--no-load')) {
  log('load + validate + compile, every bundled rule set:');
  loadCompile = await measureLoadCompile(settings.loadReps, settings.coldLoad, log);
}

let csvStream: unknown = { skipped: '--no-csv' };
if (!flag('--no-csv')) {
  log(
    `CLI memory, streaming CSV (${settings.csvRows.map((n) => n.toLocaleString('en')).join(' and ')} rows):`,
  );
  csvStream = await measureCsvStream(
    airConditionerWorkload,
    ['sku', 'brand', 'unitType', 'ratedCoolingCapacity', 'apf', 'seer'],
    settings.csvRows,
    SEED,
    log,
  );
  if (quick) (csvStream as Record<string, unknown>).note = 'quick mode: 100,000 rows, not 1,000,000';
}

const headline = workloads[HEADLINE] as WorkloadReport | undefined;
const report = {
  headline: headline
    ? `${HEADLINE} (${airConditionerWorkload.ruleSet}): the top-level rates and ratios are this workload's`
    : `${HEADLINE} was not run`,
  mode: settings.mode,
  machine,
  settings: { ...settings, seed: SEED, zenBatch },
  ...(headline ? Object.fromEntries(PEERS.map((p) => [p, headline[p]])) : {}),
  ratios: headline?.ratios,
  targets: headline?.targets,
  workloads,
  ...(Object.keys(skippedWorkloads).length ? { skippedWorkloads } : {}),
  warnings,
  loadCompile,
  csvStream,
  loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
  seconds: Math.round((performance.now() - started) / 100) / 10,
};

if (asJson) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else if (flag('--markdown')) printMarkdown(report);
else printTables(report);
log(`done in ${report.seconds} s`);

// ---------------------------------------------------------------------------

interface PeerDetail {
  how: string;
  median: number;
  reps: number[];
  cpuPerWall: number;
}

interface WorkloadReport {
  title: string;
  ruleSet: { id: string; version: string };
  qgrade: number;
  'qgrade-grade-only': number;
  'json-rules-engine': number;
  'zen-engine': number;
  'json-logic': number;
  ratios: Record<string, number>;
  targets: Record<string, { target: number; actual: number; met: boolean }>;
  extra: Record<string, number>;
  zenEngineMode: string;
  details: Record<string, PeerDetail>;
  records: { pool: number; seed: number; distribution: Record<string, number> };
  equivalence: {
    records: number;
    peers: string[];
    /** Present for a rule set compared by GB/T 8170 rounded values: a full-value copy grades the pool the same. */
    roundingDecidesNothing?: true;
  };
  notes: readonly string[];
}

async function benchWorkload(workload: Workload, ruleSet: RuleSet): Promise<WorkloadReport> {
  log(`${workload.id}: ${workload.title}`);
  const records = take(workload.records(SEED), settings.pool);
  const full = qgradeFull(ruleSet);
  const peers: Peer[] = [
    full,
    qgradeGradeOnly(ruleSet),
    jsonRulesEngineLoop(workload),
    zenEnginePerRecord(workload, zenBatch.perRecord),
    zenEngineLoop(workload, zenBatch.loop),
    jsonLogicPeer(workload),
  ];
  if (settings.qgradeViaJsonRulesEngine) peers.push(qgradeViaJsonRulesEngine(ruleSet));

  // Equivalence first: nothing is timed unless every peer grades every record as qgrade does.
  const grader = createGrader(ruleSet);
  const results = records.map((r) => grader.gradeSync(r));
  const expected = results.map((r) => r.grade);
  log(`  equivalence on ${records.length} records…`);
  await assertEquivalent(workload.id, records, expected, peers);
  const file = isAbsolute(workload.ruleSet)
    ? workload.ruleSet
    : join(REPO, 'rules', `${workload.ruleSet}.yaml`);
  const rounding = existsSync(file)
    ? await assertRoundingDecidesNothing(ruleSet, file, records, expected)
    : undefined;

  for (const peer of peers) await timeFor(peer, records, settings.warmupMs);
  const samples = new Map<string, Sample[]>(peers.map((p) => [p.name, []]));
  for (let rep = 0; rep < settings.reps; rep++) {
    // A different order each repetition, so no peer always follows the one whose garbage it collects.
    const order = peers.map((_, i) => peers[(i + rep) % peers.length]!);
    for (const peer of order) samples.get(peer.name)!.push(await timeFor(peer, records, settings.budgetMs));
    log(
      `  rep ${rep + 1}/${settings.reps}: ${peers.map((p) => `${p.name} ${Math.round(samples.get(p.name)!.at(-1)!.rate)}`).join(', ')}`,
    );
  }
  for (const peer of peers) peer.dispose?.();

  const details: Record<string, PeerDetail> = {};
  for (const peer of peers) {
    const s = samples.get(peer.name)!;
    details[peer.name] = {
      how: peer.how,
      median: Math.round(median(s.map((x) => x.rate))),
      reps: s.map((x) => Math.round(x.rate)),
      cpuPerWall: Math.round(median(s.map((x) => x.cpuPerWall)) * 100) / 100,
    };
  }
  for (const [name, d] of Object.entries(details)) {
    if (d.cpuPerWall < 0.9) {
      warnings.push(
        `${workload.id}/${name}: cpu/wall ${d.cpuPerWall}: the process did not get a whole core (a busy machine); its rate is understated`,
      );
    }
  }
  const rate = (name: string) => details[name]!.median;
  const zenPerRecord = rate('zen-engine-per-record');
  const zenLoop = rate('zen-engine-loop');
  const rates = {
    qgrade: rate('qgrade'),
    'qgrade-grade-only': rate('qgrade-grade-only'),
    'json-rules-engine': rate('json-rules-engine'),
    'zen-engine': Math.max(zenPerRecord, zenLoop),
    'json-logic': rate('json-logic'),
  };
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const ratios: Record<string, number> = {};
  for (const q of ['qgrade', 'qgrade-grade-only'] as const) {
    for (const p of ['json-rules-engine', 'zen-engine', 'json-logic'] as const)
      ratios[`${q}/${p}`] = ratio(rates[q], rates[p]);
  }
  const targets = Object.fromEntries(
    Object.entries(TARGETS).map(([key, target]) => [
      key,
      { target, actual: ratios[key]!, met: ratios[key]! >= target },
    ]),
  );
  return {
    title: workload.title,
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    ...rates,
    ratios,
    targets,
    extra: {
      'zen-engine-per-record': zenPerRecord,
      'zen-engine-loop': zenLoop,
      ...(details['qgrade-via-json-rules-engine']
        ? { 'qgrade-via-json-rules-engine': rate('qgrade-via-json-rules-engine') }
        : {}),
    },
    zenEngineMode:
      zenLoop >= zenPerRecord
        ? `loop mode (${zenBatch.loop} records per evaluate), the faster of the two`
        : `per record (${zenBatch.perRecord} evaluate calls in flight), the faster of the two`,
    details,
    records: { pool: records.length, seed: SEED, distribution: distribution(results) },
    equivalence: {
      records: records.length,
      peers: peers.filter((p) => p !== full).map((p) => p.name),
      ...(rounding ? { roundingDecidesNothing: true } : {}),
    },
    notes: workload.notes,
  };
}

function printTables(r: typeof report): void {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    `qgrade benchmark (${r.mode}) — ${m.cpus} × ${m.model}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`,
  );
  out.push('records per second, median of the repetitions; one process, the same records for every engine');
  for (const [id, w] of Object.entries(r.workloads) as [string, WorkloadReport][]) {
    out.push('', `${id}${id === HEADLINE ? ' (headline)' : ''}: ${w.title}`);
    out.push(
      `  ${w.records.pool} records: ${Object.entries(w.records.distribution)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    const rows: string[][] = [['engine', 'records/s', 'qgrade ÷ it', 'grade-only ÷ it', 'cpu/wall']];
    const line = (name: string, rate: number, detail: string) =>
      rows.push([
        name,
        rate.toLocaleString('en'),
        (w.qgrade / rate).toFixed(2),
        (w['qgrade-grade-only'] / rate).toFixed(2),
        w.details[detail]!.cpuPerWall.toFixed(2),
      ]);
    line('qgrade (full explanation)', w.qgrade, 'qgrade');
    line('qgrade grade-only', w['qgrade-grade-only'], 'qgrade-grade-only');
    line('json-rules-engine loop', w['json-rules-engine'], 'json-rules-engine');
    line('zen-engine, per record', w.extra['zen-engine-per-record']!, 'zen-engine-per-record');
    line('zen-engine, loop mode', w.extra['zen-engine-loop']!, 'zen-engine-loop');
    line('json-logic-js', w['json-logic'], 'json-logic');
    const viaJre = w.extra['qgrade-via-json-rules-engine'];
    if (viaJre !== undefined) line('(qgrade via json-rules-engine)', viaJre, 'qgrade-via-json-rules-engine');
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    for (const row of rows)
      out.push(
        `  ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')}`,
      );
    out.push(
      `  targets: ${Object.entries(w.targets)
        .map(([k, t]) => `${k} ${t.actual} (≥ ${t.target}: ${t.met ? 'met' : 'not met'})`)
        .join('; ')}`,
    );
    out.push(
      `  equivalence: every peer gave qgrade's grade on all ${w.equivalence.records} records${w.equivalence.roundingDecidesNothing ? '; GB/T 8170 rounding decides none of them' : ''}`,
    );
  }
  for (const [id, reason] of Object.entries(r.skippedWorkloads ?? {}))
    out.push('', `${id}: skipped — ${reason}`);
  if (r.loadCompile && !('skipped' in (r.loadCompile as object))) {
    out.push('', 'load + validate + compile (median ms; cold: first load in a fresh process)');
    for (const [id, t] of Object.entries(
      r.loadCompile as Record<string, { ms: number; loadMs: number; compileMs: number; coldMs?: number }>,
    )) {
      out.push(
        `  ${id.padEnd(46)} ${t.ms.toFixed(2)} ms (load ${t.loadMs}, compile ${t.compileMs})${t.coldMs === undefined ? '' : `, cold ${t.coldMs} ms`}`,
      );
    }
  }
  out.push('', 'CLI streaming CSV → NDJSON with full explanations:');
  const csv = r.csvStream as {
    skipped?: string;
    runner?: string;
    runs?: {
      rows: number;
      peakRssMiB: number;
      inputMiB: number;
      outputMiB: number;
      seconds: number;
      rowsPerSecond: number;
    }[];
  };
  if (csv.skipped) out.push(`  skipped: ${csv.skipped}`);
  else {
    out.push(`  runner: ${csv.runner}`);
    for (const run of csv.runs ?? []) {
      out.push(
        `  ${run.rows.toLocaleString('en')} rows (${run.inputMiB} MiB in, ${run.outputMiB} MiB out): peak RSS ${run.peakRssMiB} MiB, ${run.seconds} s, ${run.rowsPerSecond.toLocaleString('en')} rows/s`,
      );
    }
  }
  for (const w of r.warnings) out.push(`warning: ${w}`);
  out.push('', `reproduce: npm run bench${r.mode === 'quick' ? ' -- --quick' : ''}   (${r.seconds} s)`);
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The README's table: one row per workload, rates and the ratios the targets name. */
function printMarkdown(r: typeof report): void {
  const n = (x: number) => Math.round(x).toLocaleString('en');
  const out = [
    '| workload | qgrade (full explanation) | qgrade grade-only | json-rules-engine | zen-engine | json-logic | full ÷ json-rules-engine | grade-only ÷ json-rules-engine | full ÷ zen-engine |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [id, w] of Object.entries(r.workloads) as [string, WorkloadReport][]) {
    const ratio = (k: string) => `${w.ratios[k as keyof typeof w.ratios]}×`;
    out.push(
      `| ${id}${id === HEADLINE ? ' (headline)' : ''} | ${n(w.qgrade)} | ${n(w['qgrade-grade-only'])} | ${n(w['json-rules-engine'])} | ${n(w['zen-engine'])} | ${n(w['json-logic'])} | ${ratio('qgrade/json-rules-engine')} | ${ratio('qgrade-grade-only/json-rules-engine')} | ${ratio('qgrade/zen-engine')} |`,
    );
  }
  const m = r.machine;
  out.push(
    '',
    `\`npm run bench${r.mode === 'quick' ? ' -- --quick' : ''}\`, ${m.cpus} × ${m.model}, Node ${m.node}, ${m.platform}; records per second, median of the repetitions.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}
