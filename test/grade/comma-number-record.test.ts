/**
 * A number written with a comma in a JSON record (`"5,00"`) or a suite case's
 * YAML (`apf: 5,00`, text outside brackets): the message says the number to
 * write, as a table cell's does (hostile-27 M6).
 */
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';

const RULES = `schemaVersion: 1
id: test/comma-number
version: 1.0.0
industry: test
subject: product
title: { zh: 逗号, en: Comma }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  x: { type: number, label: { zh: 数值, en: Value } }
grades:
  - { id: "1", label: { zh: 合格品, en: Conforming } }
criteria:
  - { id: c1, indicator: x, require: "≥ 1", grade: "1" }
`;

describe('a number with a comma in a record', async () => {
  const grader = createGrader(await parseRuleSet(RULES, { filename: 't.yaml' }));
  const message = (x: unknown) => grader.gradeSync({ x }).errors?.[0]?.message;

  it('"5,00": the decimal to write, in both languages', () => {
    expect(message('5,00')).toEqual({
      zh: '数值应为数值，实际为 "5,00"，含逗号：若它是一个用“,”作小数点的数，请写 5.00（小数点写作“.”）',
      en: 'x (Value) must be a number, got "5,00", which has a comma in it: if it is one number with a decimal comma, write 5.00 (a decimal point)',
    });
  });

  it('"1,700": both readings; "1,234,567": the thousands; "1,2,3": no number to write', () => {
    expect(message('1,700')?.en).toMatch(
      /write 1\.700 if "," is its decimal mark, or 1700 if "," separates thousands/,
    );
    expect(message('1,234,567')?.en).toMatch(/with thousands separators, write 1234567 /);
    expect(message('1,2,3')?.en).toBe('x (Value) must be a number, got "1,2,3"');
  });

  it('5.00 is graded', () => {
    expect(grader.gradeSync({ x: 5.0 }).grade).toBe('1');
  });
});
