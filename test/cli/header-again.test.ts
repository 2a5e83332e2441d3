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
