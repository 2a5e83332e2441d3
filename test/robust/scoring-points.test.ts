/**
 * Scoring `points` bands are checked like a table's bands: `validate`
 * refuses bands that leave a gap or overlap, and `points` that is empty (a
 * value there would score nothing, and the explanation and HTML report of
 * such a record used to crash on its missing score, leaving an empty file).
 * A value no band holds (beyond the outer bands) still scores nothing: its
 * scores are `null`, shown as "—", and every output is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { explanationHtml } from '../../src/report/html/record-view';
import { useCli, useTempDir } from '../cli/cli-harness';
import { expectValidResult, graderPair } from '../helpers';

/** A rule set scored on `x` alone, with the given `points`. */
function ruleText(points: string): string {
  return `schemaVersion: 1
id: test/scoring-points
version: 1.0.0
industry: test
subject: product
title: { zh: 评分区间, en: Scoring bands }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
scoring:
  dimensions:
    - id: main
      label: { zh: 主要, en: Main }
      weight: 1
      items: [{ indicator: x, points: ${points} }]
  cutoffs: { low: 10, high: 50 }
`;
}

const issuesOf = (points: string) =>
  checkRuleSet(ruleText(points), { filename: 'points.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe('validate checks scoring bands', () => {
  it.each([
    [
      'a gap at a single value',
      '[["< 10", 0], ["> 10", 100]]',
      'band-gap',
      54,
      'the scoring bands "< 10" and "> 10" of "x" leave a gap: 10 itself would get no score; write bands that meet end to end, e.g. > 10 as ≥ 10',
      '“x”的评分区间“< 10”与“> 10”之间有空缺：10 本身得不到分数；请写成首尾相接的区间，如把 > 10 写成 ≥ 10',
    ],
    [
      'a gap between values, bands out of order',
      '[["> 20", 100], ["≤ 10", 0]]',
      'band-gap',
      41,
      'the scoring bands "≤ 10" and "> 20" of "x" leave a gap: values between 10 and 20 would get no score; write bands that meet end to end, e.g. > 20 as > 10',
      '“x”的评分区间“≤ 10”与“> 20”之间有空缺：10 与 20 之间的值得不到分数；请写成首尾相接的区间，如把 > 20 写成 > 10',
    ],
    [
      'an overlap',
      '[["≤ 20", 0], ["> 10", 100]]',
      'band-overlap',
      54,
      'the scoring bands "≤ 20" and "> 10" of "x" overlap: a value would fall in both',
      '“x”的评分区间“≤ 20”与“> 10”重叠：一个值会落在两个区间里',
    ],
    [
      'a band that holds no value',
      '[["≤ 10", 0], ["(10, 10]", 50], ["> 10", 100]]',
      'invalid-band',
      54,
      'the range "(10, 10]" holds no value: both ends are 10, but not both are included; for that single value write [10, 10]',
      '区间“(10, 10]”不含任何值：两端都是 10，但不都含端点；只含这一个值请写 [10, 10]',
    ],
    [
      'an empty list',
      '[]',
      'invalid-scoring',
      39,
      '"points" is empty: give scores for the values of "x", or leave "points" out to score the value itself',
      '“points”为空：请为“x”的值给出分数，或删去“points”，以数值本身为分数',
    ],
    [
      'an empty map',
      '{}',
      'invalid-scoring',
      39,
      '"points" is empty: give scores for the values of "x", or leave "points" out to score the value itself',
      '“points”为空：请为“x”的值给出分数，或删去“points”，以数值本身为分数',
    ],
  ])('%s is refused where it is written', (_, points, code, column, en, zh) => {
    expect(issuesOf(points)).toEqual([{ code, line: 19, column, en, zh }]);
  });

  // hostile-20 M12: a value the indicator may take, in no band, left its record ungraded with "no value given".
  it.each([
    [
      'above the last band',
      '[0, 10]',
      '[["< 5", 0], ["[5, 8]", 50]]',
      'a value above 8 (up to 10)',
      '高于 8（至 10）的值',
      53,
    ],
    [
      'below the first band',
      '[0, 10]',
      '[["[2, 5)", 0], ["[5, 10]", 50]]',
      'a value below 2 (down to 0)',
      '低于 2（低至 0）的值',
      41,
    ],
    [
      'at an end the range includes and the band does not',
      '[0, 10]',
      '[["< 5", 0], ["[5, 10)", 50]]',
      '10 itself',
      '10 本身',
      53,
    ],
    [
      'beyond the last band of a range open above',
      '≥ 0',
      '[["< 5", 0], ["[5, 8]", 50]]',
      'a value above 8',
      '高于 8 的值',
      53,
    ],
  ])('bands that leave the range %s unscored: a warning at that band', (_, range, points, en, zh, column) => {
    const text = ruleText(points).replace('x: { type: number,', `x: { type: number, range: "${range}",`);
    const issues = checkRuleSet(text, { filename: 'points.yaml' }).issues;
    expect(issues.map((i) => [i.code, i.severity, i.line])).toEqual([['band-gap', 'warning', 19]]);
    expect(issues[0]!.column).toBe(column);
    expect(issues[0]!.text.en).toContain(`do not cover its range "${range}": ${en} gets no score`);
    expect(issues[0]!.text.zh).toContain(`没有覆盖它的取值范围“${range}”：${zh}得不到分数`);
  });

  it('says what the record then gets: not graded, or the lowest grade where it has no cutoff (zh, en)', () => {
    const gap = ruleText('[["< 5", 0], ["[5, 8]", 50]]').replace(
      'x: { type: number,',
      'x: { type: number, range: "[0, 10]",',
    );
    const [cut] = checkRuleSet(gap, { filename: 'points.yaml' }).issues;
    expect(cut!.text.en).toContain(
      'so neither does its dimension nor the total, and the record is not graded;',
    );
    expect(cut!.text.zh).toContain('其所在维度和总分因此没有分数，记录不予分级；');
    // Without a cutoff for `low`, a record with no total is graded Low (rule-format 打分), as the warning now says.
    const [open] = checkRuleSet(gap.replace('cutoffs: { low: 10, high: 50 }', 'cutoffs: { high: 50 }'), {
      filename: 'points.yaml',
    }).issues;
    expect(open!.text.en).toContain('and the record gets only the lowest grade, "Low", which has no cutoff;');
    expect(open!.text.zh).toContain('记录只得到不设分数线的最低等级“低”；');
    const x11 = createGrader(
      parseRuleSet(gap.replace('cutoffs: { low: 10, high: 50 }', 'cutoffs: { high: 50 }')),
    );
    expect(x11.gradeSync({ x: 9 }).grade).toBe('low');
  });

  it.each([
    ['bands that cover the range', '[0, 10]', '[["< 5", 0], ["[5, 10]", 50]]'],
    ['bands wider than the range', '[0, 10]', '[["< 5", 0], ["≥ 5", 50]]'],
    ['bands to the ends of an open range', '≥ 0', '[["< 5", 0], ["≥ 5", 50]]'],
    ['no range', undefined, '[["< 5", 0], ["[5, 8]", 50]]'],
  ])('no warning with %s', (_, range, points) => {
    const text = range
      ? ruleText(points).replace('x: { type: number,', `x: { type: number, range: "${range}",`)
      : ruleText(points);
    expect(checkRuleSet(text, { filename: 'points.yaml' }).issues).toEqual([]);
  });

  it('an empty map for an enum asks only for its scores: the value itself is no score', () => {
    const text = ruleText('{}').replace('x: { type: number,', 'x: { type: enum, values: [a, b],');
    expect(checkRuleSet(text).issues).toEqual([
      expect.objectContaining({
        code: 'invalid-scoring',
        text: {
          zh: '“points”为空：请为“x”的值给出分数',
          en: '"points" is empty: give scores for the values of "x"',
        },
      }),
    ]);
  });

  it('bands side by side pass, in any order, open at either end', () => {
    expect(issuesOf('[["≤ 10", 0], ["(10, 30]", 50], ["> 30", 100]]')).toEqual([]);
    expect(issuesOf('[["> 30", 100], ["[10, 30]", 50]]')).toEqual([]);
  });
});

