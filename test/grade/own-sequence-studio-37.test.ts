import { describe, expect, it } from 'vitest';
import { gradeSampleNamed } from '../../src/grade/grade-sample';
import { createGrader, loadRuleSet } from '../../src/index';
import type { OptionNaming } from '../../src/input/option-naming';

const grader = createGrader(await loadRuleSet('enterprise/quality-management-capability'));
const HEADER =
  '序号,企业名称,领导作用与质量战略,过程控制,供应商质量管理,内部审核与改进,质量数据采集,质量数据分析与应用,质量追溯,创新能力,以顾客为关注焦点,人才培养,产品质量水平,质量损失控制,顾客满意';
const row = (n: number, name: string) => `${n},${name},${Array(13).fill('80').join(',')}`;
const SHEET = [HEADER, row(101, '甲公司'), row(102, '乙公司')].join('\n');

/** The notices of a sample numbered 101…, read as `naming` names options. */
async function notices(naming: OptionNaming): Promise<{ zh: string; en: string }[]> {
  const told: { zh: string; en: string }[] = [];
  await gradeSampleNamed(grader, SHEET, { keep: 'auto', onNotice: (t) => told.push(t) }, naming);
  return told.filter((t) => t.zh.startsWith('表中“序号”列的编号'));
}

// committee-37 M4: the studio told its user to add --keep 序号 --keep 企业名称, an option the page does not have.
describe("a sheet's own 序号 told in the studio", () => {
  it('says the numbers differ, with no option the page lacks', async () => {
    expect(await notices('studio')).toEqual([
      {
        zh: '表中“序号”列的编号不是结果中的序号：表中序号 101 的是第 1 条记录。结果、汇总和报告中的“序号”是按输入顺序数的第几条记录（从 1 起）。',
        en: `the sheet's column "序号" does not number the records as the results do: its 101 is record 1. The results, summary and report number records in input order from 1 ("row").`,
      },
    ]);
  });

  it('the library is still told the option it writes', async () => {
    const [api] = await notices('api');
    expect(api?.en).toMatch(
      /; to list the sheet's own numbers too, add options\.keep \["序号"\] options\.keep \["企业名称"\]$/,
    );
  });
});
