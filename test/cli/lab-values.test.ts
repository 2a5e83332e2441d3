/**
 * How lab sheets write values, read through CSV and .xlsx alike: GB 175's
 * cement type `P·O` (a middle dot) is the rule set's `P.O`; a result below the
 * detection limit written as a bound (`<0.01`) is graded where the bound decides
 * (GB 175's Cl⁻ ≤ 0.06 %, standards.md; fix-interval8-38); one written as a word
 * (`ND`, `未检出`) or an item not tested (`/`, `—`, `无`) in a number cell is
 * refused with advice on what to write, the cell named in a workbook.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const CEMENT = 'building-materials/cement-quality-grade';
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
/** A superior sample (see the rule set's test cases), with its cement type and chloride as given. */
function sample(id: string, cementType: string, chloride: string | number): (string | number)[] {
  return [id, cementType, '42.5', 24.0, 50.0, 5.0, 8.0, 160, 240, 2.0, 2.6, chloride, 'true'];
}

const BELOW = ['<0.01', '＜0.01', '≤0.01', 'ND', '未检出'];
const NOT_TESTED = ['/', '—', '-', '－', '无', '未检'];
const ROWS = [
  sample('D1', 'P·O', 0.03), // U+00B7, as GB 175 writes it
  sample('D2', 'P・O', 0.03), // U+30FB
  sample('D3', 'P‧II', 0.03), // U+2027
  sample('D4', 'P∙I', 0.03), // U+2219
  sample('D5', 'P·S·A', 0.03), // a type the rule set does not list: still refused
  ...BELOW.map((v, i) => sample(`B${i + 1}`, 'P.O', v)),
  ...NOT_TESTED.map((v, i) => sample(`N${i + 1}`, 'P.O', v)),
];

interface Result {
  row: number;
  grade: string | null;
  notGradedReason?: { code: string };
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
  criteria: { id: string; value: unknown; written?: string; passed?: boolean; message?: unknown }[];
}

async function graded(path: string, lang: string): Promise<Result[]> {
  const run = await cli.run(['--lang', lang, 'grade', '-r', CEMENT, '-f', 'ndjson', path]);
  expect(run.code).toBe(1); // invalid records
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

// Written once, before the tests that run at the same time read them.
let written: Promise<Record<'csv' | 'xlsx', string>> | undefined;
function files(): Promise<Record<'csv' | 'xlsx', string>> {
  written ??= (async () => {
    const csv = join(temp(), 'lab.csv');
    writeFileSync(csv, `${[HEADER, ...ROWS].map((r) => r.join(',')).join('\n')}\n`);
    const xlsx = join(temp(), 'lab.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('2025年抽检');
        for (const r of [HEADER, ...ROWS]) ws.addRow(r);
      }),
    );
    return { csv, xlsx };
  })();
  return written;
}

