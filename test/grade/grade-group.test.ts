import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StatisticAccumulator } from '../../src/compile/group-statistics';
import { GroupGrading, heldBelowLowest } from '../../src/grade/grade-group';
import { checkRuleSet, createGrader, type GroupResult, loadRuleSet, parseRuleSet } from '../../src/index';
import { modelOf } from '../../src/resolve/rule-set';

const text = readFileSync(new URL('../fixtures/group/lot.yaml', import.meta.url), 'utf8');
const ruleSet = parseRuleSet(text, { filename: 'lot.yaml' });
const grader = createGrader(ruleSet);
const strengths = (...values: unknown[]) => values.map((strength) => ({ strength }));
const stat = (r: GroupResult, id: string) => r.statistics.find((s) => s.id === id)!;
const criterion = (r: GroupResult, id: string) => r.criteria.find((c) => c.id === id)!;

describe('group statistics', () => {
  it('match hand-computed figures', () => {
    // 48.5, 50, 51.5, 44: mean 48.5; squared deviations 0, 2.25, 9, 20.25 → s² = 31.5 / 3 = 10.5.
    const r = grader.gradeGroup(strengths(48.5, 50, 51.5, 44));
    expect(stat(r, 'n').value).toBe(4);
    expect(stat(r, 'mean').value).toBe(48.5);
    expect(stat(r, 'low').value).toBe(44);
    expect(stat(r, 'high').value).toBe(51.5);
    expect(stat(r, 's').value).toBeCloseTo(Math.sqrt(10.5), 12);
    expect(stat(r, 'cv').value).toBeCloseTo((100 * Math.sqrt(10.5)) / 48.5, 12);
    // Cpk against [42.5, 62.5]: min(62.5 − 48.5, 48.5 − 42.5) / 3s = 6 / 3s.
    expect(stat(r, 'capability').value).toBeCloseTo(6 / (3 * Math.sqrt(10.5)), 12);
    // 3 of 4 meet ≥ 45.0; the one that does not is named.
    expect(stat(r, 'rate')).toMatchObject({
      value: 75,
      passed: 3,
      failedCount: 1,
      failed: [{ row: 4, value: 44 }],
    });
    expect(stat(r, 'mean').lowest).toEqual({ row: 4, value: 44 });
    expect(stat(r, 'mean').highest).toEqual({ row: 3, value: 51.5 });
  });

  it('a group of one record has its value as mean, min and max; a spread needs two', () => {
    const r = grader.gradeGroup(strengths(47.5));
    expect(stat(r, 'n').value).toBe(1);
    expect(stat(r, 'mean').value).toBe(47.5);
    expect(stat(r, 'low').value).toBe(47.5);
    expect(stat(r, 'high').value).toBe(47.5);
    expect(stat(r, 's').value).toBeNull();
  });

  it('on a tie, the first record with the lowest or highest value is the one named', () => {
    const r = grader.gradeGroup(strengths(44, 51.5, 44, 51.5));
    expect(stat(r, 'mean').lowest).toEqual({ row: 1, value: 44 });
    expect(stat(r, 'mean').highest).toEqual({ row: 2, value: 51.5 });
  });

  it('a pass rate counts every failing record, not only the 20 it names', () => {
    // 25 records below 45.0 and 5 at or above it: 5 of 30 meet it, 16.67 %; 20 are named, 25 counted.
    const r = grader.gradeGroup(strengths(...Array(25).fill(44.9), ...Array(5).fill(45)));
    const rate = stat(r, 'rate');
    expect(rate).toMatchObject({ passed: 5, failedCount: 25 });
    expect(rate.failed).toHaveLength(20);
    expect(rate.value).toBeCloseTo((100 * 5) / 30, 12);
  });

  it('keep their digits for values near 1e9 (no catastrophic cancellation)', () => {
    // Deviations −6, −3, 3, 6 from 1e9 + 10: s² = 90 / 3 = 30. A sum of squares (≈ 4e18) would lose them.
    const acc = new StatisticAccumulator(modelOf(ruleSet).group!.statistics.find((s) => s.name === 's')!);
    for (const [i, x] of [4, 7, 13, 16].entries()) acc.add({ row: i + 1 }, 1e9 + x);
    const v = acc.result();
    expect(v.mean).toBe(1e9 + 10);
    expect(v.value).toBeCloseTo(Math.sqrt(30), 9);
    let sum = 0;
    let squares = 0;
    for (const x of [4, 7, 13, 16]) {
      sum += 1e9 + x;
      squares += (1e9 + x) ** 2;
    }
    // The naive formula is off by far more than the tolerance above: what Welford's update avoids.
    expect(Math.abs(Math.sqrt(Math.max(0, (squares - sum ** 2 / 4) / 3)) - Math.sqrt(30))).toBeGreaterThan(
      1e-3,
    );
  });

  it('take a record with several specimens as their mean', () => {
    const specimens = parseRuleSet(text.replace('range: "≥ 0"', 'range: "≥ 0"\n    specimens: 3'));
    const r = createGrader(specimens).gradeGroup([{ strength: [48, 49, 50] }, { strength: 52 }]);
    expect(stat(r, 'mean').value).toBe(50.5);
  });
});

