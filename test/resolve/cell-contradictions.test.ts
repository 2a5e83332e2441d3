/**
 * A limit read from a table cell that, in its row, leaves no value with the
 * literal limits of scope and of the grades at or below its own, or with the
 * row's other cells: the 52.5R row asks "≥ 29" for first class while first
 * class asks "≤ 28" of every class. Records of that row can never reach that
 * grade or any above; `validate` warns at the cell.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const cement = ({
  criteria = '',
  scope = '',
  range = '"> 0"',
} = {}) => `${ruleFileHeader('test/cell-contradictions', { zh: '水泥', en: 'Cement' })}indicators:
  strengthClass: { type: enum, values: ["42.5", "52.5R"], label: { zh: 强度等级, en: Strength class } }
  compressive3d: { type: number, unit: MPa, range: ${range}, label: { zh: 3天抗压强度, en: 3-day compressive strength } }
grades:
  - { id: conforming, label: { zh: 合格品, en: Conforming } }
  - { id: first, label: { zh: 一等品, en: First class } }
${scope}tables:
  strength3d:
    keys: [strengthClass]
    columns: [strengthClass, conforming, first]
    rows:
      - ["42.5", 17.0, 19.0]
      - ["52.5R", 27.0, 29.0]
criteria:
  - id: compressive-3d
    indicator: compressive3d
    require: "≥ strength3d"
${criteria}`;

const warnings = (text: string) => {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'c.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  return issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));
};

const capFirst = '  - { id: cap-first, indicator: compressive3d, require: "≤ 28", grade: first }\n';

describe('a table cell contradicting a literal limit', () => {
  it('warns at the cell, naming the row’s class, the other requirement and the grades lost', async () => {
    const text = cement({ criteria: capFirst });
    expect(warnings(text)).toEqual([
      {
        code: 'unreachable-grade',
        severity: 'warning',
        line: 21,
        column: 25,
        en: 'the requirement compressive3d ≥ 29.0 in row 2 of table "strength3d" (for strengthClass 52.5R) contradicts compressive3d ≤ 28 ("cap-first", line 26): no value meets both, so grade "first" and every grade above it can never be reached for strengthClass 52.5R',
        zh: '表“strength3d”第 2 行（“strengthClass”为“52.5R”）的要求“compressive3d ≥ 29.0”与第 26 行的“compressive3d ≤ 28”（“cap-first”）互相矛盾，没有值能同时满足两者：“strengthClass”为“52.5R”的记录永远达不到等级“一等品”及以上',
      },
    ]);
    // What the warning is about: a 52.5R sample can never be first class.
    const grader = createGrader(checkRuleSet(text).ruleSet!);
    for (const compressive3d of [28, 29])
      expect((await grader.grade({ strengthClass: '52.5R', compressive3d })).grade).toBe('conforming');
  });

  it('a scope limit: no record of that class can be graded (at the lowest grade’s cell)', () => {
    const scope = `scope:
  - { id: cap, indicator: compressive3d, require: "≤ 25", reason: { zh: 超出, en: out } }
`;
    const found = warnings(cement({ scope }));
    expect(found.map((w) => [w.line, w.column])).toEqual([[23, 19]]);
    expect(found[0]!.en).toContain('contradicts compressive3d ≤ 25 ("cap", line 16)');
    expect(found[0]!.en).toContain('so no record for strengthClass 52.5R can be graded');
    expect(found[0]!.zh).toContain('“strengthClass”为“52.5R”的记录都不能评上任何等级');
  });

  it('two cells of one row that leave nothing between them', () => {
    const text = cement().replace(
      '    require: "≥ strength3d"\n',
      '    require: "≥ strength3d"\n  - { id: max-first, indicator: compressive3d, require: "≤ strength3d.conforming", grade: first }\n',
    );
    const found = warnings(text);
    expect(found).toHaveLength(2);
    // At the later requirement's cell (here the max column), naming the other cell and its line.
    expect(found.map((w) => [w.line, w.column, w.en])).toEqual([
      [
        20,
        18,
        'the requirement compressive3d ≤ 17.0 in row 1 of table "strength3d" (for strengthClass 42.5) contradicts compressive3d ≥ 19.0 ("compressive-3d@first", line 20): no value meets both, so grade "first" and every grade above it can never be reached for strengthClass 42.5',
      ],
      [21, 19, expect.stringContaining('(for strengthClass 52.5R) contradicts compressive3d ≥ 29.0')],
    ]);
  });

  it('no warning when the cells leave room, the literal has a when, the scope rules the row out, or a class is not read', () => {
    expect(warnings(cement({ criteria: capFirst.replace('≤ 28', '≤ 29') }))).toEqual([]);
    expect(
      warnings(
        cement({
          criteria: capFirst.replace('grade: first', 'grade: first, when: { strengthClass: "42.5" }'),
        }),
      ),
    ).toEqual([]);
    const scope = `scope:
  - { id: not-52r, indicator: strengthClass, require: 'not in ["52.5R"]', reason: { zh: 不适用, en: not covered } }
`;
    expect(warnings(cement({ criteria: capFirst, scope }))).toEqual([]);
  });

  it('literal limits that contradict each other are warned about once, at the literal, not again at each cell', () => {
    const found = warnings(
      cement({
        criteria: `  - { id: cap, indicator: compressive3d, require: "≤ 30", grade: conforming }
  - { id: max, indicator: compressive3d, require: "≤ strength3d.conforming", grade: conforming }
  - { id: floor-first, indicator: compressive3d, require: "≥ 31", grade: first }
`,
      }),
    );
    expect(found.map((w) => w.en)).toEqual([
      expect.stringMatching(/^the requirement compressive3d ≥ 31 contradicts compressive3d ≤ 30/),
    ]);
  });

  it('a row keyed by a band names the band, spaced from the Chinese after it', () => {
    const text = `${ruleFileHeader('test/cell-bands')}indicators:
  capacity: { type: number, unit: W, range: "> 0", label: { zh: 制冷量, en: Capacity } }
  apf: { type: number, label: { zh: 能效, en: APF } }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
tables:
  apfMin: { keys: [capacity], columns: [capacity, "2", "1"], rows: [["≤ 4500", 4.5, 5.0], ["(4500, 7100]", 4.0, 4.5]] }
criteria:
  - { id: apf, indicator: apf, require: "≥ apfMin" }
  - { id: apf-cap, indicator: apf, require: "≤ 4.8", grade: "1" }
scope:
  - { id: capacity-in-scope, indicator: capacity, require: "≤ 7100", reason: { zh: 不适用, en: not covered } }
`;
    const found = warnings(text);
    expect(found.map((w) => [w.line, w.en])).toEqual([
      [
        16,
        'the requirement apf ≥ 5.0 in row 1 of table "apfMin" (for capacity ≤ 4500) contradicts apf ≤ 4.8 ("apf-cap", line 19): no value meets both, so grade "1" and every grade above it can never be reached for capacity ≤ 4500',
      ],
    ]);
    expect(found[0]!.zh).toContain('（“capacity”为 ≤ 4500）');
    expect(found[0]!.zh).toContain('：“capacity”为 ≤ 4500 的记录永远达不到等级“1级”及以上');
  });

  it('a cell outside the declared range is warned about once, as before, not again as a contradiction', () => {
    const found = warnings(cement({ criteria: capFirst, range: '"(0, 28]"' }));
    expect(found.map((w) => w.en)).toEqual([
      expect.stringContaining(
        'the requirement compressive3d ≥ 29.0 in row 2 of table "strength3d" can never be met: "compressive3d" is declared in (0, 28]',
      ),
    ]);
  });
});
