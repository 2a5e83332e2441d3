/**
 * `cap: 不合格` (fix-texts3, a newcomer's ceramic-tile rule set): the author capped a requirement at a word for "no
 * grade at all", meaning a veto item, and was told only `unknown grade "不合格"; grades are qualified, superior`. The
 * message now says what `cap` takes and gives the `gate: true` the docs describe for a veto, or the cap at the
 * lowest grade; after `grade:`, that a requirement without it is the lowest grade's.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { locatedIssues } from '../helpers';
import { ruleFileHeader } from '../rule-file-header';

const LINE = 21;

/** A tile rule set whose crack requirement ends with `place` on line 21 (`cap: 不合格`). */
function tile(place: string): string {
  const text = `${ruleFileHeader('building-materials/tile')}indicators:
  length: { type: number, unit: mm, range: "> 0", label: { zh: 边长, en: Side length } }
  cracked: { type: boolean, label: { zh: 裂纹, en: Cracked } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
criteria:
  - { id: length, indicator: length, require: "35.0 ± 0.5" }
  - { id: length-superior, indicator: length, require: "35.0 ± 0.3", grade: superior }
  - id: crack
    indicator: cracked
    require: "= false"
    ${place}
`;
  expect(text.split('\n')[LINE - 1]).toBe(`    ${place}`);
  return text;
}

describe('a word for "no grade" after cap: or grade:', () => {
  it('cap: 不合格 gives gate: true and the cap at the lowest grade, at the value', () => {
    expect(locatedIssues(tile('cap: 不合格'))).toEqual([
      {
        code: 'unknown-grade',
        line: LINE,
        column: 10,
        zh: '未知等级“不合格”：“cap”写本规则集的一个等级（qualified、superior），即不满足此要求的记录最高能得的等级。不满足就不分级的要求（一票否决项）请写“gate: true”代替“cap: 不合格”；若不满足时记录仍可评为最低等级，请写“cap: qualified”',
        en: 'unknown grade "不合格": "cap" names a grade of this rule set (qualified, superior), the highest a record failing this requirement can get. A requirement whose failure leaves the record with no grade at all (a veto item, 一票否决) is written "gate: true" in place of "cap: 不合格"; if a record failing it may still get the lowest grade, write "cap: qualified"',
      },
    ]);
  });

  it.each(['一票否决', '不合格品', 'veto', 'Reject', 'none'])('cap: %s gets the same advice', (word) => {
    const [issue] = locatedIssues(tile(`cap: ${word}`));
    expect(issue).toMatchObject({ code: 'unknown-grade', line: LINE, column: 10 });
    expect(issue!.en).toContain(`"gate: true" in place of "cap: ${word}"`);
  });

  it('grade: 不合格 says a requirement without grade is the lowest grade, or gate: true', () => {
    expect(locatedIssues(tile('grade: 不合格'))).toEqual([
      {
        code: 'unknown-grade',
        line: LINE,
        column: 12,
        zh: '未知等级“不合格”：“grade”写本规则集的一个等级（qualified、superior），即此要求所属的等级。不满足就不分级的要求，请删去“grade: 不合格”：不写“grade”的要求属于最低等级“qualified”，不满足的记录不分级；一票否决项请写“gate: true”',
        en: 'unknown grade "不合格": "grade" names a grade of this rule set (qualified, superior), the one this requirement belongs to. For a requirement a record must meet to get any grade, delete "grade: 不合格": a requirement without "grade" belongs to the lowest grade, "qualified", and a record failing it gets no grade; for a veto item (一票否决), write "gate: true"',
      },
    ]);
  });

  it('another unknown grade keeps its message (no veto advice)', () => {
    expect(locatedIssues(tile('cap: 一等品'))[0]!.en).toBe(
      'unknown grade "一等品"; grades are qualified, superior',
    );
  });

  it('the gate the message gives loads, and a cracked tile is not graded (gate-failed)', () => {
    const { ruleSet, issues } = checkRuleSet(tile('gate: true'));
    expect(issues).toEqual([]);
    const result = createGrader(ruleSet!).gradeSync({ length: 35, cracked: true });
    expect(result.grade).toBeNull();
    expect(result.notGradedReason?.code).toBe('gate-failed');
  });
});