describe('group grading', () => {
  it('meets CV ≤ 3.0 exactly at the limit, and fails it just above', () => {
    // 48.5, 50, 51.5: s = 1.5, mean 50, CV = 3.0 % exactly.
    const at = grader.gradeGroup(strengths(48.5, 50, 51.5));
    expect(stat(at, 'cv').value).toBe(3);
    expect(criterion(at, 'cv-superior')).toMatchObject({
      passed: true,
      status: 'passed',
      limit: { text: '≤ 3.0' },
    });
    expect(at.grade).toBe('superior');
    // 48.49, 50, 51.51: s = 1.51, CV = 3.02 %.
    const above = grader.gradeGroup(strengths(48.49, 50, 51.51));
    expect(stat(above, 'cv').value).toBeCloseTo(3.02, 12);
    expect(criterion(above, 'cv-superior').passed).toBe(false);
    expect(above.grade).toBe('first');
    expect(above.nextGrade?.blockers.map((b) => b.id)).toEqual(['cv-superior']);
    // 48.8, 50, 51.2: s = 1.2, CV = 2.4 %: below.
    expect(grader.gradeGroup(strengths(48.8, 50, 51.2)).grade).toBe('superior');
  });

  it('a CV the data makes exactly 4.0 or 3.0 meets ≤ 4.0 / ≤ 3.0, however the binary sums would round (standards-24 W0)', () => {
    // 69.6, 72.5, 75.4: mean 72.5, s = 2.9, CV = 4.0 % exactly (binary arithmetic gave 4.00000000000001: conforming).
    const four = grader.gradeGroup(strengths(69.6, 72.5, 75.4));
    expect(stat(four, 'cv').value).toBe(4);
    expect(stat(four, 's').value).toBe(2.9);
    expect(criterion(four, 'cv-first').passed).toBe(true);
    expect(four.grade).toBe('first');
    // 64.02, 66, 67.98: s = 1.98, CV = 3.0 % exactly (gave 3.00000000000002: first).
    const three = grader.gradeGroup(strengths(64.02, 66, 67.98));
    expect(stat(three, 'cv').value).toBe(3);
    expect(three.grade).toBe('superior');
    // 44.352, 46.2, 48.048: CV 4.0 exactly, three decimals.
    expect(stat(grader.gradeGroup(strengths(44.352, 46.2, 48.048)), 'cv').value).toBe(4);
    // One unit of the last decimal off the limit still fails: 69.6, 72.5, 75.41 is above 4.0.
    const above = grader.gradeGroup(strengths(69.6, 72.5, 75.41));
    expect(stat(above, 'cv').value).toBeGreaterThan(4);
    expect(criterion(above, 'cv-first').passed).toBe(false);
  });

  it('a value with more decimals than the sums keep exact falls back to the binary sums, still near', () => {
    // 1.2345678901234567e-20 has 36 decimals: the sums give way to Welford's, as before.
    const [a, b, c] = [1.2345678901234567e-20, 2.2345678901234567e-20, 3.234567890123457e-20];
    const r = grader.gradeGroup(strengths(a, b, c));
    const mean = (a + b + c) / 3;
    const s = Math.sqrt(((a - mean) ** 2 + (b - mean) ** 2 + (c - mean) ** 2) / 2);
    expect(stat(r, 'cv').value).toBeCloseTo((100 * s) / mean, 9);
  });

  it('never shows a CV just above its limit rounded onto it', () => {
    // 48.49, 50, 51.51: CV 3.02 % against ≤ 3.0 at one decimal: "3.0 %, required ≤ 3.0: not met" would contradict itself.
    const above = criterion(grader.gradeGroup(strengths(48.49, 50, 51.51)), 'cv-superior');
    expect(above.message.en).toMatch(
      /^Coefficient of variation of strength 3\.02 %, required ≤ 3\.0: not met/,
    );
    expect(above.message.zh).toMatch(/ 3\.02 %，要求 ≤ 3\.0：不满足/);
    // Below the limit, and reading the same way, it keeps its one decimal: 2.4 %.
    const below = criterion(grader.gradeGroup(strengths(48.8, 50, 51.2)), 'cv-superior');
    expect(below.message.en).toMatch(/ 2\.4 %, required ≤ 3\.0: met/);
  });

  it('grades on CV and pass rate, naming the records in the explanation', () => {
    // Ten samples, one below 45.0 MPa: pass rate 90 % exactly (superior needs ≥ 90).
    const values = [46, 47, 48, 48, 49, 49, 50, 51, 52, 44.9];
    const group = new GroupGrading(modelOf(ruleSet), '2026-11');
    for (const [i, strength] of values.entries()) {
      const { result, values: v } = gradeWithValues({ strength });
      group.add({ row: i + 2, kept: { 编号: `S-${i + 1}` }, result, values: v });
    }
    const r = group.finish();
    expect(r.group).toBe('2026-11');
    expect(stat(r, 'rate').value).toBe(90);
    expect(criterion(r, 'rate-superior')).toMatchObject({
      passed: true,
      records: [{ row: 11, kept: { 编号: 'S-10' } }],
    });
    // Mean 48.49; squared deviations sum to 43.209, s² = 4.801, s = 2.19112: CV 4.5187 %, above first class's 4.0.
    expect(stat(r, 'cv').value).toBeCloseTo((100 * Math.sqrt(43.209 / 9)) / 48.49, 12);
    expect(r.grade).toBe('conforming');
    expect(r.nextGrade?.blockers.map((b) => b.id)).toEqual(['cv-first']);
    const cv = criterion(r, 'cv-first');
    expect(cv.message.en).toBe(
      'Coefficient of variation of strength 4.5 %, required ≤ 4.0: not met; lowest 44.9 MPa at row 11 (S-10), highest 52 MPa at row 10 (S-9)',
    );
    expect(cv.message.zh).toBe(
      '强度变异系数 4.5 %，要求 ≤ 4.0：不满足；最低 44.9 MPa（第 11 条，S-10），最高 52 MPa（第 10 条，S-9）',
    );
    expect(stat(r, 'rate').message.en).toBe(
      'Pass rate of strength: 90.00 % (9 of 10 meet ≥ 45.0); records not meeting it: row 11 (S-10): 44.9 MPa',
    );
    expect(cv.records.map((x) => x.row)).toEqual([11, 10]);
  });

  it('is held down by its lowest record, and names it', () => {
    // Setting time 301 min fails superior's ≤ 300 for that record only.
    const r = grader.gradeGroup([{ strength: 49 }, { strength: 50, setting: 301 }, { strength: 51 }]);
    expect(r.recordGrade).toBe('first');
    expect(r.heldBy).toEqual([{ row: 2, grade: 'first', failing: ['setting-superior'] }]);
    expect(r.grade).toBe('first');
    expect(r.nextGrade).toMatchObject({ grade: 'superior', blockers: [], records: [{ row: 2 }] });
    expect(r.records).toEqual({ count: 3, invalid: 0, notGraded: 0, byGrade: { first: 1, superior: 2 } });
  });

  it('is not graded when a record is not numeric, naming the row; the other values still count', () => {
    const r = grader.gradeGroup(strengths(49, 'n/a', 51));
    expect(r.grade).toBeNull();
    expect(r.notGradedReason).toMatchObject({ code: 'invalid-record', records: [{ row: 2, grade: null }] });
    // Each record named with why: its bad fields.
    expect(r.notGradedReason?.message.en).toBe(
      '1 record is invalid, so the group is not graded: row 2: strength',
    );
    expect(r.notGradedReason?.message.zh).toBe('组内 1 条记录无效，本组不予分级：第 2 条：强度');
    expect(stat(r, 'mean')).toMatchObject({ value: 50, count: 2 });
  });

  it('is not graded when a record is below the lowest grade: a failure naming it, its value and the limit (committee-37 M3)', () => {
    const r = grader.gradeGroup(strengths(49, 42.4, 51));
    expect(r.notGradedReason).toMatchObject({
      code: 'record-not-graded',
      records: [{ row: 2, grade: null }],
      recordReasons: { 'below-lowest-grade': 1 },
    });
    expect(r.notGradedReason?.message.en).toBe(
      '1 record of the group fails Conforming, so the group is below the lowest grade: row 2: Strength: 42.4 MPa does not meet ≥ 42.5 MPa (Conforming)',
    );
    expect(r.notGradedReason?.message.zh).toBe(
      '组内有样品未达合格品（1 条），本组未达最低等级：第 2 条：强度：42.4 MPa，不满足 ≥ 42.5 MPa（合格品）',
    );
    expect(heldBelowLowest(r)).toBe(true);
    // At the limit the specimen meets it: graded, nothing held.
    expect(grader.gradeGroup(strengths(49, 42.5, 51)).notGradedReason).toBeUndefined();
  });

  describe('committee-24 F18: each record is listed under its own reason, not all under the invalid count', () => {
    // A scope item to put a record out of scope: strength above 100 MPa.
    const scoped = createGrader(
      parseRuleSet(
        text.replace(
          'criteria:\n  - { id: strength',
          'scope:\n  - { id: in-scope, indicator: strength, require: "≤ 100", reason: { zh: 强度过高, en: too strong } }\ncriteria:\n  - { id: strength',
        ),
        {
          filename: 'lot.yaml',
        },
      ),
    );

    it('1 invalid, 2 below the lowest grade, 1 out of scope: the count of invalid is the length of its list', () => {
      const r = scoped.gradeGroup(strengths(49, 42.4, 'n/a', 120, 41));
      expect(r.records).toMatchObject({ count: 5, invalid: 1, notGraded: 3 });
      expect(r.notGradedReason?.code).toBe('invalid-record');
      expect(r.notGradedReason?.records.map((x) => x.row)).toEqual([2, 3, 4, 5]);
      expect(r.notGradedReason?.message.zh).toBe(
        '组内 1 条记录无效，本组不予分级：第 3 条：强度。另有 2 条记录未分级（未达最低等级）：第 2 条：强度：42.4 MPa，不满足 ≥ 42.5 MPa（合格品）；第 5 条：强度：41.0 MPa，不满足 ≥ 42.5 MPa（合格品）。另有 1 条记录未分级（超出适用范围）：第 4 条：强度',
      );
      expect(r.notGradedReason?.message.en).toBe(
        '1 record is invalid, so the group is not graded: row 3: strength. Also 2 records not graded (below the lowest grade): row 2: Strength: 42.4 MPa does not meet ≥ 42.5 MPa (Conforming); row 5: Strength: 41.0 MPa does not meet ≥ 42.5 MPa (Conforming). Also 1 record not graded (out of scope): row 4: in-scope',
      );
    });

    it('no invalid record and two reasons: a count per reason, adding up to the total', () => {
      const r = scoped.gradeGroup(strengths(49, 42.4, 120, 41));
      expect(r.notGradedReason?.code).toBe('record-not-graded');
      // A record out of scope as well: not held below the lowest grade by its specimens alone.
      expect(r.notGradedReason?.recordReasons).toEqual({ 'out-of-scope': 1, 'below-lowest-grade': 2 });
      expect(heldBelowLowest(r)).toBe(false);
      expect(r.notGradedReason?.message.zh).toBe(
        '组内 3 条记录未分级，本组不予分级。未达最低等级 2 条：第 2 条：强度：42.4 MPa，不满足 ≥ 42.5 MPa（合格品）；第 4 条：强度：41.0 MPa，不满足 ≥ 42.5 MPa（合格品）。超出适用范围 1 条：第 3 条：强度',
      );
      expect(r.notGradedReason?.message.en).toBe(
        '3 records are not graded, so the group is not graded. Below the lowest grade, 2 records: row 2: Strength: 42.4 MPa does not meet ≥ 42.5 MPa (Conforming); row 4: Strength: 41.0 MPa does not meet ≥ 42.5 MPa (Conforming). Out of scope, 1 record: row 3: in-scope',
      );
    });

    it('past the 20 records listed: each list says how many of its own it leaves out', () => {
      // 20 invalid records take every place; the 3 below the lowest grade after them are counted, not listed.
      const r = scoped.gradeGroup(strengths(...Array(20).fill('n/a'), 40, 40, 40));
      expect(r.notGradedReason?.records).toHaveLength(20);
      expect(r.notGradedReason?.message.zh).toMatch(
        /^组内 20 条记录无效，本组不予分级：第 1 条：强度；.*；第 20 条：强度。另有 3 条记录未分级（未达最低等级）：（均未列出）$/,
      );
      const s = scoped.gradeGroup(strengths(40, ...Array(25).fill('n/a')));
      expect(s.notGradedReason?.message.en).toMatch(
        /^25 records are invalid, so the group is not graded: row 2: strength; .*; row 20: strength; … and 6 more\. Also 1 record not graded \(below the lowest grade\): row 1: Strength: 40\.0 MPa does not meet ≥ 42\.5 MPa \(Conforming\)$/,
      );
    });
  });

  it('has no standard deviation for a group of one: criteria on it fail as missing', () => {
    const one = parseRuleSet(text.replace('require: "≥ 3" }', 'require: "≥ 1" }'));
    const r = createGrader(one).gradeGroup(strengths(50));
    expect(stat(r, 's')).toMatchObject({ value: null, count: 1 });
    expect(stat(r, 's').reason?.en).toBe('needs at least 2 values, the group has 1');
    expect(stat(r, 'capability').value).toBeNull();
    expect(criterion(r, 'cv-first')).toMatchObject({ passed: false, status: 'missing', value: null });
    expect(criterion(r, 'cv-first').records).toEqual([{ row: 1, value: 50 }]);
    expect(criterion(r, 'cv-first').message.en).toContain(
      'cannot be computed, required ≤ 4.0: not met (needs at least 2 values',
    );
    expect(r.grade).toBe('conforming');
  });

  it('fails the lowest grade on a statistic of every grade', () => {
    const r = grader.gradeGroup(strengths(50, 50));
    expect(r.notGradedReason).toMatchObject({ code: 'below-lowest-grade', criteria: ['enough-samples'] });
    expect(r.notGradedReason?.message.en).toMatch(
      /^does not reach the lowest grade \(Conforming\): Count of strength 2, required ≥ 3/,
    );
  });

  it('has no Cpk when every value is the same', () => {
    expect(stat(grader.gradeGroup(strengths(50, 50, 50)), 'capability')).toMatchObject({
      value: null,
      reason: { en: 'every value is the same: the standard deviation is 0' },
    });
  });

  it('counts a pass rate on a per-record criterion, leaving out records where it does not apply', () => {
    const onCriterion = parseRuleSet(
      text.replace(
        'rate: { statistic: passRate, of: strength, meets: "≥ 45.0" }',
        'rate: { statistic: passRate, of: setting, criterion: setting-superior }',
      ),
    );
    // setting-superior applies only where a setting time is given: 2 of 3 such records meet ≤ 300.
    const r = createGrader(onCriterion).gradeGroup([
      { strength: 49, setting: 280 },
      { strength: 50 },
      { strength: 51, setting: 301 },
      { strength: 50, setting: 300 },
    ]);
    expect(stat(r, 'rate')).toMatchObject({ passed: 2, failedCount: 1, failed: [{ row: 3, value: 301 }] });
    expect(stat(r, 'rate').value).toBeCloseTo(200 / 3, 12);
    expect(stat(r, 'rate').message.en).toBe(
      'Pass rate of setting time: 66.67 % (2 of 3 meet setting-superior); records not meeting it: row 3: 301 min',
    );
  });

  it('needs at least one record', () => {
    expect(() => grader.gradeGroup([])).toThrow('gradeGroup needs at least one record');
  });
});

