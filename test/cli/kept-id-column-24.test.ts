/**
 * The sample-id column found without `--keep` (hostile-24 W11, M2): a column headed as a sample id
 * (样品编号, 编号, Sample ID) is kept before a 序号 and a name column; a name column is kept only when no
 * id column exists (the enterprise 汇总表 of enterprise-23 W12). And a column kept because qgrade found
 * it is still looked at by value: `产品名称` = `移动空调` says the unit is mobile, whatever is kept.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, gradeFile, loadRuleSet } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const HEAD = ['样品编号', '产品名称', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF'];
const OUT_OF_SCOPE = [
  ['S-001', '移动空调', '热泵型', '3500', '5.1'],
  ['S-002', '窗式空调', '热泵型', '3500', '5.1'],
  ['S-003', '多联机', '热泵型', '3500', '5.1'],
];
const withSequence = (rows: string[][]) => rows.map((r, i) => [String(i + 1), ...r]);

async function graded(csv: string, ...args: string[]) {
  const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ...args, '-'], {
    input: csv,
  });
  const results = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as GradeResult);
  return { ...run, results };
}

const csvOf = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

describe('a 序号 column does not switch the unread-value check off (W11)', () => {
  it('序号, 样品编号, 产品名称 = 移动空调 / 窗式空调 / 多联机: 样品编号 kept, each record invalid, exit 1', async () => {
    const run = await graded(csvOf([['序号', ...HEAD], ...withSequence(OUT_OF_SCOPE)]));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('keeping column "样品编号"');
    expect(run.results.map((r) => [r.grade, r.kept?.样品编号, r.errors?.[0]?.field])).toEqual([
      [null, 'S-001', 'unitConfiguration'],
      [null, 'S-002', 'unitConfiguration'],
      [null, 'S-003', 'unitConfiguration'],
    ]);
    // The same sheet without 序号 grades alike.
    const without = await graded(csvOf([HEAD, ...OUT_OF_SCOPE]));
    expect(without.results.map((r) => [r.grade, r.kept])).toEqual(run.results.map((r) => [r.grade, r.kept]));
  });

  it('序号, 产品名称 and no id column: 产品名称 is kept (the name rule) and still looked at by value', async () => {
    const rows = [['序号', ...HEAD.slice(1)], ...withSequence(OUT_OF_SCOPE.map((r) => r.slice(1)))];
    const run = await graded(csvOf(rows));
    expect(run.stderr).toContain('keeping column "产品名称"');
    expect(run.code).toBe(1);
    expect(run.results.map((r) => [r.grade, r.kept?.产品名称, r.errors?.[0]?.field])).toEqual([
      [null, '移动空调', 'unitConfiguration'],
      [null, '窗式空调', 'unitConfiguration'],
      [null, '多联机', 'unitConfiguration'],
    ]);
  });

  it('--keep 产品名称, named: the user says what the column is, and it is let be (graded)', async () => {
    const run = await graded(csvOf([['序号', ...HEAD], ...withSequence(OUT_OF_SCOPE)]), '--keep', '产品名称');
    expect(run.code).toBe(0);
    expect(run.results.map((r) => r.grade)).toEqual(['1', '1', '1']);
  });

  it('the library (gradeFile, no options) and the CLI agree, in CSV and .xlsx', async () => {
    const rows = [['序号', ...HEAD], ...withSequence(OUT_OF_SCOPE)];
    const csv = join(temp(), 'kn1.csv');
    writeFileSync(csv, csvOf(rows));
    const xlsx = join(temp(), 'kn1.xlsx');
    writeFileSync(
      xlsx,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('抽检');
        for (const r of rows) ws.addRow(r);
      }),
    );
    const grader = createGrader(await loadRuleSet(AC));
    for (const path of [csv, xlsx]) {
      const library: unknown[] = [];
      for await (const r of gradeFile(grader, path)) library.push([r.row, r.grade, r.errors?.[0]?.field]);
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', path]);
      const fromCli = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as GradeResult)
        .map((r) => [r.row, r.grade, r.errors?.[0]?.field]);
      expect(fromCli).toEqual(library);
      expect(library).toEqual([
        [1, null, 'unitConfiguration'],
        [2, null, 'unitConfiguration'],
        [3, null, 'unitConfiguration'],
      ]);
    }
  });
});

describe('an id column is kept before a 序号 and a name column (M2)', () => {
  const models = [
    ['S-001', '格力KFR-35GW', '热泵型', '3500', '5.1'],
    ['S-002', '美的KFR-26GW', '热泵型', '3500', '4.6'],
    ['S-003', '海尔KFR-72LW', '热泵型', '3500', '4.6'],
  ];
  it.each([
    ['序号, 样品编号, 产品名称', ['序号', '样品编号', '产品名称'], [0, 1, 2]],
    ['序号, 样品名称, 样品编号', ['序号', '样品名称', '样品编号'], [0, 2, 1]],
    ['序号, 受检单位, 编号', ['序号', '受检单位', '编号'], [0, 2, 1]],
    ['序号, 产品名称, Sample ID', ['序号', '产品名称', 'Sample ID'], [0, 2, 1]],
  ])('%s: the id column is kept', async (_, head, order) => {
    const rows = [
      [...head, ...HEAD.slice(2)],
      ...models.map((m, i) => {
        const own = [String(i + 1), m[0]!, m[1]!];
        return [...order.map((o) => own[o]!), ...m.slice(2)];
      }),
    ];
    const run = await graded(csvOf(rows));
    const id = head.find((h) => /编号|ID/u.test(h))!;
    expect(run.stderr).toContain(`keeping column "${id}"`);
    expect(run.results.map((r) => Object.values(r.kept ?? {}))).toEqual([['S-001'], ['S-002'], ['S-003']]);
    expect(run.code).toBe(0);
  });

  it('an id column whose values repeat is passed over, as before: 序号 then gives way to a name column', async () => {
    const run = await graded(
      csvOf([
        ['序号', '编号', '企业名称', ...HEAD.slice(2)],
        ['1', 'A', '甲厂', '热泵型', '3500', '5.1'],
        ['2', 'A', '乙厂', '热泵型', '3500', '4.6'],
      ]),
    );
    expect(run.stderr).toContain('keeping column "企业名称"');
  });
});

// fix-input3-33: a model identifies the sample, the running number only its row: 型号 is kept before 序号, and before
// a name column (生产企业 repeats across a maker's models).
describe('序号 and 型号: the model is kept', () => {
  it.each([[['序号', '型号']], [['序号', '规格型号']], [['序号', '生产企业', '型号']], [['No.', 'Model']]])(
    '%j: the model column is kept',
    async (head) => {
      const rows = [
        [...head, ...HEAD.slice(2)],
        ...['KFR-35GW', 'KFR-26GW', 'KFR-72LW'].map((model, i) => [
          String(i + 1),
          ...(head.length === 3 ? ['格力'] : []),
          model,
          '热泵型',
          '3500',
          '5.1',
        ]),
      ];
      const run = await graded(csvOf(rows));
      expect(run.stderr).toContain(`keeping column "${head.at(-1)}"`);
      expect(run.results.map((r) => Object.values(r.kept ?? {}))).toEqual([
        ['KFR-35GW'],
        ['KFR-26GW'],
        ['KFR-72LW'],
      ]);
    },
  );

  it('a sample-id column is still kept before the model; a model that repeats leaves 序号 kept', async () => {
    const both = await graded(
      csvOf([
        ['序号', '型号', '样品编号', ...HEAD.slice(2)],
        ['1', 'KFR-35GW', 'S-1', '热泵型', '3500', '5.1'],
        ['2', 'KFR-26GW', 'S-2', '热泵型', '3500', '4.6'],
      ]),
    );
    expect(both.stderr).toContain('keeping column "样品编号"');
    const repeated = await graded(
      csvOf([
        ['序号', '型号', ...HEAD.slice(2)],
        ['1', 'KFR-35GW', '热泵型', '3500', '5.1'],
        ['2', 'KFR-35GW', '热泵型', '3500', '4.6'],
      ]),
    );
    expect(repeated.stderr).toContain('keeping column "序号"');
  });
});

describe('an earlier column that is neither 序号 nor a name is kept as before', () => {
  it('型号, 样品编号: 型号 is kept', async () => {
    const run = await graded(
      csvOf([
        ['型号', '样品编号', ...HEAD.slice(2)],
        ['KFR-35GW', 'S-1', '热泵型', '3500', '5.1'],
        ['KFR-26GW', 'S-2', '热泵型', '3500', '4.6'],
      ]),
    );
    expect(run.stderr).toContain('keeping column "型号"');
  });

  it('产品名称, 样品编号 (no 序号): the id column is kept before the name', async () => {
    const run = await graded(
      csvOf([
        ['产品名称', '样品编号', ...HEAD.slice(2)],
        ['分体空调A', 'S-1', '热泵型', '3500', '5.1'],
        ['分体空调B', 'S-2', '热泵型', '3500', '4.6'],
      ]),
    );
    expect(run.stderr).toContain('keeping column "样品编号"');
  });
});
