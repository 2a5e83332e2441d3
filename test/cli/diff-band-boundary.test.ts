/**
 * A capacity-band boundary moved between editions (4500 → 5000 W, committee-25 F3): diff reports it as one
 * `boundary-moved` entry with the direction the records between its two places meet, pairs the rows by
 * position so a tightened cell of a renamed row still shows, and counts nothing looser that is not; compare
 * credits a record between the two places with the boundary, and one that stays in its row with that row's
 * cells. Tables keyed by enum values are matched by their keys as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSetDiff } from '../../src/diff/rule-set-diff';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { diffJson, tableEntries } from './diff-json';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const CEMENT = 'building-materials/common-portland-cement';

/** APF: boundary 4500 → 5000 and grade 2 of the lower row 4.50 → 4.70; SEER: the boundary alone. */
const DRAFT: [string, string][] = [
  ['- ["≤ 4500", 5.00, 4.50, 4.00, 3.50, 3.30]', '- ["≤ 5000", 5.00, 4.70, 4.00, 3.50, 3.30]'],
  ['- ["(4500, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]', '- ["(5000, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]'],
  ['- ["≤ 4500", 5.80, 5.40, 5.00, 3.90, 3.70]', '- ["≤ 5000", 5.80, 5.40, 5.00, 3.90, 3.70]'],
  ['- ["(4500, 7100]", 5.50, 5.10, 4.40, 3.80, 3.60]', '- ["(5000, 7100]", 5.50, 5.10, 4.40, 3.80, 3.60]'],
];

