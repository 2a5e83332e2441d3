/**
 * hostile-27 W3, M3: an .xlsx number whose format shows a rounding mark, a bound or a unit before it is read as the
 * text the cell shows, as the text cell would be: refused with that text's advice, never graded on the bare number.
 * `0.0"(-)"` on 42.5 shows 42.5(−), below 42.5, which fails 28-day ≥ 42.5 (GB 175 P·O 42.5, full-value method): read
 * as that text is (fix-input3-33), nonconforming, not Conforming as 42.5 alone would be;
 * `">"0` on 600 shows >600, a bound on final setting, which also computes the setting interval: refused (a bound on
 * 28-day strength is graded on it: fix-interval8-38); `"BTU/h "0` on 12000 is 3517 W, Grade 3 and not
 * the Grade 1 that 12000 W gets. A scaled format (`0.0,"kW"`, 5000 shown 5.0kW) names the figure it shows.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/common-portland-cement';
const AC = 'home-appliances/room-air-conditioner-energy';
const CEMENT_HEAD = [
  '样品编号',
  '水泥品种',
  '强度等级',
  '3 天抗压强度',
  '28 天抗压强度',
  '3 天抗折强度',
  '28 天抗折强度',
  '初凝时间',
  '终凝时间',
  '氧化镁',
  '三氧化硫',
  '氯离子',
  '安定性',
];
/** A conforming P·O 42.5 sample; E (28-day) and I (final setting) are the cells formatted below. */
const CEMENT_ROW = ['M1', 'P.O', 42.5, 22.0, 48.5, 4.5, 8.0, 150, 230, 2.1, 2.6, 0.02, '合格'];

let files = 0;
async function book(
  head: readonly string[],
  row: readonly (string | number)[],
  cell: string,
  format: string,
) {
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('数据');
    ws.addRow([...head]);
    ws.addRow([...row]);
    ws.getCell(cell).numFmt = format;
  });
  const path = join(temp(), `${++files}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

async function graded(rules: string, path: string, lang = 'en') {
  const run = await cli.run(['--lang', lang, 'grade', '-r', rules, '-f', 'json', path]);
  return { ...run, result: (JSON.parse(run.stdout) as Record<string, unknown>[])[0]! };
}

describe.concurrent('an .xlsx format showing a mark or a bound is read as the text shown (hostile-27 W3)', () => {
  // fix-input3-33: a rounding mark is read as the text shown, 42.5(−), which lies below 42.5: nonconforming.
  for (const format of ['0.0"(-)"', '0.0"（－）"', '0.0\\(\\-\\)', '0.0"⁻"'])
    it(`28-day 42.5 formatted ${format}: read as 42.5(−), below 42.5, not Conforming`, async () => {
      const row = [...CEMENT_ROW];
      row[4] = 42.5;
      const run = await graded(CEMENT, await book(CEMENT_HEAD, row, 'E2', format));
      expect(run.result.grade).toBeNull();
      expect(run.result.errors).toBeUndefined();
      expect((run.result.notGradedReason as { code: string }).code).toBe('below-lowest-grade');
    });

  // fix-interval8-38: a bound shown so is read as the text is: >42.5 and ≥42.5 lie wholly within 28-day ≥ 42.5
  // (conforming), <42.5 wholly below it (nonconforming, graded), each shown as written.
  for (const [format, shown, grade] of [
    ['">"0.0', '>42.5', 'conforming'],
    ['"≥"0.0', '≥42.5', 'conforming'],
    ['"<"0.0', '<42.5', null],
  ] as const)
    it(`28-day 42.5 formatted ${format}: read as the bound ${shown}, graded on it`, async () => {
      const row = [...CEMENT_ROW];
      row[4] = 42.5;
      const run = await graded(CEMENT, await book(CEMENT_HEAD, row, 'E2', format));
      expect(run.result.errors).toBeUndefined();
      expect(run.result.grade).toBe(grade);
      const criteria = run.result.criteria as { indicator: string; written?: string; passed: boolean }[];
      const on = criteria.filter((c) => c.indicator === 'compressive28d');
      expect(on.length).toBeGreaterThan(0);
      for (const c of on) expect([c.written, c.passed]).toEqual([shown, grade !== null]);
    });

  for (const [format, shown] of [
    ['0.0"以下"', 'is a bound'],
    ['"约"0.0', 'approximate'],
  ] as const)
    it(`28-day 42.5 formatted ${format}: invalid (${shown}), not Conforming`, async () => {
      const row = [...CEMENT_ROW];
      row[4] = 42.5;
      const run = await graded(CEMENT, await book(CEMENT_HEAD, row, 'E2', format));
      expect(run.code).toBe(1);
      expect(run.result.grade).toBeNull();
      expect(JSON.stringify(run.result.errors)).toContain(shown);
      expect(JSON.stringify(run.result.errors)).toContain('cell E2');
    });

  for (const [format, en, zh] of [
    ['0"以上"', 'gives only a lower bound, 600', '是界限而非测得值，只给出下限 600'],
    // fix-interval8-38: a bound on final setting, which also computes the setting interval: no number, refused.
    ['">"0', 'is used to compute settingInterval', '“>600”是界限而非测得值'],
  ] as const)
    it(`final setting 600 formatted ${format}: a bound, invalid, zh too`, async () => {
      const row = [...CEMENT_ROW];
      row[8] = 600;
      const path = await book(CEMENT_HEAD, row, 'I2', format);
      const run = await graded(CEMENT, path);
      expect(run.code).toBe(1);
      expect(JSON.stringify(run.result.errors)).toContain(en);
      const zhRun = await graded(CEMENT, path, 'zh');
      expect(JSON.stringify(zhRun.result.errors)).toContain(zh);
    });

  for (const format of ['0.0', '0.0"*"', '0.0" MPa"', '"+"0.0'])
    it(`28-day 48.5 formatted ${format}: read as 48.5, Conforming as before`, async () => {
      const run = await graded(CEMENT, await book(CEMENT_HEAD, CEMENT_ROW, 'E2', format));
      expect(run.code).toBe(0);
      expect(run.result.grade).toBe('conforming');
    });
});

describe.concurrent('a unit before the number, a scaled format (hostile-27 W3, M3)', () => {
  const AC_HEAD = ['型号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];

  it('"BTU/h "0 on 12000: refused as 12000 Btu/h is, told to convert (Btu/h is a power), never Grade 1', async () => {
    const run = await graded(AC, await book(AC_HEAD, ['K1', '热泵型', 12000, 4.3], 'C2', '"BTU/h "0'));
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('"Grade 1"');
    expect(JSON.stringify(run.result.errors)).toContain(
      'is in BTU/h, and the indicator is in W: convert it and write about 3517 (12000 BTU/h ≈ 3517 W)',
    );
  });

  it('"W "0 on 5000 (the indicator\'s own unit before the number): 5000 W, Grade 1', async () => {
    const run = await graded(AC, await book(AC_HEAD, ['K1', '热泵型', 5000, 4.6], 'C2', '"W "0'));
    expect(run.code).toBe(0);
    expect(run.result.grade).toBe('1');
  });

  it('0.0,"kW" on 5000 (shown 5.0kW) names the figure shown, 5 kW, not 5000 kW', async () => {
    const run = await graded(AC, await book(AC_HEAD, ['K1', '热泵型', 5000, 4.6], 'C2', '0.0,"kW"'));
    expect(run.code).toBe(1);
    const errors = JSON.stringify(run.result.errors);
    expect(errors).toContain('"5 kW');
    expect(errors).not.toContain('5000 kW');
  });
});
