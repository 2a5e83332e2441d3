// Loaded through tsx (see report-fixtures.ts): it builds the reports by calling the library's source.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BatchCounts, BatchSummary } from '../../src/batch/batch-summary';
import { finishItem } from '../../src/batch/finish-item';
import { createComparison, type RuleSetComparison } from '../../src/compare/compare-rule-sets';
import { createGrader } from '../../src/grade/create-grader';
import { readRecords } from '../../src/input/read-records';
import { createCompareReport } from '../../src/report/html/compare-report';
import { createGradeReport } from '../../src/report/html/grade-report';
import type { ReportResult } from '../../src/report/html/record-view';
import { loadRuleSet } from '../../src/resolve/load-rule-set';
import { modelOf } from '../../src/resolve/rule-set';
import type { Language } from '../../src/text/localized-text';

const ROOT = new URL('../../', import.meta.url).pathname;
export const RULE_SET = 'home-appliances/room-air-conditioner-energy';
export const DRAFT = join(ROOT, 'examples/room-air-conditioner-energy-draft.yaml');

/** The example inputs, with the column mapping and the id column `qgrade grade` would be given. */
export const INPUTS = {
  json: { path: join(ROOT, 'examples/room-air-conditioners.json'), map: {}, id: 'model' },
  csv: {
    path: join(ROOT, 'examples/air-conditioners-zh.csv'),
    map: { 额定制冷量: 'ratedCoolingCapacity' },
    id: '型号',
  },
} as const;

let dir: string | undefined;
function outDir(): string {
  if (!dir) {
    const made = mkdtempSync(join(tmpdir(), 'qgrade-browser-'));
    // Pages are opened from here until the worker process ends.
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
    dir = made;
  }
  return dir;
}

/**
 * Reads an example as `qgrade grade` does and grades each row with each
 * grader; the id column is kept as the readers will keep it (`kept`).
 */
async function gradeRows(
  input: keyof typeof INPUTS,
  ruleSets: Awaited<ReturnType<typeof loadRuleSet>>[],
): Promise<{ row: number; results: ReportResult[] }[]> {
  const spec = INPUTS[input];
  const indicators = ruleSets.flatMap((r) => r.indicators);
  const source = await readRecords(spec.path, { mapping: new Map(Object.entries(spec.map)), indicators });
  const graders = ruleSets.map((r) => createGrader(r));
  const rows: { row: number; results: ReportResult[] }[] = [];
  for await (const item of source.items) {
    const record = 'unreadable' in item ? null : item.record;
    const id =
      record !== null && typeof record === 'object'
        ? (record as Record<string, unknown>)[spec.id]
        : undefined;
    const results = graders.map((g, i) => {
      const result: ReportResult = finishItem(item, g.gradeSync(record), modelOf(ruleSets[i]!));
      if (id !== undefined) result.kept = { [spec.id]: String(id) };
      return result;
    });
    rows.push({ row: item.row, results });
  }
  return rows;
}

/**
 * Grades an example against the bundled air-conditioner rule set, writes the
 * HTML report into a temporary folder, and counts the same results with
 * {@link BatchSummary} for the test to compare with what the page shows.
 */
export async function buildGradeReport(
  input: keyof typeof INPUTS,
  lang: Language,
): Promise<{ file: string; counts: BatchCounts; bytes: number }> {
  const ruleSet = await loadRuleSet(RULE_SET);
  const report = createGradeReport(ruleSet, { lang, input: INPUTS[input].path.slice(ROOT.length) });
  const summary = new BatchSummary(ruleSet.grades);
  for (const { results } of await gradeRows(input, [ruleSet])) {
    report.add(results[0]!);
    summary.add(results[0]!);
  }
  const html = report.render();
  const file = join(outDir(), `grade-${input}-${lang}.html`);
  writeFileSync(file, html);
  return { file, counts: summary.counts(), bytes: Buffer.byteLength(html) };
}

/**
 * Compares the bundled air-conditioner rule set with the draft revision in
 * `examples/` on the JSON example, writes the HTML report, and returns the
 * library's own comparison of the same records.
 */
export async function buildCompareReport(
  lang: Language,
): Promise<{ file: string; comparison: RuleSetComparison; bytes: number }> {
  const a = await loadRuleSet(RULE_SET);
  const b = await loadRuleSet(DRAFT);
  const report = createCompareReport(a, b, { lang, input: 'examples/room-air-conditioners.json' });
  const comparison = createComparison(a, b);
  for (const { row, results } of await gradeRows('json', [a, b])) {
    report.add(results[0]!, results[1]!, row);
    comparison.add(results[0]!, results[1]!, row);
  }
  const html = report.render();
  const file = join(outDir(), `compare-${lang}.html`);
  writeFileSync(file, html);
  return { file, comparison: comparison.result(), bytes: Buffer.byteLength(html) };
}

/**
 * The compare report of {@link buildCompareReport}, tallied by a producer column whose names include a long one
 * (a company and its plant, 26 characters): the table of moves per producer, as `compare --tally-by 生产企业` writes it.
 */
export async function buildTalliedCompareReport(
  lang: Language,
): Promise<{ file: string; producers: string[] }> {
  const a = await loadRuleSet(RULE_SET);
  const b = await loadRuleSet(DRAFT);
  const report = createCompareReport(a, b, { lang, tallyBy: '生产企业' });
  const producers = ['海信家电', '奥克斯空调股份有限公司（宁波生产基地第二分厂）', 'TCL空调'];
  for (const [i, { row, results }] of (await gradeRows('json', [a, b])).entries())
    report.add(results[0]!, results[1]!, row, producers[i % producers.length]!);
  const file = join(outDir(), `compare-tally-${lang}.html`);
  writeFileSync(file, report.render());
  return { file, producers };
}

export { NOT_GRADED_KEY } from '../../src/compare/compare-rule-sets';
export { INVALID_KEY, NONCONFORMING_KEY, OUT_OF_SCOPE_KEY } from '../../src/compare/migration-matrix';
export { HTML_TEXTS } from '../../src/report/html/html-texts';
