/**
 * `explain --row N <sheet>` says which sample it explains, so that a
 * committee user can tell they picked the right one: its sample id (the
 * column `grade` keeps: found, or named with --keep) and its record number
 * in the file, on one line under the rule set's header (newcomer-21 F9).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEMS } from '../helpers';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli } from './cli-harness';

const cli = useCli();
const dir = mkdtempSync(join(tmpdir(), 'qgrade-explain-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AC = 'home-appliances/room-air-conditioner-energy';
const CSV = join(dir, 'ac.csv');
const XLSX = join(dir, 'ac.xlsx');
const ROWS: (string | number)[][] = [
  ['KFR-26GW/A1', '热泵型', 2600, 4.62],
  ['KFR-35GW/B3', '热泵型', 3500, 5.1],
  ['KFR-50LW/C2', '热泵型', 5000, 3.9],
];

beforeAll(async () => {
  const header = ['型号', '机组类型', '额定制冷量(W)', 'APF'];
  const en = (r: (string | number)[]) => [r[0], 'heat-pump', ...r.slice(2)];
  // A second id column, after the found one: --keep names it.
  const csv = [[...header, '样品编号'], ...ROWS.map((r, i) => [...en(r), `S-${i + 1}`])];
  writeFileSync(CSV, `${csv.map((r) => r.join(',')).join('\n')}\n`);
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('能效');
    ws.addRow(['空调能效检测记录']);
    ws.addRow(header);
    for (const r of ROWS) ws.addRow(en(r));
  });
  writeFileSync(XLSX, bytes);
});

const explain = (lang: string, ...args: string[]) => cli.run(['--lang', lang, 'explain', '-r', AC, ...args]);

/** The line under the header and provenance: the one before the grade (and before what the limits depend on). */
function sampleOf(stdout: string): string | undefined {
  const lines = stdout.split('\n').filter((l) => !/^(限值取决于|Limits depend on)/.test(l));
  const grade = lines.findIndex((l) => /^(等级|Grade|不分级|Not graded)/.test(l));
  return lines[grade - 1];
}

describe('explain --row names the sample', () => {
  it('a CSV: the found 型号 and the record number, zh and en', async () => {
    const zh = await explain('zh', '--row', '2', CSV);
    expect(zh.code).toBe(0);
    expect(sampleOf(zh.stdout)).toBe(`样品：型号 KFR-35GW/B3（${CSV} 第 2 条记录，第 3 行）`);
    const en = await explain('en', '--row', '2', CSV);
    expect(sampleOf(en.stdout)).toBe(`Sample: 型号 KFR-35GW/B3 (record 2 of ${CSV}, line 3)`);
    // Said on stdout once; stderr does not repeat which column was kept.
    expect(en.stdout.match(/KFR-35GW\/B3/g)).toHaveLength(1);
    expect(en.stderr).not.toContain('keeping column');
  });

  it('an .xlsx sheet with a title row above its header, zh and en', async () => {
    const zh = await explain('zh', '--row', '3', XLSX);
    expect(sampleOf(zh.stdout)).toBe(`样品：型号 KFR-50LW/C2（${XLSX} 第 3 条记录，工作表第 5 行）`);
    const en = await explain('en', '--row', '1', XLSX);
    expect(sampleOf(en.stdout)).toBe(`Sample: 型号 KFR-26GW/A1 (record 1 of ${XLSX}, sheet row 3)`);
  });

  it('--no-keep: the record number alone; --keep names the column', async () => {
    const none = await explain('en', '--row', '2', '--no-keep', CSV);
    expect(sampleOf(none.stdout)).toBe(`Sample: record 2 of ${CSV}, line 3`);
    const kept = await explain('zh', '--row', '2', '--keep', '样品编号', '--keep', '型号', CSV);
    expect(sampleOf(kept.stdout)).toBe(`样品：样品编号 S-2、型号 KFR-35GW/B3（${CSV} 第 2 条记录，第 3 行）`);
  });

  it('a rule set with subject: enterprise names an enterprise, not a sample, zh and en (enterprise-23 W6)', async () => {
    const csv = join(dir, 'enterprises.csv');
    const rows = [
      ['企业名称', 'majorQualityIncident', ...ENTERPRISE_ITEMS],
      ['甲公司', 'false', ...ENTERPRISE_ITEMS.map(() => '70')],
      ['乙公司', 'false', ...ENTERPRISE_ITEMS.map(() => '85')],
    ];
    writeFileSync(csv, `${rows.map((r) => r.join(',')).join('\n')}\n`);
    const qmc = [
      'explain',
      '-r',
      'enterprise/quality-management-capability',
      '--row',
      '2',
      '--keep',
      '企业名称',
      csv,
    ];
    const zh = await cli.run(['--lang', 'zh', ...qmc]);
    expect(zh.code).toBe(0);
    expect(sampleOf(zh.stdout)).toBe(`企业：企业名称 乙公司（${csv} 第 2 条记录，第 3 行）`);
    expect(zh.stdout).not.toContain('样品：');
    const en = await cli.run(['--lang', 'en', ...qmc]);
    expect(sampleOf(en.stdout)).toBe(`Enterprise: 企业名称 乙公司 (record 2 of ${csv}, line 3)`);
  });

  it('no line for --record, nor for the only record of a file without a sample id', async () => {
    const record = '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.1}';
    const given = await explain('en', '--record', record);
    expect(given.stdout).not.toContain('Sample:');
    const one = join(dir, 'one.json');
    writeFileSync(one, record);
    const file = await explain('zh', one);
    expect(file.code).toBe(0);
    expect(file.stdout).not.toContain('样品：');
  });
});
