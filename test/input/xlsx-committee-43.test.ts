/**
 * A committee's lab sheets (xlsx-committee-43): a two-row header whose headings are merged down over both rows
 * (`A`, `N`, `V` beside the group `力学性能`), named with `--map`; `--keep` of a column under a group heading
 * that states the unit (`碳 C` under `化学成分/%`); and compare's reading of each rule set's header, which read a
 * whole workbook each time (50,000 rows: 3 times the CPU and 7 times the memory of the same CSV): only the top rows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { openWorkbook } from '../../src/input/xlsx/open-workbook';
import { parseSheet } from '../../src/input/xlsx/parse-sheet';
import { HEADER_ONLY_ROWS, readXlsxBytes, XLSX_LIMITS } from '../../src/input/xlsx/xlsx-items';
import { useCli, useTempDir } from '../cli/cli-harness';
import { exceljsWorkbook, rawWorkbook } from './xlsx/workbook-fixtures';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';

// GB/T 1499.2-2018, HRB400 below 28 mm: A ≥ 16 % (compared after rounding to 0.5 %), N ≤ 0.012 %.
// Bar 1 is at both limits; bar 2 is just below A (15.74 rounds to 15.5); bar 3 just above N.
const BARS = [
  ['L1', 16, 0.012],
  ['L2', 15.74, 0.012],
  ['L3', 16, 0.013],
] as const;

/** `力学性能` across ReL and Rm; `A`, `Agt`, `N`, `V` and the others each merged down over both header rows. */
async function symbolSheet(): Promise<Uint8Array> {
  return exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('抽检');
    ws.addRow([
      '批号',
      '牌号',
      '直径',
      '力学性能',
      '',
      'A',
      'Agt',
      'C',
      'Si',
      'Mn',
      'P',
      'S',
      'V',
      'N',
      '重量偏差',
      '弯曲',
    ]);
    ws.addRow(['', '', '', 'ReL', 'Rm']);
    for (const [id, a, n] of BARS)
      ws.addRow([id, 'HRB400', 20, 455, 600, a, 10, 0.22, 0.45, 1.38, 0.026, 0.018, 0.03, n, -2.5, true]);
    ws.mergeCells('D1:E1');
    for (const col of ['A', 'B', 'C', ...'FGHIJKLMNOP']) ws.mergeCells(`${col}1:${col}2`);
  });
}

const SYMBOL_MAP = {
  牌号: 'designation',
  直径: 'diameter',
  ReL: 'yieldStrength',
  Rm: 'tensileStrength',
  A: 'elongation',
  Agt: 'maxForceElongation',
  C: 'carbon',
  Si: 'silicon',
  Mn: 'manganese',
  P: 'phosphorus',
  S: 'sulfur',
  V: 'vanadium',
  N: 'nitrogen',
  重量偏差: 'massDeviation',
  弯曲: 'bendTest',
};

/** `化学成分/%` (or `化学成分（%）`) merged across 碳 C … 硫 S, the other headings merged down. */
async function chemistryUnderUnit(group: string): Promise<Uint8Array> {
  return exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('抽检');
    ws.addRow(['2024 年热轧带肋钢筋监督抽检结果']);
    ws.addRow([
      '批号',
      '牌号',
      '公称直径 d',
      '下屈服强度 ReL',
      '抗拉强度 Rm',
      '断后伸长率 A',
      '最大力总延伸率 Agt',
      group,
      '',
      '',
      '',
      '',
      '重量偏差',
      '弯曲试验',
    ]);
    ws.addRow(['', '', '', '', '', '', '', '碳 C', '硅 Si', '锰 Mn', '磷 P', '硫 S']);
    ws.addRow(['L1', 'HRB400', 20, 455, 600, 20.5, 10, 0.25, 0.45, 1.38, 0.026, 0.018, -2.5, true]);
    ws.addRow(['L2', 'HRB400', 20, 455, 600, 20.5, 10, 0.26, 0.45, 1.38, 0.026, 0.018, -2.5, true]);
    ws.mergeCells('A1:N1');
    ws.mergeCells('H2:L2');
    for (const col of [...'ABCDEFG', 'M', 'N']) ws.mergeCells(`${col}2:${col}3`);
  });
}

