/**
 * `--map 屈服强度=yieldStrength` finds a header that is the mapped column
 * followed by a unit (`屈服强度/MPa`, `抗拉强度（MPa）`, `伸长率 %`), in every
 * tabular input, with the unit checked as an unmapped header's is.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { readXlsxBytes } from '../../src/input/xlsx/xlsx-items';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';

// HRB400: ReL ≥ 400 MPa, Rm ≥ 540 MPa, A ≥ 16 %, Agt ≥ 7.5 %. Bar 1 conforms; bars 2–5 fail one each.
const BARS = [
  [455, 610, 21.5, 11.2],
  [385, 600, 20, 10],
  [450, 530, 20, 10],
  [450, 600, 14, 10],
  [450, 600, 20, 6.5],
];
const FAILS = [[], ['yield-strength'], ['tensile-strength'], ['elongation'], ['max-force-elongation']];
const REST = '0.2,0.4,1.3,0.025,0.02,0.02,-1.5,合格';
const REST_HEADER = '碳 C,硅 Si,锰 Mn,磷 P,硫 S,钒 V,重量偏差,弯曲试验';
// Lab wording, none of them the rule set's labels (下屈服强度 ReL, 抗拉强度 Rm, …): they need --map.
const MAPS = [
  '屈服强度=yieldStrength',
  '抗拉强度=tensileStrength',
  '伸长率=elongation',
  'Agt=maxForceElongation',
];
const HEADERS = ['屈服强度/MPa', '抗拉强度（MPa）', '伸长率 %', 'Agt%'];

function csv(headers: readonly string[], sep = ','): string {
  const lines = [`炉批号,牌号,公称直径 d,${headers.join(',')},${REST_HEADER}`];
  for (const [i, b] of BARS.entries()) lines.push(`L${i + 1},HRB400,16,${b.join(',')},${REST}`);
  return `${lines.join('\n')}\n`.replaceAll(',', sep);
}

function args(maps: readonly string[] = MAPS): string[] {
  return maps.flatMap((m) => ['--map', m]);
}

/** Each result's sample id, grade and failed criteria. */
function results(stdout: string) {
  return stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l))
    .map((r) => ({
      id: r.kept?.炉批号,
      grade: r.grade,
      failing: r.criteria
        .filter((c: { status: string }) => c.status === 'failed')
        .map((c: { id: string }) => c.id)
        .sort(),
    }));
}

const EXPECTED = FAILS.map((failing, i) => ({
  id: `L${i + 1}`,
  grade: failing.length === 0 ? 'conforming' : null,
  failing,
}));

async function grade(input: string, extra: string[], lang = 'en', format = 'csv') {
  return cli.run(['--lang', lang, 'grade', '-r', STEEL, '-f', 'ndjson', ...extra, '-i', format, '-'], {
    input,
  });
}

