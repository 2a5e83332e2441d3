/**
 * The usual impact-test layout: 冲击吸收能量 KV2(J) merged across three columns, the specimens numbered 1, 2, 3 in
 * the row under it, every other heading merged down over both rows (hostile-19 F10). Read as one header row, the
 * numbers were a phantom invalid record (.xlsx) or the sample was refused with one specimen value (CSV).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { numbersSpecimens } from '../../src/input/specimen-numbers';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = 'steel/low-alloy-structural-steel';

const HEADER = [
  '试样',
  '牌号（交货状态）',
  '公称厚度(mm)',
  '上屈服强度(MPa)',
  '抗拉强度(MPa)',
  '冲击试验温度(℃)',
];
const CHEMISTRY = ['碳C(%)', '锰(%)', '磷(%)', '硫(%)'];
const UPPER = [...HEADER, '冲击吸收能量 KV2(J)', '', '', ...CHEMISTRY];
const NUMBERS = [...HEADER.map(() => ''), '1', '2', '3', ...CHEMISTRY.map(() => '')];
// P-1 meets grade D (−20 °C, 62/58/71 J); P-2 has two single values below 34 J and one below 23.8 J: not graded.
const SAMPLES = [
  ['P-1', 'Q355', 20, 382, 528, -20, 62, 58, 71, 0.16, 1.38, 0.018, 0.009],
  ['P-2', 'Q355', 20, 382, 528, -20, 62, 18, 17, 0.16, 1.38, 0.018, 0.009],
];

async function graded(path: string) {
  const run = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', path]);
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { ...run, results };
}

/** What the same samples grade as from JSON, where the three values are a list. */
async function fromJson(): Promise<GradeResult[]> {
  const path = join(temp(), 'la.ndjson');
  const keys = ['designation', 'thickness', 'yieldStrength', 'tensileStrength', 'impactTemperature'];
  const lines = SAMPLES.map((s) => {
    const record: Record<string, unknown> = { 试样: s[0] };
    keys.forEach((k, i) => {
      record[k] = s[i + 1];
    });
    record.impactEnergy = s.slice(6, 9);
    ['carbon', 'manganese', 'phosphorus', 'sulfur'].forEach((k, i) => {
      record[k] = s[9 + i];
    });
    return JSON.stringify(record);
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return (await graded(path)).results;
}

const shape = (results: GradeResult[]) =>
  results.map((r) => [r.row, r.kept?.试样, r.grade, r.notGradedReason?.code ?? null]);

describe('specimens numbered under an indicator heading merged across their columns', () => {
  it('CSV and .xlsx read the two rows as one header: two records, graded as from JSON', async () => {
    const expected = shape(await fromJson());
    expect(expected).toEqual([
      [1, 'P-1', 'D', null],
      [2, 'P-2', null, 'below-lowest-grade'],
    ]);
    const csv = join(temp(), 'la.csv');
    writeFileSync(csv, `${[UPPER, NUMBERS, ...SAMPLES].map((r) => r.join(',')).join('\n')}\n`);
    const xlsx = join(temp(), 'la.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow(UPPER.map((c) => (c === '' ? null : c)));
        ws.addRow(NUMBERS.map((c) => (c === '' ? null : Number(c))));
        for (const s of SAMPLES) ws.addRow(s);
        ws.mergeCells('G1:I1');
        for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'J', 'K', 'L', 'M']) ws.mergeCells(`${c}1:${c}2`);
      }),
    );
    for (const path of [csv, xlsx]) {
      const run = await graded(path);
      expect(shape(run.results), path).toEqual(expected);
      expect(run.stderr).toContain('2 records: 1 graded, 1 not graded, 0 invalid');
    }
  });

  it('.xlsx typed by hand, nothing merged (the heading in its first cell, the cells after it empty): every specimen read (committee-29 W1)', async () => {
    const expected = shape(await fromJson());
    // The numbers as numbers and as text, as Excel and WPS may store them.
    for (const numbers of ['number', 'text'] as const) {
      const xlsx = join(temp(), `unmerged-${numbers}.xlsx`);
      writeFileSync(
        xlsx,
        await exceljsWorkbook((wb) => {
          const ws = wb.addWorksheet('数据');
          ws.addRow(UPPER.map((c) => (c === '' ? null : c)));
          ws.addRow(NUMBERS.map((c) => (c === '' ? null : numbers === 'number' ? Number(c) : c)));
          for (const s of SAMPLES) ws.addRow(s);
        }),
      );
      const run = await graded(xlsx);
      // P-2 is not graded on its 2nd and 3rd specimens (18 J, 17 J): read as one column, it passed on 62 J.
      expect(shape(run.results), numbers).toEqual(expected);
      expect(run.stderr).toContain('2 records: 1 graded, 1 not graded, 0 invalid');
    }
  });

  it('four numbered specimen columns for an indicator that takes three: exit 2 naming the columns, CSV, .xlsx and --map (newcomer-32 W2)', async () => {
    // KV2 takes exactly 3: a fourth column under the heading made every record invalid ("got 4"), one by one.
    const upper = [...HEADER, '冲击吸收能量 KV2(J)', '', '', '', ...CHEMISTRY];
    const numbers = [...HEADER.map(() => ''), '1', '2', '3', '4', ...CHEMISTRY.map(() => '')];
    const rows = SAMPLES.map((s) => [...s.slice(0, 9), 60, ...s.slice(9)]);
    const csv = join(temp(), 'la-four.csv');
    writeFileSync(csv, `${[upper, numbers, ...rows].map((r) => r.join(',')).join('\n')}\n`);
    const xlsx = join(temp(), 'la-four.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        ws.addRow(upper.map((c) => (c === '' ? null : c)));
        ws.addRow(numbers.map((c) => (c === '' ? null : Number(c))));
        for (const r of rows) ws.addRow(r);
        ws.mergeCells('G1:J1');
      }),
    );
    for (const path of [csv, xlsx]) {
      const run = await graded(path);
      expect(run.code, path).toBe(2);
      expect(run.stderr, path).toContain(
        'columns 7–10 ("冲击吸收能量 KV2(J)") all give specimen values of the indicator impactEnergy (Impact energy KV2), 4 columns, and it takes at most 3 specimens',
      );
    }
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, csv]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 7–10 列（“冲击吸收能量 KV2(J)”）都给出指标 impactEnergy（冲击吸收能量 KV2）的试样值，共 4 列，而它最多取 3 个试样',
    );
    // Numbered headers mapped one by one: the same, naming each header.
    const mapped = join(temp(), 'la-mapped.csv');
    const flat = [...HEADER, 'KV1', 'KV2', 'KV3', 'KV4', ...CHEMISTRY];
    writeFileSync(mapped, `${[flat, ...rows].map((r) => r.join(',')).join('\n')}\n`);
    const maps = ['KV1', 'KV2', 'KV3', 'KV4'].flatMap((k) => ['--map', `${k}=impactEnergy`]);
    const four = await cli.run(['grade', '-r', RULES, ...maps, mapped]);
    expect(four.code).toBe(2);
    expect(four.stderr).toContain('columns 7–10 ("KV1", "KV2", "KV3", "KV4") all give specimen values');
    // At the count (three mapped, the fourth left as text): read, graded as from JSON.
    const three = await cli.run(['grade', '-r', RULES, '-f', 'ndjson', ...maps.slice(0, 6), mapped]);
    expect(three.code).not.toBe(2);
    expect(three.stderr).not.toContain('all give specimen values');
  });

  it('a line with anything besides the numbers is not a header line: it is read as a record', async () => {
    const csv = join(temp(), 'not-header.csv');
    const row = ['X-0', ...NUMBERS.slice(1)];
    writeFileSync(csv, `${[UPPER, row, ...SAMPLES].map((r) => r.join(',')).join('\n')}\n`);
    const run = await graded(csv);
    expect(run.results).toHaveLength(3);
    expect(run.results[0]!.kept?.试样).toBe('X-0');
  });

  it('numbersSpecimens: 1, 2, 3 in order from 1, as labs write them; measured values are not', () => {
    expect(numbersSpecimens(['1', '2', '3'])).toBe(true);
    expect(numbersSpecimens(['#1', '#2'])).toBe(true);
    expect(numbersSpecimens(['试样1', '试样2', '试样3'])).toBe(true);
    expect(numbersSpecimens(['No.1', 'No. 2'])).toBe(true);
    expect(numbersSpecimens(['第1个', '第2个'])).toBe(true);
    expect(numbersSpecimens(['1'])).toBe(false);
    expect(numbersSpecimens(['1', '3'])).toBe(false);
    expect(numbersSpecimens(['2', '3', '4'])).toBe(false);
    expect(numbersSpecimens(['62', '58', '71'])).toBe(false);
    expect(numbersSpecimens(['1', '2', ''])).toBe(false);
  });
});

