/**
 * A value a lab writes as a bound — `≥100` MΩ beyond a meter's range, `<0.01` % below a detection limit — is graded
 * where the whole half-line it leaves decides each requirement on it, shown as written; where a limit lies inside
 * it the record is invalid, naming the requirement and its limit; where the value feeds a derived value, a table
 * key, a `when`, the scope or a score it is refused (fix-interval8-38). Rule sets: test/fixtures/bounds-38, whose
 * figures are illustrative (no sourced insulation-resistance or detection-limit figure is in standards.md); GB 175's
 * Cl⁻ ≤ 0.06 % (standards.md) is in test/cli/lab-values.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { csvRowsGraded, type WrittenRowResult } from './csv-rows-graded';

const cli = useCli();
const temp = useTempDir();

const RULES = join(ROOT, 'test/fixtures/bounds-38/bounds.yaml');
const SCORED = join(ROOT, 'test/fixtures/bounds-38/scored.yaml');
const HEADER = 'id,insulation,impurity,lead,strength,thickness,mass,size,humidity,length,count,hardness';
/** Every value plain and meeting every requirement (good). */
const BASE = {
  insulation: '150',
  impurity: '0.01',
  lead: '0.01',
  strength: '60',
  thickness: '1.5',
  mass: '10',
  size: '5',
  humidity: '50',
  length: '100',
  count: '5',
  hardness: '120',
};

type Result = WrittenRowResult;

const { row, graded } = csvRowsGraded<Result>(cli, temp, RULES, HEADER, BASE);
const criterion = (r: Result | undefined, id: string) => r!.criteria!.find((c) => c.id === id)!;

/** How each case came out: the grade where graded, else the error's field and code. */
function outcome(r: Result | undefined): string {
  if (r === undefined) return 'absent';
  if (r.errors) return r.errors.map((e) => `${e.field}:${e.code}`).join(' ');
  return `grade ${r.grade}`;
}

// Each case: a cell, then how the record comes out (`good`: every requirement met; `null`: graded, failing one).
const BOUNDARIES: [string, Partial<Record<string, string>>, string][] = [
  // insulation ≥ 2 (pass) and ≥ 100 (good).
  ['≥100 at the good limit / closed', { insulation: '≥100' }, 'grade good'],
  ['>100 beside it / open', { insulation: '>100' }, 'grade good'],
  ['≥99.9 just outside', { insulation: '≥99.9' }, 'insulation:not-computable'],
  ['>99.9 just outside / open', { insulation: '>99.9' }, 'insulation:not-computable'],
  ['≤1 wholly below ≥ 2', { insulation: '≤1' }, 'grade null'],
  ['<2 below / open at the limit', { insulation: '<2' }, 'grade null'],
  ['≤2 reaching the limit', { insulation: '≤2' }, 'insulation:not-computable'],
  // strength > 50 (pass): open limit.
  ['>50 at an open limit', { strength: '>50' }, 'grade good'],
  ['≥50 at an open limit: 50 itself fails', { strength: '≥50' }, 'strength:not-computable'],
  ['≥50.01 just inside', { strength: '≥50.01' }, 'grade good'],
  ['>49.99 just outside', { strength: '>49.99' }, 'strength:not-computable'],
  ['≤50 wholly failing', { strength: '≤50' }, 'grade null'],
  ['<50.01 across', { strength: '<50.01' }, 'strength:not-computable'],
  // impurity ≤ 0.05 (pass): a detection limit.
  ['<0.01 below the detection limit', { impurity: '<0.01' }, 'grade good'],
  ['≤0.05 at the limit / closed', { impurity: '≤0.05' }, 'grade good'],
  ['<0.05 at the limit / open', { impurity: '<0.05' }, 'grade good'],
  ['<0.0501 just outside', { impurity: '<0.0501' }, 'impurity:not-computable'],
  ['≥0.05 at the limit: above it fails', { impurity: '≥0.05' }, 'impurity:not-computable'],
  ['>0.05 wholly failing', { impurity: '>0.05' }, 'grade null'],
  // lead ≤ 0.02, rounded to 0.01: 0.025 rounds (half to even) to 0.02, anything above it to 0.03.
  ['<0.025 rounding to ≤ 0.02', { lead: '<0.025' }, 'grade good'],
  ['≤0.025: 0.025 itself rounds to 0.02', { lead: '≤0.025' }, 'grade good'],
  ['<0.026 across the rounding', { lead: '<0.026' }, 'lead:not-computable'],
  ['>0.025 wholly rounding to 0.03 or more', { lead: '>0.025' }, 'grade null'],
  // hardness ≥ 100, rounded to an interval of 5: 97.5 rounds (half to even) to 100, anything below it to 95.
  ['≥97.5 rounding to the limit', { hardness: '≥97.5' }, 'grade good'],
  ['≥97.4 across the rounding', { hardness: '≥97.4' }, 'hardness:not-computable'],
  ['<97.5 wholly rounding below', { hardness: '<97.5' }, 'grade null'],
  ['≤97.5 across: 97.5 itself rounds up', { hardness: '≤97.5' }, 'hardness:not-computable'],
  // thickness in [1.0, 2.0]: a range.
  ['≥1.5 across the range top', { thickness: '≥1.5' }, 'thickness:not-computable'],
  ['>2.0 wholly above the range', { thickness: '>2.0' }, 'grade null'],
  ['<1.0 wholly below it', { thickness: '<1.0' }, 'grade null'],
  ['≤1.0 across its bottom', { thickness: '≤1.0' }, 'thickness:not-computable'],
  // Full-width and two-character signs.
  ['＞100 / ≧100 / >=100', { insulation: '>=100', impurity: '＜0.01', strength: '＞50' }, 'grade good'],
];

