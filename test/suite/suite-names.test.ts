/**
 * Names in suite messages. An input key misspelt by two swapped letters
 * ("nosie") got no "did you mean" (the edit distance counted a swap as two
 * edits), while the other suite errors have one; and the Chinese failure line
 * named grades by id (`等级：预期“3-star”，实际“2-star”`) where Chinese sentences
 * name a grade by its label.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, parseTestSuite, runSuite } from '../../src/index';
import { checkSuite } from '../../src/suite/check-suite';
import { closestName } from '../../src/text/closest-name';
import { ruleFileHeader } from '../rule-file-header';

const RULES = `${ruleFileHeader('test/suite-names', { zh: '名称', en: 'Names' })}indicators:
  noise: { type: number, unit: dB(A), label: { zh: 噪声, en: Noise } }
grades:
  - { id: 2-star, label: { zh: 二星, en: 2 stars } }
  - { id: 3-star, label: { zh: 三星, en: 3 stars } }
criteria:
  - { id: quiet, indicator: noise, require: "≤ 38", grade: 3-star }
`;

function suiteOf(text: string) {
  const suite = parseTestSuite(text, 'a.test.yaml');
  if ('issues' in suite) throw new Error('suite did not parse');
  return suite;
}

describe('an input key with two letters swapped', () => {
  it('gets "did you mean", at the key', () => {
    const issues = checkSuite(
      suiteOf('cases:\n  - name: a\n    input: { nosie: 40 }\n    grade: 2-star\n'),
      parseRuleSet(RULES),
    );
    expect(issues.map((i) => [i.line, i.text.en, i.text.zh])).toEqual([
      [
        3,
        'indicator "nosie" is not in test/suite-names; did you mean "noise"?',
        'test/suite-names 中没有指标“nosie”，是否要写“noise”？',
      ],
    ]);
  });

  it('a swap is one edit; other names stay as far as they were', () => {
    expect(closestName('reqiure', ['require', 'grade'])).toBe('require');
    expect(closestName('ab', ['ba'])).toBe('ba');
    expect(closestName('nosie', ['nose'])).toBe('nose');
    expect(closestName('xyz', ['noise'])).toBeUndefined();
  });
});

describe('a grade that differs, in Chinese', () => {
  it('names both grades by label; English keeps the ids', async () => {
    const result = await runSuite(
      suiteOf('cases:\n  - name: a\n    input: { noise: 40 }\n    grade: 3-star\n'),
      parseRuleSet(RULES),
    );
    const texts = result.cases[0]!.problemTexts ?? [];
    expect(texts.map((t) => t.zh)).toEqual(['等级：预期“三星”，实际“二星”']);
    expect(texts.map((t) => t.en)).toEqual(['grade: expected "3-star", got "2-star"']);
  });

  it('not graded is still said as such', async () => {
    const result = await runSuite(
      suiteOf('cases:\n  - name: a\n    input: { noise: 40 }\n    grade: null\n'),
      parseRuleSet(RULES),
    );
    expect((result.cases[0]!.problemTexts ?? []).map((t) => t.zh)).toEqual(['等级：预期不分级，实际“二星”']);
  });
});