describe.concurrent('qgrade diff / compare: a moved band boundary', () => {
  it('diff: one boundary entry per table, the tightened cell row to row, nothing looser (JSON)', async () => {
    const diff = await diffJson(cli, AC, editedRules(temp(), AC, DRAFT, 'json'));
    expect(tableEntries(diff)).toEqual([
      ['boundary:apfLimits[≤ 4500]', 'boundary-moved', '≤ 4500', '≤ 5000', 'stricter'],
      ['cell:apfLimits[≤ 4500][2]', 'cell-changed', '4.50', '4.70', 'stricter'],
      ['boundary:seerLimits[≤ 4500]', 'boundary-moved', '≤ 4500', '≤ 5000', 'stricter'],
    ]);
    const boundary = diff.entries[diff.entries.findIndex((e) => e.kind === 'boundary-moved')]!;
    expect(boundary).toMatchObject({ table: 'apfLimits', row: '≤ 4500' });
    expect(boundary.criteria).toEqual(['apf@1', 'apf@2', 'apf@3', 'apf@4', 'apf@5']);
    expect(diff.counts).toMatchObject({ stricter: 3, looser: 0, changed: 0 });
    expect(diff.entries.some((e) => e.kind === 'row-added' || e.kind === 'row-removed')).toBe(false);
  });

  it('diff: says where the boundary went and which row the records between now read (zh, en)', async () => {
    const b = editedRules(temp(), AC, DRAFT, 'text');
    const zh = await cli.run(['--lang', 'zh', 'diff', AC, b]);
    expect(zh.stdout).toContain(
      '表“热泵型房间空气调节器能效等级（APF）”（apfLimits）分档界限 4500 W → 5000 W：额定制冷量 CC 在 (4500, 5000] W 的记录由行“(4500, 7100]”改按行“≤ 5000”判定，更严',
    );
    expect(zh.stdout).toContain('行“≤ 4500 → ≤ 5000”列“2级”：4.50 → 4.70，更严（影响 apf@2）');
    expect(zh.stdout).not.toContain('删除行');
    expect(zh.stdout).toContain('更严 3 处，更宽 0 处');
    const en = await cli.run(['--lang', 'en', 'diff', AC, b]);
    expect(en.stdout).toContain(
      'band boundary 4500 W → 5000 W: records with Rated cooling capacity (CC) in (4500, 5000] W now read row ≤ 5000 (under A: row (4500, 7100]), stricter',
    );
    expect(en.stdout).toContain('row ≤ 4500 → ≤ 5000, column Grade 2: 4.50 → 4.70, stricter');
  });

  it('diff: a boundary moved down is looser; one whose two rows ask the same has no direction', async () => {
    const dir = temp();
    const b = editedRules(
      dir,
      AC,
      [
        ['- ["≤ 4500", 5.00, 4.50, 4.00, 3.50, 3.30]', '- ["≤ 4000", 5.00, 4.50, 4.00, 3.50, 3.30]'],
        [
          '- ["(4500, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]',
          '- ["(4000, 7100]", 4.50, 4.00, 3.50, 3.30, 3.20]',
        ],
        // Only the boundary's inclusion changes, and both SEER rows read as before: 4500 W reads the upper row.
        ['- ["≤ 4500", 5.80, 5.40, 5.00, 3.90, 3.70]', '- ["< 4500", 5.80, 5.40, 5.00, 3.90, 3.70]'],
        [
          '- ["(4500, 7100]", 5.50, 5.10, 4.40, 3.80, 3.60]',
          '- ["[4500, 7100]", 5.80, 5.40, 5.00, 3.90, 3.70]',
        ],
      ],
      'down',
    );
    const diff = await diffJson(cli, AC, b);
    const apf = diff.entries.find((e) => e.key === 'boundary:apfLimits[≤ 4500]')!;
    expect(apf).toMatchObject({ before: '≤ 4500', after: '≤ 4000', direction: 'looser' });
    expect(apf.message.en).toContain(
      'records with Rated cooling capacity (CC) in (4000, 4500] W now read row (4000, 7100]',
    );
    const seer = diff.entries.find((e) => e.key === 'boundary:seerLimits[≤ 4500]')!;
    expect(seer.direction).toBeUndefined();
    expect(seer.criteria).toBeUndefined();
    expect(seer.message.zh).toContain('分档界限 ≤ 4500 W → < 4500 W：额定制冷量 CC 为 4500 W 的记录');
    expect(seer.message.zh).toContain('两行限值相同，等级不受影响');
    // The upper SEER row now asks what the lower one does: its five cells show, row to row.
    expect(diff.entries.filter((e) => e.key.startsWith('cell:seerLimits[(4500, 7100]]'))).toHaveLength(5);
  });

  it('diff: a table keyed by enum values is still matched by its keys, not by position', async () => {
    const b = editedRules(
      temp(),
      CEMENT,
      [
        ['- [[P.I, P.II], 390]', '- [P.I, 390]'],
        ['- [P.O, 600]', '- [[P.II, P.O], 600]'],
      ],
      'enum',
    );
    const diff = await diffJson(cli, CEMENT, b);
    expect(tableEntries(diff)).toEqual([
      ['cell:setting[P.II][finalSetting]', 'cell-changed', '390', '600', 'looser'],
    ]);
  });

  it('compare: a record between the two places is moved by the boundary, one in its row by the cell', async () => {
    const dir = temp();
    const b = editedRules(dir, AC, DRAFT, 'compare');
    const data = join(dir, 'records.ndjson');
    const records = [
      { model: 'IN-ROW', unitType: 'heat-pump', ratedCoolingCapacity: 4500, apf: 4.6 }, // 2 → 3 by 4.50 → 4.70
      { model: 'BETWEEN', unitType: 'heat-pump', ratedCoolingCapacity: 4600, apf: 3.6 }, // 3 → 4: reads ≤ 5000
      { model: 'BETWEEN-2', unitType: 'heat-pump', ratedCoolingCapacity: 5000, apf: 4.6 }, // 1 → 3
      { model: 'ABOVE', unitType: 'heat-pump', ratedCoolingCapacity: 6000, apf: 3.6 }, // unchanged
      { model: 'SEER', unitType: 'cooling-only', ratedCoolingCapacity: 4800, seer: 5.2 }, // 2 → 3 by the boundary
    ];
    writeFileSync(data, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const json = await cli.run(['compare', '-f', 'json', AC, b, data]);
    const out = JSON.parse(json.stdout) as {
      changes: { row: number; from: string; to: string; diff: string[] }[];
    };
    expect(out.changes.map((c) => [c.row, c.from, c.to, c.diff])).toEqual([
      [1, '2', '3', ['cell:apfLimits[≤ 4500][2]']],
      [2, '3', '4', ['boundary:apfLimits[≤ 4500]']],
      [3, '1', '3', ['boundary:apfLimits[≤ 4500]']],
      [5, '2', '3', ['boundary:seerLimits[≤ 4500]']],
    ]);
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, b, data]);
    const block = (row: number) => zh.stdout.split('\n第 ').find((l) => l.startsWith(`${row} 条`)) ?? '';
    expect(block(2)).toContain('分档界限 4500 W → 5000 W');
    expect(block(2)).not.toContain('列“2级”');
    expect(block(1)).toContain('行“≤ 4500 → ≤ 5000”列“2级”：4.50 → 4.70');
    expect(block(1)).not.toContain('分档界限');
  });

  it('compare: a changed record names the row it reads under A and under B where they are written differently (zh, en, html, xlsx)', async () => {
    const dir = temp();
    const b = editedRules(dir, AC, DRAFT, 'rows');
    const data = join(dir, 'rows.csv');
    // 4800 W: (4500, 7100] under A, ≤ 5000 under B; 3500 W: ≤ 4500, renamed ≤ 5000; 6000 W: (4500, 7100] → (5000, 7100].
    writeFileSync(
      data,
      [
        'model,unitType,ratedCoolingCapacity,apf,seer',
        'BETWEEN,heat-pump,4800,4.1,',
        'IN-ROW,heat-pump,3500,4.6,',
        'SEER,cooling-only,4800,,5.2',
        'AT,heat-pump,5000,4.1,',
        'UNCHANGED,heat-pump,7200,4.0,',
      ].join('\n'),
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, b, data]);
    const keysOf = (out: string, head: string) => {
      const lines = out.split('\n');
      return lines[lines.findIndex((l) => l.startsWith(head)) + 1];
    };
    expect(keysOf(zh.stdout, '第 1 条')).toBe(
      '    限值取决于：机组类型 = 热泵型，额定制冷量 CC = 4800 W（A 按行“(4500, 7100]”，B 按行“≤ 5000”）',
    );
    expect(keysOf(zh.stdout, '第 2 条')).toBe(
      '    限值取决于：机组类型 = 热泵型，额定制冷量 CC = 3500 W（A 按行“≤ 4500”，B 按行“≤ 5000”）',
    );
    // The boundary value itself: 5000 W is above ≤ 4500 under A and in ≤ 5000 under B.
    expect(keysOf(zh.stdout, '第 4 条')).toContain(
      '额定制冷量 CC = 5000 W（A 按行“(4500, 7100]”，B 按行“≤ 5000”）',
    );
    const en = await cli.run(['compare', AC, b, data]);
    expect(keysOf(en.stdout, 'row 3 (SEER)')).toBe(
      '    Limits depend on: Unit type = Cooling only, Rated cooling capacity (CC) = 4800 W (A: row (4500, 7100], B: row ≤ 5000)',
    );
    expect(en.stdout).not.toContain('row 5 (UNCHANGED)');
    const html = join(dir, 'rows.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, AC, b, data]);
    const row1 = readFileSync(html, 'utf8').match(/<tr data-row="1">(.*?)<\/tr>/su)![1]!;
    expect(row1).toContain('额定制冷量 CC = 4800 W（A 按行“(4500, 7100]”，B 按行“≤ 5000”）');
    const xlsx = join(dir, 'rows.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', xlsx, AC, b, data]);
    const sheet = (await readBack(readFileSync(xlsx)))[1]!;
    const col = sheet.rows[0]!.indexOf('Limits depend on');
    const byRow = new Map(sheet.rows.slice(1).map((r) => [r[1], r[col]]));
    expect(byRow.get(1)).toBe(
      'Unit type = Heat pump, Rated cooling capacity (CC) = 4800 W (A: row (4500, 7100], B: row ≤ 5000)',
    );
  });

  it('compare: a record whose row is written the same under A and B names no rows', async () => {
    const dir = temp();
    // Only a cell of (7100, 14000] changes: a 9000 W unit reads that row under both.
    const b = editedRules(
      dir,
      AC,
      [['- ["(7100, 14000]", 4.20, 3.70', '- ["(7100, 14000]", 4.20, 3.90']],
      'same-row',
    );
    const data = join(dir, 'same-row.csv');
    writeFileSync(data, 'model,unitType,ratedCoolingCapacity,apf\nX,heat-pump,9000,3.8\n');
    const en = await cli.run(['compare', AC, b, data]);
    expect(en.stdout).toContain(
      '    Limits depend on: Unit type = Heat pump, Rated cooling capacity (CC) = 9000 W\n',
    );
  });
});

