import { describe, expect, it } from 'vitest';
import { chineseKeyMeant, chineseValueMeant, isDirectionKey } from '../../src/load/chinese-words';

describe('the key or value a Chinese word means, among those allowed where it is written', () => {
  const top = ['id', 'title', 'grades', 'criteria', 'indicators', 'tables', 'scope', 'provenance'];
  const criterion = ['id', 'label', 'indicator', 'require', 'grade', 'gate', 'when', 'note'];

  it('takes the schema’s own titles (generated) and the usual words', () => {
    expect(chineseKeyMeant('等级', top)).toBe('grades');
    expect(chineseKeyMeant('阈值表', top)).toBe('tables'); // the schema's title
    expect(chineseKeyMeant('适用范围', top)).toBe('scope');
    expect(chineseKeyMeant('等级', criterion)).toBe('grade');
    expect(chineseKeyMeant('否决项', criterion)).toBe('gate');
    expect(chineseKeyMeant('条件', criterion)).toBe('when'); // the title of $defs/when
  });

  it('reads a word with a colon or spaces after it, and a longer phrase holding one key’s words', () => {
    expect(chineseKeyMeant(' 要求： ', criterion)).toBe('require');
    expect(chineseKeyMeant('质量等级划分', top)).toBe('grades');
  });

  it('names nothing for a word of no key, of several keys, for one character inside a word, or for ASCII', () => {
    expect(chineseKeyMeant('其他', top)).toBeUndefined();
    expect(chineseKeyMeant('技术要求说明', criterion)).toBeUndefined(); // require and note
    expect(chineseKeyMeant('注', top)).toBeUndefined();
    expect(chineseKeyMeant('grade', criterion)).toBeUndefined();
    expect(chineseKeyMeant('单位', top)).toBeUndefined(); // unit is not a top-level key
  });

  it('enum values: from the Chinese help (`rounded` 为修约值比较法) and the usual words', () => {
    expect(chineseValueMeant('修约值比较法', ['full', 'rounded'])).toBe('rounded');
    expect(chineseValueMeant('全数值比较法', ['full', 'rounded'])).toBe('full');
    expect(chineseValueMeant('数值', ['number', 'integer', 'boolean', 'enum', 'string'])).toBe('number');
    expect(chineseValueMeant('变异系数', ['count', 'mean', 'cv'])).toBe('cv');
    expect(chineseValueMeant('数值', ['full', 'rounded'])).toBeUndefined();
  });

  it('a key saying which way is better', () => {
    expect(isDirectionKey('direction', 'up')).toBe(true);
    expect(isDirectionKey('方向', undefined)).toBe(true);
    expect(isDirectionKey('better', '越大越好')).toBe(true);
    expect(isDirectionKey('better', 'up')).toBe(false);
  });
});