describe('a --map column followed by a unit in the header', () => {
  it('CSV: 屈服强度/MPa, 抗拉强度（MPa）, 伸长率 %, Agt% are read by --map 屈服强度=… and the rest', async () => {
    const run = await grade(csv(HEADERS), args());
    expect(run.stderr).not.toContain('has no column');
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(EXPECTED);
  });

  it('equivalent spellings of the unit (N/mm², Mpa, ％) are the same unit', async () => {
    const run = await grade(csv(['屈服强度 (N/mm²)', '抗拉强度/Mpa', '伸长率（％）', 'Agt %']), args());
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(EXPECTED);
  });

  it('TSV too', async () => {
    const run = await grade(csv(HEADERS, '\t'), args(), 'en', 'tsv');
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(EXPECTED);
  });

  it('a --map-file the same', async () => {
    const file = join(temp(), 'map.yaml');
    writeFileSync(file, MAPS.map((m) => m.replace('=', ': ')).join('\n'));
    const run = await grade(csv(HEADERS), ['--map-file', file]);
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(EXPECTED);
  });

  it('a header of two lines (group headings over the columns)', async () => {
    const upper = `炉批号,牌号,公称直径 d,力学性能,,,,${REST_HEADER}`;
    const lower = `,,,${HEADERS.join(',')},,,,,,,,`;
    const input = csv(HEADERS).replace(/^[^\n]*/, `${upper}\n${lower}`);
    const run = await grade(input, args());
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(EXPECTED);
  });

  it('.xlsx: the header is found under a title, and read', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['2025 年钢筋抽检结果']);
      ws.addRow(['炉批号', '牌号', '公称直径 d', ...HEADERS, ...REST_HEADER.split(',')]);
      for (const [i, b] of BARS.entries())
        ws.addRow([`L${i + 1}`, 'HRB400', 16, ...b, 0.2, 0.4, 1.3, 0.025, 0.02, 0.02, -1.5, '合格']);
    });
    const path = join(temp(), 'lab.xlsx');
    writeFileSync(path, bytes);
    const run = await cli.run(['grade', '-r', STEEL, '-f', 'ndjson', ...args(), path]);
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(EXPECTED);
  });

  it('.xlsx: a title above a header whose only names are mapped columns with units', async () => {
    const { indicators } = await loadRuleSet(STEEL);
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['2025 年钢筋抽检结果']);
      ws.addRow(['炉批号', '屈服强度/MPa', '抗拉强度（MPa）']);
      ws.addRow(['L1', 455, 610]);
    });
    const mapping = new Map([
      ['屈服强度', 'yieldStrength'],
      ['抗拉强度', 'tensileStrength'],
    ]);
    const source = readXlsxBytes(bytes, 'titled.xlsx', { mapping, indicators });
    expect(source.header?.fields).toEqual(['炉批号', 'yieldStrength', 'tensileStrength']);
    expect(source.records).toBe(1);
  });

  it('in another unit: the unit-mismatch input error (exit 2), in zh and en', async () => {
    const headers = ['屈服强度/MPa', '抗拉强度/kN', '伸长率 %', 'Agt%'];
    const en = await grade(csv(headers), args());
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'column 5 ("抗拉强度/kN") is in kN, but the indicator tensileStrength (Tensile strength Rm) is in MPa',
    );
    const zh = await grade(csv(headers), args(), 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 5 列“抗拉强度/kN”的单位是 kN，而指标 tensileStrength（抗拉强度 Rm）的单位是 MPa',
    );
  });

  it('a header that is the column exactly wins over one with a unit', async () => {
    // 屈服强度 holds the bars' values; 屈服强度/MPa beside it holds 0s, which would fail every bar.
    const headers = ['屈服强度', '屈服强度/MPa', '抗拉强度（MPa）', '伸长率 %', 'Agt%'];
    const lines = [`炉批号,牌号,公称直径 d,${headers.join(',')},${REST_HEADER}`];
    for (const [i, b] of BARS.entries())
      lines.push(`L${i + 1},HRB400,16,${b[0]},0,${b.slice(1).join(',')},${REST}`);
    const run = await grade(`${lines.join('\n')}\n`, args());
    expect(run.code).toBe(0);
    expect(results(run.stdout)).toEqual(EXPECTED);
  });

  it('a column that two headers give with a unit is a usage error naming both, in zh and en', async () => {
    const headers = ['屈服强度/MPa', '屈服强度/kN', '抗拉强度（MPa）', '伸长率 %', 'Agt%'];
    const lines = [
      `炉批号,牌号,公称直径 d,${headers.join(',')},${REST_HEADER}`,
      `L1,HRB400,16,455,45.5,610,21.5,11.2,${REST}`,
    ];
    const input = `${lines.join('\n')}\n`;
    const en = await grade(input, args());
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      '--map 屈服强度=yieldStrength: both columns "屈服强度/MPa" and "屈服强度/kN" of stdin are "屈服强度" with a unit; write the whole header to map, e.g. --map 屈服强度/MPa=yieldStrength',
    );
    const zh = await grade(input, args(), 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '--map 屈服强度=yieldStrength：stdin中“屈服强度/MPa”和“屈服强度/kN”两列都是“屈服强度”加单位；请写出要映射的整个表头',
    );
  });

  it('a text after the column that is no unit is no match: the column is still missing', async () => {
    const run = await grade(csv(['屈服强度/批次', ...HEADERS.slice(1)]), args());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--map 屈服强度=yieldStrength: stdin has no column "屈服强度"');
  });
});