describe.concurrent('a bound graded where its whole half-line decides', () => {
  it('at each limit, just inside and just outside, open and closed', async () => {
    const results = await graded(BOUNDARIES.map(([id, cells]) => row(id, cells)));
    expect(BOUNDARIES.map(([id]) => [id, outcome(results.get(id))])).toEqual(
      BOUNDARIES.map(([id, , want]) => [id, want]),
    );
  });

  it('shows the bound as written in the criterion, with the number graded as its value', async () => {
    const results = await graded([
      row('ge', { insulation: '≥100' }),
      row('gt', { strength: '>50' }),
      row('lt', { impurity: '<0.01' }),
      row('rounded', { lead: '<0.025' }),
      row('fails', { insulation: '≤1' }),
      // A bound beside a GB/T 8170 rounding mark: each read as its own kind.
      row('mixed', { insulation: '≥100', strength: '50.0(+)' }),
    ]);
    expect(results.get('mixed')!.grade).toBe('good');
    expect(criterion(results.get('mixed'), 'insulationMin').written).toBe('≥100');
    expect(criterion(results.get('mixed'), 'strengthOver').written).toBe('50.0(+)');
    expect(criterion(results.get('ge'), 'insulationGood')).toMatchObject({
      value: 100,
      passed: true,
      written: '≥100',
      message: {
        zh: '绝缘电阻：≥100 MΩ，满足 ≥ 100 MΩ（良好）',
        en: 'Insulation resistance: ≥100 MΩ meets ≥ 100 MΩ (Good)',
      },
    });
    // >50 against > 50: graded just above 50, as 50 itself would fail.
    const gt = criterion(results.get('gt'), 'strengthOver');
    expect([gt.written, gt.passed, gt.value > 50 && gt.value < 50.000001]).toEqual(['>50', true, true]);
    // <0.01 against ≤ 0.05: the numeral decides alike, so it is the value.
    expect(criterion(results.get('lt'), 'impurityMax')).toMatchObject({ value: 0.01, written: '<0.01' });
    // No "(rounded to …)" beside a bound: the rounded value of one number says nothing of the half-line.
    expect(criterion(results.get('rounded'), 'leadMax').message.en).toBe(
      'Lead content: <0.025 % meets ≤ 0.02 % (Pass)',
    );
    expect(criterion(results.get('fails'), 'insulationMin')).toMatchObject({
      passed: false,
      written: '≤1',
      message: { en: 'Insulation resistance: ≤1 MΩ does not meet ≥ 2 MΩ (Pass)' },
    });
  });

  it('the CSV explanation shows a failing bound as written, with no rounded value beside it', async () => {
    const path = join(temp(), 'explained.csv');
    writeFileSync(path, `${HEADER}\n${row('s', { lead: '>0.025' })}\n`);
    const run = await cli.run(['grade', '-r', RULES, '-f', 'csv', path]);
    // Named by its label in English as in Chinese (standards-38 M3); `--ids` keeps the id.
    expect(run.stdout.trim().split('\n')[1]).toMatch(/,To reach Pass: Lead content >0\.025 % \(≤ 0\.02 %\)$/);
    const ids = await cli.run(['grade', '-r', RULES, '-f', 'csv', '--ids', path]);
    expect(ids.stdout.trim().split('\n')[1]).toMatch(/,To reach Pass: leadMax >0\.025 % \(≤ 0\.02 %\)$/);
  });

  it('undecided: the record is invalid, naming the bound, the interval, the requirement and its limit (en, zh)', async () => {
    const results = await graded([
      row('across', { insulation: '≥50' }),
      row('clipped', { impurity: '<0.06' }),
    ]);
    expect(results.get('across')!.errors).toEqual([
      {
        field: 'insulation',
        code: 'not-computable',
        message: {
          zh: '绝缘电阻写作 ≥50（界限：实测值在 [50, +∞) 内），不能判定要求“绝缘电阻（良好）”（限值 ≥ 100 MΩ）：区间内有的值满足、有的值不满足：请填写实测值',
          en: 'insulation (Insulation resistance) is written ≥50 (a bound: the measured value lies in [50, +∞)), which cannot decide requirement "Insulation resistance (Good)" (limit ≥ 100 MΩ): some values in it meet the limit and some do not; write the measured value',
        },
      },
    ]);
    // The indicator's range [0, 100] cuts the half-line: <0.06 is [0, 0.06).
    expect(results.get('clipped')!.errors?.[0]?.message.en).toContain('lies in [0, 0.06)');
  });

  it("within the indicator's range: a bound wholly outside it is out of range, shown as written", async () => {
    const results = await graded([row('below', { insulation: '<0' }), row('cut', { insulation: '≥-5' })]);
    expect(results.get('below')!.errors?.map((e) => [e.code, e.message.en])).toEqual([
      ['out-of-range', 'insulation (Insulation resistance) must be ≥ 0, got <0 (line 2, column 2)'],
    ]);
    // ≥-5 is [0, +∞) here: ≥ 2 is met by some of it, not all.
    expect(results.get('cut')!.errors?.[0]?.message.en).toContain(
      'lies in [0, +∞)), which cannot decide requirement "Insulation resistance (Pass)"',
    );
  });
});

