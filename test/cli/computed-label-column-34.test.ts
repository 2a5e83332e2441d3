/**
 * Newcomer-33 M4b: with the docs' naming (a derived value labelled as its indicator + 得分), a column headed with
 * the derived value's exact label holds the computed score; it was read as the 0–5 input (`应 ≤ 5，实际为 80`).
 * The exact label of a computed value wins over the near match to an input's label: the column is not read
 * (and not hinted at as the input); beside the input's own column it is cross-checked.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
// b: 0–5 in 分; bScore = b * 20, labelled 检验数字化得分.
const RULES = 'test/fixtures/newcomer-33/self-score.yaml';

function csv(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

describe('a column headed with a derived value’s exact label (newcomer-33 M4b)', () => {
  it('alone: not read as the 0–5 input; the input is missing, no --map hint', async () => {
    const path = csv('only-score.csv', '企业名称,数据采集率,检验数字化得分\n甲,50,80\n');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, '-f', 'ndjson', path]);
    const [r] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GradeResult);
    expect(r!.errors?.map((e) => [e.field, e.code])).toEqual([['b', 'missing']]);
    expect(run.stderr).not.toContain('应 ≤ 5');
    expect(run.stderr).not.toContain('--map');
  });

  it('beside the input column: the input is read, the score column cross-checked', async () => {
    const path = csv('both.csv', '企业名称,数据采集率,检验数字化,检验数字化得分\n甲,50,4,80\n乙,50,4,70\n');
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, path]);
    expect(run.stderr).toContain(
      '列“检验数字化得分”与计算结果不一致 1 处（共核对 2 处；该列未作为输入读取）',
    );
    expect(run.stdout).not.toContain('无效');
  });
});
