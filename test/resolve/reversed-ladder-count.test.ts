/**
 * Grades listed best first, with three tables of three rows (newcomer-17,
 * mistakes/m10): the one error kept said "(and 2 more limits like it)",
 * counting the other errors (one per requirement) rather than the limits
 * they stand for: 2 more rows of its own table and 3 rows of each other table.
 * Since newcomer-30 M2 every limit reversed is one error at `grades:`, which counts them.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const table = (name: string, a: number[], b: number[]) => `  ${name}:
    keys: [thickness]
    columns: [thickness, premium, ordinary]
    rows:
      - ["[2, 4)", ${a[0]}, ${b[0]}]
      - ["[4, 8)", ${a[1]}, ${b[1]}]
      - ["[8, 12]", ${a[2]}, ${b[2]}]
`;

const reversed = `${ruleFileHeader('test/glass')}indicators:
  thickness: { type: number, unit: mm, range: "[2, 12]", label: { zh: 公称厚度, en: Nominal thickness } }
  transmittance: { type: number, label: { zh: 透射比, en: Transmittance } }
  bow: { type: number, label: { zh: 弯曲度, en: Bow } }
  defects: { type: integer, label: { zh: 点状缺陷, en: Defects } }
grades:
  - { id: premium, label: { zh: 优质加工级, en: Premium } }
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
tables:
${table('transmittanceMin', [89, 87, 83], [88, 86, 82])}${table('bowMax', [0.1, 0.1, 0.1], [0.2, 0.2, 0.2])}${table('defectsMax', [1, 1, 2], [3, 3, 4])}criteria:
  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin" }
  - { id: bow, indicator: bow, require: "≤ bowMax" }
  - { id: defects, indicator: defects, require: "≤ defectsMax" }
`;

describe('grades listed best first, every limit reversed', () => {
  it('one error at `grades:`, counting the limits compared, rows of tables included (newcomer-30 M2)', () => {
    const issues = checkRuleSet(reversed).issues;
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['non-monotonic', 'error', 14, 1],
    ]);
    // 9 limits in all are looser for the later grade: 3 rows of each of 3 tables.
    expect(issues[0]!.text.en).toContain('here all 9 limits compared ask less of a later grade');
    expect(issues[0]!.text.zh).toContain('这里比较的 9 个限值全都是排在后面的等级要求更低');
  });
});
