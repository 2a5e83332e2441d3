/**
 * fix-input-29: Parquet's rows of notes and summary rows as CSV's (NoteRows). A footnote stating the indicators' own
 * unit (`注：额定制冷量单位为W`) is a row of notes, skipped, not an invalid record (fix-units-28 left it); a name
 * ending in a summary word (`甲厂平均`) over its lot's mean at the decimals shown is a summary row, skipped, and one
 * off by the last decimal a record with the notice (fix-summary-28 left Parquet's own path).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const LOT = 'building-materials/cement-lot-grade';

let files = 0;
/** A Parquet file of `SELECT`'s rows: `values` a SQL VALUES list, under the columns named. */
async function parquet(columns: readonly string[], values: string): Promise<string> {
  const file = join(temp(), `notes-${++files}.parquet`);
  const names = columns.map((c) => `"${c}"`).join(', ');
  await writeParquet(file, `SELECT * FROM (VALUES ${values}) t(${names})`);
  return file;
}

/** A VALUES list of text rows (NULL for `null`). */
function texts(...rows: (string | null)[][]): string {
  const cell = (c: string | null) => (c === null ? 'NULL::VARCHAR' : `'${c.replaceAll("'", "''")}'`);
  return rows.map((r) => `(${r.map(cell).join(', ')})`).join(', ');
}

const AC_HEAD = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];
const K1 = ['K1', '热泵型', '3500', '5.1'];
const K2 = ['K2', '热泵型', '3500', '5.1'];

describe.concurrent('Parquet: a footnote stating the indicators’ own unit', () => {
  for (const note of ['注：额定制冷量单位为W', '注：制冷量单位为W'])
    it(`${note}: skipped as a row of notes, the records graded`, async () => {
      const file = await parquet(AC_HEAD, texts(K1, [note, null, null, null], K2));
      const run = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        'skipped 1 row with no value under any indicator column (only notes), not counted as a record: row 2',
      );
      expect(run.stdout.trim().split('\n').slice(1)).toEqual([
        '1,K1,1,Grade 1,true,,,,,,',
        '2,K2,1,Grade 1,true,,,,,,',
      ]);
    });

  it('in another unit: still refused (exit 2)', async () => {
    const file = await parquet(AC_HEAD, texts(K1, ['注：额定制冷量单位为Btu/h', null, null, null]));
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('states the unit Btu/h');
  });

  it('with a value under an indicator column: a record, as before', async () => {
    const file = await parquet(AC_HEAD, texts(K1, ['注：额定制冷量单位为W', '热泵型', '3500', '5.1']));
    const run = await cli.run(['grade', '-r', AC, '-f', 'csv', file]);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
  });
});