function ndjson(stdout: string): { kept: Record<string, string>; grade: string | null; failing: string[] }[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((r) => ({
      kept: r.kept,
      grade: r.grade,
      failing: r.criteria
        .filter((c: { status: string }) => c.status === 'failed')
        .map((c: { id: string }) => c.id),
    }));
}

describe.concurrent('a heading merged down over a two-row header is not a unit under itself', () => {
  it('reads A, N and V mapped with --map as their columns, not as A(A), N(N), V(V)', async () => {
    const { indicators } = await loadRuleSet(STEEL);
    const source = readXlsxBytes(await symbolSheet(), 'symbols.xlsx', {
      mapping: new Map(Object.entries(SYMBOL_MAP)),
      indicators,
    });
    expect(source.header?.cells).toEqual(['批号', ...Object.keys(SYMBOL_MAP)]);
    expect(source.header?.fields).toEqual(['批号', ...Object.values(SYMBOL_MAP)]);
  });

  it('grades the sheet with a --map-file: at the limits, just below A, just above N', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'symbols.xlsx'), await symbolSheet());
    writeFileSync(join(dir, 'map.json'), JSON.stringify(SYMBOL_MAP));
    const r = await cli.run(
      ['grade', '-r', STEEL, 'symbols.xlsx', '--map-file', 'map.json', '-f', 'ndjson'],
      {
        cwd: dir,
      },
    );
    expect(r.stderr).not.toMatch(/has no column/);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)).toEqual([
      { kept: { 批号: 'L1' }, grade: 'conforming', failing: [] },
      { kept: { 批号: 'L2' }, grade: null, failing: ['elongation'] },
      { kept: { 批号: 'L3' }, grade: null, failing: ['nitrogen'] },
    ]);
  });
});

describe.concurrent('--keep names a column under a group heading that states the unit as the sheet shows it', () => {
  for (const group of ['化学成分/%', '化学成分（%）'])
    it(`--keep '碳 C' under ${group}: kept as written, graded against C ≤ 0.25 %`, async () => {
      const dir = temp();
      writeFileSync(join(dir, 'chem.xlsx'), await chemistryUnderUnit(group));
      const r = await cli.run(
        ['grade', '-r', STEEL, 'chem.xlsx', '--keep', '批号', '--keep', '碳 C', '-f', 'ndjson'],
        { cwd: dir },
      );
      expect(r.stderr).not.toMatch(/has no column/);
      expect(r.code).toBe(0);
      expect(ndjson(r.stdout)).toEqual([
        { kept: { 批号: 'L1', '碳 C': '0.25' }, grade: 'conforming', failing: [] },
        { kept: { 批号: 'L2', '碳 C': '0.26' }, grade: null, failing: ['carbon'] },
      ]);
    });

  it("--keep '碳 C' finds a CSV header 碳 C/% as --tally-by does", async () => {
    const dir = temp();
    const header =
      '批号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C/%,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
    writeFileSync(
      join(dir, 'chem.csv'),
      `${header}\nL1,HRB400,20,455,600,20.5,10,0.25,0.45,1.38,0.026,0.018,-2.5,true\n`,
    );
    const r = await cli.run(['grade', '-r', STEEL, 'chem.csv', '--keep', '碳 C', '-f', 'ndjson'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout)).toEqual([{ kept: { '碳 C': '0.25' }, grade: 'conforming', failing: [] }]);
  });
});

