/**
 * Sheet spellings of the cement type and class, read through CSV and .xlsx alike (committee-24 F15, F16):
 * `P·Ⅱ` with the Roman numeral U+2161 (as GB 175 prints it) is `P.II`, `PO` without its dot is `P.O`, `42.50`
 * (a cell formatted 0.00, saved as text) is `"42.5"`; look-alikes stay refused.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const HEADER = [
  'sampleId',
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
/** A superior sample of cement-quality-grade, with its type and class as written. */
function sample(id: string, cementType: string, strengthClass: string): string[] {
  return [
    id,
    cementType,
    strengthClass,
    '24.0',
    '50.0',
    '5.0',
    '8.0',
    '160',
    '240',
    '2.0',
    '2.6',
    '0.03',
    'true',
  ];
}
const ROWS = [
  sample('R1', 'P·Ⅱ', '42.5'), // U+2161: read as P.II, out of this rule set's scope (P.O only), not invalid
  sample('R2', 'P·Ⅰ', '42.5'), // U+2160
  sample('R3', 'PO', '42.5'),
  sample('R4', 'P.O', '42.50'),
  sample('R5', 'P·Ⅲ', '42.5'), // no P.III: refused
  sample('R6', 'P.O', '425'), // a decimal point is not dropped: refused
];

async function graded(path: string) {
  const run = await cli.run([
    '--lang',
    'en',
    'grade',
    '-r',
    'building-materials/cement-quality-grade',
    '-f',
    'ndjson',
    path,
  ]);
  expect(run.code).toBe(1);
  return run.stdout
    .trim()
    .split('\n')
    .map(
      (l) =>
        JSON.parse(l) as {
          grade: string | null;
          notGradedReason?: { code: string };
          errors?: { field: string; message: { en: string } }[];
        },
    );
}

describe.concurrent('enum spellings through CSV and .xlsx (committee-24 F15, F16)', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: P·Ⅱ, P·Ⅰ, PO and 42.50 are read; P·Ⅲ and 425 are refused`, async () => {
      const path = join(temp(), `spellings.${format}`);
      if (format === 'csv') writeFileSync(path, `${[HEADER, ...ROWS].map((r) => r.join(',')).join('\n')}\n`);
      else
        writeFileSync(
          path,
          await exceljsWorkbook((wb) => {
            const ws = wb.addWorksheet('抽检');
            for (const r of [HEADER, ...ROWS]) ws.addRow(r);
          }),
        );
      const results = await graded(path);
      expect(results.slice(0, 4).map((r) => [r.grade, r.notGradedReason?.code, r.errors])).toEqual([
        [null, 'out-of-scope', undefined],
        [null, 'out-of-scope', undefined],
        ['superior', undefined, undefined],
        ['superior', undefined, undefined],
      ]);
      expect(results[4]!.errors?.map((e) => e.message.en)).toEqual([
        expect.stringMatching(
          /^cementType \(Cement type\) must be one of P\.I, P\.II, P\.O, P\.S\.A, P\.S\.B, P\.P, P\.F, P\.C, got "P·Ⅲ"/,
        ),
      ]);
      expect(results[5]!.errors?.map((e) => e.message.en)).toEqual([
        expect.stringMatching(
          /^strengthClass \(Strength class\) must be one of 42\.5, 42\.5R, 52\.5, 52\.5R, 32\.5, 32\.5R, 62\.5, 62\.5R, got "425"/,
        ),
      ]);
    });
  }
});
