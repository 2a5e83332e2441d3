/**
 * newcomer-30 F4: `indicator: diagonal` for `diagonalDiff` got "unknown indicator" with no hint: the name is
 * too far from it for a typo, but it is the start of one name. Now the hint names it.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const glass = (
  indicator: string,
) => `${ruleFileHeader('test/unknown-part', { zh: '玻璃', en: 'Glass' })}indicators:
  diagonalDiff: { type: number, unit: mm, label: { zh: 对角线差, en: Diagonal difference } }
  thicknessDeviation: { type: number, unit: mm, label: { zh: 厚度偏差, en: Thickness deviation } }
  thicknessNominal: { type: number, unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - id: diag
    indicator: ${indicator}
    require: "≤ 3.0"
`;

describe('an unknown name that is part of one indicator name', () => {
  it('the start of one name: did you mean it, located at the name, in both languages', () => {
    const text = glass('diagonal');
    const { issues } = checkRuleSet(text, { filename: 'g.yaml' });
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['unknown-indicator', text.split('\n').indexOf('    indicator: diagonal') + 1, 16],
    ]);
    expect(issues[0]!.message).toBe(
      'unknown indicator or derived value "diagonal"; did you mean "diagonalDiff"?',
    );
    expect(issues[0]!.text.zh).toBe('未知的指标或派生值“diagonal”，是否要写“diagonalDiff”？');
  });

  it('held inside one name (`Deviation`): named; the start of two (`thickness`): no guess', () => {
    expect(checkRuleSet(glass('Deviation')).issues[0]!.message).toContain(
      'did you mean "thicknessDeviation"?',
    );
    expect(checkRuleSet(glass('thickness')).issues[0]!.message).toBe(
      'unknown indicator or derived value "thickness"',
    );
  });
});
