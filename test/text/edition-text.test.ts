import { describe, expect, it } from 'vitest';
import { editionText, editionWord } from '../../src/text/edition-text';

describe('editionText: the words a rule file writes for an edition nobody found, in the report language', () => {
  it.each([
    ['not found', 'zh', '未查到'],
    ['Not Found', 'zh', '未查到'],
    [' not found ', 'en', 'not found'],
    ['unknown', 'zh', '未知'],
    ['unknown', 'en', 'unknown'],
    ['2019', 'zh', '2019'],
    ['not found yet', 'zh', 'not found yet'],
    ['constructor', 'zh', 'constructor'],
  ] as const)('%j in %s is %j', (edition, lang, text) => {
    expect(editionText(edition, lang)).toBe(text);
  });

  it('editionWord is undefined for a year', () => {
    expect(editionWord('2023')).toBeUndefined();
    expect(editionWord('not found')).toEqual({ zh: '未查到', en: 'not found' });
  });
});
