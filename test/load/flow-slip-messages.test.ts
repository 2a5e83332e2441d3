/**
 * Mistakes inside `{ }` that the yaml parser reports as something else: a `{`
 * never closed ("缩进有误" on the line after), a ` #` in an unquoted value (a
 * comment that hides the `}`), and an ASCII `: ` in an unquoted value ("block
 * collections are not allowed"). Each is told once, at its cause, with the fix,
 * in our own words in both languages. The files are hostile-17's F5 cases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';

const DIR = join(import.meta.dirname, '../fixtures/invalid/yaml-slips');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

const issuesOf = (text: string) => locatedIssues(text, 'rule.yaml');

describe('a mistake inside braces', () => {
  it('each file is valid once the mistake is mended', () => {
    expect(issuesOf(`${fixture('unclosed-brace.yaml').trimEnd()} }\n`)).toEqual([]);
    expect(issuesOf(fixture('hash-in-flow-value.yaml').replace('基础 #1', '"基础 #1"'))).toEqual([]);
    expect(issuesOf(fixture('colon-in-flow-value.yaml').replace('表 1: 基础', '"表 1: 基础"'))).toEqual([]);
  });

  it('a "{" never closed: told at the "{", saying a "}" is missing', () => {
    expect(issuesOf(fixture('unclosed-brace.yaml'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 20,
        column: 5,
        zh: 'YAML 语法错误：这个“{”没有对应的“}”：请在这一项的末尾补上“}”',
        en: 'YAML syntax error: this "{" has no matching "}": add a "}" at the end of the entry',
      },
    ]);
  });

  it('a "[" never closed in the middle of the file: told at the "["', () => {
    const text = fixture('unclosed-brace.yaml')
      .replace('values: [A, B]', 'values: [A, B')
      .replace(/require: "≥ 500"\n?$/, 'require: "≥ 500" }\n');
    expect(issuesOf(text)).toMatchObject([
      {
        code: 'yaml-syntax',
        line: 13,
        column: 32,
        zh: 'YAML 语法错误：这个“[”没有对应的“]”：请在这一项的末尾补上“]”',
      },
    ]);
  });

  it('" #" in an unquoted value: told at the "#", saying it starts a comment and to quote the value', () => {
    expect(issuesOf(fixture('hash-in-flow-value.yaml'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 6,
        column: 17,
        zh: 'YAML 语法错误：花括号 { } 中的“ #”开始一条注释，其后直到行尾都被忽略（连同“}”）：含“#”的值请加引号，如 zh: "基础 #1"',
        en: 'YAML syntax error: " #" inside { } starts a comment, which hides the rest of the line (the "}" too): quote a value that holds "#", e.g. zh: "基础 #1"',
      },
    ]);
  });

  it('": " in an unquoted value: told at the value, saying to quote it', () => {
    expect(issuesOf(fixture('colon-in-flow-value.yaml'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 6,
        column: 14,
        zh: 'YAML 语法错误：花括号 { } 中未加引号的值“表 1: 基础”含有“: ”，会被读作又一个键：请给这个值加引号，如 zh: "表 1: 基础"',
        en: 'YAML syntax error: the unquoted value "表 1: 基础" inside { } holds ": ", which YAML reads as another key: quote the value, e.g. zh: "表 1: 基础"',
      },
    ]);
  });

  it('a full-width colon in a value in braces is text, as before', () => {
    expect(issuesOf(fixture('colon-in-flow-value.yaml').replace('表 1: 基础', '表 1：基础'))).toEqual([]);
  });
});

// newcomer-19 M2: a standard's "-" for "no figure" copied into a table row. YAML reads a lone "-" in brackets as a
// list item begun and gave three syntax errors ("键不能跨行", "方括号或花括号内不能使用块结构", "缺少应有的字符").
describe('a lone "-" in a table row', () => {
  const DASH = readFileSync(
    join(import.meta.dirname, '../fixtures/author-sweep/q355-dash-cell.yaml'),
    'utf8',
  );
  const ROW = '- [Q355, 20, 0, -20, —, —]';
  const LONE = {
    code: 'yaml-syntax',
    zh: 'YAML 语法错误：方括号 [ ] 中单独的“-”不是一个值，YAML 把它读作列表项的开头：标准表格中的“-”，若表示此行的产品没有这个等级，请写 n/a；若表示标准在此行没有要求，请写 ~',
    en: `YAML syntax error: a lone "-" inside [ ] is not a value: YAML reads it as the start of a list item. Where the standard's table has "-", write n/a if this row's product has no such grade, or ~ if the standard sets no requirement in this row`,
  };

  it.each([
    ['- [Q355, 20, 0, -20, -, n/a]', 28],
    ['- [Q355, 20, 0, -20, n/a, -]', 33],
    ['- [Q355, 20, 0, -20,  -  , n/a]', 29],
  ])('%s: told once, at the "-", with n/a and ~', (row, column) => {
    expect(DASH).toContain(ROW);
    expect(issuesOf(DASH.replace(ROW, row))).toEqual([{ ...LONE, line: 62, column }]);
  });

  it('n/a in its place loads; "-20" and a quoted "-" are no lone dash', () => {
    expect(issuesOf(DASH.replace(ROW, '- [Q355, 20, 0, -20, n/a, n/a]'))).toEqual([]);
    expect(
      issuesOf(DASH.replace(ROW, '- [Q355, 20, 0, -20, "-", n/a]')).map((i) => [i.code, i.line, i.column]),
    ).toEqual([['table-shape', 62, 28]]);
  });
});

// studio-20 F9: a cell left empty in a table row, as a spreadsheet row has one, gave a bare "此处不应出现该符号".
describe('an empty cell in a table row', () => {
  const DASH = readFileSync(
    join(import.meta.dirname, '../fixtures/author-sweep/q355-dash-cell.yaml'),
    'utf8',
  );
  const ROW = '- [Q355, 20, 0, -20, —, —]';
  const EMPTY = {
    code: 'yaml-syntax',
    zh: 'YAML 语法错误：方括号 [ ] 中两个逗号之间（或“[”之后）没有值：空着的单元格请写 ~（标准在此行没有要求）或 n/a（此行的产品没有这个等级）',
    en: `YAML syntax error: nothing between two commas (or after "[") inside [ ]: write ~ for a cell where the standard sets no requirement in this row, or n/a where this row's product has no such grade`,
  };

  it.each([
    ['- [Q355, 20, 0, -20, , n/a]', 28],
    ['- [Q355, 20, 0, -20,, n/a]', 27],
    ['- [, 20, 0, -20, n/a, n/a]', 10],
  ])('%s: told once, at the comma, with ~ and n/a', (row, column) => {
    expect(DASH).toContain(ROW);
    expect(issuesOf(DASH.replace(ROW, row))).toEqual([{ ...EMPTY, line: 62, column }]);
  });

  it('a comma ending the row is no empty cell: the row is one cell short', () => {
    expect(issuesOf(DASH.replace(ROW, '- [Q355, 20, 0, -20, n/a, ]')).map((i) => [i.code, i.line])).toEqual([
      ['table-shape', 62],
    ]);
  });
});

describe('a "[" closed on a next line indented too little (developer-34)', () => {
  // An enum's `values: [A, B]` broken over two lines, the second at column 1: YAML ends the entry at that line, so
  // the "]" there is not read; the bracket is not missing, the indentation is short.
  const text = (second: string) =>
    fixture('unclosed-brace.yaml').replace('values: [A, B]', `values: [A,\n${second}B]`);

  it('told at the "[", naming the line to indent, in qgrade words, zh and en, each saying it is a YAML syntax error', () => {
    const at =
      text('')
        .split('\n')
        .findIndex((l) => l.includes('values: [A,')) + 1;
    const [first] = issuesOf(text(''));
    expect(first).toMatchObject({ code: 'yaml-syntax', line: at });
    expect(first!.en).toBe(
      `YAML syntax error: this "[" goes on to line ${at + 1}, which is not indented deeper than the key the entry belongs to, so YAML finds it unclosed there: indent line ${at + 1} deeper, or write the entry on one line`,
    );
    expect(first!.zh).toBe(
      `YAML 语法错误：这个“[”续写到第 ${at + 1} 行，而第 ${at + 1} 行的缩进不比这一项所属的键更深，YAML 读到那里时它还没有闭合：请把第 ${at + 1} 行缩进得更深，或把这一项写在一行内`,
    );
    expect(`${first!.en}${first!.zh}`).not.toMatch(/sufficiently|Flow sequence/);
  });

  it('indented deeper than its key, the same row reads', () => {
    const line = fixture('unclosed-brace.yaml')
      .split('\n')
      .find((l) => l.includes('values: [A, B]'))!;
    const deeper = ' '.repeat(line.search(/\S/) + 2);
    expect(issuesOf(`${text(deeper).trimEnd()} }\n`)).toEqual([]);
  });
});
