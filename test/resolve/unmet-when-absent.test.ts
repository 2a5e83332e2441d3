/**
 * newcomer-22 finding 6: an optional indicator (`required: false`, no `default`) tested by a requirement
 * that always applies makes every record without it 不分级, and validate said nothing (38 of 120 flat-glass
 * samples had no bow value). Now `validate` warns at the requirement, saying what the `when` to add is.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ruleFileHeader } from '../rule-file-header';

const CODE = 'unmet-when-absent';

const glass = (
  bow: string,
  criteria: string,
) => `${ruleFileHeader('test/glass', { zh: '玻璃', en: 'Glass' })}indicators:
  glassColor:
    type: enum
    values: [clear, tinted]
    label: { zh: 颜色类别, en: Colour class }
  defects: { type: integer, range: "≥ 0", label: { zh: 点状缺陷, en: Point defects } }
  bow:
    type: number
    unit: "%"
    range: "≥ 0"
${bow}    label: { zh: 弯曲度, en: Bow }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
tables:
  bowMax:
    keys: [glassColor]
    columns: [glassColor, qualified, superior]
    rows:
      - [clear, 0.3, 0.2]
      - [tinted, ~, ~]
criteria:
  - id: defects
    indicator: defects
    require: "≤ 3"
  - { id: defects-top, indicator: defects, grade: superior, require: "≤ 1" }
${criteria}`;

const OPTIONAL = '    required: false\n';
const BOW = '  - id: bow\n    indicator: bow\n    require: "≤ 0.3"\n';

/** The 1-based line of `- id: bow` in a file. */
const bowLine = (text: string) => text.split('\n').indexOf('  - id: bow') + 1;

function warnings(text: string) {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'glass.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  return issues.filter((i) => i.code === CODE);
}

