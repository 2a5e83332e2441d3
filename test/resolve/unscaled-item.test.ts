/**
 * newcomer-31 W/M-1 and M-2: a scoring item with no `points` scores its value as points out of 100, so a 0–5
 * self-assessment (`range: "[0, 5]"`) scored its full 5 as 5/100 and passed `validate` without a word; and the
 * schema said an item may score a derived value, yet `validate` refused one. Now the unscaled item is warned of
 * at its `indicator` with both fixes, and a derived value (`staffTraining * 20`) is scored as an item.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { ruleFileHeader } from '../rule-file-header';

const scheme = (
  range: string,
  item = '{ indicator: training }',
  derived = '',
) => `${ruleFileHeader('test/unscaled')}indicators:
  team: { type: number, range: "[0, 100]", label: { zh: 团队, en: Team } }
  training: { type: number, range: "${range}", label: { zh: 人员培训, en: Training } }
${derived}grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
criteria: []
scoring:
  dimensions:
    - id: dimOrg
      label: { zh: 组织, en: Organisation }
      weight: 100
      items: [{ indicator: team }, ${item}]
  cutoffs: { high: 80 }
`;

const scoringIssues = (text: string) =>
  checkRuleSet(text, { filename: 'u.yaml' }).issues.filter((i) => i.code === 'invalid-scoring');

describe('an item without points on an indicator not scored 0–100 (newcomer-31 W/M-1)', () => {
  it('warns at the item for [0, 5], with points and the derived value x * 20, zh and en', () => {
    const text = scheme('[0, 5]');
    const found = scoringIssues(text);
    expect(found).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l.includes('{ indicator: training }')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('training }') + 1;
    expect(found[0]).toMatchObject({ severity: 'warning', line, column });
    expect(found[0]!.text.zh).toContain('“training”的取值范围是 [0, 5]');
    expect(found[0]!.text.zh).toContain('取 5 只得 5 分');
    expect(found[0]!.text.zh).toContain('formula: "training * 20"');
    expect(found[0]!.text.en).toContain('5 scores only 5 points');
    // Only a warning: it grades as written, 5 as 5 points.
    const ruleSet = checkRuleSet(text).ruleSet!;
    expect(createGrader(ruleSet).gradeSync({ team: 100, training: 5 }).scores?.total).toBe(52.5);
  });

  it('warns for a range just below and just above 100, not at it', () => {
    expect(scoringIssues(scheme('[0, 99]'))).toHaveLength(1);
    expect(scoringIssues(scheme('[0, 101]'))).toHaveLength(1);
    expect(scoringIssues(scheme('[0, 100]'))).toEqual([]);
    expect(scoringIssues(scheme('[20, 100]'))).toEqual([]);
  });

  it('gives a formula for a range that does not start at 0: (x - 1) * 25 for [1, 5]', () => {
    expect(scoringIssues(scheme('[1, 5]'))[0]!.text.en).toContain('formula: "(training - 1) * 25"');
  });

  it('does not warn without a range, or when points turn the value into points', () => {
    const open = scheme('[0, 5]').replace('range: "[0, 5]", ', '');
    expect(scoringIssues(open)).toEqual([]);
    expect(
      scoringIssues(scheme('[0, 5]', '{ indicator: training, points: [["< 5", 0], ["≥ 5", 100]] }')),
    ).toEqual([]);
  });
});

describe('a derived value scored as an item (newcomer-31 M-2)', () => {
  const derived = `derived:
  trainingScore: { formula: "training * 20", label: { zh: 人员培训得分, en: Training score } }
`;
  const text = scheme('[0, 5]', '{ indicator: trainingScore }', derived);

  it('validates without a problem, and scores 5 as 100, 4.5 as 90', () => {
    const checked = checkRuleSet(text, { filename: 'd.yaml' });
    expect(checked.issues).toEqual([]);
    const grader = createGrader(checked.ruleSet!);
    expect(grader.gradeSync({ team: 100, training: 5 }).scores?.total).toBe(100);
    expect(grader.gradeSync({ team: 100, training: 4.5 }).scores?.total).toBe(95);
    expect(grader.gradeSync({ team: 80, training: 4 }).grade).toBe('high'); // (80 + 80) / 2 = 80
    expect(grader.gradeSync({ team: 80, training: 3.95 }).grade).toBe('low'); // (80 + 79) / 2 = 79.5
  });

  it('needs the indicators its formula reads: a record without training is not graded', () => {
    const grader = createGrader(checkRuleSet(text).ruleSet!);
    const r = grader.gradeSync({ team: 100 });
    expect(r.grade).toBeNull();
    expect(r.notGradedReason?.code).toBe('invalid-record');
  });

  it("explains the item by the derived value's label, and what raise lifts it", () => {
    const grader = createGrader(checkRuleSet(text).ruleSet!);
    const r = grader.gradeSync({ team: 70, training: 3 }); // (70 + 60) / 2 = 65, 15 short of 80
    const zh = formatExplanation(r, 'zh');
    // Advised in what is filled in, the derived score in brackets (newcomer-33 M1): training 3 → 4.5 is 60 → 90.
    expect(zh).toContain('例如 人员培训 3 → 4.5（得分 60 → 90）');
    expect(formatExplanation(r, 'en')).toContain('e.g. Training 3 → 4.5 (points 60 → 90)');
  });

  it("refuses a dimension's score as an item, and names a near miss", () => {
    const unknown = checkRuleSet(scheme('[0, 5]', '{ indicator: trainnig }')).issues;
    expect(unknown[0]!.text.zh).toBe('未知的指标或派生值“trainnig”，是否要写“training”？');
    expect(unknown[0]!.text.en).toBe(
      'unknown indicator or derived value "trainnig"; did you mean "training"?',
    );
    const dim = checkRuleSet(scheme('[0, 5]', '{ indicator: dimOrg }')).issues;
    expect(dim.some((i) => i.text.zh.includes('“dimOrg”是维度得分或总分，不能作为评分项'))).toBe(true);
  });
});