describe.concurrent('lab values through CSV and .xlsx', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: reads P·O, P・O, P‧II, P∙I as the listed types, and P·S·A as P.S.A, out of scope`, async () => {
      const results = await graded((await files())[format], 'en');
      // P.I and P.II are read, and are outside this rule set's scope (P.O only); not invalid.
      expect(results.slice(0, 4).map((r) => [r.row, r.grade, r.notGradedReason?.code, r.errors])).toEqual([
        [1, 'superior', undefined, undefined],
        [2, 'superior', undefined, undefined],
        [3, null, 'out-of-scope', undefined],
        [4, null, 'out-of-scope', undefined],
      ]);
      // A GB 175-2007 slag cement: out of scope, where it was refused as if the data were wrong (committee-34 M3).
      expect([results[4]!.grade, results[4]!.notGradedReason?.code, results[4]!.errors]).toEqual([
        null,
        'out-of-scope',
        undefined,
      ]);
      expect(results[4]!.criteria.find((c) => c.id === 'ordinary-portland')?.value).toBe('P.S.A');
    });

    it(`${format}: a value below the detection limit, or not tested, is refused with what to write`, async () => {
      const path = (await files())[format];
      const [en, zh] = await Promise.all([graded(path, 'en'), graded(path, 'zh')]);
      const advice = {
        below: {
          zh: '表示低于检出限；qgrade 需要数值：请填写标准规定应取的数值（该指标为必填项，不能留空）',
          en: 'means below the detection limit: qgrade needs a number; write the value the standard says to use (the indicator is required: it cannot be left empty)',
        },
        none: {
          zh: '可能表示未发现，也可能表示未检测：若未发现，请填 0；若未检测，该指标为必填项（留空同样无效），每条记录都须给出：请填写测得的数值，缺少该项的记录无法按本规则集评定',
          en: 'may mean none found or not tested: if none was found, write 0; if it was not tested, the indicator is required (an empty value is invalid too) and every record must give it: write the measured value, as a record without it cannot be graded by this rule set',
        },
        notTested: {
          zh: '表示未检测；该指标为必填项（留空同样无效），每条记录都须给出：请填写测得的数值；缺少该项的记录无法按本规则集评定',
          en: 'means not tested; the indicator is required (an empty value is invalid too) and every record must give it: write the measured value; a record without it cannot be graded by this rule set',
        },
      };
      // `<0.01`, `＜0.01`, `≤0.01`: a bound wholly within Cl⁻ ≤ 0.06 % (GB 175) and the illustrative ≤ 0.04 % of
      // superior: graded, the value shown as written (fix-interval8-38).
      BELOW.slice(0, 3).forEach((written, i) => {
        const r = en[5 + i]!;
        expect([r.grade, r.errors]).toEqual(['superior', undefined]);
        expect(r.criteria.find((c) => c.id === 'gb175-chloride')).toMatchObject({
          written: written === '≤0.01' ? '≤0.01' : '<0.01',
          passed: true,
        });
        expect(zh[5 + i]!.criteria.find((c) => c.id === 'gb175-chloride')?.message).toEqual({
          zh: `氯离子 Cl⁻：${written === '≤0.01' ? '≤0.01' : '<0.01'} %，满足 ≤ 0.06 %（否决项）`,
          en: `Chloride (Cl⁻): ${written === '≤0.01' ? '≤0.01' : '<0.01'} % meets ≤ 0.06 % (veto item)`,
        });
      });
      const cases = [
        ...BELOW.slice(3).map((written) => [written, advice.below] as const),
        // `无` may be none found (0) as well (newcomer-34 F4).
        ...NOT_TESTED.map((written) => [written, written === '无' ? advice.none : advice.notTested] as const),
      ];
      cases.forEach(([written, what], i) => {
        const row = 9 + i;
        const quoted = JSON.stringify(written);
        // A workbook's message names the cell: column L (chloride), the row under the header.
        const cell =
          format === 'xlsx'
            ? { zh: `（单元格 L${row + 1}）`, en: ` (cell L${row + 1})` }
            : { zh: `（第 ${row + 1} 行第 12 列）`, en: ` (line ${row + 1}, column 12)` };
        expect(en[row - 1]!.grade).toBeNull();
        expect(en[row - 1]!.errors).toEqual([
          {
            field: 'chloride',
            code: 'wrong-type',
            message: {
              zh: `氯离子 Cl⁻ 应为数值：${quoted} ${what.zh}${cell.zh}`,
              en: `chloride (Chloride (Cl⁻)) must be a number: ${quoted} ${what.en}${cell.en}`,
            },
          },
        ]);
        expect(zh[row - 1]!.errors).toEqual(en[row - 1]!.errors);
      });
    });
  }

  it('JSON values are used as written: P·O is refused, saying what to write; "<0.01" is read as a bound, as in a cell', async () => {
    const json = (cementType: string, chloride: string) => {
      const row = sample('J1', cementType, chloride);
      const record = Object.fromEntries(HEADER.map((k, i) => [k, row[i]]));
      return JSON.stringify({ ...record, strengthClass: '42.5', soundness: true });
    };
    const input = `${[json('P·O', '<0.01'), json('P.O', '<0.01'), json('P.O', '<0.05')].join('\n')}\n`;
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', '-'], { input });
    const [dotted, bound, across] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Result);
    expect(dotted!.errors?.map((e) => [e.field, e.message.en, e.message.zh])).toEqual([
      [
        'cementType',
        'cementType (Cement type) must be one of P.I, P.II, P.O, P.S.A, P.S.B, P.P, P.F, P.C, got "P·O": the value "P.O" has "." where this has "·" (U+00B7); write "P.O"',
        '水泥品种应为 P.I、P.II、P.O、P.S.A、P.S.B、P.P、P.F、P.C 之一，实际为 "P·O"：取值“P.O”中是“.”，这里写的是“·”（U+00B7）；应写作 "P.O"',
      ],
    ]);
    // Below GB 175's Cl⁻ ≤ 0.06 % and the illustrative ≤ 0.04 % of superior alike: graded.
    expect([bound!.grade, bound!.errors]).toEqual(['superior', undefined]);
    // <0.05 meets ≤ 0.06 % wholly, but lies across ≤ 0.04 %: the record cannot be graded on it.
    expect(across!.grade).toBeNull();
    expect(across!.errors?.map((e) => [e.field, e.code, e.message.en])).toEqual([
      [
        'chloride',
        'not-computable',
        'chloride (Chloride (Cl⁻)) is written <0.05 (a bound: the measured value lies in [0, 0.05)), which cannot decide requirement "Chloride (Cl⁻) (Superior)" (limit ≤ 0.04 %): some values in it meet the limit and some do not; write the measured value',
      ],
    ]);
  });
});
