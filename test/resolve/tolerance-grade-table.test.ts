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

/** The same rule file with the premium grade's id written `first-class`, as `qgrade init` and the tutorial write ids. */
const hyphened = (criteria: string) =>
  ruleFile(criteria).replaceAll('premium', 'first-class').replace('优质级', '一等品');

const hyphenMessages = (criteria: string) =>
  checkRuleSet(hyphened(criteria), { filename: 't.yaml' }).issues.map((i) => [
    formatIssue(i, 'en'),
    i.text.zh,
  ]);

describe('a grade id with "-" as a table column in a limit (newcomer-32 M3)', () => {
  it('± a grade table: the advice names every grade, a hyphened id in the bracket form', () => {
    const [[en, zh]] = hyphenMessages(
      '  - { id: dev, indicator: deviation, require: "± thicknessTol" }\n',
    ) as [[string, string]];
    expect(en).toContain(
      'require: "± thicknessTol.ordinary" with grade: ordinary; require: "± thicknessTol[\'first-class\']" with grade: first-class (',
    );
    expect(zh).toContain(
      'require: "± thicknessTol.ordinary" 与 grade: ordinary；require: "± thicknessTol[\'first-class\']" 与 grade: first-class（',
    );
  });

  it('table.first-class (read as table.first − class) is an error at the limit giving the bracket form', () => {
    expect(
      hyphenMessages(
        '  - { id: dev, indicator: deviation, require: "± thicknessTol.first-class", grade: first-class }\n',
      ),
    ).toEqual([
      [
        't.yaml:28:50: limit of "deviation": the column name "first-class" holds "-", which a formula reads as a subtraction: write thicknessTol[\'first-class\']',
        "“deviation”的限值：列名“first-class”含“-”，公式会把它读作减法：请写 thicknessTol['first-class']",
      ],
    ]);
  });

  it('a subtraction stays one where the table has no such column', () => {
    const { issues } = checkRuleSet(
      hyphened(
        '  - { id: dev, indicator: deviation, require: "≤ thicknessTol.ordinary - thickness", grade: ordinary }\n',
      ),
    );
    // Only what the ladder and the bands say of this one-criterion file: the formula is read as written.
    expect(issues.map((i) => i.code)).not.toContain('invalid-requirement');
    expect(issues.map((i) => i.code)).not.toContain('invalid-formula');
  });

  it('the bracket form grades by grade and band, at, below and above each limit; double quotes inside single-quoted YAML too', async () => {
    for (const ref of [`"± thicknessTol['first-class']"`, `'± thicknessTol["first-class"]'`]) {
      const grader = createGrader(
        parseRuleSet(
          hyphened(`  - { id: dev-ordinary, indicator: deviation, require: "± thicknessTol.ordinary", grade: ordinary }
  - { id: dev-first, indicator: deviation, require: ${ref}, grade: first-class }
`),
          { filename: 't.yaml' },
        ),
      );
      const grade = (thickness: number, deviation: number) =>
        grader.gradeSync({ thickness, deviation }).grade;
      expect(grade(4, 0.09), ref).toBe('first-class'); // below the first-class limit for 2–6 mm
      expect(grade(4, 0.1), ref).toBe('first-class'); // at it
      expect(grade(4, 0.11), ref).toBe('ordinary'); // above it
      expect(grade(8, 0.2), ref).toBe('first-class'); // the 6–19 mm band's limit
      expect(grade(8, 0.21), ref).toBe('ordinary');
    }
  });
});
