/**
 * A sheet saved as Parquet with every column as text keeps its units row
 * (`,,kW,`) as the first row, and its mid-table unit lines: they are checked
 * as CSV's are (hostile-25: kW values were graded as W). Files are written
 * by DuckDB from SQL, as in parquet.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const CEMENT = 'building-materials/common-portland-cement';

let files = 0;
/** A Parquet file of text columns (NULL for `null`), one row per array, under the columns named. */
async function textParquet(columns: readonly string[], ...rows: (string | null)[][]): Promise<string> {
  const file = join(temp(), `units-${++files}.parquet`);
  const cell = (c: string | null) => (c === null ? 'NULL::VARCHAR' : `'${c.replaceAll("'", "''")}'`);
  const values = rows.map((r) => `(${r.map(cell).join(', ')})`).join(', ');
  const names = columns.map((c) => `"${c}"`).join(', ');
  await writeParquet(file, `SELECT * FROM (VALUES ${values}) t(${names})`);
  return file;
}

const AC_HEAD = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];
// 7.2 (kW) read as W is ≤ 4500 W: Grade 3; 7200 W is Grade 1.
const IN_KW = ['S2', '热泵型', '7.2', '4.3'];
const IN_W = ['S1', '热泵型', '7200', '4.3'];

describe('Parquet of text columns: a units row under the header', () => {
  it('kW under the capacity (in W): exit 2 naming row 1, nothing graded (en and zh)', async () => {
    const file = await textParquet(AC_HEAD, ['', '', 'kW', ''], IN_KW);
    const en = await cli.run(['grade', '-r', AC, file]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'row 1 (the units under the header) gives column 3 ("额定制冷量 CC") the unit kW, but the indicator ratedCoolingCapacity (Rated cooling capacity (CC)) is in W',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('第 1 行（表头下的单位行）把第 3 列“额定制冷量 CC”的单位写作 kW');
  });

  it('the indicators’ own units (NULL where none): part of the header, told, the records numbered from 1', async () => {
    const file = await textParquet(AC_HEAD, [null, null, 'W', 'W·h/(W·h)'], IN_W, [
      'S2',
      '热泵型',
      '7200',
      '4.3',
    ]);
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('row 1 is a row of units under the header (W, W·h/(W·h))');
    expect(run.stderr).not.toContain('skipped');
    const rows = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { row: number; grade: string });
    expect(rows.map((r) => [r.row, r.grade])).toEqual([
      [1, '1'],
      [2, '1'],
    ]);
  });

  it('with a number in it, or a word that is no unit under an indicator, it is a record as before', async () => {
    for (const first of [
      ['1', '', 'kW', ''],
      ['', '', '见附表', ''],
    ]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', await textParquet(AC_HEAD, first, IN_W)]);
      expect(run.code, first.join(',')).toBe(1);
      expect(run.stderr).not.toContain('units under the header');
      expect(run.stdout.trim().split('\n')).toHaveLength(2);
    }
  });

  it('cement in h and kN: every column named, convert to each indicator’s unit', async () => {
    const head = ['编号', '强度等级', '3天抗压强度', '28天抗压强度', '初凝时间', '终凝时间'];
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      await textParquet(head, ['', '', 'kN', 'kN', 'h', 'h'], ['A1', '42.5', '24.1', '48.6', '2.5', '3.8']),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gives column 5 ("初凝时间") the unit h, but the indicator initialSetting');
    expect(run.stderr).toContain("convert the values to each indicator's unit");
  });

  it('a column of numbers is never looked at: typed values are records', async () => {
    const file = join(temp(), 'typed.parquet');
    await writeParquet(
      file,
      `SELECT '' AS 样品编号, '热泵型' AS 机组类型, 7200 AS "额定制冷量 CC", 4.3 AS "全年能源消耗效率 APF"`,
    );
    const run = await cli.run(['grade', '-r', AC, file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Grade 1');
  });
});

describe('Parquet of text columns: a units line in mid-table', () => {
  for (const line of [
    ['单位', '', 'kW', ''],
    ['(单位)', '', '千瓦', ''],
    ['', '', '冷吨', ''],
    ['', '', '×1000W', ''],
    ['单位：kW', null, null, null],
    ['', '', '', '单位：kW'],
    ['单位：×1000W', '', '', ''],
  ])
    it(`${line.map((c) => c ?? 'NULL').join(',')} between the sections: exit 2, nothing graded in W`, async () => {
      const run = await cli.run(['grade', '-r', AC, await textParquet(AC_HEAD, IN_W, line, IN_KW)]);
      expect(run.code).toBe(2);
      expect(run.stdout).not.toContain('Grade 3');
      expect(run.stderr).toContain('row 2');
      expect(run.stderr).toContain('but the indicator ratedCoolingCapacity');
    });

  it('zh: a units line in the table names itself', async () => {
    const file = await textParquet(AC_HEAD, IN_W, ['单位：kW', '', '', ''], IN_KW);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 2 行（表中的单位行）写明单位是 kW');
  });

  for (const line of [
    ['单位', '', 'W', ''],
    ['单位：W', '', '', ''],
  ])
    it(`${line.join(',')} (the header's own unit): skipped as a repeat of the header, both records graded`, async () => {
      const file = await textParquet(AC_HEAD, IN_W, line, ['S2', '热泵型', '7200', '4.3']);
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file]);
      expect(run.code).toBe(0);
      const grades = run.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { grade: string }).grade);
      expect(grades).toEqual(['1', '1']);
      expect(run.stderr).toContain('row 2 repeats the header');
    });
});

