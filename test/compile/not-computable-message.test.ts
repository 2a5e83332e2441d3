/**
 * hostile-17 F13: a derived value that cannot be computed was named by its
 * internal name alone (`无法计算 r（除以零）`). It is named by its label,
 * with the values its formula read, and the specimen when it is computed
 * per specimen, as other record errors name theirs.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet, type RecordError } from '../../src/index';

function grader(derived: string, indicators = '') {
  const text = `schemaVersion: 1
id: test/not-computable
version: 1.0.0
industry: test
subject: product
title: { zh: 无法计算, en: Not computable }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B } }${indicators}
derived:
${derived}
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: cr, indicator: r, require: "≥ 0.7" }
`;
  return createGrader(parseRuleSet(text, { filename: 'x.yaml' }));
}

const errorsOf = (g: ReturnType<typeof grader>, record: unknown): RecordError[] =>
  g.gradeSync(record).errors ?? [];

describe('a derived value that cannot be computed', () => {
  it('is named by its label, with the values its formula read', () => {
    const g = grader('  r: { formula: "a / b", label: { zh: 比, en: Ratio } }');
    expect(errorsOf(g, { a: 1, b: 0 })).toEqual([
      {
        field: 'r',
        code: 'not-computable',
        message: {
          zh: '无法由甲 = 1，乙 = 0 计算比（除以零）',
          en: 'r (Ratio) cannot be computed from A = 1, B = 0 (a division by zero)',
        },
      },
    ]);
    // A computable record is graded as before.
    expect(g.gradeSync({ a: 1, b: 1 }).grade).toBe('ok');
  });

  it('names the values of another derived value it reads, and text quoted', () => {
    const g = grader(
      '  d: { formula: "b - 1", label: { zh: 差, en: Difference } }\n  r: { formula: "kind == \\"x\\" ? a / d : 0", label: { zh: 比, en: Ratio } }',
      '\n  kind: { type: enum, values: [x, y], label: { zh: 类别, en: Kind } }',
    );
    const [e] = errorsOf(g, { a: 2, b: 1, kind: 'x' });
    expect(e!.message.en).toBe(
      'r (Ratio) cannot be computed from Kind = "x", A = 2, Difference = 0 (a division by zero)',
    );
    expect(e!.message.zh).toBe('无法由类别 = "x"，甲 = 2，差 = 0 计算比（除以零）');
  });

  it('computed per specimen: names the specimen and its values', () => {
    const g = grader(
      '  r: { formula: "Rm / ReL", label: { zh: 强屈比, en: Strength ratio } }',
      '\n  Rm: { type: number, specimens: 3, label: { zh: 抗拉强度, en: Rm } }\n  ReL: { type: number, specimens: 3, label: { zh: 屈服强度, en: ReL } }',
    );
    const record = { a: 1, b: 1, Rm: [600, 610, 620], ReL: [500, 0, 510] };
    expect(errorsOf(g, record)[0]!.message).toEqual({
      zh: '无法由第 2 个试样的抗拉强度 = 610，屈服强度 = 0 计算强屈比（除以零）',
      en: 'r (Strength ratio) cannot be computed for specimen 2 from Rm = 610, ReL = 0 (a division by zero)',
    });
    // One value stands for every specimen.
    expect(errorsOf(g, { ...record, ReL: [0] })[0]!.message.en).toBe(
      'r (Strength ratio) cannot be computed for specimen 1 from Rm = 600, ReL = 0 (a division by zero)',
    );
  });

  it('a formula of more than eight values names the first eight', () => {
    const names = ['c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const g = grader(
      `  r: { formula: "(a + ${names.join(' + ')}) / b", label: { zh: 比, en: Ratio } }`,
      names.map((n) => `\n  ${n}: { type: number, label: { zh: ${n}, en: ${n} } }`).join(''),
    );
    const record = Object.fromEntries([...names, 'a'].map((n) => [n, 1]));
    const [e] = errorsOf(g, { ...record, b: 0 });
    expect(e!.message.en).toBe(
      'r (Ratio) cannot be computed from A = 1, c = 1, d = 1, e = 1, f = 1, g = 1, h = 1, i = 1, … (a division by zero)',
    );
  });

  // hostile-36 F6: the cause is the one found, not "e.g. a division by zero" for every failure.
  it('says a result beyond ±1.8e308 overflowed, and a NaN is not a number', () => {
    const g = grader('  r: { formula: "a ** b", label: { zh: 幂, en: Power } }');
    expect(errorsOf(g, { a: 10, b: 400 })[0]!.message).toEqual({
      zh: '无法由甲 = 10，乙 = 400 计算幂（结果超出 ±1.8e308，超出了可表示的数值范围）',
      en: 'r (Power) cannot be computed from A = 10, B = 400 (the result is beyond ±1.8e308, the largest number that can be held)',
    });
    expect(errorsOf(g, { a: -8, b: 0.5 })[0]!.message).toEqual({
      zh: '无法由甲 = -8，乙 = 0.5 计算幂（结果不是数，例如负数开平方）',
      en: 'r (Power) cannot be computed from A = -8, B = 0.5 (the result is not a number, e.g. the root of a negative number)',
    });
    // Boundaries: 10 ** 308 is a number (graded), 1e308 / 1e-308 is not.
    expect(g.gradeSync({ a: 10, b: 308 }).grade).toBe('ok');
    const ratio = grader('  r: { formula: "a / b", label: { zh: 比, en: Ratio } }');
    expect(errorsOf(ratio, { a: 1e308, b: 1e-308 })[0]!.message.en).toBe(
      'r (Ratio) cannot be computed from A = 1e+308, B = 1e-308 (the result is beyond ±1.8e308, the largest number that can be held)',
    );
    // 0 / 0 and a % 0 are NaN from a division by zero: said so, not "not a number".
    expect(errorsOf(ratio, { a: 0, b: 0 })[0]!.message.en).toContain('(a division by zero)');
    const rest = grader('  r: { formula: "a % b", label: { zh: 余, en: Rest } }');
    expect(errorsOf(rest, { a: 5, b: 0 })[0]!.message.zh).toBe('无法由甲 = 5，乙 = 0 计算余（除以零）');
    // The innermost part that failed names it: sqrt of a negative inside a sum, a division inside a root.
    const root = grader('  r: { formula: "sqrt(a - b) + 1", label: { zh: 根, en: Root } }');
    expect(errorsOf(root, { a: 1, b: 2 })[0]!.message.en).toContain('(the result is not a number');
    const nested = grader('  r: { formula: "sqrt(a / b)", label: { zh: 根, en: Root } }');
    expect(errorsOf(nested, { a: 1, b: 0 })[0]!.message.en).toContain('(a division by zero)');
    // Only the branch a condition took: the other's division by zero is not the cause.
    const cond = grader('  r: { formula: "a > 0 ? a ** b : a / (a - 10)", label: { zh: 幂, en: Power } }');
    expect(errorsOf(cond, { a: 10, b: 400 })[0]!.message.en).toContain('(the result is beyond ±1.8e308');
  });

  it('a limit formula says its cause too, zh and en', () => {
    const text = `schemaVersion: 1
id: test/limit-cause
version: 1.0.0
industry: test
subject: product
title: { zh: 限值, en: Limit }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: cr, indicator: a, require: "≥ b ** 2" }
`;
    const g = createGrader(parseRuleSet(text, { filename: 'limit.yaml' }));
    expect(errorsOf(g as ReturnType<typeof grader>, { a: 1, b: 1e200 })[0]!.message).toEqual({
      zh: '无法计算要求 cr 的限值 b ** 2（结果超出 ±1.8e308，超出了可表示的数值范围），记录不予分级',
      en: 'the limit b ** 2 of requirement cr cannot be computed from these values (the result is beyond ±1.8e308, the largest number that can be held), so the record is not graded',
    });
    expect(g.gradeSync({ a: 1, b: 1 }).grade).toBe('ok');
    // The overflow is b's: the error's field (an invalid-fields column) names b, not the criterion's a (hostile-38 M7).
    expect(errorsOf(g as ReturnType<typeof grader>, { a: 1, b: 1e200 })[0]!.field).toBe('b');
  });

  it("a limit's division by zero names the divisor's field, not the criterion's indicator (hostile-38 M7)", () => {
    const text = `schemaVersion: 1
id: test/limit-divisor
version: 1.0.0
industry: test
subject: product
title: { zh: 限值, en: Limit }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  efficacy: { type: number, label: { zh: 光效, en: Efficacy } }
  cri: { type: number, label: { zh: 显色指数, en: CRI } }
  k: { type: number, label: { zh: 系数, en: K } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: ratio, indicator: efficacy, require: "≥ k * 1000 / (cri - 80)" }
`;
    const g = createGrader(parseRuleSet(text, { filename: 'divisor.yaml' })) as ReturnType<typeof grader>;
    const [error] = errorsOf(g, { efficacy: 120, cri: 80, k: 1 });
    expect(error!.field).toBe('cri');
    expect(error!.message.en).toBe(
      'the limit k * 1000 / (cri - 80) of requirement ratio cannot be computed from these values (a division by zero), so the record is not graded',
    );
    // One past the boundary it is a number: 1000 / 1 = 1000, and 120 does not meet it.
    expect(g.gradeSync({ efficacy: 120, cri: 81, k: 1 }).grade).toBeNull();
  });
});
