/**
 * YAML layout mistakes in words a rule author knows. A key indented one space
 * further than its siblings gave the parser's "Nested mappings are not allowed
 * in compact mappings" (块结构不能用作键) and "Implicit keys need to be on a
 * single line" at the same place; a tab in the indentation was followed by
 * three errors the tab caused on the next line.
 */
import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/load/source-document';

const issuesOf = (text: string) =>
  SourceDocument.parse(text, 'x.yaml').issues.map((i) => ({
    line: i.line,
    column: i.column,
    en: i.text.en,
    zh: i.text.zh,
  }));

describe('a line indented differently from the line above it', () => {
  // At the line the message names, at its key (newcomer-22 finding 5: at the place the parser stopped, the
  // value of the line above, the location and the message named different lines).
  it('names the line and both columns, once, at that line', () => {
    const text = [
      'criteria:',
      '  - id: a',
      '    indicator: strength',
      '     require: "≥ 400"',
      '  - id: b',
      '    indicator: strength',
      '    require: "≥ 500"',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      {
        line: 4,
        column: 6,
        en: 'YAML syntax error: line 4 is indented differently from line 3 above it (from column 6, not 5): the keys of one mapping start in the same column',
        zh: 'YAML 语法错误：第 4 行的缩进与上一行（第 3 行）不一致（从第 6 列开始，而不是第 5 列）：同一映射中的键要从同一列开始',
      },
    ]);
  });

  it('in a mapping that is not in a list', () => {
    expect(issuesOf('a:\n  b: 1\n    c: 2\n')).toEqual([
      expect.objectContaining({
        line: 3,
        column: 5,
        en: 'YAML syntax error: line 3 is indented differently from line 2 above it (from column 5, not 3): the keys of one mapping start in the same column',
      }),
    ]);
  });

  it('a later, separate mistake is still reported', () => {
    const issues = issuesOf('a:\n  b: 1\n   c: 2\nd: [1, 2\n');
    expect(issues[0]!.en).toMatch(/^YAML syntax error: line 3 is indented differently from line 2/);
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.slice(1).every((i) => i.line >= 4)).toBe(true);
  });
});

describe('the first key of a mapping indented differently from the keys below it (newcomer-22 finding 5)', () => {
  const text = (first: string) =>
    [
      'indicators:',
      '  transmittance:',
      `${first}type: number`,
      '    unit: "%"',
      '    range: "[0, 100]"',
      '    label: { zh: 透射比, en: Transmittance }',
      '  bow:',
      '    type: number',
      '',
    ].join('\n');

  it('one error, at that line and its key, naming it and the lines below; no follow-on error', () => {
    expect(issuesOf(text('   '))).toEqual([
      {
        line: 3,
        column: 4,
        en: 'YAML syntax error: line 3, the first key of its mapping, is indented differently from the keys below it (lines 4 to 6; from column 4, not 5): the keys of one mapping start in the same column',
        zh: 'YAML 语法错误：第 3 行是这一映射的第一个键，它的缩进与下面同一映射的键（第 4 至 6 行）不一致（从第 4 列开始，而不是第 5 列）：同一映射中的键要从同一列开始',
      },
    ]);
  });

  it('lined up, the text parses', () => {
    expect(issuesOf(text('    '))).toEqual([]);
  });

  it('with a single key below it, the key below is the one out of line, as before', () => {
    const issues = issuesOf('a:\n  b: 1\n    c: 2\nd: 3\n');
    expect(issues.map((i) => [i.line, i.column, i.en.slice(0, 63)])).toEqual([
      [3, 5, 'YAML syntax error: line 3 is indented differently from line 2 a'],
    ]);
  });
});