/** Rebar S1, HRB400: ReL 455 and 399 (the second below 400 MPa), Rm 600 twice; the rest meets the standard. */
const BAR_HEAD = ['样品编号', '牌号', '公称直径 d', '下屈服强度 ReL', '', '抗拉强度 Rm', '', '断后伸长率 A'];
const BAR_REST = ['最大力总延伸率 Agt', '碳 C', '硅 Si', '锰 Mn', '磷 P', '硫 S', '重量偏差', '弯曲试验'];
const BAR_UNITS = ['', '', 'mm', 'MPa', '', 'MPa', '', '%', '%', '', '', '', '', '', '', ''];
const BAR_S1 = ['S1', 'HRB400', 16, 455, 399, 600, 600, 21, 10, 0.22, 0.5, 1.4, 0.03, 0.03, -3, '是'];

describe('an indicator heading over its specimens, typed with empty header cells after it and no specimen numbers (hostile-30 W1)', () => {
  const bar = async (path: string) => {
    const run = await cli.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', '-f', 'ndjson', path]);
    const results = run.stdout
      .trim()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as GradeResult);
    return { ...run, results };
  };

  it('CSV as Excel saves a merged heading, with or without a units row, and .xlsx typed by hand: the empty-header columns are the next specimens, said once', async () => {
    const header = [...BAR_HEAD, ...BAR_REST];
    const csvPlain = join(temp(), 'bar.csv');
    writeFileSync(csvPlain, `${[header, BAR_S1].map((r) => r.join(',')).join('\n')}\n`);
    const csvUnits = join(temp(), 'bar-units.csv');
    writeFileSync(csvUnits, `${[header, BAR_UNITS, BAR_S1].map((r) => r.join(',')).join('\n')}\n`);
    const xlsx = async (units: boolean) => {
      const path = join(temp(), `bar-${units}.xlsx`);
      writeFileSync(
        path,
        await exceljsWorkbook((wb) => {
          const ws = wb.addWorksheet('数据');
          ws.addRow(header.map((c) => (c === '' ? null : c)));
          if (units) ws.addRow(BAR_UNITS.map((c) => (c === '' ? null : c)));
          ws.addRow(BAR_S1);
        }),
      );
      return path;
    };
    for (const path of [csvPlain, csvUnits, await xlsx(false), await xlsx(true)]) {
      const run = await bar(path);
      expect(run.code, path).toBe(0);
      // Specimen 2 (399 MPa < 400 MPa) fails: read as one column, S1 was graded conforming on 455 alone.
      expect(
        run.results.map((r) => [r.grade, r.notGradedReason?.code]),
        path,
      ).toEqual([[null, 'below-lowest-grade']]);
      expect(run.stderr, path).toContain(
        'column 5, with an empty header after "下屈服强度 ReL" (column 4), is read as yieldStrength',
      );
      expect(run.stderr.match(/empty header after/g), path).toHaveLength(2);
    }
  });

  it('more empty-header columns than the indicator takes specimens: exit 2, naming them, not a guess', async () => {
    // yieldStrength takes at most 4 specimens; the heading and four empty cells make 5.
    const header = [...BAR_HEAD.slice(0, 5), '', '', '', ...BAR_HEAD.slice(5), ...BAR_REST];
    const row = [...BAR_S1.slice(0, 5), 401, 402, 403, ...BAR_S1.slice(5)];
    const csv = join(temp(), 'bar-wide.csv');
    writeFileSync(csv, `${[header, row].map((r) => r.join(',')).join('\n')}\n`);
    const run = await bar(csv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('columns 5–8 after "下屈服强度 ReL" (column 4) have an empty header');
    expect(run.stderr).toContain('takes at most 4 specimens');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', 'steel/hot-rolled-ribbed-bar', csv]);
    expect(zh.stderr).toContain('第 5–8 列表头为空');
  });

  it('the heading at exactly the most specimens (4 columns) reads all four', async () => {
    // Rm over four columns too: the strength ratio is computed per specimen, so both give four.
    const header = [
      ...BAR_HEAD.slice(0, 5),
      '',
      '',
      '抗拉强度 Rm',
      '',
      '',
      '',
      ...BAR_HEAD.slice(7),
      ...BAR_REST,
    ];
    const row = [...BAR_S1.slice(0, 3), 455, 455, 455, 455, 600, 600, 600, 600, ...BAR_S1.slice(7)];
    const csv = join(temp(), 'bar-four.csv');
    writeFileSync(csv, `${[header, row].map((r) => r.join(',')).join('\n')}\n`);
    const run = await bar(csv);
    expect(run.code).toBe(0);
    expect(run.results[0]!.grade).toBe('conforming');
    expect(run.stderr).toContain('columns 5–7, with an empty header');
    expect(run.stderr).toContain('columns 9–11, with an empty header');
  });
});