describe.concurrent('a bound on a value read by more than its own requirements is refused', () => {
  it.each([
    ['mass', '≥10', 'it is used to compute doubleMass (Double mass)', '还用于计算双倍质量（doubleMass）'],
    ['size', '<5', 'it selects the row of table bySize', '还选择表 bySize 的行'],
  ])('%s written %s', async (field, cell, en, zh) => {
    const results = await graded([row('x', { [field]: cell })]);
    const [error] = results.get('x')!.errors!;
    expect([error!.field, error!.code]).toEqual([field, 'wrong-type']);
    expect(error!.message.en).toContain(
      `must be a number: "${cell}" is a bound, not a measured value; qgrade grades a bound only against the requirements on the indicator itself, and ${en}, for which a bound gives no number: write the measured value`,
    );
    expect(error!.message.zh).toContain(
      `“${cell}”是界限而非测得值；qgrade 只在它能判定该指标自身的要求时按界限评定，而该指标${zh}`,
    );
  });

  // fix-bound40: an integer's bound is its whole numbers (`>0` is ≥ 1); sizeRow asks count ≥ 1 at size 5.
  it('an integer: graded where its whole numbers decide (>0 is ≥ 1), refused across the limit', async () => {
    const results = await graded([
      row('ge1', { count: '≥1' }),
      row('gt0', { count: '>0' }),
      row('ge0', { count: '≥0' }),
      row('lt1', { count: '<1' }),
      row('le05', { count: '≤0.5' }),
    ]);
    expect(['ge1', 'gt0', 'ge0', 'lt1', 'le05'].map((id) => outcome(results.get(id)))).toEqual([
      'grade good',
      'grade good',
      'count:not-computable',
      'grade null',
      'grade null',
    ]);
    expect(criterion(results.get('gt0'), 'sizeRow')).toMatchObject({ value: 1, written: '>0', passed: true });
    expect(results.get('ge0')!.errors?.[0]?.message.en).toContain(
      'count (Count) is written ≥0 (a bound: the measured value lies in [0, +∞)), which cannot decide requirement "Count (Pass)"',
    );
  });

  // fix-bound40: a scope item on the indicator itself is decided as its requirements are.
  it('a scope item on it (length ≤ 500 mm): in scope wholly below, out wholly above, refused across', async () => {
    const results = await graded([
      row('in', { length: '≤100' }),
      row('edge', { length: '≤500' }),
      row('out', { length: '>500' }),
      row('across', { length: '<600' }),
    ]);
    expect(['in', 'edge', 'out', 'across'].map((id) => outcome(results.get(id)))).toEqual([
      'grade good',
      'grade good',
      'grade null',
      'length:not-computable',
    ]);
    expect(results.get('across')!.errors?.[0]?.message).toEqual({
      zh: '长度写作 <600（界限：实测值在 (−∞, 600) 内），不能判定适用范围项“长度”（限值 ≤ 500 mm）：区间内有的值满足、有的值不满足，无法确定记录是否在适用范围内：请填写实测值',
      en: 'length (Length) is written <600 (a bound: the measured value lies in (−∞, 600)), which cannot decide scope item "Length" (limit ≤ 500 mm): some values in it meet the limit and some do not, so whether the record is in the rule set\'s scope is not known; write the measured value',
    });
  });

  // standards-39 F5: a `when` or a points band is read where every value the bound leaves decides it alike.
  it('a `when` it is a fact of: graded where the whole span decides it (>90, >80 under > 80), refused across it', async () => {
    const results = await graded([
      row('over', { humidity: '>90', strength: '60' }),
      row('at', { humidity: '>80', strength: '55' }),
      row('across', { humidity: '>70' }),
    ]);
    // humidityOnly (strength ≥ 60 for good) applies to every humidity above 90, and above 80.
    expect(results.get('over')!.grade).toBe('good');
    expect(criterion(results.get('at'), 'humidityOnly').passed).toBe(false);
    const [error] = results.get('across')!.errors!;
    expect([error!.field, error!.code]).toEqual(['humidity', 'wrong-type']);
    expect(error!.message.en).toContain(
      'humidity (Humidity) must be a number: ">70" is a bound, not a measured value (it lies in (70, +∞)); it decides whether requirement "Strength (Good)" applies, which values in that span decide differently: write the measured value',
    );
    expect(error!.message.zh).toContain(
      '“>70”是界限而非测得值，实测值在 (70, +∞) 内；该指标还决定要求“强度（良好）”是否适用，区间内的值对此判定不同：请填写实测值',
    );
  });

  it('a value scored by points bands: scored where the span lies in one band, refused across an edge', async () => {
    const path = join(temp(), 'scored.csv');
    writeFileSync(path, 'id,passRate\na,≥99\nb,99.5\nc,≥98.9\nd,<90\n');
    const run = await cli.run(['grade', '-r', SCORED, '-f', 'ndjson', path]);
    const [a, b, c, d] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Result);
    // ≥ 99 scores 100 (high at 80); [98.9, 100] crosses the band edge 99; < 90 scores 40 (low).
    expect([a!.grade, b!.grade, d!.grade]).toEqual(['high', 'high', 'low']);
    expect(c!.errors?.[0]?.message.en).toContain(
      '"≥98.9" is a bound, not a measured value (it lies in [98.9, 100]); it is scored by points bands, which values in that span decide differently',
    );
    expect(c!.errors?.[0]?.message.zh).toContain('该指标还按分档计分，区间内的值对此判定不同');
  });
});

