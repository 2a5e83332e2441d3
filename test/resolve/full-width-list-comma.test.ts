/**
 * `values: [A，B]` typed with a Chinese input method (studio sweep finding 10): YAML reads `A，B` as
 * one value, and the only messages were at the table rows, "“A”不是“teaClass”的取值；可取“A，B”". Now
 * one error at the value says the comma is full-width and how to write the list.
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { joinedList } from '../../src/load/full-width-list-comma';
import { localized } from '../../src/text/localized-text';
import { locatedIssues } from '../helpers';
import { ruleFileHeader } from '../rule-file-header';

const tea = (
  values: string,
  when = 'A',
) => `${ruleFileHeader('test/full-width-comma', { zh: '绿茶', en: 'Green tea' })}indicators:
  teaClass:
    type: enum
    values: ${values}
    label: { zh: 茶类, en: Tea class }
  waterExtract: { type: number, unit: "%", range: "[0, 100]", label: { zh: 水浸出物, en: Water extract } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
tables:
  extractMin:
    keys: [teaClass]
    columns: [teaClass, qualified]
    rows:
      - [A, 34]
      - [B, 32]
criteria:
  - id: extract
    indicator: waterExtract
    require: "≥ extractMin"
  - id: extract-a
    indicator: waterExtract
    require: "≥ 30"
    when: { teaClass: ${when} }
`;

const issuesOf = (text: string) => locatedIssues(text, 't.yaml');

describe('a full-width comma in a list of enum values', () => {
  it('one error at the value, naming the comma and the list to write; none at the rows', () => {
    expect(issuesOf(tea('[A，B]'))).toEqual([
      {
        code: 'schema',
        line: 12,
        column: 14,
        en: 'the list of "teaClass" uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so "A，B" is read as one item; write values: [A, B]',
        zh: '“teaClass”的列表用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，“A，B”被读作一项；请写 values: [A, B]',
      },
    ]);
  });

  it('the enumeration comma 、 too, beside items written right, at the item that holds it', () => {
    // C and 42.5 have no rows: a band-gap warning besides.
    const issues = issuesOf(tea('[A、B, "42.5", C]')).filter((i) => i.code !== 'band-gap');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 12, column: 14 });
    expect(issues[0]!.en).toContain('the full-width comma "、" (U+3001)');
    expect(issues[0]!.en).toContain('write values: [A, B, "42.5", C]');
  });

  it('a quoted value holding a full-width comma was meant: the rows not naming it are refused as before', () => {
    expect(issuesOf(tea('["A，B"]')).map((i) => [i.line, i.en])).toEqual([
      [22, '"A" is not a value of "teaClass"; allowed: A，B'],
      [23, '"B" is not a value of "teaClass"; allowed: A，B'],
      [31, '"A" is not a value of "teaClass"; allowed: A，B'],
    ]);
  });

  it("in a condition's list, the item joined by a full-width comma is said to be so", () => {
    expect(issuesOf(tea('[A, B]', '[A，B]'))).toEqual([
      {
        code: 'type-mismatch',
        line: 31,
        column: 24,
        en: '"A，B" uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so it is read as one value of "teaClass"; write A, B in its place',
        zh: '“A，B”用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，它被读作“teaClass”的一个取值；请在此处写 A, B',
      },
    ]);
  });

  it('written with ASCII commas, the rule set loads', () => {
    const { ruleSet, issues } = checkRuleSet(tea('[A, B]'));
    expect(issues).toEqual([]);
    expect(ruleSet).toBeDefined();
  });
});

describe("a full-width comma in a table's keys, columns or a row (the schema's and the shape's messages before)", () => {
  const table = (from: string, to: string) => {
    const text = tea('[A, B]');
    expect(text).toContain(from);
    return issuesOf(text.replace(from, to));
  };

  it('columns: one error at the item, not "must not be empty" and a column-name error', () => {
    expect(table('columns: [teaClass, qualified]', 'columns: [teaClass，qualified]')).toEqual([
      {
        code: 'schema',
        line: 20,
        column: 15,
        en: 'the list of "columns" uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so "teaClass，qualified" is read as one item; write columns: [teaClass, qualified]',
        zh: '“columns”的列表用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，“teaClass，qualified”被读作一项；请写 columns: [teaClass, qualified]',
      },
    ]);
  });

  it('keys: the same, not "must name an indicator"', () => {
    const issues = table('keys: [teaClass]', 'keys: [teaClass、waterExtract]');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'schema', line: 19, column: 12 });
    expect(issues[0]!.en).toContain('the list of "keys" uses the full-width comma "、" (U+3001)');
    expect(issues[0]!.en).toContain('write keys: [teaClass, waterExtract]');
  });

  it('a row whose cells an input method joined: said at the cell, with the row as written (numbers unquoted)', () => {
    expect(table('- [B, 32]', '- [B，32]')).toEqual([
      {
        code: 'table-shape',
        line: 23,
        column: 10,
        en: 'row 2 uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so "B，32" is read as one item; write [B, 32]',
        zh: '第 2 行用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，“B，32”被读作一项；请写 [B, 32]',
      },
    ]);
  });

  it('a quoted cell beside the joined ones is written quoted: the list to write reads back (hostile-29 M1)', () => {
    const items = ['> 0', '400，450', 500];
    const source = {
      // As written: `["> 0", 400，450, 500]`; the first item quoted, the second plain.
      literal: (path: readonly (string | number)[]) => String(items[path.at(-1) as number]),
      isPlainInBrackets: (path: readonly (string | number)[]) => path.at(-1) === 1,
    };
    const found = joinedList(source, localized('第 1 行', 'row 1'), items, ['tables', 't', 'rows', 0]);
    expect(found?.text.en).toContain('write ["> 0", 400, 450, 500]');
    expect(found?.text.zh).toContain('请写 ["> 0", 400, 450, 500]');
  });

  it('a row short of a cell for another reason keeps the count message', () => {
    const issues = table('- [B, 32]', '- ["B，x"]');
    expect(issues.map((i) => i.en)).toEqual([
      'row 2 has 1 cell; the table has 2 columns (teaClass, qualified)',
    ]);
  });

  it('a list that is short is not "empty"', () => {
    const issues = table('columns: [teaClass, qualified]', 'columns: [teaClass]');
    expect(issues.map((i) => [i.line, i.en])).toEqual([[20, '"columns" needs at least 2 items, got 1']]);
  });
});

/**
 * newcomer-22 findings 2 and 3: the advice must give a valid file when followed. A list of numbers is not
 * quoted (quoting made every table row's number key refused), and a row keeps its nested list of keys.
 */
