/**
 * Category values with Roman numerals (fix-texts3, a newcomer's ceramic-tile rule set): GB/T 4100 prints Ⅰa类, Ⅱ类
 * with the characters U+2160…, a keyboard gives the letters Ia类, II类. A rule file naming `IIa类` was told "allowed:
 * …" with no hint, `Ⅰb类` against values in letters was asked "did you mean Ⅰa类?" (another class), a default said
 * only "not a valid value", and a JSON record `Ia类` was told to write Ⅰa类 without saying why. Each now names the
 * characters that differ, at the value's line:column, with the value to write.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { locatedIssues } from '../helpers';
import { ruleFileHeader } from '../rule-file-header';

const CLASSES = '[Ⅰa类, Ⅰb类, Ⅱa类, Ⅱb类, Ⅲ类]';

/** A tile rule set keyed by class; `edit` rewrites its text. Line 19 holds the Ⅱa类 row, column 10 its key. */
function tile(edit: (text: string) => string = (t) => t, values = CLASSES): string {
  return edit(`${ruleFileHeader('building-materials/tile')}indicators:
  tileClass: { type: enum, values: ${values}, label: { zh: 分类, en: Class } }
  rupture: { type: number, unit: MPa, range: "> 0", label: { zh: 断裂模数, en: Modulus of rupture } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
tables:
  ruptureMin:
    keys: [tileClass]
    columns: [tileClass, rupture]
    rows:
      - [Ⅰa类, 35]
      - [Ⅰb类, 30]
      - [Ⅱa类, 22]
      - [Ⅱb类, 18]
      - [Ⅲ类, 12]
criteria:
  - { id: rupture, indicator: rupture, require: "≥ ruptureMin.rupture" }
`);
}

const at = (text: string, needle: string) => {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
};

