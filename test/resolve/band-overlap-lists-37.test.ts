/**
 * Hostile-37 W2: in a table of two keys, rows were compared for overlaps and gaps only when their category cells
 * were identical, so `[[heat-pump, cooling-only], "≤ 7100"]` beside `[heat-pump, "≤ 4500"]` passed `validate`
 * and the first row won (APF 3.0 at CC 3500 W: not graded by the GB 21455-2019 row, grade 1 by the other). Rows
 * are now compared per value a category cell lists, whatever their order; each error is told once.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

/** The air-conditioner APF table of GB 21455-2019 (grade-1 column of 5.00 / 4.50 … as standards.md), rows as given. */
function rules(rows: string[]): string {
  return `${ruleFileHeader('home-appliances/w2')}indicators:
  cc: { type: number, unit: W, range: "> 0", label: { zh: 额定制冷量, en: CC } }
  unitType: { type: enum, values: [heat-pump, cooling-only], label: { zh: 类型, en: Type } }
  apf: { type: number, range: "> 0", label: { zh: APF, en: APF } }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
tables:
  apfLimits:
    keys: [unitType, cc]
    columns: [unitType, cc, "1", "2"]
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}
criteria:
  - { id: apf, indicator: apf, require: "≥ apfLimits" }
`;
}

const issuesOf = (rows: string[], code: string) =>
  checkRuleSet(rules(rows)).issues.filter((i) => i.code === code && i.severity === 'error');

const HP_4500 = '[heat-pump, "≤ 4500", 5.00, 4.50]';
const BOTH_7100 = '[[heat-pump, cooling-only], "≤ 7100", 2.50, 2.00]';
const BOTH_14000 = '[[heat-pump, cooling-only], "(7100, 14000]", 4.20, 3.70]';

describe('band-overlap and band-gap per value a category cell lists (hostile-37 W2)', () => {
  it('a row listing two unit types overlaps the heat-pump row: refused once, zh and en', () => {
    const overlap = issuesOf([HP_4500, BOTH_7100, BOTH_14000], 'band-overlap');
    expect(overlap).toHaveLength(1);
    expect(overlap[0]!.text.en).toContain('in table "apfLimits", cc bands ≤ 4500 and ≤ 7100 overlap');
    expect(overlap[0]!.text.zh).toContain('表“apfLimits”中，“cc”的区间 ≤ 4500 与 ≤ 7100 重叠');
  });

  it('the same rows in the other order: the overlap, and no gap made up from it', () => {
    const rows = [BOTH_7100, HP_4500, BOTH_14000];
    expect(issuesOf(rows, 'band-overlap')).toHaveLength(1);
    expect(issuesOf(rows, 'band-gap')).toEqual([]);
  });

  it('the list in the first row: the overlap for heat-pump and the gap it leaves for cooling-only', () => {
    const rows = [
      '[[heat-pump, cooling-only], "≤ 4500", 5.00, 4.50]',
      '[heat-pump, "≤ 7100", 2.50, 2.00]',
      BOTH_14000,
    ];
    expect(issuesOf(rows, 'band-overlap')).toHaveLength(1);
    const gap = issuesOf(rows, 'band-gap');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.text.en).toContain('cc bands ≤ 4500 and (7100, 14000] leave a gap');
  });

  it('rows that list values and cover each once are accepted (GB 21455-2019 bands)', () => {
    const rows = [
      '[[heat-pump, cooling-only], "≤ 4500", 5.00, 4.50]',
      '[heat-pump, "(4500, 7100]", 4.50, 4.00]',
      '[cooling-only, "(4500, 7100]", 4.40, 3.90]',
      BOTH_14000,
    ];
    expect(checkRuleSet(rules(rows)).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a category given by two rows through a list is a duplicate row, told once', () => {
    const rows = [
      '[[heat-pump, cooling-only], "≤ 4500", 5.00, 4.50]',
      '[[cooling-only, heat-pump], "≤ 4500", 5.00, 4.50]',
    ];
    const duplicates = checkRuleSet(rules(rows)).issues.filter((i) => i.severity === 'error');
    expect(duplicates.length).toBeGreaterThan(0);
    expect(new Set(duplicates.map((d) => JSON.stringify(d.path) + d.text.en)).size).toBe(duplicates.length);
  });
});
