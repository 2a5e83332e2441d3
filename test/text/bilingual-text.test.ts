import { describe, expect, it } from 'vitest';
import { bilingualPart } from '../../src/text/bilingual-text';

describe('bilingualPart: a rule file’s `中文 (English)` one-string text, in the report language (enterprise-23 W5)', () => {
  const clause =
    '五个等级、4 个维度、30 项指标（权重与分级阈值未找到） (five levels, 4 dimensions, 30 indicators; weights and level thresholds not found)';
  it('splits the bundled enterprise clause: the Chinese with its own full-width bracket, the English', () => {
    expect(bilingualPart(clause, 'zh')).toBe('五个等级、4 个维度、30 项指标（权重与分级阈值未找到）');
    expect(bilingualPart(clause, 'en')).toBe(
      'five levels, 4 dimensions, 30 indicators; weights and level thresholds not found',
    );
  });

  it.each([
    // Not written in both languages: as written, in either language.
    ['P·O 42.5、52.5 的强度和凝结时间要求（合格品）', 'en', 'P·O 42.5、52.5 的强度和凝结时间要求（合格品）'],
    ['Table 2 (grades)', 'zh', 'Table 2 (grades)'],
    ['5.1 (a)', 'zh', '5.1 (a)'],
    ['GB 175-2007（未核对, unverified）', 'en', 'GB 175-2007（未核对, unverified）'],
    ['表 2 (表注)', 'en', '表 2 (表注)'],
    ['(energy-efficiency grade table)', 'zh', '(energy-efficiency grade table)'],
    [
      '能效等级指标表 (energy-efficiency grade table) 附录',
      'zh',
      '能效等级指标表 (energy-efficiency grade table) 附录',
    ],
    ['', 'zh', ''],
    // Written so: the part asked for; an English part with brackets of its own stays whole.
    ['能效等级指标表 (energy-efficiency grade table)', 'zh', '能效等级指标表'],
    ['能效等级指标表(energy-efficiency grade table)', 'en', 'energy-efficiency grade table'],
    ['化学成分要求 (chemistry (Table 1) and CEV)', 'en', 'chemistry (Table 1) and CEV'],
    ['化学成分要求 (chemistry (Table 1) and CEV)', 'zh', '化学成分要求'],
    ['要求 (unbalanced) x)', 'zh', '要求 (unbalanced) x)'],
  ] as const)('%j in %s is %j', (text, lang, part) => {
    expect(bilingualPart(text, lang)).toBe(part);
  });
});
