/**
 * Each "did you mean" searches every name the rule set has: 3,000 misspelt references among 3,000 indicators
 * took validate 33 s. The first 100 unknown names get a hint; past them the error is the same, without one.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

function ruleFile(n: number): string {
  const indicators = Array.from(
    { length: n },
    (_, i) => `  mass${i}: { type: number, label: { zh: 质量${i}, en: Mass ${i} } }`,
  );
  // "mas12" for "mass12": one edit from the name meant.
  const criteria = Array.from(
    { length: n },
    (_, i) => `  - { id: c${i}, indicator: mas${i}, require: "≥ 1" }`,
  );
  return `${ruleFileHeader('test/hints')}indicators:\n${indicators.join('\n')}
grades:
  - { id: a, label: { zh: 合格品, en: Qualified } }
criteria:
${criteria.join('\n')}
`;
}

describe('"did you mean" for unknown names', () => {
  it('is given for each of the first 100, and every unknown name is still an error at its line', () => {
    const issues = checkRuleSet(ruleFile(150), { filename: 'hints.yaml' }).issues.filter(
      (i) => i.code === 'unknown-indicator',
    );
    expect(issues).toHaveLength(150);
    const hinted = issues.filter((i) => i.text.en.includes('did you mean'));
    expect(hinted).toHaveLength(100);
    expect(hinted[0]!.text.en).toBe('unknown indicator or derived value "mas0"; did you mean "mass0"?');
    expect(hinted[0]!.text.zh).toBe('未知的指标或派生值“mas0”，是否要写“mass0”？');
    expect(issues[100]!.text.en).toBe('unknown indicator or derived value "mas100"');
    expect(new Set(issues.map((i) => i.line)).size).toBe(150);
  });

  it('a few unknown names each get their hint', () => {
    const issues = checkRuleSet(ruleFile(3), { filename: 'hints.yaml' }).issues;
    expect(issues.map((i) => i.text.en)).toEqual(
      [0, 1, 2].map((i) => `unknown indicator or derived value "mas${i}"; did you mean "mass${i}"?`),
    );
  });
});
