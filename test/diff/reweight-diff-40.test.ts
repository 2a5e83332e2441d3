import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, diffRuleSets } from '../../src/index';

// fix-score40: `missing: reweight` added to or taken from an item changes the score of a record that leaves it out.
const TEXT = readFileSync(join(import.meta.dirname, '../cli/fixtures/reweight-40/reweight.yaml'), 'utf8');
const ruleSet = (text: string, file: string) => checkRuleSet(text, { filename: file }).ruleSet!;

describe('diff: missing: reweight (fix-score40)', () => {
  it('taken off an item: one items entry, saying what a record that leaves it out gets before and after', () => {
    const without = TEXT.replace('weight: 20, missing: reweight', 'weight: 20');
    const [entry, ...rest] = diffRuleSets(ruleSet(TEXT, 'a.yaml'), ruleSet(without, 'b.yaml')).entries;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      key: 'dimension:dimInspect:items',
      before: 'online ×40, digital ×40, lims ×20 (missing: reweight)',
      after: 'online ×40, digital ×40, lims ×20',
      direction: 'changed',
    });
    expect(entry!.message.zh).toContain('实验室信息管理未评时：不计入，权重按比例分给其余项 → 该维度无分数');
    expect(entry!.message.en).toContain(
      'Laboratory information management left out: not counted, its weight shared out → no score for the dimension',
    );
  });
});
