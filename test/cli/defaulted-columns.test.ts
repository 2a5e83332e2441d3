/**
 * A column the header does not read, but that is close to an indicator with
 * a `default` (or an optional one) that no column gives, left the default in
 * force for every record: `含氮量(%)` with 0.015 % of nitrogen (over N ≤
 * 0.012 %) graded conforming at the default 0; `风冷式（是/否）` left a
 * water-cooled unit graded at airCooled's default true (hostile-19 F9).
 * Such a column is now a usage error (exit 2) naming it, the indicator and
 * its default, in CSV, .xlsx and Parquet alike; a unit glued on (`氮ppm`) is
 * read as a unit, so it is the unit error.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { writeParquet } from '../parquet-file';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const AC = 'home-appliances/room-air-conditioner-energy';

// HRB400 bar conforming in everything but nitrogen: 0.015 % is over GB/T 1499.2's N ≤ 0.012 %.
const BAR_HEADER = [
  '批号',
  '牌号',
  '公称直径(mm)',
  '下屈服强度ReL(MPa)',
  '抗拉强度(MPa)',
  '断后伸长率A(%)',
  '最大力总延伸率Agt(%)',
  '碳C(%)',
  '硅(%)',
  '锰Mn(%)',
  '磷P(%)',
  '硫(%)',
  '弯曲试验',
  '重量偏差(%)',
];
const BAR = ['N-1', 'HRB400', 20, 445, 612, 24.5, 11.8, 0.22, 0.45, 1.38, 0.026, 0.018, 'true', -2.3];

/** The bar as CSV with a nitrogen column headed `header` holding `value`. */
function barCsv(header: string, value: string, name = 'bar.csv'): string {
  const path = join(temp(), name);
  writeFileSync(path, `${[...BAR_HEADER, header].join(',')}\n${[...BAR, value].join(',')}\n`);
  return path;
}

const MASS_EN =
  'column 15 ("含氮量(%)") looks like the indicator nitrogen (Nitrogen N) but is not read as it, and no other column gives nitrogen: every record would be graded with its default 0, whatever the column says. If it is that indicator, read it with --map \'含氮量(%)=nitrogen\'; if it is something else, rename the column. So nothing is graded';
const MASS_ZH =
  "第 15 列“含氮量(%)”看起来是指标 nitrogen（氮 N），但没有作为它读取，也没有别的列给出 nitrogen：每条记录都会按其默认值 0 评级，无论该列写的是什么。如果就是它，请用 --map '含氮量(%)=nitrogen' 读取它；如果是别的量，请给该列改名。因此不作判定";

