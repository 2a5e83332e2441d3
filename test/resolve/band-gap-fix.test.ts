/**
 * A table keyed by a number with bands written as a standard writes nominal
 * sizes (`2~3`, `4~6`, `8~12` mm) is refused for its gaps (newcomer-17
 * finding 1); the message now says what to write, and both rule-format pages
 * show a table keyed by nominal sizes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const GRADES = `grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium } }
`;

const glass = (rows: string, extra = '') => `${ruleFileHeader('test/glass')}indicators:
  thickness: { type: number, unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }
  transmittance: { type: number, unit: "%", label: { zh: 可见光透射比, en: Transmittance } }
${GRADES}tables:
  transmittanceMin:
    keys: [thickness]
    columns: [thickness, ordinary, premium]
    rows:
${rows}
criteria:
  - { id: transmittance, indicator: transmittance, require: "≥ transmittanceMin" }
${extra}`;

/** The scope of the glass the tables cover: a thickness outside it would match no row (a band-gap warning). */
const IN_SCOPE = `scope:
  - { id: thickness-in-scope, indicator: thickness, require: "[2, 12]", reason: { zh: 不适用, en: not covered } }
`;

describe('bands that leave a gap in a table keyed by a number', () => {
  it('are still refused, at the band above the gap, with the half-open band and the enum as fixes', () => {
    const { ruleSet, issues } = checkRuleSet(
      glass(`      - ["2~3", 88, 89]
      - ["4~6", 86, 87]
      - ["8~12", 82, 83]`),
      { filename: 'g.yaml' },
    );
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['band-gap', 21, 10],
      ['band-gap', 22, 10],
    ]);
    expect(issues[0]!.text.zh).toBe(
      '表“transmittanceMin”中，“thickness”的区间 2~3 与 4~6 之间有空缺：3 与 4 之间的值不匹配任何行；若“thickness”是量得的数值，把 2~3 写成半开区间 [2, 4)，使其覆盖到下一行；若它只取公称尺寸，把“thickness”定义为“type: enum”，在“values”中列出这些尺寸，行键写成尺寸的列表，不加引号：把 ["2~3", 88, 89] 写成 [[2, 3], 88, 89]，并在列表中补上 2 与 3 之间的其他尺寸（如有）',
    );
    expect(issues[1]!.text.en).toBe(
      'in table "transmittanceMin", thickness bands 4~6 and 8~12 leave a gap: values between 6 and 8 match no row; if thickness is a measured number, write 4~6 as the half-open band [4, 8) so that it reaches the next row; if it only takes nominal sizes, make "thickness" a type: enum with those sizes as its values and key the rows by lists of sizes, unquoted: ["4~6", 86, 87] becomes [[4, 6], 86, 87], with any other sizes between 4 and 6 added to the list',
    );
  });

  it('the half-open bands it advises load and cover the values between', () => {
    const { ruleSet, issues } = checkRuleSet(
      glass(
        `      - ["[2, 4)", 88, 89]
      - ["[4, 8)", 86, 87]
      - ["[8, 12]", 82, 83]`,
        IN_SCOPE,
      ),
    );
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    // 3.99 is in the first band (premium from 89); 4 starts the second (premium from 87).
    expect(grader.gradeSync({ thickness: 3.99, transmittance: 88 }).grade).toBe('ordinary');
    expect(grader.gradeSync({ thickness: 4, transmittance: 87 }).grade).toBe('premium');
    expect(grader.gradeSync({ thickness: 7.5, transmittance: 86 }).grade).toBe('ordinary');
  });

  it('an open band below the gap is stretched with "<" (not called half-open), and a gap of one value is closed', () => {
    const below = checkRuleSet(glass('      - ["≤ 3", 88, 89]\n      - ["[4, 6]", 86, 87]')).issues;
    expect(below[0]!.text.en).toContain('write ≤ 3 as < 4 so that it reaches the next row');
    expect(below[0]!.text.zh).toContain('把 ≤ 3 写成 < 4，使其覆盖到下一行');
    expect(below[0]!.text.zh).not.toContain('半开区间');
    expect(below[0]!.text.en).not.toContain('becomes');
    const point = checkRuleSet(glass('      - ["(0, 10)", 88, 89]\n      - ["(10, 20]", 86, 87]')).issues;
    expect(point[0]!.text.en).toBe(
      'in table "transmittanceMin", thickness bands (0, 10) and (10, 20] leave a gap: 10 itself matches no row; to include 10, write (0, 10) as (0, 10]',
    );
    expect(point[0]!.text.zh).toContain('；若要包括 10，把 (0, 10) 写成 (0, 10]');
  });
});

