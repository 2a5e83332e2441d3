import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSetComparison } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const RB = [
  'steel/hot-rolled-ribbed-bar',
  'examples/hot-rolled-ribbed-bar-2024-draft.yaml',
  'examples/steel-rebar.json',
];

/** The figures every format must give for the rebar draft: 12 records, row 6 drops out, 1 invalid under both. */
const FIGURES = { total: 12, unchanged: 11, changed: 1, up: 0, down: 1 };
const SIDES = {
  graded: [7, 6],
  'not-graded': [5, 6],
  'invalid-record': [1, 1],
  'out-of-scope': [0, 0],
  'below-lowest-grade': [4, 5],
};

describe.concurrent('qgrade compare: every format names the same causes and gives the same figures', () => {
  it('JSON keeps both limits that moved in `criteria` (its documented contract)', async () => {
    const { stdout } = await cli.run(['compare', '-f', 'json', ...RB]);
    const json = JSON.parse(stdout) as RuleSetComparison;
    expect(json.changes.map((c) => [c.row, c.criteria])).toEqual([
      [6, ['mass-deviation-lower', 'mass-deviation-upper']],
    ]);
    expect(json).toMatchObject({ total: FIGURES.total, changed: FIGURES.changed });
  });

  it('table: the cause, its diff entry, the limit that moved without changing the outcome apart, and the figures', async () => {
    const { stdout, stderr } = await cli.run(['--lang', 'zh', 'compare', ...RB]);
    // How sure each side's figures are, under which rule set is which (committee-24 F14).
    expect(stdout.split('\n')[2]).toMatch(/^A：数值来源：/);
    expect(stdout.split('\n')[3]).toMatch(/^B：数值来源：/);
    expect(stdout).toContain(
      [
        // One grade: a record below it is 不合格, as `grade` shows it (committee-29 M3).
        'A ↓  B →  合格  不合格  无效  合计',
        '合格         6       1     0     7',
        '不合格       0       4     0     4',
        '无效         0       0     1     1',
        '合计         6       5     1    12',
        '',
        '共 12 条记录：等级不变 11 条（含记录无效 1 条），等级变化 1 条（升高 0 条，降低 1 条）',
        // Conforming and nonconforming apart, not "不分级 4 条（不合格 4 条）" (committee-39 M4).
        'A 下：合格 7 条，不合格 4 条，无效 1 条',
        'B 下：合格 6 条，不合格 5 条，无效 1 条',
        '',
        // Each side's records per grade, side by side (committee-27 F1): 7/12 = 58.3 %, 6/12 = 50.0 %.
        '各等级记录数（A 与 B 对照）：',
        '  等级    A 下记录数  A 下占比  B 下记录数  B 下占比',
        '  合格             7     58.3%           6     50.0%',
        '  不合格           4     33.3%           5     41.7%',
        '  无效             1      8.3%           1      8.3%',
        '  合计            12    100.0%          12    100.0%',
        // 58.3 + 33.3 + 8.3 = 99.9: each share rounded by itself (committee-33 F3).
        '  占比各自修约到 0.1%（GB/T 8170），其和可与 100.0% 相差零点几',
        '',
        '最常引起等级变化的要求：',
        '  要求        编号                  引起变化的记录数  其中仅因此项',
        '  重量负偏差  mass-deviation-lower                 1             1',
        '  一条记录若因多项要求变化，在每项下各计一次，各项之和可多于变化的记录数；“其中仅因此项”是只因这一项要求而变化的记录数',
        '',
        '各处规则集变更引起等级变化的记录数：',
        '  引起变化的记录数  其中仅因此处  规则集变更',
        '                 1             1  表“重量允许偏差（按公称直径）”（massTolerance）行“[22, 50]”列“lower”：-4.0 % → -3.5 %，更严（影响 mass-deviation-lower）',
        '  一条记录若因多处变更变化，在每处下各计一次；规则集的比较方法（comparison）改变计为一处，不分摊到它改变的各项要求',
        '',
        '第 6 条（24-0313-B）：合格 → 不合格  重量负偏差',
        '    限值取决于：公称直径 d = 50 mm',
        '    重量负偏差：-3.6 %，A ≥ -4.0 % ✓ → B ≥ -3.5 % ✗',
        '    ← 表“重量允许偏差（按公称直径）”（massTolerance）行“[22, 50]”列“lower”：-4.0 % → -3.5 %，更严（影响 mass-deviation-lower）',
        '    限值变了、结果未变：重量正偏差',
      ].join('\n'),
    );
    expect(stdout).not.toContain('[upper]');
    expect(stderr).toContain(
      '共 12 条记录，等级变化 1 条（升高 0 条，降低 1 条）；A 下无效 1 条，B 下无效 1 条',
    );
  });

  it('HTML: the same figures, and the upper limit neither a cause nor counted as one', async () => {
    const out = join(temp(), 'compare.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', out, ...RB]);
    const html = readFileSync(out, 'utf8');
    for (const [key, value] of Object.entries(FIGURES))
      expect(html).toMatch(new RegExp(`<li data-summary="${key}">[^<]*<b>${value}</b>`));
    for (const [key, [a, b]] of Object.entries(SIDES))
      expect(html).toMatch(
        new RegExp(
          `<tr data-summary="${key}"><th[^>]*>[^<]+</th><td class="n">${a}</td><td class="n">${b}</td></tr>`,
        ),
      );
    // No veto failed under either: no "否决项不合格 0 0" row (committee-29).
    expect(html).not.toContain('data-summary="gate-failed"');
    expect(html).toMatch(/<li data-summary="unchangedInvalid">其中记录无效（A 或 B 下）<b>1<\/b>/);
    // The unchanged card says it holds them, and every card's share has one decimal (committee-36 M8): 11 of 12,
    // none moved up.
    expect(html).toContain('<li data-summary="unchanged">等级不变（含记录无效）<b>11</b>91.7%</li>');
    expect(html).toContain('<li data-summary="up">等级升高<b>0</b>0.0%</li>');
    expect(html).toContain('<tr data-summary="not-graded"><th>无等级（含无效记录）</th>');
    const most = html.slice(
      html.indexOf('<h2>最常引起等级变化的要求</h2>'),
      html.indexOf('<h2>规则集 A → B 的差异</h2>'),
    );
    expect(most).toContain('mass-deviation-lower');
    expect(most).not.toContain('mass-deviation-upper');
    const row = /<tr data-row="6">(.*?)<\/tr>/.exec(html)![1]!;
    const [causes, limitOnly] = row.split('限值变了、结果未变');
    expect(causes).toContain('data-criterion="mass-deviation-lower"');
    expect(causes).not.toContain('mass-deviation-upper');
    expect(limitOnly).toContain('data-criterion="mass-deviation-upper"');
    expect(html).toContain('<th class="n">合格</th>');
  });

  it('XLSX: the same figures and grade labels, and the cause apart from the limit that only moved', async () => {
    const out = join(temp(), 'compare.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', out, ...RB]);
    const [matrix, changes] = await readBack(readFileSync(out));
    // The record invalid under both in a 无效 row and column, as `grade` counts it: 不合格 holds the 4 below the one grade.
    expect(matrix!.rows.slice(0, 5)).toEqual([
      ['A ↓  B →', '合格', '不合格', '无效', '合计'],
      ['合格', 6, 1, 0, 7],
      ['不合格', 0, 4, 0, 4],
      ['无效', 0, 0, 1, 1],
      ['合计', 6, 5, 1, 12],
    ]);
    // The last row of a label: "不分级" also names the matrix's last row.
    const value = (label: string) => matrix!.rows.findLast((r) => String(r[0]).trim() === label)?.slice(1);
    expect(value('记录总数')).toEqual([12]);
    expect(value('等级不变（含记录无效）')).toEqual([11]);
    // The record invalid under both is among the unchanged; --tally-by counts it as invalid: said here.
    expect(value('其中记录无效（A 或 B 下）')).toEqual([1]);
    expect(value('等级变化')).toEqual([1]);
    expect(value('等级升高')).toEqual([0]);
    expect(value('等级降低')).toEqual([1]);
    expect(value('已分级')).toEqual(SIDES.graded);
    expect(value('无等级（含无效记录）')).toEqual(SIDES['not-graded']);
    expect(value('记录无效')).toEqual(SIDES['invalid-record']);
    // A one-grade rule set's records below it: 不合格, as in the matrix (committee-29).
    const sideRow = (label: string) =>
      matrix!.rows.find((r) => r.length === 3 && String(r[0]).trim() === label)?.slice(1);
    expect(sideRow('不合格')).toEqual(SIDES['below-lowest-grade']);
    expect(value('未达最低等级')).toBeUndefined();
    expect(value('否决项不合格')).toBeUndefined();
    expect(matrix!.rows.find((r) => r[0] === 'A')![1]).toMatch(
      /^steel\/hot-rolled-ribbed-bar \d+\.\d+\.\d+（.*）$/,
    );
    expect(changes!.rows).toEqual([
      [
        'batch',
        '序号',
        'A 的等级',
        'B 的等级',
        '限值取决于',
        '引起变化的要求',
        '要求编号',
        '限值变了、结果未变',
        '测定值与 A、B 下的限值',
      ],
      // The measured value and both limits with their outcomes, as the HTML shows them: -3.6 meets ≥ -4.0, not ≥ -3.5.
      [
        '24-0313-B',
        6,
        '合格',
        '不合格',
        // The mass tolerance's row: by nominal diameter.
        '公称直径 d = 50 mm',
        '重量负偏差',
        'mass-deviation-lower',
        '重量正偏差',
        // And the rule-set change that moved it, as the text prints it (enterprise-25 F3).
        '重量负偏差：-3.6 %，A ≥ -4.0 % ✓ → B ≥ -3.5 % ✗\n← 表“重量允许偏差（按公称直径）”（massTolerance）行“[22, 50]”列“lower”：-4.0 % → -3.5 %，更严（影响 mass-deviation-lower）',
      ],
    ]);
  });
});
