/**
 * newcomer-29 M1: a sheet numbered 101…140 in its own 序号 column was graded with the results numbered 1…40 under
 * the same heading 序号, and a CSV cell that could not be read gave no line: the officer looked up 序号 7 and found
 * the wrong enterprise. Now the run says that the sheet's numbers are not the results', and a CSV cell message names
 * its line and column, as an .xlsx one names its cell.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const RULES = 'enterprise/quality-management-capability';
const HEADER =
  '序号,企业名称,领导作用与质量战略,过程控制,供应商质量管理,内部审核与改进,质量数据采集,质量数据分析与应用,质量追溯,创新能力,以顾客为关注焦点,人才培养,产品质量水平,质量损失控制,顾客满意';
const scores = (s: string) => Array.from({ length: 13 }, (_, i) => (i === 1 ? s : '80')).join(',');

function sheet(first: number): string {
  const path = join(temp(), `seq-${first}.csv`);
  const rows = [
    '2026年企业质量管理能力评价汇总表',
    HEADER,
    `${first},甲公司,${scores('80')}`,
    `${first + 1},乙公司,${scores('85分')}`,
    `${first + 2},丙公司,${scores('90')}`,
  ];
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

describe.concurrent("a sheet's own 序号 and the results' (newcomer-29 M1)", () => {
  it('numbered 101…: says the numbers differ and how to list them; the bad cell names its line and column', async () => {
    const path = sheet(101);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, path]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain(
      '表中“序号”列的编号不是结果中的序号：表中序号 101 的是第 1 条记录。结果、汇总和报告中的“序号”是按输入顺序数的第几条记录（从 1 起）；要同时列出表中的编号，请加上 --keep 序号 --keep 企业名称',
    );
    const json = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'ndjson', path]);
    // 乙公司 is record 2, on line 4 of the file; 过程控制 is its fourth column.
    const second = JSON.parse(json.stdout.split('\n')[1]!) as { errors: { message: { zh: string } }[] };
    expect(second.errors[0]!.message.zh).toBe(
      '过程控制应为数值："85分" 带有单位或其他文字：请去掉“分”，只写 85（第 4 行第 4 列）',
    );
    const en = await cli.run(['grade', '-r', RULES, '-f', 'csv', path]);
    expect(en.stderr).toContain(
      `the sheet's column "序号" does not number the records as the results do: its 101 is record 1.`,
    );
    expect(en.stdout).toContain('(line 4, column 4)');
  });

  it('numbered 1…, as the results are: nothing said', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, sheet(1)]);
    expect(run.stderr).not.toContain('表中“序号”列的编号');
  });

  it('with the 序号 kept, nothing said', async () => {
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '--keep', '序号', sheet(101)]);
    expect(run.stderr).not.toContain('表中“序号”列的编号');
  });
});