// newcomer-21 F6: a person counting projects writes ≤ 0, [1, 3], ≥ 4; for an integer there is nothing between.
describe('scoring bands of an integer indicator', () => {
  const integer = (points: string, range?: string) =>
    ruleText(points).replace(
      'x: { type: number,',
      `x: { type: integer,${range ? ` range: "${range}",` : ''}`,
    );
  const COUNTED = '[["≤ 0", 0], ["[1, 3]", 60], ["≥ 4", 100]]';

  it('bands that hold every whole number pass, and score each', () => {
    expect(checkRuleSet(integer(COUNTED)).issues).toEqual([]);
    const grader = createGrader(parseRuleSet(integer(COUNTED)));
    const total = (x: number) => grader.gradeSync({ x }).scores?.total;
    expect([0, 1, 3, 4, 9].map(total)).toEqual([0, 60, 60, 100, 100]);
  });

  it('the same bands on a number are refused at each gap, saying how to write them to meet', () => {
    expect(issuesOf(COUNTED)).toEqual([
      {
        code: 'band-gap',
        line: 19,
        column: 53,
        en: 'the scoring bands "≤ 0" and "[1, 3]" of "x" leave a gap: values between 0 and 1 would get no score; write bands that meet end to end, e.g. [1, 3] as (0, 3]',
        zh: '“x”的评分区间“≤ 0”与“[1, 3]”之间有空缺：0 与 1 之间的值得不到分数；请写成首尾相接的区间，如把 [1, 3] 写成 (0, 3]',
      },
      {
        code: 'band-gap',
        line: 19,
        column: 69,
        en: 'the scoring bands "[1, 3]" and "≥ 4" of "x" leave a gap: values between 3 and 4 would get no score; write bands that meet end to end, e.g. ≥ 4 as > 3',
        zh: '“x”的评分区间“[1, 3]”与“≥ 4”之间有空缺：3 与 4 之间的值得不到分数；请写成首尾相接的区间，如把 ≥ 4 写成 > 3',
      },
    ]);
    // What it advises passes.
    expect(issuesOf('[["≤ 0", 0], ["(0, 3]", 60], ["> 3", 100]]')).toEqual([]);
  });

  it('a gap that holds whole numbers is refused, naming them', () => {
    const issues = checkRuleSet(integer('[["≤ 0", 0], ["[2, 3]", 60], ["≥ 7", 100]]'), {
      filename: 'points.yaml',
    }).issues;
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['band-gap', 19, 53],
      ['band-gap', 19, 69],
    ]);
    expect(issues[0]!.text.en).toBe(
      'the scoring bands "≤ 0" and "[2, 3]" of "x" leave a gap: the integer 1 would get no score; write bands that meet end to end, e.g. [2, 3] as (0, 3]',
    );
    expect(issues[0]!.text.zh).toBe(
      '“x”的评分区间“≤ 0”与“[2, 3]”之间有空缺：整数 1 得不到分数；请写成首尾相接的区间，如把 [2, 3] 写成 (0, 3]',
    );
    expect(issues[1]!.text.en).toContain('leave a gap: the integers 4 to 6 would get no score; write bands');
    expect(issues[1]!.text.zh).toContain('之间有空缺：4 至 6 的整数得不到分数；');
    const single = checkRuleSet(integer('[["< 5", 0], ["> 5", 60]]')).issues;
    expect(single.map((i) => i.text.zh)).toEqual([
      '“x”的评分区间“< 5”与“> 5”之间有空缺：整数 5 得不到分数；请写成首尾相接的区间，如把 > 5 写成 ≥ 5',
    ]);
  });

  it.each([
    ['an open lower end of the range', '(0, 10]', '[["[1, 3]", 0], ["[4, 10]", 60]]'],
    ['the last band short of the range by less than one', '[0, 10]', '[["[0, 3]", 0], ["[4, 10.5)", 60]]'],
    ['a range from 0 and bands from ≤ 0', '≥ 0', COUNTED],
  ])('no range warning when the whole numbers are covered: %s', (_, range, points) => {
    expect(checkRuleSet(integer(points, range)).issues).toEqual([]);
  });

  it.each([
    ['a range from 0 and bands from 1', '≥ 0', '[["[1, 3]", 0], ["≥ 4", 60]]', 'the integer 0', '整数 0', 41],
    [
      'above the last band',
      '[0, 10]',
      '[["[0, 3]", 0], ["[4, 7]", 60]]',
      'the integers 8 to 10',
      '8 至 10 的整数',
      56,
    ],
    [
      'an end the range includes',
      '[0, 10]',
      '[["[0, 3]", 0], ["[4, 10)", 60]]',
      'the integer 10',
      '整数 10',
      56,
    ],
    [
      'an open range',
      '≤ 10',
      '[["[0, 3]", 0], ["[4, 10]", 60]]',
      'a value below 0 gets',
      '低于 0 的值得',
      41,
    ],
  ])('a range warning for the whole numbers left out: %s', (_, range, points, en, zh, column) => {
    const issues = checkRuleSet(integer(points, range), { filename: 'points.yaml' }).issues;
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['band-gap', 'warning', 19, column],
    ]);
    expect(issues[0]!.text.en).toContain(`do not cover its range "${range}": ${en}`);
    expect(issues[0]!.text.zh).toContain(`没有覆盖它的取值范围“${range}”：${zh}`);
  });
});

