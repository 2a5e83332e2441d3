/**
 * enterprise-23 W11: an evaluation sheet carries the evaluator's own computed columns (dimension scores, 总分,
 * 等级) beside the items. They were ignored without a word, so a sheet whose 等级 said 卓越级 where qgrade
 * computes 预防级 passed unnoticed. Now they are recognised, never read, and checked: a notice on stderr, in the
 * HTML report and the workbook's summary, listing the rows that disagree; exit codes as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { SUPERIOR_CEMENT } from '../helpers';
import { exceljsWorkbook, rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';
const CEMENT = 'building-materials/cement-quality-grade';

let files = 0;
function csv(...lines: string[]): string {
  const path = join(temp(), `${++files}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const ITEMS = ENTERPRISE_ITEM_LABELS;
const DIMS = ['质量管理体系有效性', '质量管理数字化', '持续成功能力', '质量绩效'];
const HEADER = `企业名称,${ITEMS.join(',')},${DIMS.join(',')},总分,等级`;
/** Every item at `n`, the last three (质量绩效's: 2:1:1) as given; its own columns after them. */
function row(name: string, n: number, own: string, last: [number, number, number] = [n, n, n]): string {
  return `${name},${ITEMS.slice(0, -3)
    .map(() => n)
    .join(',')},${last.join(',')},${own}`;
}

