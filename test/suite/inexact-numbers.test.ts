/**
 * A suite's record number that YAML reads as another double (4.99999999999999999
 * as 5, which meets ≥ 5.00) is a located issue: the case would test a figure it
 * does not show. The same numeral in a CSV cell is an invalid value.
 */
import { describe, expect, it } from 'vitest';
import { parseTestSuite } from '../../src/index';

const suite = (input: string, groups = '') =>
  parseTestSuite(
    `ruleSet: ac.yaml\ncases:\n  - name: a\n    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, ${input} }\n    grade: "2"\n${groups}`,
    'ac.test.yaml',
  );

describe('suite numbers a double does not hold', () => {
  it('are issues at the value, in both languages', () => {
    const parsed = suite('apf: 4.99999999999999999');
    expect('issues' in parsed && parsed.issues.map((i) => [i.code, i.line, i.column, i.text.en])).toEqual([
      [
        'schema',
        4,
        68,
        '4.99999999999999999 has more than 15 significant digits, which qgrade does not read (at 15 digits it is 5; rounded by all its digits it may give another result, and another grade): write the value as the test report gives it (at most 15 significant digits), not a long number a program computed',
      ],
    ]);
    expect('issues' in parsed && parsed.issues[0]!.text.zh).toContain('按 15 位有效数字是 5');
  });

  it('in specimen lists and group records too', () => {
    const parsed = suite(
      'apf: [4.6, 2.0000000000000001]',
      'groups:\n  - name: g\n    records:\n      - { apf: 8.7499999999999999 }\n    grade: "2"\n',
    );
    expect('issues' in parsed && parsed.issues.map((i) => i.path)).toEqual([
      ['cases', 0, 'input', 'apf', 1],
      ['groups', 0, 'records', 0, 'apf'],
    ]);
  });

  it('a numeral beyond the range of numbers or too close to zero is refused as JSON input refuses it', () => {
    for (const [v, en] of [
      ['1e309', '1e309 is beyond the range of numbers'],
      ['-1E+400', '-1E+400 is beyond the range of numbers'],
      ['1e-400', '1e-400 is too close to zero to be represented'],
    ]) {
      const parsed = suite(`apf: ${v}`);
      expect('issues' in parsed && parsed.issues.map((i) => [i.code, i.line, i.column, i.text.en])).toEqual([
        ['schema', 4, 68, en],
      ]);
    }
    const zh = suite('apf: 1e309');
    expect('issues' in zh && zh.issues[0]!.text.zh).toBe('1e309 超出数值范围');
  });

  it("YAML's .inf and .nan are refused: no record holds them", () => {
    for (const v of ['.inf', '-.Inf', '.NaN']) {
      const parsed = suite(`apf: ${v}`);
      expect('issues' in parsed && parsed.issues.map((i) => [i.line, i.column, i.text.en])).toEqual([
        [4, 68, `${v} is not a finite number: write a test case's value in decimal digits`],
      ]);
    }
  });

  it('numbers written to 15 significant digits are read; 16 or more, as CSV refuses them, are not', () => {
    for (const v of ['4.99999999999999', '0.3', '4.50', '4.6200000000000000', '1e3', '1e308', '-0', '0x10'])
      expect('issues' in suite(`apf: ${v}`)).toBe(false);
    // The grader reads 15 digits: a case of 4.999999999999999 would test 5 (standards-30 W1).
    for (const v of ['4.999999999999999', '0.30000000000000004'])
      expect('issues' in suite(`apf: ${v}`)).toBe(true);
  });
});
