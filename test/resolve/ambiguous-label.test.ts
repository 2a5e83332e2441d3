/**
 * `validate` warns (`ambiguous-label`) where an indicator's label is another
 * indicator's name or label: a CSV/xlsx column headed with it could be
 * either, and reading one is a usage error (hostile-17 F2). Compared as
 * headers are: NFKC-folded, trimmed.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, type RuleSetIssue } from '../../src/index';

/** A rule set with these indicator lines (each `name: { … }`), one criterion on the first. */
function ruleSet(...indicators: string[]): string {
  const first = indicators[0]!.split(':')[0]!.trim();
  return [
    'schemaVersion: 1',
    'id: test/labels',
    'version: 1.0.0',
    'industry: test',
    'subject: product',
    'title: { zh: 标签, en: Labels }',
    'references:',
    '  - { code: "TEST 1-2026", edition: "2026" }',
    'provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }',
    'indicators:',
    ...indicators.map((i) => `  ${i}`),
    'grades:',
    '  - { id: ok, label: { zh: 合格, en: OK } }',
    'criteria:',
    `  - { id: c, indicator: ${first}, require: "≥ 1" }`,
    '',
  ].join('\n');
}

/** The text an issue's line and column point at, to its end of line. */
function at(text: string, issue: RuleSetIssue): string {
  return text.split('\n')[issue.line - 1]!.slice(issue.column - 1);
}

function warnings(text: string): RuleSetIssue[] {
  const { ruleSet: loaded, issues } = checkRuleSet(text, { filename: 'labels.yaml' });
  expect(loaded, issues.map((i) => i.message).join('\n')).toBeDefined();
  return issues.filter((i) => i.code === 'ambiguous-label');
}

describe("validate: a label that is another indicator's name or label", () => {
  it("a label that is another indicator's name: a warning at the label, in both languages", () => {
    const text = ruleSet(
      'strength: { type: number, label: { zh: 抗拉强度, en: Tensile } }',
      'yield: { type: number, label: { zh: 屈服强度, en: strength } }',
    );
    const [w, ...more] = warnings(text);
    expect(more).toEqual([]);
    expect(w).toMatchObject({ severity: 'warning', line: 12, path: ['indicators', 'yield', 'label', 'en'] });
    expect(at(text, w!)).toBe('strength } }');
    expect(w!.message).toBe(
      'the English label "strength" of the indicator "yield" is also the name of the indicator "strength": a CSV or .xlsx column headed "strength" could be either, and reading one is a usage error until --map says which. Reword one of the labels',
    );
    expect(w!.text.zh).toBe(
      '指标“yield”的英文标签“strength”也是指标“strength”的名称：表头为“strength”的 CSV、xlsx 列无法确定是哪个指标，读取时会报错，须用 --map 指明。请改写其中一个标签',
    );
  });

  it('a label two indicators share: once, at the later one, naming the earlier', () => {
    const text = ruleSet(
      'strength: { type: number, label: { zh: 抗拉强度, en: Tensile } }',
      'yield: { type: number, label: { zh: 抗拉强度, en: Yield } }',
      'other: { type: number, label: { zh: 其他, en: Tensile } }',
    );
    const found = warnings(text);
    expect(found.map((w) => [w.path, w.line, at(text, w)])).toEqual([
      [['indicators', 'yield', 'label', 'zh'], 12, '抗拉强度, en: Yield } }'],
      [['indicators', 'other', 'label', 'en'], 13, 'Tensile } }'],
    ]);
    expect(found[0]!.message).toContain(
      'the Chinese label "抗拉强度" of the indicator "yield" is also the Chinese label of the indicator "strength"',
    );
    expect(found[1]!.message).toContain(
      'the English label "Tensile" of the indicator "other" is also the English label of the indicator "strength"',
    );
  });

  it('compared as a header is: full-width letters and spaces fold', () => {
    const [w] = warnings(
      ruleSet(
        'strength: { type: number, label: { zh: 抗拉强度 Rm, en: Tensile } }',
        'yield: { type: number, label: { zh: "抗拉强度　Ｒｍ", en: Yield } }',
      ),
    );
    expect(w?.path).toEqual(['indicators', 'yield', 'label', 'zh']);
  });

  it("an indicator's own name and labels do not clash with each other, nor do distinct labels", () => {
    expect(
      warnings(
        ruleSet(
          'apf: { type: number, label: { zh: APF, en: apf } }',
          'seer: { type: number, label: { zh: SEER, en: SEER } }',
          'strength: { type: number, label: { zh: 抗拉强度, en: Strength } }',
        ),
      ),
    ).toEqual([]);
  });

  it('two labels that are one as a header is read loosely (spaces, the symbol at their end): once, naming the header', () => {
    const text = ruleSet(
      'lowerYield: { type: number, label: { zh: 屈服强度 ReL, en: Lower yield ReL } }',
      'upperYield: { type: number, label: { zh: 屈服强度 ReH, en: Upper yield ReH } }',
      'early: { type: number, label: { zh: 3 天强度, en: Early } }',
      'early2: { type: number, label: { zh: 3天强度, en: Early 2 } }',
    );
    const found = warnings(text);
    expect(found.map((w) => [w.path, w.line])).toEqual([
      [['indicators', 'upperYield', 'label', 'zh'], 12],
      [['indicators', 'early2', 'label', 'zh'], 14],
    ]);
    expect(found[0]!.message).toBe(
      'the Chinese label "屈服强度 ReH" of the indicator "upperYield" and the Chinese label "屈服强度 ReL" of the indicator "lowerYield" are the same with spaces and the symbol at their end aside: a CSV or .xlsx column headed "屈服强度" could be either, and reading one is a usage error until --map says which. Reword one of the labels',
    );
    expect(found[0]!.text.zh).toContain('表头为“屈服强度”的 CSV、xlsx 列无法确定是哪个指标');
    expect(found[1]!.message).toContain('a CSV or .xlsx column headed "3天强度" could be either');
  });

  it('an exact clash is warned about once, not again loosely; an English word at the end is no symbol', () => {
    expect(
      warnings(
        ruleSet(
          'a: { type: number, label: { zh: 抗拉强度 Rm, en: Tensile } }',
          'b: { type: number, label: { zh: 抗拉强度 Rm, en: Yield } }',
        ),
      ),
    ).toHaveLength(1);
    expect(
      warnings(
        ruleSet(
          'a: { type: number, label: { zh: 水泥品种, en: Cement type } }',
          'b: { type: number, label: { zh: 水泥, en: Cement } }',
        ),
      ),
    ).toEqual([]);
  });
});
