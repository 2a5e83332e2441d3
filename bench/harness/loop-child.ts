/**
 * Run by loops.ts in a fresh process: times one in-process way of grading a
 * workload's records and prints `{ rates, perCpuSecond }` as JSON.
 *
 * - `dropping`: `for (const r of records) sink += grader.gradeSync(r).criteria.length`
 * - `retaining`: `const kept = records.map((r) => grader.gradeSync(r))`
 * - `grade-only`: `grader.gradeOnly(r)` in a loop
 * - `stringify`: `JSON.stringify(grader.gradeSync(r))` in a loop (the NDJSON text, no I/O)
 * - `pool-<n>`: `createGraderPool(…, { workers: n })`, `for await (const r of pool.gradeMany(records))`
 * - `pool-<n>-failing`, `pool-<n>-grade`: the same, `pool.gradeMany(records, { detail })`
 *
 * A process of its own for each, because what one loop leaves behind changes
 * the next: once a loop has kept results, V8 pretenures the allocation sites
 * they come from (allocates them straight into long-lived memory) for every
 * later loop of the process; results copied back from a pool's threads are
 * garbage the next loop collects.
 *
 *   node --import tsx bench/harness/loop-child.ts <ac|rebar|ladder> <records> <mode> <warmupMs> <budgetMs> <reps> <seed>
 *
 * With budgetMs > 0 each repetition runs until the process has spent that
 * much CPU time (harness/measure.ts timeFor); with 0, each repetition is one
 * whole pass over the records, after as many passes as warmupMs of CPU time
 * takes (at least one).
 */
import { createGrader, createGraderPool, type GraderPool, loadRuleSet } from '../../src/index';
import { airConditionerWorkload } from '../workloads/air-conditioner';
import { ladderWorkload } from '../workloads/ladder';
import { rebarWorkload } from '../workloads/rebar';
import { take } from '../workloads/workload';
import { timeFor, timeOnce, warmUp } from './measure';
import type { Peer } from './peer';
import { qgradeFull, qgradeRetaining } from './qgrade-peers';

const [id, count, mode, warmupMs, budgetMs, reps, seed] = process.argv.slice(2);
const workload = [airConditionerWorkload, rebarWorkload, ladderWorkload].find((w) => w.id === id);
const pooled = /^pool-(\d+)(?:-(failing|grade))?$/.exec(mode ?? '');
const MODES = ['dropping', 'retaining', 'grade-only', 'stringify'];
if (!workload || !count || !(MODES.includes(mode ?? '') || pooled) || !seed) {
  process.stderr.write(
    'usage: loop-child.ts <ac|rebar|ladder> <records> <dropping|retaining|grade-only|stringify|pool-N[-failing|-grade]> <warmupMs> <budgetMs> <reps> <seed>\n',
  );
  process.exit(2);
}
const ruleSet = await loadRuleSet(workload.ruleSet);
const records = take(workload.records(Number(seed)), Number(count));
const n = records.length;

let pool: GraderPool | undefined;
let pass: () => number | Promise<number>;
let peer: Peer | undefined;
if (mode === 'dropping' || mode === 'retaining') {
  const p = mode === 'dropping' ? qgradeFull(ruleSet) : qgradeRetaining(ruleSet);
  peer = p;
  pass = () => p.run(records, 0, n);
} else if (mode === 'grade-only') {
  const grader = createGrader(ruleSet);
  pass = () => {
    let s = 0;
    for (const r of records) s += (grader.gradeOnly(r)?.length ?? 0) + 1;
    return s;
  };
} else if (mode === 'stringify') {
  const grader = createGrader(ruleSet);
  pass = () => {
    let s = 0;
    for (const r of records) s += JSON.stringify(grader.gradeSync(r)).length;
    return s;
  };
} else {
  const p = await createGraderPool({ pathOrId: workload.ruleSet }, { workers: Number(pooled![1]) });
  pool = p;
  const detail = (pooled![2] ?? 'full') as 'full' | 'failing' | 'grade';
  pass = async () => {
    let s = 0;
    // Each result read as the default loop reads it: its criteria, or at `grade` its grade.
    if (detail === 'grade')
      for await (const r of p.gradeMany(records, { detail })) s += (r.grade?.length ?? 0) + 1;
    else for await (const r of p.gradeMany(records, { detail })) s += r.criteria.length + 1;
    return s;
  };
}

const rates: number[] = [];
const perCpuSecond: number[] = [];
if (peer && Number(budgetMs) > 0) {
  await timeFor(peer, records, Number(warmupMs));
  for (let i = 0; i < Number(reps); i++) {
    const s = await timeFor(peer, records, Number(budgetMs));
    rates.push(s.rate);
    perCpuSecond.push(s.perCpuSecond);
  }
} else {
  // A pool warms up on one pass (its CPU time counts its threads, still starting).
  if (pool) await pass();
  else await warmUp(pass, Number(warmupMs));
  for (let i = 0; i < Number(reps); i++) {
    const t = await timeOnce(pass);
    rates.push(n / t.seconds);
    perCpuSecond.push(n / t.cpuSeconds);
  }
}
await pool?.close();
process.stdout.write(`${JSON.stringify({ rates, perCpuSecond })}\n`);
