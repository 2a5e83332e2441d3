/**
 * Lab sheets head columns with the quantity and its unit (`下屈服强度 ReL/MPa`,
 * `抗拉强度 Rm（MPa）`, `最大力总延伸率 Agt %`) or put the units in a row of
 * their own under the header. A unit that is the indicator's is read as
 * that indicator; another unit is an input error before grading (exit 2).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import type { InputItem } from '../../src/input/input-item';
import { readRecords } from '../../src/input/read-records';
import { readXlsxBytes } from '../../src/input/xlsx/xlsx-items';
import type { LocalizedText } from '../../src/text/localized-text';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const STEEL = 'steel/hot-rolled-ribbed-bar';
const AC = 'home-appliances/room-air-conditioner-energy';
const CEMENT = 'building-materials/cement-lot-grade';

// HRB400 (GB/T 1499.2-2018): ReL ≥ 400 MPa, Rm ≥ 540 MPa, A ≥ 16 %, Agt ≥ 7.5 % (A and Agt rounded to 0.5 %).
const LIMITS = { yieldStrength: 400, tensileStrength: 540, elongation: 16, maxForceElongation: 7.5 };
const CRITERION = {
  yieldStrength: 'yield-strength',
  tensileStrength: 'tensile-strength',
  elongation: 'elongation',
  maxForceElongation: 'max-force-elongation',
} as const;
type Mechanical = keyof typeof LIMITS;
const MECHANICAL = Object.keys(LIMITS) as Mechanical[];

/** Bars of 16 mm, chemistry and mass conforming; ReL, Rm, A, Agt each failing once, well off the rounding. */
const BARS: Record<Mechanical, number>[] = [
  { yieldStrength: 455, tensileStrength: 610, elongation: 21.5, maxForceElongation: 11.2 },
  { yieldStrength: 385, tensileStrength: 600, elongation: 20, maxForceElongation: 10 },
  { yieldStrength: 450, tensileStrength: 530, elongation: 20, maxForceElongation: 10 },
  { yieldStrength: 450, tensileStrength: 600, elongation: 14, maxForceElongation: 10 },
  { yieldStrength: 450, tensileStrength: 600, elongation: 20, maxForceElongation: 6.5 },
];
const REST = '0.2,0.4,1.3,0.025,0.02,0.02,-1.5,合格';
const REST_HEADER = '碳 C,硅 Si,锰 Mn,磷 P,硫 S,钒 V,重量偏差,弯曲试验';

/** The criteria a bar fails, from the figures above (not from the rule file). */
function expectedFailing(bar: Record<Mechanical, number>): string[] {
  return MECHANICAL.filter((k) => bar[k] < LIMITS[k])
    .map((k) => CRITERION[k])
    .sort();
}

function csv(mechanicalHeaders: readonly string[], unitsLine?: string): string {
  const lines = [`炉批号,牌号,公称直径 d,${mechanicalHeaders.join(',')},${REST_HEADER}`];
  if (unitsLine !== undefined) lines.push(unitsLine);
  for (const [i, b] of BARS.entries())
    lines.push(`L${i + 1},HRB400,16,${MECHANICAL.map((k) => b[k]).join(',')},${REST}`);
  return `${lines.join('\n')}\n`;
}

const LABELS = ['下屈服强度 ReL', '抗拉强度 Rm', '断后伸长率 A', '最大力总延伸率 Agt'];
const UNITS_LINE = ',,mm,MPa,MPa,%,%,%,%,%,%,%,%,%,';

interface Graded {
  code: number;
  stderr: string;
  rows: { row: number; id: string; grade: string | null; failing: string[] }[];
}

async function grade(input: string, lang = 'en', format = 'csv'): Promise<Graded> {
  const run = await cli.run(['--lang', lang, 'grade', '-r', STEEL, '-f', 'ndjson', '-i', format, '-'], {
    input,
  });
  return parsed(run);
}

