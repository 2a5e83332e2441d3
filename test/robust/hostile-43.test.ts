import { describe, expect, it } from 'vitest';
import { limitKeyIndicators, recordLimitKeysLine } from '../../src/compare/limit-keys';
import { checkRuleSet, createGrader, type IndicatorInfo, loadRuleSet } from '../../src/index';
import { convertCell } from '../../src/input/convert-value';
import { formatExplanation } from '../../src/report/format-explanation';
import { modelOf } from '../../src/resolve/rule-set';
import { ruleFileHeader } from '../rule-file-header';

// Hostile inputs against what session 43 added (hostile-43): minus signs written as a standard prints them or as a
// dash typed for one, in limits, ranges, conditions, table cells and value cells. The limits are illustrative.

const errorsOf = (text: string) =>
  checkRuleSet(text, { filename: 'minus.yaml' })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => ({ line: i.line, en: i.text.en, zh: i.text.zh }));

const ruleFile = (criterion: string, tables = '') => `${ruleFileHeader('test/hostile-43')}comparison: full
indicators:
  temp: { type: number, unit: °C, label: { zh: 试验温度, en: Test temperature } }
  a: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }
${tables}grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c, ${criterion} }
`;

const only = (text: string) => {
  const errors = errorsOf(text);
  expect(errors).toHaveLength(1);
  return errors[0]!;
};

describe.concurrent('a dash typed for the minus sign in a limit, a range or a condition', () => {
  // `≤ –60` was told "a unit goes after the number: write ≤ 60 –" (a limit of +60), as `≤ −60` was before
  // newcomer-43; `[–60, 0]` only "not a range"; a tolerance with `/–0.3` "does not start with an operator".
  it.each([
    ['≤ –60', '–', 'U+2013', '≤ -60'],
    ['≤ —60', '—', 'U+2014', '≤ -60'],
    ['≤ ﹣60', '﹣', 'U+FE63', '≤ -60'],
    ['≤ ‒60', '‒', 'U+2012', '≤ -60'],
    ['≤ ‐60', '‐', 'U+2010', '≤ -60'],
    ['[–60, 0]', '–', 'U+2013', '[-60, 0]'],
    ['5 +0.5/–0.3', '–', 'U+2013', '5 +0.5/-0.3'],
  ])('require: "%s" names %s (%s) and gives %s, which is accepted', (written, c, code, write) => {
    const e = only(ruleFile(`indicator: a, require: "${written}"`));
    expect(e.en).toBe(`"${written}" has "${c}" (${code}) for a minus sign: write ASCII "-", as ${write}`);
    expect(e.zh).toBe(`“${written}”中的“${c}”（${code}）不是负号：请写半角的“-”，写作 ${write}`);
    expect(errorsOf(ruleFile(`indicator: a, require: "${write}"`))).toEqual([]);
  });

  it('a condition: when: { temp: "≤ –20" } names the dash; when: { temp: –20 } (text to YAML) too', () => {
    const written = only(ruleFile('indicator: a, require: "≥ 1", when: { temp: "≤ –20" }'));
    expect(written.en).toBe('"≤ –20" has "–" (U+2013) for a minus sign: write ASCII "-", as ≤ -20');
    for (const [v, c, write] of [
      ['–20', '"–" (U+2013) for a minus sign', '-20'],
      ['−20', 'the typeset minus "−" (U+2212)', '-20'],
      ['5e−3', 'the typeset minus "−" (U+2212)', '5e-3'],
    ]) {
      const e = only(ruleFile(`indicator: a, require: "≥ 1", when: { temp: ${v} }`));
      expect(e.en, v).toBe(
        `"temp" is a number; "${v}" can never match it: "${v}" has ${c}: write ASCII "-", as ${write}`,
      );
      expect(e.zh, v).toContain(`写作 ${write}`);
      expect(errorsOf(ruleFile(`indicator: a, require: "≥ 1", when: { temp: ${write} }`))).toEqual([]);
    }
  });

  it('a range or en dash between numbers is no minus: 2–6 and a − b keep their own messages', () => {
    expect(only(ruleFile('indicator: a, require: "≤ 2–6"')).en).not.toContain('for a minus sign');
    // b is no value here: told with the minus, at once (hostile-46).
    const [minus, unknown] = errorsOf(ruleFile('indicator: a, require: "≤ a − b"'));
    expect(minus?.en).toContain('a formula writes "-"');
    expect(unknown?.en).toContain('unknown name "b"');
  });
});

