/**
 * `grade: [ordinary, premium]` (fix-texts3, a newcomer's flat-glass rule set): a criterion meant for two grades was
 * told `"grade" must be text, got a list`, not what to write. Grades are cumulative, so the message names the lowest
 * of those listed, by its id where the list gives a label.
 */
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';
import { ruleFileHeader } from '../rule-file-header';

const LINE = 18;

function glass(grade: string): string {
  const text = `${ruleFileHeader('building-materials/glass')}indicators:
  bubbles: { type: integer, range: "≥ 0", label: { zh: 气泡数, en: Bubbles } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium processing } }
criteria:
  - id: bubbles
    indicator: bubbles
    require: "≤ 3"
    grade: ${grade}
`;
  expect(text.split('\n')[LINE - 1]).toBe(`    grade: ${grade}`);
  return text;
}

describe('a criterion given a list of grades', () => {
  it('[premium, ordinary] is told to write the lowest, ordinary, at the list', () => {
    expect(locatedIssues(glass('[premium, ordinary]'))).toEqual([
      {
        code: 'schema',
        line: LINE,
        column: 12,
        zh: '“grade”只写一个等级：一个等级的要求也是它以上每个等级的要求，请写 grade: ordinary（所列等级中最低的一个）',
        en: '"grade" takes one grade: a requirement of a grade is one of every grade above it too, so write grade: ordinary, the lowest of those listed',
      },
    ]);
  });

  it('labels stand for their ids: [优质加工级] is told grade: premium', () => {
    expect(locatedIssues(glass('[优质加工级]'))[0]!.en).toBe(
      '"grade" takes one grade: a requirement of a grade is one of every grade above it too, so write grade: premium, the lowest of those listed',
    );
  });

  it('the grade the message gives is read (what is left is the ladder check: premium then asks nothing of its own)', () => {
    expect(locatedIssues(glass('ordinary')).map((i) => i.code)).toEqual(['unreachable-grade']);
  });
});
