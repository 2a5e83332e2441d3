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
        en: 'this "{" has no matching "}": add a "}" at the end of the entry',
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
        en: '" #" inside { } starts a comment, which hides the rest of the line (the "}" too): quote a value that holds "#", e.g. zh: "基础 #1"',
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
        en: 'the unquoted value "表 1: 基础" inside { } holds ": ", which YAML reads as another key: quote the value, e.g. zh: "表 1: 基础"',
      },
    ]);
  });

  it('a full-width colon in a value in braces is text, as before', () => {
    expect(issuesOf(fixture('colon-in-flow-value.yaml').replace('表 1: 基础', '表 1：基础'))).toEqual([]);
  });
});