/** APF's top row split at 10000 W: the lower half keeps A's values, the upper half lowers grades 1 and 2. */
const SPLIT: [string, string][] = [
  [
    '- ["(7100, 14000]", 4.20, 3.70, 3.30, 3.20, 3.10]',
    '- ["(7100, 10000]", 4.20, 3.70, 3.30, 3.20, 3.10]\n      - ["(10000, 14000]", 4.00, 3.60, 3.30, 3.20, 3.10]',
  ],
];

describe.concurrent('qgrade diff / compare: a band split in two (committee-27 M2)', () => {
  it('diff: each new row against the row it came from, value by value: equal is no change, a lower ≥ limit looser', async () => {
    const diff = await diffJson(cli, AC, editedRules(temp(), AC, SPLIT, 'split'));
    expect(tableEntries(diff)).toEqual([
      ['split:apfLimits[(7100, 14000]]', 'row-split', '(7100, 14000]', '(7100, 10000], (10000, 14000]', null],
      ['cell:apfLimits[(10000, 14000]][1]', 'cell-changed', '4.20', '4.00', 'looser'],
      ['cell:apfLimits[(10000, 14000]][2]', 'cell-changed', '3.70', '3.60', 'looser'],
    ]);
    // Was 1 row removed (looser) and 2 rows added (stricter): 2 stricter, 1 looser, none right.
    expect(diff.counts).toMatchObject({ stricter: 0, looser: 2, changed: 0 });
    const split = diff.entries.find((e) => e.kind === 'row-split')!;
    expect(split.criteria).toBeUndefined();
    expect(split.message.zh).toContain(
      '行“(7100, 14000]”拆分为“(7100, 10000]”和“(10000, 14000]”，各新行与原行逐列比较；“(7100, 10000]”与原行限值相同',
    );
    expect(split.message.en).toContain(
      'row (7100, 14000] split into (7100, 10000] and (10000, 14000], each new row compared with it cell by cell; (7100, 10000] sets the same limits',
    );
    const zh = await cli.run(['--lang', 'zh', 'diff', AC, editedRules(temp(), AC, SPLIT, 'split-zh')]);
    expect(zh.stdout).toContain('行“(7100, 14000] → (10000, 14000]”列“1级”：4.20 → 4.00，更宽（影响 apf@1）');
    expect(zh.stdout).toContain('更严 0 处，更宽 2 处');
  });

  it('compare: the records that moved up are credited to the looser cells of the new row', async () => {
    const dir = temp();
    const b = editedRules(dir, AC, SPLIT, 'split-compare');
    const data = join(dir, 'split.ndjson');
    const records = [
      { model: 'LOW-HALF', unitType: 'heat-pump', ratedCoolingCapacity: 9000, apf: 4.1 }, // 2 under both: same row values
      { model: 'UP-1', unitType: 'heat-pump', ratedCoolingCapacity: 12000, apf: 4.1 }, // 2 → 1: 4.1 ≥ 4.00, < 4.20
      { model: 'UP-2', unitType: 'heat-pump', ratedCoolingCapacity: 12000, apf: 3.65 }, // 3 → 2: 3.65 ≥ 3.60, < 3.70
      { model: 'AT-LIMIT', unitType: 'heat-pump', ratedCoolingCapacity: 14000, apf: 4.0 }, // 2 → 1: 4.00 ≥ 4.00
      { model: 'AT-SPLIT', unitType: 'heat-pump', ratedCoolingCapacity: 10000, apf: 4.1 }, // 10000 W: lower half, 2 both
      { model: 'BELOW', unitType: 'heat-pump', ratedCoolingCapacity: 10001, apf: 3.99 }, // 2 both: 3.99 < 4.00
    ];
    writeFileSync(data, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const json = await cli.run(['compare', '-f', 'json', AC, b, data]);
    const out = JSON.parse(json.stdout) as {
      total: number;
      changes: { row: number; from: string; to: string; diff: string[] }[];
    };
    expect(out.total).toBe(6);
    expect(out.changes.map((c) => [c.row, c.from, c.to, c.diff])).toEqual([
      [2, '2', '1', ['cell:apfLimits[(10000, 14000]][1]']],
      [3, '3', '2', ['cell:apfLimits[(10000, 14000]][2]']],
      [4, '2', '1', ['cell:apfLimits[(10000, 14000]][1]']],
    ]);
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, b, data]);
    expect(zh.stdout).not.toContain('新增行');
    expect(zh.stdout).toContain('（A 按行“(7100, 14000]”，B 按行“(10000, 14000]”）');
  });
});