/** A run's NDJSON results, each as its row, sample id, grade and the criteria it failed. */
function parsed(run: { code: number; stdout: string; stderr: string }): Graded {
  const rows = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l))
    .map((r) => ({
      row: r.row,
      id: r.kept?.炉批号,
      grade: r.grade,
      failing: r.criteria
        .filter((c: { status: string }) => c.status === 'failed')
        .map((c: { id: string }) => c.id)
        .sort(),
    }));
  return { code: run.code, stderr: run.stderr, rows };
}

/** What every reading of {@link BARS} must give: each bar graded, failing what its figures fail. */
function expectGradedAsFigures(graded: Graded): void {
  // Not graded is no failure of the run; an invalid record (a column not read) would exit 1.
  expect(graded.code).toBe(0);
  expect(graded.rows).toEqual(
    BARS.map((bar, i) => {
      const failing = expectedFailing(bar);
      return { row: i + 1, id: `L${i + 1}`, grade: failing.length === 0 ? 'conforming' : null, failing };
    }),
  );
  // The bars are not trivially alike: one conforms, each mechanical requirement fails once.
  expect(graded.rows.filter((r) => r.grade === 'conforming')).toHaveLength(1);
  expect(new Set(graded.rows.flatMap((r) => r.failing)).size).toBe(4);
}

describe('a header naming an indicator and its unit', () => {
  const forms: [string, string[]][] = [
    ['slash', LABELS.map((l, i) => `${l}/${i < 2 ? 'MPa' : '%'}`)],
    ['ASCII brackets', LABELS.map((l, i) => `${l} (${i < 2 ? 'MPa' : '%'})`)],
    ['full-width brackets', LABELS.map((l, i) => `${l}（${i < 2 ? 'MPa' : '%'}）`)],
    ['a space', LABELS.map((l, i) => `${l} ${i < 2 ? 'MPa' : '%'}`)],
    [
      'equivalent spellings (N/mm², N/mm2, ％, Mpa)',
      ['下屈服强度 ReL/N/mm²', '抗拉强度 Rm（N/mm2）', '断后伸长率 A/％', '最大力总延伸率 Agt（％）'],
    ],
    [
      'Mpa, a misspelling',
      ['下屈服强度 ReL (Mpa)', '抗拉强度 Rm/mpa', '断后伸长率 A %', '最大力总延伸率 Agt%'],
    ],
    [
      'the English label and the name',
      ['Lower yield strength ReL (MPa)', 'tensileStrength/MPa', 'elongation (%)', '最大力总延伸率 Agt/%'],
    ],
  ];

  it.each(forms)('is read as the indicator: %s', async (_, headers) => {
    const graded = await grade(csv(headers));
    expectGradedAsFigures(graded);
    expect(graded.stderr).not.toContain('is close to the indicator');
  });

  it('the brief’s file: diameter in (mm), ReL (MPa), Rm（MPa）, A/%, Agt % are read, with no hint', async () => {
    const headers = ['下屈服强度 ReL (MPa)', '抗拉强度 Rm（MPa）', '断后伸长率 A/%', '最大力总延伸率 Agt %'];
    const graded = await grade(csv(headers).replace('公称直径 d,', '公称直径 d (mm),'));
    expectGradedAsFigures(graded);
    expect(graded.stderr).not.toContain('close to');
  });

  it.each([
    ['抗拉强度 Rm/kN', 'kN', 'MPa', 'tensileStrength'],
    ['断后伸长率 A/‰', '‰', '%', 'elongation'],
    ['抗拉强度 Rm（kN）', 'kN', 'MPa', 'tensileStrength'],
    // standards-39 F1: kN/mm² is GPa, a unit of the table, refused as GPa is (it was left unread, every bar missing).
    ['下屈服强度 ReL（kN/mm²）', 'kN/mm²', 'MPa', 'yieldStrength'],
    ['下屈服强度 ReL (GPa)', 'GPa', 'MPa', 'yieldStrength'],
  ])(
    'in another unit (%s) is an input error naming both units, in zh and en',
    async (header, unit, own, name) => {
      const headers = LABELS.map((l) => (header.startsWith(l) ? header : l));
      const en = await grade(csv(headers));
      expect(en.code).toBe(2);
      expect(en.rows).toEqual([]);
      expect(en.stderr).toContain(`("${header}") is in ${unit}, but the indicator ${name}`);
      expect(en.stderr).toContain(`is in ${own}.`);
      const zh = await grade(csv(headers), 'zh');
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain(`“${header}”的单位是 ${unit}，而指标 ${name}`);
      expect(zh.stderr).toContain(`的单位是 ${own}。`);
    },
  );

  it('a unit qgrade does not know (N/cm²) after a label: the hint says to convert, not to --map (hostile-19 F3)', async () => {
    const input = csv(LABELS.map((l) => (l === '下屈服强度 ReL' ? '下屈服强度ReL(N/cm²)' : l)));
    const en = await grade(input);
    // yieldStrength is required: every bar is invalid (exit 1), and the hint says why.
    expect(en.code).toBe(1);
    expect(en.stderr).toContain(
      'stdin: the column "下屈服强度ReL(N/cm²)" seems to be the indicator yieldStrength (Lower yield strength ReL) in N/cm², while the indicator is in MPa, so it is not read as it; if it is that indicator, convert its values to MPa and write MPa in the header',
    );
    // Not one that maps the column (the line naming the defaults in force says how to map any column).
    expect(en.stderr).not.toContain('--map 下屈服强度');
    const zh = await grade(input, 'zh');
    expect(zh.stderr).toContain(
      'stdin：“下屈服强度ReL(N/cm²)”列似乎是指标 yieldStrength（下屈服强度 ReL），但单位是 N/cm²，而该指标的单位是 MPa，因此没有作为它读取；如果就是它，请把数值换算为 MPa，并把表头中的单位改为 MPa',
    );
  });

  it('SEER/APF is two names, not a name and a unit: not read, the hint stays', async () => {
    const { code, stdout, stderr } = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'csv', '-'], {
      input: '型号,机组类型,SEER/APF,额定制冷量 CC\nA,heat-pump,5,2600\n',
    });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).grade).toBeNull();
    expect(stderr).toContain('the column "SEER/APF" is close to the indicator seer');
  });

  it('an indicator that declares no unit: a unit after it is not read and is no error, the hint stays', async () => {
    // apf declares no unit; ratedCoolingCapacity declares W, and "(W)" after it is read.
    const { code, stdout, stderr } = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'csv', '-'], {
      input: '型号,机组类型,额定制冷量 CC (W),全年能源消耗效率 APF/W\nA,heat-pump,2600,5.27\n',
    });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).grade).toBeNull();
    expect(stderr).toContain('the column "全年能源消耗效率 APF/W" is close to the indicator apf');
    expect(stderr).not.toContain('额定制冷量 CC (W)');
    const plain = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'csv', '-'], {
      input: '型号,机组类型,额定制冷量 CC (W),全年能源消耗效率 APF\nA,heat-pump,2600,5.27\n',
    });
    expect(JSON.parse(plain.stdout).grade).toBe('1');
  });
});

