import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { parseRuleSet } from '../../src/index';

// test/fixtures/valid/charpy.yaml, edited: what diff says about specimen counts and count aggregates.
const text = readFileSync(new URL('../fixtures/valid/charpy.yaml', import.meta.url), 'utf8');
const diff = (after: string) =>
  diffRuleSets(parseRuleSet(text, { filename: 'a.yaml' }), parseRuleSet(after, { filename: 'b.yaml' }))
    .entries;

describe('diff: specimen rules', () => {
  it('reports a changed count aggregate with both counts in words', () => {
    const entries = diff(text.replace('{ atMostFailing: 1 }', '{ atMostFailing: 0 }'));
    expect(entries).toEqual([
      expect.objectContaining({ aspect: 'aggregate', before: 'atMostFailing: 1', after: 'atMostFailing: 0' }),
    ]);
  });

  it('reports an exact specimen count changed to a range as looser', () => {
    const entries = diff(text.replace('specimens: { exactly: 3 }', 'specimens: { min: 2, max: 3 }'));
    expect(entries).toEqual([
      expect.objectContaining({
        aspect: 'specimens',
        before: 'exactly 3',
        after: '2 to 3',
        direction: 'looser',
      }),
    ]);
    // The message says the counts in the reader's language (it showed 'exactly 3' in zh).
    expect(entries[0]?.message.zh).toContain('的试样数：恰好 3 个 → 2 至 3 个，更宽');
    expect(entries[0]?.message.en).toContain('specimens: exactly 3 → 2 to 3, looser');
  });
});
