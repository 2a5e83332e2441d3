/**
 * A grade table that leaves out a grade between grades it names. The author
 * sweep's Q355 rule (test/fixtures/author-sweep/grade-table-gap.yaml) copied
 * the P table with columns B, C, E, F: it passed validate, and P 0.030 % was
 * graded D, where D is ≤ 0.025 %: D had no P limit of its own. It now gets
 * the warning `missing-grade-column` at the table's `columns`; grades left out
 * at either end ("C and above") are written so on purpose and are not warned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, parseRuleSet } from '../../src/index';
import { holdsDown } from '../../src/report/summarize-result';

const gap = readFileSync(new URL('../fixtures/author-sweep/grade-table-gap.yaml', import.meta.url), 'utf8');
const COLUMNS = 'columns: [designation, B, C, E, F]';
const ROW = '- [Q355, 0.035, 0.030, 0.020, 0.020]';

/** The rule file with the P table's columns and row written otherwise. */
function withPTable(columns: string, row: string, extra = ''): string {
  expect(gap).toContain(COLUMNS);
  return gap.replace(COLUMNS, `columns: [designation, ${columns}]`).replace(ROW, `- [Q355, ${row}]`) + extra;
}

const issuesOf = (text: string) => checkRuleSet(text, { filename: 'q355.yaml' }).issues;

describe('a grade table that leaves out a grade between grades it names', () => {
  it('is a warning at the table’s columns, naming the grade, its neighbours and the indicator', () => {
    const { ruleSet, issues } = checkRuleSet(gap, { filename: 'q355.yaml' });
    // A warning: the rule set still loads.
    expect(ruleSet).toBeDefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'missing-grade-column',
      severity: 'warning',
      line: 60,
      column: 14,
      path: ['tables', 'pmax', 'columns'],
    });
    expect(issues[0]!.text.zh).toBe(
      '表“pmax”没有“D级”的列（有“C级”和“E级”的列）：“D级”因此对“磷 P”没有自己的限值，在“磷 P”上达到“C级”的记录也都达到“D级”。' +
        '若“D级”的限值与某级相同，请照抄该列；若标准对“D级”确无要求，请写一列 ~；若该产品没有“D级”，请写一列 n/a',
    );
    expect(issues[0]!.message).toBe(
      'table "pmax" has no column for grade "D" (it has "C" and "E"): that grade sets no limit on "Phosphorus P", ' +
        'so every record meeting "C" on it meets "D" too. If its limit is the same as another grade\'s, copy that column; ' +
        'if the standard sets no requirement, write a column of ~; if the product has no such grade, write a column of n/a',
    );
  });

  it('two grades left out together: one warning naming both', () => {
    const issues = issuesOf(withPTable('B, C, F', '0.035, 0.030, 0.020'));
    expect(issues.map((i) => [i.code, i.line])).toEqual([['missing-grade-column', 60]]);
    expect(issues[0]!.message).toContain('has no column for grades "D" and "E" (it has "C" and "F")');
    expect(issues[0]!.text.zh).toContain('没有“D级”、“E级”的列（有“C级”和“F级”的列）');
  });

  it.each([
    ['the column written', 'B, C, D, E, F', '0.035, 0.030, 0.025, 0.020, 0.020'],
    ['the column written ~ (no requirement)', 'B, C, D, E, F', '0.035, 0.030, ~, 0.020, 0.020'],
    ['the column written n/a (no such grade)', 'B, C, D, E, F', '0.035, 0.030, n/a, 0.020, 0.020'],
    // "C and above": the lowest grade has no P limit, on purpose.
    ['the lowest grade left out', 'C, D, E, F', '0.030, 0.025, 0.020, 0.020'],
    // F asks what E asks.
    ['the highest grade left out', 'B, C, D, E', '0.035, 0.030, 0.025, 0.020'],
  ])('no warning with %s', (_, columns, row) => {
    expect(issuesOf(withPTable(columns, row))).toEqual([]);
  });

  it('no warning when another criterion on the indicator sets the grade left out', () => {
    const text = `${gap}  - { id: p-d, indicator: phosphorus, grade: D, require: "≤ 0.025" }\n`;
    expect(issuesOf(text)).toEqual([]);
  });
});

