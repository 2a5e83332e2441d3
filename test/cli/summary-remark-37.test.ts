/**
 * committee-37 W1: a lot's 平均值 row marked only in the 备注 column (序号 and 样品编号 blank, the lot's means under
 * the indicators) is a summary row when its values are the mean (or sum) of its lot's rows right above it — not
 * one more specimen, which lowered lot 2025-04-42.5-15's CV from 3.15 % to 2.57 % (优等品 instead of 一等品). The
 * word alone makes no summary row: a real specimen with a remark stays a record. With the mean row gone, the
 * sample-id column (样品编号) is kept again; a blank 样品编号 in a real record is said, naming that column.
 */
import { describe, expect, it } from 'vitest';
import type { GroupResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const LOTS = 'building-materials/cement-lot-grade';
const HEADER = '序号,样品编号,批号,强度等级,3 天抗压强度,28 天抗压强度,初凝时间,终凝时间,备注';
/**
 * Lot L1: 28-day 48.4, 50.0, 51.6 MPa → x̄ 50.0, s = 1.6, CV 3.2 %: ≤ 4.0 but > 3.0, First class. Counted with a
 * 4th row of 50.0 (the mean), s = √(5.12/3) = 1.31 and CV 2.6 %: Superior (the bug). 3-day 29, 30, 31 → mean 30.
 */
const L1 = [
  '1,S1,L1,42.5,29,48.4,180,300,',
  '2,S2,L1,42.5,30,50.0,180,300,',
  '3,S3,L1,42.5,31,51.6,180,300,',
];
const L2 = ['4,S4,L2,42.5,30,50.0,180,300,', '5,S5,L2,42.5,30,50.1,180,300,'];
/** L1's mean row: 序号 and 样品编号 blank, the lot's means, the word in 备注. */
const meanRow = (word: string, mpa = '50.0', d3 = '30') => `,,L1,42.5,${d3},${mpa},180,300,${word}`;

/** Lines as an .xlsx sheet, numbers typed as numbers. */
function sheet(lines: readonly string[]): Promise<string> {
  return xlsx(...lines.map((l) => l.split(',').map((c) => (/^\d+(?:\.\d+)?$/.test(c) ? Number(c) : c))));
}

async function lots(path: string, lang: 'zh' | 'en', extra: string[] = []) {
  const run = await cli.run([
    '--lang',
    lang,
    'grade',
    '-r',
    LOTS,
    '--group-by',
    '批号',
    '-f',
    'json',
    ...extra,
    path,
  ]);
  expect(run.code, run.stderr).toBe(0);
  return { run, groups: JSON.parse(run.stdout) as GroupResult[] };
}

const L1_OF = (groups: GroupResult[]) => groups.find((g) => g.group === 'L1')!;

describe('a lot mean named only in the remark column (committee-37 W1)', () => {
  for (const word of ['平均值', '均值', 'Mean'])
    it(`\`${word}\` in 备注 over L1's means: skipped, L1 keeps 3 specimens, CV 3.2 % → first (CSV and .xlsx)`, async () => {
      const lines = [HEADER, ...L1, meanRow(word), ...L2];
      for (const path of [csv(...lines), await sheet(lines)]) {
        const { run, groups } = await lots(path, 'en');
        expect([L1_OF(groups).records.count, L1_OF(groups).grade], path).toEqual([3, 'first']);
        expect(run.stderr, path).toMatch(
          new RegExp(
            `summary row, skipped as its values are a mean, sum or other statistic of the rows above: (line|sheet row) 5 "${word}"`,
          ),
        );
        // 样品编号 is the id again; the lot column 批号, which repeats by nature, is not said to be passed over.
        expect(run.stderr, path).toContain('keeping column "样品编号" as the sample id');
        expect(run.stderr, path).not.toContain('column "批号"');
      }
    });

  it('zh: the notice names the row and its word; the sample ids are kept in the results', async () => {
    const path = csv(HEADER, ...L1, meanRow('平均值'), ...L2);
    const { run } = await lots(path, 'zh');
    expect(run.stderr).toContain('汇总行（其数值为上方各行的平均、合计等统计量）：第 5 行“平均值”');
    const records = await cli.run(['--lang', 'zh', 'grade', '-r', LOTS, '-f', 'json', path]);
    const results = JSON.parse(records.stdout) as { kept?: Record<string, string> }[];
    expect(results.map((r) => r.kept?.样品编号)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });

  it('a 合计 remark over the lot sums (28-day 150.0, 3-day 90) is skipped too', async () => {
    const path = csv(HEADER, ...L1, ',,L1,,90,150.0,,,合计', ...L2);
    const { groups } = await lots(path, 'en');
    expect([L1_OF(groups).records.count, L1_OF(groups).grade]).toEqual([3, 'first']);
  });

  it('without --group-by the 批号 column gives the lot: 5 records graded, not 6', async () => {
    const path = csv(HEADER, ...L1, meanRow('平均值'), ...L2);
    const run = await cli.run(['--lang', 'en', 'grade', '-r', LOTS, path]);
    expect(run.stderr).toContain('5 records: 5 graded');
  });

  it('the word alone is no summary: 平均值 over values that are not the mean (50.5) stays a 4th specimen', async () => {
    const path = csv(HEADER, ...L1, meanRow('平均值', '50.5'), ...L2);
    const { run, groups } = await lots(path, 'en');
    expect(L1_OF(groups).records.count).toBe(4);
    expect(run.stderr).not.toContain('summary row');
    // The blank sample id of that record drops the id column, and the notice names 样品编号, not 序号 (zh and en).
    expect(run.stderr).toContain('column "样品编号" is empty on line 5, so it is not kept as the sample id');
    const zh = await lots(path, 'zh');
    expect(zh.run.stderr).toContain('列“样品编号”第 5 行为空，未作为样品标识；用 --keep 样品编号 保留');
  });

  it('a remark `平均值偏低` on a specimen is a record, even with its id blank and its values the mean', async () => {
    for (const row of [meanRow('平均值偏低'), '6,S6,L1,42.5,30,50.0,180,300,平均值偏低']) {
      const { run, groups } = await lots(csv(HEADER, ...L1, row, ...L2), 'en');
      expect(L1_OF(groups).records.count, row).toBe(4);
      expect(run.stderr, row).not.toContain('summary row');
    }
  });

  it('a specimen with its sample id and the remark 平均值 stays a record, its values the mean or not', async () => {
    const { groups } = await lots(csv(HEADER, ...L1, '6,S6,L1,42.5,30,50.0,180,300,平均值', ...L2), 'en');
    expect(L1_OF(groups).records.count).toBe(4);
  });

  it("a lot's mean compared with that lot alone: L2's values under the word after lot L1 are a specimen", async () => {
    // 50.05 / 30 is L2's mean, but the row names lot L1 (mean 50.0): a specimen of L1.
    const path = csv(HEADER, ...L2, ...L1, meanRow('平均值', '50.05'));
    const { groups } = await lots(path, 'en');
    expect(L1_OF(groups).records.count).toBe(4);
  });
});
