/**
 * An indicator's heading over a nominal and a measured column (`额定制冷量 CC` over `标称值 | 实测值`): which to grade
 * is not guessed (hostile-30 W3: unmerged, the nominal column was graded; merged, the message said nothing of the two
 * figures).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const { csv } = inputFiles(temp);

const UPPER = ['型号', '机组类型', '额定制冷量 CC', '', '全年能源消耗效率 APF', ''];
const LOWER = ['', '', '标称值', '实测值', '标称值', '实测值'];
const ROWS = [
  ['A', '热泵型', 3500, 3450, 5.1, 4.62],
  ['B', '热泵型', 2600, 2580, 4.6, 4.3],
];

async function workbook(merged: boolean): Promise<string> {
  const path = join(temp(), `nm-${merged}.xlsx`);
  writeFileSync(
    path,
    await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(UPPER.map((c) => (c === '' ? null : c)));
      ws.addRow(LOWER.map((c) => (c === '' ? null : c)));
      for (const r of ROWS) ws.addRow(r);
      if (merged) {
        ws.mergeCells('C1:D1');
        ws.mergeCells('E1:F1');
        ws.mergeCells('A1:A2');
        ws.mergeCells('B1:B2');
      }
    }),
  );
  return path;
}

describe.concurrent('标称值 | 实测值 under an indicator heading (hostile-30 W3)', () => {
  for (const merged of [false, true])
    it(`.xlsx, the heading ${merged ? 'merged' : 'typed, not merged'}: exit 2 naming both and the --map for the measured one`, async () => {
      const run = await cli.run(['grade', '-r', AC, await workbook(merged)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        '"额定制冷量 CC" heads columns 3–4, with "标称值" (column 3, the nominal figure) and "实测值" (column 4, the measured one)',
      );
      expect(run.stderr).toContain("--map '额定制冷量 CC 实测值=ratedCoolingCapacity'");
      expect(run.stderr).toContain("--map '全年能源消耗效率 APF 实测值=apf'");
    });

  it('CSV as Excel saves it: exit 2; zh names the nominal and measured figures', async () => {
    const file = csv(UPPER.join(','), LOWER.join(','), ...ROWS.map((r) => r.join(',')));
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the measured one');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(zh.stderr).toContain('其下是“标称值”（第 3 列，标称值）和“实测值”（第 4 列，实测值）');
  });

  it('written as one header row, as the message says: the measured figures graded (A grade 2, B grade 3)', async () => {
    const file = csv(
      '型号,机组类型,额定制冷量 CC 标称值,额定制冷量 CC 实测值,全年能源消耗效率 APF 标称值,全年能源消耗效率 APF 实测值',
      ...ROWS.map((r) => r.join(',')),
    );
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--map',
      '额定制冷量 CC 实测值=ratedCoolingCapacity',
      '--map',
      '全年能源消耗效率 APF 实测值=apf',
      file,
    ]);
    expect(run.code).toBe(0);
    const grades = run.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { grade: string }).grade);
    expect(grades).toEqual(['2', '3']);
  });

  it('a heading over other sub-headings (two specimens numbered, one figure) is read as before', async () => {
    const file = csv(UPPER.join(','), ['', '', '实测值', '', '实测值', ''].join(','), 'A,热泵型,3450,,4.62,');
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).not.toBe(2);
  });
});
