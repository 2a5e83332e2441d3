import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, formatIssue } from '../../src/index';

// The issue's example: grade "high" asks x ≥ 60 and y ≤ 5, "mid" asks x ≥ 70.
const ladder = (high: string) => `schemaVersion: 1
id: test/ladder
version: 1.0.0
industry: test
subject: product
title: { zh: 阶梯, en: Ladder }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  x: { type: number, label: { zh: x, en: x } }
  y: { type: number, label: { zh: y, en: y } }
grades:
  - { id: mid, label: { zh: 中, en: Mid } }
  - { id: high, label: { zh: 高, en: High } }
criteria:
  - { id: x-mid, indicator: x, require: "≥ 70", grade: mid }
${high}`;

describe('ladder checks reject only what is really unreachable', () => {
  it('accepts x ≥ 60 ∧ y ≤ 5 over x ≥ 70, with a warning that x ≥ 60 never decides', async () => {
    const { ruleSet, issues } = checkRuleSet(
      ladder(`  - { id: x-high, indicator: x, require: "≥ 60", grade: high }
  - { id: y-high, indicator: y, require: "≤ 5", grade: high }`),
      { filename: 'ladder.yaml' },
    );
    expect(ruleSet).toBeDefined();
    expect(issues.map(formatIssue)).toEqual([
      'ladder.yaml:17:5: warning: grade "high" asks x ≥ 60, looser than grade "mid" (≥ 70); a record must meet "mid" to reach "high", so ≥ 60 never decides: write ≥ 70 or stricter, or remove it; if the standard asks less of "high" because its test differs (a lower test temperature, say), write that test as a requirement of its own, given by a "when" to the records tested so that also meet "high"\'s other requirements; do not key the limit by the test condition alone: a record missing "high"\'s other requirements falls to a lower grade, which still asks ≥ 70 (see "Grades are cumulative" in docs/rule-format.md)',
    ]);
    expect(issues[0]!.text.zh).toBe(
      '等级“高”要求“x ≥ 60”，比等级“中”的要求（≥ 70）宽；记录须先满足“中”才能达到“高”，所以 ≥ 60 从不起决定作用：请写成 ≥ 70 或更严，或者删去；若标准因试验条件不同（如更低的试验温度）对“高”要求较低，请把该试验写成单独的要求，用“when”交给在该条件下试验、且满足“高”其他要求的记录；不要只按试验条件取限值：不满足“高”其他要求的记录退到较低等级，那里仍要求 ≥ 70（见 docs/rule-format.zh-CN.md“等级是累进的”一段）',
    );
    const grader = createGrader(ruleSet!);
    // x 75, y 9 reaches mid: the grade the old check called unreachable.
    expect((await grader.grade({ x: 75, y: 9 })).grade).toBe('mid');
    expect((await grader.grade({ x: 75, y: 5 })).grade).toBe('high');
  });

  it('an upper limit: a higher grade allowing more (≤ 12.0 over ≤ 1.45, a typo for 1.20) is told "looser", not "lower"', () => {
    const { issues } = checkRuleSet(
      ladder(`  - { id: y-mid, indicator: y, require: "≤ 1.45", grade: mid }
  - { id: y-high, indicator: y, require: "≤ 12.0", grade: high }
  - { id: x-high, indicator: x, require: "≥ 80", grade: high }`),
      { filename: 'ladder.yaml' },
    );
    const warning = issues.find((i) => i.code === 'non-monotonic');
    expect(warning?.text.en).toContain('grade "high" asks y ≤ 12.0, looser than grade "mid" (≤ 1.45)');
    expect(warning?.text.en).toContain('write ≤ 1.45 or stricter');
    expect(warning?.text.zh).toContain('等级“高”要求“y ≤ 12.0”，比等级“中”的要求（≤ 1.45）宽；');
    expect(warning?.text.zh).not.toContain('低于');
  });

  it('rejects a higher grade that asks only less: the lower grade could never be the result', () => {
    const { ruleSet, issues } = checkRuleSet(
      ladder('  - { id: x-high, indicator: x, require: "≥ 60", grade: high }'),
      { filename: 'ladder.yaml' },
    );
    expect(ruleSet).toBeUndefined();
    expect(issues).toEqual([
      // Every limit asks less of the later grade: are the grades listed upside down?
      expect.objectContaining({ code: 'non-monotonic', severity: 'warning', line: 13 }),
      expect.objectContaining({ code: 'non-monotonic', severity: 'error', line: 17 }),
    ]);
    expect(issues[0]!.text.zh).toBe(
      '“grades”从最低的等级排起；这里每一项可比较的限值都是排在后面的等级要求更低，等级是否排反了？标准常把最好的等级（如 1 级）列在最前，在“grades”中它应排在最后',
    );
    expect(issues[1]!.message).toContain('grade "mid" could never be the result');
  });

  it('rejects a higher grade that repeats the lower grade exactly', () => {
    const { issues } = checkRuleSet(
      ladder('  - { id: x-high, indicator: x, require: "≥ 70", grade: high }'),
      {
        filename: 'ladder.yaml',
      },
    );
    expect(issues).toEqual([
      expect.objectContaining({ code: 'unreachable-grade', severity: 'error', line: 17 }),
    ]);
  });

  it('accepts a higher grade that asks more', () => {
    const { issues } = checkRuleSet(
      ladder('  - { id: x-high, indicator: x, require: "≥ 80", grade: high }'),
      {
        filename: 'ladder.yaml',
      },
    );
    expect(issues).toEqual([]);
  });

  it.each([
    // GB/T 8170's example: 96.96 meets ≥ 97.0 by the rounded value, not by the full value.
    ['full value at the higher grade', 'rounded', 'full', 96.96],
    [
      'a rounding interval of 1 at the lower grade, 0.1 above',
      'rounded, interval: 1',
      'rounded, interval: 0.1',
      96.6,
    ],
  ])('accepts the same limit compared by %s: %s reaches only the lower grade', async (_, low, high, x) => {
    const { ruleSet, issues } = checkRuleSet(
      ladder(`  - { id: x-high, indicator: x, require: "≥ 70", grade: high }`)
        .replace('require: "≥ 70", grade: mid }', `require: "≥ 97.0", comparison: ${low}, grade: mid }`)
        .replace('require: "≥ 70", grade: high }', `require: "≥ 97.0", comparison: ${high}, grade: high }`),
      { filename: 'ladder.yaml' },
    );
    expect(issues).toEqual([]);
    const grader = createGrader(ruleSet!);
    expect((await grader.grade({ x, y: 0 })).grade).toBe('mid');
    expect((await grader.grade({ x: 97, y: 0 })).grade).toBe('high');
  });
});

