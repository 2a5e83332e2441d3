import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

/**
 * The load errors of a rule file, as zh and en texts (with `line` too when asked): what the hostile tests of a
 * limit's text compare.
 */
export function loadErrors(
  text: string,
  withLine = false,
): { en: string; zh: string; line?: number | undefined }[] {
  return checkRuleSet(text, { filename: 'left.yaml' })
    .issues.filter((i) => i.severity === 'error')
    .map((i) =>
      withLine ? { en: i.text.en, zh: i.text.zh, line: i.line } : { en: i.text.en, zh: i.text.zh },
    );
}

/**
 * A rule file of three lengths in mm — a (厚度), b (宽度) and bc (长度), names one typo apart — whose one
 * requirement holds a to `require`, `when` (a YAML fragment from `\n    when:` on) added under it. The limits are
 * illustrative: what the hostile tests of formulas, signs and unknown names write.
 *
 * @example
 * threeLengths('test/hostile-46', '≤ b−c'); // c is no value: "did you mean bc?"
 */
export function threeLengths(id: string, require: string, when = ''): string {
  return `${ruleFileHeader(id)}comparison: full
indicators:
  a: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }
  b: { type: number, unit: mm, label: { zh: 宽度, en: Width } }
  bc: { type: number, unit: mm, label: { zh: 长度, en: Length } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - id: c
    indicator: a
    require: "${require}"${when}
`;
}
