/**
 * A lab sheet's sign-off under the data (committee-35 M7): `检验员：张三,,审核：李四` starts in column A, under the
 * sample ids, and its other roles fall under indicator columns, so it was read as a record, invalid (designation
 * "审核：李四"), exit 1. A row whose every cell is a role and a name is notes, and the notice names sign-off lines,
 * in a CSV (padded or short, zh and English roles) and an .xlsx sheet, zh and en.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const REBAR = 'steel/hot-rolled-ribbed-bar';
const HEADER = ['试样编号', ...REBAR_LABELS];
const BAR = ['S1', ...CONFORMING_BAR];
const pad = (cells: string[]) => [
  ...cells,
  ...Array.from({ length: HEADER.length - cells.length }, () => ''),
];

describe.concurrent('a sign-off line under the data (committee-35 M7)', () => {
  it('CSV: padded, short and English sign-offs are notes; one record, exit 0; the notice in zh and en', async () => {
    const path = join(temp(), 'signed.csv');
    const lines = [
      HEADER,
      BAR,
      pad(['检验员：张三', '', '审核：李四']),
      ['制表：王五', '批准：赵六'],
      pad(['Inspector: Li', 'Checked by: Wang', 'Approved by: Zhou']),
    ];
    writeFileSync(path, `${lines.map((l) => l.join(',')).join('\n')}\n`);
    const en = await cli.run(['grade', '-r', REBAR, '-f', 'ndjson', path]);
    expect(en.code).toBe(0);
    expect(en.stdout.trim().split('\n')).toHaveLength(1);
    expect(en.stderr).toContain(
      'skipped 3 rows of sign-offs (检验员：…, Checked by: …), notes or closing lines (合计, 合格率, 以下空白 and the like), not counted as records: lines 3, 4, 5',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', REBAR, '-f', 'ndjson', path]);
    expect(zh.stderr).toContain(
      '跳过 3 行：签字行（检验员：…、审核：…）、备注或合计、以下空白等结尾行，不作为记录（第 3、4、5 行）',
    );
  });

  it('.xlsx: the same row is notes, named by its sheet row', async () => {
    const path = join(temp(), 'signed.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(HEADER);
        ws.addRow(BAR);
        ws.addRow(['检验员：张三', null, '审核：李四']);
      }),
    );
    const run = await cli.run(['grade', '-r', REBAR, '-f', 'ndjson', path]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/skipped 1 row of sign-offs [^\n]*: sheet row 3/u);
  });

  it('a bar whose designation cell holds a sign-off among values is still a record, invalid', async () => {
    const path = join(temp(), 'mixed.csv');
    const bad = [...BAR];
    bad[1] = '审核：李四';
    writeFileSync(path, `${[HEADER, BAR, bad].map((l) => l.join(',')).join('\n')}\n`);
    const run = await cli.run(['grade', '-r', REBAR, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });
});
