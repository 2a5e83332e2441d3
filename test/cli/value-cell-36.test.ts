/**
 * A value the grader rejects (out of range, implausible) names its cell when its record becomes an error row, as a
 * conversion error does (fix-left5b-35 M7): a CSV's line and column, an .xlsx cell; in zh and en; the same in
 * every output and with --workers 2. A valid row's result is unchanged, and JSON input has no cell to name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { resultSchemaErrors, useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx, ndjson } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];
// Rated cooling capacity has `range: "> 0"`; APF's `plausible: "[1, 10]"` is the rule author's check.
const ROWS: (string | number)[][] = [
  ['S1', '热泵型', 3500, 5.1],
  ['S2', '热泵型', -48, 5.1],
  ['S3', '热泵型', 3500, 50],
];

async function messages(path: string, lang: 'zh' | 'en', ...args: string[]): Promise<string[][]> {
  const run = await cli.run(['--lang', lang, 'grade', '-r', AC, '-f', 'ndjson', ...args, path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult)
    .map((r) => {
      expect(resultSchemaErrors(r)).toEqual([]);
      return (r.errors ?? []).map((e) => e.message[lang]);
    });
}

describe('a value out of range names its cell (fix-left5b-35 M7)', () => {
  it('CSV: (line 3, column 3) / （第 3 行第 3 列）, an implausible value too; the valid row has no error', async () => {
    const path = csv(...[HEADER, ...ROWS].map((r) => r.join(',')));
    for (const args of [[], ['--workers', '2']]) {
      expect(await messages(path, 'en', ...args)).toEqual([
        [],
        ['ratedCoolingCapacity (Rated cooling capacity (CC)) must be > 0, got -48 (line 3, column 3)'],
        [
          expect.stringMatching(
            /^apf .* 50 is above the check range ≤ 10 .*check the unit or the figure \(line 4, column 4\)$/,
          ),
        ],
      ]);
      expect(await messages(path, 'zh', ...args)).toEqual([
        [],
        ['额定制冷量 CC 应 > 0，实际为 -48（第 3 行第 3 列）'],
        [
          expect.stringMatching(
            /^全年能源消耗效率 APF 50 高于核对范围 ≤ 10.*请核对单位或数值（第 4 行第 4 列）$/,
          ),
        ],
      ]);
    }
  });

  it('.xlsx: (cell C3) / （单元格 C3）, with and without workers', async () => {
    const path = await xlsx(HEADER, ...ROWS);
    for (const args of [[], ['--workers', '2']]) {
      const en = await messages(path, 'en', ...args);
      expect(en[1]).toEqual([expect.stringMatching(/must be > 0, got -48 \(cell C3\)$/)]);
      expect(en[2]).toEqual([expect.stringMatching(/check the unit or the figure \(cell D4\)$/)]);
      const zh = await messages(path, 'zh', ...args);
      expect(zh[1]).toEqual(['额定制冷量 CC 应 > 0，实际为 -48（单元格 C3）']);
    }
  });

  it('every output says it, and --workers 2 writes the same bytes over many batches', async () => {
    // 1,200 rows: three batches of 500 on the workers, the bad one in the last.
    const rows = Array.from({ length: 1200 }, (_, i) => `S${i + 1},热泵型,${i === 1100 ? -48 : 3500},5.1`);
    const path = csv(HEADER.join(','), ...rows);
    for (const format of ['json', 'ndjson', 'csv']) {
      const one = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', format, path]);
      const two = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', format, '--workers', '2', path]);
      expect(one.stdout).toContain('实际为 -48（第 1102 行第 3 列）');
      expect(two.stdout).toBe(one.stdout);
    }
    const html = join(temp(), 'report.html');
    await cli.run(['--lang', 'en', 'grade', '-r', AC, '-f', 'html', '-o', html, path]);
    expect(readFileSync(html, 'utf8')).toContain('got -48 (line 1102, column 3)');
    const book = join(temp(), 'report.xlsx');
    await cli.run(['--lang', 'en', 'grade', '-r', AC, '-f', 'xlsx', '-o', book, path]);
    const cells = (await readBack(readFileSync(book))).flatMap((s) => s.rows.flat());
    expect(cells).toContainEqual(expect.stringMatching(/got -48 \(line 1102, column 3\)/));
  });

  it('JSON input has no cell: the message is as before', async () => {
    const path = ndjson({ ratedCoolingCapacity: -48, apf: 5.1, unitType: 'heat-pump' });
    const [errors] = await messages(path, 'en');
    expect(errors).toEqual([expect.stringMatching(/must be > 0, got -48$/)]);
  });
});
