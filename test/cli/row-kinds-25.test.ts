/**
 * Rows and columns one spelling away from the -24 lists (hostile-25 W8, W7): a score sheet's scale and summary
 * lines in the forms a sheet writes them (`满分:100`, `（满分）`, `行业平均`, `平均得分`, `Max. score`, `最高`) are
 * skipped, not graded as enterprises; a column headed as an id (`试样`, `Specimen`) whose cells are words, not
 * ids, is looked at by value; an enterprise named `TOTAL`, `Count`, `Range`, `CV` over a full row that is no such
 * statistic of the rows above is graded (M8). Counts add up with and without workers, in CSV and .xlsx.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';
import { sheetRows } from './sheet-rows-fixture';

const cli = useCli();
const temp = useTempDir();
const { files, graded } = sheetRows(cli, temp);

const ENTERPRISE = 'enterprise/quality-management-capability';
const AC = 'home-appliances/room-air-conditioner-energy';
const scores = (n: string) => ENTERPRISE_ITEM_LABELS.map(() => n);

/** The summary's count line: `29 records: 29 graded, 0 not graded, 0 invalid`. */
function counts(stderr: string): number[] {
  const m = /(\d+) records?: (\d+) graded, (\d+) not graded, (\d+) invalid/.exec(stderr);
  return m ? m.slice(1).map(Number) : [];
}

describe.concurrent('hostile-25 W8: scale and summary lines in the forms a sheet writes them', () => {
  // hostile-25's furn.csv lines that were graded 卓越级, each a form of a known word.
  const LINES = [
    '分数上限',
    '最高分值',
    '满分:100',
    '满分：100分',
    '权重系数',
    'Max. score',
    '得分上限',
    '评分标准',
    '分值权重',
    '均分',
    '行业平均',
    '平均水平',
    '总体平均',
    '样本均值',
    '中位值',
    'Mean score',
    'Total score',
    '总分值',
    '满分100分',
    '（满分）',
    '【满分】',
    'Σ分',
    '平均値',
    '区域平均',
    '同行业平均',
    '平均得分',
    '最高',
    '最低',
  ];

  it('each is skipped and named, the enterprises graded, counts adding up with --workers 2', async () => {
    const rows = [
      ['企业名称', ...ENTERPRISE_ITEM_LABELS],
      ...LINES.map((w) => [w, ...scores('100')]),
      ['甲公司', ...scores('90')],
      ['乙公司', ...scores('70')],
      // Enterprises whose names start with such a word stay enterprises.
      ['行业平均科技有限公司', ...scores('90')],
      ['最高电器厂', ...scores('90')],
    ];
    const [csv, xlsx] = await files('furniture', rows);
    for (const path of [csv!, xlsx!]) {
      const run = await graded(path, ENTERPRISE);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => [r.kept?.企业名称, r.grade])).toEqual([
        ['甲公司', 'excellence'],
        ['乙公司', 'assurance'],
        ['行业平均科技有限公司', 'excellence'],
        ['最高电器厂', 'excellence'],
      ]);
      expect(run.stderr).toContain(`skipped ${LINES.length} rows`);
      expect(run.stderr).toMatch(
        /summary or full-marks rows, skipped whatever their values: (lines|sheet rows) 2 "分数上限"/,
      );
    }
    const one = await graded(csv!, ENTERPRISE);
    const two = await graded(csv!, ENTERPRISE, '--workers', '2');
    expect(counts(one.stderr)).toEqual([4, 4, 0, 0]);
    expect(counts(two.stderr)).toEqual(counts(one.stderr));
    expect(two.results.map((r) => r.kept?.企业名称)).toEqual(one.results.map((r) => r.kept?.企业名称));
  });
});

