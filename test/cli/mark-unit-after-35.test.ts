/**
 * A GB/T 8170 marked value followed by a unit (`42.5(−) MPa`): refused as `42.5 MPa` is, the unit named and the
 * marked value given to write, where a CSV cell was told the minus sign was a stray character and `42.5(+) MPa` was
 * "not a decimal number". Bundled common Portland cement, class 42.5: 28-day compressive strength ≥ 42.5 MPa (GB 175-2007
 * as commonly quoted, unverified). 42.5(−) lies below it, so "write 42.5" would turn the verdict (fix-clash-35).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
const VALUES = ['42.5(−) MPa', '42.5(−)MPa', '42.5(−)（MPa）', '42.5(+) N/mm²', '42.5(−) kN', '42.5(−)'];

interface Result {
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

function expectAdvice(results: Result[]): void {
  const en = results.map((r) => advice(r)?.en ?? null);
  expect(en[0]).toContain(
    `has the indicator's unit "MPa" after the rounding mark 42.5(−): remove "MPa" and write 42.5(−)`,
  );
  expect(en[1]).toContain(
    `has the indicator's unit "MPa" after the rounding mark 42.5(−): remove "MPa" and write 42.5(−)`,
  );
  expect(en[2]).toContain(
    `has the indicator's unit "(MPa)" after the rounding mark 42.5(−): remove "(MPa)" and write 42.5(−)`,
  );
  expect(en[3]).toContain(
    `has the indicator's unit "N/mm²" after the rounding mark 42.5(+): remove "N/mm²" and write 42.5(+)`,
  );
  expect(en[4]).toContain(
    'has "kN" after the rounding mark 42.5(−): write the number alone (the measured value unrounded, in MPa)',
  );
  expect(advice(results[0]!)?.zh).toContain(
    '在修约符号 42.5(−) 之后带有该指标的单位“MPa”：请去掉“MPa”，写作 42.5(−)',
  );
  // The marked value alone is read, and falls short of ≥ 42.5.
  expect(results[5]?.errors).toBeUndefined();
  expect(results[5]?.notGradedReason?.code).toBe('below-lowest-grade');
  for (const text of en.slice(0, 5))
    expect(text).not.toMatch(/U\+2212|not a decimal number|write 42\.5(?![(])/);
}

describe.concurrent('a rounding mark with a unit after it (fix-clash-35)', () => {
  it('a CSV cell', async () => {
    const path = join(temp(), 'marks.csv');
    writeFileSync(path, `${[HEADER.join(','), ...VALUES.map((v) => row(v).join(','))].join('\n')}\n`);
    expectAdvice(await graded(path));
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
    expectAdvice(await graded(path));
  });

  it('a JSON string', async () => {
    const path = join(temp(), 'marks.json');
    const records = VALUES.map((v) => {
      const r: Record<string, unknown> = Object.fromEntries(HEADER.map((h, i) => [h, row(v)[i]]));
      for (const k of HEADER.slice(2, 11)) if (k !== 'compressive28d') r[k] = Number(r[k]);
      r.soundness = true;
      return r;
    });
    writeFileSync(path, JSON.stringify(records));
    expectAdvice(await graded(path));
  });
});
