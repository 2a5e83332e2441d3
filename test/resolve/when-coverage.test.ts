/**
 * A per-类别 limit written with `when`, one requirement per value, that leaves
 * a value out (newcomer-40 W1): `validate` passed and a 陶质砖 of 吸水率 99 %
 * was graded 优等品, where the same omission in a table warns. The figures
 * are illustrative (the tester's own; not GB/T 4100's).
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const tiles = (
  criteria: string,
  extra = '',
  absorption = '',
  values = '瓷质砖, 炻瓷砖, 陶质砖',
) => `${ruleFileHeader('test/when-coverage', { zh: '陶瓷砖', en: 'Tiles' })}indicators:
  category: { type: enum, values: [${values}], label: { zh: 类别, en: Category } }
  waterAbsorption: { type: number, unit: "%", range: "[0, 100]", label: { zh: 吸水率, en: Water absorption }${absorption} }
  modulus: { type: number, unit: MPa, range: "> 0", label: { zh: 断裂模数, en: Modulus of rupture } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first, label: { zh: 一等品, en: First class } }
${extra}criteria:
  - { id: modulus-first, indicator: modulus, require: "≥ 35", grade: first }
${criteria}`;

const porcelain = `  - id: absorption-porcelain
    indicator: waterAbsorption
    when: { category: 瓷质砖 }
    require: "≤ 0.5"
`;
const stoneware = `  - id: absorption-stoneware
    indicator: waterAbsorption
    when: { category: 炻瓷砖 }
    require: "≤ 3.0"
`;
const earthenware = `  - id: absorption-earthenware
    indicator: waterAbsorption
    when: { category: 陶质砖 }
    require: "≤ 20"
`;

const issuesOf = (text: string) => {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 't.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  // A required value read only under a `when` is warned about too; here the checks of this file are at issue
  // (test/resolve/required-beyond-when-43.test.ts has that warning's own).
  return issues.filter((i) => i.code !== 'required-beyond-when');
};

describe('requirements written value by value with `when` that leave a value out', () => {
  it('warns at the first `when`, naming the value, zh and en; the record it is about reaches the top grade', async () => {
    const text = tiles(porcelain + stoneware);
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['band-gap', 'warning', 20, 11],
    ]);
    expect(issues[0]!.text.zh).toBe(
      '“吸水率”（“waterAbsorption”）的要求都用“when”限定了“category”，“category”为“陶质砖”的记录在任何等级没有“吸水率”的要求：分级时不检验它，如同没有这个限值，其等级不受它限制；请为“陶质砖”加一条要求，或把它从“category”的“values”中删去，或用“scope”把它排除在标准之外',
    );
    expect(issues[0]!.text.en).toBe(
      'every requirement on "Water absorption" (waterAbsorption) is limited by "when" to values of category, and none applies to a record with category 陶质砖 at any grade: such a record is graded as if the limit did not exist, and it never holds its grade back; add a requirement for it, or take it out of the "values" of "category" or out of "scope"',
    );
    const result = await createGrader(checkRuleSet(text).ruleSet!).grade({
      category: '陶质砖',
      waterAbsorption: 99,
      modulus: 40,
    });
    expect(result.grade).toBe('first');
  });

  it('names the grades at which only that value goes unchecked', () => {
    // 炻瓷砖 is limited from 一等品 up only: at 合格品 it has no limit while 瓷质砖 has one.
    const issues = issuesOf(
      tiles(porcelain + earthenware + stoneware.replace('"≤ 3.0"', '"≤ 3.0"\n    grade: first')),
    );
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('none applies to a record with category 炻瓷砖 at grade "qualified":'),
    ]);
    expect(issues[0]!.text.zh).toContain('“category”为“炻瓷砖”的记录在等级“合格品”没有“吸水率”的要求');
  });

  it('names every value left out in one warning', () => {
    const issues = issuesOf(tiles(porcelain + stoneware, '', '', '瓷质砖, 炻瓷砖, 细炻砖, 陶质砖'));
    expect(issues.map((i) => i.text.zh)).toEqual([
      expect.stringContaining('“category”为“细炻砖”、“陶质砖”的记录在任何等级'),
    ]);
    expect(issues[0]!.message).toContain('category 细炻砖, 陶质砖 at any grade');
  });

  it('no warning for requirements of several grades all for the same value', () => {
    const first = porcelain
      .replace('absorption-porcelain', 'absorption-porcelain-first')
      .replace('"≤ 0.5"', '"≤ 0.4"\n    grade: first');
    expect(issuesOf(tiles(porcelain + first))).toEqual([]);
  });

  it('no warning when every value has a requirement, or one requirement has no `when`', () => {
    expect(issuesOf(tiles(porcelain + stoneware + earthenware))).toEqual([]);
    const anyTile = `  - id: absorption-any\n    indicator: waterAbsorption\n    require: "≤ 25"\n`;
    expect(issuesOf(tiles(porcelain + stoneware + anyTile))).toEqual([]);
  });

  it('no warning for one requirement limited to some values: that is "applies only to these"', () => {
    const only = porcelain.replace('瓷质砖 }', '[瓷质砖, 炻瓷砖] }');
    expect(issuesOf(tiles(only))).toEqual([]);
  });

  it("no warning when the scope, a veto item or the indicator's requiredWhen rules the value out", () => {
    const scope =
      'scope:\n  - { id: tile-class, indicator: category, require: "in [瓷质砖, 炻瓷砖]", reason: { zh: 不含陶质砖, en: no earthenware } }\n';
    expect(issuesOf(tiles(porcelain + stoneware, scope))).toEqual([]);
    const veto = `  - id: no-earthenware\n    indicator: category\n    require: "not in [陶质砖]"\n    gate: true\n`;
    expect(issuesOf(tiles(porcelain + stoneware + veto))).toEqual([]);
    const requiredWhen = ', required: false, requiredWhen: { category: [瓷质砖, 炻瓷砖] }';
    expect(issuesOf(tiles(porcelain + stoneware, '', requiredWhen))).toEqual([]);
  });
});
