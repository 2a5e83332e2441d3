/**
 * newcomer-35 M5: a blank cell under an indicator a `requiredWhen` asks for (供应链质量协同, required above 300
 * employees) says why it is required for this record — the condition and the record's value — after its cell, in zh
 * and en, as a not-tested mark's message does; a record the requiredWhen does not hold for is graded. Rule set:
 * test/fixtures/newcomer-35/dm.yaml. JSON records say the same, without a cell. (.xlsx, as the association's workbook.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, parseRuleSet } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { xlsx } = inputFiles(temp);
const RULES = new URL('../fixtures/newcomer-35/dm.yaml', import.meta.url).pathname;
const HEADER = [
  'majorAccident',
  'employees',
  'infraScore',
  'collectScore',
  'analysisScore',
  'traceScore',
  'improveScore',
  'supplierScore',
];

async function results(path: string, lang: 'zh' | 'en'): Promise<GradeResult[]> {
  const run = await cli.run(['--lang', lang, 'grade', '-r', RULES, '-f', 'ndjson', path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);
}

describe('a blank cell a requiredWhen asks for says why (newcomer-35 M5)', () => {
  it('500 employees, supplierScore blank: the cell, then employees 500 and requiredWhen (employees > 300)', async () => {
    const path = await xlsx(HEADER, ['否', 500, 80, 80, 4, 80, 80, ''], ['否', 300, 80, 80, 4, 80, 80, '']);
    const [zh500, zh300] = await results(path, 'zh');
    expect(zh500!.errors!.map((e) => e.message.zh)).toEqual([
      '缺少供应链质量协同（单元格 H2）：这条记录的从业人员数为 500，满足其必填条件（从业人员数 > 300），该指标为必填项',
    ]);
    expect(zh500!.errors![0]!.code).toBe('missing');
    // 300 is not > 300: not required, graded (all 80: total 80, 集成级).
    expect(zh300!.errors).toBeUndefined();
    expect(zh300!.grade).toBe('integrated');
    const [en500] = await results(path, 'en');
    expect(en500!.errors![0]!.message.en).toBe(
      'supplierScore (Supply-chain quality collaboration) is missing (cell H2): it is required for this record by its condition (Employees > 300), as employees (Employees) is 500',
    );
  });

  it('a JSON record says the same without a cell', async () => {
    const grader = createGrader(parseRuleSet(readFileSync(RULES, 'utf8'), { filename: 'dm.yaml' }));
    const r = await grader.grade({
      majorAccident: false,
      employees: 301,
      infraScore: 80,
      collectScore: 80,
      analysisScore: 4,
      traceScore: 80,
      improveScore: 80,
    });
    expect(r.errors![0]!.message.zh).toBe(
      '缺少供应链质量协同：这条记录的从业人员数为 301，满足其必填条件（从业人员数 > 300），该指标为必填项',
    );
  });
});
