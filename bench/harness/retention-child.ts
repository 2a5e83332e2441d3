/**
 * Run by retention.ts in a fresh process: times qgrade's `gradeSync` over one
 * workload's records either dropping each result or keeping them all
 * (`records.map(...)`), and prints `{ rates, perCpuSecond }` as JSON.
 *
 * A process of its own for each, because V8 learns from what it sees: once a
 * loop has kept results, the allocation sites they come from are pretenured
 * (allocated straight into long-lived memory) for every later loop of the
 * process too, so a loop that drops its results, timed after one that keeps
 * them, is slowed by it.
 *
 *   node --import tsx bench/harness/retention-child.ts <ac|rebar|ladder> <records> <dropping|retaining> <warmupMs> <budgetMs> <reps> <seed>
 *
 * With budgetMs 0, each repetition is one whole pass over the records.
 */
import { loadRuleSet } from '../../src/index';
import { airConditionerWorkload } from '../workloads/air-conditioner';
import { ladderWorkload } from '../workloads/ladder';
import { rebarWorkload } from '../workloads/rebar';
import { take } from '../workloads/workload';
import { timeFor, timeOnce } from './measure';
import { qgradeFull, qgradeRetaining } from './qgrade-peers';

const [id, count, mode, warmupMs, budgetMs, reps, seed] = process.argv.slice(2);
const workload = [airConditionerWorkload, rebarWorkload, ladderWorkload].find((w) => w.id === id);
if (!workload || !count || (mode !== 'dropping' && mode !== 'retaining') || !seed) {
  process.stderr.write(
    `usage: retention-child.ts <ac|rebar|ladder> <records> <dropping|retaining> <warmupMs> <budgetMs> <reps> <seed>\n`,
  );
  process.exit(2);
}
const ruleSet = await loadRuleSet(workload.ruleSet);
const records = take(workload.records(Number(seed)), Number(count));
const peer = mode === 'dropping' ? qgradeFull(ruleSet) : qgradeRetaining(ruleSet);
const rates: number[] = [];
const perCpuSecond: number[] = [];
if (Number(budgetMs) > 0) {
  await timeFor(peer, records, Number(warmupMs));
  for (let i = 0; i < Number(reps); i++) {
    const s = await timeFor(peer, records, Number(budgetMs));
    rates.push(s.rate);
    perCpuSecond.push(s.perCpuSecond);
  }
} else {
  // Budget 0: one whole pass over the records per repetition (after one to warm up).
  const pass = () => peer.run(records, 0, records.length) as number;
  pass();
  for (let i = 0; i < Number(reps); i++) {
    const t = await timeOnce(pass);
    rates.push(records.length / t.seconds);
    perCpuSecond.push(records.length / t.cpuSeconds);
  }
}
process.stdout.write(`${JSON.stringify({ rates, perCpuSecond })}\n`);
