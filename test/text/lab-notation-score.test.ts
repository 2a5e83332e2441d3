import { describe, expect, it } from 'vitest';
import { labNotationAdvice } from '../../src/text/lab-notation';

// newcomer-39 F8: an assessor's score left as a dash is "not scored", and the score is what to write.
describe('labNotationAdvice for a score', () => {
  it('says not scored: the score to write where every record must give it, else a blank', () => {
    expect(labNotationAdvice('—', true, 'cell', true, true, true)?.zh).toBe(
      '表示未评分；该指标为必填项（留空同样无效），每条记录都须给出：请填写评分；缺少该项的记录无法按本规则集评定',
    );
    expect(labNotationAdvice('／', true, 'field', true, false, true)?.en).toBe(
      'means not scored: leave the field out so the value counts as missing',
    );
    expect(labNotationAdvice('未检', true, 'cell', true, false, true)?.zh).toBe(
      '表示未评分：请将单元格留空（或删除其内容），该值即按缺失处理',
    );
  });

  it('leaves the other notations as they are: 未评 (not assessed), ND, and the measured wording without score', () => {
    expect(labNotationAdvice('未评', true, 'cell', true, true, true)?.zh).toContain('表示未评价');
    expect(labNotationAdvice('ND', true, 'cell', true, true, true)?.zh).toContain('表示低于检出限');
    expect(labNotationAdvice('—', true, 'cell', true, true)?.zh).toContain('表示未检测');
  });
});
