/**
 * A table's bare name inside a formula: `≥ 0.7 * kv`, where `kv` is a grade
 * table, said `unknown name "kv"; did you mean "kv"?` — the very name
 * written. A grade table has one value per grade, so it can only be a whole
 * limit (`≥ kv`); a table of named columns is read as `table.column`. The
 * message says so, where the name is written; the forms that are allowed
 * still read and grade as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet } from '../../src/index';
import { closestName } from '../../src/text/closest-name';
import { graderPair } from '../helpers';

/** A rule set with a grade table `kv` and a table of named columns `limits`; `x`'s limit is `require`. */
function ruleText(require: string): string {
  return `schemaVersion: 1
id: test/table-in-formula
version: 1.0.0
industry: test
subject: product
title: { zh: 公式中的表, en: Tables in formulas }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  kind: { type: enum, values: [p, q], label: { zh: 类别, en: Kind } }
  x: { type: number, label: { zh: 甲, en: X } }
  y: { type: number, label: { zh: 乙, en: Y } }
grades:
  - { id: B, label: { zh: B 级, en: Grade B } }
  - { id: A, label: { zh: A 级, en: Grade A } }
tables:
  kv:
    keys: [kind]
    columns: [kind, B, A]
    rows:
      - [p, 10, 20]
      - [q, 30, 40]
  limits:
    keys: [kind]
    columns: [kind, low, high]
    rows:
      - [p, 1, 2]
      - [q, 3, 4]
criteria:
  - { id: x-limit, indicator: x, require: "${require}" }
  - { id: y-top, indicator: y, grade: A, require: "≥ 1" }
`;
}

/** Line and column (1-based) of `word` inside the criterion's requirement `require`, as the rule file has it. */
function placeOf(require: string, word: string): { line: number; column: number } {
  const lines = ruleText(require).split('\n');
  const line = lines.findIndex((l) => l.includes(`require: "${require}"`));
  const column = lines[line]!.indexOf(`"${require}"`) + 1 + 1 + require.indexOf(word);
  return { line: line + 1, column };
}

const issuesOf = (require: string) =>
  checkRuleSet(ruleText(require), { filename: 't.yaml' }).issues.map((i) => ({
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe('a table named where a formula wants a value', () => {
  it('a grade table inside a formula: it can only be the whole limit', () => {
    const require = '≥ 0.7 * kv';
    expect(issuesOf(require)).toEqual([
      {
        ...placeOf(require, 'kv'),
        en: 'limit of "x": "kv" is a grade table, with one value per grade: it can only be the whole limit (as in "≥ kv"), not part of a formula; for one grade\'s value, name its column, e.g. "kv.B"',
        zh: '“x”的限值：“kv”是等级表，每个等级各有一个值：它只能整个作为限值（如“≥ kv”），不能用在公式中；要用某一等级的值，请指明该列，如“kv.B”',
      },
    ]);
  });

  it('a table of named columns inside a formula: name one of its columns', () => {
    const require = '≤ limits * 2';
    expect(issuesOf(require)).toEqual([
      {
        ...placeOf(require, 'limits'),
        en: 'limit of "x": "limits" is a table, not a value: name one of its columns, e.g. "limits.low"; it has low, high',
        zh: '“x”的限值：“limits”是表，不是一个值：请指明它的一列，如“limits.low”；它的列为“low”、“high”',
      },
    ]);
  });

  it('grade ids that are digits cannot be named in a formula: no column is suggested', () => {
    const text = readFileSync(
      new URL('../../rules/home-appliances/room-air-conditioner-energy.yaml', import.meta.url),
      'utf8',
    ).replace('require: "≥ apfLimits"', 'require: "≥ 0.9 * apfLimits"');
    const issues = checkRuleSet(text, { filename: 'ac.yaml' }).issues;
    const line = text.split('\n').findIndex((l) => l.includes('0.9 * apfLimits')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('apfLimits') + 1;
    expect(issues.map((i) => ({ line: i.line, column: i.column, en: i.text.en, zh: i.text.zh }))).toEqual([
      {
        line,
        column,
        en: 'limit of "apf": "apfLimits" is a grade table, with one value per grade: it can only be the whole limit (as in "≥ apfLimits"), not part of a formula',
        zh: '“apf”的限值：“apfLimits”是等级表，每个等级各有一个值：它只能整个作为限值（如“≥ apfLimits”），不能用在公式中',
      },
    ]);
  });

  it('never suggests the very name that was written', () => {
    expect(closestName('kv', ['kv', 'kw'])).toBe('kw');
    expect(closestName('kv', ['kv'])).toBeUndefined();
    // A different spelling of the same letters is still a useful hint.
    expect(closestName('KV', ['kv'])).toBe('kv');
  });

  it('the allowed forms still read and grade: "≥ kv" per grade, "≥ 0.7 * kv.A" and "≤ limits.high * 2"', async () => {
    for (const require of ['≥ kv', '≥ 0.7 * kv.A', '≤ limits.high * 2'])
      expect(issuesOf(require)).toEqual([]);
    const whole = graderPair(parseRuleSet(ruleText('≥ kv')));
    expect((await whole.grade({ y: 1, kind: 'p', x: 20 })).grade).toBe('A');
    expect((await whole.grade({ y: 1, kind: 'p', x: 15 })).grade).toBe('B');
    expect((await whole.grade({ y: 1, kind: 'q', x: 15 })).grade).toBeNull();
    const column = graderPair(parseRuleSet(ruleText('≥ 0.7 * kv.A')));
    expect((await column.grade({ y: 1, kind: 'q', x: 28 })).grade).toBe('A');
    expect((await column.grade({ y: 1, kind: 'q', x: 27.9 })).grade).toBeNull();
    const named = graderPair(parseRuleSet(ruleText('≤ limits.high * 2')));
    expect((await named.grade({ y: 1, kind: 'p', x: 4 })).grade).toBe('A');
    expect((await named.grade({ y: 1, kind: 'p', x: 4.1 })).grade).toBeNull();
  });
});
