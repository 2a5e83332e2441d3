import { describe, expect, it } from 'vitest';
import { endingBracket } from '../../src/input/ending-bracket';
import { textForms } from '../../src/input/header-forms';

describe('endingBracket: the note at a header’s end, brackets balanced (committee-26 F7)', () => {
  it('a flat note, and a note holding brackets, as one note', () => {
    expect(endingBracket('安定性(沸煮法)')).toEqual({ before: '安定性', inside: '沸煮法' });
    expect(endingBracket('APF(5级(能效限定值))')).toEqual({ before: 'APF', inside: '5级(能效限定值)' });
    expect(endingBracket('能效等级 (2级(节能))')).toEqual({ before: '能效等级', inside: '2级(节能)' });
    // Two notes: the last one.
    expect(endingBracket('噪声(dB(A))(实测)')).toEqual({ before: '噪声(dB(A))', inside: '实测' });
  });

  it('none where the text does not end in a bracket, its brackets do not balance, or nothing comes before them', () => {
    expect(endingBracket('APF')).toBeUndefined();
    expect(endingBracket('APF(5级)x')).toBeUndefined();
    expect(endingBracket('APF5级(能效限定值))')).toBeUndefined();
    expect(endingBracket('(能效限定值)')).toBeUndefined();
    expect(endingBracket('((a))')).toBeUndefined();
  });

  it('textForms: the outer label of a nested note, full- or half-width, as of a flat one', () => {
    expect([...textForms('APF（5级（能效限定值））')]).toContain('apf');
    expect([...textForms('能效等级(2级(节能))')]).toContain('能效等级');
    expect([...textForms('APF（能效限定值）')]).toContain('apf');
    expect([...textForms('APF（W/W）')]).toEqual(['apf(w/w)', 'apf']);
  });
});