// Chinese messages named grades by id ("等级“first-class”没有自己的要求…“qualified”"); a committee knows them by label.
describe('Chinese ladder messages name grades by their Chinese label', () => {
  const text = (grades: string) => `schemaVersion: 1
id: test/ladder-names
version: 1.0.0
industry: test
subject: product
title: { zh: 阶梯, en: Ladder }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  x: { type: number, label: { zh: x, en: x } }
grades:
${grades}
criteria:
  - { id: x-ok, indicator: x, require: "≥ 70" }
`;

  it('a grade with no requirement of its own', () => {
    const { issues } = checkRuleSet(
      text(`  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first-class, label: { zh: 一等品, en: First class } }`),
    );
    expect(issues.map((i) => i.text)).toEqual([
      {
        zh: '等级“一等品”没有自己的要求，因此达到“合格品”的记录也都达到“一等品”，“合格品”永远不会成为结果',
        en: 'grade "first-class" has no requirement of its own, so every record reaching "qualified" reaches "first-class" too and "qualified" can never be the result',
      },
    ]);
  });

  it('by id where two grades share a label (itself an error since newcomer-26 M2)', () => {
    const { issues } = checkRuleSet(
      text(`  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: superior, label: { zh: 优等品, en: S } }
  - { id: superior-plus, label: { zh: 优等品, en: Superior } }`),
    );
    expect(issues.map((i) => i.text.zh)).toEqual([
      '等级“superior”没有自己的要求，因此达到“合格品”的记录也都达到“superior”，“合格品”永远不会成为结果',
      '等级“superior-plus”没有自己的要求，因此达到“superior”的记录也都达到“superior-plus”，“superior”永远不会成为结果',
      '等级“superior-plus”与等级“superior”的中文标签同为“优等品”：结果中等级按标签显示，两者无法区分；请给“superior-plus”另起标签',
    ]);
  });
});

// Newcomer sweep 3.5: a grade table in a standard's order, best first. Some rows have `n/a` for the best
// grade, so the later grades "ask something new" there, and the hint was not given.
const bestFirst = `schemaVersion: 1
id: test/best-first
version: 1.0.0
industry: test
subject: product
title: { zh: 倒序, en: Best first }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  strengthClass: { type: enum, values: ["42.5", "42.5R", "52.5", "52.5R"], label: { zh: 强度等级, en: Strength class } }
  s3: { type: number, unit: MPa, range: "> 0", label: { zh: 3天抗压强度, en: 3-day strength } }
grades:
  - { id: superior, label: { zh: 优等品, en: Superior } }
  - { id: first, label: { zh: 一等品, en: First class } }
  - { id: conforming, label: { zh: 合格品, en: Conforming } }
tables:
  strength3d:
    keys: [strengthClass]
    columns: [strengthClass, conforming, first, superior]
    rows:
      - ["42.5", 17.0, 19.0, 22.0]
      - ["42.5R", 22.0, 24.0, n/a]
      - ["52.5", 23.0, 25.0, 28.0]
      - ["52.5R", 27.0, 29.0, n/a]
criteria:
  - { id: s3, indicator: s3, require: "≥ strength3d" }
`;