describe('validate: an optional indicator tested by a requirement that always applies', () => {
  it('warns at the requirement, in both languages, with the `when` to add', () => {
    const text = glass(OPTIONAL, BOW);
    const [w, ...more] = warnings(text);
    expect(more).toEqual([]);
    expect(bowLine(text)).toBe(36);
    expect(w).toMatchObject({ severity: 'warning', line: 36, column: 5, path: ['criteria', 2] });
    expect(w!.text.zh).toBe(
      '可选指标“弯曲度”（“bow”）没有默认值，而要求“bow”总是检验它：未给出“bow”的记录都不分级（达不到最低的“合格品”）。' +
        '若未检测时不判定，请给这条要求加“when: { bow: "≥ 0" }”；若必须检测，请设为必填（“required: true”）',
    );
    expect(w!.message).toBe(
      'the optional indicator "Bow" (bow) has no default, yet requirement "bow" tests it: a record that does not give bow ' +
        'is never graded (it cannot reach "qualified", the lowest grade). If it is not judged when not measured, ' +
        'give the requirement when: { bow: "≥ 0" }; if it must be measured, make it required ("required: true")',
    );
  });

  it('the file as the warning says, with the `when`, has no warning; nor with a default, or required', () => {
    expect(warnings(glass(OPTIONAL, `${BOW}    when: { bow: "≥ 0" }\n`))).toEqual([]);
    expect(warnings(glass(`${OPTIONAL}    default: 0\n`, BOW))).toEqual([]);
    expect(warnings(glass('', BOW))).toEqual([]);
  });

  it('at a higher grade only: names that grade; a `when` on another indicator still applies', () => {
    const [w] = warnings(
      glass(
        OPTIONAL,
        `${BOW.replace('"≤ 0.3"', '"≤ 0.2"')}    grade: superior\n    when: { glassColor: clear }\n`,
      ),
    );
    expect(w!.text.zh).toContain(
      '而要求“bow”在其“when”成立时总是检验它：未给出“bow”的记录都达不到“优等品”。',
    );
    expect(w!.message).toContain(
      'tests it wherever its "when" holds: a record that does not give bow never reaches grade "superior".',
    );
  });

  it('several such requirements: one warning, at the one of the lowest grade', () => {
    const text = glass(
      OPTIONAL,
      `  - id: bow-top\n    indicator: bow\n    grade: superior\n    require: "≤ 0.2"\n${BOW}`,
    );
    const [w, ...more] = warnings(text);
    expect(more).toEqual([]);
    expect(w).toMatchObject({ line: bowLine(text), column: 5 });
    expect(w!.text.zh).toContain('而要求“bow”总是检验它：未给出“bow”的记录都不分级（达不到最低的“合格品”）');
  });

  it('a `when` that repeats part of its requiredWhen, or a limit from a table with `~` where it does not apply: no warning', () => {
    const requiredWhen = `${OPTIONAL}    requiredWhen: { glassColor: clear }\n`;
    expect(warnings(glass(requiredWhen, `${BOW}    when: { glassColor: clear }\n`))).toEqual([]);
    expect(warnings(glass(OPTIONAL, '  - id: bow\n    indicator: bow\n    require: "≤ bowMax"\n'))).toEqual(
      [],
    );
  });

  describe('hostile-30 M3: a `when` written as a list, and a requirement on a derived value', () => {
    const requiredWhen = (cond: string) => `${OPTIONAL}    requiredWhen: ${cond}\n`;

    it('`when` or `requiredWhen` as a one-value list (`[clear]`, `operator: in`) is the same as the value: no warning', () => {
      const when = (w: string) => `${BOW}    when: ${w}\n`;
      expect(warnings(glass(requiredWhen('{ glassColor: clear }'), when('{ glassColor: [clear] }')))).toEqual(
        [],
      );
      expect(
        warnings(
          glass(
            requiredWhen('{ all: [{ fact: glassColor, operator: in, value: [clear] }] }'),
            when('{ glassColor: clear }'),
          ),
        ),
      ).toEqual([]);
      // The `when` among the values that make it required: still no warning.
      expect(
        warnings(glass(requiredWhen('{ glassColor: [clear, tinted] }'), when('{ glassColor: clear }'))),
      ).toEqual([]);
    });

    it('a `when` wider than the requiredWhen still warns: a tinted record without bow is never graded', () => {
      const text = glass(
        requiredWhen('{ glassColor: clear }'),
        `${BOW}    when: { glassColor: [clear, tinted] }\n`,
      );
      const [w, ...more] = warnings(text);
      expect(more).toEqual([]);
      expect(w).toMatchObject({ line: bowLine(text), column: 5 });
    });

    const viaDerived = (formula: string) =>
      glass(OPTIONAL, '  - id: bow\n    indicator: bowScaled\n    require: "≤ 0.3"\n').replace(
        'criteria:\n',
        `derived:\n  bowScaled:\n    label: { zh: 弯曲度折算, en: Bow scaled }\n    formula: ${formula}\ncriteria:\n`,
      );

    it('a requirement on a derived value of the optional indicator warns, naming the derived value', () => {
      const text = viaDerived('bow * 1');
      const [w, ...more] = warnings(text);
      expect(more).toEqual([]);
      expect(w).toMatchObject({ severity: 'warning', line: bowLine(text), column: 5 });
      expect(w!.message).toContain('yet requirement "bow" tests it (through the derived value bowScaled)');
      expect(w!.message).toContain('give the requirement when: { bow: "≥ 0" }');
      expect(w!.text.zh).toContain('而要求“bow”总是检验它（通过派生值“bowScaled”）');
      // Through a second derived value, too.
      const chained = viaDerived('bowRaw * 1').replace(
        'derived:\n',
        'derived:\n  bowRaw:\n    label: { zh: 弯曲度原值, en: Bow raw }\n    formula: abs(bow)\n',
      );
      expect(warnings(chained)).toHaveLength(1);
    });

    it('a derived value that may be computed without it (one branch of `?:`), or the fix: no warning', () => {
      expect(warnings(viaDerived('"defects > 1 ? bow : 0"'))).toEqual([]);
      expect(
        warnings(
          viaDerived('bow * 1').replace(
            '    require: "≤ 0.3"\n',
            '    require: "≤ 0.3"\n    when: { bow: "≥ 0" }\n',
          ),
        ),
      ).toEqual([]);
    });
  });

  describe('newcomer-26 F4: a limit read from a table', () => {
    /** The glass file with `bowTable`'s rows as a second table, and the bow requirement reading it. */
    const withTable = (rows: string[], require = '≤ bowTable') =>
      glass(OPTIONAL, `  - id: bow\n    indicator: bow\n    require: "${require}"\n`).replace(
        'criteria:\n',
        `  bowTable:\n    keys: [glassColor]\n    columns: [glassColor, qualified, superior]\n    rows:\n${rows
          .map((r) => `      - ${r}\n`)
          .join('')}criteria:\n`,
      );

    it('no row of the column is `~`: warns, naming the table and column, in both languages', () => {
      const text = withTable(['[clear, 0.3, 0.2]', '[tinted, 0.4, 0.3]']);
      const [w, ...more] = warnings(text);
      expect(more).toEqual([]);
      expect(w).toMatchObject({ severity: 'warning', line: bowLine(text), column: 5 });
      expect(w!.message).toBe(
        'the optional indicator "Bow" (bow) has no default, yet requirement "bow" tests it (its limit, column "qualified" ' +
          'of table "bowTable", has no ~ cell): a record that does not give bow is never graded (it cannot reach ' +
          '"qualified", the lowest grade). If it is not judged when not measured, give the requirement when: { bow: "≥ 0" }; ' +
          'if it must be measured, make it required ("required: true")',
      );
      expect(w!.text.zh).toBe(
        '可选指标“弯曲度”（“bow”）没有默认值，而要求“bow”总是检验它（限值取自表“bowTable”的“qualified”列，该列没有 ~ 单元格）：' +
          '未给出“bow”的记录都不分级（达不到最低的“合格品”）。若未检测时不判定，请给这条要求加“when: { bow: "≥ 0" }”；若必须检测，请设为必填（“required: true”）',
      );
      // The warning's fix: no warning.
      expect(
        warnings(
          text.replace(
            '    require: "≤ bowTable"\n',
            '    require: "≤ bowTable"\n    when: { bow: "≥ 0" }\n',
          ),
        ),
      ).toEqual([]);
    });

    it('a column read by name (`≤ bowTable.superior`) alike', () => {
      const [w] = warnings(withTable(['[clear, 0.3, 0.2]', '[tinted, 0.4, 0.3]'], '≤ bowTable.superior'));
      expect(w!.message).toContain('(its limit, column "superior" of table "bowTable", has no ~ cell)');
    });

    it('`~` in one row of the lowest grade’s column only: warned at the next grade, whose column has none', () => {
      const [w, ...more] = warnings(withTable(['[clear, 0.3, 0.2]', '[tinted, ~, 0.3]']));
      expect(more).toEqual([]);
      expect(w!.message).toContain('(its limit, column "superior" of table "bowTable", has no ~ cell)');
      expect(w!.message).toContain('never reaches grade "superior"');
    });

    it('`~` in every column: no warning; `n/a` (no such grade) is not a `~`', () => {
      expect(warnings(withTable(['[clear, 0.3, 0.2]', '[tinted, ~, ~]']))).toEqual([]);
      const [w] = warnings(withTable(['[clear, 0.3, n/a]', '[tinted, 0.4, n/a]']));
      expect(w!.message).toContain('column "qualified" of table "bowTable"');
    });
  });

  it('an optional enum: the `when` lists its values', () => {
    const text = glass('', BOW).replace(
      '    label: { zh: 颜色类别, en: Colour class }',
      '    required: false\n    label: { zh: 颜色类别, en: Colour class }',
    );
    const [w] = warnings(`${text}  - id: colour\n    indicator: glassColor\n    require: "≠ tinted"\n`);
    expect(w!.message).toContain('give the requirement when: { glassColor: [clear, tinted] }');
  });
});