describe('a value written with letters where the value has a Roman numeral, or the other way round', () => {
  it('the base rule set is valid', () => {
    expect(locatedIssues(tile())).toEqual([]);
  });

  it('a table key IIa类 for Ⅱa类: the characters named, at the cell', () => {
    const text = tile((t) => t.replace('- [Ⅱa类, 22]', '- [IIa类, 22]'));
    expect(locatedIssues(text)).toEqual([
      {
        code: 'type-mismatch',
        ...at(text, 'IIa类'),
        zh: '“IIa类”不是“tileClass”的取值：取值“Ⅱa类”中是罗马数字“Ⅱ”（U+2161），这里写的是字母“II”；请写“Ⅱa类”',
        en: '"IIa类" is not a value of "tileClass": the value "Ⅱa类" has the Roman numeral "Ⅱ" (U+2161) where this has the letters "II"; write "Ⅱa类"',
      },
    ]);
  });

  it('values in letters and a key Ⅰb类: the value meant is Ib类, not the nearest by edits (Ⅰa类)', () => {
    const text = tile(
      (t) => t.replace('- [Ⅰa类, 35]', '- [Ia类, 35]').replace('- [Ⅱb类, 18]', '- [IIb类, 18]'),
      '[Ia类, Ib类, Ⅱa类, IIb类, Ⅲ类]',
    );
    expect(locatedIssues(text)).toEqual([
      {
        code: 'type-mismatch',
        ...at(text, 'Ⅰb类, 30'),
        zh: '“Ⅰb类”不是“tileClass”的取值：取值“Ib类”中是字母“I”，这里写的是罗马数字“Ⅰ”（U+2160）；请写“Ib类”',
        en: '"Ⅰb类" is not a value of "tileClass": the value "Ib类" has the letter "I" where this has the Roman numeral "Ⅰ" (U+2160); write "Ib类"',
      },
    ]);
  });

  it('a scope requirement = Ｉa类 (full-width letter): named, at the requirement', () => {
    const text = tile((t) =>
      t.replace(
        'criteria:\n',
        'scope:\n  - { id: porcelain, indicator: tileClass, require: "= Ｉa类", reason: { zh: 仅瓷质砖, en: Porcelain only } }\ncriteria:\n',
      ),
    );
    expect(locatedIssues(text)).toEqual([
      {
        code: 'type-mismatch',
        ...at(text, '"= Ｉa类"'),
        zh: '“Ｉa类”不是“tileClass”的取值：取值“Ⅰa类”中是罗马数字“Ⅰ”（U+2160），这里写的是全角字符“Ｉ”（U+FF29）；请写“Ⅰa类”',
        en: '"Ｉa类" is not a value of "tileClass": the value "Ⅰa类" has the Roman numeral "Ⅰ" (U+2160) where this has the full-width "Ｉ" (U+FF29); write "Ⅰa类"',
      },
    ]);
  });

  it('a when list, a default and a valueLabels key: each at its place', () => {
    const text = tile((t) =>
      t
        .replace(
          'require: "≥ ruptureMin.rupture" }',
          'require: "≥ ruptureMin.rupture", when: { tileClass: [Ia类] } }',
        )
        .replace(
          'label: { zh: 分类, en: Class } }',
          'label: { zh: 分类, en: Class }, default: III类, valueLabels: { IIb类: { zh: 炻质砖, en: Stoneware } } }',
        ),
    );
    const issues = locatedIssues(text);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['type-mismatch', at(text, 'III类').line, at(text, 'III类').column],
      ['type-mismatch', at(text, 'IIb类:').line, at(text, 'IIb类:').column],
      ['type-mismatch', at(text, '[Ia类]').line, at(text, '[Ia类]').column + 1],
    ]);
    expect(issues[0]!.en).toBe(
      'default "III类" is not a valid value of "tileClass": the value "Ⅲ类" has the Roman numeral "Ⅲ" (U+2162) where this has the letters "III"; write "Ⅲ类"',
    );
    expect(issues[1]!.en).toBe(
      '"IIb类" is not a value of "tileClass": the value "Ⅱb类" has the Roman numeral "Ⅱ" (U+2161) where this has the letters "II"; write "Ⅱb类"',
    );
    expect(issues[2]!.zh).toBe(
      '“Ia类”不是“tileClass”的取值：取值“Ⅰa类”中是罗马数字“Ⅰ”（U+2160），这里写的是字母“I”；请写“Ⅰa类”',
    );
  });

  it('a value that is another class by more than its characters keeps the did-you-mean', () => {
    const text = tile((t) => t.replace('- [Ⅱa类, 22]', '- [Ⅱa, 22]'));
    expect(locatedIssues(text)[0]!.en).toBe('"Ⅱa" is not a value of "tileClass"; did you mean "Ⅱa类"?');
  });
});

describe('a JSON record giving Ia类 for Ⅰa类', () => {
  it('is invalid, its error naming the Roman numeral and the value to write', () => {
    const grader = createGrader(checkRuleSet(tile()).ruleSet!);
    expect(grader.gradeSync({ tileClass: 'Ⅰa类', rupture: 35 }).grade).toBe('qualified');
    const result = grader.gradeSync({ tileClass: 'Ia类', rupture: 35 });
    expect(result.grade).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ field: 'tileClass', code: 'not-allowed' });
    expect(result.errors?.[0]?.message.en).toBe(
      'tileClass (Class) must be one of Ⅰa类, Ⅰb类, Ⅱa类, Ⅱb类, Ⅲ类, got "Ia类": the value "Ⅰa类" has the Roman numeral "Ⅰ" (U+2160) where this has the letter "I"; write "Ⅰa类"',
    );
    expect(result.errors?.[0]?.message.zh).toBe(
      '分类应为 Ⅰa类、Ⅰb类、Ⅱa类、Ⅱb类、Ⅲ类 之一，实际为 "Ia类"：取值“Ⅰa类”中是罗马数字“Ⅰ”（U+2160），这里写的是字母“I”；应写作 "Ⅰa类"',
    );
  });
});
