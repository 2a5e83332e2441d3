/**
 * diffRuleSets on the smallest edits: a label changed in one language only,
 * and a range written differently that accepts the same values. Each is
 * still a difference an author of the next edition must see.
 */
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { BASE, edit, ruleSet } from './base-rule-set';

function diffTo(text: string): DiffEntry[] {
  return diffRuleSets(ruleSet(BASE, 'a.yaml'), ruleSet(text, 'b.yaml')).entries;
}

const brief = (entries: DiffEntry[]) =>
  entries.map((e) => ({
    kind: e.kind,
    key: e.key,
    direction: e.direction,
    before: e.before,
    after: e.after,
  }));

describe('diffRuleSets: the smallest edits', () => {
  it('a grade renamed in Chinese only, or in English only, is renamed', () => {
    expect(brief(diffTo(edit(['{ zh: 1级, en: Grade 1 }', '{ zh: 一级, en: Grade 1 }'])))).toEqual([
      {
        kind: 'grade-renamed',
        key: 'grade:1',
        direction: undefined,
        before: '1级 / Grade 1',
        after: '一级 / Grade 1',
      },
    ]);
    expect(brief(diffTo(edit(['{ zh: 1级, en: Grade 1 }', '{ zh: 1级, en: First grade }'])))).toEqual([
      {
        kind: 'grade-renamed',
        key: 'grade:1',
        direction: undefined,
        before: '1级 / Grade 1',
        after: '1级 / First grade',
      },
    ]);
  });

  it('a range rewritten to accept the same values (> 0 as > 0.0) is changed, neither stricter nor looser', () => {
    expect(brief(diffTo(edit(['range: "> 0"', 'range: "> 0.0"'])))).toEqual([
      {
        kind: 'indicator-changed',
        key: 'indicator:size:range',
        direction: 'changed',
        before: '> 0',
        after: '> 0.0',
      },
    ]);
  });

  it('decimals given to a derived value that had none is a change of its decimals', () => {
    const entries = diffTo(
      edit(['formula: "16 - allowance.reduction" }', 'formula: "16 - allowance.reduction", decimals: 1 }']),
    );
    expect(brief(entries)).toEqual([
      {
        kind: 'derived-changed',
        key: 'derived:elongationMin:decimals',
        direction: 'changed',
        before: null,
        after: '1',
      },
    ]);
    expect(entries[0]!.criteria).toEqual(['elongation']);
  });
});