describe.concurrent('the typeset minus (U+2212) where newcomer-43 did not reach', () => {
  it('≤ 5e−3 is not "written in e−3" (write the number alone: ≤ 5, a thousand times the limit)', () => {
    for (const [written, write] of [
      ['≤ 5e−3', '≤ 5e-3'],
      ['≤ 5E−3', '≤ 5E-3'],
      ['≤ 5e–3', '≤ 5e-3'],
    ]) {
      const e = only(ruleFile(`indicator: a, require: "${written}"`));
      expect(e.en, written).toMatch(/^".*" has .* write ASCII "-", as /);
      expect(e.en, written).toContain(`as ${write}`);
      expect(e.en, written).not.toContain('written in');
    }
  });

  it('a tolerance with a typeset minus nominal (−5 ±0.3) says to write -5 ±0.3; +0.5/−0.3 still reads', () => {
    expect(only(ruleFile('indicator: a, require: "−5 ±0.3"')).en).toBe(
      '"−5 ±0.3" has the typeset minus "−" (U+2212): write ASCII "-", as -5 ±0.3',
    );
    expect(errorsOf(ruleFile('indicator: a, require: "5 +0.5/−0.3"'))).toEqual([]);
  });

  it('a tilde range (−20～20 ℃) or a band with units ([−5 mm, 5 mm]) gives the range to write, with ASCII -', () => {
    const tilde = only(ruleFile('indicator: temp, require: "−20～20 ℃"'));
    expect(tilde.en).toContain('is written as a range, without the unit: "[-20, 20]"');
    expect(only(ruleFile('indicator: a, require: "−5 ~ −1"')).en).toContain('"[-5, -1]"');
    for (const written of ['[−5 mm, 5 mm]', '[−5, 5] mm']) {
      expect(only(ruleFile(`indicator: a, require: "${written}"`)).en, written).toBe(
        `"${written}": a range is written without a unit: write [-5, 5]`,
      );
    }
  });

  it('≤ −５ and [−５, 5] are told ASCII with "-", not "write ASCII −5" (refused in turn)', () => {
    expect(only(ruleFile('indicator: a, require: "≤ −５"')).en).toContain('write ASCII "-5"');
    expect(only(ruleFile('indicator: a, require: "[−５, 5]"')).en).toContain('write ASCII "[-5, 5]"');
  });
});

describe.concurrent('a table cell with a dash for the minus or a typeset minus in its exponent', () => {
  const table = (cell: string) =>
    ruleFile(
      'indicator: a, require: "≥ lim.v"',
      `tables:
  lim:
    keys: [temp]
    columns: [temp, v]
    rows:
      - ["[0, 10]", ${cell}]
      - ["[-100, 0)", 1]
`,
    );

  it('-2e−1 is told to write -2e-1, not "write -2" (ten times the value, of the other sign of exponent)', () => {
    const e = only(table('-2e−1'));
    expect(e.en).toBe('"-2e−1" has the typeset minus "−" (U+2212): write ASCII "-", as -2e-1');
    expect(e.en).not.toContain('write -2;');
    expect(errorsOf(table('-2e-1'))).toEqual([]);
  });

  it('–20 and ﹣20 are named at the cell, not "mixes number and text" and "a number in quotes"', () => {
    for (const [cell, code] of [
      ['–20', 'U+2013'],
      ['﹣20', 'U+FE63'],
    ] as const) {
      const e = only(table(cell));
      expect(e.en, cell).toBe(
        `"${cell}" has "${cell[0]}" (${code}) for a minus sign: write ASCII "-", as -20`,
      );
    }
  });
});

