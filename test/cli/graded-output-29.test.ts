/**
 * newcomer-29 F5: a workbook written by `grade -f xlsx --keep <score column>` read back as input failed with "columns
 * 2 and 12 both give the field leadership", and no word that column 12 was qgrade's own dimension score, headed with
 * the dimension's label, which a one-item dimension shares with its indicator. Now the message says the sheet is
 * graded output and what to do.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFileHeader } from '../rule-file-header';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const RULES = `${ruleFileHeader('test/graded-output').replace('subject: product', 'subject: enterprise')}indicators:
  leadership: { type: number, range: "[0, 100]", label: { zh: 领导作用, en: Leadership } }
  process: { type: number, range: "[0, 100]", label: { zh: 过程控制, en: Process } }
grades:
  - { id: low, label: { zh: 经验级, en: Low } }
  - { id: high, label: { zh: 检验级, en: High } }
criteria: []
scoring:
  dimensions:
    - { id: dimLeadership, label: { zh: 领导作用, en: Leadership }, weight: 50, items: [{ indicator: leadership }] }
    - { id: dimProcess, label: { zh: 过程控制, en: Process }, weight: 50, items: [{ indicator: process }] }
  cutoffs: { high: 60 }
`;

describe('a graded workbook read back as input (newcomer-29 F5)', () => {
  it('says it is graded output, which column qgrade wrote, and what to do; exit 2', async () => {
    const dir = temp();
    const rules = join(dir, 'r.yaml');
    writeFileSync(rules, RULES);
    const input = join(dir, 'in.csv');
    writeFileSync(input, '企业名称,领导作用,过程控制\n甲,70,80\n乙,50,40\n');
    const out = join(dir, 'graded.xlsx');
    const first = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      rules,
      '-f',
      'xlsx',
      '-o',
      out,
      '--keep',
      '企业名称',
      '--keep',
      '领导作用',
      input,
    ]);
    expect(first.code).toBe(0);
    const again = await cli.run(['--lang', 'zh', 'grade', '-r', rules, '-f', 'csv', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /第 2 列（“领导作用”）和第 \d+ 列（“领导作用”）都给出字段“leadership”；这张表是 qgrade 写出的分级结果（有“不分级原因”“制约要求”列）/,
    );
    expect(again.stderr).toContain(
      '请用原来的输入文件重新分级；若一定要读这张表，请先删去 qgrade 写出的列（第 3 列“序号”起的各列）',
    );
    const en = await cli.run(['grade', '-r', rules, '-f', 'csv', out]);
    expect(en.stderr).toContain('this sheet is graded output qgrade wrote');
  });

  it('another sheet with two columns giving one field keeps the --map advice', async () => {
    const dir = temp();
    const rules = join(dir, 'r.yaml');
    writeFileSync(rules, RULES);
    const input = join(dir, 'twice.csv');
    writeFileSync(input, '企业名称,领导作用,过程控制,领导作用\n甲,70,80,70\n');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', rules, input]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('分级结果');
    expect(run.stderr).toContain('都给出字段“leadership”');
  });
});
