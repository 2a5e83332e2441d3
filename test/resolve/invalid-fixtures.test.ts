import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, formatIssue, parseRuleSet, RuleSetError } from '../../src/index';

const dir = new URL('../fixtures/invalid/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('rule files with mistakes', () => {
  it.each(fixtures)('%s is reported where the mistake is', (name) => {
    const text = readFileSync(new URL(name, dir), 'utf8');
    // Each fixture names the issue it must produce: "# expect: <code> <line>:<column>".
    const [, code, line, column] = /^# expect: (\S+) (\d+):(\d+)/.exec(text)!;
    const { ruleSet, issues } = checkRuleSet(text, { filename: name });
    expect(ruleSet).toBeUndefined();
    expect(issues.map(formatIssue)).toContain(
      formatIssue(
        issues.find((i) => i.code === code && i.line === Number(line)) ?? ({ code, line: -1 } as never),
      ),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ code, line: Number(line), column: Number(column), file: name }),
    );
  });

  it('reports every problem, not just the first', () => {
    const text = readFileSync(new URL('unknown-grade.yaml', dir), 'utf8').replace(
      'indicator: x',
      'indicator: nope',
    );
    const codes = checkRuleSet(text, { filename: 'multi.yaml' }).issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['unknown-indicator', 'unknown-grade']));
  });

  it('throws a RuleSetError whose message lists file:line:column for each problem', () => {
    const text = readFileSync(new URL('unknown-indicator.yaml', dir), 'utf8');
    try {
      parseRuleSet(text, { filename: 'rules/x.yaml' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetError);
      const e = error as RuleSetError;
      expect(e.code).toBe('rule-set');
      expect(e.issues[0]).toMatchObject({
        code: 'unknown-indicator',
        file: 'rules/x.yaml',
        line: 18,
        column: 16,
        path: ['criteria', 0, 'indicator'],
      });
      expect(e.message).toContain(
        'rules/x.yaml:18:16: unknown indicator or derived value "xx"; did you mean "x"?',
      );
    }
  });

  it('rejects a document that is not a mapping, and an empty file', () => {
    expect(checkRuleSet('- a\n- b\n').issues[0]!.code).toBe('not-a-mapping');
    expect(checkRuleSet('').issues[0]!.code).toBe('not-a-mapping');
    expect(checkRuleSet('\u0000\u0001\u00ff garbage: [').issues.length).toBeGreaterThan(0);
  });

  it('a sample given where the rule file goes (-r samples.csv, -r records.json) says it looks like data to grade', () => {
    const csv = readFileSync(new URL('../../examples/air-conditioners-zh.csv', import.meta.url));
    const records = readFileSync(new URL('../../examples/room-air-conditioners.json', import.meta.url));
    for (const [bytes, filename] of [
      [csv, 'samples.csv'],
      [records, 'records.yaml'],
    ] as const) {
      const [issue, ...more] = checkRuleSet(bytes, { filename }).issues;
      expect(more).toEqual([]);
      expect(issue!.code).toBe('not-a-mapping');
      expect(issue!.text.en).toBe(
        'a rule file must be a mapping (key: value) at the top level; this looks like data to grade, not a rule file (give data to grade as the input)',
      );
      expect(issue!.text.zh).toContain('这看起来是要评级的数据');
    }
    // A list that holds no records is only not a mapping.
    expect(checkRuleSet('- a\n- b\n', { filename: 'r.yaml' }).issues[0]!.text.en).toBe(
      'a rule file must be a mapping (key: value) at the top level',
    );
  });
});
