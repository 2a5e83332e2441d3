/**
 * A `valueLabels` entry of aliases alone (fix-labels-25): a record's word reads as the value while
 * reports go on showing the code; an entry with neither labels nor aliases, or half a label, is refused
 * at its place; an alias that is another value's code, label or alias is refused as a label is.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const file = (labels: string) => `${ruleFileHeader('test/value-label-aliases')}indicators:
  cementType:
    type: enum
    values: [P.I, P.II, P.O]
    valueLabels:
${labels}
    label: { zh: 水泥品种, en: Cement type }
  c28: { type: number, unit: MPa, label: { zh: 28天抗压强度, en: 28-day strength } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
scope:
  - { id: po, indicator: cementType, require: '= "P.O"', reason: { zh: 仅 P·O, en: P·O only } }
criteria:
  - { id: c28, indicator: c28, require: "≥ 42.5 MPa" }
`;

function issuesOf(labels: string) {
  const { issues } = checkRuleSet(file(labels), { filename: 'cement.yaml' });
  return issues.map((i) => ({ code: i.code, line: i.line, column: i.column, zh: i.text.zh, en: i.text.en }));
}

describe('valueLabels: aliases without display labels', () => {
  it('loads; the rule set lists no label for the value, and a record giving the alias reads as the code', () => {
    const text = file('      P.O: { aliases: [普通硅酸盐水泥] }');
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'cement.yaml' });
    expect(issues).toEqual([]);
    expect(ruleSet!.indicators[0]!.valueLabels).toBeUndefined();
    const grader = createGrader(ruleSet!);
    // Label matching: trimmed, NFKC, white space as one space.
    for (const written of ['普通硅酸盐水泥', ' 普通硅酸盐水泥 ', 'P.O']) {
      const r = grader.gradeSync({ cementType: written, c28: 48 });
      expect([written, r.grade, r.errors]).toEqual([written, 'ok', undefined]);
      // The scope's result shows the code: there is no label to show.
      const scope = r.criteria.find((c) => c.id === 'po');
      expect(scope?.value).toBe('P.O');
      expect(scope?.message.zh).toContain('水泥品种：P.O');
    }
    // 硅酸盐水泥 alone is P·I or P·II: no alias, refused; so is the alias with the code run on.
    for (const written of ['硅酸盐水泥', '普通硅酸盐水泥P.O', '普通硅酸盐']) {
      const r = grader.gradeSync({ cementType: written, c28: 48 });
      expect([written, r.grade]).toEqual([written, null]);
      expect(r.errors?.[0]?.message.en).toMatch(/must be one of P\.I, P\.II, P\.O, got/);
    }
  });

  it('an entry with neither labels nor aliases, or one label without the other, is refused at its line:column', () => {
    for (const entry of ['{}', '{ zh: 普通硅酸盐水泥, aliases: [PO水泥] }', '{ en: Ordinary }']) {
      const found = issuesOf(`      P.O: ${entry}`);
      expect(found).toEqual([
        {
          code: 'schema',
          line: 14,
          column: 12,
          zh: '“P.O”的写法不对：取值的显示标签 zh 和 en（两者都写）、别名 aliases，或两者都写：{ zh: 热泵型, en: Heat pump }、{ aliases: [普通硅酸盐水泥] }。不写标签时，报告显示取值本身。',
          en: '"P.O" is not written in a form it takes: A value\'s display labels zh and en (both), its aliases, or both: { zh: 热泵型, en: Heat pump }, { aliases: [普通硅酸盐水泥] }. Without labels, reports show the value itself.',
        },
      ]);
    }
    // A block mapping: located at its first key.
    expect(issuesOf('      P.O:\n        aliases: []')).toMatchObject([
      { code: 'schema', line: 15, en: '"aliases" must not be empty' },
    ]);
  });

  it("an alias that is another value's code, or another value's alias or label, is refused at the alias", () => {
    expect(issuesOf('      P.O: { aliases: [普通硅酸盐水泥, p.i] }')).toEqual([
      {
        code: 'duplicate-id',
        line: 14,
        column: 33,
        zh: '“cementType”取值“P.O”的别名“p.i”是另一个取值“P.I”本身：记录中的“p.i”会有两种读法',
        en: 'the alias "p.i" of "cementType"\'s value "P.O" is its other value "P.I": "p.i" in a record could be read either way',
      },
    ]);
    expect(
      issuesOf(`      P.I: { aliases: [硅酸盐水泥] }
      P.II: { aliases: [" 硅酸盐水泥 "] }`),
    ).toEqual([
      expect.objectContaining({
        code: 'duplicate-id',
        line: 15,
        column: 25,
        en: 'the alias " 硅酸盐水泥 " of "cementType"\'s value "P.II" is also the alias "硅酸盐水泥" of its value "P.I" (white space, full-width forms and case aside): " 硅酸盐水泥 " in a record could be read either way',
      }),
    ]);
    expect(
      issuesOf(`      P.I: { zh: 硅酸盐水泥, en: Portland cement }
      P.II: { aliases: [ＰＯＲＴＬＡＮＤ cement] }`),
    ).toEqual([
      expect.objectContaining({
        code: 'duplicate-id',
        line: 15,
        column: 25,
        zh: '“cementType”取值“P.II”的别名“ＰＯＲＴＬＡＮＤ cement”与取值“P.I”的标签“Portland cement”相同（不计空白、全角和大小写）：记录中的“ＰＯＲＴＬＡＮＤ cement”会有两种读法',
      }),
    ]);
    // Its own code as an alias (but for case) is harmless.
    expect(issuesOf('      P.O: { aliases: [p.o] }')).toEqual([]);
  });
});
