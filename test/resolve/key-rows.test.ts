/**
 * A table keyed by an enum with no row for one of its values (newcomer sweep 1.1):
 * a 52.5R sample skipped the 3-day strength table as "not applicable" and was graded
 * first class on 5 MPa. `validate` now warns at the table's rows.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const cement = (
  rows: string,
  extra = '',
) => `${ruleFileHeader('test/key-rows', { zh: '水泥', en: 'Cement' })}indicators:
  strengthClass: { type: enum, values: ["42.5", "42.5R", "52.5", "52.5R"], label: { zh: 强度等级, en: Strength class } }
  compressive3d: { type: number, unit: MPa, range: "> 0", label: { zh: 3天抗压强度, en: 3-day compressive strength } }
grades:
  - { id: conforming, label: { zh: 合格品, en: Conforming } }
  - { id: first, label: { zh: 一等品, en: First class } }
tables:
  strength3d:
    keys: [strengthClass]
    columns: [strengthClass, conforming, first]
    rows:
${rows}
${extra}criteria:
  - id: compressive-3d
    indicator: compressive3d
    require: "≥ strength3d"
`;

const allRows = `      - ["42.5", 17.0, 19.0]
      - ["42.5R", 22.0, 24.0]
      - ["52.5", 23.0, 25.0]
      - ["52.5R", 27.0, 29.0]`;

const check = (text: string) => {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'c.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  // A required value read only under a `when` is warned about too; here the checks of this file are at issue
  // (test/resolve/required-beyond-when-43.test.ts has that warning's own).
  return issues.filter((i) => i.code !== 'required-beyond-when');
};

describe('an enum value with no row in a table keyed by it', () => {
  it('warns at the rows, naming the value, what happens and the fix', async () => {
    const text = cement(allRows.split('\n').slice(0, 3).join('\n'));
    const issues = check(text);
    expect(
      issues.map((i) => ({ code: i.code, severity: i.severity, line: i.line, column: i.column })),
    ).toEqual([{ code: 'band-gap', severity: 'warning', line: 19, column: 5 }]);
    expect(issues[0]!.text.en).toBe(
      'table "strength3d" has no row for strengthClass 52.5R: a record with that value matches no row, so it is graded WITHOUT requirement "compressive-3d", as if the limit did not exist, and it never holds its grade back; add a row for 52.5R (n/a in the columns of grades it cannot have), or take 52.5R out of the "values" of "strengthClass" or out of "scope"',
    );
    expect(issues[0]!.text.zh).toBe(
      '表“strength3d”没有“strengthClass”为“52.5R”的行：这样的记录不匹配任何行，分级时不检验要求“compressive-3d”，如同没有这个限值，其等级不受它限制；请为“52.5R”加一行（没有的等级写 n/a），或把它从“strengthClass”的“values”中删去，或用“scope”把它排除在标准之外',
    );
    // What the warning is about: 5 MPa grades first class.
    const result = await createGrader(checkRuleSet(text).ruleSet!).grade({
      strengthClass: '52.5R',
      compressive3d: 5,
    });
    expect(result.grade).toBe('first');
  });

  it('names every missing value in one warning', () => {
    const issues = check(cement(allRows.split('\n').slice(0, 2).join('\n')));
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining(
        'has no row for strengthClass 52.5, 52.5R: a record with one of them matches no row',
      ),
    ]);
    expect(issues[0]!.text.zh).toContain('没有“strengthClass”为“52.5”、“52.5R”的行');
  });

  it('no warning when every value has a row (lists of values count), or n/a cells stand for a grade', () => {
    expect(check(cement(allRows))).toEqual([]);
    expect(
      check(cement(`      - [["42.5", "42.5R"], 17.0, 19.0]\n      - [["52.5", "52.5R"], 23.0, n/a]`)),
    ).toEqual([]);
  });

  it('no warning when the scope or every requirement reading the table rules the value out', () => {
    const three = allRows.split('\n').slice(0, 3).join('\n');
    const scope = `scope:
  - { id: not-52r, indicator: strengthClass, require: 'not in ["52.5R"]', reason: { zh: 不适用, en: not covered } }
`;
    expect(check(cement(three, scope))).toEqual([]);
    // A scope of "≠" keeps the value out as "not in" does.
    expect(check(cement(three, scope.replace(`'not in ["52.5R"]'`, `'≠ "52.5R"'`)))).toEqual([]);
    const when = cement(three).replace(
      'require: "≥ strength3d"',
      'require: "≥ strength3d"\n    when: { strengthClass: ["42.5", "42.5R", "52.5"] }',
    );
    expect(check(when)).toEqual([]);
  });
});

describe('newcomer-30 M6: an enum of numbers and a scope written as an interval', () => {
  const glass = (
    scope: string,
  ) => `${ruleFileHeader('test/key-rows-glass', { zh: '玻璃', en: 'Glass' })}indicators:
  thickness: { type: enum, values: [2, 3, 5, 15, 19], unit: mm, label: { zh: 公称厚度, en: Nominal thickness } }
  transmittance: { type: number, unit: "%", range: "[0, 100]", label: { zh: 可见光透射比, en: Transmittance } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
scope:
  - { id: thin, indicator: thickness, require: '${scope}', reason: { zh: 只适用于薄玻璃, en: thin glass only } }
tables:
  transMin:
    keys: [thickness]
    columns: [thickness, ok]
    rows:
      - [2, 89]
      - [3, 88]
      - [5, 87]
criteria:
  - { id: trans, indicator: transmittance, require: "≥ transMin" }
`;
  const gaps = (scope: string) => check(glass(scope)).filter((i) => i.code === 'band-gap');

  it('values the interval (or a ≤ / < limit) keeps out are not missing: no warning', () => {
    expect(gaps('[2, 12]')).toEqual([]);
    expect(gaps('≤ 5')).toEqual([]);
    expect(gaps('< 15')).toEqual([]);
  });

  it('a value the scope lets in still warns, naming only it', () => {
    const [w, ...more] = gaps('[2, 15]');
    expect(more).toEqual([]);
    expect(w!.message).toContain('table "transMin" has no row for thickness 15:');
    expect(w!.text.zh).toContain('表“transMin”没有“thickness”为“15”的行');
    expect(gaps('≥ 2')[0]!.message).toContain('has no row for thickness 15, 19:');
  });
});

/** Aluminium extrusions: the limit depends on the alloy and its temper together (figures illustrative). */
const extrusion = (
  rows: string,
  { when = '', values = '[T4, T5, T6]', thickness = false } = {},
) => `${ruleFileHeader('test/key-combinations', { zh: '型材', en: 'Extrusions' })}indicators:
  alloy: { type: enum, values: ["6061", "6063", "6082"], label: { zh: 牌号, en: Alloy } }
  temper: { type: enum, values: ${values}, label: { zh: 状态, en: Temper } }
  wall: { type: number, unit: mm, range: "> 0", label: { zh: 壁厚, en: Wall thickness } }
  tensile: { type: number, unit: MPa, range: "> 0", label: { zh: 抗拉强度, en: Tensile strength } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
tables:
  tensileMin:
    keys: [alloy, temper${thickness ? ', wall' : ''}]
    columns: [alloy, temper${thickness ? ', wall' : ''}, value]
    rows:
${rows}
criteria:
  - id: tensile
    indicator: tensile
    require: "≥ tensileMin.value"${when}
`;

