/**
 * Runs one section of the benchmark in a fresh process (started by
 * section.ts) and prints `{ figures, report, warnings }` as JSON on stdout;
 * progress goes to stderr.
 *
 * Why a process per section: V8's feedback is per call site, shared by every
 * grader of the process. A process that has graded the rebar rule set runs
 * the air-conditioner one through call sites that have seen both, slower
 * than a process that grades one rule set, as the CLI does. Each library
 * workload and the CLI section therefore start from a process that has seen
 * nothing else.
 *
 *   node --import tsx bench/harness/section-child.ts library '{"workload":"ac","settings":{…}}'
 *   node --import tsx bench/harness/section-child.ts cli '{"columns":[…],"settings":{…}}'
 */
import { loadRuleSet, type RuleSet } from '../../src/index';
import { airConditionerWorkload } from '../workloads/air-conditioner';
import { ladderWorkload } from '../workloads/ladder';
import { rebarWorkload } from '../workloads/rebar';
import { benchCli, type CliSettings } from './cli-throughput';
import { FigureBook } from './figure';
import { benchWorkload, type LibrarySettings } from './library';

const WORKLOADS = [airConditionerWorkload, rebarWorkload, ladderWorkload];
const [section, json] = process.argv.slice(2);
const args = JSON.parse(json ?? '{}') as {
  workload?: string;
  settings?: unknown;
  columns?: string[];
};
const book = new FigureBook();
const warnings: string[] = [];
const log = (line: string) => process.stderr.write(`${line}\n`);
const warn = (line: string) => {
  warnings.push(line);
  log(`warning: ${line}`);
};

const workload = WORKLOADS.find((w) => w.id === (args.workload ?? 'ac'));
if (!workload || (section !== 'library' && section !== 'cli')) {
  log(`usage: section-child.ts <library|cli> '<json>' (workload ${args.workload} unknown?)`);
  process.exit(2);
}
let ruleSet: RuleSet;
try {
  ruleSet = await loadRuleSet(workload.ruleSet);
} catch (error) {
  // The rebar rule set is picked up as soon as its file loads.
  const skipped = `rule set ${workload.ruleSet} does not load: ${(error as Error).message.split('\n')[0]}`;
  process.stdout.write(`${JSON.stringify({ skipped })}\n`);
  process.exit(0);
}
const report =
  section === 'library'
    ? await benchWorkload(workload, ruleSet, args.settings as LibrarySettings, book, log, warn)
    : await benchCli(workload, ruleSet, args.columns ?? [], args.settings as CliSettings, book, log, warn);
process.stdout.write(`${JSON.stringify({ figures: book.figures, report, warnings })}\n`);
