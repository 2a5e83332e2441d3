/**
 * A Chinese committee sheet (newcomer-21 F3, F7): 热泵型 / 单冷型, 分体式 / 窗式 under the bundled AC rule
 * set's codes, in CSV, .xlsx and NDJSON alike; the zh output shows the labels; a `/` in the figure a
 * unit's type does not use reads as left out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = [
  '型号',
  '机组类型',
  '结构形式',
  '额定制冷量',
  '全年能源消耗效率 APF',
  '制冷季节能源消耗效率 SEER',
];
const ROWS: (string | number)[][] = [
  ['K1', '热泵型', '分体式', 3500, 4.62, '/'],
  ['K2', '单冷型', '挂壁式', 3500, '/', 5.9],
  ['K3', '冷暖型', '窗式', 2600, 5.3, ''],
  ['K4', '热泵型', '分体式', 3500, '/', ''], // APF is required for a heat pump: missing
];

interface Row {
  grade: string | null;
  notGradedReason?: { code: string };
  errors?: { field: string; code: string }[];
}

async function files(): Promise<Record<'csv' | 'xlsx' | 'ndjson', string>> {
  const csv = join(temp(), 'ac.csv');
  writeFileSync(csv, `${[HEADER, ...ROWS].map((r) => r.join(',')).join('\n')}\n`);
  const xlsx = join(temp(), 'ac.xlsx');
  writeFileSync(
    xlsx,
    await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('抽检数据');
      for (const r of [HEADER, ...ROWS]) ws.addRow(r.map((c) => (c === '' ? null : c)));
    }),
  );
  const ndjson = join(temp(), 'ac.ndjson');
  const fields = ['model', 'unitType', 'unitConfiguration', 'ratedCoolingCapacity', 'apf', 'seer'];
  writeFileSync(
    ndjson,
    ROWS.map((r) =>
      JSON.stringify(
        // JSON leaves a value out with null, not "/".
        Object.fromEntries(fields.map((f, i) => [f, r[i] === '/' || r[i] === '' ? null : r[i]])),
      ),
    ).join('\n'),
  );
  return { csv, xlsx, ndjson };
}

describe('enum values written as their labels', () => {
  it.each(['csv', 'xlsx', 'ndjson'] as const)(
    '%s: 热泵型, 单冷型, 窗式 read as the codes',
    async (format) => {
      const path = (await files())[format];
      const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'ndjson', path]);
      const rows = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Row);
      expect(
        rows.map((r) => [r.grade, r.notGradedReason?.code, r.errors?.map((e) => `${e.field} ${e.code}`)]),
      ).toEqual([
        ['2', undefined, undefined],
        ['1', undefined, undefined],
        [null, 'out-of-scope', undefined],
        [null, 'invalid-record', ['apf missing']],
      ]);
      expect(run.code).toBe(1); // K4 is invalid
    },
  );

  it('the zh table and the defaults notice show the labels; en shows the English ones', async () => {
    const csv = (await files()).csv;
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, csv]);
    expect(zh.stdout).toContain('超出适用范围：结构形式 整体式（≠ 整体式）');
    expect(zh.stderr).toContain('climateType = "T1"');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', AC, csv]);
    expect(en.stdout).toContain('out of scope: not-window Single-package (≠');
    // CSV's explanation carries the rule file's reason, as JSON's notGradedReason.message does (standards-26 F3).
    const csvOut = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'csv', csv]);
    expect(csvOut.stdout).toContain(
      '超出适用范围：结构形式 整体式（≠ 整体式）：本规则集不对整体式（窗式、穿墙式）机组分级',
    );
    // No configuration column: the notice names the default with its label.
    const noConfig = join(temp(), 'no-config.csv');
    writeFileSync(noConfig, '机组类型,额定制冷量,全年能源消耗效率 APF\n热泵型,3500,4.62\n');
    const notice = await cli.run(['--lang', 'zh', 'grade', '-r', AC, noConfig]);
    expect(notice.stderr).toContain('unitConfiguration = "split"（分体式）');
    const noticeEn = await cli.run(['--lang', 'en', 'grade', '-r', AC, noConfig]);
    // Its English label is the value itself but for case: not said twice.
    expect(noticeEn.stderr).toContain('unitConfiguration = "split";');
  });

  it('explain under zh: the value and the limit by their labels', async () => {
    const json = join(temp(), 'window.json');
    writeFileSync(
      json,
      JSON.stringify({ unitType: '热泵型', unitConfiguration: '窗式', ratedCoolingCapacity: 2600, apf: 5.3 }),
    );
    const run = await cli.run(['--lang', 'zh', 'explain', '-r', AC, json]);
    expect(run.stdout).toContain('✗ 结构形式：整体式，不满足 ≠ 整体式（适用范围）');
    expect(run.stdout).not.toContain('window');
  });

  it('a value that is no label: the message lists the labels with the codes', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-i', 'ndjson', '-f', 'ndjson', '-'], {
      input: '{"unitType":"热水型","ratedCoolingCapacity":3500,"apf":4.6}\n',
    });
    const row = JSON.parse(run.stdout) as { errors: { message: { zh: string } }[] };
    expect(row.errors[0]!.message.zh).toBe(
      '机组类型应为 热泵型（heat-pump）、单冷型（cooling-only）之一，实际为 "热水型"',
    );
  });

  it('a / under a required indicator is still refused with its advice', async () => {
    const csv = join(temp(), 'slash-required.csv');
    writeFileSync(csv, '机组类型,额定制冷量,全年能源消耗效率 APF\n热泵型,/,4.62\n');
    const run = await cli.run(['--lang', 'en', 'grade', '-r', AC, '-f', 'ndjson', csv]);
    const row = JSON.parse(run.stdout) as {
      errors: { field: string; code: string; message: { en: string } }[];
    };
    expect(row.errors).toEqual([
      {
        field: 'ratedCoolingCapacity',
        code: 'wrong-type',
        message: expect.objectContaining({
          en: 'ratedCoolingCapacity (Rated cooling capacity (CC)) must be a number: "/" means not tested; the indicator is required (an empty value is invalid too) and every record must give it: write the measured value; a record without it cannot be graded by this rule set (line 2, column 2)',
        }),
      },
    ]);
  });
});