// fix-hostile-27 Left: the placements the CSV and .xlsx readers check. K1 12000 Btu/h (3517 W) read as 12000 W would be
// Grade 1; each placement stops the run (exit 2) instead. A typed file keeps its column names and a text unit column.
describe('Parquet: a unit stated in a column name, a 单位 column, a footnote, a page title (hostile-27 W4, M5)', () => {
  const HEAD = ['样品编号', '机组类型', '额定制冷量', '全年能源消耗效率 APF'];
  const BTU = ['K1', '热泵型', '12000', '4.3'];
  const cases: [string, () => Promise<string>, string][] = [
    [
      'a column named 单位：Btu/h',
      () => textParquet([...HEAD, '单位：Btu/h'], [...BTU, null]),
      'column name',
    ],
    ['a column 单位 holding Btu/h', () => textParquet([...HEAD, '单位'], [...BTU, 'Btu/h']), 'row 1'],
    [
      'a column 制冷量单位 holding Btu/h',
      () =>
        textParquet([...HEAD.slice(0, 3), '制冷量单位', HEAD[3]!], ['K1', '热泵型', '12000', 'Btu/h', '4.3']),
      'row 1',
    ],
    [
      'a footnote 注：额定制冷量单位为Btu/h',
      () => textParquet(HEAD, BTU, ['注：额定制冷量单位为Btu/h', null, null, null]),
      'row 2',
    ],
    [
      'a page title with the unit on its right',
      () =>
        textParquet(HEAD, ['K0', '热泵型', '3500', '5.0'], ['2025年抽检（续）', '', '', '单位：Btu/h'], BTU),
      'row 2',
    ],
  ];
  for (const [what, make, where] of cases)
    it(`${what}: exit 2 naming Btu/h, nothing graded`, async () => {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', await make()]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(where);
      expect(run.stderr).toContain('states the unit Btu/h');
    });

  it('typed columns: a column named 单位：Btu/h, or a text 单位 column beside a DOUBLE capacity, are exit 2 (zh)', async () => {
    for (const [n, select] of [
      ['typed-name', `NULL::VARCHAR AS "单位：Btu/h"`],
      ['typed-column', `'Btu/h' AS "单位"`],
    ] as const) {
      const file = join(temp(), `${n}.parquet`);
      await writeParquet(
        file,
        `SELECT 'K1' AS "样品编号", '热泵型' AS "机组类型", 12000.0::DOUBLE AS "额定制冷量", 4.3::DOUBLE AS "全年能源消耗效率 APF", ${select}`,
      );
      const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('写明单位是 Btu/h');
    }
  });

  it('the column name names itself (en, zh)', async () => {
    const file = await textParquet([...HEAD, '单位：Btu/h'], [...BTU, null]);
    const en = await cli.run(['grade', '-r', AC, file]);
    expect(en.stderr).toContain('(the column name "单位：Btu/h") states the unit Btu/h');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, file]);
    expect(zh.stderr).toContain('（列名“单位：Btu/h”）写明单位是 Btu/h');
  });

  const W = ['K1', '热泵型', '7200', '4.3'];
  const harmless: [string, () => Promise<string>][] = [
    ['a column named 单位：W', () => textParquet([...HEAD, '单位：W'], [...W, null])],
    ['a column 单位 holding W', () => textParquet([...HEAD, '单位'], [...W, 'W'])],
    ['a column 单位 holding a company', () => textParquet([...HEAD, '单位'], [...W, '某某电器有限公司'])],
    [
      'a column 受检单位 holding an organisation',
      () => textParquet([...HEAD, '受检单位'], [...W, '某某检测站']),
    ],
    [
      'a page title with the indicator’s unit',
      () => textParquet(HEAD, W, ['2025年抽检（续）', '', '', '单位：W'], W),
    ],
  ];
  // Not a unit column (no exit 2), but a cell that is a unit alone speaks of its own record (hostile-32 W1).
  it('a column 受检单位 holding Btu/h: no unit column; the record is invalid, told to convert', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      await textParquet([...HEAD, '受检单位'], [...W, 'Btu/h']),
    ]);
    expect(run.code, run.stderr).toBe(1);
    const [first] = run.stdout.trim().split('\n');
    expect(first).toContain('Btu/h');
    expect((JSON.parse(first!) as { grade: unknown }).grade).toBeNull();
  });

  for (const [what, make] of harmless)
    it(`${what}: graded as before, Grade 1`, async () => {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', await make()]);
      expect(run.code, run.stderr).toBe(0);
      const grades = run.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { grade: string }).grade);
      expect(grades.length).toBeGreaterThan(0);
      expect(new Set(grades)).toEqual(new Set(['1']));
    });
});
