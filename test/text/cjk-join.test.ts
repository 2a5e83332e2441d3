import { describe, expect, it } from 'vitest';
import { cjkJoin } from '../../src/text/cjk-space';

describe('cjkJoin', () => {
  it('a space between Chinese and Latin text, a sub- or superscript ending a symbol too (committee-20 F9)', () => {
    expect(cjkJoin('氯离子 Cl⁻', '应为数值')).toBe('氯离子 Cl⁻ 应为数值');
    expect(cjkJoin('三氧化硫 SO₃', '应为数值')).toBe('三氧化硫 SO₃ 应为数值');
    expect(cjkJoin('面积 m²', '应为数值')).toBe('面积 m² 应为数值');
    expect(cjkJoin('氧化镁 MgO', '应为数值')).toBe('氧化镁 MgO 应为数值');
    expect(cjkJoin('未达到最低等级', 'B 级')).toBe('未达到最低等级 B 级');
  });

  it('none beside full-width punctuation or between two Chinese parts', () => {
    expect(cjkJoin('安定性（沸煮法）', '应为数值')).toBe('安定性（沸煮法）应为数值');
    expect(cjkJoin('距', '合格')).toBe('距合格');
    expect(cjkJoin('Cl⁻', '：')).toBe('Cl⁻：');
  });
});