describe('a tab in the indentation', () => {
  it('is one message: the errors it causes on the next line are left out', () => {
    const text = [
      'criteria:',
      '  - id: a',
      '    indicator: strength',
      '\trequire: "≥ 400"',
      '  - id: b',
      '    indicator: strength',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      {
        line: 4,
        column: 1,
        en: 'YAML syntax error: tabs are not allowed as indentation: replace each tab with ASCII spaces',
        zh: 'YAML 语法错误：缩进不能使用制表符（Tab），请用空格',
      },
    ]);
  });

  it('in a key of a nested mapping (newcomer-24 F2): one message, none on the correct sibling two lines down', () => {
    const text = [
      'indicators:',
      '  thickness:',
      '    type: number',
      '    unit: mm',
      '\trange: "[2, 25]"',
      '    label: { zh: 厚度, en: Thickness }',
      '  color:',
      '    type: enum',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      {
        line: 5,
        column: 1,
        en: 'YAML syntax error: tabs are not allowed as indentation: replace each tab with ASCII spaces',
        zh: 'YAML 语法错误：缩进不能使用制表符（Tab），请用空格',
      },
    ]);
  });

  it('a separate mistake further down is still reported', () => {
    const issues = issuesOf('a:\n  b: 1\n\tc: 2\n  d: 3\ne:\n  f: 1\ng: [1, 2\n');
    expect(issues[0]).toMatchObject({
      line: 3,
      en: 'YAML syntax error: tabs are not allowed as indentation: replace each tab with ASCII spaces',
    });
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.slice(1).every((i) => i.line >= 7)).toBe(true);
  });

  // hostile-25: two lines indented with tabs gave an error per line and the misread lines after them (keys
  // "indented differently", a duplicate key of one far above); a full-width space before a tab, a line "indented
  // differently" under it and nothing of the slip.
  const NESTED = [
    'title:',
    '  zh: 房间空调',
    '  en: Room ACs',
    'indicators:',
    '  unitType:',
    '    type: enum',
    '    values: [heat-pump, cooling-only]',
    '    label: { zh: 机组类型, en: Unit type }',
    '    description:',
    '      zh: 热泵型或单冷型',
    '      en: heat pump or cooling only',
    '  apf:',
    '    type: number',
    '    label: { zh: 全年能源消耗效率, en: APF }',
    '    description:',
    '      zh: 全年',
    '      en: annual',
    '',
  ];
  const indented = (edits: Record<number, string>) =>
    NESTED.map((line, i) => (edits[i + 1] === undefined ? line : edits[i + 1] + line.trimStart())).join('\n');

  it.each([
    ['a tab for each level, on a key and the key under it', { 5: '\t', 6: '\t\t' }],
    ['a tab for four spaces, on two siblings', { 6: '\t', 7: '\t' }],
    ['two tabs on two siblings', { 6: '\t\t', 7: '\t\t' }],
    ['spaces then a tab, on two siblings', { 6: '  \t', 7: '  \t' }],
    ['two tabs in a block two levels down', { 10: '\t\t', 11: '\t\t' }],
    ['two lines at the top of the file', { 2: '\t', 3: '\t' }],
  ])('consecutive lines indented with tabs (%s): one error, at the first, naming the lines', (_, edits) => {
    const lines = Object.keys(edits).map(Number);
    const [first, last] = [Math.min(...lines), Math.max(...lines)];
    expect(issuesOf(indented(edits))).toEqual([
      {
        line: first,
        column: expect.any(Number),
        en: `YAML syntax error: lines ${first}–${last} are indented with tabs, which YAML does not allow: replace each tab with ASCII spaces`,
        zh: `YAML 语法错误：第 ${first}–${last} 行的缩进使用了制表符（Tab）：缩进不能使用制表符，请全部换成半角空格`,
      },
    ]);
  });

  it.each([
    ['a full-width space, then a tab', '\u3000\t'],
    ['two full-width spaces, then a tab', '\u3000\u3000\t'],
    ['a tab, then a full-width space', '\t\u3000'],
  ])('%s before a key: one error at the line, saying to replace both with spaces', (_, indent) => {
    for (const line of [6, 10]) {
      expect(issuesOf(indented({ [line]: indent })), `line ${line}`).toEqual([
        {
          line,
          column: 1,
          en: 'YAML syntax error: the indentation holds a full-width space "\u3000" (U+3000) and a tab: YAML indents with ASCII spaces only; replace both with spaces',
          zh: 'YAML 语法错误：缩进中有全角空格“\u3000”（U+3000）和制表符（Tab）：缩进只能用半角空格，请把两者都换成半角空格',
        },
      ]);
    }
  });

  it('a duplicate key is still told beside the tab', () => {
    const issues = issuesOf('a:\n  b: 1\n  b: 2\n\tc: 3\n');
    expect(issues.map((i) => [i.line, i.en.slice(0, i.en.startsWith('YAML') ? 36 : 17)]).sort()).toEqual([
      [3, 'duplicate key "b"'],
      [4, 'YAML syntax error: tabs are not allo'],
    ]);
  });
});