// newcomer-27 M06, studio-27 M5: a slip in the number a row starts above, `(7, 10]` after `≤ 6`.
describe('a band that starts above a number the band below does not end at', () => {
  it('is told first to start where the row before ends, then the row before to stretch, zh and en', () => {
    const { ruleSet, issues } = checkRuleSet(
      glass(`      - ["≤ 6", 88, 89]
      - ["(7, 10]", 86, 87]
      - ["> 10", 82, 83]`),
      { filename: 'g.yaml' },
    );
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['band-gap', 21, 10]]);
    expect(issues[0]!.text.zh).toBe(
      '表“transmittanceMin”中，“thickness”的区间 ≤ 6 与 (7, 10] 之间有空缺：6 与 7 之间的值不匹配任何行；把 (7, 10] 写成 (6, 10]，使其从上一行的终点开始；或把 ≤ 6 写成 ≤ 7，使其覆盖到下一行（选与标准相符的一种）',
    );
    expect(issues[0]!.text.en).toBe(
      'in table "transmittanceMin", thickness bands ≤ 6 and (7, 10] leave a gap: values between 6 and 7 match no row; write (7, 10] as (6, 10] so that it starts where the row before ends, or ≤ 6 as ≤ 7 so that it reaches the next row (whichever the standard says)',
    );
  });

  it('the band written as told meets the one below: 6 takes the first row, 6.01 the second', () => {
    const { ruleSet, issues } = checkRuleSet(
      glass('      - ["≤ 6", 88, 89]\n      - ["(6, 10]", 86, 87]\n      - ["> 10", 82, 83]'),
    );
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    expect(grader.gradeSync({ thickness: 6, transmittance: 88 }).grade).toBe('ordinary');
    expect(grader.gradeSync({ thickness: 6.01, transmittance: 87 }).grade).toBe('premium');
  });

  it('a bounded band below is stretched with its own lower end; an unbounded band above starts with ">"', () => {
    const bounded = checkRuleSet(glass('      - ["(1, 1.5]", 88, 89]\n      - ["(1.6, 3]", 86, 87]')).issues;
    expect(bounded[0]!.text.en).toContain(
      'write (1.6, 3] as (1.5, 3] so that it starts where the row before ends, or (1, 1.5] as (1, 1.6] so that it reaches the next row',
    );
    const open = checkRuleSet(glass('      - ["< 6", 88, 89]\n      - ["> 7", 86, 87]')).issues;
    expect(open[0]!.text.zh).toContain('把 > 7 写成 ≥ 6，使其从上一行的终点开始；或把 < 6 写成 ≤ 7');
  });
});

// newcomer-27 M30, studio-27 M5: a row whose band is not read is not a gap; the docs promise no follow-on errors.
describe('a row refused for an error in its band', () => {
  const rows = (second: string) =>
    `      - ["≤ 6", 88, 89]\n      - [${second}, 86, 87]\n      - ["> 10", 82, 83]`;

  it.each([
    ['a full-width bracket', '"（6, 10]"', 'U+FF08'],
    ['a missing bracket', '"(6, 10"', '(6, 10'],
    ['no band at all', '"6 to 10"', '6 to 10'],
  ])('%s: its own error alone, no gap between the rows around it', (_, cell, named) => {
    const { issues } = checkRuleSet(glass(rows(cell)), { filename: 'g.yaml' });
    expect(issues.map((i) => [i.code, i.line])).toEqual([['invalid-band', 21]]);
    expect(issues[0]!.text.zh).toContain(named);
  });

  it('a row with a cell too many: the row count error alone', () => {
    const { issues } = checkRuleSet(glass(rows('"(6, 10]", 85')));
    expect(issues.map((i) => i.code)).toEqual(['table-shape']);
  });

  it('an overlap between the rows that were read is still reported', () => {
    const text = glass(`${rows('"（6, 10]"')}\n      - ["[10, 20]", 80, 81]`);
    expect(checkRuleSet(text).issues.map((i) => [i.code, i.line])).toEqual([
      ['invalid-band', 21],
      ['band-overlap', 23],
    ]);
  });

  it('the same rows with the band read leave no gap', () => {
    expect(checkRuleSet(glass(rows('"(6, 10]"'))).issues).toEqual([]);
  });
});

