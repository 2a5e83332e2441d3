/**
 * A tolerance written as a standard prints it (fix-texts3, a newcomer's ceramic-tile rule set): `(35.0±0.5) mm`,
 * the unit after the brackets, was refused "is not a range; write it as [1.25, 1.30] or (0, 100]", which did not say
 * what to write. GB/T 8170: "A ± b" takes in both ends, so the bracketed form is read as the tolerance it prints; a
 * deviation alone in brackets, full-width brackets and full-width signs are told the tolerance to write, and so is a
 * tolerance with its lower deviation first, `(35.0 -0.3/+0.5) mm` (hostile-34 M5), which was "not a range".
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { locatedIssues } from '../helpers';
import { ruleFileHeader } from '../rule-file-header';

const LINE = 16;

/** A rule set whose one requirement, on line 16, is `require: "<require>"` (column 14 is the text's first character). */
function tile(require: string): string {
  const text = `${ruleFileHeader('building-materials/tile')}indicators:
  length: { type: number, unit: mm, range: "> 0", label: { zh: 边长, en: Side length } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - id: length
    indicator: length
    require: "${require}"
`;
  expect(text.split('\n')[LINE - 1]).toBe(`    require: "${require}"`);
  return text;
}

describe('a tolerance in brackets with its unit after them is the tolerance', () => {
  it.each(['(35.0±0.5) mm', '(35.0±0.5)mm', '(35.0 ± 0.5) mm', '(35.0±0.5)', '(35.0 +/- 0.5) mm'])(
    '%s meets 34.5 and 35.5, not 34.49 or 35.51 (both ends included)',
    (require) => {
      const { ruleSet, issues } = checkRuleSet(tile(require));
      expect(issues).toEqual([]);
      const grader = createGrader(ruleSet!);
      expect([34.5, 35.5, 34.49, 35.51].map((length) => grader.gradeSync({ length }).grade)).toEqual([
        'qualified',
        'qualified',
        null,
        null,
      ]);
      const limit = grader.gradeSync({ length: 35 }).criteria[0]!.limit;
      expect(limit).toMatchObject({
        operator: 'between',
        value: [34.5, 35.5],
        text: '35.0 ± 0.5 [34.5, 35.5]',
      });
    },
  );

  it('an asymmetric one: (35.0 +0.5/-0.3) mm is [34.7, 35.5]', () => {
    const { ruleSet, issues } = checkRuleSet(tile('(35.0 +0.5/-0.3) mm'));
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    expect(grader.gradeSync({ length: 34.7 }).grade).toBe('qualified');
    expect(grader.gradeSync({ length: 34.69 }).grade).toBeNull();
  });

  it('the unit after the brackets is checked as any limit unit is, at the requirement', () => {
    expect(locatedIssues(tile('(35.0±0.5) MPa'))).toEqual([
      {
        code: 'type-mismatch',
        line: LINE,
        column: 14,
        zh: '限值的单位是 MPa，但“length”的单位是 mm：请只写数值，或写单位 mm',
        en: 'the limit is written in MPa, but "length" is measured in mm: write the number alone or with mm',
      },
    ]);
  });

  it('a range in round brackets is still a range', () => {
    expect(locatedIssues(tile('(34.5, 35.5]'))).toEqual([]);
  });
});

