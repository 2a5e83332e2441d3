/**
 * hostile-26 F1: a rule set whose table bands no graded record can reach passed `validate` with 0 problems
 * (rated cooling capacity turned to kW with its scope `≤ 14`, the bands left at `(4500, 7100]` and `(7100, 14000]`
 * in W: rows 2–3 never read). Now each such row, each row earlier rows take every record of, and each `when` the
 * scope leaves nothing to is the warning `unreachable-band`; the rule set still loads.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const CODE = 'unreachable-band';

/** A room air conditioner rule set: `capacity` as given, its scope item, the APF table's bands, more criteria. */
const aircon = ({
  capacity = 'unit: W, range: "> 0"',
  scope = '"≤ 14000"',
  bands = ['"≤ 4500"', '"(4500, 7100]"', '"(7100, 14000]"'],
  criteria = '',
  comparison = 'full',
}: {
  capacity?: string;
  scope?: string;
  bands?: string[];
  criteria?: string;
  comparison?: string;
} = {}) => `${ruleFileHeader('test/aircon', { zh: '空调', en: 'Air conditioners' })}comparison: ${comparison}
indicators:
  capacity: { type: number, ${capacity}, label: { zh: 额定制冷量, en: Rated cooling capacity } }
  apf: { type: number, range: "> 0", label: { zh: 全年能源消耗效率, en: APF } }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
scope:
  - id: capacity-in-scope
    indicator: capacity
    reason: { zh: 超出标准范围, en: Outside the standard }
    require: ${scope}
tables:
  apfLimits:
    keys: [capacity]
    columns: [capacity, "1", "2"]
    rows:
${bands.map((b, i) => `      - [${b}, ${5 - i * 0.5}, ${4 - i * 0.5}]`).join('\n')}
criteria:
  - { id: apf, indicator: apf, require: "≥ apfLimits" }
${criteria}`;

function warnings(text: string) {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'aircon.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  return issues.filter((i) => i.code === CODE);
}

