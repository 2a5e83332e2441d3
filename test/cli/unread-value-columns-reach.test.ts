/**
 * The unread-value check's reach (hostile-23): a record whose cell for a
 * defaulted indicator is empty or `/` has its unread columns looked at as a
 * record with no such column (W6, where CSV graded what JSON refused);
 * cells under an empty header (W11); the spellings the reader reads of an
 * enum cell (`P·I`, W12); trade names (`多联机`, W13); a yes/no label's
 * remark forms (`有重大质量事故`, W8).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const LOT = 'building-materials/cement-lot-grade';
const ENT = 'enterprise/quality-management-capability';

function file(name: string, rows: readonly (readonly string[])[]): string {
  const path = join(temp(), name);
  writeFileSync(path, `${rows.map((r) => r.join(',')).join('\n')}\n`);
  return path;
}

/** Each record's sample id and grade, `!` for an invalid one: `S1:-!`. */
function grades(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GradeResult)
    .map((r) => `${Object.values(r.kept ?? {})[0] ?? r.row}:${r.grade ?? '-'}${r.errors ? '!' : ''}`);
}

const M2 = [
  ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '结构形式', '机型'],
  ['S1', '热泵型', '3500', '5.1', '', '移动式'],
  ['S2', '热泵型', '3500', '5.1', '/', '移动式'],
  ['S3', '热泵型', '3500', '5.1', '分体式', '移动式'],
  ['S4', '热泵型', '3500', '5.1', '', '分体机'],
];

describe.concurrent('a defaulted indicator’s column present, this record’s cell empty (W6)', () => {
  it('CSV: blank and / are looked at as no column; a cell that gives the value is graded by it', async () => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file('m2.csv', M2)]);
    expect(run.code).toBe(1);
    expect(grades(run.stdout)).toEqual(['S1:-!', 'S2:-!', 'S3:1', 'S4:1']);
    const s2 = (JSON.parse(run.stdout.split('\n')[1]!) as GradeResult).errors?.[0];
    expect(s2).toMatchObject({ field: 'unitConfiguration', code: 'missing' });
    expect(s2?.message.en).toMatch(
      /^record 2 \(line 3\): column "机型" holds "移动式", which is unitConfiguration = mobile/u,
    );
  });

  it('the same on 2 workers, and as NDJSON (no key, "/") and .xlsx', async () => {
    const csv = file('m2w.csv', M2);
    const one = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    const two = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--workers', '2', csv]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(1);
    const base = { 样品编号: 'S', unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1 };
    const ndjson = join(temp(), 'm2.ndjson');
    writeFileSync(
      ndjson,
      [
        { 机型: '移动式' },
        { unitConfiguration: '/', 机型: '移动式' },
        { unitConfiguration: 'split', 机型: '移动式' },
      ]
        .map((r, i) => JSON.stringify({ ...base, 样品编号: `S${i + 1}`, ...r }))
        .join('\n'),
    );
    expect(grades((await cli.run(['grade', '-r', AC, '-f', 'ndjson', ndjson])).stdout)).toEqual([
      'S1:-!',
      'S2:-!',
      'S3:1',
    ]);
    const xlsx = join(temp(), 'm2.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('机组');
        for (const row of M2)
          ws.addRow(row.map((c) => (/^[\d.]+$/.test(c) ? Number(c) : c === '' ? null : c)));
      }),
    );
    expect(grades((await cli.run(['grade', '-r', AC, '-f', 'ndjson', xlsx])).stdout)).toEqual([
      'S1:-!',
      'S2:-!',
      'S3:1',
      'S4:1',
    ]);
  });

  it('a yes/no indicator and climate alike: 风冷式 and 气候类型 present but blank, 备注 says 非风冷式 or T3', async () => {
    const csv = file('m3.csv', [
      ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '风冷式', '气候类型', '备注'],
      ['S1', '热泵型', '3500', '5.1', '', '', '非风冷式'],
      ['S2', '热泵型', '3500', '5.1', '是', '—', 'T3'],
      ['S3', '热泵型', '3500', '5.1', '是', 'T1', '正常'],
    ]);
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv]);
    expect(grades(run.stdout)).toEqual(['S1:-!', 'S2:-!', 'S3:1']);
  });
});

