import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { jreOperator } from '../../src/model/operators';

const widget = readFileSync(new URL('../fixtures/valid/widget.yaml', import.meta.url), 'utf8');
const record = { kind: 'a', size: 10, strength: [420, 430, 440], load: [300, 310, 320], safe: true };

/** The widget fixture with a `when` on its "ratio" criterion. */
function withWhen(when: string): string {
  const text = widget.replace(
    '    require: "≥ limits.ratioMin"\n',
    `    require: "≥ limits.ratioMin"\n    when: ${when}\n`,
  );
  expect(text).not.toBe(widget);
  return text;
}

function lineOf(text: string, part: string): number {
  return text.split('\n').findIndex((l) => l.includes(part)) + 1;
}

describe('a json-rules-engine condition in a when is checked as a condition is', () => {
  it.each(['divisibleBy', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'operator %s is refused at its line, not left to crash grading',
    (operator) => {
      for (const when of [
        `{ all: [{ fact: size, operator: ${operator}, value: 5 }] }`,
        `{ fact: size, operator: ${operator}, value: 5 }`,
        `{ not: { fact: size, operator: ${operator}, value: 5 } }`,
      ]) {
        const text = withWhen(when);
        const { ruleSet, issues } = checkRuleSet(text, { filename: 'when.yaml' });
        expect(ruleSet, when).toBeUndefined();
        expect(issues, when).toContainEqual(
          expect.objectContaining({
            code: 'schema',
            line: lineOf(text, 'when:'),
            message: expect.stringContaining('"operator" must be one of "equal"'),
          }),
        );
      }
    },
  );

  it('a near miss gets a did-you-mean, in both languages', () => {
    const text = withWhen('{ fact: size, operator: greaterthan, value: 5 }');
    const [issue] = checkRuleSet(text, { filename: 'when.yaml' }).issues;
    expect(issue).toMatchObject({
      code: 'schema',
      message: expect.stringContaining('did you mean "greaterThan"?'),
    });
    expect(issue?.text.zh).toContain('是否要写“greaterThan”？');
  });

  it.each([
    '{ all: 5 }',
    '{ any: [5] }',
    '{ not: [] }',
    '{ fact: 5, operator: equal, value: 5 }',
    '{ fact: size, operator: equal, value: 5, path: "$.size" }',
    '{ fact: size, operator: equal }',
  ])('a malformed condition %s is a located schema issue, not an internal error', (when) => {
    const text = withWhen(when);
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'when.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i).toMatchObject({ code: 'schema', line: lineOf(text, 'when:') });
  });

  it('a requiredWhen in the same syntax is held to the same operators', () => {
    const text = widget.replace(
      '    required: false\n',
      '    required: false\n    requiredWhen: { fact: size, operator: toString, value: 5 }\n',
    );
    expect(text).not.toBe(widget);
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'when.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: 'schema', line: lineOf(text, 'requiredWhen:') });
  });

  it('a valid one still grades, with both engines', async () => {
    const text = withWhen('{ all: [{ fact: size, operator: greaterThan, value: 5 }] }');
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'when.yaml' });
    expect(issues).toEqual([]);
    const compiled = createGrader(ruleSet!).gradeSync(record);
    const jre = await createGrader(ruleSet!, { engine: 'json-rules-engine' }).grade(record);
    expect(compiled.errors).toBeUndefined();
    expect(jre.grade).toBe(compiled.grade);
  });

  it('operator lookups never reach Object.prototype', () => {
    expect(jreOperator('greaterThan')?.symbol).toBe('>');
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])
      expect(jreOperator(name), name).toBeUndefined();
  });
});

describe('values named like Object.prototype members are values like any other', () => {
  const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];

  /** The widget with a derived value `name` (twice the size) that a criterion limits. */
  function withDerived(name: string): string {
    const text = widget
      .replace(
        'derived:\n',
        `derived:\n  ${name}:\n    label: { zh: 双倍尺寸, en: Double size }\n    formula: size * 2\n`,
      )
      .replace('criteria:\n', `criteria:\n  - { id: double, indicator: ${name}, require: "≤ 30" }\n`);
    expect(text).not.toBe(widget);
    return text;
  }

  /** The widget with an optional indicator `name` that a criterion limits. */
  function withIndicator(name: string): string {
    const text = widget
      .replace(
        'indicators:\n',
        `indicators:\n  ${name}:\n    type: number\n    required: false\n    default: 0\n    label: { zh: 附加, en: Extra }\n`,
      )
      .replace('criteria:\n', `criteria:\n  - { id: extra, indicator: ${name}, require: "≤ 30" }\n`);
    expect(text).not.toBe(widget);
    return text;
  }

  function grades(text: string, records: Record<string, unknown>[]) {
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'names.yaml' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const grader = createGrader(ruleSet!);
    return records.map((r) => {
      const result = grader.gradeSync(r);
      const c = result.criteria.find((x) => x.id === 'double' || x.id === 'extra');
      return { grade: result.grade, status: c?.status, label: c?.label.en };
    });
  }

  it.each(NAMES)('a derived value named %s grades as one named "doubled" does', (name) => {
    const records = [record, { ...record, size: 20 }];
    const expected = grades(withDerived('doubled'), records);
    expect(expected.map((e) => e.status)).toEqual(['passed', 'failed']);
    expect(grades(withDerived(name), records)).toEqual(expected);
    expect(expected[0]?.label).toBe('Double size');
  });

  it.each(NAMES)('an indicator named %s grades as one named "extra" does', (name) => {
    const expected = grades(withIndicator('extra'), [
      { ...record, extra: 10 },
      { ...record, extra: 40 },
    ]);
    expect(expected.map((e) => e.status)).toEqual(['passed', 'failed']);
    expect(
      grades(withIndicator(name), [
        { ...record, [name]: 10 },
        { ...record, [name]: 40 },
      ]),
    ).toEqual(expected);
  });

  it('a group statistic of a derived value named valueOf is labelled with its label', () => {
    const lot = readFileSync(new URL('../fixtures/group/lot.yaml', import.meta.url), 'utf8');
    const text = lot
      .replace(
        'grades:\n',
        'derived:\n  valueOf:\n    label: { zh: 双倍强度, en: Double strength }\n    formula: strength * 2\ngrades:\n',
      )
      .replace('  statistics:\n', '  statistics:\n    dbl: { statistic: mean, of: valueOf }\n');
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'lot.yaml' });
    expect(issues).toEqual([]);
    const result = createGrader(ruleSet!).gradeGroup([{ strength: 50 }, { strength: 52 }]);
    const dbl = result.statistics.find((s) => s.id === 'dbl');
    expect(dbl).toMatchObject({ value: 102, label: { zh: '双倍强度平均值', en: 'Mean of double strength' } });
  });

  it('__proto__ is refused as a name, at its line', () => {
    for (const text of [withDerived('__proto__'), withIndicator('__proto__')]) {
      const { ruleSet, issues } = checkRuleSet(text, { filename: 'names.yaml' });
      expect(ruleSet).toBeUndefined();
      expect(issues).toContainEqual(
        expect.objectContaining({ code: 'schema', line: lineOf(text, '  __proto__:') }),
      );
    }
  });
});
