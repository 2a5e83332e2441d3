/**
 * Two requirements of one label and grade, told apart by their `when` (sulfur@E for Q355/Q355N, sulfur-q390@E for
 * Q390/Q390N, committee-33 F4): compare names them as grade's summary does (`Sulfur S (Q390, Q390N) (Grade E)`,
 * not `Sulfur S (Grade E)` for both), and a changed table cell is "read by" only the requirements whose `when` can
 * read its row (sulfur-q390 never reads row Q355N). The draft's limits are a test's, not the standard's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSetDiff } from '../../src/diff/rule-set-diff';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const STEEL = 'steel/low-alloy-structural-steel';

/** S at grade E 0.020 → 0.015 for Q355N and Q390N; KV2 at grade E 34 → 40 J for Q355N and Q390N. */
const DRAFT: [string, string][] = [
  ['- [Q355N, 0.035, 0.030, 0.025, 0.020, 0.010]', '- [Q355N, 0.035, 0.030, 0.025, 0.015, 0.010]'],
  [
    '- [Q390N, 0.035, 0.030, 0.025, 0.020, n/a]\n  yieldMin:',
    '- [Q390N, 0.035, 0.030, 0.025, 0.015, n/a]\n  yieldMin:',
  ],
  ['- [[Q355N, Q390N], 34, 34, 34, 34]', '- [[Q355N, Q390N], 34, 34, 34, 40]'],
];

describe.concurrent('qgrade diff / compare: requirements of one label and grade', () => {
  it('diff: a changed cell is read by the requirements whose when can read its row only', async () => {
    const b = editedRules(temp(), STEEL, DRAFT, 'twins-diff');
    const { stdout } = await cli.run(['diff', '-f', 'json', STEEL, b]);
    const diff = JSON.parse(stdout) as RuleSetDiff;
    const criteria = (key: string) => diff.entries.find((e) => e.key === key)?.criteria;
    expect(criteria('cell:sulfurMax[Q355N][E]')).toEqual(['sulfur@E']);
    expect(criteria('cell:sulfurMax[Q390N][E]')).toEqual(['sulfur-q390@E']);
    // A row both read keeps both.
    expect(criteria('cell:kv2Min[[Q355N, Q390N]][E]')).toEqual(['impact-mean@E', 'impact-single@E']);
    const text = await cli.run(['diff', STEEL, b]);
    expect(text.stdout).toContain(
      'row Q355N, column Grade E: 0.020 % → 0.015 %, stricter (read by sulfur@E)',
    );
    expect(text.stdout).toContain(
      'row Q390N, column Grade E: 0.020 % → 0.015 %, stricter (read by sulfur-q390@E)',
    );
  });

  it('compare: names sulfur-q390@E apart from sulfur@E (en, zh)', async () => {
    const dir = temp();
    const b = editedRules(dir, STEEL, DRAFT, 'twins-compare');
    const data = join(dir, 'twins.csv');
    writeFileSync(
      data,
      [
        '样品编号,牌号,质量等级,公称厚度(mm),上屈服强度 ReH(MPa),抗拉强度 Rm(MPa),冲击试验温度(°C),冲击吸收能量 KV2(J),碳 C(%),锰 Mn(%),磷 P(%),硫 S(%),铬 Cr(%),钼 Mo(%),钒 V(%),镍 Ni(%),铜 Cu(%)',
        'T390,Q390N,E,20,400,520,-40,38;38;38,0.15,1.47,0.019,0.008,0.05,0.01,0.05,0.07,0.1',
        '',
      ].join('\n'),
    );
    const en = await cli.run(['compare', STEEL, b, data]);
    expect(en.stdout).toContain('Sulfur S (Q390, Q390N) (Grade E)');
    expect(en.stdout).not.toContain('Sulfur S (Grade E)');
    const zh = await cli.run(['--lang', 'zh', 'compare', STEEL, b, data]);
    expect(zh.stdout).toContain('硫 S（Q390、Q390N）（E级）');
  });
});