describe('group sections with mistakes', () => {
  const issue = (from: string, to: string) =>
    checkRuleSet(text.replace(from, to), { filename: 'lot.yaml' }).issues.filter(
      (i) => i.severity === 'error',
    );

  it('names an unknown statistic with a hint', () => {
    const [i] = issue('statistic: cv, require: "≤ 4.0"', 'statistic: cvv, require: "≤ 4.0"');
    expect(i).toMatchObject({
      code: 'unknown-indicator',
      message: 'unknown statistic "cvv"; did you mean "cv"?',
    });
  });

  it('refuses a statistic of a text indicator, a one-sided Cpk limit, a limit from a table, and a pass rate without a requirement', () => {
    expect(issue('cv: { statistic: cv, of: strength', 'cv: { statistic: cv, of: nope')[0]?.code).toBe(
      'unknown-indicator',
    );
    expect(issue('limits: "[42.5, 62.5]"', 'limits: "≥ 42.5"')[0]?.message).toBe(
      'Cpk needs a two-sided limit written as a range, e.g. "[42.5, 62.5]"; got "≥ 42.5"',
    );
    expect(issue('require: "≤ 4.0"', 'require: "≤ limits.cv"')[0]?.code).toBe('invalid-requirement');
    expect(issue('require: "≤ 4.0"', 'require: "≤ 4.0 MPa"')[0]?.message).toBe(
      '"≤ 4.0 MPa" is in MPa, but the value is in %',
    );
    expect(issue(', meets: "≥ 45.0"', '')[0]?.message).toBe(
      'a pass rate needs what a record must meet: "meets" (e.g. "≥ 42.5") or "criterion" (a per-record criterion id)',
    );
    expect(issue('of: strength, decimals: 1', 'of: strength, decimals: 1, meets: "≥ 1"')[0]?.message).toBe(
      '"meets" is for a pass rate (statistic: passRate), not a cv',
    );
    expect(issue(', limits: "[42.5, 62.5]"', '')[0]?.message).toBe(
      'Cpk needs "limits", a two-sided range such as "[42.5, 62.5]"',
    );
    expect(issue('grade: first }', 'grade: frist }')[0]?.code).toBe('unknown-grade');
    expect(issue('meets: "≥ 45.0"', 'criterion: strenght')[0]?.message).toMatch(
      /^unknown criterion "strenght"; did you mean "strength"\?/,
    );
  });

  it('counts a grade with only group requirements as reachable', () => {
    expect(checkRuleSet(text, { filename: 'lot.yaml' }).issues).toEqual([]);
  });
});