describe('a combination of enum keys with no row in a table keyed by several', () => {
  const full = `      - [["6061", "6063", "6082"], T4, 180]
      - ["6061", [T5, T6], 260]
      - ["6063", T5, 160]
      - ["6063", T6, 205]
      - ["6082", T5, 270]
      - ["6082", T6, 310]`;

  it('warns at the rows, naming the combination, what happens and the fix', async () => {
    const text = extrusion(full.replace('      - ["6063", T6, 205]\n', ''));
    const issues = check(text);
    expect(
      issues.map((i) => ({ code: i.code, severity: i.severity, line: i.line, column: i.column })),
    ).toEqual([{ code: 'band-gap', severity: 'warning', line: 20, column: 5 }]);
    expect(issues[0]!.text.en).toBe(
      'table "tensileMin" has no row for alloy 6063 with temper T6: a record with that combination matches no row, so the table\'s requirements are not applicable to it and never hold its grade back; add a row for it (n/a in the columns of grades it cannot have), or keep such records out with "scope" or the "when" of the requirements reading the table',
    );
    expect(issues[0]!.text.zh).toBe(
      '表“tensileMin”没有“alloy”为“6063”且“temper”为“T6”的行：这样的记录不匹配任何行，此表的要求对它判为不适用，从不限制它的等级；请为这个组合加一行（没有的等级写 n/a），或用“scope”或读取此表的要求的“when”把这样的记录排除',
    );
    // What the warning is about: any tensile strength passes.
    const result = await createGrader(checkRuleSet(text).ruleSet!).grade({
      alloy: '6063',
      temper: 'T6',
      wall: 2,
      tensile: 1,
    });
    expect(result.grade).toBe('ok');
  });

  it('names the first five combinations and counts the rest, in one warning', () => {
    const issues = check(
      extrusion(`      - ["6061", T4, 180]\n      - ["6063", T5, 160]\n      - ["6082", T6, 310]`),
    );
    expect(issues.map((i) => i.text.en)).toEqual([
      expect.stringContaining(
        'has no row for alloy 6061 with temper T5, alloy 6061 with temper T6, alloy 6063 with temper T4, alloy 6063 with temper T6, alloy 6082 with temper T4, and 1 more combination: a record with one of them matches no row',
      ),
    ]);
    expect(issues[0]!.text.zh).toContain(
      '没有“alloy”为“6061”且“temper”为“T5”、“alloy”为“6061”且“temper”为“T6”、“alloy”为“6063”且“temper”为“T4”、“alloy”为“6063”且“temper”为“T6”、“alloy”为“6082”且“temper”为“T4”等 6 个组合的行',
    );
  });

  it('a value in no row at all is reported once, as a value, not again in combinations', () => {
    const issues = check(extrusion(full, { values: '[T4, T5, T6, T7]' }));
    expect(issues.map((i) => i.text.en)).toEqual([expect.stringContaining('has no row for temper T7:')]);
  });

  it('numeric band keys are not combined; the enum keys are, whatever the band', () => {
    const banded = (rows: string) =>
      rows
        .split('\n')
        .map((r) => r.replace(/, (\d+)\]$/, ', "> 0", $1]'))
        .join('\n');
    expect(check(extrusion(banded(full), { thickness: true }))).toEqual([]);
    expect(
      check(extrusion(banded(full.replace('      - ["6063", T6, 205]\n', '')), { thickness: true })).map(
        (i) => i.text.en,
      ),
    ).toEqual([expect.stringContaining('has no row for alloy 6063 with temper T6:')]);
  });

  it('no warning when every combination has a row (lists count), or every reading when rules it out', () => {
    expect(check(extrusion(full))).toEqual([]);
    expect(check(extrusion(`      - [["6061", "6063", "6082"], [T4, T5, T6], 180]`))).toEqual([]);
    const without = full.replace('      - ["6063", T6, 205]\n', '');
    expect(
      check(
        extrusion(without, {
          when: '\n    when: { not: { all: [{ fact: alloy, operator: equal, value: "6063" }, { fact: temper, operator: equal, value: T6 }] } }',
        }),
      ),
    ).toEqual([]);
    expect(check(extrusion(without, { when: '\n    when: { alloy: ["6061", "6082"] }' }))).toEqual([]);
  });
});