describe('printed forms that are not read are told the tolerance to write', () => {
  it('full-width brackets: named with their code points, at the first', () => {
    expect(locatedIssues(tile('（35.0±0.5）mm'))).toEqual([
      {
        code: 'invalid-requirement',
        line: LINE,
        column: 15,
        // Both forms that are read (newcomer-38 M3: "written without brackets" contradicted the docs).
        zh: '“（35.0±0.5）mm”用了全角括号“（”（U+FF08）、“）”（U+FF09）：请用半角括号写“(35.0 ± 0.5) mm”，或不加括号写“35.0 ± 0.5 mm”',
        en: '"（35.0±0.5）mm" has the full-width brackets "（" (U+FF08), "）" (U+FF09): write ASCII brackets, "(35.0 ± 0.5) mm", or none, "35.0 ± 0.5 mm"',
      },
    ]);
  });

  it('the deviation alone in brackets, 35.0 (±0.5): one error at the bracket, with the range it stands for', () => {
    expect(locatedIssues(tile('35.0 (±0.5) mm'))).toEqual([
      {
        code: 'invalid-requirement',
        line: LINE,
        column: 20,
        zh: '允差不加括号：请写“35.0 ± 0.5 mm”（即 [34.5, 35.5]，含两端）',
        en: 'the deviation goes without brackets: write "35.0 ± 0.5 mm" (the range [34.5, 35.5], both ends included)',
      },
    ]);
  });

  it('full-width plus and minus signs of an asymmetric tolerance: named, with the ASCII to write', () => {
    expect(locatedIssues(tile('35.0 ＋0.5/－0.3'))).toEqual([
      {
        code: 'invalid-requirement',
        line: LINE,
        column: 20,
        zh: '“35.0 ＋0.5/－0.3”含全角字符“＋”（U+FF0B）、“－”（U+FF0D）：请写半角的“35.0 +0.5/-0.3”',
        en: '"35.0 ＋0.5/－0.3" has the full-width characters "＋" (U+FF0B), "－" (U+FF0D): write ASCII "35.0 +0.5/-0.3"',
      },
    ]);
  });

  it('± typed as two full-width signs, 6 ＋－ 0.2 mm: named, with the tolerance to write (newcomer-38 M2)', () => {
    expect(locatedIssues(tile('6 ＋－ 0.2 mm'))).toEqual([
      {
        code: 'invalid-requirement',
        line: LINE,
        column: 17,
        zh: '“6 ＋－ 0.2 mm”含全角字符“＋”（U+FF0B）、“－”（U+FF0D）：请写半角的“6 ± 0.2 mm”',
        en: '"6 ＋－ 0.2 mm" has the full-width characters "＋" (U+FF0B), "－" (U+FF0D): write ASCII "6 ± 0.2 mm"',
      },
    ]);
  });

  it('± typed as +- inside the brackets, (6 +- 0.2) mm: told to write ±, not "not a range" (newcomer-38 M1)', () => {
    const [issue, ...more] = locatedIssues(tile('(6 +- 0.2) mm'));
    expect(more).toEqual([]);
    expect(issue).toMatchObject({
      code: 'invalid-requirement',
      zh: '“+-”请写成 ±："(6 ± 0.2) mm"',
      en: 'write "+-" as ±: "(6 ± 0.2) mm"',
    });
    // What it says to write is read, and grades 5.8 and 6.2 (both ends in) as conforming, 6.21 not.
    const fixed = tile('(6 ± 0.2) mm');
    expect(locatedIssues(fixed)).toEqual([]);
    const rules = checkRuleSet(fixed, { filename: 'tile.yaml' }).ruleSet!;
    const g = createGrader(rules);
    expect([5.8, 6.2, 6.21].map((length) => g.gradeSync({ length }).grade)).toEqual([
      'qualified',
      'qualified',
      null,
    ]);
  });

  it('the lower deviation first, (35.0 -0.3/+0.5) mm: the upper first to write, at the lower deviation (hostile-34 M5)', () => {
    expect(locatedIssues(tile('(35.0 -0.3/+0.5) mm'))).toEqual([
      {
        code: 'invalid-requirement',
        line: LINE,
        column: 21,
        zh: '先写了下偏差：允差先写上偏差，再写下偏差，请写“(35.0 +0.5/-0.3) mm”（即 [34.7, 35.5]，含两端）',
        en: 'the lower deviation is written first: a tolerance gives the upper deviation first: write "(35.0 +0.5/-0.3) mm" (the range [34.7, 35.5], both ends included)',
      },
    ]);
    // Without brackets, with U+2212 as GB/T 8170 prints it: that sign kept in the form to write.
    expect(locatedIssues(tile('35.0 −0.3/+0.5 mm'))).toEqual([
      expect.objectContaining({
        column: 20,
        en: 'the lower deviation is written first: a tolerance gives the upper deviation first: write "35.0 +0.5/−0.3 mm" (the range [34.7, 35.5], both ends included)',
      }),
    ]);
    // The form told reads, as the range it names.
    const { ruleSet, issues } = checkRuleSet(tile('(35.0 +0.5/-0.3) mm'));
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    expect([34.7, 35.5, 34.69, 35.51].map((length) => grader.gradeSync({ length }).grade)).toEqual([
      'qualified',
      'qualified',
      null,
      null,
    ]);
  });

  it('one bracket only is not taken for a tolerance in the other order', () => {
    expect(locatedIssues(tile('(35.0 -0.3/+0.5 mm'))[0]?.en).not.toContain('lower deviation');
  });
});