describe('a row of units under the header', () => {
  it('is part of the header: not a record, not counted, with a notice; the records numbered from 1', async () => {
    const graded = await grade(csv(LABELS, UNITS_LINE));
    expectGradedAsFigures(graded);
    expect(graded.stderr).toContain('line 2 is a row of units under the header (mm, MPa, %)');
    expect(graded.stderr).toContain('5 records');
    const zh = await grade(csv(LABELS, UNITS_LINE), 'zh');
    expect(zh.stderr).toContain('第 2 行是表头下的单位行（mm、MPa、%）');
  });

  it('messages naming lines count the units line: the first record is line 3', async () => {
    const input = csv(LABELS, UNITS_LINE).replace('L2,HRB400,16,', 'L2,HRB400,');
    const { stdout } = await cli.run(['grade', '-r', STEEL, '-f', 'ndjson', '-i', 'csv', '-'], { input });
    const second = JSON.parse(stdout.split('\n')[1]!);
    expect(second.row).toBe(2);
    expect(JSON.stringify(second)).toContain('line 4 has 14 cells; the header has 15');
  });

  it('with a number in it is a record, not units', async () => {
    // Units under every indicator's column, but a number under 炉批号: a record (its values are not numbers).
    const graded = await grade(csv(LABELS, '1,,mm,MPa,MPa,%,%,%,%,%,%,%,%,%,'));
    expect(graded.stderr).not.toContain('row of units');
    expect(graded.rows).toHaveLength(BARS.length + 1);
    expect(graded.rows[0]).toMatchObject({ row: 1, grade: null });
    // The sample id is not guessed (the first record has none): the bars are known by their grades.
    expect(graded.rows.slice(1).map((r) => [r.row, r.grade, r.failing])).toEqual(
      BARS.map((b, i) => [i + 2, expectedFailing(b).length === 0 ? 'conforming' : null, expectedFailing(b)]),
    );
  });

  it('with units none of which is its indicator’s own is still units: each is the unit error, nothing graded', async () => {
    // Only kN under 抗拉强度 Rm (MPa): read as a record, 610 kN would be graded as 610 MPa.
    const input = csv(LABELS, ',,,,kN,,,,,,,,,,');
    const en = await grade(input);
    expect(en.code).toBe(2);
    expect(en.rows).toEqual([]);
    expect(en.stderr).toContain(
      'line 2 (the units under the header) gives column 5 ("抗拉强度 Rm") the unit kN, but the indicator tensileStrength (Tensile strength Rm) is in MPa. Values in another unit would be graded wrongly, so nothing is graded: convert the values to MPa and write that unit in the units row',
    );
    const zh = await grade(input, 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 2 行（表头下的单位行）把第 5 列“抗拉强度 Rm”的单位写作 kN，而指标 tensileStrength（抗拉强度 Rm）的单位是 MPa。按其他单位写的数值会被错误判定，因此不作判定：请把数值换算为 MPa，并改写单位行中的单位',
    );
  });

  it('h, min, kN, 小时, 分钟, hr, s in a units row are units, single letters too: a cement lot in h is refused', async () => {
    // Cement (GB 175): initial setting ≥ 45 min. 2.5 h (150 min) read as 2.5 min would fail; 24.1 kN as MPa pass.
    const cement = (units: string) =>
      cli.run(['grade', '-r', CEMENT, '-f', 'csv', '-i', 'csv', '-'], {
        input: `编号,强度等级,3天抗压强度,28天抗压强度,初凝时间,终凝时间\n${units}\nA1,42.5,24.1,48.6,2.5,3.8\n`,
      });
    const kn = await cement(',,kN,kN,h,h');
    expect(kn.code).toBe(2);
    expect(kn.stdout).toBe('');
    expect(kn.stderr).toContain(
      'stdin: line 2 (the units under the header) gives column 3 ("3天抗压强度") the unit kN, but the indicator compressive3d (3-day compressive strength) is in MPa; line 2 (the units under the header) gives column 4 ("28天抗压强度") the unit kN, but the indicator compressive28d (28-day compressive strength) is in MPa; line 2 (the units under the header) gives column 5 ("初凝时间") the unit h, but the indicator initialSetting (Initial setting time) is in min; line 2 (the units under the header) gives column 6 ("终凝时间") the unit h, but the indicator finalSetting (Final setting time) is in min. Values in another unit would be graded wrongly, so nothing is graded: convert the values to each indicator\'s unit and write that unit in the units row',
    );
    for (const units of [',,MPa,MPa,h,min', ',,MPa,MPa,小时,分钟', ',,MPa,MPa,hr,min', ',,(MPa),-,(h),']) {
      const run = await cement(units);
      expect(run.code, units).toBe(2);
      expect(run.stderr).toMatch(
        /line 2 \(the units under the header\) gives column 5 \("初凝时间"\) the unit (h|小时|hr), but the indicator initialSetting \(Initial setting time\) is in min\./,
      );
    }
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, '-i', 'csv', '-'], {
      input:
        '编号,强度等级,3天抗压强度,28天抗压强度,初凝时间,终凝时间\n,,MPa,MPa,s,min\nA1,42.5,24.1,48.6,9000,230\n',
    });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 2 行（表头下的单位行）把第 5 列“初凝时间”的单位写作 s，而指标 initialSetting（初凝时间）的单位是 min。按其他单位写的数值会被错误判定，因此不作判定：请把数值换算为 min，并改写单位行中的单位',
    );
    // In its own units (分钟 is min), the row is the header's: the lot is graded, 150 min ≥ 45 min.
    const own = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', '-i', 'csv', '-'], {
      input:
        '编号,强度等级,3天抗压强度,28天抗压强度,初凝时间,终凝时间\n,,MPa,MPa,分钟,min\nA1,42.5,24.1,48.6,150,230\n',
    });
    expect(own.stderr).toContain('line 2 is a row of units under the header (MPa, 分钟, min)');
    const result = JSON.parse(own.stdout);
    expect(result.row).toBe(1);
    expect(
      result.criteria.find((c: { indicator: string }) => c.indicator === 'initialSetting'),
    ).toMatchObject({
      value: 150,
      status: 'passed',
    });
  });

  it('a row that is not units all through is a record, as before: a word under an indicator’s column', async () => {
    // 见附表 under 3天抗压强度 is no unit: the row is an (invalid) record, whatever the other cells are.
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', '-i', 'csv', '-'], {
      input:
        '编号,强度等级,3天抗压强度,28天抗压强度,初凝时间,终凝时间\n,,见附表,MPa,h,min\nA1,42.5,24.1,48.6,150,230\n',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain('units under the header');
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('a unit that is not the indicator’s is an input error naming the line, the column and both units', async () => {
    const input = csv(LABELS, ',,mm,MPa,kN,%,%,%,%,%,%,%,%,%,');
    const en = await grade(input);
    expect(en.code).toBe(2);
    expect(en.rows).toEqual([]);
    expect(en.stderr).toContain(
      'line 2 (the units under the header) gives column 5 ("抗拉强度 Rm") the unit kN, but the indicator tensileStrength (Tensile strength Rm) is in MPa',
    );
    const zh = await grade(input, 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 2 行（表头下的单位行）把第 5 列“抗拉强度 Rm”的单位写作 kN，而指标 tensileStrength（抗拉强度 Rm）的单位是 MPa',
    );
  });

  it('in TSV too', async () => {
    const graded = await grade(csv(LABELS, UNITS_LINE).replaceAll(',', '\t'), 'en', 'tsv');
    expectGradedAsFigures(graded);
  });

  it('reads the same through stdin in one-byte chunks', async () => {
    const { indicators } = await loadRuleSet(STEEL);
    const bytes = Buffer.from(csv(LABELS, UNITS_LINE));
    const notices: LocalizedText[] = [];
    const source = await readRecords('-', {
      format: 'csv',
      mapping: new Map(),
      indicators,
      stdin: Readable.from(Array.from(bytes, (b) => Buffer.from([b]))),
      onNotice: (t) => notices.push(t),
    });
    const items: InputItem[] = [];
    for await (const item of source.items) items.push(item);
    expect(items.map((i) => i.row)).toEqual([1, 2, 3, 4, 5]);
    expect(
      items.map((i) => ('record' in i ? (i.record as Record<string, unknown>).yieldStrength : i)),
    ).toEqual(BARS.map((b) => b.yieldStrength));
    expect(notices.map((n) => n.en)).toContain(
      'stdin: line 2 is a row of units under the header (mm, MPa, %), read as part of the header, not as a record',
    );
  });

  it('under a header of two lines (a CSV saved from a sheet with group headings)', async () => {
    const upper = '炉批号,牌号,公称直径 d,力学性能,,,,碳 C,硅 Si,锰 Mn,磷 P,硫 S,钒 V,重量偏差,弯曲试验';
    const lower = `,,,${LABELS.join(',')},,,,,,,,`;
    const input = csv(LABELS, UNITS_LINE).replace(/^[^\n]*/, `${upper}\n${lower}`);
    const graded = await grade(input);
    expectGradedAsFigures(graded);
    expect(graded.stderr).toContain('line 3 is a row of units');
  });
});

