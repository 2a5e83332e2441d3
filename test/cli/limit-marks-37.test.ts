/**
 * A limit computed by a formula over a value written with a GB/T 8170 rounding mark lies in an interval too: the
 * requirement is decided where every value of the marks' intervals decides it alike, else the record is invalid and
 * says why, and the limit is shown as the interval it lies in. A `? :` whose test reads a marked value takes the
 * branch every value of the interval takes; `x ** 2` is bounded; a `when` read through a derived value over a marked
 * value applies where both ends agree (fix-marks7-37). Rule set: test/fixtures/marks-37, every figure illustrative.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { csvRowsGraded } from './csv-rows-graded';

const cli = useCli();
const temp = useTempDir();

const RULES = join(ROOT, 'test/fixtures/marks-37/limit-marks.yaml');
const HEADER = 'id,strength,nominal,size,nominalSize,side,thickness,load,span';
/** Every value plain and passing; a row gives the cells of its case. */
const BASE = {
  strength: '12',
  nominal: '20',
  size: '20',
  nominalSize: '20',
  side: '20',
  thickness: '5',
  load: '10',
  span: '10',
};

interface Result {
  kept: { id: string };
  grade: string | null;
  criteria?: {
    id: string;
    status: string;
    passed: boolean | null;
    written?: string;
    limit: { text: string } | null;
    message: { zh: string; en: string };
  }[];
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

const { row, graded } = csvRowsGraded<Result>(cli, temp, RULES, HEADER, BASE);

const criterion = (r: Result | undefined, id: string) => r!.criteria!.find((c) => c.id === id)!;
const fields = (r: Result | undefined) => r!.errors?.map((e) => [e.field, e.code]);

describe.concurrent('a limit computed from a marked value (strength ≥ 0.5 × nominal)', () => {
  it('at the limit, just inside, just outside and across it: graded on the limit’s interval, shown as it', async () => {
    const results = await graded([
      // 0.5 × 20(+) is (10, 10.25]: 10 is below every value of it (the numeral's limit 10 would pass it).
      row('at-above', { strength: '10', nominal: '20(+)' }),
      // 0.5 × 20(−) is [9.75, 10): 10 meets every value of it.
      row('at-below', { strength: '10', nominal: '20(−)' }),
      row('inside', { strength: '10.3', nominal: '20(+)' }),
      row('outside', { strength: '9.7', nominal: '20(−)' }),
      // 10.1 lies inside (10, 10.25]: some values of the interval pass it, others not.
      row('across', { strength: '10.1', nominal: '20(+)' }),
      row('plain', {}),
    ]);
    expect(criterion(results.get('at-above'), 'strength-half')).toMatchObject({
      passed: false,
      limit: { text: '≥ (10, 10.25]' },
      message: {
        zh: '实测强度：10 MPa，不满足 ≥ (10, 10.25] MPa（合格要求）',
        en: 'Measured strength: 10 MPa does not meet ≥ (10, 10.25] MPa (Pass requirement)',
      },
    });
    expect(criterion(results.get('at-below'), 'strength-half')).toMatchObject({
      passed: true,
      limit: { text: '≥ [9.75, 10)' },
    });
    expect(results.get('at-below')!.grade).toBe('pass');
    expect(criterion(results.get('inside'), 'strength-half').passed).toBe(true);
    expect(criterion(results.get('outside'), 'strength-half')).toMatchObject({ passed: false });
    expect(results.get('across')!.grade).toBeNull();
    expect(results.get('across')!.errors).toEqual([
      {
        field: 'nominal',
        code: 'not-computable',
        message: {
          zh: '标称强度写作 20(+)（GB/T 8170 修约符号：实测值在 (20, 20.5] 内），要求“strength-half”的限值由带修约符号的数值计算，在 (10, 10.25] 内，区间内的值对该要求判定不同，修约后的数值无法判定：请写未经修约的实测值',
          en: 'nominal (Nominal strength) is written 20(+) (a GB/T 8170 rounding mark: the measured value lies in (20, 20.5]), and the limit of requirement "strength-half" is computed from a value with a rounding mark, lying in (10, 10.25]: values across the intervals decide it differently, so the rounded value cannot decide it: write the measured value unrounded',
        },
      },
    ]);
    // An unmarked record shows its computed limit as before.
    expect(criterion(results.get('plain'), 'strength-half').limit!.text).toBe('≥ 10');
  });

  it('a marked value beside a marked limit: decided on every pair of values, not on both at the same end', async () => {
    const results = await graded([
      // (10, 10.5] against (10, 10.25]: 10.01 against 10.25 fails, 10.5 against 10.01 passes. Graded pass before.
      row('both', { strength: '10(+)', nominal: '20(+)' }),
      // (10.25, 10.3] against (10, 10.25]: every pair passes.
      row('both-apart', { strength: '10.25(+)', nominal: '20(+)' }),
    ]);
    expect(fields(results.get('both'))).toEqual([
      ['strength', 'not-computable'],
      ['nominal', 'not-computable'],
    ]);
    expect(criterion(results.get('both-apart'), 'strength-half')).toMatchObject({
      passed: true,
      written: '10.25(+)',
      limit: { text: '≥ (10, 10.25]' },
    });
  });
});

describe.concurrent('a tolerance around a marked nominal value (size within nominalSize ± 1.0)', () => {
  it('at each end, just inside, just outside and across: shown with the intervals its ends lie in', async () => {
    const results = await graded([
      // 19(+) ± 1.0: the upper end lies in (20, 20.5], 20 within it.
      row('upper-at', { nominalSize: '19(+)' }),
      // 21(+) ± 1.0: the lower end lies in (20, 20.5], above 20.
      row('lower-out', { nominalSize: '21(+)' }),
      // 21(−) ± 1.0: the lower end lies in [19.5, 20), 20 above every value of it.
      row('lower-at', { nominalSize: '21(−)' }),
      row('lower-across', { nominalSize: '21(+)', size: '20.2' }),
    ]);
    expect(criterion(results.get('upper-at'), 'size-tolerance')).toMatchObject({
      passed: true,
      limit: { text: '19(+) ± 1.0 → (18, 18.5] … (20, 20.5]' },
      message: {
        zh: '实测尺寸：20 mm，满足 19(+) ± 1.0 → (18, 18.5] … (20, 20.5] mm（合格要求）',
        en: 'Measured size: 20 mm meets 19(+) ± 1.0 → (18, 18.5] … (20, 20.5] mm (Pass requirement)',
      },
    });
    expect(criterion(results.get('lower-out'), 'size-tolerance')).toMatchObject({ passed: false });
    expect(criterion(results.get('lower-at'), 'size-tolerance')).toMatchObject({
      passed: true,
      limit: { text: '21(−) ± 1.0 → [19.5, 20) … [21.5, 22)' },
    });
    expect(fields(results.get('lower-across'))).toEqual([['nominalSize', 'not-computable']]);
    expect(results.get('lower-across')!.errors![0]!.message.en).toContain(
      'the limit of requirement "size-tolerance" is computed from a value with a rounding mark, lying in 21(+) ± 1.0 → (20, 20.5] … (22, 22.5]',
    );
  });
});

describe.concurrent('formulas over a marked value that are now bounded', () => {
  it('side ** 2 against ≤ 400: at the limit, just inside, just outside', async () => {
    const results = await graded([
      row('above', { side: '20(+)' }),
      row('below', { side: '20(−)' }),
      row('inside', { side: '19.9(+)' }),
      row('plain', { side: '20' }),
    ]);
    expect(criterion(results.get('above'), 'area-max')).toMatchObject({
      passed: false,
      written: '(400, 420.25]',
    });
    expect(criterion(results.get('below'), 'area-max')).toMatchObject({
      passed: true,
      written: '[380.25, 400)',
    });
    // 19.9 ** 2 is 396.00999999999993 in binary floating point: the open end is written rounded outward.
    expect(criterion(results.get('inside'), 'area-max')).toMatchObject({
      passed: true,
      written: '(396.009, 398.003]',
    });
    expect(criterion(results.get('plain'), 'area-max').passed).toBe(true);
  });

  it('a ? : whose test reads a marked value takes the branch all of its interval takes, else says why', async () => {
    const results = await graded([
      // thickness > 10.22: [10.25, 10.3) wholly above, load 10 taken (≤ 20).
      row('above', { thickness: '10.3(−)', load: '10' }),
      // [10.15, 10.2) wholly below: load × 2 = 20, at the limit.
      row('below-at', { thickness: '10.2(−)', load: '10' }),
      row('below-out', { thickness: '10.2(−)', load: '10.1' }),
      // (10.2, 10.25] lies across 10.22.
      row('across', { thickness: '10.2(+)', load: '10' }),
    ]);
    expect(criterion(results.get('above'), 'demand-max')).toMatchObject({ passed: true });
    expect(criterion(results.get('above'), 'demand-max').written).toBeUndefined();
    expect(criterion(results.get('below-at'), 'demand-max')).toMatchObject({ passed: true });
    expect(criterion(results.get('below-out'), 'demand-max')).toMatchObject({ passed: false });
    expect(results.get('across')!.errors).toEqual([
      {
        field: 'thickness',
        code: 'not-computable',
        message: {
          zh: '厚度写作 10.2(+)（GB/T 8170 修约符号：实测值在 (10.2, 10.25] 内），由它计算的需用载荷（demand）无法得出所在区间：其公式中“? :”的条件在该区间内有的值成立、有的值不成立，修约后的数值无法判定：请写未经修约的实测值',
          en: 'thickness (Thickness) is written 10.2(+) (a GB/T 8170 rounding mark: the measured value lies in (10.2, 10.25]), and the interval of demand (Demand) computed from it is not known: the test of its "? :" holds for some values of the interval and not for others, so the rounded value cannot decide it: write the measured value unrounded',
        },
      },
    ]);
  });

  it('a when read through a derived value over a marked value (doubleSpan > 41.05)', async () => {
    const results = await graded([
      // span 20.5(+): doubleSpan (41, 41.1], across 41.05.
      row('across', { span: '20.5(+)' }),
      // 20.5(−): [40.9, 41), the requirement does not apply.
      row('below', { span: '20.5(−)', strength: '16' }),
      // 20.6(−): [41.1, 41.2), it applies: 16 > 15 fails, 12 meets.
      row('above-out', { span: '20.6(−)', strength: '16' }),
      row('above-in', { span: '20.6(−)', strength: '12' }),
    ]);
    expect(fields(results.get('across'))).toEqual([['span', 'wrong-type']]);
    expect(results.get('across')!.errors![0]!.message.en).toContain(
      'decides whether requirement "long-span" applies',
    );
    expect(criterion(results.get('below'), 'long-span').status).toBe('not-applicable');
    expect(criterion(results.get('above-out'), 'long-span').passed).toBe(false);
    expect(criterion(results.get('above-in'), 'long-span').passed).toBe(true);
  });
});

describe('explain shows a computed limit as the interval it lies in', () => {
  it('zh and en', async () => {
    const path = join(temp(), 'one.csv');
    writeFileSync(path, `${HEADER}\n${row('one', { strength: '10', nominal: '20(−)' })}\n`);
    const en = await cli.run(['explain', '-r', RULES, path, '--row', '1']);
    expect(en.stdout).toContain('✓ Measured strength: 10 MPa meets ≥ [9.75, 10) MPa (Pass requirement)');
    const zh = await cli.run(['explain', '-r', RULES, path, '--row', '1', '--lang', 'zh']);
    expect(zh.stdout).toContain('实测强度：10 MPa，满足 ≥ [9.75, 10) MPa（合格要求）');
  });
});
