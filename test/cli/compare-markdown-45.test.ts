/**
 * `compare -f markdown`: the comparison's tables as GitHub-flavoured Markdown for a committee's meeting notes
 * (committee-45). Figures by hand from examples/air-conditioners-zh.xlsx and the draft
 * (examples/room-air-conditioner-energy-draft.yaml raises the heat-pump ≤ 4500 W grade-2 APF from 4.50 to 4.70):
 * KFR-35GW/B3 (row 2, heat pump, 3500 W, APF 4.62) meets 4.50 and misses 4.70, so it alone moves, 2 → 3; the other
 * nine keep their grade (one invalid under both: APF missing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/resolve/load-rule-set';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';
import { rowOf, tableUnder } from './markdown-tables';

const cli = useCli();
const temp = useTempDir();

const BUNDLED = 'home-appliances/room-air-conditioner-energy';
const DRAFT = 'examples/room-air-conditioner-energy-draft.yaml';
const ARGS = [
  'compare',
  '-f',
  'markdown',
  '--tally-by',
  '机组类型',
  BUNDLED,
  DRAFT,
  'examples/air-conditioners-zh.xlsx',
];

describe.concurrent('qgrade compare -f markdown (committee-45)', () => {
  it('zh: the matrix, records per grade, the tally and the moved record as tables', async () => {
    const { code, stdout } = await cli.run(['--lang', 'zh', ...ARGS]);
    // One record is invalid under both: exit 1, as the table says it.
    expect(code).toBe(1);
    expect(stdout.startsWith('# 规则集对比\n')).toBe(true);
    const matrix = tableUnder(stdout, '## 等级迁移矩阵');
    expect(matrix[0]).toEqual([
      'A ↓  B →',
      '1级',
      '2级',
      '3级',
      '4级',
      '5级',
      '未达最低等级',
      '超出适用范围',
      '无效',
      '合计',
    ]);
    // Grade 2 under A: one stays (KF-26GW/E5, a cooling-only unit: its SEER limits did not change), one goes to 3.
    expect(rowOf(matrix, '2级')).toMatchObject({ '2级': '1', '3级': '1', 合计: '2' });
    expect(rowOf(matrix, '合计')).toMatchObject({ '2级': '1', '3级': '3', 无效: '1', 合计: '10' });
    const shares = tableUnder(stdout, '## 各等级记录数');
    expect(rowOf(shares, '3级')).toEqual({
      等级: '3级',
      'A 下记录数': '2',
      'A 下占比': '20.0%',
      'B 下记录数': '3',
      'B 下占比': '30.0%',
    });
    const moves = tableUnder(stdout, '## 按“机组类型”统计等级变化');
    expect(rowOf(moves, '热泵型')).toMatchObject({ 记录数: '7', 升高: '0', 降低: '1', 不变: '5' });
    expect(rowOf(moves, '单冷型')).toMatchObject({ 记录数: '3', 降低: '0', 不变: '3' });
    const outcomes = tableUnder(stdout, '### 按“机组类型”统计 A、B 下的结果');
    expect(rowOf(outcomes, '热泵型')).toMatchObject({ 'A 下2级': '1', 'B 下2级': '0', 'B 下3级': '3' });
    const moved = tableUnder(stdout, '## 等级变化的记录');
    expect(moved[0]).toEqual(['序号', 'A 下', 'B 下', '引起变化的要求', '说明']);
    expect(moved).toHaveLength(2);
    const row = rowOf(moved, '2（KFR-35GW/B3）');
    expect(row).toMatchObject({
      'A 下': '2级',
      'B 下': '3级',
      引起变化的要求: '全年能源消耗效率 APF（2级）',
    });
    // Each line under the record in the text is a line of its cell.
    expect(row.说明!.split('<br>')).toContain('全年能源消耗效率 APF（2级）：4.62，A ≥ 4.50 ✓ → B ≥ 4.70 ✗');
    expect(stdout).toMatch(/^## 无效记录 1 条\n\n- 第 10 条（KFR-35GW\/H0）：A、B 下均无效：/mu);
  });

  it('en: the same tables in English', async () => {
    const { stdout } = await cli.run(['--lang', 'en', ...ARGS]);
    expect(stdout.startsWith('# Rule set comparison\n')).toBe(true);
    const matrix = tableUnder(stdout, '## Migration matrix');
    expect(rowOf(matrix, 'Grade 2')).toMatchObject({ 'Grade 2': '1', 'Grade 3': '1', Total: '2' });
    const moved = tableUnder(stdout, '## Records whose grade changed (1)');
    expect(moved[0]).toEqual(['Row', 'Under A', 'Under B', 'Criteria that moved it', 'Details']);
    expect(rowOf(moved, '2 (KFR-35GW/B3)')).toMatchObject({ 'Under A': 'Grade 2', 'Under B': 'Grade 3' });
    expect(rowOf(tableUnder(stdout, '## Moves by 机组类型'), 'Heat pump')).toMatchObject({
      Records: '7',
      Down: '1',
    });
  });

  it('a | or a bracket in a record’s value stays in its cell, as text', async () => {
    const records = [
      { model: 'A|B [x](http://e.example)', unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 },
    ];
    const { stdout } = await cli.run(
      ['--lang', 'zh', 'compare', '-f', 'markdown', '--keep', 'model', BUNDLED, DRAFT, '-'],
      { input: JSON.stringify(records) },
    );
    const moved = tableUnder(stdout, '## 等级变化的记录');
    expect(moved[1]![0]).toBe('1（A\\|B \\[x\\](http://e.example)）');
    expect(moved[1]).toHaveLength(5);
  });
});

describe.concurrent('qgrade compare -f markdown --group-by (committee-45)', () => {
  it('the groups’ headline leads, as in the table; their comparison closes', async () => {
    const args = [
      'compare',
      '--group-by',
      'lot',
      'building-materials/cement-lot-grade',
      'examples/cement-lot-grade-draft.yaml',
      'examples/cement-lot-samples.csv',
    ];
    const [md, text] = await Promise.all([
      cli.run(['--lang', 'zh', ...args.slice(0, 1), '-f', 'markdown', ...args.slice(1)]),
      cli.run(['--lang', 'zh', ...args]),
    ]);
    const textLines = text.stdout.split('\n');
    const head = textLines.slice(
      0,
      textLines.findIndex((x) => x.startsWith('A：')),
    );
    expect(head[0]).toMatch(/^按“lot”分组：共 \d+ 组/u);
    const mdLines = md.stdout.split('\n');
    const matrixAt = mdLines.indexOf('## 等级迁移矩阵');
    // Each headline line before the records' matrix: a changed group as an item of a list. Its last line says
    // where the groups' section is, in each its own words (committee-46).
    for (const line of head.filter((l) => l.trim() !== '').slice(0, -1)) {
      const at = mdLines.findIndex((l) => l.replace(/^- /u, '') === line.trim());
      expect(at, line).toBeGreaterThan(0);
      expect(at).toBeLessThan(matrixAt);
    }
    // The groups' comparison closes, as tables since committee-46 (compare-markdown-46 checks their cells).
    const groupsAt = mdLines.indexOf('## 按“lot”分组比较');
    expect(groupsAt).toBeGreaterThan(matrixAt);
    expect(mdLines.slice(groupsAt + 1).some((l) => l.startsWith('## '))).toBe(false);
  });
});

describe.concurrent('compare names a bundled rule set as given, not by its install path (committee-45)', () => {
  it('text and Markdown: `id version（内置规则集）`; a rule file by its path', async () => {
    const a = await loadRuleSet(BUNDLED);
    const text = await cli.run(['--lang', 'zh', ...ARGS.filter((x) => x !== '-f' && x !== 'markdown')]);
    expect(text.stdout.split('\n')[0]).toBe(`A：${BUNDLED} ${a.version}（内置规则集）`);
    expect(text.stdout.split('\n')[1]).toMatch(
      /^B：home-appliances\/room-air-conditioner-energy \S+-draft（.*examples\/room-air-conditioner-energy-draft\.yaml）$/u,
    );
    expect(text.stdout).not.toContain(`rules/${BUNDLED}.yaml`);
    const md = await cli.run(['--lang', 'en', ...ARGS]);
    expect(md.stdout).toContain(`- **A**: ${BUNDLED} ${a.version} (bundled)\n`);
    expect(md.stdout).not.toContain(`rules/${BUNDLED}.yaml`);
  });

  it('the HTML report and the workbook: the bundled rule set as bundled, the draft by its file', async () => {
    const a = await loadRuleSet(BUNDLED);
    const dir = temp();
    const [html, xlsx] = [join(dir, 'c.html'), join(dir, 'c.xlsx')];
    const plain = ARGS.slice(3);
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, ...plain]);
    await cli.run(['--lang', 'en', 'compare', '-f', 'xlsx', '-o', xlsx, ...plain]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain(`<code>${BUNDLED}</code> 版本 ${a.version} （内置规则集）</p>`);
    expect(page).toMatch(
      /文件 <code data-file>[^<]*examples\/room-air-conditioner-energy-draft\.yaml<\/code>/u,
    );
    expect(page).not.toContain(`rules/${BUNDLED}.yaml`);
    const cells = (await readBack(readFileSync(xlsx))).flatMap((s) => s.rows.flat().map(String));
    expect(cells).toContain(`${BUNDLED} ${a.version} (bundled)`);
    expect(cells.some((c) => c.includes(`rules/${BUNDLED}.yaml`))).toBe(false);
  });

  it('diff likewise in text, Markdown and HTML; its JSON keeps the file', async () => {
    const a = await loadRuleSet(BUNDLED);
    const text = await cli.run(['--lang', 'en', 'diff', BUNDLED, DRAFT]);
    expect(text.stdout.split('\n')[0]).toBe(`A: ${BUNDLED} ${a.version} (bundled)`);
    const md = await cli.run(['--lang', 'zh', 'diff', '-f', 'markdown', BUNDLED, DRAFT]);
    expect(md.stdout).toContain(`- **A**：${BUNDLED} ${a.version}（内置规则集）\n`);
    const html = await cli.run(['--lang', 'en', 'diff', '-f', 'html', BUNDLED, DRAFT]);
    expect(html.stdout).toContain(`${BUNDLED} ${a.version} (bundled)`);
    const json = JSON.parse((await cli.run(['diff', '-f', 'json', BUNDLED, DRAFT])).stdout);
    expect(json.a.file).toMatch(/rules\/home-appliances\/room-air-conditioner-energy\.yaml$/u);
  });
});