describe.concurrent('a header read alone (compare, before the records) reads the top of the sheet only', () => {
  // Five rows, the merged range after <sheetData> as Excel writes it.
  const body =
    '<sheetData>' +
    [1, 2, 3, 4, 5]
      .map((r) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r}</v></c></row>`)
      .join('') +
    '</sheetData><mergeCells count="1"><mergeCell ref="A4:B5"/></mergeCells>';
  const workbook = openWorkbook(rawWorkbook({ sheets: [{ name: 'S', body }] }), 'w.xlsx', XLSX_LIMITS);
  const xml = workbook.sheetXml(workbook.sheets[0]!);

  it('parseSheet with keepRows: those rows, every merged range, the rows passed over not counted against maxRows', () => {
    const top = parseSheet(xml, workbook, 3, Number.POSITIVE_INFINITY, undefined, 2);
    expect(top.rows.map((r) => r.row)).toEqual([1, 2]);
    expect(top.merges).toEqual([{ from: { col: 0, row: 4 }, to: { col: 1, row: 5 } }]);
    expect(() => parseSheet(xml, workbook, 3)).toThrow(/more than 3 rows/);
  });

  it(`headerOnly: the header a whole read gives (two rows under a merged group), the first ${HEADER_ONLY_ROWS} rows`, async () => {
    const { indicators } = await loadRuleSet(STEEL);
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('抽检');
      ws.addRow(['批号', '牌号', '力学性能', '']);
      ws.addRow(['', '', '下屈服强度 ReL', '抗拉强度 Rm']);
      for (let i = 1; i <= HEADER_ONLY_ROWS + 500; i++) ws.addRow([`L${i}`, 'HRB400', 455, 600]);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:B2');
      ws.mergeCells('C1:D1');
    });
    const options = { mapping: new Map<string, string>(), indicators };
    const whole = readXlsxBytes(bytes, 'w.xlsx', options);
    const top = readXlsxBytes(bytes, 'w.xlsx', { ...options, headerOnly: true });
    expect(whole.header?.fields).toEqual(['批号', 'designation', 'yieldStrength', 'tensileStrength']);
    expect(top.header).toEqual(whole.header);
    expect(whole.records).toBe(HEADER_ONLY_ROWS + 500);
    // The header's two rows are among the rows read.
    expect(top.records).toBe(HEADER_ONLY_ROWS - 2);
  });

  it('compare of a workbook of more rows than that: every record graded under A and B, as from the CSV', async () => {
    const dir = temp();
    const header = [
      '批号',
      '牌号',
      '公称直径 d',
      '下屈服强度 ReL',
      '抗拉强度 Rm',
      '断后伸长率 A',
      '最大力总延伸率 Agt',
    ];
    header.push('碳 C', '硅 Si', '锰 Mn', '磷 P', '硫 S', '重量偏差', '弯曲试验');
    // 12 mm: -5.8 % meets the 2018 edition's ≥ -6.0 % and fails the 2024 draft's ≥ -5.5 %; -5.5 % meets both.
    const rows = Array.from({ length: HEADER_ONLY_ROWS + 200 }, (_, i) => [
      `L${i + 1}`,
      'HRB400',
      12,
      455,
      600,
      20.5,
      10,
      0.22,
      0.45,
      1.38,
      0.026,
      0.018,
      i % 4 === 0 ? -5.8 : -5.5,
      true,
    ]);
    writeFileSync(join(dir, 'bars.csv'), `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`);
    writeFileSync(
      join(dir, 'bars.xlsx'),
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('抽检');
        ws.addRow(header);
        for (const r of rows) ws.addRow(r);
      }),
    );
    const draft = join(process.cwd(), 'examples/hot-rolled-ribbed-bar-2024-draft.yaml');
    const run = (file: string) => cli.run(['compare', STEEL, draft, file, '-f', 'json'], { cwd: dir });
    const [fromCsv, fromXlsx] = await Promise.all([run('bars.csv'), run('bars.xlsx')]);
    const moved = (r: { stdout: string }) => JSON.parse(r.stdout).changed as number;
    expect(moved(fromXlsx)).toBe((HEADER_ONLY_ROWS + 200) / 4);
    expect(moved(fromXlsx)).toBe(moved(fromCsv));
    expect(JSON.parse(fromXlsx.stdout).total).toBe(HEADER_ONLY_ROWS + 200);
  });
});

describe.concurrent('grade --group-by under a one-grade rule set: a lot below it is nonconforming in every part', () => {
  const header = ['生产企业', '批号', '牌号', '公称直径 d', '下屈服强度 ReL', '抗拉强度 Rm', '断后伸长率 A'];
  header.push('最大力总延伸率 Agt', '碳 C', '硅 Si', '锰 Mn', '磷 P', '硫 S', '重量偏差', '弯曲试验');
  const rest = '20.5,10,0.22,0.45,1.38,0.026,0.018,-2.5,true';
  // 甲: one bar just below ReL ≥ 400 MPa (399), a nonconforming lot; 乙 conforms; 丙 has a bar without Rm (invalid).
  const lines = [
    header.join(','),
    `甲钢厂,A-1,HRB400,20,455,600,${rest}`,
    `甲钢厂,A-2,HRB400,20,399,600,${rest}`,
    `乙钢厂,B-1,HRB400,20,400,540,${rest}`,
    `丙钢厂,C-1,HRB400,20,455,,${rest}`,
  ];
  const lots = () => {
    const dir = temp();
    writeFileSync(join(dir, 'lots.csv'), `${lines.join('\n')}\n`);
    return dir;
  };
  const args = ['grade', '-r', STEEL, 'lots.csv', '--group-by', '生产企业'];

  it('the table: each lot nonconforming, conforming or not graded, as the closing line counts them', async () => {
    const cwd = lots();
    const [en, zh] = await Promise.all([
      cli.run(args, { cwd }),
      cli.run([...args, '--lang', 'zh-CN'], { cwd }),
    ]);
    expect(en.stdout).toMatch(/^group 甲钢厂 \(rows 1–2, 2 records\): nonconforming$/m);
    expect(en.stdout).toMatch(/^group 乙钢厂 \(row 3, 1 record\): conforming Conforming$/m);
    expect(en.stdout).toMatch(/^group 丙钢厂 \(row 4, 1 record\): not graded$/m);
    expect(en.stderr).toMatch(/^3 groups: conforming 1, nonconforming 1; not graded 1 /m);
    expect(zh.stdout).toMatch(/^组 甲钢厂（第 1–2 条，共 2 条记录）：不合格$/m);
    expect(zh.stdout).toMatch(/^组 丙钢厂（第 4 条，共 1 条记录）：不分级$/m);
  });

  it('-f xlsx: the summary total says nonconforming beside graded and not graded', async () => {
    const cwd = lots();
    for (const [lang, note] of [
      ['en', '1 graded, 1 nonconforming, 1 not graded'],
      ['zh-CN', '已分级 1，不合格 1，不分级 1'],
    ] as const) {
      const out = `lots-${lang}.xlsx`;
      const r = await cli.run([...args, '--lang', lang, '-f', 'xlsx', '-o', out], { cwd });
      expect(r.code).toBe(1);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(join(cwd, out)) as unknown as ArrayBuffer);
      const rows = wb.worksheets[1]!.getSheetValues().filter(Boolean) as unknown[][];
      const total = rows.filter((row) => row[1] === (lang === 'en' ? 'Total' : '合计'));
      expect(total.map((row) => row.slice(3, 5))).toEqual([[3, note]]);
    }
  });

  it('-f html: a card of nonconforming groups, and not graded without them', async () => {
    const cwd = lots();
    const r = await cli.run([...args, '-f', 'html', '-o', 'lots.html'], { cwd });
    expect(r.code).toBe(1);
    const html = readFileSync(join(cwd, 'lots.html'), 'utf8');
    expect(html).toContain('<li data-summary="nonconforming">Groups nonconforming<b>1</b>');
    expect(html).toContain('<li data-summary="not-graded">Groups not graded<b>1</b>');
  });
});
