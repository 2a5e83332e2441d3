/**
 * newcomer-33 M4 (a): a column headed with a derived value's label, beside the items, is a computed column that
 * docs/cli.md says is compared with what `grade` computes; for a derived value scored only as an item (no
 * requirement compares it) nothing was said at all. Rule set: test/fixtures/newcomer-33/w1.yaml (bScore = b * 20,
 * label 检验数字化得分, an item of the only dimension).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = join(ROOT, 'test/fixtures/newcomer-33/w1.yaml');

describe("a derived value's column is compared with the computed value (newcomer-33 M4)", () => {
  it('检验数字化得分 80 for b 4 agrees; 70 for b 4 is named, 70 ≠ 80', async () => {
    const path = join(temp(), 'd.csv');
    writeFileSync(path, '企业,数据采集率,检验数字化,检验数字化得分\n甲,50,4,80\n乙,50,4,70\n');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '--keep', '企业', '-f', 'ndjson', path]);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toContain(
      '列“检验数字化得分”与计算结果不一致 1 处（共核对 2 处；该列未作为输入读取）：序号 2 乙：70 ≠ 80',
    );
    const en = await cli.run(['grade', '-r', RULES, '--keep', '企业', '-f', 'ndjson', path]);
    expect(en.stderr).toContain('column "检验数字化得分" disagrees');
    expect(en.stderr).toContain('row 2 乙: 70 ≠ 80');
  });
});