describe.concurrent('Parquet: a name ending in a summary word over its lot (hostile-27 W7, as CSV)', () => {
  const HEAD = ['样品编号', 'lot', '强度等级', '3 天抗压强度', '28 天抗压强度', '初凝时间', '终凝时间'];
  const sample = (id: string, s28: string) => [id, 'L1', '42.5', '30', s28, '180', '300'];
  const lot = (last: string, s28: string) =>
    texts(sample('S1', '48.4'), sample('S2', '50.0'), sample('S3', '51.6'), sample(last, s28));
  const grade = (file: string) => cli.run(['grade', '-r', LOT, '--group-by', 'lot', '-f', 'csv', file]);

  // 3 samples: x̄ 50.0, s 1.6, CV 3.2 % → First class; the mean row counted too: CV 2.6 % → Superior.
  for (const name of ['甲厂平均', '一车间均值', '样品平均'])
    it(`${name} at the lot's mean 50.0: skipped, the lot graded on its 3 samples`, async () => {
      const run = await grade(await parquet(HEAD, lot(name, '50.0')));
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(
        `summary row, skipped as its values are a mean, sum or other statistic of the rows above: row 4 "${name}"`,
      );
      expect(run.stdout).toContain('L1,1,3,3,first,First class');
    });

  it('甲厂合计 at the sums (150.0 and 90): skipped', async () => {
    const run = await grade(
      await parquet(
        HEAD,
        texts(sample('S1', '48.4'), sample('S2', '50.0'), sample('S3', '51.6'), [
          '甲厂合计',
          'L1',
          '42.5',
          '90',
          '150.0',
          '540',
          '900',
        ]),
      ),
    );
    expect(run.stderr).toContain('row 4 "甲厂合计"');
    expect(run.stdout).toContain('L1,1,3,3,first');
  });

  it('甲厂平均 at 50.1 (one off in the last decimal): a record, with the notice', async () => {
    const run = await grade(await parquet(HEAD, lot('甲厂平均', '50.1')));
    expect(run.stderr).toContain(
      '1 row graded as a record although its name ends in a summary word: row 4 "甲厂平均"',
    );
    expect(run.stdout).toContain('L1,1,4,4,superior');
  });

  it('typed DOUBLE columns: the mean row skipped likewise', async () => {
    const row = (id: string, s28: number) => `('${id}', 'L1', '42.5', 30.0, ${s28.toFixed(1)}, 180, 300)`;
    const values = [row('S1', 48.4), row('S2', 50), row('S3', 51.6), row('甲厂平均', 50)].join(', ');
    const run = await grade(await parquet(HEAD, values));
    expect(run.stderr).toContain('row 4 "甲厂平均"');
    expect(run.stdout).toContain('L1,1,3,3,first');
  });
});

describe.concurrent('ppm stated where the steel rule set’s chemistry is in % (fix-units-28 Left): refused', () => {
  const STEEL = 'steel/hot-rolled-ribbed-bar';
  const HEAD = ['牌号', '公称直径 d', '下屈服强度 ReL', '抗拉强度 Rm', '断后伸长率 A', '最大力总延伸率 Agt'];
  const BAR = ['HRB400', '20', '455', '600', '22', '11.0'];
  const CHEM = ['碳 C', '硅 Si', '锰 Mn', '磷 P', '硫 S'];
  const PPM = ['2100', '4500', '13500', '250', '200'];
  const TAIL = ['重量偏差', '弯曲试验'];
  const TAIL_ROW = ['-1.5', '合格'];

  it('Parquet: a column 氮 N(ppm), and a column named 单位：ppm or 单位: ppm', async () => {
    for (const [cols, row, said] of [
      [
        [...HEAD, ...CHEM, ...TAIL, '氮 N(ppm)'],
        [...BAR, ...PPM, ...TAIL_ROW, '120'],
        'column 14 ("氮 N(ppm)") is in ppm',
      ],
      [
        [...HEAD, ...CHEM, ...TAIL, '单位：ppm'],
        [...BAR, ...PPM, ...TAIL_ROW, ''],
        'the column name "单位：ppm") states the unit ppm',
      ],
      [
        [...HEAD, ...CHEM, ...TAIL, '单位: ppm'],
        [...BAR, ...PPM, ...TAIL_ROW, ''],
        'the column name "单位: ppm") states the unit ppm',
      ],
    ] as const) {
      const run = await cli.run(['grade', '-r', STEEL, await parquet(cols, texts([...row]))]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(said);
    }
  });

  it('CSV: a two-line header’s 化学成分（单位：ppm） names the unit ppm, not 单位:ppm', async () => {
    const path = join(temp(), 'ppm-heading.csv');
    const top = [...HEAD, '化学成分（单位：ppm）', '', '', '', '', ...TAIL].join(',');
    const low = [...HEAD.map(() => ''), ...CHEM, '', ''].join(',');
    writeFileSync(path, `${top}\n${low}\n${[...BAR, ...PPM, ...TAIL_ROW].join(',')}\n`);
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'column 7 ("碳 C(ppm)") is in ppm, but the indicator carbon (Carbon C) is in %',
    );
    expect(run.stderr).not.toContain('单位:ppm');
  });
});
