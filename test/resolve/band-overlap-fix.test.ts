/**
 * An overlap of two table bands says what to write, as a gap does (studio-29 F2: "区间 ≤ 8 与 [8, 16] 重叠：一个值会
 * 匹配两行" gave no fix): the band above raised to start where the one below ends, or the one below lowered to end
 * where the one above starts; never a rewrite that leaves a band empty.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { bandOverlapFix } from '../../src/resolve/band-overlap-fix';
import { parseBand } from '../../src/syntax/parse-band';
import { ruleFileHeader } from '../rule-file-header';

const band = (text: string) => parseBand(text)!.band;
const fix = (a: string, b: string) => bandOverlapFix(band(a), band(b));

describe('bandOverlapFix', () => {
  it('bands that share one end value: either row may keep it', () => {
    expect(fix('≤ 8', '[8, 16]')).toEqual({
      zh: '；把 [8, 16] 写成 (8, 16]，使其从上一行的终点开始；或把 ≤ 8 写成 < 8，使其在下一行的起点结束（选与标准相符的一种）',
      en: '; write [8, 16] as (8, 16] so that it starts where the row before ends, or ≤ 8 as < 8 so that it ends where the next row starts (whichever the standard says)',
    });
  });

  it('bands that share a stretch, bounded and open above', () => {
    expect(fix('[0, 10]', '(8, 16]').en).toBe(
      '; write (8, 16] as (10, 16] so that it starts where the row before ends, or [0, 10] as [0, 8] so that it ends where the next row starts (whichever the standard says)',
    );
    expect(fix('≤ 10', '> 8').zh).toBe(
      '；把 > 8 写成 > 10，使其从上一行的终点开始；或把 ≤ 10 写成 ≤ 8，使其在下一行的起点结束（选与标准相符的一种）',
    );
  });

  it('a band inside the one below: only the lower band can change; the same start: no rewrite is offered', () => {
    expect(fix('≤ 20', '(8, 16]')).toEqual({
      zh: '；把 ≤ 20 写成 ≤ 8，使其在下一行的起点结束',
      en: '; write ≤ 20 as ≤ 8 so that it ends where the next row starts',
    });
    expect(fix('[0, 10]', '[0, 5]')).toEqual({ zh: '', en: '' });
  });
});

describe('bandOverlapFix: two rows open at the same end (newcomer-32 M4)', () => {
  it('< 7.5 then ≤ 7.5: the second is asked as ≥ 7.5, not made the point [7.5, 7.5] that leaves > 7.5 with no row', () => {
    expect(fix('< 7.5', '≤ 7.5')).toEqual({
      zh: '；两行都没有下限：是否要把 ≤ 7.5 写成 ≥ 7.5？（从上一行的终点开始，不留空档）',
      en: '; neither row has a lower end: did you mean ≥ 7.5 for ≤ 7.5? (it starts where the row before ends, leaving no gap)',
    });
    // At the other inclusion: ≤ 7.5 then < 7.5 asks > 7.5.
    expect(fix('≤ 7.5', '< 7.5').en).toContain('did you mean > 7.5 for < 7.5?');
  });

  it('≥ 7.5 then > 7.5 (open above): the first is asked as < 7.5', () => {
    expect(fix('> 7.5', '≥ 7.5')).toEqual({
      zh: '；两行都没有上限：是否要把 > 7.5 写成 < 7.5？（在下一行的起点结束，不留空档）',
      en: '; neither row has an upper end: did you mean < 7.5 for > 7.5? (it ends where the next row starts, leaving no gap)',
    });
  });

  it('open below to different ends (≤ 8 then ≤ 16): the band between, as before', () => {
    expect(fix('≤ 8', '≤ 16').en).toBe('; write ≤ 16 as (8, 16] so that it starts where the row before ends');
  });
});

describe('validate: a table with overlapping bands', () => {
  const rules = `${ruleFileHeader('test/bars')}indicators:
  d: { type: number, unit: mm, label: { zh: 公称直径, en: Diameter } }
  e: { type: number, unit: "%", label: { zh: 伸长率, en: Elongation } }
grades:
  - { id: ok, label: { zh: 合格, en: Pass } }
tables:
  eMin:
    keys: [d]
    columns: [d, ok]
    rows:
      - ["≤ 8", 16]
      - ["[8, 16]", 14]
criteria:
  - { id: e, indicator: e, require: "≥ eMin" }
`;

  it('is refused at the band above, with both rewrites, zh and en', () => {
    const { issues } = checkRuleSet(rules, { filename: 'bars.yaml' });
    const overlap = issues.filter((i) => i.code === 'band-overlap');
    expect(overlap).toHaveLength(1);
    expect(overlap[0]!.text.zh).toBe(
      '表“eMin”中，“d”的区间 ≤ 8 与 [8, 16] 重叠：一个值会匹配两行；把 [8, 16] 写成 (8, 16]，使其从上一行的终点开始；或把 ≤ 8 写成 < 8，使其在下一行的起点结束（选与标准相符的一种）',
    );
    expect(overlap[0]!.text.en).toBe(
      'in table "eMin", d bands ≤ 8 and [8, 16] overlap: a value would match two rows; write [8, 16] as (8, 16] so that it starts where the row before ends, or ≤ 8 as < 8 so that it ends where the next row starts (whichever the standard says)',
    );
    // Following either fix leaves no overlap.
    for (const fixed of [rules.replace('"[8, 16]"', '"(8, 16]"'), rules.replace('"≤ 8"', '"< 8"')])
      expect(checkRuleSet(fixed).issues.filter((i) => i.code === 'band-overlap')).toEqual([]);
  });
});
