import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BatchSummary, createGrader, loadRuleSet } from '../../src/index';

// newcomer-39 F3: a record graded at the lowest level because its total cannot be computed (an optional item
// 未评) was counted as graded like any other; the summary now counts it apart, with its row.
const RULES = fileURLToPath(new URL('../cli/fixtures/newcomer-39/provincial-qmc.yaml', import.meta.url));

describe('BatchSummary: graded records whose grade rests on a missing value', async () => {
  const ruleSet = await loadRuleSet(RULES);
  const grader = createGrader(ruleSet);
  const full = {
    hasRnd: false,
    majorAccident: false,
    leadership: 100,
    processControl: 100,
    supplierMgmt: 100,
    dataCollection: 100,
    traceability: 5,
    digitalPlatform: 100,
    improvement: 100,
    talent: 100,
    passRate: 99,
    satisfaction: 100,
    complaintClosure: 100,
  };
  const { talent: _t, ...noTalent } = full;
  // Rows 2 and 4 leave talent out; row 3 scores low (total 77.5), graded on its figures; row 5 leaves talent out but
  // the veto caps it at 经验级 too: its grade does not rest on the missing value alone, so it is not counted.
  const records = [
    full,
    noTalent,
    { ...full, leadership: 0, processControl: 0 },
    noTalent,
    { ...noTalent, majorAccident: true },
  ];
  const results = records.map((r, i) => ({ ...grader.gradeSync(r), row: i + 1 }));

  it('counts them with their rows, in one pass and across merged tallies alike', () => {
    expect(results.map((r) => r.grade)).toEqual([
      'excellence',
      'experience',
      'assurance',
      'experience',
      'experience',
    ]);
    const one = new BatchSummary(ruleSet.grades);
    for (const r of results) one.add(r);
    expect(one.counts()).toMatchObject({ total: 5, missingScores: 2, missingScoreRows: [2, 4] });
    const merged = new BatchSummary(ruleSet.grades);
    for (const part of [results.slice(0, 3), results.slice(3)]) {
      const batch = new BatchSummary(ruleSet.grades);
      for (const r of part) batch.add(r);
      merged.addTally(structuredClone(batch.tally()));
    }
    expect(merged.counts()).toEqual(one.counts());
    expect(one.format('zh')).toContain(
      '缺少数值：2 条已分级记录的分数因缺少数值无法计算，其等级取决于缺少的数值（序号 2、4；explain --row 列出缺少的项）',
    );
    expect(one.format('en')).toContain(
      'missing values: 2 graded records have scores that cannot be computed for a missing value, so their grades rest on it (rows 2, 4; explain --row names the item)',
    );
  });

  it('none: no count and no line', () => {
    const summary = new BatchSummary(ruleSet.grades);
    summary.add(results[0]!);
    summary.add(results[2]!);
    expect(summary.counts().missingScores).toBeUndefined();
    expect(summary.tally().missingScores).toBeUndefined();
    expect(summary.format('en')).not.toContain('missing values');
  });
});
