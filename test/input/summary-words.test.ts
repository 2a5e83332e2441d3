/**
 * The words a table's closing and scale rows are named by (hostile-24 W2, W9): a summary word with its unit or
 * a count after it is the word; abbreviations and rate lines are summary words; a sample id that merely
 * starts with one, or a bare letter, is not.
 */
import { describe, expect, it } from 'vitest';
import { isFullMarksWord, isSummaryWord } from '../../src/input/note-rows';

describe('isSummaryWord', () => {
  it('hostile-24 W2: every word of the statistics block that made a phantom record is a summary word', () => {
    const words = [
      'Avg',
      'Avg.',
      'Ave',
      '最大',
      '最小',
      '汇总',
      '合计（共2台）',
      '合计(2)',
      'Σ',
      '∑',
      'Mean value',
      'Std',
      'St.dev',
      'σ',
      'x̄',
      'X̄',
      '算术平均值',
      'Overall',
      '合格率/%',
      '合格率 / %',
      '达标率',
      '一级品率',
      '优等品率',
      '检验数量',
      '抽样数',
      '离散系数',
      '变异系数(%)',
      '平均值/MPa',
      '平均值（MPa）',
      'Average (MPa)',
      '代表值',
      '特征值',
      '中值',
    ];
    expect(words.filter((w) => !isSummaryWord(w))).toEqual([]);
  });

  it("a statistic's Chinese word with its symbol after it: 变异系数Cv, 变异系数 Cv(%), CV值, 标准差S, 极差R", () => {
    for (const w of [
      '变异系数Cv',
      '变异系数 Cv(%)',
      '变异系数CV',
      '变异系数（Cv，%）',
      'CV值',
      'Cv值',
      '离散系数Cv',
      '标准差S',
      '标准差 SD',
      '标准差σ',
      '极差R',
    ])
      expect(isSummaryWord(w), w).toBe(true);
    // A symbol with anything else after it is an id: 变异系数Cv2, 极差R-01.
    for (const w of ['变异系数Cv2', '极差R-01', '标准差S1']) expect(isSummaryWord(w), w).toBe(false);
  });

  it('the words already known keep their forms: 合格率(%), 合格率%, 合　计：, Std.Dev.', () => {
    for (const w of ['合格率(%)', '合格率%', '合　计：', 'Std.Dev.', '平均', 'SD', 'Max'])
      expect(isSummaryWord(w)).toBe(true);
  });

  it('a sample id is no summary word: SD-01, Max 1, Max/01, 合计厂, a bare s, an id in brackets after a name', () => {
    const ids = [
      's',
      'S',
      'x',
      'SD-01',
      'Max 1',
      'Max/01',
      'Max Steel Co.',
      '合计厂',
      '合计-01',
      '极差试验',
      '平均气温试验',
      'AC25-000123',
      '合格率高的样品（A 厂生产的第二批）',
      'σ1',
    ];
    expect(ids.filter((w) => isSummaryWord(w))).toEqual([]);
  });
  it('plain ASCII is read by its letters and dots: a digit or a sign anywhere makes it an id, whatever the case', () => {
    // The id cell of every row is asked: a plain ASCII text with a digit or a sign is answered before any
    // regular expression, so the forms that are words must stay words and their neighbours ids.
    const words = [
      'total',
      'TOTAL',
      'Avg.',
      's.d.',
      'S.D.',
      'Std.Dev.',
      'Max.score',
      'MeanScore',
      'industryAverage',
    ];
    expect(words.filter((w) => !isSummaryWord(w) && !isFullMarksWord(w))).toEqual([]);
    const signs = [
      '0',
      '9',
      '-',
      '_',
      '#',
      '!',
      '&',
      "'",
      '*',
      '+',
      ',',
      ';',
      '=',
      '?',
      '@',
      '[',
      '^',
      '`',
      '{',
      '~',
    ];
    const ids = words.flatMap((w) =>
      signs.flatMap((c) => [`${w}${c}`, `${c}${w}`, `${w.slice(0, 2)}${c}${w.slice(2)}`]),
    );
    expect(ids.filter((w) => isSummaryWord(w) || isFullMarksWord(w))).toEqual([]);
    // Not plain (a space, a colon, a bracket): read folded, as before.
    for (const w of ['Mean value', 'Total:', 'Average (MPa)', 'Full marks'])
      expect(isSummaryWord(w) || isFullMarksWord(w)).toBe(true);
  });
});