describe('validate: a scope item on an optional indicator (newcomer-32 M6)', () => {
  const SCOPE =
    'scope:\n  - id: bow-scope\n    indicator: bow\n    require: "≤ 0.5"\n    reason: { zh: 弯曲的玻璃不在范围内, en: Bent glass is out of scope }\n';
  const scopeLine = (text: string) => text.split('\n').indexOf('  - id: bow-scope') + 1;

  it('warns at the scope item: a record without it is out of scope; the fix is a criterion with a when', () => {
    const text = glass(OPTIONAL, SCOPE);
    const [w, ...more] = warnings(text);
    expect(more).toEqual([]);
    expect(w).toMatchObject({ severity: 'warning', line: scopeLine(text), column: 5 });
    expect(w!.text.zh).toBe(
      '适用范围条目“bow-scope”检验可选指标“弯曲度”（“bow”）：未给出“bow”的记录都超出适用范围（不分级）。' +
        '若只对部分产品要求它，请改写为判定项（criteria）并加只在这些产品上成立的“when”；若每个产品都必须检测，请设为必填（“required: true”）',
    );
    expect(w!.message).toBe(
      'scope item "bow-scope" tests the optional indicator "Bow" (bow): a record that does not give bow is out of scope (not graded). ' +
        'If it is asked of some products only, make it a criterion with a "when" that holds for those products only; ' +
        'if every product must be tested, make it required ("required: true")',
    );
  });

  it('with requiredWhen, names it as the when to write', () => {
    const [w] = warnings(glass('    required: false\n    requiredWhen: { glassColor: clear }\n', SCOPE));
    expect(w!.text.zh).toContain(
      '请改写为判定项（criteria）并加 when: { glassColor: clear }（即它的 requiredWhen）',
    );
    expect(w!.message).toContain('make it a criterion with when: { glassColor: clear } (its requiredWhen)');
  });

  it.each([
    ['a required indicator', ''],
    ['an optional indicator with a default', '    required: false\n    default: 0\n'],
  ])('no warning for %s', (_, bow) => {
    expect(warnings(glass(bow, SCOPE))).toEqual([]);
  });

  it('no warning where the scope item’s when needs the indicator (switched off without it)', () => {
    const text = glass(OPTIONAL, `${SCOPE}    when: { bow: "≥ 0" }\n`);
    expect(warnings(text)).toEqual([]);
  });
});