describe('a value no band scores', () => {
  // Bands need not reach the ends: 10 and below score nothing.
  const ruleSet = parseRuleSet(ruleText('[["(10, 30]", 50], ["> 30", 100]]'), { filename: 'points.yaml' });

  it('has null scores in a valid result, and is not graded', async () => {
    const result = await graderPair(ruleSet).grade({ x: 5 });
    expect(result.grade).toBeNull();
    expect(result.scores).toEqual({
      total: null,
      dimensions: [expect.objectContaining({ id: 'main', score: null, weight: 1, contribution: null })],
      limitingDimension: null,
    });
    expectValidResult(result);
  });

  it('is explained with a dash for each score, in text and in HTML', () => {
    const result = createGrader(ruleSet).gradeSync({ x: 5 });
    expect(formatExplanation(result, 'en')).toContain('Total score: —\n  Main: — × 1/1 → —');
    expect(formatExplanation(result, 'zh')).toContain('总分：—\n  主要：— × 1/1 → —');
    expect(explanationHtml(result, 'en')).toContain('Main: — × 1/1 → —');
  });

  const cli = useCli();
  const tmp = useTempDir();

  it('qgrade explain and grade -f html write their output', async () => {
    const rules = join(tmp(), 'points.yaml');
    writeFileSync(rules, ruleText('[["(10, 30]", 50], ["> 30", 100]]'));
    const records = join(tmp(), 'records.ndjson');
    writeFileSync(records, '{"x": 15}\n{"x": 5}\n');
    const explain = await cli.run(['explain', '-r', rules, '--row', '2', records]);
    expect(explain.stderr).toBe('');
    expect(explain.stdout).toContain('Total score: —');
    const html = join(tmp(), 'report.html');
    const grade = await cli.run(['grade', '-r', rules, '-f', 'html', '-o', html, records]);
    expect(grade.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('Main: — × 1/1 → —');
  });
});
