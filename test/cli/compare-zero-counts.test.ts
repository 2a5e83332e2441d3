/**
 * compare's text says that no record (no group) changed grade and that none is invalid, where it printed counts of
 * 0 with parts of 0: `等级变化 0 条（升高 0 条，降低 0 条）；A 下无效 0 条，B 下无效 0 条` (fix-input3-33 item 6). A
 * count that is not 0 keeps its parts, 0 among them.
 */
import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const LOT = 'rules/building-materials/cement-lot-grade.yaml';
const DRAFT = 'examples/cement-lot-grade-draft.yaml';
const DATA = 'examples/cement-lot-samples.csv';

describe('compare: nothing changed, nothing invalid, said so', () => {
  it('the same rule set on both sides, grouped by lot (zh and en)', async () => {
    const [zh, en] = await Promise.all([
      cli.run(['--lang', 'zh', 'compare', LOT, LOT, DATA, '--group-by', 'lot']),
      cli.run(['--lang', 'en', 'compare', LOT, LOT, DATA, '--group-by', 'lot']),
    ]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('共 22 条记录：等级不变 22 条，等级无变化\n');
    expect(zh.stdout).toContain('共 3 组，等级无变化\n');
    expect(zh.stderr).toContain('共 22 条记录，等级无变化；无无效记录');
    expect(en.stdout).toContain('22 records: 22 unchanged, none changed grade\n');
    expect(en.stdout).toContain('3 groups, none changed grade\n');
    expect(en.stderr).toContain('22 records, none changed grade; no invalid records');
    for (const run of [zh, en])
      expect(run.stdout + run.stderr).not.toMatch(/升高 0 条，降低 0 条|0 up, 0 down|无效 0 条|under A: 0/);
  });

  it('records that moved keep their parts; the groups that moved too', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', LOT, DRAFT, DATA, '--group-by', 'lot']);
    expect(zh.stdout).toContain('共 3 组，等级变化 2 组（升高 0 组，降低 2 组）');
    expect(zh.stderr).toContain('共 22 条记录，等级无变化；无无效记录');
  });
});
