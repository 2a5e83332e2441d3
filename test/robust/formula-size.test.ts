/**
 * A formula has at most 256 operators and 64 levels of brackets, checked on
 * its text before anything recurses over it. A chain of 3,000 `x + x + …`
 * used to escape `checkRuleSet` as a RangeError, and 5,000 brackets gave
 * the parser's English "Maximum call stack size exceeded".
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet } from '../../src/index';
import { MAX_DERIVED_DEPTH } from '../../src/resolve/resolve-values';
import { MAX_FORMULA_NESTING, MAX_FORMULA_OPERATORS } from '../../src/syntax/formula-size';
import { graderPair } from '../helpers';

/** A rule set whose derived value `z` has `formula`, and whose limit for `x` is `limit`. */
function ruleText(formula: string, limit = '≥ 1', kValues = ['a', 'b']): string {
  return `schemaVersion: 1
id: test/formula-size
version: 1.0.0
industry: test
subject: product
title: { zh: 公式大小, en: Formula size }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
  k: { type: enum, values: ${JSON.stringify(kValues)}, label: { zh: 类, en: K } }
derived:
  z: { label: { zh: 丙, en: Z }, formula: ${JSON.stringify(formula)} }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: z-min, indicator: z, require: "≥ 0" }
  - { id: x-min, indicator: x, require: "${limit}" }
`;
}

const FORMULA_LINE = 13;
const FORMULA_COLUMN = 42; // the opening quote of the formula
const terms = (n: number, op: string) => Array(n).fill('x').join(` ${op} `);

function issuesOf(text: string) {
  return checkRuleSet(text, { filename: 'size.yaml' }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));
}

describe('a formula too big to read is a located issue', () => {
  it.each([
    ['3,000 terms added', terms(3000, '+'), 2999],
    ['3,000 powers', terms(3000, '**'), 2999],
    ['20,000 minus signs', `${'-'.repeat(20_000)}x`, 20_000],
  ])('%s', (_, formula, operators) => {
    const issues = issuesOf(ruleText(formula));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-formula', line: FORMULA_LINE });
    expect(issues[0]!.column).toBeGreaterThan(FORMULA_COLUMN + 256);
    expect(issues[0]!.en).toBe(
      `formula of "z": ${operators} operators, too long; at most 256 are allowed (split it into derived values)`,
    );
    expect(issues[0]!.zh).toBe(
      `“z”的公式：有 ${operators} 个运算符，过长；最多允许 256 个（可拆分为几个派生值）`,
    );
  });

  it('the 257th operator is where the issue points', () => {
    const [issue] = issuesOf(ruleText(terms(300, '+')));
    // "x + x + …": the n-th "+" is 4n − 1 columns after the opening quote.
    expect(issue!.column).toBe(FORMULA_COLUMN + 4 * 257 - 1);
  });

  it.each([
    ['5,000 brackets', `${'('.repeat(5000)}x${')'.repeat(5000)}`, 5000],
    ['3,000 nested calls', `${'abs('.repeat(3000)}x${')'.repeat(3000)}`, 3000],
  ])('%s', (_, formula, depth) => {
    const issues = issuesOf(ruleText(formula));
    expect(issues).toEqual([
      {
        code: 'invalid-formula',
        line: FORMULA_LINE,
        column: FORMULA_COLUMN + formula.indexOf('(') + 1 + (formula.startsWith('abs') ? 4 : 1) * 64,
        en: `formula of "z": brackets nested ${depth} levels deep, too deep; at most 64 levels are allowed`,
        zh: `“z”的公式：括号嵌套 ${depth} 层，过深；最多允许 64 层`,
      },
    ]);
  });

  it('in a limit written as a formula too', () => {
    const issues = issuesOf(ruleText('x', `≥ ${terms(3000, '+')}`));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'invalid-requirement',
        en: 'limit of "x": 2999 operators, too long; at most 256 are allowed (split it into derived values)',
      }),
    ]);
  });
});

describe('formulas up to the limits read and grade', () => {
  it.each([
    ['256 operators', terms(MAX_FORMULA_OPERATORS + 1, '+'), 257],
    ['64 levels of brackets', `${'('.repeat(MAX_FORMULA_NESTING)}x${')'.repeat(MAX_FORMULA_NESTING)}`, 1],
    [
      'both, with calls and conditions',
      `${'abs('.repeat(MAX_FORMULA_NESTING - 1)}(${Array(85).fill('k == "a" ? x :').join(' ')} x)${')'.repeat(MAX_FORMULA_NESTING - 1)}`,
      1,
    ],
  ])('%s', async (_, formula, times) => {
    const pair = graderPair(parseRuleSet(ruleText(formula), { filename: 'size.yaml' }));
    const result = await pair.grade({ x: 2, k: 'a' });
    expect(result.grade).toBe('ok');
    expect(result.criteria.find((c) => c.id === 'z-min')!.value).toBe(2 * times);
  });

  it('operators inside quoted text are not counted', () => {
    const quoted = `"${'+'.repeat(1000)}${'('.repeat(100)}"`;
    // The text is one of k's values: a value k does not take is an error of its own (newcomer-37 W1).
    const value = JSON.parse(quoted) as string;
    expect(issuesOf(ruleText(`k == ${quoted} ? 0 : x`, '≥ 1', ['a', 'b', value]))).toEqual([]);
  });
});