describe.concurrent('W11: the sheet’s own computed columns are checked, not read', () => {
  it('all agree: one line says so (zh, en); results and exit code as without the columns', async () => {
    const path = csv(HEADER, row('甲', 85, '85,85,85,85,85,预防级'), row('乙', 95, '95,95,95,95,95,卓越级'));
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'ndjson', path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“质量管理体系有效性”、“质量管理数字化”、“持续成功能力”、“质量绩效”、“总分”、“等级”是计算结果，未作为输入读取，已与计算结果核对：一致',
    );
    expect(zh.stderr).not.toContain('不一致');
    const en = await cli.run(['grade', '-r', ENT, path]);
    expect(en.stderr).toContain(
      '"总分", "等级": computed results, not read as inputs; checked against qgrade\'s: they agree',
    );
    // The same grades as the sheet without its own columns: nothing of them is read.
    const bare = csv(
      `企业名称,${ITEMS.join(',')}`,
      ...['甲,85', '乙,95'].map((s) => {
        const [name, n] = s.split(',');
        return `${name},${ITEMS.map(() => n).join(',')}`;
      }),
    );
    const plain = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'ndjson', bare]);
    const grades = (out: string) =>
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).grade);
    expect(grades(zh.stdout)).toEqual(grades(plain.stdout));
    expect(grades(zh.stdout)).toEqual(['prevention', 'excellence']);
    expect(plain.stderr).not.toContain('计算结果');
  });

  it('a 等级 that says 卓越级 where qgrade computes 预防级 is named by 序号 and name (enterprise-25 F1), exit code unchanged', async () => {
    const path = csv(
      HEADER,
      row('甲', 85, '85,85,85,85,85,卓越级'),
      row('乙', 95, '95,95,95,95,95,卓越级'),
      row('丙', 85, '85,85,85,85,85,保证级'),
      row('丁', 85, '85,85,85,85,85,/'),
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“等级”与计算结果不一致 2 处（共核对 3 处；该列未作为输入读取）：序号 1 甲：卓越级 ≠ 预防级，序号 3 丙：保证级 ≠ 预防级',
    );
    const en = await cli.run(['grade', '-r', ENT, path]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      'column "等级" disagrees with the computed grade in 2 of 3 rows (the column is not read as an input): row 1 甲: 卓越级 ≠ Prevention, row 3 丙: 保证级 ≠ Prevention',
    );
  });

  it('scores compare at the precision the sheet shows: 64.38, 64.37, 64.4 and 64 are 64.375, 64.3 and 64.5 are not', async () => {
    // 质量绩效 = (69×2 + 59.5 + 60) / 4 = 64.375.
    const last: [number, number, number] = [69, 59.5, 60];
    const path = csv(
      HEADER,
      row('甲', 85, '85,85,85,64.38,,', last),
      row('乙', 85, '85,85,85,64.37,,', last),
      row('丙', 85, '85,85,85,64.375,,', last),
      row('丁', 85, '85,85,85,64.3,,', last),
      row('戊', 85, '85,85,85,64.5,,', last),
      row('庚', 85, '85,85,85,64.4,,', last),
      row('己', 85, '85,85,85,64,,', last),
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“质量绩效”与计算结果不一致 2 处（共核对 7 处；该列未作为输入读取）：序号 4 丁：64.3 ≠ 64.375，序号 5 戊：64.5 ≠ 64.375',
    );
    // Empty 总分 and 等级 cells are not compared: nothing is said of those columns.
    expect(zh.stderr).not.toMatch(/“总分”|“等级”/);
  });

  it('more than five disagreements: five listed, then …（另有 k 处）; invalid records are not compared', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 7; i++) lines.push(row(`企业${i}`, 85, '85,85,85,85,80,预防级'));
    lines.push(row('坏', 85, '85,85,85,85,10,卓越级').replace(',85,', ',abc,'));
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, csv(...lines)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '列“总分”与计算结果不一致 7 处（共核对 7 处；该列未作为输入读取）：序号 1 企业0：80 ≠ 85，序号 2 企业1：80 ≠ 85，序号 3 企业2：80 ≠ 85，序号 4 企业3：80 ≠ 85，序号 5 企业4：80 ≠ 85，…（另有 2 处）',
    );
    expect(run.stderr).toContain(
      '列“质量管理体系有效性”、“质量管理数字化”、“持续成功能力”、“质量绩效”、“等级”是计算结果',
    );
  });

  it('the score word and English headers are recognised: 质量绩效（分）, 总得分, Grade', async () => {
    const path = csv(
      `企业名称,${ITEMS.join(',')},质量绩效（分）,总得分,Grade`,
      `甲,${ITEMS.map(() => 85).join(',')},85,90,Excellence`,
    );
    const run = await cli.run(['grade', '-r', ENT, path]);
    expect(run.stderr).toContain('column "总得分" disagrees with the computed value in 1 of 1 rows');
    expect(run.stderr).toContain('row 1 甲: 90 ≠ 85');
    expect(run.stderr).toContain('column "Grade" disagrees with the computed grade in 1 of 1 rows');
    expect(run.stderr).toContain('row 1 甲: Excellence ≠ Prevention');
    expect(run.stderr).toContain('column "质量绩效（分）": computed results, not read as input; checked');
  });

  it('--workers 2 says the same as one thread', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 30; i++) lines.push(row(`企业${i}`, i % 2 ? 85 : 95, `85,85,85,85,85,预防级`));
    const path = csv(...lines);
    const one = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'csv', path]);
    const two = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'csv', '-w', '2', path]);
    const lineOf = (s: string) => s.split('\n').filter((l) => l.includes('计算结果'));
    expect(lineOf(two.stderr)).toEqual(lineOf(one.stderr));
    expect(lineOf(one.stderr).join('\n')).toContain('列“等级”与计算结果不一致 15 处（共核对 30 处');
    expect(two.stdout).toBe(one.stdout);
  });

  it('.xlsx in (number cells), HTML and .xlsx out: the notice is among the reading notices', async () => {
    const sheet = join(temp(), `${++files}.xlsx`);
    writeFileSync(
      sheet,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('汇总表');
        ws.addRow(['企业名称', ...ITEMS, '质量绩效', '总分', '等级']);
        ws.addRow(['甲', ...ITEMS.slice(0, -3).map(() => 85), 69, 59.5, 60, 64.375, 78.81, '卓越级']);
      }),
    );
    const text = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, sheet]);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('列“质量绩效”、“总分”是计算结果，未作为输入读取，已与计算结果核对：一致');
    expect(text.stderr).toContain(
      '列“等级”与计算结果不一致 1 处（共核对 1 处；该列未作为输入读取）：序号 1 甲：卓越级 ≠ 检验级',
    );
    const html = join(temp(), `${++files}.html`);
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'html', '-o', html, sheet])).code).toBe(
      0,
    );
    expect(readFileSync(html, 'utf8')).toContain(
      '<p class="warn" data-notice>列“等级”与计算结果不一致 1 处（共核对 1 处；该列未作为输入读取）：序号 1 甲：卓越级 ≠ 检验级</p>',
    );
    const book = join(temp(), `${++files}-out.xlsx`);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'xlsx', '-o', book, sheet]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('列“等级”与计算结果不一致');
    const summary = (await readBack(readFileSync(book)))[1]!;
    const notes = summary.rows.filter((r) => r[0] === '读取提示').map((r) => String(r[3]));
    expect(notes.some((n) => n.startsWith('列“等级”与计算结果不一致 1 处'))).toBe(true);
  });

  it('a product rule set: a 等级 column of grade labels is checked; an unread 强度等级 of 42.5 is let be', async () => {
    const names = Object.keys(SUPERIOR_CEMENT);
    const values = (over: Record<string, unknown>) =>
      names.map((n) => String({ ...SUPERIOR_CEMENT, ...over }[n as keyof typeof SUPERIOR_CEMENT])).join(',');
    const path = csv(
      `${names.join(',')},等级,出厂等级`,
      `${values({})},优等品,42.5`,
      `${values({ compressive28d: 47 })},优等品,42.5`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“等级”与计算结果不一致 1 处（共核对 2 处；该列未作为输入读取）：序号 2：优等品 ≠ 一等品',
    );
    expect(zh.stderr).not.toContain('出厂等级');
  });

  it('no such column, or JSON records: nothing is said', async () => {
    const path = csv(`企业名称,${ITEMS.join(',')},备注`, `甲,${ITEMS.map(() => 85).join(',')},卓越级`);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('计算结果');
    // A column the user keeps is theirs: not looked at.
    const own = csv(HEADER, row('甲', 85, '85,85,85,85,85,卓越级'));
    const kept = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '--keep', '等级', own]);
    expect(kept.stderr).not.toContain('“等级”');
    expect(kept.stderr).toContain('“总分”是计算结果');
    // JSON records have no header: not checked.
    const json = join(temp(), `${++files}.json`);
    const record = Object.fromEntries(ITEMS.map((label) => [label, 85]));
    writeFileSync(json, JSON.stringify([{ ...record, 总分: 10, 等级: '卓越级' }]));
    const fromJson = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, json]);
    expect(fromJson.stderr).not.toContain('计算结果');
  });
});

