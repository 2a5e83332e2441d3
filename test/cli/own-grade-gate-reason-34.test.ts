/**
 * Newcomer-33 M6: a sheet's own grade cross-checked against a record a gate (veto) left ungraded says why, as a cap
 * row does: zh `（否决项“…”不合格：表中未执行一票否决）`, en `(the veto "…" failed: the sheet did not apply it)`.
 * A disagreement with no plain cause (a total below the cutoff) still has none.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = 'test/fixtures/newcomer-33/gate-veto.yaml';

describe('own grade column: the reason for a vetoed (gate) row (newcomer-33 M6)', () => {
  it('zh and en name the veto that failed', async () => {
    const path = join(temp(), 'gate.csv');
    writeFileSync(
      path,
      '序号,企业名称,数据采集率,近三年发生重大质量事故,自评等级\n1,甲,80,否,二级\n2,乙,80,是,二级\n3,丙,50,否,二级\n',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', RULES, path]);
    expect(zh.stderr).toContain(
      '序号 2 乙：二级 ≠ 不分级（否决项“近三年未发生重大质量事故”不合格：表中未执行一票否决），序号 3 丙：二级 ≠ 一级\n',
    );
    const en = await cli.run(['--lang', 'en', 'grade', '-r', RULES, path]);
    expect(en.stderr).toContain(
      'row 2 乙: 二级 ≠ not graded (the veto "No major quality incident in three years" failed: the sheet did not apply it), row 3 丙: 二级 ≠ L1\n',
    );
  });
});
