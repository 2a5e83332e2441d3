/**
 * A GB/T 8170 marked value followed by a unit (`42.5(−) MPa`). Bundled common Portland cement, class 42.5: 28-day
 * compressive strength ≥ 42.5 MPa (GB 175-2007 as commonly quoted, unverified). 42.5(−) lies below it, 42.5(+)
 * above, so "write 42.5" would turn the verdict either way.
 *
 * fix-clash-35 refused the indicator's own unit after the mark ("remove MPa, write 42.5(−)"); since fix-cells40 it
 * is read as the marked value alone is, record for record, in a CSV cell, an .xlsx text cell, a JSON string and a
 * gradeSync value. A unit that is not the indicator's (`kN`, `kPa`) is still refused, named.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const CEMENT = 'building-materials/common-portland-cement';
const HEADER = [
  'cementType',
  'strengthClass',
  'compressive3d',
  'compressive28d',
  'flexural3d',
  'flexural28d',
  'initialSetting',
  'finalSetting',
  'magnesia',
  'sulfurTrioxide',
  'chloride',
  'soundness',
];
const row = (c28: string) => [
  'P.O',
  '42.5',
  '24.8',
  c28,
  '5.1',
  '8.2',
  '175',
  '235',
  '2.3',
  '2.7',
  '0.031',
  'true',
];
// Own unit (read), then the marked values alone they must grade as, then other units (refused).
const OWN = ['42.5(−) MPa', '42.5(−)MPa', '42.5(−)（MPa）', '42.5（－）MPa', '42.5(+) N/mm²', '42.5(+)MPa'];
const ALONE = ['42.5(−)', '42.5(−)', '42.5(−)', '42.5(−)', '42.5(+)', '42.5(+)'];
const OTHER = ['42.5(−) kN', '42.5(−) kPa', '42.5(−) MPa MPa'];
const VALUES = [...OWN, ...ALONE, ...OTHER];

/** A JSON record: numbers as numbers, the 28-day strength as the text given. */
function record(v: string): Record<string, unknown> {
  const r: Record<string, unknown> = Object.fromEntries(HEADER.map((h, i) => [h, row(v)[i]]));
  for (const k of HEADER.slice(2, 11)) if (k !== 'compressive28d') r[k] = Number(r[k]);
  r.soundness = true;
  return r;
}

interface Result {
  row?: number;
  grade: string | null;
  errors?: { field: string; message: { zh: string; en: string } }[];
  notGradedReason?: { code: string };
}

async function graded(path: string): Promise<Result[]> {
  const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

const advice = (r: Result) => r.errors?.find((e) => e.field === 'compressive28d')?.message;
const withoutRow = ({ row: _, ...rest }: Result) => rest;

function expectRead(results: Result[]): void {
  const n = OWN.length;
  for (let i = 0; i < n; i++) {
    // The whole result, explanation and `written` included, is the marked value's alone.
    expect(withoutRow(results[i]!), VALUES[i]).toEqual(withoutRow(results[n + i]!));
    expect(results[i]?.errors, VALUES[i]).toBeUndefined();
  }
  // 42.5(−) lies below ≥ 42.5: not graded; 42.5(+) above: conforming.
  expect(results[0]?.notGradedReason?.code).toBe('below-lowest-grade');
  expect(results[3]?.notGradedReason?.code).toBe('below-lowest-grade');
  expect(results[4]?.grade).toBe('conforming');
  expect(results[5]?.grade).toBe('conforming');
  const [kN, kPa, twice] = results.slice(2 * n).map((r) => advice(r));
  expect(kN?.en).toContain(
    'has "kN" after the rounding mark 42.5(−): write the number alone (the measured value unrounded, in MPa)',
  );
  expect(kPa?.en).toContain('has "kPa" after the rounding mark 42.5(−): write the number alone');
  expect(kPa?.zh).toContain('在修约符号 42.5(−) 之后还有“kPa”，应只写数值（未经修约的实测值（以 MPa 计））');
  expect(twice?.en).toContain('has "MPa MPa" after the rounding mark 42.5(−)');
}

describe.concurrent('a rounding mark with a unit after it (fix-clash-35, fix-cells40)', () => {
  it('a CSV cell', async () => {
    const path = join(temp(), 'marks.csv');
    writeFileSync(path, `${[HEADER.join(','), ...VALUES.map((v) => row(v).join(','))].join('\n')}\n`);
    expectRead(await graded(path));
  });

  it('an .xlsx text cell', async () => {
    const path = join(temp(), 'marks.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(HEADER);
        for (const v of VALUES) ws.addRow(row(v));
      }),
    );
    expectRead(await graded(path));
  });

  it('a JSON string', async () => {
    const path = join(temp(), 'marks.json');
    writeFileSync(path, JSON.stringify(VALUES.map(record)));
    expectRead(await graded(path));
  });

  it('a gradeSync value', async () => {
    const grader = createGrader(await loadRuleSet(CEMENT));
    const results = VALUES.map((v) => grader.gradeSync(record(v)));
    const n = OWN.length;
    for (let i = 0; i < n; i++) expect(results[i], VALUES[i]).toEqual(results[n + i]);
    expect(results[0]?.notGradedReason?.code).toBe('below-lowest-grade');
    expect(results[0]?.criteria.find((c) => c.indicator === 'compressive28d')?.written).toBe('42.5(−)');
    expect(results[4]?.grade).toBe('conforming');
    const kN = results[2 * n]?.errors?.find((e) => e.field === 'compressive28d')?.message;
    expect(kN?.zh).toContain('在修约符号 42.5(−) 之后还有“kN”');
    expect(kN?.en).toContain('has "kN" after the rounding mark 42.5(−)');
  });
});