function gradeWithValues(record: unknown) {
  const values = (record as { strength: number }).strength;
  const result = grader.gradeSync(record);
  return { result, values: result.errors ? null : [values, undefined] };
}

const lotRules = await loadRuleSet('building-materials/cement-lot-grade');

describe('a group whose records are all out of scope (committee-34 M7)', () => {
  const lot = createGrader(lotRules);
  const sample = (cementType: string, compressive28d: number) => ({
    cementType,
    strengthClass: '52.5',
    compressive3d: 30,
    compressive28d,
    initialSetting: 180,
    finalSetting: 240,
  });

  it('judges no group requirement and says the records are out of scope, in zh and en', () => {
    // Five P·I samples of a P·O grading: a CV of 1.4 % would "meet" ≤ 4.0 and ≤ 3.0.
    const r = lot.gradeGroup([59.6, 58.9, 58.4, 57.8, 58.3].map((v) => sample('P.I', v)));
    expect(r.grade).toBeNull();
    // A code of its own, not "some record not graded" (fix-left5b-35 M7).
    expect(r.notGradedReason?.code).toBe('out-of-scope');
    expect(r.criteria).toEqual([]);
    expect(r.statistics.find((s) => s.id === 'cv28d')?.value).toBeCloseTo(1.2, 1);
    expect(r.notGradedReason?.message.en).toMatch(
      /^all 5 records are out of scope, so the group is not graded and its requirements are not judged: row 1/,
    );
    expect(r.notGradedReason?.message.zh).toMatch(
      /^组内 5 条记录均超出适用范围，本组不予分级，也不按组要求判定：/,
    );
  });

  it('one record in scope: the group requirements are judged as before', () => {
    const r = lot.gradeGroup([sample('P.O', 59.6), ...[58.9, 58.4].map((v) => sample('P.I', v))]);
    expect(r.grade).toBeNull();
    expect(r.criteria.map((c) => c.id)).toEqual(['cv-28d-first', 'cv-28d-superior']);
    expect(r.notGradedReason?.code).toBe('record-not-graded');
    expect(r.notGradedReason?.message.en).toMatch(/^2 records are not graded \(out of scope\)/);
  });
});
