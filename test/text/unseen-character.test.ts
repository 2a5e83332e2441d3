import { describe, expect, it } from 'vitest';
import { unseenCharacter, withoutUnseen } from '../../src/text/unseen-character';

describe('unseenCharacter', () => {
  it.each([
    ['A\u200b', '\u200b'],
    ['\ufeffA', '\ufeff'],
    ['A\u200dB', '\u200d'],
    ['A\u00adB', '\u00ad'],
    ['A\u00a0B', '\u00a0'],
    ['A\u3000B', '\u3000'],
    ['A\u0000', '\u0000'],
    ['A\tB', '\t'],
    ['牌号\u200e', '\u200e'],
  ])('%j: names %j', (text, c) => {
    expect(unseenCharacter(text)).toBe(c);
  });

  it.each(['A', 'heat pump', 'P·O', 'ＨＲＢ４００', '合格品', ''])('%j: none', (text) => {
    expect(unseenCharacter(text)).toBeUndefined();
  });

  it('withoutUnseen takes them all out, spaces (U+0020) kept', () => {
    expect(withoutUnseen('\ufeffheat\u200b pump\u00a0')).toBe('heat pump');
  });
});
