/**
 * Hostile-33 F0: a data row is never read as the lower row of a two-row header. A sheet with a one-row header
 * and an unheaded column that writes the cooling type on every row (`风冷式`, the label of the air-conditioner
 * set's airCooled) made the first sample's row the header: the sample was lost and the others were invalid.
 * A row with a number under each indicator column the header names is a record. GB 21455-2019 (CC ≤ 4500 W:
 * grade 1 needs APF ≥ 5.00, grade 2 ≥ 4.50; 4500 < CC ≤ 7100 is not this sample's band, 7200 W needs ≥ 4.20 for
 * grade 1) grades S1 (3500 W, 4.62) 2, S2 (3500 W, 5.0) 1, S3 (7200 W, 4.3) 1.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '冷却方式'];
const ROWS: (string | number)[][] = [
  ['S1', '热泵型', 3500, 4.62, 'R32', '风冷式'],
  ['S2', '热泵型', 3500, 5.0, 'R410A', '风冷式'],
  ['S3', '热泵型', 7200, 4.3, 'R32', '风冷式'],
];
const GRADES = [
  ['S1', '2'],
  ['S2', '1'],
  ['S3', '1'],
];

async function graded(path: string) {
  const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--keep', '样品编号', path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
  return { run, results: results.map((r) => [r.kept?.样品编号, r.grade]) };
}

async function xlsx(file: string, header: (string | null)[], merges: string[] = []): Promise<string> {
  const path = join(temp(), file);
  writeFileSync(
    path,
    await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(header);
      for (const r of ROWS) ws.addRow(r);
      for (const m of merges) ws.mergeCells(m);
    }),
  );
  return path;
}

describe.concurrent('a data row is not read as a header (hostile-33 F0)', () => {
  it('CSV: an unheaded column holding an indicator label (风冷式) leaves the first sample a record', async () => {
    const path = join(temp(), 'unheaded.csv');
    writeFileSync(path, [`${HEADER.join(',')},`, ...ROWS.map((r) => r.join(','))].join('\n'));
    const { run, results } = await graded(path);
    expect(results).toEqual(GRADES);
    expect(run.stderr).toContain('3 records: 3 graded');
  });

  it('.xlsx: the same, with the cell after 冷却方式 empty', async () => {
    const { results } = await graded(await xlsx('unheaded.xlsx', HEADER));
    expect(results).toEqual(GRADES);
  });

  it('.xlsx: the same, with an indicator name (apf) in the unheaded column', async () => {
    const path = join(temp(), 'apf.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(HEADER);
        for (const r of ROWS) ws.addRow([...r.slice(0, 5), 'apf']);
      }),
    );
    expect((await graded(path)).results).toEqual(GRADES);
  });

  it('.xlsx: a heading merged over two columns (冷却方式 / 制冷剂 over E1:F1) above 风冷式 | R32', async () => {
    const header = [...HEADER.slice(0, 4), '冷却方式 / 制冷剂', null];
    const path = join(temp(), 'merged.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(header);
        for (const r of ROWS) ws.addRow([...r.slice(0, 4), r[5]!, r[4]!]);
        ws.mergeCells('E1:F1');
      }),
    );
    expect((await graded(path)).results).toEqual(GRADES);
  });

  it('a real two-row header (a group heading over indicator columns) is still read as one', async () => {
    const path = join(temp(), 'two-row.csv');
    const lines = [
      '样品编号,机组类型,性能指标,',
      ',,额定制冷量 CC,全年能源消耗效率 APF',
      ...ROWS.map((r) => r.slice(0, 4).join(',')),
    ];
    writeFileSync(path, lines.join('\n'));
    expect((await graded(path)).results).toEqual(GRADES);
  });
});
