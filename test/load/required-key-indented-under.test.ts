/**
 * newcomer-22 finding 4: an indicator's `label:` indented one step too far, under `valueLabels:`, was
 * reported as "“glassColor”缺少“label”" at the indicator, though the label is there. Now the error is at
 * the label and says it is indented too far, and where to start it.
 */
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';
import { ruleFileHeader } from '../rule-file-header';

const glass = (colour: string) => `${ruleFileHeader('test/glass', { zh: '玻璃', en: 'Glass' })}indicators:
  glassColor:
    type: enum
    values: [clear, tinted]
${colour}
  defects: { type: integer, range: "≥ 0", requiredWhen: { glassColor: clear }, label: { zh: 点状缺陷, en: Point defects } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - id: defects
    indicator: defects
    when: { glassColor: clear }
    require: "≤ 3"
`;

const LABELS = `    valueLabels:
      clear: { zh: 无色透明, en: Clear }
      tinted: { zh: 本体着色, en: Body-tinted }`;
const issuesOf = (text: string) => locatedIssues(text, 'rule.yaml');

describe('a required key indented under its sibling', () => {
  it('written right, the file is valid', () => {
    expect(issuesOf(glass(`${LABELS}\n    label: { zh: 颜色类别, en: Colour class }`))).toEqual([]);
  });

  it('`label` under `valueLabels`: one error at the label, "indented too far", and the column', () => {
    expect(issuesOf(glass(`${LABELS}\n      label: { zh: 颜色类别, en: Colour class }`))).toEqual([
      {
        code: 'schema',
        line: 16,
        column: 7,
        zh: '“label”缩进多了：它写在了“valueLabels”之下，所以“indicators”的“glassColor”缺少“label”；请让它从第 5 列开始，与“valueLabels”对齐',
        en: '"label" is indented too far: it is under "valueLabels", so "glassColor" of "indicators" is missing "label"; start it in column 5, lined up with "valueLabels"',
      },
    ]);
  });

  it('a label truly missing is still "missing", at the indicator', () => {
    expect(issuesOf(glass(LABELS)).map((i) => [i.line, i.column, i.en])).toEqual([
      [10, 3, '"glassColor" of "indicators" is missing "label"'],
    ]);
  });

  it('inside braces it is not indentation: "missing" as before', () => {
    const issues = issuesOf(
      glass('    valueLabels: { clear: { zh: 无色, en: Clear }, label: { zh: 颜色类别, en: Colour class } }'),
    );
    expect(issues.map((i) => i.en)).toContain('"glassColor" of "indicators" is missing "label"');
  });
});
