import { describe, expect, it } from 'vitest';
import { checkRuleSet, formatIssue } from '../../src/index';

// Two grades over x and y, and a table of x limits per grade; each test puts its mistakes in the criteria.
const ruleFile = (criteria: string, { grades = '', table = '', top = '' } = {}) => `schemaVersion: 1
id: test/one-round
version: 1.0.0
industry: test
subject: product
title: { zh: 一轮, en: One round }
references: [{ code: TEST 1, edition: "2026" }]
${top}provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  x: { type: number, label: { zh: x, en: x } }
  y: { type: number, label: { zh: y, en: y } }
tables:
  limits:
    keys: [y]
    columns: [y, low, high]
    rows:
      - ["≤ 10", 5, 7]
${table}grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High }${grades} }
criteria:
${criteria}`;

const check = (text: string) => checkRuleSet(text, { filename: 'r.yaml' });

describe('validation reports schema and semantic problems in one round', () => {
  it('reports a schema error in one criterion and an unknown indicator in another, each where it is', () => {
    const { ruleSet, issues } = check(
      ruleFile(`  - { id: c1, indicator: x, require: 5, grade: low }
  - { id: c2, indicator: xx, require: "≥ 3", grade: low }
  - { id: c3, indicator: y, require: "≤ 9", grade: high }`),
    );
    expect(ruleSet).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      'r.yaml:22:38: "require" must be text that starts with an operator, in quotes, got the number 5: say how to compare, e.g. "≤ 5" (at most) or "≥ 5" (at least); ± and others work too',
      // c2 is the first criterion of the checked copy: located at its own line all the same.
      'r.yaml:23:26: unknown indicator or derived value "xx"; did you mean "x"?',
    ]);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['schema', ['criteria', 0, 'require']],
      ['unknown-indicator', ['criteria', 1, 'indicator']],
    ]);
    expect(issues[1]!.text.zh).toBe('未知的指标或派生值“xx”，是否要写“x”？');
  });

  it('checks the rest beside 100 parts in error, and waits for them to be fixed past that', () => {
    const criteria = (broken: number) =>
      [
        ...Array.from(
          { length: broken },
          (_, i) => `  - { id: b${i}, indicator: x, require: 5, grade: low }`,
        ),
        '  - { id: c2, indicator: xx, require: "≥ 3", grade: low }',
      ].join('\n');
    const codes = (broken: number) => check(ruleFile(criteria(broken))).issues.map((i) => i.code);
    expect(codes(100).filter((c) => c === 'unknown-indicator')).toHaveLength(1);
    const many = codes(101);
    expect(many.filter((c) => c === 'schema')).toHaveLength(101);
    expect(many).not.toContain('unknown-indicator');
  });

  it('says nothing of criteria using a table that has a schema error, and still checks the rest', () => {
    const { issues } = check(
      ruleFile(
        `  - { id: c1, indicator: x, require: "≥ limits", grade: low }
  - { id: c2, indicator: zz, require: "≥ 3", grade: high }`,
        { table: '    title: limits by y\n' },
      ),
    );
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['schema', 18],
      ['unknown-indicator', 24],
    ]);
  });

  it('leaves out what mentions a left-out name, through derived values', () => {
    const text = ruleFile(
      `  - { id: c1, indicator: x, require: "≥ 5", grade: low }
  - { id: c2, indicator: ratio, require: "≥ 1", grade: high }
  - { id: c3, indicator: y, require: "≤ nope", grade: high }`,
      { table: '    title: limits by y\n' },
    ).replace(
      'grades:\n',
      'derived:\n  ratio: { label: { zh: 比, en: Ratio }, formula: "x / limits.low" }\ngrades:\n',
    );
    const { issues } = check(text);
    expect(issues.map((i) => i.code)).toEqual(['schema', 'invalid-requirement']);
    expect(issues[1]!.path).toEqual(['criteria', 2, 'require']);
  });

  it('leaves out a table keyed by an indicator that has a schema error, and what reads the table', () => {
    const { issues } = check(
      ruleFile(`  - { id: c1, indicator: x, require: "≥ limits.low", grade: low }
  - { id: c2, indicator: zz, require: "≥ 3", grade: high }`).replace(
        'y: { type: number,',
        'y: { type: numbr,',
      ),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['schema', ['indicators', 'y', 'type']],
      ['unknown-indicator', ['criteria', 1, 'indicator']],
    ]);
  });

  it('does not call a grade unreachable because its only new requirement has a schema error', () => {
    const { issues } = check(
      ruleFile(`  - { id: x-low, indicator: x, require: "≥ 5", grade: low }
  - { id: x-high, indicator: x, require: "≥ 5", grade: high }
  - { id: y-high, indicator: y, require: "≤ 3", grade: high, gate: yes }
  - { id: c4, indicator: xx, require: "≥ 3", grade: low }`),
    );
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['schema', 24],
      ['unknown-indicator', 25],
    ]);
  });

  it('does not say a criterion is unknown when the one of that id has a schema error', () => {
    const text = ruleFile(
      `  - { id: c1, indicator: x, require: 5, grade: low }
  - { id: c2, indicator: zz, require: "≥ 3", grade: high }
`,
    ).concat(`group:
  statistics:
    passing: { statistic: passRate, of: x, criterion: c1 }
`);
    const { issues } = check(text);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['schema', 22],
      ['unknown-indicator', 23],
    ]);
  });

  it('leaves out the group when a criterion without a readable id might be the one it names', () => {
    const text = ruleFile(
      `  - { idd: c1, indicator: x, require: "≥ 3", grade: low }
  - { id: c2, indicator: zz, require: "≥ 3", grade: high }
`,
    ).concat(`group:
  statistics:
    passing: { statistic: passRate, of: x, criterion: c1 }
`);
    const { issues } = check(text);
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['schema', 22],
      ['schema', 22],
      ['unknown-indicator', 23],
    ]);
  });

  it('checks nothing more when the mistake is in a grade or at the top level', () => {
    const unknown = '  - { id: c1, indicator: xx, require: "≥ 3", grade: low }';
    const inGrade = check(ruleFile(unknown, { grades: ', colour: red' })).issues;
    expect(inGrade.map((i) => [i.code, i.path])).toEqual([['schema', ['grades', 1, 'colour']]]);
    const missing = check(ruleFile(unknown).replace(/^provenance:.*\n/m, '')).issues;
    expect(missing.map((i) => i.code)).toEqual(['schema']);
    const unknownKey = check(ruleFile(unknown, { top: 'critera: []\n' })).issues;
    expect(unknownKey.map((i) => i.code)).toEqual(['schema']);
  });

  it('checks everything when the mistake is only in what the file says about itself', () => {
    const { issues } = check(
      ruleFile(`  - { id: c1, indicator: xx, require: "≥ 3", grade: low }
  - { id: c2, indicator: y, require: "≤ 3", grade: high }`).replace('edition: "2026"', 'edition: 2026'),
    );
    expect(issues.map((i) => i.code)).toEqual(['schema', 'unknown-indicator']);
  });
});