describe.concurrent('the same through --workers 2 and an .xlsx of text cells', () => {
  const cases = BOUNDARIES.map(([id, cells]) => [id, { ...BASE, ...cells }] as const);

  it('--workers 2 gives the same output as one thread', async () => {
    const path = join(temp(), 'workers.csv');
    const lines = cases.map(([id, cells]) =>
      [
        id,
        ...HEADER.split(',')
          .slice(1)
          .map((k) => cells[k as keyof typeof cells]),
      ].join(','),
    );
    writeFileSync(path, `${[HEADER, ...lines].join('\n')}\n`);
    const one = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', path]);
    const two = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', '--workers', '2', path]);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('"written":"≥100"');
  });

  it('.xlsx text cells are read as the CSV cells are', async () => {
    const columns = HEADER.split(',');
    const xlsx = join(temp(), 'bounds.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(columns);
        for (const [id, cells] of cases)
          ws.addRow([id, ...columns.slice(1).map((k) => cells[k as keyof typeof cells])]);
      }),
    );
    const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', xlsx]);
    const got = new Map(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Result)
        .map((r) => [r.kept.id, r]),
    );
    expect(BOUNDARIES.map(([id]) => [id, outcome(got.get(id))])).toEqual(
      BOUNDARIES.map(([id, , want]) => [id, want]),
    );
  });
});
