/**
 * Times `loadRuleSet` + `createGrader` of one rule set as the first work of a
 * fresh process (modules already imported): what a CLI run or a cold
 * serverless start pays. Prints `{ "ms": … }`.
 */
import { createGrader, loadRuleSet } from '../../src/index';

const id = process.argv[2];
if (!id) throw new Error('usage: cold-load.ts <rule-set id>');
const t0 = performance.now();
createGrader(await loadRuleSet(id));
process.stdout.write(`${JSON.stringify({ ms: performance.now() - t0 })}\n`);
