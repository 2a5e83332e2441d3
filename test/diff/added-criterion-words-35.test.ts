/**
 * The diff's sentence for a requirement added with a `when` and a derived limit (committee-35 M4): GB 1499.2-2024's
 * rib spacing ≤ 0.7 d, judged when measured. The zh text said `≤ ribSpacingMax (when ribSpacing > 0)`, English
 * and ids in a Chinese sentence; each language now says it in its words, the values by their labels. The JSON's
 * `before` / `after` keep the text as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets, parseRuleSet } from '../../src/index';
import { ROOT } from '../cli/cli-harness';
import { validateDiff } from './diff-schema';

const REBAR = readFileSync(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'), 'utf8');

const RIB = REBAR.replace(
  '  bendTest:\n',
  '  ribSpacing:\n    type: number\n    unit: mm\n    required: false\n    label: { zh: 横肋间距, en: Transverse rib spacing }\n  bendTest:\n',
)
  .replace(
    'derived:\n',
    'derived:\n  ribSpacingMax:\n    label: { zh: 横肋间距上限 0.7d, en: Maximum rib spacing 0.7 d }\n    unit: mm\n    formula: 0.7 * diameter\n    decimals: 1\n',
  )
  .replace(
    '  - id: bend-test\n',
    '  - id: rib-spacing\n    label: { zh: 横肋间距, en: Transverse rib spacing }\n    indicator: ribSpacing\n    when: { ribSpacing: "> 0" }\n    require: "≤ ribSpacingMax"\n  - id: bend-test\n',
  );

function diffOf(a: string, b: string) {
  const diff = diffRuleSets(parseRuleSet(a, { filename: 'a.yaml' }), parseRuleSet(b, { filename: 'b.yaml' }));
  expect(validateDiff(JSON.parse(JSON.stringify(diff))), JSON.stringify(validateDiff.errors)).toBe(true);
  return diff;
}

describe('diff: an added requirement with a when, in words (committee-35 M4)', () => {
  it('added: zh and en by labels, no English "when" in Chinese; the JSON keeps the text as written', () => {
    expect(RIB).not.toBe(REBAR);
    const entry = diffOf(REBAR, RIB).entries.find((e) => e.key === 'criterion:rib-spacing')!;
    expect(entry).toMatchObject({ kind: 'criterion-added', before: null, after: '≤ ribSpacingMax' });
    expect(entry.message.zh).toBe(
      '新增要求“横肋间距”（rib-spacing）：≤ 横肋间距上限 0.7d（当横肋间距 > 0 时），更严',
    );
    expect(entry.message.en).toBe(
      'criterion Transverse rib spacing (rib-spacing) added: ≤ Maximum rib spacing 0.7 d (when Transverse rib spacing > 0), stricter',
    );
  });

  it('removed: the same words, looser', () => {
    const entry = diffOf(RIB, REBAR).entries.find((e) => e.key === 'criterion:rib-spacing')!;
    expect(entry.message.zh).toBe(
      '删除要求“横肋间距”（rib-spacing）：≤ 横肋间距上限 0.7d（当横肋间距 > 0 时），更宽',
    );
  });

  it('a when that changed: both sides by labels, an enum list in each language', () => {
    const narrowed = RIB.replace(
      'when: { ribSpacing: "> 0" }',
      'when: { ribSpacing: "> 0", designation: [HRB400, HRB500] }',
    );
    const entry = diffOf(RIB, narrowed).entries.find((e) => e.key === 'criterion:rib-spacing:when')!;
    expect(entry.message.zh).toContain('横肋间距 > 0 → 横肋间距 > 0 且 牌号为 HRB400、HRB500');
    expect(entry.message.zh).not.toMatch(/ribSpacing|designation| and | in /u);
    expect(entry.message.en).toContain(
      'Transverse rib spacing > 0 → Transverse rib spacing > 0 and Designation in HRB400, HRB500',
    );
  });
});