describe('grades listed best first', () => {
  it('every limit reversed: one error at `grades` saying they are listed high→low, in place of the per-limit ones (newcomer-30 M2)', () => {
    const { ruleSet, issues } = checkRuleSet(bestFirst, { filename: 'b.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['non-monotonic', 'error', 12, 1],
    ]);
    expect(issues[0]!.message).toBe(
      '"grades" lists the grades from the lowest to the highest (docs/rule-format.md); here all 6 limits compared ask less of a later grade, ' +
        'so the grades are listed high→low: "conforming", listed last, is taken as the highest grade. Reverse the order of "grades", ' +
        'lowest grade first and highest last ("superior" last); table columns and the requirements\' "grade" stay as they are',
    );
    expect(issues[0]!.text.zh).toBe(
      '“grades”要从最低的等级写到最高的等级（见 docs/rule-format.zh-CN.md）；这里比较的 6 个限值全都是排在后面的等级要求更低，' +
        '等级写成了从高到低：现在“合格品”排在最后，被当作最高等级。请把“grades”的顺序倒过来，从最低的等级写到最高的等级（“优等品”写在最后）；表的列和要求的“grade”不用改',
    );
  });

  it('listed lowest first, the same table loads with no issue', () => {
    const fixed = bestFirst.replace(
      / {2}- \{ id: superior.*\n {2}- \{ id: first.*\n {2}- \{ id: conforming.*\n/,
      (m) => `${m.split('\n').filter(Boolean).reverse().join('\n')}\n`,
    );
    expect(checkRuleSet(fixed).issues).toEqual([]);
  });
});

// studio-27 M6: a table's limit out of order is reported at its cell (80, 85, 90 typed as 80, 95, 90).
describe('a ladder inverted in a table', () => {
  const boiler = (row2: string) => `schemaVersion: 1
id: test/boiler
version: 1.0.0
industry: test
subject: product
title: { zh: 锅炉, en: Boiler }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  fuel: { type: enum, values: [gas, oil], label: { zh: 燃料, en: Fuel } }
  efficiency: { type: number, unit: "%", label: { zh: 热效率, en: Thermal efficiency } }
  noise: { type: number, unit: dB, label: { zh: 噪声, en: Noise } }
grades:
  - { id: g3, label: { zh: 3级, en: Grade 3 } }
  - { id: g2, label: { zh: 2级, en: Grade 2 } }
  - { id: g1, label: { zh: 1级, en: Grade 1 } }
tables:
  efficiencyMin:
    keys: [fuel]
    columns: [fuel, g3, g2, g1]
    rows:
      - [gas, 80, 85, 90]
      - [${row2}]
criteria:
  - id: efficiency
    indicator: efficiency
    require: "≥ efficiencyMin"
  - { id: noise, indicator: noise, require: "≤ 60", grade: g1 }
`;

  it('the warning is at the cell of the looser limit, with the row in the message, zh and en', () => {
    const text = boiler('oil, 80, 95, 90');
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'b.yaml' });
    // Grade 1 also asks noise ≤ 60: still reachable, so a warning.
    expect(ruleSet).toBeDefined();
    const line = text.split('\n').findIndex((l) => l.includes('[oil, 80, 95, 90]')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('90]') + 1;
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column, i.path])).toEqual([
      ['non-monotonic', 'warning', line, column, ['tables', 'efficiencyMin', 'rows', 1, 3]],
    ]);
    expect(issues[0]!.text.en).toContain(
      'grade "g1" asks efficiency ≥ 90 in row 2 of table "efficiencyMin", looser than grade "g2" (≥ 95)',
    );
    expect(issues[0]!.text.zh).toContain(
      '在表“efficiencyMin”第 2 行要求“efficiency ≥ 90”，比等级“2级”的要求（≥ 95）宽',
    );
  });

  it('a limit written in the criterion is still reported at the criterion', () => {
    const text = boiler('oil, 80, 85, 90').replace(
      '  - { id: noise, indicator: noise, require: "≤ 60", grade: g1 }',
      '  - { id: noise-2, indicator: noise, require: "≤ 55", grade: g2 }\n  - { id: noise, indicator: noise, require: "≤ 60", grade: g1 }',
    );
    const { issues } = checkRuleSet(text, { filename: 'b.yaml' });
    const line = text.split('\n').findIndex((l) => l.includes('id: noise,')) + 1;
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['non-monotonic', line, 5]]);
  });
});