describe('the list to write, followed, gives a valid file', () => {
  const glass = (
    values: string,
    row: string,
  ) => `${ruleFileHeader('test/glass', { zh: '玻璃', en: 'Glass' })}indicators:
  thickness:
    type: enum
    values: ${values}
    unit: mm
    label: { zh: 公称厚度, en: Nominal thickness }
  transmittance: { type: number, unit: "%", range: "[0, 100]", label: { zh: 透射比, en: Transmittance } }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
tables:
  transmittanceMin:
    keys: [thickness]
    columns: [thickness, qualified, superior]
    rows:
      - [[2, 3], 88, 90]
      ${row}
      - [[8, 10, 12, 15, 19], 82, 85]
criteria:
  - id: transmittance
    indicator: transmittance
    require: "≥ transmittanceMin"
`;
  const VALUES = '[2, 3, 4, 5, 6, 8, 10, 12, 15, 19]';
  const ROW = '- [[4, 5, 6], 86, 88]';

  /** The file with the line the issue is on changed as its advice says: its `[…]` replaced by the list to write. */
  const followed = (text: string, issue: { line: number; en: string }) => {
    const write = /; write (?:values: )?(\[.*\])$/.exec(issue.en)?.[1];
    expect(write).toBeDefined();
    const lines = text.split('\n');
    lines[issue.line - 1] = lines[issue.line - 1]!.replace(/\[.*\]/, write!);
    return lines.join('\n');
  };

  it('the file written right loads', () => {
    expect(issuesOf(glass(VALUES, ROW))).toEqual([]);
  });

  it('a list of numbers: the numbers unquoted, the whole list shown, one error; followed, no error', () => {
    const text = glass('[2, 3, 4, 5, 6, 8，10, 12, 15, 19]', ROW);
    const issues = issuesOf(text);
    expect(issues).toEqual([
      {
        code: 'schema',
        line: 12,
        column: 29,
        en: `the list of "thickness" uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so "8，10" is read as one item; write values: ${VALUES}`,
        zh: `“thickness”的列表用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，“8，10”被读作一项；请写 values: ${VALUES}`,
      },
    ]);
    expect(issuesOf(followed(text, issues[0]!))).toEqual([]);
  });

  it('a list of text and numbers is still quoted, and followed, loads', () => {
    const text = tea('[A，B, 1]').replace('- [B, 32]', '- [B, 32]\n      - ["1", 30]');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.en).toContain('write values: [A, B, "1"]');
    expect(issuesOf(followed(text, issues[0]!))).toEqual([]);
  });

  it('a table row: the nested list of keys kept, one error at the cell; followed, no error', () => {
    const text = glass(VALUES, '- [[4, 5, 6], 86，88]');
    const issues = issuesOf(text);
    expect(issues).toEqual([
      {
        code: 'table-shape',
        line: 25,
        column: 21,
        en: 'row 2 uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so "86，88" is read as one item; write [[4, 5, 6], 86, 88]',
        zh: '第 2 行用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，“86，88”被读作一项；请写 [[4, 5, 6], 86, 88]',
      },
    ]);
    expect(issuesOf(followed(text, issues[0]!))).toEqual([]);
  });

  it('a long list is cut after its first items', () => {
    const long = Array.from({ length: 40 }, (_, i) => `value${i}`);
    const issues = issuesOf(tea(`[A，B, ${long.join(', ')}]`)).filter((i) => i.code === 'schema');
    expect(issues[0]!.en).toContain(
      'write values: [A, B, value0, value1, value2, value3, value4, value5, …]',
    );
  });
});