/** A scored rule set with `dimensions` dimensions of `items` items each, all scoring `x`. */
function scoredText(dimensions: number, items: number): string {
  const dimension = (i: number) =>
    `    - { id: d${i}, label: { zh: 维, en: D }, weight: 1, items: [${Array(items).fill('{ indicator: x }').join(', ')}] }`;
  return `${ruleText('x').split('derived:')[0]}grades:
  - { id: ok, label: { zh: 合格, en: OK } }
scoring:
  dimensions:
${Array.from({ length: dimensions }, (_, i) => dimension(i)).join('\n')}
  cutoffs: { ok: 10 }
`;
}

describe('a weighted mean is one sum, and is held to a size too', () => {
  it('a dimension of 20,000 items is a located issue, not a RangeError', () => {
    const issues = issuesOf(scoredText(1, 20_000));
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'invalid-scoring',
        line: 16,
        en: 'dimension "d0" has 20000 items, too many; at most 256 are allowed (split it into several dimensions)',
        zh: '维度“d0”有 20000 个评分项，过多；最多允许 256 个（可拆分为几个维度）',
      }),
    ]);
  });

  it('so are 300 dimensions, at the 257th', () => {
    expect(issuesOf(scoredText(300, 1))).toEqual([
      expect.objectContaining({
        code: 'invalid-scoring',
        line: 16 + 256,
        en: 'scoring has 300 dimensions, too many; at most 256 are allowed',
        zh: '评分有 300 个维度，过多；最多允许 256 个',
      }),
    ]);
  });

  it.each([
    [256, 1],
    [1, 256],
  ])('%i dimensions of %i items read and grade', async (dimensions, items) => {
    const pair = graderPair(parseRuleSet(scoredText(dimensions, items), { filename: 'scored.yaml' }));
    const result = await pair.grade({ x: 50, k: 'a' });
    expect(result.grade).toBe('ok');
    expect(result.scores?.total).toBe(50);
  });
});

/** A rule set with `n` derived values, each the one before plus 1 (`d0` is `x + 1`), written last first or in order. */
function chainText(n: number, lastFirst: boolean): string {
  const order = Array.from({ length: n }, (_, i) => (lastFirst ? n - 1 - i : i));
  const derived = order.map(
    (i) => `  d${i}: { label: { zh: 值${i}, en: D${i} }, formula: "${i === 0 ? 'x' : `d${i - 1}`} + 1" }`,
  );
  return `schemaVersion: 1
id: test/derived-depth
version: 1.0.0
industry: test
subject: product
title: { zh: 派生层数, en: Derived depth }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
derived:
${derived.join('\n')}
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: end, indicator: d${n - 1}, require: "≤ 1000" }
`;
}

describe('derived values are computed through at most 64 levels of others', () => {
  it.each([
    [false, 65, 'd64', 11 + 65],
    [true, 65, 'd64', 12],
    // Resolved depth first from the last: 3,000 ran out of stack ("internal error").
    [true, 3000, 'd2999', 12],
  ])('written last first: %s, %i levels: one issue, at %s', (lastFirst, n, name, line) => {
    expect(MAX_DERIVED_DEPTH).toBe(64);
    expect(issuesOf(chainText(n, lastFirst))).toEqual([
      {
        code: 'invalid-formula',
        line,
        column: expect.any(Number),
        en: `"${name}" is computed through more than 64 levels of other derived values; at most 64 are allowed`,
        zh: `“${name}”经由超过 64 层其他派生值计算，层数过多；最多允许 64 层`,
      },
    ]);
  });

  it.each([false, true])('64 levels (written last first: %s) read and grade', async (lastFirst) => {
    const pair = graderPair(parseRuleSet(chainText(64, lastFirst), { filename: 'chain.yaml' }));
    // d63 = x + 64: 936 meets ≤ 1000 at exactly 1000, 937 does not.
    expect((await pair.grade({ x: 936 })).grade).toBe('ok');
    expect((await pair.grade({ x: 937 })).grade).toBeNull();
  });
});
