/**
 * The notice of defaults in force (the safety net for a column the header
 * reading does not recognise): for table input (CSV, TSV, .xlsx, Parquet),
 * when no column gives an indicator that has a `default`, one line on
 * stderr names each and its default, and the HTML report and the workbook
 * (`grade -f xlsx` and `compare -f xlsx`) show it; JSON and
 * NDJSON records leave keys out on purpose and get none.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { writeParquet } from '../parquet-file';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';
const AC = 'home-appliances/room-air-conditioner-energy';

// No column gives 近三年发生重大质量事故 (`备注` is a note), so the default (no incident) decides the grade;
// the notice says so. (`重大事故` was used here until hostile-21 W9: it now looks like the indicator, exit 2.)
const ENT_HEADER =
  '企业,领导作用与质量战略,过程控制,供应商质量管理,内部审核与改进,质量数据采集,质量数据分析与应用,质量追溯,创新能力,以顾客为关注焦点,人才培养,产品质量水平,质量损失控制,顾客满意,备注';
const ENT_ROW = 'E1,95,95,95,95,95,95,95,95,95,95,95,95,95,是';
const ENT_EN =
  'no column gives majorQualityIncident (Major quality incident in the last three years): every record takes its default, majorQualityIncident = no; if a column holds it, name it with --map <column>=majorQualityIncident';
const ENT_ZH =
  '没有列给出 majorQualityIncident（近三年发生重大质量事故）：每条记录都取其默认值，majorQualityIncident = 否；如果某列给出它，请用 --map <列>=majorQualityIncident 指明';

let files = 0;
function file(name: string, text: string): string {
  const path = join(temp(), `${++files}-${name}`);
  writeFileSync(path, text);
  return path;
}

describe.concurrent('the notice of defaults in force', () => {
  it('CSV: one line naming the indicator and its default, zh and en; the grade is unchanged', async () => {
    const path = file('ent.csv', `${ENT_HEADER}\n${ENT_ROW}\n`);
    const en = await cli.run(['grade', '-r', ENT, '-f', 'csv', path]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(`${path}: ${ENT_EN}\n`);
    expect(en.stderr.split('\n').filter((l) => l.includes('no column gives'))).toHaveLength(1);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'csv', path]);
    expect(zh.stderr).toContain(`${path}：${ENT_ZH}\n`);
  });

  it('a column there but empty in every record: named at the end, CSV and xlsx; one value anywhere: not (hostile-21 M7)', async () => {
    const header = ['型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '风冷式'];
    const rows = [
      ['K1', 'heat-pump', 3500, 5.1, ''],
      ['K2', 'heat-pump', 3500, 5.1, ''],
    ];
    const csv = file('empty.csv', `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`);
    const xlsx = join(temp(), 'empty.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('S');
        ws.addRow(header);
        for (const r of rows) ws.addRow(r.map((c) => (c === '' ? null : c)));
      }),
    );
    for (const path of [csv, xlsx]) {
      const en = await cli.run(['grade', '-r', AC, path]);
      expect(en.stderr).toContain(
        ': column 5 (风冷式) is empty in every record: every record takes its default, airCooled = yes (Air-cooled)\n',
      );
      expect(en.stderr).not.toMatch(/no column gives airCooled/);
    }
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv]);
    expect(zh.stderr).toContain(
      '：第 5 列（风冷式）在每条记录中都是空的：每条记录都取其默认值，airCooled = 是（风冷式）\n',
    );
    const one = file('one.csv', `${header.join(',')}\nK1,heat-pump,3500,5.1,\nK2,heat-pump,3500,5.1,是\n`);
    expect((await cli.run(['grade', '-r', AC, one])).stderr).not.toContain('empty in every record');
  });

  it('several indicators: each with its default, a text quoted, a yes/no in words', async () => {
    const path = file('ac.csv', '型号,机组类型,额定制冷量,全年能源消耗效率 APF\nK1,heat-pump,3500,5.0\n');
    const en = await cli.run(['grade', '-r', AC, path]);
    expect(en.stderr).toContain(
      `${path}: no column gives airCooled (Air-cooled), hermeticCompressor (Hermetic compressor), climateType (Climate type), unitConfiguration (Configuration): every record takes its default, airCooled = yes (Air-cooled), hermeticCompressor = yes (Hermetic), climateType = "T1", unitConfiguration = "split"; if a column holds one, name it with --map <column>=<indicator>`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    // A boolean's default with its value label, as an enum's (airCooled has them since AC 1.1.6); without, 是/yes alone.
    expect(zh.stderr).toContain(
      'airCooled = 是（风冷式）、hermeticCompressor = 是（全封闭型）、climateType = "T1"',
    );
    expect(zh.stderr).toContain('如果某列给出其中之一，请用 --map <列>=<指标> 指明');
  });

  it('a column given (by label or --map) leaves that indicator out; all given, no notice', async () => {
    // Not `结构`: it shares 结构形式's word, so unread it is the "looks like" error (hostile-21 W9).
    const header = '型号,机组类型,额定制冷量,全年能源消耗效率 APF,风冷式,全封闭型压缩机,气候类型,安装方式';
    const path = file('all.csv', `${header}\nK1,heat-pump,3500,5.0,是,是,T1,split\n`);
    const mapped = await cli.run(['grade', '-r', AC, '--map', '安装方式=unitConfiguration', path]);
    expect(mapped.code).toBe(0);
    expect(mapped.stderr).not.toContain('no column gives');
    const partly = await cli.run(['grade', '-r', AC, path]);
    expect(partly.stderr).toContain(
      `${path}: no column gives unitConfiguration (Configuration): every record`,
    );
  });

  it('JSON and NDJSON: none', async () => {
    const record = { 企业: 'E1', leadershipCommitment: 95 };
    const json = file('ent.json', JSON.stringify([record]));
    const run = await cli.run(['grade', '-r', ENT, json]);
    expect(run.stderr).not.toContain('no column gives');
    const ndjson = await cli.run(['grade', '-r', ENT, '-i', 'ndjson', '-'], {
      input: `${JSON.stringify(record)}\n`,
    });
    expect(ndjson.stderr).not.toContain('no column gives');
  });

  it('.xlsx and Parquet: the same line', async () => {
    const xlsx = join(temp(), `${++files}-ent.xlsx`);
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow(ENT_HEADER.split(','));
        ws.addRow(ENT_ROW.split(',').map((v) => (/^\d+$/u.test(v) ? Number(v) : v)));
      }),
    );
    const fromXlsx = await cli.run(['grade', '-r', ENT, xlsx]);
    expect(fromXlsx.stderr).toContain(`${xlsx}: ${ENT_EN}`);
    const parquet = join(temp(), `${++files}-ent.parquet`);
    const columns = ENT_HEADER.split(',').map((h, i) => `'${ENT_ROW.split(',')[i]}' AS "${h}"`);
    await writeParquet(parquet, `SELECT ${columns.join(', ')}`);
    const fromParquet = await cli.run(['grade', '-r', ENT, parquet]);
    expect(fromParquet.stderr).toContain(`${parquet}: ${ENT_EN}`);
  });

  it('the HTML report shows it among the notices', async () => {
    const path = file('html.csv', `${ENT_HEADER}\n${ENT_ROW}\n`);
    const out = join(temp(), `${++files}-ent.html`);
    const run = await cli.run(['grade', '-r', ENT, '-f', 'html', '-o', out, path]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('no column gives majorQualityIncident');
  });

  it("the workbooks show it: a row of grade's summary sheet and under compare's matrix, in the run's language", async () => {
    const path = file('xlsx.csv', `${ENT_HEADER}\n${ENT_ROW}\n`);
    const graded = join(temp(), `${++files}-ent.xlsx`);
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'xlsx', '-o', graded, path])).code).toBe(
      0,
    );
    const summary = (await readBack(readFileSync(graded)))[1]!;
    expect(summary.rows.filter((r) => r[0] === '读取提示').map((r) => r[3])).toEqual([`${path}：${ENT_ZH}`]);
    const compared = join(temp(), `${++files}-compare.xlsx`);
    const run = await cli.run(['compare', ENT, ENT, '-f', 'xlsx', '-o', compared, path]);
    expect(run.code).toBe(0);
    const matrix = (await readBack(readFileSync(compared)))[0]!;
    expect(matrix.rows.filter((r) => r[0] === 'Input notice').map((r) => r[1])).toEqual([
      `${path}: ${ENT_EN}`,
    ]);
  });
});
