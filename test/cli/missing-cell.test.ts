/**
 * A missing value of a column the .xlsx sheet has names its cell, as a wrong-type value does (committee-24
 * C7): text, JSON and with --workers 2, in both languages. A field no column gives has no cell to name.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];

async function errors(path: string, lang: string, ...args: string[]) {
  const run = await cli.run(['--lang', lang, 'grade', '-r', AC, '-f', 'ndjson', ...args, path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult)
    .map((r) => (r.errors ?? []).map((e) => e.message[lang as 'zh' | 'en']));
}

describe('a missing value names its cell in an .xlsx (committee-24 C7)', () => {
  it('an empty APF cell: (cell D3) / （单元格 D3）, with and without workers; the full row has no error', async () => {
    const path = await xlsx(HEADER, ['S1', '热泵型', 3500, 5.1], ['S2', '热泵型', 3500, '']);
    for (const args of [[], ['--workers', '2']]) {
      const en = await errors(path, 'en', ...args);
      expect(en[0]).toEqual([]);
      expect(en[1]).toEqual([
        expect.stringMatching(
          /^apf .*is missing \(cell D3\): it is required for this record by its condition, /,
        ),
      ]);
      const zh = await errors(path, 'zh', ...args);
      expect(zh[1]).toEqual([expect.stringMatching(/^缺少.*（单元格 D3）：这条记录的.*满足其必填条件/)]);
    }
    const text = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(text.stdout).toMatch(/无效\s+缺少.*（单元格 D3）/);
  });

  it('a column the sheet lacks has no cell; a CSV names its line and column (as its wrong-type values)', async () => {
    const noColumn = await xlsx(HEADER.slice(0, 3), ['S1', '热泵型', 3500]);
    const [lacking] = await errors(noColumn, 'en');
    expect(lacking).toEqual([
      expect.stringMatching(/^(?!.*\(cell ).*is missing: it is required for this record/),
    ]);
    const [fromCsv] = await errors(csv(HEADER.join(','), 'S1,热泵型,3500,'), 'en');
    expect(fromCsv).toEqual([
      expect.stringMatching(
        /^(?!.*\(cell ).*is missing \(line 2, column 4\): it is required for this record/,
      ),
    ]);
  });
});