/** Cement whose 3-day limit depends on the class and on whether it is early-strength (figures illustrative). */
const early = (
  rows: string,
  extra = '',
) => `${ruleFileHeader('test/key-booleans', { zh: '水泥', en: 'Cement' })}indicators:
  strengthClass: { type: enum, values: ["42.5", "52.5"], label: { zh: 强度等级, en: Strength class } }
  earlyStrength: { type: boolean, label: { zh: 早强型, en: Early-strength } }
  compressive3d: { type: number, unit: MPa, range: "> 0", label: { zh: 3天抗压强度, en: 3-day compressive strength } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
${extra}tables:
  strength3d:
    keys: [strengthClass, earlyStrength]
    columns: [strengthClass, earlyStrength, value]
    rows:
${rows}
criteria:
  - id: compressive-3d
    indicator: compressive3d
    require: "≥ strength3d.value"
`;

describe('a boolean key, combined with an enum key, as the enum [true, false]', () => {
  const full = `      - ["42.5", false, 17.0]
      - ["42.5", true, 22.0]
      - ["52.5", false, 23.0]
      - ["52.5", true, 27.0]`;

  it('warns about a class with no row for one of true / false, 是/否 in Chinese', async () => {
    const text = early(full.split('\n').slice(0, 3).join('\n'));
    const issues = check(text);
    // At the table's rows.
    const line = text.split('\n').findIndex((l) => l.trim() === 'rows:') + 1;
    expect(issues.map((i) => ({ code: i.code, severity: i.severity, line: i.line }))).toEqual([
      { code: 'band-gap', severity: 'warning', line },
    ]);
    expect(issues[0]!.text.en).toContain(
      'table "strength3d" has no row for strengthClass 52.5 with earlyStrength true: a record with that combination matches no row',
    );
    expect(issues[0]!.text.zh).toContain(
      '表“strength3d”没有“strengthClass”为“52.5”且“earlyStrength”为“是”的行',
    );
    // What the warning is about: an early-strength 52.5 passes on any strength.
    const result = await createGrader(checkRuleSet(text).ruleSet!).grade({
      strengthClass: '52.5',
      earlyStrength: true,
      compressive3d: 1,
    });
    expect(result.grade).toBe('ok');
  });

  it('a boolean value in no row at all is reported as a value', () => {
    const issues = check(
      early(
        full
          .split('\n')
          .filter((r) => r.includes('false'))
          .join('\n'),
      ),
    );
    expect(issues.map((i) => i.text.en)).toEqual([
      expect.stringContaining('has no row for earlyStrength true:'),
    ]);
    expect(issues[0]!.text.zh).toContain('没有“earlyStrength”为“是”的行');
  });

  it('no warning when every combination has a row, or the scope or a when rules the value out', () => {
    expect(check(early(full))).toEqual([]);
    const noEarly = full
      .split('\n')
      .filter((r) => r.includes('false'))
      .join('\n');
    const scope = `scope:
  - { id: ordinary, indicator: earlyStrength, require: "= false", reason: { zh: 不适用, en: not covered } }
`;
    expect(check(early(noEarly, scope))).toEqual([]);
    const when = early(noEarly).replace(
      'require: "≥ strength3d.value"',
      'require: "≥ strength3d.value"\n    when: { earlyStrength: false }',
    );
    expect(check(when)).toEqual([]);
  });
});

describe('newcomer-30 F5: a key value given in two rows', () => {
  it('the error at the second row names the line of the first, in both languages', () => {
    const text = cement(`${allRows}\n      - ["42.5", 18.0, 20.0]`);
    const { issues } = checkRuleSet(text, { filename: 'c.yaml' });
    const lines = text.split('\n');
    const first = lines.indexOf('      - ["42.5", 17.0, 19.0]') + 1;
    const second = lines.indexOf('      - ["42.5", 18.0, 20.0]') + 1;
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['duplicate-row', second, 10]]);
    expect(issues[0]!.message).toBe(
      `in table "strength3d", strengthClass = 42.5 appears in two rows (the other at line ${first})`,
    );
    expect(issues[0]!.text.zh).toBe(
      `表“strength3d”中，“strengthClass = 42.5”出现在两行中（另一行在第 ${first} 行）`,
    );
  });
});
