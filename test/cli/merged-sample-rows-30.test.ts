/**
 * A sample's values merged down over its rows (an indoor and an outdoor unit under one 样品编号, each row its own
 * 型号): one record per merged sample, whatever is kept (hostile-30 W5: 4 records by default and with --keep
 * 样品编号, 2 with --no-keep, every grade counted twice).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

async function pairs(): Promise<string> {
  const path = join(temp(), 'pairs.xlsx');
  writeFileSync(
    path,
    await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['样品编号', '机组', '型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF']);
      ws.addRow(['S1', '室内机', 'KFR-35GW/A1', '热泵型', 3500, 4.62]);
      ws.addRow([null, '室外机', 'KFR-35W/A1', null, null, null]);
      ws.addRow(['S2', '室内机', 'KFR-26GW/B1', '热泵型', 2600, 5.27]);
      ws.addRow([null, '室外机', 'KFR-26W/B1', null, null, null]);
      for (const col of ['A', 'D', 'E', 'F']) {
        ws.mergeCells(`${col}2:${col}3`);
        ws.mergeCells(`${col}4:${col}5`);
      }
    }),
  );
  return path;
}

describe('a sample merged over two rows (hostile-30 W5)', () => {
  it('2 records, graded once each, by default, with --keep of either column and with --no-keep', async () => {
    const path = await pairs();
    for (const keep of [[], ['--keep', '样品编号'], ['--keep', '型号'], ['--no-keep']]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ...keep, path]);
      expect(run.code, keep.join(' ')).toBe(0);
      const grades = run.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { grade: string }).grade);
      expect(grades, keep.join(' ')).toEqual(['2', '1']);
      expect(run.stderr, keep.join(' ')).toContain('2 records: 2 graded');
      expect(run.stderr, keep.join(' ')).toContain('sheet rows 3, 5');
    }
  });
});