describe.concurrent('cells under an empty header (W11)', () => {
  const ROWS = [
    ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', ''],
    ['S1', '热泵型', '3500', '5.1', '移动式'],
    ['S2', '热泵型', '3500', '5.1', ''],
    ['S3', '热泵型', '3500', '5.1', '复检'],
  ];

  it('CSV: named by the column’s number and letter, with a header to write as the fix (zh and en)', async () => {
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file('unnamed.csv', ROWS)]);
    expect(run.code).toBe(1);
    expect(grades(run.stdout)).toEqual(['S1:-!', 'S2:1', 'S3:1']);
    const s1 = (JSON.parse(run.stdout.split('\n')[0]!) as GradeResult).errors?.[0];
    expect(s1).toEqual({
      field: 'unitConfiguration',
      code: 'missing',
      message: {
        en: 'record 1 (line 2): column 5 (E), which has no header, holds "移动式", which is unitConfiguration = mobile, but a column with no header is not read: the record would be graded with its default "split". If the column is unitConfiguration, give it the header "结构形式" (or unitConfiguration); if it says something else, give it a header and keep it',
        zh: '第 1 条记录（第 2 行）的第 5 列（E 列，没有表头）是“移动式”，即 unitConfiguration = mobile（移动式），但没有表头的列不会读取：该记录会按其默认值 "split" 评级。如果该列就是 unitConfiguration，请给它写上表头“结构形式”；如果它说的是别的，请给它写上表头并保留该列',
      },
    });
  });

  it('.xlsx: a cell past the header’s last heading, and one under an empty heading between two', async () => {
    const xlsx = join(temp(), 'unnamed.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('机组');
        ws.addRow(['样品编号', '机组类型', '额定制冷量 CC', null, '全年能源消耗效率 APF']);
        ws.addRow(['S1', '热泵型', 3500, null, 5.1, '移动式']);
        ws.addRow(['S2', '热泵型', 3500, 'T3', 5.1]);
        ws.addRow(['S3', '热泵型', 3500, '复检', 5.1, '分体式']);
      }),
    );
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', xlsx]);
    expect(grades(run.stdout)).toEqual(['S1:-!', 'S2:-!', 'S3:1']);
    expect(run.stdout).toContain('record 1 (sheet row 2): column 6 (F), which has no header');
    expect(run.stdout).toContain('record 2 (sheet row 3): column 4 (D), which has no header, holds \\"T3\\"');
  });
});

describe.concurrent('spellings, trade names and remark forms', () => {
  it('W12: every dot the reader reads (P·I, P・I, P•I), Ⅱ, a code without its dot (PI, PII) say P.I / P.II; P·O is the default', async () => {
    const cells = ['P·I', 'P・I', 'P•I', 'P·Ⅱ', 'P Ⅱ', 'PII', 'ＰＩ', 'P·I型', 'P·O', 'P.O'];
    const rows = [
      ['编号', '代号', '强度等级', '3 天抗压强度', '28 天抗压强度', '初凝时间', '终凝时间'],
      ...cells.map((c, i) => [`C${i + 1}`, c, '42.5', '24.0', '48.0', '150', '240']),
    ];
    const run = await cli.run(['grade', '-r', LOT, '-f', 'ndjson', file('lot-code.csv', rows)]);
    expect(grades(run.stdout)).toEqual([
      ...cells.slice(0, 8).map((_, i) => `C${i + 1}:-!`),
      'C9:superior',
      'C10:superior',
    ]);
    // The same cell as NDJSON, and the reader reads P·I under a read column as P.I (out of scope, not invalid).
    const ndjson = join(temp(), 'lot.ndjson');
    const rec = { 编号: 'C1', strengthClass: '42.5', 代号: 'P•I' };
    writeFileSync(ndjson, `${JSON.stringify(rec)}\n`);
    const nd = await cli.run(['grade', '-r', LOT, '-f', 'ndjson', ndjson]);
    expect(nd.stdout).toContain('"field":"cementType","code":"missing"');
    const read = file('lot-read.csv', [rows[0]!.map((h) => (h === '代号' ? '水泥品种' : h)), rows[1]!]);
    const r = JSON.parse((await cli.run(['grade', '-r', LOT, '-f', 'ndjson', read])).stdout) as GradeResult;
    expect(r.errors).toBeUndefined();
    expect(r.notGradedReason?.code).toBe('out-of-scope');
  });

  it('W13: trade names of the excluded configurations in a 机型 column; 挂机, 柜机, 分体机 (split) graded', async () => {
    const cells = [
      '多联机',
      '风管机',
      '窗机',
      '窗式机',
      '移动空调',
      '移动式空调',
      '穿墙机',
      '挂机',
      '柜机',
      '分体机',
    ];
    const rows = [
      ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '机型'],
      ...cells.map((c, i) => [`S${i + 1}`, '热泵型', '3500', '5.1', c]),
    ];
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', file('jixing.csv', rows)]);
    expect(grades(run.stdout)).toEqual(cells.map((_, i) => `S${i + 1}:${i < 7 ? '-!' : '1'}`));
    expect(run.stdout).toContain(
      'column \\"机型\\" holds \\"多联机\\", which is unitConfiguration = multi-split',
    );
  });

  it('W8: 有/发生 before the veto label less 近三年 make the record invalid; 无/未发生 before it (the default) graded', async () => {
    const notes = [
      '近三年发生重大质量事故',
      '发生重大质量事故',
      '有重大质量事故',
      '近三年重大质量事故',
      '近三年未发生重大质量事故',
      '无重大质量事故',
      '未发生重大质量事故',
      '发生',
    ];
    const header = ['企业', ...ENTERPRISE_ITEM_LABELS, '备注'];
    const rows = [header, ...notes.map((n, i) => [`E${i + 1}`, ...Array<string>(13).fill('90'), n])];
    const run = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', file('ent-note.csv', rows)]);
    expect(grades(run.stdout)).toEqual(notes.map((_, i) => `E${i + 1}:${i < 4 ? '-!' : 'excellence'}`));
  });
});
