/**
 * hostile-27 W1: a summary row whose word comes after a lot key (`L1,平均,…` under `lot,样品编号,…`, the layout
 * cement-lot-grade asks for) or after a 序号 (`3,全省平均,…` in an enterprise 汇总表) is skipped, in CSV, .xlsx and
 * Parquet, not graded as one more sample or enterprise. The word counts in the first cell outside the indicator
 * columns that is not a lot key (the `--group-by` or a `--tally-by` column) or a whole number (a 序号).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const LOTS = 'building-materials/cement-lot-grade';
const ENT = 'enterprise/quality-management-capability';
const LOT_FIRST = 'lot,样品编号,强度等级,3 天抗压强度,28 天抗压强度,初凝时间,终凝时间';
/**
 * Lot L1: 28-day 48.4, 50.0, 51.6 MPa → x̄ 50.0, s = √((1.6² + 0 + 1.6²)/2) = 1.6, CV 3.2 %: ≤ 4.0 but > 3.0, First
 * class. With the mean row 50.0 counted as a 4th sample, s = √(5.12/3) = 1.31 and CV 2.6 %: Superior (the bug).
 */
const L1 = ['L1,S1,42.5,30,48.4,180,300', 'L1,S2,42.5,30,50.0,180,300', 'L1,S3,42.5,30,51.6,180,300'];

/** The same lines as a Parquet file, every column as text (as a sheet saved with text cells is). */
async function parquet(lines: readonly string[]): Promise<string> {
  const path = join(temp(), `${lines.length}-${Math.random().toString(36).slice(2)}.parquet`);
  const [header, ...rows] = lines.map((l) => l.split(','));
  const select = rows.map(
    (r) => `SELECT ${header!.map((h, i) => `${r[i] ? `'${r[i]}'` : 'NULL::VARCHAR'} AS "${h}"`).join(', ')}`,
  );
  await writeParquet(path, `${select.join(' UNION ALL ')}`);
  return path;
}

/** Lines as an .xlsx sheet, numbers typed as numbers. */
function sheet(lines: readonly string[]): Promise<string> {
  return xlsx(
    ...lines.map((l) => l.split(',').map((c) => (/^\d+(?:\.\d+)?$/.test(c) ? Number(c) : c === '' ? '' : c))),
  );
}

/** The lots of a file, graded as CSV in English. */
const gradeLots = (path: string) =>
  cli.run(['--lang', 'en', 'grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', path]);

describe.concurrent('a summary word after a lot key or a 序号 (hostile-27 W1)', () => {
  for (const word of ['平均', '平均值', '合计', 'L1平均'])
    it(`\`L1,${word},…\` with a value under every indicator: lot L1 keeps 3 samples, CV 3.2 % → First class`, async () => {
      const path = csv(LOT_FIRST, ...L1, `L1,${word},42.5,30,50.0,180,300`);
      const run = await gradeLots(path);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^L1,1,3,3,first,First class,.*,3,50\.00,3\.2$/m);
      expect(run.stderr).toContain(`summary row, skipped whatever its values: line 5 "${word}"`);
    });

  it('.xlsx and Parquet alike: First class over 3 samples', async () => {
    const lines = [LOT_FIRST, ...L1, 'L1,平均,42.5,30,50.0,180,300'];
    for (const path of [await sheet(lines), await parquet(lines)]) {
      const run = await gradeLots(path);
      expect(run.stdout, path).toMatch(/^L1,\d+,\d+,3,first,First class,.*,3,50\.00,3\.2$/m);
      expect(run.stderr, path).toMatch(
        /summary row, skipped whatever its values: (sheet )?row[s]? \d+ "平均"/,
      );
    }
  });

  it("without --group-by a text cell before the word may be the row's name: per-sample grading keeps it (as before)", async () => {
    const path = csv(LOT_FIRST, ...L1, 'L1,平均,42.5,30,50.0,180,300');
    const run = await cli.run(['--lang', 'en', 'grade', '-r', LOTS, path]);
    expect(run.stderr).toContain('4 records: 4 graded, 0 not graded, 0 invalid');
    // --tally-by lot names the lot key too.
    const tallied = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '--tally-by', 'lot', path]);
    expect(tallied.stderr).toContain('第 5 行“平均”');
  });

  it('a sample whose id is the word with a suffix after a lot key stays a sample (`L1,平均-01,…`)', async () => {
    const path = csv(LOT_FIRST, ...L1, 'L1,平均-01,42.5,30,50.0,180,300');
    const run = await cli.run(['--lang', 'en', 'grade', '-r', LOTS, '--group-by', 'lot', '-f', 'csv', path]);
    // 4 samples: 48.4, 50.0, 51.6, 50.0 → CV 2.6 % → Superior, as written.
    expect(run.stdout).toMatch(/^L1,1,4,4,superior,/m);
    expect(run.stderr).not.toContain('summary row');
  });

  it('an enterprise 汇总表: `3,全省平均,…` and `4,平均,…` after a 序号 are summary rows, 2 enterprises (csv, xlsx, parquet)', async () => {
    const header = ['序号', '企业名称', ...ENTERPRISE_ITEM_LABELS].join(',');
    const row = (n: string, name: string, v: number) =>
      [n, name, ...ENTERPRISE_ITEM_LABELS.map(() => v)].join(',');
    const lines = [
      header,
      row('1', '甲公司', 90),
      row('2', '乙公司', 60),
      row('3', '全省平均', 75),
      row('4', '平均', 75),
      row('', '合计', 150),
    ];
    for (const path of [csv(...lines), await sheet(lines), await parquet(lines)]) {
      const run = await cli.run(['--lang', 'en', 'grade', '-r', ENT, '-f', 'csv', path]);
      expect(run.code, path).toBe(0);
      expect(run.stderr, path).toContain('2 records: 2 graded, 0 not graded, 0 invalid');
      expect(run.stderr, path).toMatch(/"全省平均", \d+ "平均", \d+ "合计"/);
    }
  });

  it('a 序号 before a name holding no whole summary word stays a record: `2,平均科技,…` is graded', async () => {
    const header = ['序号', '企业名称', ...ENTERPRISE_ITEM_LABELS].join(',');
    const row = (n: string, name: string, v: number) =>
      [n, name, ...ENTERPRISE_ITEM_LABELS.map(() => v)].join(',');
    const path = csv(header, row('1', '甲公司', 90), row('2', '平均科技', 60));
    const run = await cli.run(['--lang', 'en', 'grade', '-r', ENT, path]);
    expect(run.stderr).toContain('2 records: 2 graded');
  });
});