describe.concurrent('hostile-25 W7: a column headed as an id is looked at by value when its cells are words', () => {
  const rows = (id: string, cells: string[]) => [
    ['序号', id, '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'],
    ...cells.map((c, i) => [String(i + 1), c, '热泵型', '3500', '5.1']),
  ];

  it.each(['试样', 'Specimen', '样品号', '编号', 'Sample ID'])(
    '%s = 移动空调 / 窗式空调 / 多联机: each record invalid (exit 1), in CSV and .xlsx, with --workers 2 alike',
    async (id) => {
      const [csv, xlsx] = await files(
        `idh-${id.replace(/\s/g, '')}`,
        rows(id, ['移动空调', '窗式空调', '多联机']),
      );
      for (const path of [csv!, xlsx!]) {
        const run = await graded(path, AC);
        expect(run.code).toBe(1);
        expect(run.results.map((r) => [r.grade, r.errors?.[0]?.field])).toEqual([
          [null, 'unitConfiguration'],
          [null, 'unitConfiguration'],
          [null, 'unitConfiguration'],
        ]);
        expect(run.results[0]?.errors?.[0]?.message.en).toContain(`column "${id}" holds "移动空调"`);
      }
      const two = await graded(csv!, AC, '--workers', '2');
      expect(counts(two.stderr)).toEqual([3, 0, 0, 3]);
    },
  );

  it('ids with a digit stay ids: T2, T3, S-001 under 试样 are specimens, graded (and --keep 试样 lets words be)', async () => {
    const [csv] = await files('idh-ids', rows('试样', ['T2', 'T3', 'S-001']));
    const run = await graded(csv!, AC);
    expect(run.code).toBe(0);
    expect(run.results.map((r) => [r.kept?.试样, r.grade])).toEqual([
      ['T2', '1'],
      ['T3', '1'],
      ['S-001', '1'],
    ]);
    const [words] = await files('idh-kept', rows('试样', ['移动空调']));
    const kept = await graded(words!, AC, '--keep', '试样');
    expect(kept.code).toBe(0);
    expect(kept.results.map((r) => r.grade)).toEqual(['1']);
  });

  it('NDJSON: a 试样 key holding 移动空调 is looked at as the column is; one holding T2 is an id', async () => {
    const line = (v: string) =>
      JSON.stringify({
        试样: v,
        unitType: 'heat-pump',
        ratedCoolingCapacity: 3500,
        apf: 5.1,
      });
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--lang', 'en', '-'], {
      input: `${line('移动空调')}\n${line('T2')}\n`,
    });
    const results = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GradeResult);
    expect(results.map((r) => [r.grade, r.errors?.[0]?.field ?? null])).toEqual([
      [null, 'unitConfiguration'],
      ['1', null],
    ]);
  });
});

describe.concurrent('hostile-25 M8: a Latin summary word that is also a name, over a full row', () => {
  const rows = [
    ['企业名称', ...ENTERPRISE_ITEM_LABELS],
    ['甲公司', ...scores('80')],
    ['乙公司', ...scores('90')],
    // Enterprises so named: their values are no sum, count, range or deviation of the rows above.
    ['TOTAL', ...scores('85')],
    ['Count', ...scores('85')],
    ['Range', ...scores('85')],
    ['CV', ...scores('85')],
    ['Sum', ...scores('70')],
    // A block's statistics: the mean, the sum and the count of 甲, 乙, TOTAL … above, or of the whole table.
    ['Mean', ...scores('82.9')],
    ['Total', ...scores('580')],
    ['Max', ...scores('90')],
    ['Median', ...scores('85')],
    ['合计', ...scores('85')],
  ];
  const expected = ['甲公司', '乙公司', 'TOTAL', 'Count', 'Range', 'CV', 'Sum'];

  it('the named ones are records, the statistics skipped, in CSV, .xlsx and Parquet, --workers 2 alike', async () => {
    const [csv, xlsx] = await files('named', rows);
    const pq = join(temp(), 'named.parquet');
    const columns = rows[0]!.map((h) => `"${h}"`).join(', ');
    const values = rows
      .slice(1)
      .map((r) => `('${r[0]}', ${r.slice(1).join(', ')})`)
      .join(', ');
    await writeParquet(pq, `SELECT * FROM (VALUES ${values}) t(${columns})`);
    for (const path of [csv!, xlsx!, pq]) {
      const run = await graded(path, ENTERPRISE);
      expect(run.code, path).toBe(0);
      expect(run.results.map((r) => r.kept?.企业名称 ?? r.row)).toHaveLength(expected.length);
      expect(counts(run.stderr), path).toEqual([7, 7, 0, 0]);
      // 合计 by its word; the Latin words by their values, and the notice says so (hostile-30 M6).
      expect(run.stderr).toMatch(/skipped whatever its values: (line|sheet row|row) \d+ "合计"/);
      expect(run.stderr).toMatch(
        /skipped as their values are a mean, sum or other statistic of the rows above: .*"Mean", .*"Total", .*"Max", .*"Median"/,
      );
    }
    const one = await graded(csv!, ENTERPRISE);
    expect(one.results.map((r) => r.kept?.企业名称)).toEqual(expected);
    const two = await graded(csv!, ENTERPRISE, '--workers', '2');
    expect(counts(two.stderr)).toEqual([7, 7, 0, 0]);
    expect(two.results.map((r) => r.kept?.企业名称)).toEqual(expected);
  });

  it('a statistics row with fewer values than a full record is skipped whatever its values, as before', async () => {
    const [csv] = await files('partial', [
      ['企业名称', ...ENTERPRISE_ITEM_LABELS],
      ['甲公司', ...scores('80')],
      ['TOTAL', '85', ...scores('').slice(1)],
    ]);
    const run = await graded(csv!, ENTERPRISE);
    expect(run.results.map((r) => r.kept?.企业名称)).toEqual(['甲公司']);
    expect(run.stderr).toContain('"TOTAL"');
  });
});
