/**
 * Writing and testing a rule set of your own: a buyer's purchasing
 * specification for LED panels (examples/custom/), checked with located
 * errors, tested against its suite of expected grades, then used.
 *
 * Run: npx tsx examples/custom-rule-set.ts
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkRuleSet, createGrader, formatIssue, loadRuleSet, runTestSuite } from '../src/index';

const ruleFile = fileURLToPath(new URL('custom/led-panel-purchasing.yaml', import.meta.url));
const suiteFile = fileURLToPath(new URL('custom/led-panel-purchasing.test.yaml', import.meta.url));

// 1. An author's typo is reported where it is, with what was expected — every problem, not the first.
const text = await readFile(ruleFile, 'utf8');
const typo = text.replace('indicator: colourRendering\n', 'indicator: colorRendering\n');
const { issues } = checkRuleSet(typo, { filename: 'led-panel-purchasing.yaml' });
console.log('A typo, as `qgrade validate` would report it:');
for (const issue of issues) console.log(`  ${formatIssue(issue)}`);

// 2. The test suite: each case's input, expected grade and failing requirements (`qgrade test` runs the same).
const suite = await runTestSuite(suiteFile);
const failed = suite.cases.filter((c) => !c.passed);
console.log(`\nTest suite: ${suite.cases.length - failed.length}/${suite.cases.length} cases pass`);
for (const c of failed) console.log(`  line ${c.line}: ${c.name}\n    ${c.problems.join('\n    ')}`);

// 3. Use it: grade a panel and say what would make it preferred.
const grader = createGrader(await loadRuleSet(ruleFile));
const result = grader.gradeSync({
  luminousEfficacy: 104,
  colourRendering: 91,
  flickerFree: true,
  warrantyYears: 2,
});
console.log(`\nGrade: ${result.label?.en}`);
for (const blocker of result.nextGrade?.blockers ?? [])
  console.log(`  to reach ${result.nextGrade?.label.en}: ${blocker.message.en}`);

// The example checks itself, so CI notices if it stops telling the truth.
if (issues.length === 0 || !issues.every((i) => i.line > 0) || failed.length > 0 || suite.error) {
  throw new Error('custom-rule-set: the typo was not located, or the suite did not pass');
}
if (
  result.grade !== 'accepted' ||
  result.nextGrade?.blockers.map((b) => b.id).join() !== 'efficacy-preferred,warranty'
) {
  throw new Error(`custom-rule-set: unexpected result ${JSON.stringify([result.grade, result.nextGrade])}`);
}
