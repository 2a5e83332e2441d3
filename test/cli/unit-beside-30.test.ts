/**
 * A column beside an indicator column holding its unit, whatever its header (none, `cap_unit`, `UOM`, `capacity
 * unit`, a Parquet `capacity_unit`): checked as a `单位` column is (hostile-30 W2: Btu/h was graded as W, two
 * grades too high).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const { csv, xlsx } = inputFiles(temp);

// 12000 Btu/h = 3517 W (grade 2 at APF 4.62); read as 12000 W it was grade 1.
const line = (unitHeader: string, unit: string) => [
  `型号,机组类型,额定制冷量 CC,${unitHeader},全年能源消耗效率 APF`,
  `A,热泵型,12000,${unit},4.62`,
  `B,热泵型,9000,${unit},4.30`,
];

describe.concurrent('a unit column beside an indicator column, whatever its header (hostile-30 W2)', () => {
  for (const header of ['', 'cap_unit', 'UOM', 'capacity unit', 'CapacityUnit'])
    it(`CSV "${header}" holding Btu/h: exit 2, naming the column and the indicator`, async () => {
      const run = await cli.run(['grade', '-r', AC, csv(...line(header, 'Btu/h'))]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('states the unit Btu/h');
      expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
      if (header === '')
        expect(run.stderr).toContain('column 4, with no header, right after the column "额定制冷量 CC"');
    });

  it('.xlsx, the unit column headerless: exit 2', async () => {
    const [head, a] = line('', 'Btu/h').map((l) => l.split(','));
    const file = await xlsx(head!, [a![0]!, a![1]!, 12000, 'Btu/h', 4.62]);
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit Btu/h');
  });

  it('Parquet, a column capacity_unit: exit 2', async () => {
    const file = join(temp(), 'unit.parquet');
    await writeParquet(
      file,
      `SELECT 'A' AS 型号, '热泵型' AS 机组类型, 12000.0::DOUBLE AS ratedCoolingCapacity, 'Btu/h' AS capacity_unit, 4.62::DOUBLE AS apf`,
    );
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the column "capacity_unit"');
  });

  it('zh: the message names the headerless column', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv(...line('', 'Btu/h'))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 4 列，无表头，紧接“额定制冷量 CC”列');
  });

  it("the indicator's own unit (W) beside it: graded as before", async () => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'json', csv(...line('', 'W'))]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Grade 1"');
  });

  it('another header whose cells only look like units of another quantity (a grade A, amperes): not checked', async () => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'json', '--no-keep', csv(...line('等级', 'A'))]);
    expect(run.code).toBe(0);
  });

  it('another header holding a unit of the same quantity (Btu/h beside W): exit 2', async () => {
    const run = await cli.run(['grade', '-r', AC, csv(...line('备注', 'Btu/h'))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the column "备注", right after "额定制冷量 CC"');
  });

  it('.xlsx, the indicator heading merged over the value and the unit columns: the unit checked, not "both give the field"', async () => {
    const book = async (unit: string) => {
      const path = join(temp(), `merged-${unit.replace('/', '')}.xlsx`);
      writeFileSync(
        path,
        await exceljsWorkbook((wb) => {
          const ws = wb.addWorksheet('数据');
          ws.addRow(['型号', '机组类型', '额定制冷量 CC', null, '全年能源消耗效率 APF']);
          ws.addRow(['A', '热泵型', 12000, unit, 4.62]);
          ws.mergeCells('C1:D1');
        }),
      );
      return path;
    };
    const btu = await cli.run(['grade', '-r', AC, await book('Btu/h')]);
    expect(btu.code).toBe(2);
    expect(btu.stderr).toContain('states the unit Btu/h');
    expect(btu.stderr).not.toContain('both give the field');
    const w = await cli.run(['grade', '-r', AC, '-f', 'json', await book('W')]);
    expect(w.code).toBe(0);
    expect(w.stdout).toContain('"Grade 1"');
  });
});
