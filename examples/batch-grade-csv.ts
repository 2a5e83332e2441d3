/**
 * Batch-grading a spreadsheet export: a committee's CSV of air-conditioner
 * test results, headed in Chinese, graded as a stream. Bad rows become error
 * rows in place — the counts always add up to the rows of the file.
 *
 * Run: npx tsx examples/batch-grade-csv.ts [file.csv]
 */
import { fileURLToPath } from 'node:url';
import { BatchSummary, createGrader, gradeFile, loadRuleSet } from '../src/index';

const file = process.argv[2] ?? fileURLToPath(new URL('air-conditioners-zh.csv', import.meta.url));
const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));

// Headers equal to an indicator's label (全年能源消耗效率 APF) need no mapping; this one is shorter than the label.
const results = gradeFile(grader, file, { map: { 额定制冷量: 'ratedCoolingCapacity' } });

const summary = new BatchSummary(grader.ruleSet.grades);
const grades: (string | null)[] = [];
for await (const result of results) {
  summary.add(result);
  grades.push(result.grade);
  if (result.errors) {
    console.log(`row ${result.row}: ${result.errors.map((e) => e.message.en).join('; ')}`);
  }
}
// The closing summary `qgrade grade` prints: count per grade, not graded by reason, invalid rows, failing requirements.
console.log(`\n${summary.format('en')}`);

// The example checks itself against the bundled file, so CI notices if it stops telling the truth.
if (process.argv[2] === undefined) {
  const expected = ['1', '2', '3', '2', null, null, null, null, '4'];
  if (JSON.stringify(grades) !== JSON.stringify(expected)) {
    throw new Error(
      `batch-grade-csv: grades ${JSON.stringify(grades)}, expected ${JSON.stringify(expected)}`,
    );
  }
  const { total, graded, notGraded, invalid } = summary.counts();
  const sum = (counts: object) => Object.values(counts).reduce((a: number, b: number) => a + b, 0);
  if (total !== expected.length || sum(graded) + sum(notGraded) + invalid !== total) {
    throw new Error('batch-grade-csv: the counts do not add up to the rows of the file');
  }
}
