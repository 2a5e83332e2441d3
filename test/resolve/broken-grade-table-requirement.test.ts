/**
 * A grade table's only requirement that fails to compile gives its own error,
 * not also "grade … has no requirement of its own" for each grade above the
 * lowest (developer-18 C1): the requirement was written, it broke.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet, type RuleSetError } from '../../src/index';
import { locatedIssues } from '../helpers';

const BASE = readFileSync(
  join(import.meta.dirname, '../fixtures/invalid/requirement-slips/grade-table.yaml'),
  'utf8',
);

/** The base rule set with `from` written as `to`. */
const slip = (from: string, to: string) => {
  expect(BASE).toContain(from);
  return locatedIssues(BASE.replace(from, to), 'rule.yaml');
};

describe("a grade table's only requirement broken: its error alone", () => {
  it('the base rule set is valid', () => {
    expect(locatedIssues(BASE)).toEqual([]);
  });

  it('an unknown indicator', () => {
    const issues = slip('indicator: tensileStrength\n', 'indicator: tensileStrenght\n');
    expect(issues.map((i) => [i.code, i.line])).toEqual([['unknown-indicator', 35]]);
    expect(issues[0]!.en).toContain('tensileStrenght');
    expect(issues[0]!.zh).toContain('tensileStrenght');
  });

  it('a require that does not parse', () => {
    const issues = slip('require: "≥ strengthLimits"', 'require: "≥ abc def"');
    expect(issues.map((i) => i.code)).toEqual(['invalid-requirement']);
    expect(issues[0]!.line).toBe(36);
  });

  it('a text cell in the grade table', () => {
    const issues = slip('- ["> 0", 400, 450, 500]', '- ["> 0", 400, "x", 500]');
    expect(issues.map((i) => i.code)).not.toContain('unreachable-grade');
    expect(issues.filter((i) => i.code !== 'unreachable-grade')).toHaveLength(1);
    expect(`${issues[0]!.zh}\n${issues[0]!.en}`).toMatch(/x/);
  });

  it('an unknown grade column', () => {
    const issues = slip(
      'columns: [tensileStrength, qualified, first-class, superior]',
      'columns: [tensileStrength, qualified, first-clas, superior]',
    );
    expect(issues.map((i) => i.code)).not.toContain('unreachable-grade');
    expect(issues).toHaveLength(1);
    // At the misspelt column, naming the grade meant (studio-20 F4: it was at the require, telling to name one
    // column, which would have dropped the other grades' limits).
    expect(issues[0]!.line).toBe(30);
    expect(issues[0]!.en).toContain(
      'column "first-clas" of the grade table "strengthLimits" is not a grade id: did you mean "first-class"?',
    );
  });

  it("a misspelt grade: (a literal's grade, a lot's requirement): its error alone, not the grade it meant", () => {
    const literal = BASE.replace(
      '    require: "≥ strengthLimits"\n',
      `    require: "≥ 400"
  - { id: ts-first, indicator: tensileStrength, require: "≥ 450", grade: first-clas }
  - { id: ts-superior, indicator: tensileStrength, require: "≥ 500", grade: superior }
`,
    );
    expect(locatedIssues(literal).map((i) => [i.code, i.line])).toEqual([['unknown-grade', 37]]);
    const lot = readFileSync(join(import.meta.dirname, '../fixtures/group/lot.yaml'), 'utf8');
    const cvv = lot.replace('statistic: cv, require: "≤ 4.0"', 'statistic: cvv, require: "≤ 4.0"');
    expect(locatedIssues(cvv).map((i) => i.code)).toEqual(['unknown-indicator']);
  });

  it('a grade left out of the table is still unreachable, beside the broken requirement', () => {
    const text = BASE.replace(
      'columns: [tensileStrength, qualified, first-class, superior]',
      'columns: [tensileStrength, qualified, superior]',
    )
      .replace('- ["> 0", 400, 450, 500]', '- ["> 0", 400, 500]')
      .replace('indicator: tensileStrength\n', 'indicator: tensileStrenght\n');
    const issues = locatedIssues(text).sort((a, b) => a.line - b.line);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['unreachable-grade', 24],
      ['unknown-indicator', 35],
    ]);
    expect(issues[0]!.zh).toContain('没有自己的要求');
  });
});

describe('checkRuleSet(...).issues in the order of RuleSetError.issues: by position (developer-18 C2)', () => {
  it('an issue found late in the pipeline (a grade) comes before a requirement further down', () => {
    const text = BASE.replace(
      'columns: [tensileStrength, qualified, first-class, superior]',
      'columns: [tensileStrength, qualified, superior]',
    )
      .replace('- ["> 0", 400, 450, 500]', '- ["> 0", 400, 500]')
      .replace('indicator: tensileStrength\n', 'indicator: tensileStrenght\n');
    const { issues } = checkRuleSet(text, { filename: 'rule.yaml' });
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['unreachable-grade', 24],
      ['unknown-indicator', 35],
    ]);
    const thrown = (() => {
      try {
        parseRuleSet(text, { filename: 'rule.yaml' });
      } catch (error) {
        return error as RuleSetError;
      }
    })();
    expect(thrown?.issues).toEqual(issues);
  });
});
