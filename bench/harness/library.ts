import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { createGrader, type RuleSet } from '../../src/index';
import { take, type Workload } from '../workloads/workload';
import {
  assertEquivalent,
  assertRoundingDecidesNothing,
  type Distribution,
  distributionKey,
  sortedDistribution,
} from './equivalence';
import { type Figure, type FigureBook, measured, ratio, type Target, target } from './figure';
import { benchRetention } from './loops';
import { median, type Sample, timeFor } from './measure';
import { REPO } from './paths';
import type { Peer } from './peer';
import {
  jsonLogicPeer,
  jsonRulesEngineFacts,
  jsonRulesEngineLoop,
  zenEngineLoop,
  zenEnginePerRecord,
} from './peers';
import { qgradeFull, qgradeGradeOnly, qgradeViaJsonRulesEngine } from './qgrade-peers';

/** How long and how often the library loops run. */
export interface LibrarySettings {
  /** Records per workload: every peer grades the same pool, cycling through it. */
  pool: number;
  warmupMs: number;
  /** Wall-clock time per peer per repetition. */
  budgetMs: number;
  reps: number;
  /** Also time qgrade's own json-rules-engine path (slow; full run only). */
  qgradeViaJsonRulesEngine: boolean;
  seed: number;
  zenBatch: { perRecord: number; loop: number };
}

/** What a workload's run found besides its figures. */
export interface WorkloadReport {
  title: string;
  ruleSet: { id: string; version: string };
  records: { pool: number; seed: number; distribution: Distribution };
  equivalence: {
    records: number;
    peers: string[];
    /** Present for a rule set compared by GB/T 8170 rounded values: a full-value copy grades the pool the same. */
    roundingDecidesNothing?: true;
  };
  /** How each peer is called. */
  peers: Record<string, string>;
  notes: readonly string[];
}

/** The issue's targets per workload: qgrade (full explanation, results dropped) ÷ a peer. */
const TARGETS: Record<string, Record<string, Target>> = {
  ac: {
    'qgrade/json-rules-engine': target('>=', 100, '×'),
    'qgrade/json-rules-engine-facts': target('>=', 20, '×'),
  },
  rebar: {
    'qgrade/json-rules-engine': target('>=', 100, '×'),
    'qgrade/json-rules-engine-facts': target('>=', 20, '×'),
  },
  ladder: { 'qgrade/json-logic': target('>', 1, '×') },
};

/**
 * Times qgrade and its peers on one workload's pool of records, after
 * checking that every peer gives every record qgrade's grade, and adds the
 * rates and ratios to `book` as `<workload>.<peer>` and `<workload>.<a>/<b>`.
 */
