/**
 * newcomer-33 M5: a notes sheet (填表说明) first and the data on the next. Without `--map` the run stops naming the
 * sheet and the `--sheet` to add; with any `--map` (or `--map-file`) it stopped at "has no column" for the mapped
 * column, the sheet read and the `--sheet` advice never said. Now the same advice follows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

describe('a notes sheet first, and a --map: the --sheet advice all the same (newcomer-33 M5)', () => {
  it('--map 制冷量=ratedCoolingCapacity: exit 2 naming 自评汇总 and --sheet; with --sheet it grades', async () => {
    const path = join(temp(), 'notes-first.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const notes = wb.addWorksheet('填表说明');
        notes.addRow(['填表说明']);
        notes.addRow(['1. 各项按实际填写']);
        const data = wb.addWorksheet('自评汇总');
        data.addRow(['型号', '机组类型', '制冷量', '全年能源消耗效率 APF']);
        data.addRow(['KFR-26GW/A1', 'heat-pump', 2600, 5.27]);
      }),
    );
    const map = ['--map', '制冷量=ratedCoolingCapacity'];
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', ...map, path]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`--map 制冷量=ratedCoolingCapacity：${path} 中没有“制冷量”列`);
    expect(zh.stderr).toContain(
      '读取的工作表 1“填表说明”中没有规则集读取的列；工作表 2“自评汇总”中有 3 个：请加上 --sheet 自评汇总',
    );
    const en = await cli.run(['grade', '-r', AC, '-f', 'csv', ...map, path]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`has no column "制冷量"`);
    expect(en.stderr).toContain(
      'sheet 1 "填表说明" has no column the rule set reads; sheet 2 "自评汇总" has 3 of them: add --sheet 自评汇总',
    );
    const chosen = await cli.run(['grade', '-r', AC, '-f', 'csv', ...map, '--sheet', '自评汇总', path]);
    expect(chosen.code).toBe(0);
    expect(chosen.stderr).toContain('1 record');
  });
});
