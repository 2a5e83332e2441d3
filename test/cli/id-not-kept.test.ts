/**
 * A column that would have been kept as the sample id but for an empty cell or a value two rows share is
 * said, with its rows and how to keep it anyway, not dropped in silence (newcomer-24 F8): on stderr for grade
 * and compare, in the HTML and .xlsx reports' notices; in both languages; records counted alike whatever
 * is kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = '型号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';

const BLANK_ZH = '列“型号”第 3 行为空，未作为样品标识；用 --keep 型号 保留';
const BLANK_EN = 'column "型号" is empty on line 3, so it is not kept as the sample id; --keep 型号 keeps it';

describe('a sample-id column not kept for a blank or a repeat is said (newcomer-24 F8)', () => {
  it('one blank 型号 cell: the column and the line, zh and en; nothing kept, all three graded', async () => {
    const path = csv(HEADER, 'K1,热泵型,3500,5.1', ',热泵型,3500,4.6', 'K3,热泵型,3500,4.1');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain(BLANK_ZH);
    expect(zh.stderr).not.toContain('保留列');
    expect(zh.stderr).toContain('共 3 条记录：已分级 3');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(en.stderr).toContain(BLANK_EN);
  });

  it('two rows sharing a value: both rows and the value are named', async () => {
    const path = csv(HEADER, 'K1,热泵型,3500,5.1', 'K2,热泵型,3500,4.6', 'K1,热泵型,3500,4.1');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain('列“型号”第 2、4 行的值相同（“K1”），未作为样品标识；用 --keep 型号 保留');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(en.stderr).toContain(
      'column "型号" has the same value ("K1") on lines 2 and 4, so it is not kept as the sample id; --keep 型号 keeps it',
    );
  });

  it('an .xlsx names the sheet row; a header with a space is quoted for the shell', async () => {
    const path = await xlsx(
      ['样品 型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'],
      ['K1', '热泵型', 3500, 5.1],
      ['K2', '热泵型', 3500, 4.6],
      ['', '热泵型', 3500, 4.1],
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain("列“样品 型号”工作表第 4 行为空，未作为样品标识；用 --keep '样品 型号' 保留");
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(en.stderr).toContain(`column "样品 型号" is empty on sheet row 4`);
  });

  it('compare says it too, and the HTML and .xlsx reports carry it with the other reading notices', async () => {
    const path = csv(HEADER, 'K1,热泵型,3500,5.1', ',热泵型,3500,4.6', 'K3,热泵型,3500,4.1');
    const compared = await cli.run(['--lang', 'zh', 'compare', AC, AC, path]);
    expect(compared.stderr).toContain(BLANK_ZH);
    const html = join(temp(), 'r.html');
    await cli.run(['--lang', 'en', 'grade', '-r', AC, path, '-f', 'html', '-o', html]);
    expect(readFileSync(html, 'utf8')).toContain(
      'column &quot;型号&quot; is empty on line 3, so it is not kept as the sample id',
    );
    const book = join(temp(), 'r.xlsx');
    await cli.run(['--lang', 'zh', 'grade', '-r', AC, path, '-f', 'xlsx', '-o', book]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const texts: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) => {
        for (const v of row.values as unknown[]) if (typeof v === 'string') texts.push(v);
      });
    expect(texts.some((t) => t.includes(BLANK_ZH))).toBe(true);
  });

  it('a column of makers (many rows share a value) or of one value is no near id: nothing said', async () => {
    const path = csv(
      '生产企业,机组类型,额定制冷量 CC,全年能源消耗效率 APF',
      '甲厂,热泵型,3500,5.1',
      '甲厂,热泵型,3500,4.6',
      '乙厂,热泵型,3500,4.1',
      '乙厂,热泵型,3500,4.1',
    );
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(run.stderr).not.toContain('未作为样品标识');
  });

  it('hostile-26 M3: a column headed 样品编号 is said whatever the share of its faults (2 of 8 rows)', async () => {
    const rows = ['A1', 'A2', 'A3', '', 'A5', 'A2', 'A7', 'A8'].map((id) => `${id},热泵型,3500,4.62`);
    const path = csv('样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF', ...rows);
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, path]);
    expect(en.stderr).toContain(
      'column "样品编号" is empty on line 5 and has the same value ("A2") on lines 3 and 7, so it is not kept as the sample id; --keep 样品编号 keeps it',
    );
    expect(en.stderr).toContain('8 records: 8 graded');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain('列“样品编号”第 5 行为空，第 3、7 行的值相同（“A2”），未作为样品标识');
    // A column headed otherwise (型号) with the same faults is still a column of another kind: nothing said.
    const model = await cli.run(['--lang', 'en', 'grade', '-r', AC, csv(HEADER, ...rows)]);
    expect(model.stderr).not.toContain('not kept as the sample id');
  });

  it('a later column kept as the id: a blank in an earlier 型号 is said, one in an earlier maker column is not', async () => {
    const header = '生产企业,型号,样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';
    const rows = ['甲,M1,K1,热泵型,3500,5.1', '乙,M2,K2,热泵型,3500,4.6', '丙,,K3,热泵型,3500,4.1'];
    const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, csv(header, ...rows)]);
    expect(run.stderr).toContain('keeping column "样品编号" as the sample id');
    expect(run.stderr).toContain('column "型号" is empty on line 4');
    const maker = ['甲,M1,K1,热泵型,3500,5.1', ',M2,K2,热泵型,3500,4.6', '丙,M3,K3,热泵型,3500,4.1'];
    const other = await cli.run(['--lang', 'en', 'grade', '-r', AC, csv(header, ...maker)]);
    expect(other.stderr).toContain('keeping column "型号" as the sample id');
    expect(other.stderr).not.toContain('not kept as the sample id');
  });

  it('nothing said when the user chose (--keep, --no-keep); the counts are the same every way', async () => {
    const path = csv(HEADER, 'K1,热泵型,3500,5.1', ',热泵型,3500,4.6', 'K3,热泵型,3500,4.1');
    for (const args of [['--keep', '型号'], ['--no-keep'], ['--workers', '2']]) {
      const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, path, ...args]);
      expect(run.stderr).toContain('3 records: 3 graded, 0 not graded, 0 invalid');
      if (args[0] !== '--workers') expect(run.stderr).not.toContain('not kept as the sample id');
    }
  });
});

describe('an enterprise listed twice under 企业名称, with a 序号 counting the rows (newcomer-31 M-5)', () => {
  const ENT = 'enterprise/quality-management-capability';
  const header = `序号,企业名称,${ENTERPRISE_ITEM_LABELS.join(',')},近三年发生重大质量事故`;
  const row = (no: number, name: string, score: number | string) =>
    `${no},${name},${ENTERPRISE_ITEM_LABELS.map(() => score).join(',')},否`;
  const names = ['甲公司', '乙公司', '丙公司', '甲公司', '丁公司', '戊公司'];

  it('the repeated name is said with both lines; 序号 is kept; the table and the closing line do not say 序号 twice', async () => {
    const path = csv(header, ...names.map((n, i) => row(i + 1, n, i === 2 ? '九十' : 80)));
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.stderr).toContain(
      '列“企业名称”第 2、5 行的值相同（“甲公司”），未作为样品标识；用 --keep 企业名称 保留',
    );
    expect(zh.stderr).toContain('保留列“序号”');
    expect(zh.stdout.split('\n')[0]).toMatch(/^记录\s+序号\s/u);
    expect(zh.stderr).toMatch(/无效\s+1\s+（序号 3）/u);
    const en = await cli.run(['--lang', 'en', 'grade', '-r', ENT, path]);
    expect(en.stderr).toContain(
      'column "企业名称" has the same value ("甲公司") on lines 2 and 5, so it is not kept as the sample id; --keep 企业名称 keeps it',
    );
    expect(en.stdout.split('\n')[0]).toMatch(/^row\s+序号\s/u);
  });

  it('names all distinct: 企业名称 is kept and nothing is said of it', async () => {
    const distinct = names.map((n, i) => (i === 3 ? '己公司' : n));
    const path = csv(header, ...distinct.map((n, i) => row(i + 1, n, 80)));
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.stderr).not.toContain('未作为样品标识');
    expect(zh.stdout.split('\n')[0]).toMatch(/^序号\s+企业名称\s/u);
  });

  it('a maker column repeating on most rows is no name fault: nothing said', async () => {
    const path = csv(
      `序号,生产企业,${ENTERPRISE_ITEM_LABELS.join(',')},近三年发生重大质量事故`,
      ...names.map((_, i) => row(i + 1, i < 4 ? '甲公司' : '乙公司', 80)),
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.stderr).not.toContain('未作为样品标识');
  });
});

describe('a kept 序号 in the reports: the row number is headed 记录 (newcomer-31 M-5)', () => {
  const ENT = 'enterprise/quality-management-capability';
  const header = `序号,企业名称,${ENTERPRISE_ITEM_LABELS.join(',')},近三年发生重大质量事故`;
  const lines = ['甲公司', '乙公司', '甲公司'].map(
    (n, i) => `${i + 1},${n},${ENTERPRISE_ITEM_LABELS.map(() => 80).join(',')},否`,
  );

  it('HTML and .xlsx: one column 序号, one 记录', async () => {
    const path = csv(header, ...lines);
    const html = join(temp(), 'kept-seq.html');
    const book = join(temp(), 'kept-seq.xlsx');
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'html', '-o', html, path])).code).toBe(
      0,
    );
    expect(readFileSync(html, 'utf8')).toContain('<th class="n">记录</th><th>序号</th>');
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'xlsx', '-o', book, path])).code).toBe(
      0,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(book);
    const first = workbook.worksheets[0]!.getRow(1).values as unknown[];
    expect(first.slice(1, 3)).toEqual(['序号', '记录']);
  });
});
