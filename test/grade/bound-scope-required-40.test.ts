/**
 * fix-bound40: a value written as a bound on a fact that a scope item's `when` or an indicator's `requiredWhen` reads
 * is graded where every value of its span gives the same answer (in or out of scope; required or not), and refused,
 * naming the clause, where the span straddles it: at the clause's limit with `<` and `≤` against `< 7100` and
 * `≤ 7100`, just below, just above, and on integers (`≤3` against `< 4`). Illustrative rule set (see the cases).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, parseRuleSet } from '../../src/index';
import { BASE, CASES, outcome, SCOPE_REQUIRED } from './bound-scope-required-cases';

const grader = createGrader(
  parseRuleSet(readFileSync(SCOPE_REQUIRED, 'utf8'), { filename: 'scope-required.yaml' }),
);
const grade = (cells: Record<string, unknown>) => grader.gradeSync({ ...BASE, ...cells });

describe('a bound read by a scope item’s `when` or a `requiredWhen` (gradeSync)', () => {
  it('the base record passes; the plain values at each limit give what the bounds reaching them give', () => {
    expect(outcome(grade({}))).toBe('pass');
    expect(outcome(grade({ capacity: 7100 }))).toBe('efficiency:missing');
    expect(outcome(grade({ load: 7100 }))).toBe('pass');
    expect(outcome(grade({ stages: 3 }))).toBe('report:missing');
    expect(outcome(grade({ size: 7100 }))).toBe('out-of-scope');
    expect(outcome(grade({ power: 7100 }))).toBe('pass');
    expect(outcome(grade({ ports: 4 }))).toBe('pass');
  });

  it.each(CASES)('%s written %s: %s', (field, cell, want) => {
    expect(outcome(grade({ [field]: cell }))).toBe(want);
  });

  it('a requiredWhen decides nothing where the indicator it requires is given: ≤8000 with efficiency graded', () => {
    expect(outcome(grade({ capacity: '≤8000', efficiency: 3.2 }))).toBe('pass');
    // Out of scope and in alike: hermetic true meets every scope item, yet the scope item's result is shown, so a
    // span across its `when` is still refused (its status, passed or not applicable, would be a guess).
    expect(outcome(grade({ size: '≤8000', hermetic: true }))).toBe('size:wrong-type');
  });

  it('required across the span: "missing", the reason showing the bound as written (zh, en)', () => {
    const [error] = grade({ capacity: '≤4500' }).errors!;
    expect(error!.message.en).toBe(
      'efficiency (Efficiency) is missing: it is required for this record by its condition (Rated capacity ≤ 7100), as capacity (Rated capacity) is ≤4500',
    );
    expect(error!.message.zh).toContain(
      '这条记录的额定制冷量为 ≤4500，满足其必填条件（额定制冷量 ≤ 7100），该指标为必填项',
    );
  });

  it('a span across a requiredWhen: refused naming it, in zh and en', () => {
    expect(grade({ capacity: '≤8000' }).errors).toEqual([
      {
        field: 'capacity',
        code: 'wrong-type',
        message: {
          zh: '额定制冷量应为数值：“≤8000”是界限而非测得值，实测值在 (0, 8000] 内；该指标还决定能效比（efficiency）是否须给出，区间内的值对此判定不同：请填写实测值',
          en: 'capacity (Rated capacity) must be a number: "≤8000" is a bound, not a measured value (it lies in (0, 8000]); it decides whether efficiency (Efficiency) must be given, which values in that span decide differently: write the measured value',
        },
      },
    ]);
  });

  it('a span across a scope item’s `when`: refused naming the item, in zh and en; an integer’s span as whole numbers', () => {
    expect(grade({ size: '≥7100' }).errors?.[0]?.message).toEqual({
      zh: '规格功率应为数值：“≥7100”是界限而非测得值，实测值在 [7100, +∞) 内；该指标还决定记录是否在适用范围内（范围项“全封闭 = 是（hermetic-small）”），区间内的值对此判定不同：请填写实测值',
      en: 'size (Size) must be a number: "≥7100" is a bound, not a measured value (it lies in [7100, +∞)); it decides whether the record is in the rule set\'s scope (scope item "Hermetic = true (hermetic-small)"), which values in that span decide differently: write the measured value',
    });
    // <5 on an integer in [1, 10] is [1, 4]: across ports < 4.
    expect(grade({ ports: '<5' }).errors?.[0]?.message.en).toContain(
      '(it lies in [1, 4]); it decides whether the record is in the rule set\'s scope (scope item "Hermetic = true (hermetic-few-ports)")',
    );
  });

  it('a `when` comparing it with another value: "cannot be followed", for either side (zh, en)', () => {
    expect(grade({ output: '≤10' }).errors?.[0]?.message).toEqual({
      zh: '输出应为数值：“≤10”是界限而非测得值，实测值在 (−∞, 10] 内；该指标还决定要求“强度 ≥ 40”是否适用，且是与另一个值比较，界限无法沿区间判定：请填写实测值',
      en: 'output (Output) must be a number: "≤10" is a bound, not a measured value (it lies in (−∞, 10]); it decides whether requirement "Strength ≥ 40" applies by comparing it with another value, which cannot be followed across the span: write the measured value',
    });
    expect(grade({ input: '≥1000' }).errors?.[0]?.message.en).toContain(
      'it decides whether requirement "Strength ≥ 40" applies by comparing it with another value, which cannot be followed across the span',
    );
  });
});
