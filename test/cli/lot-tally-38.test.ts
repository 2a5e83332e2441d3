/**
 * committee-37 M2 (fix-lots8 §1): `--group-by 批号 --tally-by 生产企业` was refused (exit 2, "请只用其中一个") in
 * `grade` and `compare`; the committee's question is "which producers lose superior lots". With --group-by the
 * tally counts the lots per producer, each lot once; a lot whose rows give two producers is counted under
 * "（混合）" / "(mixed)" and said, never under its first row's producer.
 *
 * Figures: cement-lot-grade's class-52.5 28-day limit is 52.5 MPa; the draft raises it to 53.5. L1 (甲厂) holds
 * 53.4 MPa: superior under A, below the lowest grade under B. L2 (乙厂) holds 53.5, exactly B's limit: superior
 * under both. L3 (乙厂) has an invalid 28-day value. L4's rows give 甲厂 and 丙厂.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { writeCementLotDraft } from './cement-lot-draft';
import { useCli, useTempDir } from './cli-harness';
import { withoutSides } from './moves-sides';

const cli = useCli();
const temp = useTempDir();
const LOT = 'building-materials/cement-lot-grade';

/** The bundled rule set with class 52.5's 28-day limit raised to 53.5 MPa (an illustrative committee draft). */
const draft = () => writeCementLotDraft(temp());

function lots(): string {
  const file = join(temp(), 'lots.csv');
  const row = (id: string, lot: string, producer: string, mpa: number | string) =>
    `${id},${lot},${producer},P.O,52.5,30,${mpa},180,240`;
  writeFileSync(
    file,
    [
      '编号,批号,生产企业,cementType,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting',
      row('S1', 'L1', '甲厂', 53.4),
      row('S2', 'L1', '甲厂', 54.0),
      row('S3', 'L1', '甲厂', 54.4),
      row('S4', 'L2', '乙厂', 53.5),
      row('S5', 'L2', '乙厂', 54.0),
      row('S6', 'L3', '乙厂', 'x'),
      row('S7', 'L3', '乙厂', 54.0),
      row('S8', 'L4', '甲厂', 54.0),
      row('S9', 'L4', '丙厂', 54.2),
    ].join('\n'),
  );
  return file;
}

const MIXED_ZH =
  '--tally-by 生产企业：按“批号”分组计数时，1 组的记录在“生产企业”列取值不一：L4（甲厂、丙厂）；这些组计入“（混合）”，而不是其第一条记录的值。一组应只有一个“生产企业”：请核对这些组';
const MIXED_EN =
  '--tally-by 生产企业: counting the 批号 groups, 1 group has records with different values in "生产企业": L4 (甲厂, 丙厂); it is counted under "(mixed)", not under its first record\'s value';

/** The rows of the table after `heading`, split on runs of two spaces. */
function tableAfter(text: string, heading: string, rows: number): string[][] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at).toBeGreaterThanOrEqual(0);
  return lines.slice(at + 1, at + 1 + rows).map((l) => l.trim().split(/\s{2,}/));
}

describe('grade --group-by with --tally-by: lots per producer (fix-lots8 §1)', () => {
  it('zh and en text: each lot once; the mixed lot apart and said; L2 at exactly 53.5 MPa stays superior', async () => {
    const file = lots();
    const b = draft();
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      b,
      '--group-by',
      '批号',
      '--tally-by',
      '生产企业',
      file,
    ]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(MIXED_ZH);
    expect(zh.stderr).toContain('以下按组计数：每个“批号”组计一次，不是每条记录');
    expect(tableAfter(zh.stderr, '按“生产企业”统计（3 组）：', 5)).toEqual([
      ['生产企业', '优等品', '一等品', '合格品', '未达最低等级', '无效', '合计'],
      ['甲厂', '0', '0', '0', '1', '0', '1'],
      ['乙厂', '1', '0', '0', '0', '1', '2'],
      ['（混合）', '1', '0', '0', '0', '0', '1'],
      ['合计', '2', '0', '0', '1', '1', '4'],
    ]);
    // Under A (52.5 MPa) L1 is superior too.
    const a = await cli.run([
      '--lang',
      'en',
      'grade',
      '-r',
      LOT,
      '-g',
      '批号',
      '--tally-by',
      '生产企业',
      file,
    ]);
    expect(a.stderr).toContain(MIXED_EN);
    expect(tableAfter(a.stderr, 'by 生产企业 (3 groups):', 5)).toEqual([
      ['生产企业', 'Superior', 'First class', 'Conforming', 'not graded', 'invalid', 'total'],
      ['甲厂', '1', '0', '0', '0', '0', '1'],
      ['乙厂', '1', '0', '0', '0', '1', '2'],
      ['(mixed)', '1', '0', '0', '0', '0', '1'],
      ['total', '3', '0', '0', '0', '1', '4'],
    ]);
  });

  it('the lot report: a section of the page and a sheet of the workbook, with the notice', async () => {
    const file = lots();
    const b = draft();
    const html = join(temp(), 'lots.html');
    await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      b,
      '-g',
      '批号',
      '--tally-by',
      '生产企业',
      '-f',
      'html',
      '-o',
      html,
      file,
    ]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2 id="by-group">按“生产企业”的组等级分布</h2>');
    expect(page).toContain('<th class="n">组数</th>');
    expect(page).toMatch(/<tr data-group="（混合）"><td>（混合）<\/td>/);
    expect(page).toContain('L4（甲厂、丙厂）');
    const book = join(temp(), 'lots.xlsx');
    await cli.run([
      '--lang',
      'en',
      'grade',
      '-r',
      b,
      '-g',
      '批号',
      '--tally-by',
      '生产企业',
      '-f',
      'xlsx',
      '-o',
      book,
      file,
    ]);
    const sheets = await readBack(readFileSync(book));
    expect(sheets.find((s) => s.name === 'By group')?.rows).toEqual([
      ['生产企业', 'Superior', 'First class', 'Conforming', 'Below the lowest grade', 'Invalid', 'Total'],
      ['甲厂', 0, 0, 0, 1, 0, 1],
      ['乙厂', 1, 0, 0, 0, 1, 2],
      ['(mixed)', 1, 0, 0, 0, 0, 1],
      ['Total', 2, 0, 0, 1, 1, 4],
    ]);
  });
});

