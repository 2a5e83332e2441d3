/**
 * A tolerance that depends on both grade and a band (GB 11614's thickness deviation by grade and thickness):
 * `± thicknessTol` with a grade table said "no table named thicknessTol" (newcomer-26 M3). The message names the
 * table as a grade table and gives the working form, one criterion per grade, which is graded here.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, formatIssue, parseRuleSet } from '../../src/index';

const ruleFile = (criteria: string) => `schemaVersion: 1
id: test/tolerance
version: 1.0.0
industry: test
subject: product
title: { zh: 允差, en: Tolerance }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  thickness: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }
  deviation: { type: number, unit: mm, label: { zh: 厚度偏差, en: Thickness deviation } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质级, en: Premium } }
tables:
  thicknessTol:
    keys: [thickness]
    columns: [thickness, ordinary, premium]
    rows:
      - ["[2, 6]", 0.2, 0.1]
      - ["(6, 19]", 0.3, 0.2]
  plainTol:
    keys: [thickness]
    columns: [thickness, value]
    rows:
      - ["[2, 19]", 0.2]
criteria:
${criteria}`;

const messages = (criteria: string) =>
  checkRuleSet(ruleFile(criteria), { filename: 't.yaml' }).issues.map((i) => [
    formatIssue(i, 'en'),
    i.text.zh,
  ]);

describe('a table as a whole in a tolerance', () => {
  it('± a grade table: names it a grade table and gives one criterion per grade, at the name', () => {
    expect(messages('  - { id: dev, indicator: deviation, require: "± thicknessTol" }\n')).toEqual([
      [
        't.yaml:28:50: "thicknessTol" is a grade table, with one value per grade, and a tolerance takes one value: write one criterion per grade, naming that grade\'s column: require: "± thicknessTol.ordinary" with grade: ordinary; require: "± thicknessTol.premium" with grade: premium (the table\'s keys still pick the row from the record)',
        '“thicknessTol”是等级表，每个等级各有一个值，而允差只取一个值：请每个等级各写一条判定项，指明该等级的列：require: "± thicknessTol.ordinary" 与 grade: ordinary；require: "± thicknessTol.premium" 与 grade: premium（表的键仍按记录选行）',
      ],
    ]);
  });

  it('0 ± a grade table, and ± another table, get the same kind of message', () => {
    const withNominal = messages('  - { id: dev, indicator: deviation, require: "0 ± thicknessTol" }\n');
    expect(withNominal[0]?.[0]).toContain('"thicknessTol" is a grade table');
    const [plain, plainZh] =
      messages('  - { id: dev, indicator: deviation, require: "± plainTol" }\n')[0] ?? [];
    expect(plain).toContain(
      '"plainTol" is a table, not a value: a tolerance names one of its columns, e.g. "± plainTol.value"',
    );
    expect(plainZh).toContain('“plainTol”是表，不是一个值');
  });

  it('the form the message gives grades by grade and by band, both ends included', async () => {
    const grader = createGrader(
      await parseRuleSet(
        ruleFile(`  - { id: dev-ordinary, indicator: deviation, require: "± thicknessTol.ordinary", grade: ordinary }
  - { id: dev-premium, indicator: deviation, require: "± thicknessTol.premium", grade: premium }
`),
        { filename: 't.yaml' },
      ),
    );
    const grade = (thickness: number, deviation: number) => grader.gradeSync({ thickness, deviation }).grade;
    expect(grade(4, 0.1)).toBe('premium'); // at the premium limit for 2–6 mm
    expect(grade(4, -0.15)).toBe('ordinary');
    expect(grade(4, 0.2)).toBe('ordinary'); // at the ordinary limit
    expect(grade(4, 0.21)).toBeNull();
    expect(grade(8, 0.2)).toBe('premium'); // the 6–19 mm band's premium limit
    expect(grade(8, 0.3)).toBe('ordinary');
    expect(grade(8, -0.31)).toBeNull();
  });
});