export async function benchWorkload(
  workload: Workload,
  ruleSet: RuleSet,
  settings: LibrarySettings,
  book: FigureBook,
  log: (line: string) => void,
  warn: (line: string) => void,
): Promise<WorkloadReport> {
  log(`${workload.id}: ${workload.title}`);
  const records = take(workload.records(settings.seed), settings.pool);
  const peers: Peer[] = [
    qgradeFull(ruleSet),
    qgradeGradeOnly(ruleSet),
    jsonRulesEngineLoop(workload),
    ...[jsonRulesEngineFacts(workload)].filter((p) => p !== undefined),
    zenEnginePerRecord(workload, settings.zenBatch.perRecord),
    zenEngineLoop(workload, settings.zenBatch.loop),
    jsonLogicPeer(workload),
  ];
  if (settings.qgradeViaJsonRulesEngine) peers.push(qgradeViaJsonRulesEngine(ruleSet));

  // Equivalence first: nothing is timed unless every peer grades every record as qgrade does.
  // The expected grades are kept, the results they came from are not (they would sit in the heap while timing).
  const { expected, counts } = expectedGrades(ruleSet, records);
  log(`  equivalence on ${records.length} records…`);
  const checked = peers.filter((p) => p.name !== 'qgrade');
  await assertEquivalent(workload.id, records, expected, checked);
  const file = isAbsolute(workload.ruleSet)
    ? workload.ruleSet
    : join(REPO, 'rules', `${workload.ruleSet}.yaml`);
  const rounding = existsSync(file)
    ? await assertRoundingDecidesNothing(ruleSet, file, records, expected)
    : undefined;

  for (const peer of peers) await timeFor(peer, records, settings.warmupMs);
  const samples = new Map<string, Sample[]>(peers.map((p) => [p.name, []]));
  for (let rep = 0; rep < settings.reps; rep++) {
    // A different order each repetition, so that no peer always runs right after the same one.
    const order = peers.map((_, i) => peers[(i + rep) % peers.length]!);
    for (const peer of order) samples.get(peer.name)!.push(await timeFor(peer, records, settings.budgetMs));
    log(
      `  rep ${rep + 1}/${settings.reps}: ${peers.map((p) => `${p.name} ${Math.round(samples.get(p.name)!.at(-1)!.rate)}`).join(', ')}`,
    );
  }
  for (const peer of peers) peer.dispose?.();

  const id = workload.id;
  const starved: string[] = [];
  const figure = (peer: Peer): Figure => {
    const s = samples.get(peer.name)!;
    const cpuPerWall = Math.round(median(s.map((x) => x.cpuPerWall)) * 100) / 100;
    if (cpuPerWall < 0.9) starved.push(`${peer.name} ${cpuPerWall}`);
    const f = measured(
      s.map((x) => x.rate),
      'records/s',
      peer.how,
    );
    f.detail = { cpuPerWall, perCpuSecond: Math.round(median(s.map((x) => x.perCpuSecond))) };
    return f;
  };
  const rates: Record<string, Figure> = {};
  for (const peer of peers) rates[peer.name] = book.add(`${id}.${peer.name}`, figure(peer));
  if (starved.length) {
    warn(
      `${id}: cpu/wall below 0.9 (${starved.join(', ')}): the process did not get a whole core (a busy machine); these rates are understated, and their ratios noisier than usual`,
    );
  }
  const perRecord = rates['zen-engine-per-record']!;
  const loop = rates['zen-engine-loop']!;
  const zen = (perRecord.value ?? 0) >= (loop.value ?? 0) ? perRecord : loop;
  rates['zen-engine'] = book.add(`${id}.zen-engine`, {
    ...zen,
    how: `the faster of zen-engine-per-record and zen-engine-loop (here: ${zen === loop ? 'loop mode' : 'per record'})`,
  });

  const goals = TARGETS[id] ?? {};
  const addRatio = (a: string, b: string, how: string, goal: Target | null = goals[`${a}/${b}`] ?? null) => {
    if (rates[a] && rates[b]) book.add(`${id}.${a}/${b}`, ratio(rates[a]!, rates[b]!, how, goal));
  };
  addRatio(
    'qgrade',
    'json-rules-engine',
    "qgrade with full explanations ÷ json-rules-engine with the benchmark's usual rules",
  );
  addRatio(
    'qgrade',
    'json-rules-engine-facts',
    'qgrade with full explanations ÷ json-rules-engine with the thresholds in facts (the strongest baseline)',
  );
  addRatio(
    'json-rules-engine-facts',
    'json-rules-engine',
    'how much faster the thresholds-in-facts rules are than the usual ones',
  );
  addRatio(
    'qgrade',
    'json-logic',
    'qgrade with full explanations ÷ json-logic-js (a grade id, nothing else)',
  );
  addRatio('qgrade', 'zen-engine', 'qgrade with full explanations ÷ zen-engine (a grade id, nothing else)');
  addRatio('qgrade-grade-only', 'json-rules-engine', "qgrade's grade only ÷ json-rules-engine (usual rules)");
  addRatio('qgrade-grade-only', 'json-logic', "qgrade's grade only ÷ json-logic-js");

  // Keeping results against dropping them, each in a process of its own (see loop-child.ts).
  log(
    `  keeping results against dropping them, ${records.length.toLocaleString('en')} records, each in a fresh process:`,
  );
  await benchRetention(workload, records.length, settings, id, 'qgrade', book, log);

  return {
    title: workload.title,
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    records: { pool: records.length, seed: settings.seed, distribution: counts },
    equivalence: {
      records: records.length,
      peers: checked.map((p) => p.name),
      ...(rounding ? { roundingDecidesNothing: true as const } : {}),
    },
    peers: Object.fromEntries(peers.map((p) => [p.name, p.how])),
    notes: workload.notes,
  };
}

/**
 * qgrade's grade of every record and how they are spread. Each result is
 * dropped as soon as it is read: a pass that kept them all would teach V8 to
 * allocate results straight into long-lived memory for the rest of the
 * process (see loop-child.ts).
 */
function expectedGrades(
  ruleSet: RuleSet,
  records: readonly unknown[],
): { expected: (string | null)[]; counts: Distribution } {
  const grader = createGrader(ruleSet);
  const expected: (string | null)[] = [];
  const counts: Distribution = {};
  for (const record of records) {
    const result = grader.gradeSync(record);
    expected.push(result.grade);
    const key = distributionKey(result);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { expected, counts: sortedDistribution(counts) };
}
