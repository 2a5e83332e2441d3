/**
 * The "did you mean" for a name typed with another ending: `when: { coating: true }` for the indicator `coated`
 * (newcomer-38 M9) was "unknown indicator" with no hint, three edits being past the typo distance.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { sameWordsName } from '../../src/text/same-words-name';
import { ruleFileHeader } from '../rule-file-header';

describe('sameWordsName, a one-word name', () => {
  it('fits the one candidate sharing its stem: four letters or more, half of each word', () => {
    expect(sameWordsName('coating', ['coated', 'thickness'])).toBe('coated');
    expect(sameWordsName('tested', ['testing', 'thickness'])).toBe('testing');
  });

  it('a shared beginning under four letters, or under half a word, is no stem', () => {
    // `con`: three letters; `temp` is 4 of `temperatures`' 12.
    expect(sameWordsName('conveyor', ['content'])).toBeUndefined();
    expect(sameWordsName('temps', ['temperatures'])).toBeUndefined();
  });

  it('two candidates sharing the stem: no guess', () => {
    expect(sameWordsName('coating', ['coated', 'coater'])).toBeUndefined();
  });

  it('a camelCase candidate is not a one-word name', () => {
    expect(sameWordsName('coating', ['coatedGlass'])).toBeUndefined();
  });
});

function glassRules(whenName: string): string {
  return `${ruleFileHeader('test/glass-stem')}indicators:
  coated: { type: boolean, label: { zh: 是否镀膜, en: Coated } }
  wear: { type: number, label: { zh: 膜层耐磨, en: Coating wear }, requiredWhen: { coated: true } }
grades:
  - { id: a, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: wear, indicator: wear, when: { ${whenName}: true }, require: "≤ 4" }
`;
}

describe('a condition naming an indicator by another ending', () => {
  it('is an error at its line with the indicator to write, zh and en', () => {
    const issues = checkRuleSet(glassRules('coating'), { filename: 'glass.yaml' }).issues.filter(
      (i) => i.code === 'unknown-indicator',
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.text.en).toBe('unknown indicator or derived value "coating"; did you mean "coated"?');
    expect(issues[0]!.text.zh).toBe('未知的指标或派生值“coating”，是否要写“coated”？');
    expect(issues[0]!.line).toBe(
      glassRules('coating')
        .split('\n')
        .findIndex((l) => l.includes('coating')) + 1,
    );
  });

  it('the indicator itself is no error', () => {
    expect(
      checkRuleSet(glassRules('coated'), { filename: 'glass.yaml' }).issues.filter(
        (i) => i.severity === 'error',
      ),
    ).toEqual([]);
  });
});
