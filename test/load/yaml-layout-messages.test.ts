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
        en: 'line 4 is indented differently from line 3 above it (from column 6, not 5): the keys of one mapping start in the same column',
        zh: 'YAML 语法错误：第 4 行的缩进与上一行（第 3 行）不一致（从第 6 列开始，而不是第 5 列）：同一映射中的键要从同一列开始',
      },
    ]);
  });

  it('in a mapping that is not in a list', () => {
    expect(issuesOf('a:\n  b: 1\n    c: 2\n')).toEqual([
      expect.objectContaining({
        line: 3,
        column: 5,
        en: 'line 3 is indented differently from line 2 above it (from column 5, not 3): the keys of one mapping start in the same column',
      }),
    ]);
  });

  it('a later, separate mistake is still reported', () => {
    const issues = issuesOf('a:\n  b: 1\n   c: 2\nd: [1, 2\n');
    expect(issues[0]!.en).toMatch(/^line 3 is indented differently from line 2/);
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
        en: 'line 3, the first key of its mapping, is indented differently from the keys below it (lines 4 to 6; from column 4, not 5): the keys of one mapping start in the same column',
        zh: 'YAML 语法错误：第 3 行是这一映射的第一个键，它的缩进与下面同一映射的键（第 4 至 6 行）不一致（从第 4 列开始，而不是第 5 列）：同一映射中的键要从同一列开始',
      },
    ]);
  });

  it('lined up, the text parses', () => {
    expect(issuesOf(text('    '))).toEqual([]);
  });

  it('with a single key below it, the key below is the one out of line, as before', () => {
    const issues = issuesOf('a:\n  b: 1\n    c: 2\nd: 3\n');
    expect(issues.map((i) => [i.line, i.column, i.en.slice(0, 44)])).toEqual([
      [3, 5, 'line 3 is indented differently from line 2 a'],
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
        en: 'Tabs are not allowed as indentation',
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
        en: 'Tabs are not allowed as indentation',
        zh: 'YAML 语法错误：缩进不能使用制表符（Tab），请用空格',
      },
    ]);
  });

  it('a separate mistake further down is still reported', () => {
    const issues = issuesOf('a:\n  b: 1\n\tc: 2\n  d: 3\ne:\n  f: 1\ng: [1, 2\n');
    expect(issues[0]).toMatchObject({ line: 3, en: 'Tabs are not allowed as indentation' });
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.slice(1).every((i) => i.line >= 7)).toBe(true);
  });
});