/**
 * A workbook written by a program that does not calculate (a script, write-excel-file): its 总分 and
 * 评价等级 cells are formulas with no saved result (`<c r="O2"><f>SUM(…)</f></c>`, no `<v>`), which read as
 * empty. The check then had nothing to compare and said nothing; now it says the cells were not checked,
 * and to open and save the file in Excel or WPS.
 */
describe.concurrent('W11: own columns of formulas with no saved result are said, not passed over', () => {
  const letter = (i: number) => String.fromCharCode(65 + i);
  const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
  /** A formula cell; `saved` its result as the file holds it (none: not saved), `t` the result's type. */
  const formula = (ref: string, f: string, saved?: string, t?: string) =>
    `<c r="${ref}"${t ? ` t="${t}"` : ''}><f>${f}</f>${saved === undefined ? '' : `<v>${saved}</v>`}</c>`;
  // A: 企业名称, B–N: the 13 items, O: 总分, P: 评价等级.
  const header = ['企业名称', ...ITEMS, '总分', '评价等级'];

  /** One enterprise per entry, every item at `score`; 总分 and 评价等级 formulas, saved as given. */
  function sheet(rows: { name: string; score: number; total?: string; level?: string }[]): string {
    const body = rows.map(({ name, score, total, level }, k) => {
      const r = k + 2;
      return (
        `<row r="${r}">${text(`A${r}`, name)}` +
        ITEMS.map((_, i) => num(`${letter(i + 1)}${r}`, score)).join('') +
        formula(`O${r}`, `SUM(B${r}:N${r})/13`, total) +
        formula(
          `P${r}`,
          `IF(O${r}&gt;=90,"卓越级","预防级")`,
          level,
          level === undefined ? undefined : 'str',
        ) +
        '</row>'
      );
    });
    const head = `<row r="1">${header.map((h, i) => text(`${letter(i)}1`, h)).join('')}</row>`;
    // A template row below, its 总分 formula filled down over no scores: a blank row, not counted.
    const template = `<row r="${rows.length + 2}">${formula(`O${rows.length + 2}`, 'SUM(B9:N9)/13')}</row>`;
    const path = join(temp(), `${++files}.xlsx`);
    writeFileSync(
      path,
      rawWorkbook({
        sheets: [{ name: '汇总表', body: `<sheetData>${head}${body.join('')}${template}</sheetData>` }],
      }),
    );
    return path;
  }

  it('no result saved: each column says how many cells, the first, and what to do (zh, en)', async () => {
    const path = sheet([
      { name: '甲', score: 95 },
      { name: '乙', score: 85 },
      { name: '丙', score: 70 },
    ]);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“总分”有 3 个单元格是公式，文件中没有保存其结果（如 O2 =SUM(B2:N2)/13），这些单元格未与计算结果核对：写出该文件的程序不计算公式；请在 Excel 或 WPS 中打开并保存该文件（保存时会计算并存下结果），再重新运行',
    );
    expect(zh.stderr).toContain(
      '列“评价等级”有 3 个单元格是公式，文件中没有保存其结果（如 P2 =IF(O2>=90,"卓越级","预防级")），这些单元格未与计算结果核对',
    );
    expect(zh.stderr).not.toContain('已与计算结果核对');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', ENT, path]);
    expect(en.stderr).toContain(
      `column "总分": 3 cells are formulas whose result the file does not hold (e.g. O2 =SUM(B2:N2)/13), so they were not checked against qgrade's results: the program that wrote the file does not calculate formulas; open and save the file in Excel or WPS (which calculates and saves the results), then run again`,
    );
    // The grades are qgrade's own, as without the columns; three records, the template row none.
    expect(zh.stdout.trim().split('\n').slice(1)).toHaveLength(3);
    const html = join(temp(), `${++files}.html`);
    expect((await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'html', '-o', html, path])).code).toBe(
      0,
    );
    expect(readFileSync(html, 'utf8')).toContain('<p class="warn" data-notice>列“总分”有 3 个单元格是公式');
  });

  it('some saved, one not: the saved ones are checked, the one is said (en: singular)', async () => {
    const path = sheet([
      { name: '甲', score: 95, total: '95', level: '卓越级' },
      { name: '乙', score: 85, total: '85' },
      { name: '丙', score: 70 },
    ]);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.stderr).toContain('列“总分”、“评价等级”是计算结果，未作为输入读取，已与计算结果核对：一致');
    expect(zh.stderr).toContain('列“总分”有 1 个单元格是公式，文件中没有保存其结果（如 O4 =SUM(B4:N4)/13）');
    expect(zh.stderr).toContain('列“评价等级”有 2 个单元格是公式，文件中没有保存其结果（如 P3 ');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', ENT, path]);
    expect(en.stderr).toContain(
      'column "总分": 1 cell is a formula whose result the file does not hold (e.g. O4 =SUM(B4:N4)/13), so it was not checked',
    );
  });

  it('every result saved (as Excel and WPS save them): checked, and nothing said of formulas', async () => {
    const path = sheet([
      { name: '甲', score: 95, total: '95', level: '卓越级' },
      { name: '乙', score: 85, total: '85', level: '卓越级' },
    ]);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
    expect(zh.stderr).toContain('列“总分”是计算结果，未作为输入读取，已与计算结果核对：一致');
    expect(zh.stderr).toContain('列“评价等级”与计算结果不一致 1 处（共核对 2 处');
    expect(zh.stderr).not.toContain('没有保存其结果');
  });
});
