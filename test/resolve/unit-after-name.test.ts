/**
 * A unit written after a table or a name (`require: "≤ bowMax %"`) said only
 * "expected expression at character 9" (newcomer-17 finding 2); it now says a
 * unit may follow only a number, and to remove it.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const glass = (require: string) => `${ruleFileHeader('test/glass')}indicators:
  thickness: { type: number, unit: mm, range: "[2, 12]", label: { zh: 公称厚度, en: Nominal thickness } }
  bow: { type: number, unit: "%", label: { zh: 弯曲度, en: Bow } }
grades:
  - { id: ordinary, label: { zh: 普通级, en: Ordinary } }
  - { id: premium, label: { zh: 优质加工级, en: Premium } }
tables:
  bowMax:
    keys: [thickness]
    columns: [thickness, ordinary, premium]
    rows:
      - ["[2, 4)", 0.3, 0.2]
      - ["[4, 12]", 0.2, 0.1]
criteria:
  - id: bow
    indicator: bow
    require: ${JSON.stringify(require)}
`;

// Only the limit's own issue: with it refused, premium has no requirement left (unreachable-grade).
const issuesOf = (require: string) =>
  checkRuleSet(glass(require), { filename: 'g.yaml' }).issues.filter((i) => i.code !== 'unreachable-grade');

describe('a unit after a table, a name or a formula', () => {
  it('says a unit may follow only a number and what to write, at the unit', () => {
    const issues = issuesOf('≤ bowMax %');
    expect(issues.map((i) => i.code)).toEqual(['invalid-requirement']);
    // require: "≤ bowMax %" — the "%" is the 24th character of line 25.
    expect(issues[0]).toMatchObject({ severity: 'error', line: 25, column: 24 });
    expect(issues[0]!.text.zh).toBe(
      '“bow”的限值：单位只能写在数字后面，不能写在表、名称或公式后面：请删去“%”，写成 ≤ bowMax（限值的单位就是所比较的值的单位）',
    );
    expect(issues[0]!.message).toBe(
      'limit of "bow": a unit may follow only a number, not a table, a name or a formula: remove "%" and write ≤ bowMax (the limit is in the unit of the value it is compared with)',
    );
  });

  it.each([
    ['≤ bowMax.premium %', '≤ bowMax.premium'],
    ['≤ 0.5 * bowMax.ordinary mm', '≤ 0.5 * bowMax.ordinary'],
    ['≤ (thickness / 20) %', '≤ (thickness / 20)'],
  ])('%s → write %s', (written, fixed) => {
    const issues = issuesOf(written);
    expect(issues.map((i) => i.code)).toEqual(['invalid-requirement']);
    expect(issues[0]!.message).toContain(`write ${fixed} (`);
  });

  it('the limit it advises loads, and a unit after a number is still read as the unit', () => {
    expect(checkRuleSet(glass('≤ bowMax')).issues).toEqual([]);
    expect(issuesOf('≤ 0.3 %')).toEqual([]);
  });

  it('a name after a formula is not taken for a unit: the formula message stays', () => {
    const issues = issuesOf('≤ bowMax thickness');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).not.toContain('unit');
  });
});

describe('a table named in Chinese as a limit (newcomer-17 m9)', () => {
  it('says table names are ids and lists the tables, in both languages', () => {
    const issues = issuesOf('≤ 弯曲度表');
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['type-mismatch', 25, 14]]);
    expect(issues[0]!.text.zh).toBe(
      '“bow”是数值；“弯曲度表”永远不会与它相符；若要取表中的限值，请写表名：表名是标识（英文字母、数字等），本规则集的表有“bowMax”',
    );
    expect(issues[0]!.text.en).toBe(
      '"bow" is a number; "弯曲度表" can never match it; to take the limit from a table, write its name: table names are ids (ASCII letters, digits …), and this rule set\'s tables are bowMax',
    );
  });
});
