/**
 * A column the header does not read and that is not close to an indicator
 * by its name, but whose values say a value of an indicator with a default
 * that no column gives: `机型` = `移动式` (unitConfiguration mobile, default
 * split) graded a mobile unit, which GB 21455 excludes, as a split one —
 * Grade 1, exit 0 (session 22). Such a record is now invalid, naming the
 * row, the column, the value, what it means and the fix; a cell saying the
 * default is graded, and a kept column is the user's, never looked at.
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
const AC = 'home-appliances/room-air-conditioner-energy';

const HEADER = ['型号', 'unitType', 'ratedCoolingCapacity', 'apf', 'seer', '冷却方式', '机型'];
// K0's 冷却方式 says the default (风冷): 水冷 would make it invalid too (test/cli/boolean-value-labels.test.ts).
const K0 = ['K0', 'heat-pump', '2000', '5.00', '', '风冷', '分体'];
const K1 = ['K1', 'heat-pump', '2000', '5.00', '', '风冷', '移动式'];

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

/** The brief's cool.csv: K0 says split (the default), K1 mobile. */
function coolCsv(name = 'cool.csv', rows = [K0, K1]): string {
  return file(name, `${[HEADER, ...rows].map((r) => r.join(',')).join('\n')}\n`);
}

/** K1's error, its place in the file as the reader knows it: `line 3`, `sheet row 3`, or none (Parquet, JSON). */
function mobile(where: { zh: string; en: string } = { zh: '（第 3 行）', en: ' (line 3)' }) {
  return {
    en: `record 2${where.en}: column "机型" holds "移动式", which is unitConfiguration = mobile, but the column is not read as it: the record would be graded with its default "split". If the column is unitConfiguration, read it with --map 机型=unitConfiguration; if it says something else, keep it with --keep 机型`,
    zh: `第 2 条记录${where.zh}的“机型”列是“移动式”，即 unitConfiguration = mobile（移动式），但该列没有作为它读取：该记录会按其默认值 "split" 评级。如果该列就是 unitConfiguration，请用 --map 机型=unitConfiguration 读取它；如果它说的是别的，请用 --keep 机型 保留它`,
  };
}
const MOBILE = mobile();
const NOWHERE = mobile({ zh: '', en: '' });

function parse(stdout: string): GradeResult[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GradeResult);
}

describe.concurrent('a column not read whose values say a defaulted indicator', () => {
  it('cool.csv: K0 (分体, the default) graded, K1 (移动式) invalid with the column, value, meaning and fix', async () => {
    const csv = coolCsv();
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    expect(run.code).toBe(1);
    const [k0, k1] = parse(run.stdout);
    expect(k0).toMatchObject({ row: 1, kept: { 型号: 'K0' }, grade: '1' });
    expect(k1).toMatchObject({ row: 2, kept: { 型号: 'K1' }, grade: null });
    expect(k1!.notGradedReason?.code).toBe('invalid-record');
    expect(k1!.errors).toEqual([{ field: 'unitConfiguration', code: 'missing', message: MOBILE }]);
    expect(run.stderr).toContain('2 records: 1 graded, 0 not graded, 1 invalid');
  });

  it('--lang zh, the table: the row is 无效 and the summary counts it', async () => {
    const run = await cli.run(['grade', '-r', AC, coolCsv('zh.csv'), '--lang', 'zh']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/2 +K1 +无效 +第 2 条记录（第 3 行）的“机型”列是/u);
    expect(run.stderr).toContain('共 2 条记录：已分级 1，不分级 0，无效 1');
  });

  it('the --map the message gives reads the column: K1 out of scope (mobile), not invalid', async () => {
    const csv = coolCsv('mapped.csv', [K1]);
    const run = await cli.run(['grade', '-r', AC, '-f', 'json', '--map', '机型=unitConfiguration', csv]);
    const [k1] = JSON.parse(run.stdout) as GradeResult[];
    expect(k1?.errors).toBeUndefined();
    expect(k1?.notGradedReason?.code).toBe('out-of-scope');
  });

  it('a kept column is the user’s: --keep 机型 carries 移动式 through, the record graded', async () => {
    const csv = coolCsv('kept.csv');
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--keep', '型号', '--keep', '机型', csv]);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).map((r) => [r.kept, r.grade])).toEqual([
      [{ 型号: 'K0', 机型: '分体' }, '1'],
      [{ 型号: 'K1', 机型: '移动式' }, '1'],
    ]);
  });

  it('a value in another case or width (ＭＯＢＩＬＥ, Mobile, t3), a label (窗式), a negated boolean label (非风冷式); the default (Split, 风冷) graded', async () => {
    const csv = file(
      'odd.csv',
      [
        '型号,unitType,ratedCoolingCapacity,apf,seer,备注',
        'A1,heat-pump,2000,5.00,,ＭＯＢＩＬＥ',
        'A2,heat-pump,2000,5.00,,Mobile ',
        'A3,heat-pump,2000,5.00,,t3',
        'A4,heat-pump,2000,5.00,,窗式',
        'A5,heat-pump,2000,5.00,,非风冷式',
        'A6,heat-pump,2000,5.00,,Split',
        'A7,heat-pump,2000,5.00,,风冷',
        'A8,heat-pump,2000,5.00,,移动式空调除外',
        '',
      ].join('\n'),
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    const results = parse(run.stdout);
    expect(results.map((r) => r.errors?.map((e) => e.field) ?? r.grade)).toEqual([
      ['unitConfiguration'],
      ['unitConfiguration'],
      ['climateType'],
      ['unitConfiguration'],
      ['airCooled'],
      '1',
      '1',
      '1',
    ]);
    expect(results[0]!.errors![0]!.message.en).toContain(
      'column "备注" holds "ＭＯＢＩＬＥ", which is unitConfiguration = mobile',
    );
    expect(results[3]!.errors![0]!.message.zh).toContain(
      '“备注”列是“窗式”，即 unitConfiguration = window（整体式）',
    );
    expect(results[4]!.errors![0]!.message.en).toBe(
      'record 5 (line 6): column "备注" holds "非风冷式", which is airCooled = no (Not air-cooled), but the column is not read as it: the record would be graded with its default true. If the column is airCooled, read it with --map 备注=airCooled; if it says something else, keep it with --keep 备注',
    );
    expect(results[4]!.errors![0]!.message.zh).toContain(
      '如果该列就是 airCooled，请用 --map 备注=airCooled 读取它',
    );
  });

  it('not when a column gives the indicator: a unitConfiguration column of split, and 移动式 elsewhere, is graded', async () => {
    const csv = file(
      'given.csv',
      '型号,unitType,ratedCoolingCapacity,apf,结构形式,机型\nG1,heat-pump,2000,5.00,split,移动式\n',
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'json', csv]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as GradeResult[])[0]?.grade).toBe('1');
  });

  it('the same rows, summary and exit code on 2 workers', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => [
      `K${i}`,
      'heat-pump',
      '2000',
      '5.00',
      '',
      '风冷',
      i % 7 === 3 ? '移动式' : '分体式',
    ]);
    const csv = coolCsv('many.csv', rows);
    const one = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    const two = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--workers', '2', csv]);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toContain('1,200 records: 1,029 graded, 0 not graded, 171 invalid');
  });
});

