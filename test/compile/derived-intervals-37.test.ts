/**
 * The interval arithmetic fix-marks7-37 added for marked values: a whole power (even powers least at 0 where the
 * interval holds it) and a `? :` whose test an interval decides (or lies across).
 */
import { describe, expect, it } from 'vitest';
import { compileExprIntervals, TEST_ACROSS } from '../../src/compile/derived-intervals';
import { RecordFacts } from '../../src/compile/record-facts';
import type { Expr } from '../../src/model/expr';
import type { RuleSetModel } from '../../src/model/rule-set-model';
import type { Interval } from '../../src/resolve/formula-interval';

const model = { derived: [] } as unknown as RuleSetModel;
const x: Expr = { k: 'ref', name: 'x', slot: 0, kind: 'number' };
const num = (value: number): Expr => ({ k: 'num', value, text: String(value) });
const pow = (n: number): Expr => ({ k: 'binary', op: '**', left: x, right: num(n) });
const of = (e: Expr, i: Interval) =>
  compileExprIntervals(model).intervalOf(e, new RecordFacts([0], []), (slot) => (slot === 0 ? i : undefined));
const iv = (lo: number, loIn: boolean, hi: number, hiIn: boolean): Interval => ({ lo, loIn, hi, hiIn });

describe('x ** n over an interval', () => {
  it('an even power: monotone on either side of 0, least at 0 across it', () => {
    expect(of(pow(2), iv(20, false, 20.5, true))).toEqual(iv(400, false, 420.25, true));
    expect(of(pow(2), iv(-3, true, -2, false))).toEqual(iv(4, false, 9, true));
    expect(of(pow(2), iv(-2, true, 3, false))).toEqual(iv(0, true, 9, false));
    expect(of(pow(2), iv(-3, false, 2, true))).toEqual(iv(0, true, 9, false));
  });
  it('an odd power is monotone; a fractional or negative exponent is not bounded', () => {
    expect(of(pow(3), iv(-2, true, 1, false))).toEqual(iv(-8, true, 1, false));
    expect(of(pow(0.5), iv(4, true, 9, true))).toBe('**');
    expect(of(pow(-1), iv(4, true, 9, true))).toBe('**');
  });
});

describe('a ? : over an interval', () => {
  const cond = (op: '>' | '>=' | '<' | '<=' | '==' | '!=', at: number): Expr => ({
    k: 'cond',
    test: { k: 'binary', op, left: x, right: num(at) },
    yes: num(1),
    no: num(2),
  });
  it("takes the branch every value takes, an end at the test's number included or not", () => {
    expect(of(cond('>', 10), iv(10, false, 10.5, true))).toEqual(iv(1, true, 1, true));
    expect(of(cond('>', 10), iv(9.5, true, 10, true))).toEqual(iv(2, true, 2, true));
    expect(of(cond('>=', 10), iv(10, true, 10.5, false))).toEqual(iv(1, true, 1, true));
    expect(of(cond('>=', 10), iv(9.5, true, 10, false))).toEqual(iv(2, true, 2, true));
    expect(of(cond('<', 10), iv(9.5, true, 10, false))).toEqual(iv(1, true, 1, true));
    expect(of(cond('<=', 10), iv(10, false, 10.5, true))).toEqual(iv(2, true, 2, true));
    expect(of(cond('!=', 10), iv(10, false, 10.5, true))).toEqual(iv(1, true, 1, true));
  });
  it('lies across where some values take one branch and some the other', () => {
    expect(of(cond('>', 10.22), iv(10.2, false, 10.25, true))).toBe(TEST_ACROSS);
    expect(of(cond('>=', 10), iv(10, false, 10.5, true))).toEqual(iv(1, true, 1, true));
    expect(of(cond('==', 10), iv(9.5, true, 10, true))).toBe(TEST_ACROSS);
  });
});