describe('isFullMarksWord', () => {
  it('hostile-24 W9: the lines that state a score sheet’s scale are full-marks words, and summary words too', () => {
    const words = [
      '满分',
      '标准分',
      '分值',
      '满分值',
      '总分',
      '权重',
      '标准分值',
      '满分（100）',
      'Max score',
      'Full marks',
      'Weight (%)',
    ];
    expect(words.filter((w) => !isFullMarksWord(w))).toEqual([]);
    expect(words.filter((w) => !isSummaryWord(w))).toEqual([]);
  });

  it('a summary word is no full-marks word, nor an enterprise named after one', () => {
    for (const w of ['合计', '最高分', '满分公司', '权重科技有限公司'])
      expect(isFullMarksWord(w)).toBe(false);
  });
});

describe('hostile-25 W8: a known word in the forms a furniture line takes', () => {
  it('bracketed, with a colon and a number, a number and 分, a scope before, a score suffix after', () => {
    const scale = ['（满分）', '【满分】', '〔满分〕', '满分:100', '满分：100分', '满分=100', '满分100分'];
    const more = ['权重系数', '分数上限', '得分上限', '评分标准', '分值权重', 'Max. score', '总分值'];
    expect([...scale, ...more].filter((w) => !isFullMarksWord(w))).toEqual([]);
    const summaries = [
      '行业平均',
      '同行业平均',
      '区域平均',
      '总体平均',
      '样本均值',
      '平均得分',
      '平均水平',
      '最高',
      '最低',
      '最高分值',
      '均分',
      '中位值',
      '平均値',
      'Σ分',
      'Mean score',
      'Total score',
      'Industry average',
      '（平均）',
    ];
    expect(summaries.filter((w) => !isSummaryWord(w))).toEqual([]);
  });

  it('a name or id with anything else in it is none: 行业平均科技有限公司, 最高电器厂, Max1, 合计2, 满分公司', () => {
    const names = [
      '行业平均科技有限公司',
      '最高电器厂',
      '满分公司',
      'Max1',
      '合计2',
      '平均1',
      'Sample 1',
      'Group A',
      '上限科技',
      '（甲公司）',
      '满分:100公司',
    ];
    expect(names.filter((w) => isSummaryWord(w))).toEqual([]);
  });
});

describe('isSummaryWord with a prefix (hostile-26 W3)', () => {
  it('a summary word after a lot key, a period or a qualifier, and 均值±s, are summary words', () => {
    const words = [
      '组平均',
      '月均',
      'L1 平均',
      'L1平均',
      'L1-平均值',
      '2025年10月平均',
      '10月份合计',
      '本月合计（3台）',
      '全年合计',
      '上月累计',
      '第2批平均',
      '每组平均',
      '本批次小计',
      'L1组平均',
      'S1平均值(MPa)',
      '均值±s',
      '平均值 ± 标准差',
      'x̄±s',
    ];
    expect(words.filter((w) => !isSummaryWord(w))).toEqual([]);
  });

  it('no summary word at the end, or a Latin one after a code (asked of its values), is none', () => {
    const ids = [
      'S-avg',
      'L1 Mean',
      'L1',
      '2025年10月',
      '月',
      '组',
      '均',
      'S-平均气温',
      '年度之星',
      '一号样品',
    ];
    expect(ids.filter((w) => isSummaryWord(w))).toEqual([]);
  });
});