describe('TSV, .xlsx, Parquet, NDJSON and JSON alike', () => {
  const expectK1Invalid = (run: { code: number; stdout: string }) => {
    expect(run.code).toBe(1);
    const [k0, k1] = parse(run.stdout);
    expect(k0?.grade).toBe('1');
    expect(k1?.grade).toBeNull();
    expect(k1?.errors?.[0]).toMatchObject({ field: 'unitConfiguration', code: 'missing' });
    return k1!.errors![0]!.message;
  };

  it('TSV', async () => {
    const tsv = file('cool.tsv', `${[HEADER, K0, K1].map((r) => r.join('\t')).join('\n')}\n`);
    expect(expectK1Invalid(await cli.run(['grade', '-r', AC, '-f', 'ndjson', tsv]))).toEqual(MOBILE);
  });

  it('.xlsx, in zh and en', async () => {
    const path = join(temp(), 'cool.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('机组');
        ws.addRow(HEADER);
        ws.addRow(['K0', 'heat-pump', 2000, 5, null, '风冷', '分体']);
        ws.addRow(['K1', 'heat-pump', 2000, 5, null, '风冷', '移动式']);
      }),
    );
    expect(expectK1Invalid(await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]))).toEqual(
      mobile({ zh: '（工作表第 3 行）', en: ' (sheet row 3)' }),
    );
    const zh = await cli.run(['grade', '-r', AC, path, '--lang', 'zh']);
    expect(zh.stdout).toMatch(/2 +K1 +无效 +第 2 条记录（工作表第 3 行）的“机型”/u);
    const kept = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--keep', '型号', '--keep', '机型', path]);
    expect(kept.code).toBe(0);
  });

  it('Parquet', async () => {
    const path = join(temp(), 'cool.parquet');
    await writeParquet(
      path,
      `SELECT * FROM (VALUES ('K0','heat-pump',2000,5.0,'风冷','分体'),('K1','heat-pump',2000,5.0,'风冷','移动式')) t("型号",unitType,ratedCoolingCapacity,apf,"冷却方式","机型")`,
    );
    expect(expectK1Invalid(await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]))).toEqual(NOWHERE);
  });

  it('NDJSON and a JSON array: an unread key with a string value; a kept key is not looked at', async () => {
    const lines = [
      { 型号: 'K0', unitType: 'heat-pump', ratedCoolingCapacity: 2000, apf: 5, 机型: '分体' },
      { 型号: 'K1', unitType: 'heat-pump', ratedCoolingCapacity: 2000, apf: 5, 机型: '移动式' },
    ];
    const ndjson = file('cool.ndjson', `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(expectK1Invalid(await cli.run(['grade', '-r', AC, '-f', 'ndjson', ndjson]))).toEqual(NOWHERE);
    const json = file('cool.json', JSON.stringify(lines));
    expectK1Invalid(await cli.run(['grade', '-r', AC, '-f', 'ndjson', json]));
    const kept = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--keep',
      '型号',
      '--keep',
      '机型',
      ndjson,
    ]);
    expect(kept.code).toBe(0);
    // The record that gives unitConfiguration itself is graded by it, whatever another key says.
    const given = file('given.ndjson', `${JSON.stringify({ ...lines[1], unitConfiguration: 'split' })}\n`);
    expect((await cli.run(['grade', '-r', AC, '-f', 'ndjson', given])).code).toBe(0);
  });
});
