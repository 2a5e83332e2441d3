/**
 * A boolean indicator's `valueLabels` (session 23): `true:`/`false:` keys (YAML reads `true:` as a boolean key,
 * the loader as the text "true"), the same checks as an enum's, and a label or alias that is a yes/no word of
 * the other value refused where it is written: it would read a cell the wrong way round.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const acFile = (labels: string) => `${ruleFileHeader('test/boolean-value-labels')}indicators:
  airCooled:
    type: boolean
    required: false
    default: true
    label: { zh: 风冷式, en: Air-cooled }
    valueLabels:
${labels}
  apf: { type: number, label: { zh: APF, en: APF } }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
scope:
  - { id: air-cooled, indicator: airCooled, require: "= true", reason: { zh: 非风冷式, en: Not air-cooled } }
criteria:
  - { id: apf, indicator: apf, grade: "1", require: "≥ 5.0" }
`;

function issuesOf(labels: string) {
  const { issues } = checkRuleSet(acFile(labels), { filename: 'ac.yaml' });
  return issues.map((i) => ({ code: i.code, line: i.line, column: i.column, zh: i.text.zh, en: i.text.en }));
}

describe('valueLabels on a boolean indicator', () => {
  it('loads true:/false: keys, plain or quoted, and the rule set lists the labels by "true"/"false"', () => {
    for (const [t, f] of [
      ['true', 'false'],
      ['"true"', '"false"'],
      ['True', 'FALSE'],
    ]) {
      const { ruleSet, issues } = checkRuleSet(
        acFile(`      ${t}: { zh: 风冷式, en: Air-cooled, aliases: [风冷] }
      ${f}: { zh: 水冷式, en: Water-cooled, aliases: [水冷] }`),
        { filename: 'ac.yaml' },
      );
      expect(issues).toEqual([]);
      expect(ruleSet!.indicators[0]!.valueLabels).toEqual({
        true: { zh: '风冷式', en: 'Air-cooled' },
        false: { zh: '水冷式', en: 'Water-cooled' },
      });
    }
  });

  it('a key other than true/false (maybe:, yes:, 是:) is refused at the key, in zh and en', () => {
    expect(
      issuesOf(`      true: { zh: 风冷式, en: Air-cooled }
      maybe: { zh: 水冷式, en: Water-cooled }`),
    ).toEqual([
      {
        code: 'type-mismatch',
        line: 17,
        column: 7,
        zh: '“maybe”不是布尔指标“airCooled”的取值：键只能是 true 或 false',
        en: '"maybe" is not a value of the boolean indicator "airCooled": the keys are true and false',
      },
    ]);
    // YAML 1.2 reads `yes:` as text, not as true.
    expect(issuesOf(`      yes: { zh: 风冷式, en: Air-cooled }`)[0]).toMatchObject({ line: 16, column: 7 });
    expect(issuesOf(`      是: { zh: 风冷式, en: Air-cooled }`)[0]).toMatchObject({ line: 16, column: 7 });
  });

  it('a label or alias that is a yes/no word of the other value is refused where it is (是 for false, 否/无/不合格 for true)', () => {
    const found = issuesOf(`      true: { zh: 风冷式, en: Air-cooled, aliases: [否, 没有, 不合格] }
      false: { zh: 是, en: Water-cooled }`);
    expect(found.map((f) => [f.code, f.line, f.column])).toEqual([
      ['type-mismatch', 16, 50],
      ['type-mismatch', 16, 53],
      ['type-mismatch', 16, 57],
      ['type-mismatch', 17, 20],
    ]);
    expect(found[3]).toMatchObject({
      zh: '“airCooled”取值 false 的标签或别名“是”在表格中读作“是”（true）：它会把单元格读反；请删除它，或写一个不是 是/否、有/无、合格/不合格 的词',
      en: 'the label or alias "是" of "airCooled"\'s value false is a word cells read as true: it would read a cell the wrong way round; remove it or write a word that is not yes/no, 有/无 or a pass/fail verdict',
    });
    // Full-width and case aside: ＹＥＳ is yes.
    expect(issuesOf(`      false: { zh: 水冷式, en: ＹＥＳ }`)[0]).toMatchObject({ line: 16, column: 29 });
  });

  it('a yes/no word of its own value is harmless', () => {
    expect(
      issuesOf(`      true: { zh: 风冷式, en: Air-cooled, aliases: [是, 合格] }
      false: { zh: 水冷式, en: Water-cooled, aliases: [no] }`),
    ).toEqual([]);
  });

  it('a label the two values share is refused at the second; the other value itself is a yes/no word of it', () => {
    expect(
      issuesOf(`      true: { zh: 风冷式, en: Air-cooled, aliases: [风冷] }
      false: { zh: 水冷式, en: Water-cooled, aliases: [" 风冷 "] }`),
    ).toEqual([
      expect.objectContaining({
        code: 'duplicate-id',
        line: 17,
        column: 53,
        en: 'the alias " 风冷 " of "airCooled"\'s value "false" is also the alias "风冷" of its value "true" (white space, full-width forms and case aside): " 风冷 " in a record could be read either way',
      }),
    ]);
    expect(issuesOf(`      false: { zh: 水冷式, en: "True" }`)).toEqual([
      expect.objectContaining({ code: 'type-mismatch', line: 16, column: 29 }),
    ]);
  });

  it('a label or alias where the rule file needs the value (a default, a when) says which value it stands for', () => {
    const text = acFile(`      true: { zh: 风冷式, en: Air-cooled, aliases: [风冷] }
      false: { zh: 水冷式, en: Water-cooled, aliases: [水冷] }`)
      .replace('default: true', 'default: 风冷')
      .replace('require: "≥ 5.0" }', 'require: "≥ 5.0", when: { airCooled: 水冷式 } }');
    const { issues } = checkRuleSet(text, { filename: 'ac.yaml' });
    expect(issues.map((i) => [i.line, i.text.en])).toEqual([
      [13, '"风冷" is an alias of "airCooled"\'s value true; a rule file names the value: write true'],
      [25, '"水冷式" is the label of "airCooled"\'s value false; a rule file names the value: write false'],
    ]);
  });
});