describe.concurrent('qgrade diff / compare: band rows merged, the mirror of a split (committee-33 M3)', () => {
  const opposite = { looser: 'stricter', stricter: 'looser' } as Record<string, string>;

  it('diff B A lists the split of diff A B from the other side: one merge entry, the same cells and rows, limits swapped', async () => {
    const split = editedRules(temp(), AC, SPLIT, 'merge');
    const forth = await diffJson(cli, AC, split);
    const back = await diffJson(cli, split, AC);
    expect(tableEntries(back)).toEqual([
      [
        'merge:apfLimits[(7100, 14000]]',
        'row-merged',
        '(7100, 10000], (10000, 14000]',
        '(7100, 14000]',
        null,
      ],
      ['cell:apfLimits[(10000, 14000]][1]', 'cell-changed', '4.00', '4.20', 'stricter'],
      ['cell:apfLimits[(10000, 14000]][2]', 'cell-changed', '3.60', '3.70', 'stricter'],
    ]);
    // Was 2 rows removed (looser) and 1 row added (stricter) whatever the values.
    expect(back.entries.some((e) => e.kind === 'row-added' || e.kind === 'row-removed')).toBe(false);
    const cells = (d: RuleSetDiff) => d.entries.filter((e) => e.kind === 'cell-changed');
    expect(
      cells(back).map((e) => [e.key, e.row, e.column, e.after, e.before, opposite[e.direction!]]),
    ).toEqual(cells(forth).map((e) => [e.key, e.row, e.column, e.before, e.after, e.direction]));
    expect(back.counts).toMatchObject({
      stricter: forth.counts.looser,
      looser: forth.counts.stricter,
      changed: 0,
    });
    const merge = back.entries.find((e) => e.kind === 'row-merged')!;
    expect(merge).toMatchObject({ table: 'apfLimits', row: '(7100, 14000]' });
    expect(merge.message.en).toContain(
      'rows (7100, 10000] and (10000, 14000] merged into (7100, 14000], each old row compared with it cell by cell; (7100, 10000] sets the same limits',
    );
    expect(merge.message.zh).toContain(
      '行“(7100, 10000]”和“(10000, 14000]”合并为“(7100, 14000]”，各原行与新行逐列比较；“(7100, 10000]”与新行限值相同',
    );
    const zh = await cli.run(['--lang', 'zh', 'diff', split, AC]);
    expect(zh.stdout).toContain('行“(10000, 14000] → (7100, 14000]”列“1级”：4.00 → 4.20，更严（影响 apf@1）');
    expect(zh.stdout).toContain('更严 2 处，更宽 0 处');
  });

  it('compare: the records that moved down are credited to the stricter cells of the old row', async () => {
    const dir = temp();
    const a = editedRules(dir, AC, SPLIT, 'merge-compare');
    const data = join(dir, 'merge.ndjson');
    const records = [
      { model: 'DOWN-1', unitType: 'heat-pump', ratedCoolingCapacity: 12000, apf: 4.1 }, // 1 → 2
      { model: 'LOW-HALF', unitType: 'heat-pump', ratedCoolingCapacity: 9000, apf: 4.1 }, // 2 under both
    ];
    writeFileSync(data, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const json = await cli.run(['compare', '-f', 'json', a, AC, data]);
    const out = JSON.parse(json.stdout) as {
      changes: { row: number; from: string; to: string; diff: string[] }[];
    };
    expect(out.changes.map((c) => [c.row, c.from, c.to, c.diff])).toEqual([
      [1, '1', '2', ['cell:apfLimits[(10000, 14000]][1]']],
    ]);
  });
});
