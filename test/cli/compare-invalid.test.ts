import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InvalidRecord } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

/** A rule set of strength and one more indicator (`extra`), which the other rule set does not know. */
const ruleSet = (version: string, strengthRange: string, extra: string) => `schemaVersion: 1
id: test/invalid-under
version: ${version}
industry: test
subject: product
title: { zh: 无效记录测试, en: Invalid record test }
references:
  - { code: TEST 3-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  strength: { type: number, unit: MPa, range: "${strengthRange}", label: { zh: 强度, en: Strength } }
${extra}grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: strength, indicator: strength, require: "≥ 400" }
`;

// A requires a density B dropped; B narrows strength's range and requires a hardness A does not know.
const A = ruleSet('1.0.0', '[0, 2000]', '  density: { type: number, label: { zh: 密度, en: Density } }\n');
const B = ruleSet('2.0.0', '[0, 1000]', '  hardness: { type: number, label: { zh: 硬度, en: Hardness } }\n');

const CSV = [
  'sample,strength,density,hardness',
  'S-1,450,7.8,60', // valid under both
  'S-2,-5,7.8,60', // out of both ranges: invalid under A and B
  'S-3,1500,7.8,60', // within A's range, beyond B's: invalid under B only
  'S-4,450,7.8,', // B requires hardness, A does not know it: invalid under B only
  'S-5,450,,60', // A requires density, B does not know it: invalid under A only
].join('\n');

