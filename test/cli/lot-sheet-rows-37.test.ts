/**
 * committee-37 M5: the lot workbook (`grade --group-by … -f xlsx`, and `compare`'s changed lots) gives a lot's first
 * and last rows as the input's own sheet rows or CSV lines, headed so, where it gave record numbers under 首行/末行:
 * under a title row and a header, record 1 is sheet row 3. JSON keeps `rows.first/last` and adds `rows.places`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const LOT = 'building-materials/cement-lot-grade';
const HEADER = [
  '样品编号',
  'lot',
  'strengthClass',
  'compressive3d',
  'compressive28d',
  'initialSetting',
  'finalSetting',
];
const row = (id: string, lot: string, mpa: number) => [id, lot, '52.5', 30, mpa, 180, 240];
const ROWS = [row('S1', 'L1', 58.4), row('S2', 'L1', 58.9), row('S3', 'L2', 59.6), row('S4', 'L2', 58.4)];

async function lotSheet(path: string, lang: 'zh' | 'en') {
  const book = join(temp(), `lots-${lang}-${Math.random().toString(36).slice(2)}.xlsx`);
  const run = await cli.run([
    '--lang',
    lang,
    'grade',
    '--group-by',
    'lot',
    '-r',
    LOT,
    '-f',
    'xlsx',
    '-o',
    book,
    path,
  ]);
  expect(run.stderr).not.toContain('Error');
  return (await readBack(readFileSync(book))).find((s) => s.rows[0]?.[0] === 'lot')!;
}

describe('lot workbook rows are the input’s rows (committee-37 M5)', () => {
  it('.xlsx under a title row: 首行（工作表行号） 3–4 and 5–6, zh and en', async () => {
    const path = await xlsx(['2025 年出厂检验'], HEADER, ...ROWS);
    const zh = await lotSheet(path, 'zh');
    expect(zh.rows[0]!.slice(0, 3)).toEqual(['lot', '首行（工作表行号）', '末行（工作表行号）']);
    expect(zh.rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['L1', 3, 4],
      ['L2', 5, 6],
    ]);
    const en = await lotSheet(path, 'en');
    expect(en.rows[0]!.slice(1, 3)).toEqual(['First sheet row', 'Last sheet row']);
  });

  it('CSV: file lines (the header is line 1); JSON keeps record numbers and adds places', async () => {
    const path = csv(HEADER.join(','), ...ROWS.map((r) => r.join(',')));
    const zh = await lotSheet(path, 'zh');
    expect(zh.rows[0]!.slice(1, 3)).toEqual(['首行（文件行号）', '末行（文件行号）']);
    expect(zh.rows[2]!.slice(0, 3)).toEqual(['L2', 4, 5]);
    const json = JSON.parse(
      (await cli.run(['grade', '--group-by', 'lot', '-r', LOT, '-f', 'json', path])).stdout,
    );
    expect((json as GroupResult[])[1]!.rows).toEqual({
      first: 3,
      last: 4,
      places: { first: { line: 4 }, last: { line: 5 } },
    });
  });

  it('NDJSON records have no rows of a file: record numbers, headed 首条（记录序号）', async () => {
    const records = ROWS.map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i]])));
    const path = join(temp(), 'lots.ndjson');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
    const zh = await lotSheet(path, 'zh');
    expect(zh.rows[0]!.slice(1, 3)).toEqual(['首条（记录序号）', '末条（记录序号）']);
    expect(zh.rows[2]!.slice(0, 3)).toEqual(['L2', 3, 4]);
  });
});