describe('compare --group-by with --tally-by: which producers lose superior lots (fix-lots8 §1)', () => {
  it('text, JSON, HTML and xlsx count lots: 甲厂 loses its superior lot to below the lowest grade', async () => {
    const file = lots();
    const b = draft();
    const args = ['compare', '--group-by', '批号', '--tally-by', '生产企业', LOT, b, file];
    const zh = await cli.run(['--lang', 'zh', ...args]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(MIXED_ZH);
    const lotTable = tableAfter(
      zh.stdout,
      '按“生产企业”统计各“批号”组的等级变化（每组计一次，3 个取值）：',
      5,
    );
    const sides = tableAfter(
      zh.stdout,
      '按“生产企业”统计 A、B 下的结果（每组在每边计一次，各边合计等于组数）：',
      5,
    );
    // Each side's lots (committee-lots-42): 甲厂's L1 superior under A, below the lowest grade under B; 乙厂's L2
    // superior under both, L3 invalid under both; the mixed L4 superior under both. Each side adds up to 组数.
    expect(sides.map((r) => r.slice(2))).toEqual([
      [
        'A 下优等品',
        'A 下一等品',
        'A 下合格品',
        'A 下未达最低等级',
        'A 下无效',
        'B 下优等品',
        'B 下一等品',
        'B 下合格品',
        'B 下未达最低等级',
        'B 下无效',
      ],
      ['1', '0', '0', '0', '0', '0', '0', '0', '1', '0'],
      ['1', '0', '0', '0', '1', '1', '0', '0', '0', '1'],
      ['1', '0', '0', '0', '0', '1', '0', '0', '0', '0'],
      ['3', '0', '0', '0', '1', '2', '0', '0', '1', '1'],
    ]);
    expect(lotTable).toEqual([
      [
        '生产企业',
        '组数',
        '升高',
        '降低',
        '降 1 级',
        '降 2 级及以上',
        '降为不分级（未达最低等级）',
        '不变',
        '无效（A 或 B）',
      ],
      ['甲厂', '1', '0', '1', '0', '0', '1', '0', '0'],
      ['乙厂', '2', '0', '0', '0', '0', '0', '1', '1'],
      ['（混合）', '1', '0', '0', '0', '0', '0', '1', '0'],
      ['合计', '4', '0', '1', '0', '0', '1', '2', '1'],
    ]);
    const tally = JSON.parse(
      (await cli.run([...args.slice(0, 1), '-f', 'json', ...args.slice(1)])).stdout,
    ).tally;
    expect(tally).toMatchObject({
      column: '生产企业',
      groupBy: '批号',
      whole: { total: 4, down: 1, invalid: 1 },
    });
    expect(tally.groups.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([
      ['甲厂', 1],
      ['乙厂', 2],
      ['(mixed)', 1],
    ]);
    expect(tally.groups[0].downToNotGradedBy).toEqual({ 'below-lowest-grade': 1 });
    const html = join(temp(), 'cmp.html');
    await cli.run(['--lang', 'en', ...args.slice(0, 1), '-f', 'html', '-o', html, ...args.slice(1)]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2 id="moves-by-column">Group moves by column: 生产企业</h2>');
    expect(page).toMatch(/<tr data-group="甲厂"><td>甲厂<\/td><td class="n">1<\/td>/);
    expect(page).toContain('L4 (甲厂, 丙厂)');
    const book = join(temp(), 'cmp.xlsx');
    await cli.run(['--lang', 'zh', ...args.slice(0, 1), '-f', 'xlsx', '-o', book, ...args.slice(1)]);
    const sheet = (await readBack(readFileSync(book))).find((s) => s.name === '按列统计组的等级变化');
    expect(withoutSides(sheet!.rows)[1]).toEqual(['甲厂', 1, 0, 1, 0, 0, 1, 0, 0]);
  });
});