describe.concurrent('qgrade compare names the records invalid under A, B or both', () => {
  let files: string[];
  beforeAll(() => {
    const dir = temp();
    const a = join(dir, 'a.yaml');
    const b = join(dir, 'b.yaml');
    const data = join(dir, 'data.csv');
    writeFileSync(a, A);
    writeFileSync(b, B);
    writeFileSync(data, CSV);
    files = [a, b, data];
  });

  it('json: an `invalid` list with row, kept id, under which rule set and the first reason', async () => {
    const { code, stdout } = await cli.run(['compare', '-f', 'json', '--keep', 'sample', ...files]);
    expect(code).toBe(1);
    const json = JSON.parse(stdout) as { invalid: InvalidRecord[]; changes: { row: number }[] };
    expect(json.invalid.map((r) => [r.row, r.kept?.sample, r.under])).toEqual([
      [2, 'S-2', 'both'],
      [3, 'S-3', 'b'],
      [4, 'S-4', 'b'],
      [5, 'S-5', 'a'],
    ]);
    for (const r of json.invalid) {
      expect(r.reason.zh).not.toBe('');
      expect(r.reason.en).not.toBe('');
    }
    expect(json.invalid[1]!.reason.en).toMatch(/strength/i);
    expect(json.invalid[2]!.reason).toEqual({
      zh: '缺少硬度（第 5 行第 4 列）',
      en: 'hardness (Hardness) is missing (line 5, column 4)',
    });
    expect(json.invalid[3]!.reason.en).toMatch(/density/i);
  });

  it('table (en): each invalid record with under which rule set and why, the rows on stderr', async () => {
    const { stdout, stderr } = await cli.run(['compare', '--keep', 'sample', ...files]);
    const lines = stdout.split('\n');
    const at = lines.indexOf('Invalid records: 4');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5).map((l) => l.replace(/: [^:]*$/, ''))).toEqual([
      'row 2 (S-2): invalid under A and B',
      'row 3 (S-3): invalid under B',
      'row 4 (S-4): invalid under B',
      'row 5 (S-5): invalid under A',
    ]);
    // A change to "not graded" says under which rule set the record is invalid.
    expect(stdout).toContain('row 3 (S-3): Conforming → Not graded  (invalid under B)');
    // The row names its cell (fix-left5b-35 M7); the summary above counts the reason without it.
    expect(lines[at + 2]).toBe(
      'row 3 (S-3): invalid under B: strength (Strength) must be ≤ 1000, got 1500 (line 4, column 2)',
    );
    expect(stdout).toContain('row 5 (S-5): Not graded → Conforming  (invalid under A)');
    expect(stderr).toContain('invalid under A: 2, under B: 3 (rows 2 S-2, 3 S-3, 4 S-4, 5 S-5)');
    // Counted in the per-side lines too, in the plural past one.
    // "including": invalid records are part of "not graded" here (`grade` counts them apart).
    expect(stdout).toMatch(/^Under A: .*, 2 invalid$/m);
    expect(stdout).toMatch(/^Under B: .*, 3 invalid$/m);
  });

  it('table (zh): the same, in Chinese', async () => {
    const { stdout, stderr } = await cli.run(['--lang', 'zh', 'compare', '--keep', 'sample', ...files]);
    const lines = stdout.split('\n');
    const at = lines.indexOf('无效记录 4 条：');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5).map((l) => l.replace(/：[^：]*$/, ''))).toEqual([
      '第 2 条（S-2）：A、B 下均无效',
      '第 3 条（S-3）：B 下无效',
      '第 4 条（S-4）：B 下无效',
      '第 5 条（S-5）：A 下无效',
    ]);
    expect(lines[at + 3]).toBe('第 4 条（S-4）：B 下无效：缺少硬度（第 5 行第 4 列）');
    expect(stdout).toContain('第 3 条（S-3）：合格 → 不分级  （B 下无效）');
    expect(stderr).toContain('A 下无效 2 条，B 下无效 3 条（序号 2 S-2，3 S-3，4 S-4，5 S-5）');
  });

  it('counts a record invalid under one rule set only apart from up and down, with why', async () => {
    // S-1 unchanged; S-2 invalid under both (unchanged); S-3, S-4 graded by A only; S-5 by B only.
    const zh = await cli.run(['--lang', 'zh', 'compare', '--keep', 'sample', ...files]);
    expect(zh.stdout).toContain(
      '共 5 条记录：等级不变 2 条（含记录无效 1 条），等级变化 3 条（升高 0 条，降低 0 条，只在 A 下无效 1 条，只在 B 下无效 2 条）',
    );
    expect(zh.stdout).toContain(
      '只在 B 下无效的 2 条记录未比较等级：强度应 ≤ 1000，实际为 1500 1 条；缺少 B 新增的指标 hardness 1 条',
    );
    expect(zh.stdout).toContain('只在 A 下无效的 1 条记录未比较等级：缺少 A 独有的指标 density 1 条');
    expect(zh.stdout).toContain(
      '只在 A 下无效的 1 条（“无效”行）、只在 B 下无效的 2 条（“无效”列）：未比较等级，不计入升高或降低',
    );
    expect(zh.stderr).toContain(
      '等级变化 3 条（升高 0 条，降低 0 条，只在 A 下无效 1 条，只在 B 下无效 2 条）',
    );
    const en = await cli.run(['compare', '--keep', 'sample', ...files]);
    expect(en.stdout).toContain(
      '5 records: 2 unchanged (1 of them invalid), 3 changed grade (0 up, 0 down, 1 invalid under A only, 2 invalid under B only)',
    );
    expect(en.stdout).toContain(
      '1 record invalid under A only, grades not compared: missing density, an indicator only A has (1)',
    );
  });

  // S-1 合格/合格; S-2 invalid under both; S-3, S-4 合格 under A, invalid under B; S-5 invalid under A, 合格 under B.
  // Rows add up to the records by status under A (合格 3, 无效 2), columns under B (合格 2, 无效 3); 不合格 holds none
  // (one grade: a record below it is 不合格, committee-29 M3; no record out of scope, so no such row).
  const SHOWN = [
    ['A ↓  B →', '合格', '不合格', '无效', '合计'],
    ['合格', 1, 0, 2, 3],
    ['不合格', 0, 0, 0, 0],
    ['无效', 1, 0, 1, 2],
    // Column totals: the records by status under B (committee-27 F1).
    ['合计', 2, 0, 3, 5],
  ];

  it('table: the matrix counts invalid records in a 无效 row and column of their own, not under 不分级', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', '--keep', 'sample', ...files]);
    expect(zh.stdout).toContain(
      [
        'A ↓  B →  合格  不合格  无效  合计',
        '合格         1       0     2     3',
        '不合格       0       0     0     0',
        '无效         1       0     1     2',
        '合计         2       0     3     5',
      ].join('\n'),
    );
    const en = await cli.run(['compare', '--keep', 'sample', ...files]);
    expect(en.stdout).toMatch(/^A ↓ {2}B → +Conforming +Nonconforming +Invalid +Total$/m);
    expect(en.stdout).toMatch(/^Invalid +1 +0 +1 +2$/m);
    expect(en.stdout).toContain(
      '1 invalid under A only ("Invalid" row) and 2 invalid under B only ("Invalid" column): grades not compared, counted neither up nor down',
    );
  });

  it('json: `matrix` keeps invalid records apart, in an "(invalid)" row and column (committee-29 M3)', async () => {
    const { stdout } = await cli.run(['compare', '-f', 'json', ...files]);
    const json = JSON.parse(stdout) as { matrix: Record<string, Record<string, number>> };
    expect(json.matrix).toEqual({
      C: { C: 1, null: 0, '(invalid)': 2 },
      null: { C: 0, null: 0, '(invalid)': 0 },
      '(invalid)': { C: 1, null: 0, '(invalid)': 1 },
    });
    expect(json).not.toHaveProperty('shown');
  });

  it('xlsx: the same 无效 row and column in the matrix sheet', async () => {
    const out = join(temp(), 'matrix.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', out, '--keep', 'sample', ...files]);
    const [matrix] = await readBack(readFileSync(out));
    expect(matrix!.rows.slice(0, 5)).toEqual(SHOWN);
    expect(matrix!.rows[5]).toEqual([]);
  });

  it('html: the same 无效 row and column in the matrix table and the heat map', async () => {
    const out = join(temp(), 'matrix.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', out, '--keep', 'sample', ...files]);
    const html = readFileSync(out, 'utf8');
    const table = /<table class="matrix">(.*?)<\/table>/.exec(html)![1]!;
    const heads = [...table.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);
    expect(heads).toEqual([
      'A 下 ↓ B 下 →',
      '合格',
      '不合格',
      '无效',
      '合计',
      '合格',
      '不合格',
      '无效',
      '合计',
    ]);
    const cells = [...table.matchAll(/<td class="n" data-from="([^"]*)" data-to="([^"]*)">(\d+)<\/td>/g)].map(
      (m) => [m[1], m[2], Number(m[3])],
    );
    expect(cells).toEqual([
      ['C', 'C', 1],
      ['C', '(nonconforming)', 0],
      ['C', '(invalid)', 2],
      ['(nonconforming)', 'C', 0],
      ['(nonconforming)', '(nonconforming)', 0],
      ['(nonconforming)', '(invalid)', 0],
      ['(invalid)', 'C', 1],
      ['(invalid)', '(nonconforming)', 0],
      ['(invalid)', '(invalid)', 1],
    ]);
    // The heat map: 无效 as a row and a column label, as many cells as the table.
    const heat = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    expect(heat.match(/>无效<\/text>/g)).toHaveLength(2);
    expect(heat.match(/<rect class="/g)).toHaveLength(9);
    expect(html).toContain('只在 A 下无效的 1 条（“无效”行）、只在 B 下无效的 2 条（“无效”列）');
  });

  it('xlsx: a sheet of the invalid records', async () => {
    const out = join(temp(), 'compare.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', out, '--keep', 'sample', ...files]);
    const sheets = await readBack(readFileSync(out));
    const invalid = sheets.find((s) => s.name === '无效记录')!;
    expect(invalid.rows[0]).toEqual(['sample', '序号', '在哪个规则集下无效', '原因']);
    expect(invalid.rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['S-2', 2, 'A、B 下均无效'],
      ['S-3', 3, 'B 下无效'],
      ['S-4', 4, 'B 下无效'],
      ['S-5', 5, 'A 下无效'],
    ]);
    expect(invalid.rows[3]![3]).toBe('缺少硬度（第 5 行第 4 列）');
  });

  it('html: a section with a row for each invalid record', async () => {
    const out = join(temp(), 'compare.html');
    await cli.run(['compare', '-f', 'html', '-o', out, '--keep', 'sample', ...files]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2 data-invalid="4">Invalid records</h2>');
    const rows = [...html.matchAll(/<tr data-invalid-row="(\d+)" data-under="(\w+)">(.*?)<\/tr>/g)];
    expect(rows.map((m) => [m[1], m[2]])).toEqual([
      ['2', 'both'],
      ['3', 'b'],
      ['4', 'b'],
      ['5', 'a'],
    ]);
    expect(rows[2]![3]).toContain('invalid under B');
    expect(rows[2]![3]).toMatch(/hardness/i);
  });

  it('html (zh and en): a changed record invalid under one side has no up/down arrow, and says the side and why as the workbook does', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = join(temp(), `changed-${lang}.html`);
      await cli.run(['--lang', lang, 'compare', '-f', 'html', '-o', out, '--keep', 'sample', ...files]);
      const html = readFileSync(out, 'utf8');
      const changed = [...html.matchAll(/<tr data-row="(\d+)">(.*?)<\/tr>/g)];
      // S-3, S-4 (invalid under B only) and S-5 (under A only) changed grade; S-2 is invalid under both, unchanged.
      expect(changed.map((m) => m[1])).toEqual(['3', '4', '5']);
      for (const m of changed) {
        expect(m[2]).not.toMatch(/class="(up|down)"/);
        expect(m[2]).not.toContain(lang === 'zh' ? '记录在 A 或 B 下无效' : 'invalid under A or B');
      }
      const xlsx = join(temp(), `changed-${lang}.xlsx`);
      await cli.run(['--lang', lang, 'compare', '-f', 'xlsx', '-o', xlsx, '--keep', 'sample', ...files]);
      const sheet = (await readBack(readFileSync(xlsx)))[1]!;
      const why = sheet.rows.map((r) => String(r[4]));
      const hardness =
        lang === 'zh'
          ? 'B 下无效：缺少硬度（第 5 行第 4 列）'
          : 'invalid under B: hardness (Hardness) is missing (line 5, column 4)';
      expect(why[2]).toBe(hardness);
      expect(changed[1]![2]).toContain(`data-invalid-under="b">${hardness}</span>`);
      expect(changed[2]![2]).toContain(lang === 'zh' ? '>A 下无效：' : '>invalid under A: ');
    }
  });
});
