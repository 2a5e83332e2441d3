/**
 * fix-valuecheck-24 (hostile-24 W3, W16, W10, M1, M5; standards-24 W4): an unread column's cell that says a
 * defaulted indicator's other value in a common form (`否（水冷式）`, `水冷式机组`, `水冷（冷却塔）`, `water cooled`,
 * `气候类型：T3`) was graded on the default; a read yes/no column refused `否（水冷式）` with a code point.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

let files = 0;
function file(ext: string, text: string): string {
  const path = join(temp(), `${++files}.${ext}`);
  writeFileSync(path, text);
  return path;
}
const csv = (...lines: string[]) => file('csv', `${lines.join('\n')}\n`);
const ndjson = (...records: object[]) =>
  file('ndjson', `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);

async function xlsx(...rows: (string | number)[][]): Promise<string> {
  const path = join(temp(), `${++files}.xlsx`);
  const book = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('数据');
    for (const row of rows) ws.addRow(row);
  });
  writeFileSync(path, book);
  return path;
}

const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { grade: string | null; status: string; errors?: { message: string }[] });

const HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注';
// Each says an out-of-scope value of airCooled, hermeticCompressor or climateType, whose defaults are in scope.
const SAYS_OTHER = [
  '否（水冷式）',
  '水冷式机组',
  '水冷（冷却塔）',
  'water cooled',
  '不是风冷式',
  '无风冷',
  '非全封闭型',
  '否（全封闭型压缩机）',
  '全封闭型压缩机：否',
  '气候类型：T3',
  '热带型（T3）',
];
const HARMLESS = ['非移动式', '移动式空调除外', 'KFR-35GW（T3）', '是（风冷式）', '风冷式机组', '备注：T3'];
const expected = [...SAYS_OTHER.map(() => null), ...HARMLESS.map(() => '1')];

describe.concurrent('1: wrapped and stemmed value words in an unread column (hostile-24 W3, W16)', () => {
  it('CSV: each is invalid, naming the cell; the look-alikes are graded', async () => {
    const cells = [...SAYS_OTHER, ...HARMLESS];
    const rows = cells.map((c, i) => `S${i + 1},热泵型,3500,5.1,"${c}"`);
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv(HEAD, ...rows)]);
    expect(results(run.stdout).map((r) => r.grade)).toEqual(expected);
    expect(run.stdout).toContain('column \\"备注\\" holds \\"否（水冷式）\\", which is airCooled = no');
    expect(run.stdout).toContain('holds \\"气候类型：T3\\", which is climateType = T3');
    expect(run.stdout).toContain('holds \\"全封闭型压缩机：否\\", which is hermeticCompressor = no');
  });

  it('.xlsx and NDJSON alike', async () => {
    const cells = [...SAYS_OTHER, ...HARMLESS];
    const book = await xlsx(HEAD.split(','), ...cells.map((c, i) => [`S${i + 1}`, '热泵型', 3500, 5.1, c]));
    const fromBook = await cli.run(['grade', '-r', AC, '-f', 'ndjson', book]);
    expect(results(fromBook.stdout).map((r) => r.grade)).toEqual(expected);
    const records = cells.map((c, i) => ({
      样品编号: `S${i + 1}`,
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: 5.1,
      备注: c,
    }));
    const lines = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ndjson(...records)]);
    expect(results(lines.stdout).map((r) => r.grade)).toEqual(expected);
  });
});
