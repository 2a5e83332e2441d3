import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCompareTally, type TalliedChange } from '../../../src/compare/compare-tally';
import { compareRuleSets, createGrader, loadRuleSet } from '../../../src/index';
import { comparisonSheets, comparisonWorkbook } from '../../../src/report/xlsx/comparison-workbook';
import type { Language } from '../../../src/text/localized-text';
import { asWritten, readBack } from './read-back';

const ROOT = join(import.meta.dirname, '../../..');
const records = JSON.parse(readFileSync(join(ROOT, 'examples/room-air-conditioners.json'), 'utf8')) as Record<
  string,
  unknown
>[];

async function compared() {
  const a = await loadRuleSet('home-appliances/room-air-conditioner-energy');
  const b = await loadRuleSet(join(ROOT, 'examples/room-air-conditioner-energy-draft.yaml'));
  const comparison = await compareRuleSets(a, b, records);
  const changes = comparison.changes.map((c) => ({
    ...c,
    kept: { 型号: String(records[c.row - 1]!.model) },
  }));
  const tally = createCompareTally(a, b);
  const [ga, gb] = [createGrader(a), createGrader(b)];
  const causes = new Map<number, TalliedChange>();
  records.forEach((r, i) => {
    const seen = tally.add(ga.gradeSync(r), gb.gradeSync(r));
    if (seen) causes.set(i + 1, seen);
  });
  const options = (lang: Language) => ({
    lang,
    counts: tally.counts(),
    causes: (c: { row: number }) => causes.get(c.row),
  });
  return { a, b, comparison: { ...comparison, changes }, options };
}

describe('comparison workbook, read back by exceljs', () => {
  it('writes the matrix and the changed records cell for cell', async () => {
    const { a, b, comparison, options } = await compared();
    const sheets = comparisonSheets(comparison, a, b, options('zh'));
    const read = await readBack(await comparisonWorkbook(comparison, a, b, options('zh')));
    // The example has invalid records: a third sheet names them.
    expect(read.map((s) => s.name)).toEqual(['等级迁移', '等级变化的记录', '无效记录']);
    expect(read[0]!.rows).toEqual(asWritten(sheets[0]!));
    expect(read[1]!.rows).toEqual(asWritten(sheets[1]!));
    expect(read[2]!.rows).toEqual(asWritten(sheets[2]!));
    expect(read[0]!.frozen).toEqual({ rows: 1, columns: 1 });
    expect(read[1]!.frozen).toEqual({ rows: 1, columns: 1 });
  });

  it('shows the draft raising grade 2 APF (≤ 4500 W) from 4.50 to 4.70: 4.62 moves from grade 2 to 3', async () => {
    const { a, b, comparison, options } = await compared();
    const [matrix, changes] = await readBack(await comparisonWorkbook(comparison, a, b, options('en')));
    expect(matrix!.rows[0]).toEqual([
      'A ↓  B →',
      'Grade 1',
      'Grade 2',
      'Grade 3',
      'Grade 4',
      'Grade 5',
      // Below the lowest grade and out of scope apart, not one "Not graded" (committee-33 M8).
      'Below the lowest grade',
      'Out of scope',
      // The example has an invalid record: a row and a column of its own, apart from "not graded".
      'Invalid',
      // Row totals: the records per grade under A (committee-27 F1).
      'Total',
    ]);
    const cell = (from: string, to: string) => {
      const col = matrix!.rows[0]!.indexOf(to);
      return matrix!.rows.find((r) => r[0] === from)?.[col];
    };
    expect(cell('Grade 2', 'Grade 3')).toBe(1);
    expect(cell('Grade 2', 'Grade 2')).toBe(1); // the cooling-only unit at grade 2 (SEER) does not move
    // Of the three not graded under both, one is invalid under both: counted apart, as `grade` counts it;
    // one is below grade 5 and one out of scope.
    expect(cell('Below the lowest grade', 'Below the lowest grade')).toBe(1);
    expect(cell('Out of scope', 'Out of scope')).toBe(1);
    expect(cell('Below the lowest grade', 'Out of scope')).toBe(0);
    expect(cell('Invalid', 'Invalid')).toBe(1);
    expect(cell('Out of scope', 'Invalid')).toBe(0);
    expect(cell('Invalid', 'Below the lowest grade')).toBe(0);
    expect(matrix!.rows.some((r) => r[0] === 'Not graded')).toBe(false);
    // The totals add up to the records compared, each way.
    const total = matrix!.rows.find((r) => r[0] === 'Total')!;
    expect(total.at(-1)).toBe(records.length);
    expect(total.slice(1, -1).reduce((s: number, v) => s + Number(v), 0)).toBe(records.length);
    expect(changes!.rows).toEqual([
      [
        '型号',
        'Row',
        'Grade under A',
        'Grade under B',
        'Criteria that moved it',
        'Criterion ids',
        'Limit changed, same outcome',
      ],
      ['KFR-35GW/B3', 2, 'Grade 2', 'Grade 3', 'apf@2', 'apf@2'],
    ]);
    expect(matrix!.rows.find((r) => r[0] === 'Changed grade')).toEqual(['Changed grade', 1]);
  });
});