// newcomer-21 F6: a count keyed as 1~2, 3~5, ≥ 6 leaves out no value it can take.
describe('bands of a table keyed by an integer', () => {
  const layers = (rows: string) =>
    glass(rows)
      .replace(
        'thickness: { type: number, unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }',
        'layers: { type: integer, range: "≥ 1", label: { zh: 层数, en: Layers } }',
      )
      .replace('keys: [thickness]', 'keys: [layers]')
      .replace('columns: [thickness,', 'columns: [layers,');
  const COUNTED = '      - ["1~2", 88, 89]\n      - ["3~5", 86, 87]\n      - ["≥ 6", 82, 83]';

  it('that meet at whole numbers pass, and each count matches its row', () => {
    const { ruleSet, issues } = checkRuleSet(layers(COUNTED));
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    expect(grader.gradeSync({ layers: 2, transmittance: 89 }).grade).toBe('premium');
    expect(grader.gradeSync({ layers: 3, transmittance: 87 }).grade).toBe('premium');
    expect(grader.gradeSync({ layers: 5, transmittance: 86 }).grade).toBe('ordinary');
    expect(grader.gradeSync({ layers: 6, transmittance: 83 }).grade).toBe('premium');
  });

  it('the same bands on a number are still refused', () => {
    const issues = checkRuleSet(glass(COUNTED)).issues;
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['band-gap', 21],
      ['band-gap', 22],
    ]);
  });

  it('a gap that holds a whole number is refused at the band above it, naming it, with bands that meet as the fix', () => {
    const { ruleSet, issues } = checkRuleSet(layers(COUNTED.replace('3~5', '4~5')), { filename: 'g.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['band-gap', 21, 10]]);
    expect(issues[0]!.text.en).toBe(
      'in table "transmittanceMin", layers bands 1~2 and 4~5 leave a gap: the integer 3 matches no row; write bands that meet end to end, e.g. 1~2 as [1, 4) so that it reaches the next row',
    );
    expect(issues[0]!.text.zh).toBe(
      '表“transmittanceMin”中，“layers”的区间 1~2 与 4~5 之间有空缺：整数 3 不匹配任何行；请写成首尾相接的区间，如把 1~2 写成 [1, 4)，使其覆盖到下一行',
    );
    const more = checkRuleSet(layers(COUNTED.replace('3~5', '5~5'))).issues;
    expect(more[0]!.text.en).toContain('leave a gap: the integers 3 to 4 match no row;');
    expect(more[0]!.text.zh).toContain('之间有空缺：3 至 4 的整数不匹配任何行；');
  });
});

// newcomer-34 F3: a scope refused on the key (`"2~12 mm"`) added a coverage warning per table, gone once it was fixed.
describe('a scope item refused on a table key', () => {
  const ROWS = '      - ["[2, 4)", 88, 89]\n      - ["[4, 8)", 86, 87]\n      - ["[8, 12]", 82, 83]';

  it('gives its own error alone, no warning about values beyond the bands', () => {
    const issues = checkRuleSet(glass(ROWS, IN_SCOPE.replace('"[2, 12]"', '"2~12 mm"'))).issues;
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['invalid-requirement', 'error']]);
    expect(issues[0]!.text.en).toContain('is written as a range, without the unit: "[2, 12]"');
  });

  it('with no scope at all, the warning stands', () => {
    const issues = checkRuleSet(glass(ROWS)).issues;
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['band-gap', 'warning']]);
  });
});

