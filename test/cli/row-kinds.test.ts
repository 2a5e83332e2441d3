/**
 * Rows under the header that are not records (hostile-24 W2, W9, W14): a score sheet's 满分 / 权重 line, a
 * statistics block whose words carry a unit (`平均值（MPa）`) or sit in an indicator's first column (牌号), and
 * `s` under `x̄` — each skipped and named, in CSV and .xlsx alike; the real records around them stay records.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { CONFORMING_BAR, REBAR_LABELS } from '../rebar-row';
import { useCli, useTempDir } from './cli-harness';
import { sheetRows } from './sheet-rows-fixture';

const temp = useTempDir();
const { files, graded } = sheetRows(useCli(), temp);

const REBAR = 'steel/hot-rolled-ribbed-bar';
const ENTERPRISE = 'enterprise/quality-management-capability';
// The enterprise items headed with their unit, as a score sheet writes them.
const ITEMS = ENTERPRISE_ITEM_LABELS.map((label) => `${label}（分）`);
const scores = (n: string) => ITEMS.map(() => n);

describe.concurrent('rows that state the scale or sum up are not records', () => {
  it('W9: a 满分 / 标准分 / 权重 / Full marks line under the header is no enterprise graded Excellence', async () => {
    const rows = [
      ['序号', '企业名称', ...ITEMS],
      ['', '满分', ...scores('100')],
      ['', '权重（%）', ...scores('10')],
      ['', 'Full marks', ...scores('100')],
      ['1', '甲公司', ...scores('90')],
      ['2', '乙公司', ...scores('70')],
      // An enterprise named after such a word is an enterprise.
      ['3', '满分科技有限公司', ...scores('90')],
    ];
    for (const path of await files('full-marks', rows)) {
      const run = await graded(path, ENTERPRISE);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => [r.kept?.企业名称, r.grade])).toEqual([
        ['甲公司', 'excellence'],
        ['乙公司', 'assurance'],
        ['满分科技有限公司', 'excellence'],
      ]);
      expect(run.stderr).toMatch(
        /summary or full-marks rows, skipped whatever their values: (lines|sheet rows) 2 "满分", 3 "权重（%）", 4 "Full marks"/,
      );
    }
    // 满分 under 序号 (the first column): skipped as well, and 企业名称 stays the kept column.
    const under = join(temp(), 'under-number.csv');
    writeFileSync(
      under,
      `${['序号', '企业名称', ...ITEMS].join(',')}\n${['满分', '', ...scores('100')].join(',')}\n${['1', '甲公司', ...scores('90')].join(',')}\n`,
    );
    const run = await graded(under, ENTERPRISE);
    expect(run.results.map((r) => [r.kept?.企业名称, r.grade])).toEqual([['甲公司', 'excellence']]);
    expect(run.stderr).toContain('line 2 "满分"');
  });

  it('W2: a statistics block with units after its words, abbreviations and rates is skipped, every line', async () => {
    const header = ['样品编号', ...REBAR_LABELS];
    const words = [
      '平均值（MPa）',
      '平均值/MPa',
      '合格率/%',
      'Avg',
      'Std',
      'σ',
      's',
      'x̄',
      '达标率',
      '合计（共2台）',
    ];
    const rows = [
      header,
      // A sample named s, first: no statistics line above it, so a sample.
      ['s', ...CONFORMING_BAR],
      ['B1', ...CONFORMING_BAR],
      ...words.map((w) => [w, '', '', '455']),
    ];
    for (const path of await files('statistics', rows)) {
      const run = await graded(path, REBAR);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['s', 'B1']);
      expect(run.stderr).toContain(`skipped ${words.length} rows`);
    }
  });

  it('W14: 平均值 / 最小值 under 牌号 (the first column) with the sample id empty are summary rows', async () => {
    const [grade, ...rest] = CONFORMING_BAR;
    const stats = (word: string) => [word, '', ...rest.slice(1, 5), ...rest.slice(5).map(() => '')];
    const rows = [
      [...REBAR_LABELS, '样品编号'],
      [grade!, ...rest, 'B1'],
      [grade!, ...rest, 'B2'],
      [...stats('平均值'), ''],
      [...stats('最小值'), ''],
      // With a sample id, it is a sample whose designation is wrong: shown invalid, not hidden.
      [...stats('平均值'), 'B3'],
    ];
    for (const path of await files('grade-first', rows)) {
      const run = await graded(path, REBAR);
      expect(run.code).toBe(1);
      expect(run.results.map((r) => [r.kept?.样品编号, r.errors === undefined])).toEqual([
        ['B1', true],
        ['B2', true],
        ['B3', false],
      ]);
      expect(run.stderr).toMatch(
        /summary rows, skipped whatever their values: (lines|sheet rows) 4 "平均值", 5 "最小值"/,
      );
    }
    // The sample ids first, empty on the statistics rows: the same.
    const first = join(temp(), 'id-first.csv');
    writeFileSync(
      first,
      `${['样品编号', ...REBAR_LABELS].join(',')}\nB1,${CONFORMING_BAR.join(',')}\n,${stats('平均值').join(',')}\n`,
    );
    const run = await graded(first, REBAR);
    expect(run.code).toBe(0);
    expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['B1']);
  });
});

describe.concurrent('units rows are not records (hostile-24 W12, newcomer-24 F1, committee-24 F1)', () => {
  const AC = 'home-appliances/room-air-conditioner-energy';
  const AC_HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];

  it('W12: a units row in mid-table with no header above it: another unit is the unit error, the same one skipped', async () => {
    const rows = (unit: string) => [
      AC_HEADER,
      ['', '', 'W', 'W·h/(W·h)'],
      ['S1', '热泵型', '3500', '5.1'],
      ['', '', unit, 'W·h/(W·h)'],
      ['S2', '热泵型', '7200', '4.3'],
    ];
    for (const path of await files('kw', rows('kW'))) {
      const run = await graded(path, AC);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /(line|row) 4 \(the units under the header\) gives column 3 \("额定制冷量 CC"\) the unit kW/,
      );
    }
    for (const path of await files('w', rows('W'))) {
      const run = await graded(path, AC);
      expect(run.code).toBe(0);
      expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['S1', 'S2']);
    }
    // A record with its sample id and no numbers is still a record.
    const rec = join(temp(), 'record.csv');
    writeFileSync(rec, `${AC_HEADER.join(',')}\nS1,热泵型,3500,5.1\nS2,,kW,\n`);
    const run = await graded(rec, AC);
    expect(run.code).toBe(1);
    expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['S1', 'S2']);
  });

  it('committee-24 F1 in CSV: a merged KV2 heading over two empty cells, the units row numbering 1/2/3, reads three specimens', async () => {
    const steel = join(temp(), 'kv2.csv');
    writeFileSync(
      steel,
      [
        '样品编号,牌号,质量等级,公称厚度,上屈服强度 ReH,抗拉强度 Rm,冲击试验温度,冲击吸收能量 KV2(J),,,碳 C,锰 Mn,磷 P,硫 S',
        ',,,mm,MPa,MPa,°C,1,2,3,%,%,%,%',
        'GB001,Q355,B,17,364,528,20,38,36,32,0.18,1.26,0.021,0.01',
        'GB002,Q355,B,17,364,528,20,38,36,32,0.18,1.26,0.021,0.01',
      ].join('\n'),
    );
    const run = await graded(steel, 'steel/low-alloy-structural-steel');
    expect(run.results.map((r) => r.kept?.样品编号)).toEqual(['GB001', 'GB002']);
    expect(JSON.stringify(run.results)).not.toContain('needs 3 specimen');
    expect(run.results.every((r) => r.errors === undefined)).toBe(true);
  });
});
