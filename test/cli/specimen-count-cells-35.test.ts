/**
 * A bar with two Rm specimens and one ReL cell left blank (committee-35 M3): the bundled rebar rule set pairs
 * Rm°/ReL° specimen by specimen (pairSpecimens), so the record is invalid. The message names the values by their
 * labels (抗拉强度 Rm, 下屈服强度 ReL, 强屈比 Rm°/ReL°; en Tensile strength Rm …), not field ids, and names the empty
 * cell as a missing value's message does: the CSV line and column, the .xlsx cell.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const REBAR = 'steel/hot-rolled-ribbed-bar';
const HEADER = [
  '试样编号',
  '牌号',
  '公称直径(mm)',
  '下屈服强度ReL(MPa)',
  '下屈服强度ReL(MPa)',
  '抗拉强度Rm(MPa)',
  '抗拉强度Rm(MPa)',
  '断后伸长率A(%)',
  '最大力总延伸率Agt(%)',
  '碳C(%)',
  '硅Si(%)',
  '锰Mn(%)',
  '磷P(%)',
  '硫S(%)',
  '重量偏差(%)',
  '弯曲试验',
];
const BAR = [
  'P1',
  'HRB400E',
  '12',
  '455',
  '460',
  '600',
  '610',
  '22',
  '11',
  '0.21',
  '0.45',
  '1.35',
  '0.025',
  '0.02',
  '-1.5',
  '合格',
];
// The first ReL specimen blank: column 4 (D).
const BLANK = BAR.map((c, i) => (i === 3 ? '' : c));

interface Result {
  grade: string | null;
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

async function errorsOf(path: string): Promise<Result[]> {
  const run = await cli.run(['grade', '-r', REBAR, '-f', 'ndjson', path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

describe.concurrent('a blank tensile specimen (committee-35 M3)', () => {
  it('CSV: labels, not ids, and the empty cell by line and column, in zh and en', async () => {
    const path = join(temp(), 'blank.csv');
    writeFileSync(path, `${[HEADER, BAR, BLANK].map((r) => r.join(',')).join('\n')}\n`);
    const [whole, blank] = await errorsOf(path);
    expect(whole!.grade).toBe('conforming');
    expect(blank!.errors).toEqual([
      {
        field: 'yieldStrength',
        code: 'specimen-count-mismatch',
        message: {
          zh: '抗拉强度 Rm 有 2 个试样值，下屈服强度 ReL 只有 1 个：须按同一试样的两个值计算强屈比 Rm°/ReL°，下屈服强度 ReL 须给出 2 个值，一个值不会用于每个试样（第 3 行第 4 列为空）',
          en: "Tensile strength Rm gives 2 specimens and Lower yield strength ReL gives 1: Strength ratio Rm°/ReL° is computed from each specimen's own values, so Lower yield strength ReL must give 2; one value is not used for every specimen (line 3, column 4 empty)",
        },
      },
    ]);
  });

  it('.xlsx: the empty cell by its name', async () => {
    const path = join(temp(), 'blank.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(HEADER);
        ws.addRow(BLANK.map((c, i) => (i === 3 ? null : c)));
      }),
    );
    const [blank] = await errorsOf(path);
    expect(blank!.errors?.[0]?.message.zh).toMatch(/须给出 2 个值，一个值不会用于每个试样（空单元格 D2）$/);
    expect(blank!.errors?.[0]?.message.en).toMatch(
      /; one value is not used for every specimen \(empty cell D2\)$/,
    );
  });
});
