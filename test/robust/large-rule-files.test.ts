/**
 * Issue 12, defect 6: rule loading is linear. Files up to the limits (2 MiB, 400,000 YAML tokens), of
 * the shapes that were quadratic (a long table, many criteria on one
 * indicator, many indicators, many grades), validate with exactly the issues
 * they contain. Before the fix each took minutes; the timings are in the
 * report of the change, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { utf8Length } from '../../src/text/utf8-length';
import { criteriaRuleFile, gradeTableRuleFile, indicatorsRuleFile, tableRuleFile } from './large-rule-files';

// Seconds on an idle 2-core machine, a minute when it is loaded; the quadratic shapes these guard against took minutes.
const GENEROUS = 120_000;

// 30,000 criteria (540,000 tokens) and 10,000 indicators (560,000) were 2 MiB files; past the token limit now,
// the counts are what fits under it (360,000 and 336,000 tokens).
function check(text: string) {
  expect(utf8Length(text)).toBeLessThanOrEqual(2 * 1024 * 1024);
  return checkRuleSet(text, { filename: 'large.yaml' });
}

describe('large rule files validate in linear time', () => {
  it(
    'a 30,000-row table with one gap per category: exactly those gaps',
    () => {
      const { ruleSet, issues } = check(tableRuleFile(30_000, 10, 7));
      expect(ruleSet).toBeUndefined();
      expect(issues.map((i) => i.code)).toEqual(Array(10).fill('band-gap'));
      expect(issues[0]!.message).toContain('[7, 7.5) and [8, 9)');
    },
    GENEROUS,
  );

  it(
    '20,000 criteria on one indicator with one looser limit: exactly one non-monotonic issue',
    () => {
      const { issues } = check(criteriaRuleFile(20_000, 1, 1));
      expect(issues.map((i) => i.code)).toEqual(['non-monotonic']);
      expect(issues[0]!.message).toContain('grade "b" asks v0 ≥ 0');
    },
    GENEROUS,
  );

  it(
    '6,000 indicators, derived values and criteria load',
    () => {
      const { ruleSet, issues } = check(indicatorsRuleFile(6_000));
      expect(issues).toEqual([]);
      expect(ruleSet?.indicators).toHaveLength(6_000);
    },
    GENEROUS,
  );

  it(
    '10,000 grades from one grade table: one requirement per grade',
    () => {
      const { ruleSet, issues } = check(gradeTableRuleFile(10_000));
      expect(issues).toEqual([]);
      expect(ruleSet?.grades).toHaveLength(10_000);
    },
    GENEROUS,
  );

  it(
    'a grade table whose higher grades ask less in every one of many rows: one error at grades:, counting the limits',
    () => {
      // Columns g0, g1: g1 asks less than g0 in every row.
      const text = gradeTableRuleFile(2, 5_000).replace(/- \["\[(\d+), \d+\)", (\d+), (\d+)\]/g, (m, r) =>
        m.replace(/, \d+, \d+\]$/, `, ${Number(r) + 1}, ${r}]`),
      );
      const { issues } = check(text);
      // Every limit being reversed, the grades are listed high→low: one error at `grades:` that counts the limits.
      expect(issues.map((i) => [i.code, i.severity])).toEqual([['non-monotonic', 'error']]);
      expect(issues[0]!.message).toContain('here all 5000 limits compared ask less of a later grade');
    },
    GENEROUS,
  );

  it(
    '30,000 repeated keys are reported (at most 20), found in one pass',
    () => {
      const keys = Array.from({ length: 30_000 }, () => '  a: 1').join('\n');
      const { issues } = check(`x:\n${keys}\n`);
      expect(issues).toHaveLength(20);
      expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['duplicate-key']));
      expect(issues[0]!.line).toBe(3);
    },
    GENEROUS,
  );
});
