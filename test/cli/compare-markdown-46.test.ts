/**
 * `compare -f markdown` (committee-46): with --group-by the groups' comparison as tables, the headline saying where
 * they are, and `-o notes.md`. Figures by hand from examples/cement-lot-samples.csv and the draft
 * (examples/cement-lot-grade-draft.yaml tightens the 28-day strength CV: 优等品 ≤ 3.0 → ≤ 1.5 %, 一等品 ≤ 4.0 → ≤ 3.5 %):
 * lot 2026-10 (rows 1–8) at CV 1.9 % meets 3.0 and misses 1.5, 优等品 → 一等品; lot 2026-11 (rows 9–16) at 3.8 %
 * meets 4.0 and misses 3.5, 一等品 → 合格品; the third lot is 合格品 under both.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { rowOf, tableUnder } from './markdown-tables';

const cli = useCli();
const temp = useTempDir();

const LOTS = [
  'building-materials/cement-lot-grade',
  'examples/cement-lot-grade-draft.yaml',
  'examples/cement-lot-samples.csv',
];

describe.concurrent('compare -f markdown --group-by: the groups as tables (committee-46)', () => {
  it('zh: the groups’ matrix, figures, requirement counts, changes per edit and each changed group', async () => {
    const { stdout, code } = await cli.run([
      '--lang',
      'zh',
      'compare',
      '-f',
      'markdown',
      '--group-by',
      'lot',
      ...LOTS,
    ]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('```');
    const section = stdout.slice(stdout.indexOf('## 按“lot”分组比较'));
    const matrix = tableUnder(section, '## 按“lot”分组比较');
    expect(rowOf(matrix, '优等品')).toMatchObject({ 一等品: '1', 合计: '1' });
    expect(rowOf(matrix, '一等品')).toMatchObject({ 合格品: '1', 合计: '1' });
    expect(rowOf(matrix, '合格品')).toMatchObject({ 合格品: '1' });
    expect(rowOf(matrix, '合计')).toMatchObject({ 优等品: '0', 一等品: '1', 合格品: '2', 合计: '3' });
    expect(section).toContain('\n- 共 3 组，等级变化 2 组（升高 0 组，降低 2 组）\n- A 下：已分级 3 组');
    const counts = tableUnder(section, '### 结果有变化的组要求（所有组）');
    expect(rowOf(counts, '28 天抗压强度变异系数（优等品）')).toEqual({
      组要求: '28 天抗压强度变异系数（优等品）',
      'A 下满足、B 下不满足的组': '1',
      'A 下不满足、B 下满足的组': '0',
      其中因此等级变化的组: '1',
    });
    const byChange = tableUnder(section, '### 各处规则集变更引起等级变化的组数');
    expect(byChange[1]).toEqual([
      '要求“28 天抗压强度变异系数（一等品）”（cv-28d-first）的限值：≤ 4.0 → ≤ 3.5，更严',
      '1',
      '1',
    ]);
    const moved = tableUnder(section, '### 等级变化的组（2 组）');
    const first = rowOf(moved, '2026-10 42.5');
    expect(first).toMatchObject({ 序号: '1–8', 'A 下': '优等品', 'B 下': '一等品' });
    expect(first.引起变化的要求).toBe('28 天抗压强度变异系数（优等品）');
    const lines = first.说明!.split('<br>');
    expect(lines[0]).toMatch(/^A：28 天抗压强度变异系数 1\.9 %，要求 ≤ 3\.0：满足；/u);
    expect(lines[1]).toMatch(/^B：28 天抗压强度变异系数 1\.9 %，要求 ≤ 1\.5：不满足；/u);
    expect(rowOf(moved, '2026-11 42.5')).toMatchObject({ 序号: '9–16', 'A 下': '一等品', 'B 下': '合格品' });
  });

  it('the headline at the top says the groups’ section is the last one, by its heading', async () => {
    const [zh, en] = await Promise.all([
      cli.run(['--lang', 'zh', 'compare', '-f', 'markdown', '--group-by', 'lot', ...LOTS]),
      cli.run(['--lang', 'en', 'compare', '-f', 'markdown', '--group-by', 'lot', ...LOTS]),
    ]);
    const zhLines = zh.stdout.split('\n');
    const where = '（各组的矩阵、不分级的组和变化原因见文末一节“按“lot”分组比较”）';
    expect(zhLines.indexOf(where)).toBeLessThan(zhLines.indexOf('## 等级迁移矩阵'));
    expect(zh.stdout).not.toContain('见逐条记录之后');
    // The section it names is there, and last.
    const last = zhLines.filter((l) => l.startsWith('## ')).at(-1);
    expect(last).toBe('## 按“lot”分组比较');
    expect(en.stdout).toContain(
      `(the groups' matrix, the groups not graded and why each changed: the last section, "Groups by lot")`,
    );
    expect(
      en.stdout
        .split('\n')
        .filter((l) => l.startsWith('## '))
        .at(-1),
    ).toBe('## Groups by lot');
    const moved = tableUnder(en.stdout, '### Groups whose grade changed (2)');
    expect(moved[0]).toEqual(['Group', 'Rows', 'Under A', 'Under B', 'Criteria that moved it', 'Details']);
    expect(rowOf(moved, '2026-11 42.5')).toMatchObject({ Rows: '9–16' });
  });
});

describe.concurrent('compare -f markdown -o (committee-46)', () => {
  it('-o notes.md writes what stdout would show, and only that', async () => {
    const file = join(temp(), 'notes.md');
    const [written, shown] = await Promise.all([
      cli.run(['--lang', 'zh', 'compare', '-f', 'markdown', '-o', file, '--group-by', 'lot', ...LOTS]),
      cli.run(['--lang', 'zh', 'compare', '-f', 'markdown', '--group-by', 'lot', ...LOTS]),
    ]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(shown.stdout);
  });

  it('refuses a name not ending .md, an input, and -o with table or json, before reading a record', async () => {
    const txt = join(temp(), 'notes.txt');
    const wrong = await cli.run(['compare', '-f', 'markdown', '-o', txt, ...LOTS]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`-f markdown writes a .md file: name it .md (got "${txt}")`);
    expect(existsSync(txt)).toBe(false);
    const zh = await cli.run(['--lang', 'zh', 'compare', '-f', 'markdown', '-o', txt, ...LOTS]);
    expect(zh.stderr).toContain('-f markdown 生成 .md 文件，请以 .md 结尾命名');
    // A Markdown file given as an input (here the records' mapping file) is not replaced.
    const map = join(temp(), 'map.md');
    writeFileSync(map, 'lot,lot\n');
    const input = await cli.run(['compare', '-f', 'markdown', '-o', map, '--map-file', map, ...LOTS]);
    expect(input.code).toBe(2);
    expect(input.stderr).toContain(`-o ${map} is the input ${map}`);
    expect(readFileSync(map, 'utf8')).toBe('lot,lot\n');
    const json = await cli.run(['compare', '-f', 'json', '-o', join(temp(), 'x.json'), ...LOTS]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain('-o is for -f markdown or xlsx or html; format "json" prints to stdout');
  });
});