// newcomer-34 F2: the enum's advice showed "[2, 3] 写成 [2, 3]" (no visible change) and listed every integer of
// 8~12, sizes float glass does not have; following it, 9 was "did you mean 2?".
describe('the enum advice for a gap between nominal sizes', () => {
  const ENUM =
    'thickness: { type: enum, values: [2, 3, 4, 5, 6, 8, 10, 12], unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }';
  const enumGlass = (rows: string) =>
    glass(rows).replace(
      'thickness: { type: number, unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }',
      ENUM,
    );

  it("shows the whole row before and after, with the band's ends only, never the integers between", () => {
    const { issues } = checkRuleSet(
      glass('      - ["[4, 6]", 86, 87]\n      - ["[8, 12]", 82, 83]\n      - ["[15, 19]", 80, 81]'),
    );
    expect(issues.map((i) => i.code)).toEqual(['band-gap', 'band-gap']);
    expect(issues[1]!.text.zh).toContain(
      '行键写成尺寸的列表，不加引号：把 ["[8, 12]", 82, 83] 写成 [[8, 12], 82, 83]，并在列表中补上 8 与 12 之间的其他尺寸（如有）',
    );
    expect(issues[1]!.text.en).toContain(
      '["[8, 12]", 82, 83] becomes [[8, 12], 82, 83], with any other sizes between 8 and 12 added to the list',
    );
    expect(issues[1]!.text.en).not.toContain('[8, 9');
    // A band open at an end holds no last size: the advice says what to do without a row to copy.
    const open = checkRuleSet(glass('      - ["[2, 4)", 88, 89]\n      - ["[5, 6]", 86, 87]')).issues;
    expect(open[0]!.text.en).toMatch(/key the rows by lists of sizes$/);
  });

  it('the rows written as advised load with the enum, and validate names the sizes no row lists', () => {
    const { issues } = checkRuleSet(
      enumGlass('      - [[2, 3], 88, 89]\n      - [[4, 6], 86, 87]\n      - [[8, 12], 82, 83]'),
    );
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['band-gap', 'warning']]);
    expect(issues[0]!.text.en).toContain('has no row for thickness 5, 10:');
  });

  it('a band keying a row by the enum is told the list of its values in that band; the list loads', () => {
    const { issues } = checkRuleSet(
      enumGlass('      - ["[2, 4)", 88, 89]\n      - ["[4, 8)", 86, 87]\n      - ["[8, 15)", 82, 83]'),
    );
    expect(issues.map((i) => i.text.en.replace(/^.*can never match it/, ''))).toEqual([
      ': write [2, 3] (unquoted), the values of "values" in [2, 4)',
      ': write [4, 5, 6] (unquoted), the values of "values" in [4, 8)',
      ': write [8, 10, 12] (unquoted), the values of "values" in [8, 15)',
    ]);
    expect(issues[2]!.text.zh).toContain(
      '“[8, 15)”永远不会与它相符：请写 [8, 10, 12]（不加引号），即“values”中在 [8, 15) 内的取值',
    );
    const { ruleSet, issues: after } = checkRuleSet(
      enumGlass('      - [[2, 3], 88, 89]\n      - [[4, 5, 6], 86, 87]\n      - [[8, 10, 12], 82, 83]'),
    );
    expect(after).toEqual([]);
    expect(createGrader(ruleSet!).gradeSync({ thickness: 10, transmittance: 83 }).grade).toBe('premium');
  });

  it('a number that is no size is told the nearest sizes, not a size spelt alike', () => {
    const { issues } = checkRuleSet(
      enumGlass('      - [[2, 3, 9], 88, 89]\n      - [[4, 5, 6, 8, 10, 13], 86, 87]'),
    );
    expect(issues.map((i) => i.text.en)).toEqual([
      '9 is not a value of "thickness"; the nearest values are 8 and 10',
      '13 is not a value of "thickness"; the nearest value is 12',
    ]);
    expect(issues[0]!.text.zh).toBe('9 不是“thickness”的取值；最接近的取值是 8 和 10');
  });
});

describe('the rule-format pages: a table keyed by nominal sizes', () => {
  it.each(['docs/rule-format.md', 'docs/rule-format.zh-CN.md'])(
    '%s: the example loads without an issue and refuses a size the standard does not list',
    (page) => {
      const text = readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
      const block = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
        .map((m) => m[1]!)
        .find((b) => b.includes('[4, 5, 6]'));
      expect(block).toBeDefined();
      const { ruleSet, issues } = checkRuleSet(
        `${ruleFileHeader('test/glass')}${GRADES}${stringify(parse(block!))}`,
      );
      expect(issues).toEqual([]);
      const grader = createGrader(ruleSet!);
      expect(grader.gradeSync({ thickness: 5, transmittance: 87 }).grade).toBe('premium');
      expect(grader.gradeSync({ thickness: 3, transmittance: 88 }).grade).toBe('ordinary');
      const seven = grader.gradeSync({ thickness: 7, transmittance: 90 });
      expect([seven.grade, seven.notGradedReason?.code]).toEqual([null, 'invalid-record']);
    },
  );
});