describe.concurrent('a value cell with a typeset minus in its exponent or a dash for its sign', () => {
  const NUMBER: IndicatorInfo = {
    name: 'x',
    type: 'number',
    label: { zh: '某指标', en: 'Some indicator' },
    required: true,
    specimens: 0,
  };

  it('5e−3 is told to write 5e-3 (it was "remove e−3 and write 5", a thousand times the value)', () => {
    expect(convertCell('5e−3', NUMBER)?.error?.message).toEqual({
      zh: '某指标应为数值："5e−3" 中的减号是排版用的“−”（U+2212），只有开头的负号按“-”读取：请写半角的“-”，写作 5e-3',
      en: 'x (Some indicator) must be a number: "5e−3" has the typeset minus "−" (U+2212), read as "-" only as the leading sign: write ASCII "-", as 5e-3',
    });
    expect(convertCell('−1.2E−5', NUMBER)?.error?.message.en).toContain('as -1.2E-5');
    expect(convertCell('5e−3;2e−3', { ...NUMBER, specimens: 2 })?.error?.message.en).toContain('as 5e-3');
    // The leading sign alone is read, as before; one between numbers is no exponent's.
    expect(convertCell('−5', NUMBER)).toEqual({ value: -5 });
    expect(convertCell('4−5', NUMBER)?.error?.message.en).toContain('contains the character "−"');
  });

  it('–5, ﹣5 and 5e–3 are told the ASCII to write, zh and en; a range 5–6 and a lone dash are not', () => {
    expect(convertCell('5e–3', NUMBER)?.error?.message).toEqual({
      zh: '某指标应为数值："5e–3" 中的“–”（U+2013）不是负号：请写半角的“-”，写作 5e-3',
      en: 'x (Some indicator) must be a number: "5e–3" has "–" (U+2013) for a minus sign: write ASCII "-", as 5e-3',
    });
    expect(convertCell('﹣5', NUMBER)?.error?.message.en).toContain('has "﹣" (U+FE63) for a minus sign');
    expect(convertCell('–.5', NUMBER)?.error?.message.en).toContain('as -.5');
    expect(convertCell('5–6', NUMBER)?.error?.message.en).not.toContain('minus sign');
    expect(convertCell('—', NUMBER)?.error?.message.en).toContain('means not tested');
  });
});

describe.concurrent('a message quoting text with an emoji cut at its length', () => {
  it('is not cut between the halves of a surrogate pair', () => {
    const [e] = errorsOf(ruleFile(`indicator: a, require: "5${'🙂'.repeat(100)}"`));
    expect(e!.en).toContain('🙂…');
    // A lone half would print as a replacement character.
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    expect(e!.en).not.toMatch(lone);
    expect(e!.zh).not.toMatch(lone);
  });
});

describe('Limits depend on: a key judged from a value passed on as written keeps its unit', async () => {
  // GB/T 1591 Q355: phosphorus keys the grade and is judged. Its cell `0.020(+)` (a GB/T 8170 mark) or `≤0.02` (a
  // bound) reached the line as text, which showed no unit: "磷 P = 0.020(+)" beside the line "0.020(+) % meets …".
  const steel = await loadRuleSet('steel/low-alloy-structural-steel');
  const keys = limitKeyIndicators(modelOf(steel));
  const grader = createGrader(steel);
  const record = (phosphorus: string) => ({
    designation: 'Q355N',
    thickness: 20,
    yieldStrength: 360,
    tensileStrength: 520,
    impactTemperature: -60,
    impactEnergy: [27, 27, 27],
    carbon: 0.18,
    manganese: 1.4,
    phosphorus,
    sulfur: 0.01,
  });

  it.each(['0.020(+)', '≤0.02'])('%s is shown with % in zh and en, as its requirement line', (p) => {
    const result = grader.gradeSync(record(p));
    expect(result.errors).toBeUndefined();
    expect(recordLimitKeysLine(keys, result, record(p), 'en')).toContain(`Phosphorus P = ${p} %,`);
    expect(recordLimitKeysLine(keys, result, record(p), 'zh')).toContain(`磷 P = ${p} %，`);
    expect(formatExplanation(result, 'en', {})).toContain(`Phosphorus P: ${p} % meets ≤ 0.035 %`);
  });
});