describe('a grade table with a column that is not a grade', () => {
  it('a misspelt grade column is an error at that column, naming the grade meant', () => {
    const issues = issuesOf(withPTable('B, C, DD, E, F', '0.035, 0.030, 0.025, 0.020, 0.020'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'unknown-grade',
      severity: 'error',
      path: ['tables', 'pmax', 'columns', 3],
      line: 60,
      column: 34,
    });
    expect(issues[0]!.message).toBe(
      'column "DD" of the grade table "pmax" is not a grade id: did you mean "D"?',
    );
    expect(issues[0]!.text.zh).toBe('等级表“pmax”的列“DD”不是等级标识：是否要写“D”？');
  });

  it('a column far from every grade lists the grades', () => {
    const issues = issuesOf(withPTable('B, C, remark, E, F', '0.035, 0.030, 0.025, 0.020, 0.020'));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-grade', ['tables', 'pmax', 'columns', 3]],
    ]);
    expect(issues[0]!.message).toMatch(
      /^column "remark" of the grade table "pmax" is not a grade id; grades are B, C, D, E, F/,
    );
  });

  it('no column a grade: the table is not a grade table, and the criterion is told to name one column', () => {
    const issues = issuesOf(withPTable('low, high', '0.035, 0.030'));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['unknown-grade', ['criteria', 4, 'require']]]);
    expect(issues[0]!.message).toContain('name one column instead, e.g. "≤ pmax.low"');
  });
});

describe('n/a in the lowest grade’s column of a grade table row (newcomer-32 W1)', () => {
  it('is a warning at the cell: no record of the row gets any grade, its higher limits never apply; ~ is the fix', () => {
    const issues = issuesOf(withPTable('B, C, D, E, F', 'n/a, 0.030, 0.025, 0.020, 0.020'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'unreachable-grade',
      severity: 'warning',
      path: ['tables', 'pmax', 'rows', 0, 1],
      line: 62,
      column: 16,
    });
    expect(issues[0]!.text.zh).toBe(
      '表“pmax”第 1 行（Q355）“B级”为 n/a：等级是累进的，这一行的记录因此在“磷 P”上任何等级都达不到（不分级），' +
        '本行“C级”、“D级”、“E级”、“F级”的限值从不起作用；若“B级”对这一行没有要求，请写 ~',
    );
    expect(issues[0]!.message).toBe(
      'table "pmax" row 1 (Q355): the lowest grade "B" is n/a: grades are cumulative, so no record of this row can get ' +
        'any grade on "Phosphorus P" (not graded), and the row\'s limits for "C", "D", "E", "F" never apply; ' +
        'if the standard asks nothing of "B" in this row, write ~',
    );
  });

  it.each([
    ['~ in the lowest grade (no requirement)', '~, 0.030, 0.025, 0.020, 0.020'],
    ['n/a in a grade above the lowest (the product stops below it)', '0.035, 0.030, 0.025, 0.020, n/a'],
    ['every cell of the row n/a (the row left ungraded on purpose)', 'n/a, n/a, n/a, n/a, n/a'],
  ])('no warning with %s', (_, row) => {
    expect(issuesOf(withPTable('B, C, D, E, F', row))).toEqual([]);
  });

  it('the grade table’s reason column says why such a record has no grade, as the explanation does', async () => {
    const text = withPTable('B, C, D, E, F', 'n/a, 0.030, 0.025, 0.020, 0.020');
    const grader = createGrader(parseRuleSet(text, { filename: 'q355.yaml' }));
    const record = {
      designation: 'Q355',
      delivery: 'N',
      testTemperature: -60,
      impactEnergy: [40, 40, 40],
      phosphorus: 0.01,
      sulfur: 0.005,
    };
    const result = await grader.grade(record);
    expect(result.grade).toBeNull();
    expect(holdsDown(result, 'zh')).toBe('磷 P：此产品没有B级（n/a），不能评为该等级');
    expect(holdsDown(result, 'en')).toBe(
      'Phosphorus P: Grade B does not exist for this product (n/a), so the record cannot reach it',
    );
    // n/a above the top grade a record reaches: its column stays empty, as before.
    const top = createGrader(parseRuleSet(withPTable('B, C, D, E, F', '0.035, 0.030, 0.025, 0.020, n/a')));
    const graded = await top.grade(record);
    expect(graded.grade).toBe('E');
    expect(holdsDown(graded, 'zh')).toBe('');
  });
});