/** 1-based line and column of the first `needle` in `text`. */
function at(text: string, needle: string): { line: number; column: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

describe('validate: a table row no graded record can match', () => {
  it('hostile-26 F1: kW scope, bands in W: rows 2 and 3, at their bands, in both languages', () => {
    const text = aircon({ capacity: 'unit: kW, range: "> 0"', scope: '"≤ 14"' });
    const found = warnings(text);
    expect(found.map((w) => [w.severity, w.line, w.column, w.path])).toEqual([
      ['warning', at(text, '"(4500').line, at(text, '"(4500').column, ['tables', 'apfLimits', 'rows', 1, 0]],
      ['warning', at(text, '"(7100').line, at(text, '"(7100').column, ['tables', 'apfLimits', 'rows', 2, 0]],
    ]);
    const scopeLine = at(text, '- id: capacity-in-scope').line;
    expect(found[0]!.message).toBe(
      `row 2 of table "apfLimits" is never matched: its capacity band (4500, 7100] lies outside what a graded record can have ` +
        `(scope item "capacity-in-scope", line ${scopeLine}, asks capacity ≤ 14), so the row's limits never apply. ` +
        `Check that the band and what limits it are written in the indicator's unit (kW), or delete the row`,
    );
    expect(found[0]!.text.zh).toBe(
      `表“apfLimits”第 2 行永远匹配不到：其“capacity”的区间 (4500, 7100] 不在可分级的记录可取的值之中` +
        `（第 ${scopeLine} 行的范围项“capacity-in-scope”要求“capacity ≤ 14”），此行的限值从不适用。` +
        `请核对区间和限制它的范围是否按指标的单位（kW）书写，或删去此行`,
    );
  });

  it('the bundled form (W, ≤ 14000): no warning', () => {
    expect(warnings(aircon())).toEqual([]);
  });

  it.each([
    // [scope, reachable]: a band touching the scope's limit from outside is unreachable.
    ['"≤ 4500"', false],
    ['"< 4500.0001"', true],
    ['"≤ 4500.1"', true],
    ['"< 7100"', true],
    ['"≤ 7100"', true],
    ['"> 7100"', false],
    ['"≥ 7100"', true],
    ['"[4500, 4500]"', false],
  ])('band (4500, 7100] against scope %s: reachable %s', (scope, reachable) => {
    const found = warnings(aircon({ scope, bands: ['"(4500, 7100]"'] }));
    expect(found.length).toBe(reachable ? 0 : 1);
  });

  it('a closed end meeting an open one: [4500, 7100] against < 4500 is unreachable, against ≤ 4500 reachable', () => {
    expect(warnings(aircon({ scope: '"< 4500"', bands: ['"[4500, 7100]"'] }))).toHaveLength(1);
    expect(warnings(aircon({ scope: '"≤ 4500"', bands: ['"[4500, 7100]"'] }))).toEqual([]);
  });

  it('scope is compared as measured under `comparison: rounded` too: (4500, 7100] against ≤ 4500 stays unreachable', () => {
    const text = aircon({ scope: '"≤ 4500"', comparison: 'rounded', bands: ['"(4500, 7100]"'] });
    expect(warnings(text)).toHaveLength(1);
  });

  it('the declared range and the plausible band limit the rows too, each named as the reason', () => {
    const [byRange] = warnings(aircon({ capacity: 'unit: W, range: "[1000, 4000]"' }));
    expect(byRange!.message).toContain(
      'its capacity band (4500, 7100] lies outside what a graded record can have',
    );
    expect(byRange!.message).toContain('("capacity" is declared in [1000, 4000])');
    expect(byRange!.text.zh).toContain('（“capacity”声明的取值范围是 [1000, 4000]）');
    const byPlausible = warnings(aircon({ capacity: 'unit: W, range: "> 0", plausible: "≤ 4500"' }));
    expect(byPlausible.map((w) => w.path[3])).toEqual([1, 2]);
    expect(byPlausible[0]!.message).toContain(
      '("capacity" is plausible in ≤ 4500 only, and a record outside it is invalid)',
    );
    // Below the range: the lower end is the reason.
    const [below] = warnings(aircon({ capacity: 'unit: W, range: "> 8000"' }));
    expect(below!.path).toEqual(['tables', 'apfLimits', 'rows', 0, 0]);
  });

  it('a scope item under a `when` does not hold every record back: no warning', () => {
    const text = aircon({ scope: '"≤ 14"\n    when: { apf: "≥ 3" }' });
    expect(warnings(text)).toEqual([]);
  });

  it('no unit: the advice does not name one', () => {
    const [w] = warnings(aircon({ capacity: 'range: "> 0"', scope: '"≤ 4500"' }));
    expect(w!.message).toContain('. Check the band and what limits it are, or delete the row');
  });
});

describe('validate: a requirement whose `when` the scope leaves nothing to', () => {
  const big = (when: string) =>
    `  - { id: apf-big, indicator: apf, grade: "1", require: "≥ 4.8", when: ${when} }\n`;

  it('warns at the condition on the value, naming the scope item', () => {
    const text = aircon({
      capacity: 'unit: kW, range: "> 0"',
      scope: '"≤ 14"',
      bands: ['"> 0"'],
      criteria: big('{ capacity: "(7100, 14000]" }'),
    });
    const [w, ...more] = warnings(text);
    expect(more).toEqual([]);
    const line = at(text, '- { id: apf-big').line;
    expect(w).toMatchObject({
      line,
      column: at(text, 'capacity: "(7100').column,
      path: ['criteria', 1, 'when', 'capacity'],
    });
    expect(w!.message).toBe(
      `the "when" of requirement "apf-big" never holds: it asks capacity (7100, 14000], outside what a graded record can have ` +
        `(scope item "capacity-in-scope", line ${at(text, '- id: capacity-in-scope').line}, asks capacity ≤ 14), ` +
        `so the requirement never applies. Check that the condition is written in the indicator's unit (kW)`,
    );
    expect(w!.text.zh).toContain(
      '要求“apf-big”的“when”永远不成立：它对“capacity”的条件是 (7100, 14000]，不在可分级的记录可取的值之中',
    );
  });

  it.each([
    ['{ capacity: "> 14000" }', 1],
    ['{ capacity: "≥ 14000" }', 0],
    ['{ capacity: "= 14000.5" }', 1],
    ['{ capacity: [15000, 16000] }', 1],
    ['{ capacity: [15000, 6000] }', 0],
    ['{ capacity: [15000, 16000], apf: "≥ 3" }', 1],
    [
      '{ any: [{ fact: capacity, operator: greaterThan, value: 14000 }, { fact: apf, operator: lessThan, value: 3 }] }',
      0,
    ],
    [
      '{ any: [{ fact: capacity, operator: greaterThan, value: 14000 }, { fact: capacity, operator: lessThan, value: 0 }] }',
      1,
    ],
    [
      '{ all: [{ fact: capacity, operator: greaterThan, value: 14000 }, { fact: apf, operator: lessThan, value: 3 }] }',
      1,
    ],
    // A `not` is taken as holding anywhere.
    ['{ not: { fact: capacity, operator: lessThanInclusive, value: 14000 } }', 0],
  ])('when %s: %i warning(s)', (when, count) => {
    const text = aircon({ bands: ['"> 0"'], criteria: big(when) });
    const found = warnings(text);
    expect(found).toHaveLength(count);
    if (count > 0 && when.includes('any')) expect(found[0]!.path).toEqual(['criteria', 1, 'when']);
  });

  it('a grade table read under such a `when`: one warning, not one per grade', () => {
    const text = aircon({
      bands: ['"> 0"'],
      criteria:
        '  - { id: apf-big, indicator: apf, require: "≥ apfLimits", when: { capacity: "> 20000" } }\n',
    });
    expect(warnings(text)).toHaveLength(1);
  });
});

describe('validate: a table row every record of which earlier rows take first', () => {
  const steel = (
    rows: string[],
    scope = '',
  ) => `${ruleFileHeader('test/steel', { zh: '钢', en: 'Steel' })}indicators:
  steel: { type: enum, values: [A, B, C], label: { zh: 牌号, en: Steel grade } }
  thickness: { type: number, unit: mm, range: "> 0", label: { zh: 厚度, en: Thickness } }
  yield: { type: number, unit: MPa, label: { zh: 屈服强度, en: Yield } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
${scope}tables:
  yieldMin:
    keys: [steel, thickness]
    columns: [steel, thickness, min]
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}
criteria:
  - { id: yield, indicator: yield, require: "≥ yieldMin.min" }
`;

  // Hostile-37 W2: rows that list a shared value are compared per value, so a row within an earlier one through a
  // list (`[[A], "≤ 50"]` under `[[A, B, C], "≤ 100"]`) overlaps it for A: the error, not this warning.
  it.each([
    [['[[A, B, C], "≤ 100", 300]', '[[A], "≤ 50", 350]']],
    [['[[A], "≤ 100", 300]', '[[B, C], "≤ 100", 300]', '[[A, B], "≤ 50", 350]']],
    [['[[A, B], "≤ 100", 300]', '[[A, C], "≤ 50", 350]']],
    [['[[A, B, C], "≤ 100", 300]', '[[A], "(50, 150]", 350]']],
    [['[[A, B, C], "< 100", 300]', '[[A], "[50, 100]", 350]']],
  ])('rows overlapping through a list value (%j): band-overlap, refused', (rows) => {
    const { ruleSet, issues } = checkRuleSet(steel(rows));
    expect(ruleSet).toBeUndefined();
    expect(issues.filter((i) => i.code === 'band-overlap')).toHaveLength(1);
  });

  it('lists that share no value with a row inside their band: neither an error nor a warning', () => {
    expect(warnings(steel(['[[A, B], "≤ 100", 300]', '[[C], "≤ 50", 350]']))).toEqual([]);
  });

  it('a row within an earlier row on two bands: warned at the row, naming it', () => {
    const text = `${ruleFileHeader('test/plate', { zh: '钢板', en: 'Plate' })}indicators:
  thickness: { type: number, unit: mm, range: "> 0", label: { zh: 厚度, en: Thickness } }
  width: { type: number, unit: mm, range: "> 0", label: { zh: 宽度, en: Width } }
  yield: { type: number, unit: MPa, label: { zh: 屈服强度, en: Yield } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
tables:
  yieldMin:
    keys: [thickness, width]
    columns: [thickness, width, min]
    rows:
      - ["≤ 100", "≤ 2000", 300]
      - ["≤ 50", "≤ 1000", 350]
criteria:
  - { id: yield, indicator: yield, require: "≥ yieldMin.min" }
`;
    const [w, ...more] = warnings(text);
    expect(more).toEqual([]);
    expect(w).toMatchObject({ severity: 'warning', path: ['tables', 'yieldMin', 'rows', 1] });
    expect(w!.message).toBe(
      'row 2 of table "yieldMin" is never matched: every record it matches matches row 1 first (a table is read top to ' +
        "bottom and the first matching row is used), so the row's limits never apply; narrow the keys of row 1, or delete row 2",
    );
    expect(w!.text.zh).toBe(
      '表“yieldMin”第 2 行永远匹配不到：它能匹配的记录都先匹配第 1 行（表从上往下读，用第一个匹配的行），此行的限值从不适用；请缩小第 1 行的键，或删去第 2 行',
    );
  });
});
