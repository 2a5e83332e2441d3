/**
 * A page-2 header repeated in other words — the rule set's English labels under a Chinese header, or the
 * other way round — is a repeated header, not a record (hostile-24 W12): in CSV, TSV and .xlsx, with or
 * without a `…（续）` title above it; records counted alike with --keep, --no-keep and --workers 2.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, file, xlsx } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const ZH = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];
const EN = ['Sample', 'Unit type', 'Rated cooling capacity (CC)', 'APF'];

async function graded(path: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--lang', 'en', ...args, path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { code: run.code, stderr: run.stderr, rows: results.map((r) => [r.row, r.grade]) };
}

/** The sheet of hostile-24's pb6.csv: a title, the header, S1; the title continued, the header in English, S2. */
const PB6 = [
  ['2025年空调能效抽检'],
  ZH,
  ['S1', '热泵型', '3500', '5.1'],
  ['2025年空调能效抽检（续）'],
  EN,
  ['S2', '热泵型', '3500', '4.6'],
];

describe('a header repeated in the English labels is a repeated header (hostile-24 W12)', () => {
  it('pb6 in CSV, TSV and .xlsx: 2 records, both page-break lines skipped, exit 0', async () => {
    const paths = [
      csv(...PB6.map((r) => r.join(','))),
      file('tsv', `${PB6.map((r) => r.join('\t')).join('\n')}\n`),
      await xlsx(...PB6.map((r) => r.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)))),
    ];
    for (const path of paths) {
      const run = await graded(path);
      expect(run.rows, path).toEqual([
        [1, '1'],
        [2, '2'],
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/(lines|sheet rows) 4, 5 repeat the header/);
    }
  });

  it('with no title above, and a Chinese header repeated under an English one', async () => {
    const english = csv(ZH.join(','), 'S1,热泵型,3500,5.1', EN.join(','), 'S2,热泵型,3500,4.6');
    const chinese = csv(EN.join(','), 'S1,热泵型,3500,5.1', ZH.join(','), 'S2,热泵型,3500,4.6');
    for (const path of [english, chinese]) {
      const run = await graded(path);
      expect(run.rows).toEqual([
        [1, '1'],
        [2, '2'],
      ]);
      expect(run.stderr).toMatch(/line 3 repeats the header/);
    }
  });

  it('the same records with --keep, --no-keep and --workers 2; the zh notice says it', async () => {
    const path = csv(...PB6.map((r) => r.join(',')));
    for (const args of [['--keep', '样品编号'], ['--no-keep'], ['--workers', '2']]) {
      const run = await graded(path, ...args);
      expect(run.rows).toHaveLength(2);
      expect(run.stderr).toContain('2 records: 2 graded, 0 not graded, 0 invalid');
    }
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    // Only header repeats skipped: that reason alone, not "only notes" first (hostile-29 M6).
    expect(zh.stderr).toContain('跳过 2 行，不作为记录：第 4、5 行重复了表头');
    expect(zh.stderr).not.toContain('只有备注');
    const en = await cli.run(['grade', '-r', AC, path]);
    expect(en.stderr).toContain('skipped 2 rows, not counted as records: lines 4, 5 repeat the header');
    expect(en.stderr).not.toContain('only notes');
  });

  it('a line stating the unit is told as a units line, not a repeat of the header (hostile-30 M4)', async () => {
    // A notes sheet read as the table: its `单位：W` line is part of a header, but repeats none.
    const notes = [['本表为2025年抽检数据'], ['单位：W']];
    for (const path of [csv(...notes.map((r) => r.join(','))), await xlsx(...notes)]) {
      const en = await cli.run(['grade', '-r', AC, path]);
      expect(en.stderr).toMatch(
        /skipped 1 row, not counted as a record: (line|sheet row) 2 states the unit\n/,
      );
      expect(en.stderr).not.toContain('repeats the header');
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
      expect(zh.stderr).toMatch(/跳过 1 行，不作为记录：(工作表)?第 2 行是单位行\n/);
    }
    // Mid-table, beside a repeated header: each line with its own reason.
    const mixed = csv(ZH.join(','), 'S1,热泵型,3500,5.1', '单位：W', ZH.join(','), 'S2,热泵型,3500,4.6');
    const run = await graded(mixed);
    expect(run.rows).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
    expect(run.stderr).toContain(
      'skipped 2 rows, not counted as records: line 4 repeats the header; line 3 states the unit',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, mixed]);
    expect(zh.stderr).toContain('跳过 2 行，不作为记录：第 4 行重复了表头，第 3 行是单位行');
  });

  it('a row with one label among its values stays a record; the labels under other columns stop the run', async () => {
    const stray = csv(ZH.join(','), 'S1,热泵型,3500,5.1', 'S2,Unit type,3500,4.6');
    const one = await graded(stray);
    expect(one.rows).toEqual([
      [1, '1'],
      [2, null],
    ]);
    expect(one.code).toBe(1);
    const shuffled = csv(
      ZH.join(','),
      'S1,热泵型,3500,5.1',
      'Sample,APF,Unit type,Rated cooling capacity (CC)',
    );
    // Hostile-26 W6: a header again in another order would have the rows under it read by the first: exit 2.
    const two = await cli.run(['grade', '-r', AC, shuffled]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("line 3 is a header again, but its columns differ from the first header's");
  });
});