describe.concurrent('a column close to a defaulted indicator that no column gives', () => {
  it('the bar as JSON: nitrogen 0.015 % fails N ≤ 0.012 % (what the CSV must not hide)', async () => {
    const csv = barCsv('氮 N(%)', '0.015', 'json.csv');
    const run = await cli.run(['grade', '-r', STEEL, '-f', 'json', csv]);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.grade).toBeNull();
    expect(result.criteria.filter((c: { status: string }) => c.status === 'failed')).toMatchObject([
      { indicator: 'nitrogen', value: 0.015 },
    ]);
  });

  it('含氮量(%): exit 2 naming the column, the indicator, its default and the --map; nothing graded', async () => {
    const csv = barCsv('含氮量(%)', '0.015');
    const en = await cli.run(['grade', '-r', STEEL, '-f', 'ndjson', csv]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(`bar.csv: ${MASS_EN}`);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, '-f', 'ndjson', csv]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`bar.csv：${MASS_ZH}`);
  });

  it('with the --map the message gives, the column is read: the bar fails nitrogen', async () => {
    const csv = barCsv('含氮量(%)', '0.015', 'mapped.csv');
    const run = await cli.run(['grade', '-r', STEEL, '-f', 'json', '--map', '含氮量(%)=nitrogen', csv]);
    expect(run.code).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result.grade).toBeNull();
    expect(result.criteria.find((c: { indicator: string }) => c.indicator === 'nitrogen')).toMatchObject({
      value: 0.015,
      status: 'failed',
    });
  });

  it('ppm as a power of ten in brackets (×10⁻⁶): read as that unit, so the unit error, saying to convert', async () => {
    const csv = barCsv('氮(×10⁻⁶)', '150', 'power.csv');
    const en = await cli.run(['grade', '-r', STEEL, csv]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'power.csv: column 15 ("氮(×10⁻⁶)") is in ×10⁻⁶, but the indicator nitrogen (Nitrogen N) is in %. Values in another unit would be graded wrongly, so nothing is graded: convert the values to % and write that unit in the header',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, csv]);
    expect(zh.stderr).toContain(
      'power.csv：第 15 列“氮(×10⁻⁶)”的单位是 ×10⁻⁶，而指标 nitrogen（氮 N）的单位是 %',
    );
  });

  it('per cent by mass (氮(mass%), 氮 wt%) is the % of the rule set: read as nitrogen, graded', async () => {
    for (const header of ['氮(mass%)', '氮 N wt%']) {
      const run = await cli.run(['grade', '-r', STEEL, '-f', 'json', barCsv(header, '0.015', 'mass.csv')]);
      expect(run.code).toBe(0);
      const [result] = JSON.parse(run.stdout) as GradeResult[];
      expect(result?.criteria.find((c) => c.indicator === 'nitrogen')).toMatchObject({
        value: 0.015,
        passed: false,
      });
    }
  });

  it('氮ppm, the unit glued on: read as a unit, so the unit error (as 氮(ppm) is)', async () => {
    for (const header of ['氮ppm', '氮(ppm)']) {
      const csv = barCsv(header, '150', 'ppm.csv');
      const en = await cli.run(['grade', '-r', STEEL, csv]);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(
        `ppm.csv: column 15 ("${header}") is in ppm, but the indicator nitrogen (Nitrogen N) is in %. Values in another unit would be graded wrongly, so nothing is graded: convert the values to % and write that unit in the header`,
      );
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', STEEL, csv]);
      expect(zh.stderr).toContain(
        `ppm.csv：第 15 列“${header}”的单位是 ppm，而指标 nitrogen（氮 N）的单位是 %。`,
      );
    }
  });

  it('抗拉强度kN, a glued unit on a required indicator: the unit error too', async () => {
    const path = join(temp(), 'kn.csv');
    const header = BAR_HEADER.map((h) => (h === '抗拉强度(MPa)' ? '抗拉强度kN' : h));
    writeFileSync(path, `${header.join(',')}\n${BAR.join(',')}\n`);
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'kn.csv: column 5 ("抗拉强度kN") is in kN, but the indicator tensileStrength (Tensile strength Rm) is in MPa.',
    );
  });

  it('not when another column gives the indicator: the near column is the near-duplicate error, not this', async () => {
    const path = join(temp(), 'both.csv');
    writeFileSync(
      path,
      `${[...BAR_HEADER, '氮 N(%)', '含氮量(%)'].join(',')}\n${[...BAR, '0.010', '0.010'].join(',')}\n`,
    );
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.stderr).not.toContain('looks like the indicator nitrogen');
  });

  it('风冷式（是/否）for airCooled (default true): exit 2, not Grade 1 for a water-cooled unit', async () => {
    const path = join(temp(), 'ac.csv');
    writeFileSync(
      path,
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式（是/否）\nW-1,heat-pump,3500,5.2,false\n',
    );
    const en = await cli.run(['grade', '-r', AC, path]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'ac.csv: column 5 ("风冷式（是/否）") looks like the indicator airCooled (Air-cooled) but is not read as it, and no other column gives airCooled: every record would be graded with its default true, whatever the column says. If it is that indicator, read it with --map 风冷式（是/否）=airCooled; if it is something else, rename the column. So nothing is graded',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain(
      'ac.csv：第 5 列“风冷式（是/否）”看起来是指标 airCooled（风冷式），但没有作为它读取，也没有别的列给出 airCooled：每条记录都会按其默认值 是 评级，无论该列写的是什么。如果就是它，请用 --map 风冷式（是/否）=airCooled 读取它；如果是别的量，请给该列改名。因此不作判定',
    );
    const mapped = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'json',
      '--map',
      '风冷式（是/否）=airCooled',
      path,
    ]);
    const [unit] = JSON.parse(mapped.stdout);
    expect(unit.grade).toBeNull();
    expect(unit.criteria.find((c: { id: string }) => c.id === 'air-cooled')).toMatchObject({
      value: false,
      status: 'failed',
    });
  });

  it('--keep alone does not settle it; a name of its own with --map, kept, carries it through as text', async () => {
    const path = join(temp(), 'remark.csv');
    writeFileSync(
      path,
      '型号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式（是/否）\nW-1,heat-pump,3500,5.2,false\n',
    );
    const kept = await cli.run(['grade', '-r', AC, '--keep', '风冷式（是/否）', path]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain('looks like the indicator airCooled (Air-cooled) but is not read as it');
    const remark = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'json',
      '--map',
      '风冷式（是/否）=remark',
      '--keep',
      'remark',
      path,
    ]);
    expect(remark.code).toBe(0);
    const [unit] = JSON.parse(remark.stdout);
    expect(unit.kept).toEqual({ remark: 'false' });
    // The user has said the column is not airCooled: the default stands, as they chose.
    expect(unit.grade).toBe('1');
  });

  it('an indicator records must give (required, or under requiredWhen): the hint stays, no error', async () => {
    const path = join(temp(), 'seer.csv');
    writeFileSync(path, '型号,机组类型,SEER/APF,额定制冷量 CC\nA,heat-pump,5,2600\n');
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('looks like the indicator');
  });
});

describe('in .xlsx and Parquet alike', () => {
  it('an .xlsx sheet: the same message', async () => {
    const path = join(temp(), 'bar.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow([...BAR_HEADER, '含氮量(%)']);
        ws.addRow([...BAR, 0.015]);
      }),
    );
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`bar.xlsx: ${MASS_EN}`);
  });

  it('a Parquet file: the same message', async () => {
    const path = join(temp(), 'bar.parquet');
    const columns = [...BAR_HEADER, '含氮量(%)'].map((h, i) => {
      const v = [...BAR, 0.015][i]!;
      return `${typeof v === 'number' ? v : `'${v}'`} AS "${h}"`;
    });
    await writeParquet(path, `SELECT ${columns.join(', ')}`);
    const run = await cli.run(['grade', '-r', STEEL, path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${path}: ${MASS_EN}`);
  });
});