describe('an .xlsx sheet with units', () => {
  const DATA = BARS.map((b, i) => [
    `L${i + 1}`,
    'HRB400',
    16,
    ...MECHANICAL.map((k) => b[k]),
    0.2,
    0.4,
    1.3,
    0.025,
    0.02,
    0.02,
    -1.5,
    true,
  ]);
  const HEADER = ['炉批号', '牌号', '公称直径 d', ...LABELS, ...REST_HEADER.split(',')];

  async function gradeXlsx(
    file: string,
    rows: (string | number | boolean | null)[][],
    merges: string[] = [],
  ) {
    const path = join(temp(), file);
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        for (const r of rows) ws.addRow(r);
        for (const m of merges) ws.mergeCells(m);
      }),
    );
    return cli.run(['grade', '-r', STEEL, '-f', 'ndjson', path]);
  }

  it('headers with units are read', async () => {
    const header = HEADER.map((h, i) => (i >= 3 && i < 7 ? `${h}（${i < 5 ? 'MPa' : '%'}）` : h));
    expectGradedAsFigures(parsed(await gradeXlsx('headers.xlsx', [header, ...DATA])));
  });

  it('a units row under the header, 炉批号 merged down over it, is part of the header', async () => {
    const units = [null, null, 'mm', 'MPa', 'MPa', '%', '%', '%', '%', '%', '%', '%', '%', '%', null];
    const run = await gradeXlsx('units-row.xlsx', [HEADER, units, ...DATA], ['A1:A2']);
    expectGradedAsFigures(parsed(run));
    expect(run.stderr).toContain('sheet "数据" row 2 is a row of units under the header (mm, MPa, %)');
  });

  it('a title above a header that names indicators only with units: the header is found under it', async () => {
    const { indicators } = await loadRuleSet(STEEL);
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('数据');
      ws.addRow(['2025 年钢筋抽检结果']);
      ws.addRow(['炉批号', '下屈服强度 ReL/MPa', '抗拉强度 Rm（MPa）']);
      ws.addRow(['L1', 455, 610]);
    });
    const source = readXlsxBytes(bytes, 'titled.xlsx', { mapping: new Map(), indicators });
    expect(source.header?.fields).toEqual(['炉批号', 'yieldStrength', 'tensileStrength']);
    expect(source.records).toBe(1);
  });

  it('a units row under a two-row header (group headings merged across columns)', async () => {
    const groups = ['炉批号', '牌号', '公称直径 d', '力学性能', null, null, null, ...REST_HEADER.split(',')];
    const lower = [null, null, null, ...LABELS, null, null, null, null, null, null, null, null];
    const units = [null, null, 'mm', 'MPa', 'MPa', '%', '%', '%', '%', '%', '%', '%', '%', '%', null];
    const run = await gradeXlsx('two-rows-units.xlsx', [groups, lower, units, ...DATA], ['D1:G1']);
    expectGradedAsFigures(parsed(run));
    expect(run.stderr).toContain('sheet "数据" row 3 is a row of units');
  });

  it('a units row with another unit is an input error naming the sheet row', async () => {
    const units = [null, null, 'mm', 'MPa', 'MPa', '‰', '%', '%', '%', '%', '%', '%', '%', '%', null];
    const run = await gradeXlsx('units-other.xlsx', [HEADER, units, ...DATA]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'sheet "数据" row 2 (the units under the header) gives column 6 ("断后伸长率 A") the unit ‰, but the indicator elongation',
    );
  });

  it('a row under the header with a number in it is a record', async () => {
    const units = [1, null, 'mm', 'MPa', 'MPa', '%', '%', '%', '%', '%', '%', '%', '%', '%', null];
    const graded = parsed(await gradeXlsx('units-number.xlsx', [HEADER, units, ...DATA]));
    expect(graded.rows).toHaveLength(BARS.length + 1);
    expect(graded.rows.slice(1).map((r) => [r.row, r.grade, r.failing])).toEqual(
      BARS.map((b, i) => [i + 2, expectedFailing(b).length === 0 ? 'conforming' : null, expectedFailing(b)]),
    );
  });
});
