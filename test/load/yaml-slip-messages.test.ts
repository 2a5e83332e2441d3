/**
 * Slips of a Chinese input method that break the YAML, told as one message at
 * the character instead of the parser's follow-on errors. A full-width colon
 * after a key (`loi： {…}`) gave 13 errors, none naming the "："; a full-width
 * comma in `{ }` and a full-width space in the indentation gave messages that
 * did not name the character; a key one space short said only "缩进有误".
 * The files are the rule-author sweep's cases 02, 03, 04 and 06.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTestSuite } from '../../src/index';
import { locatedIssues } from '../helpers';

const DIR = join(import.meta.dirname, '../fixtures/invalid/yaml-slips');
const fixture = (name: string) => readFileSync(join(DIR, name), 'utf8');

const issuesOf = (text: string) => locatedIssues(text, 'rule.yaml');

// The sweep's rule file without its slip: case 02 with line 28's colon typed in ASCII.
const VALID = fixture('fullwidth-colon.yaml').replace('loi：', 'loi:');

describe('a full-width character that breaks the YAML', () => {
  it('the base file parses and is valid', () => {
    expect(issuesOf(VALID)).toEqual([]);
  });

  it('a full-width colon after a key: one error at the colon, not 13', () => {
    expect(issuesOf(fixture('fullwidth-colon.yaml'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 28,
        column: 6,
        zh: 'YAML 语法错误：全角冒号“：”（U+FF1A）不是 YAML 的冒号：键后的冒号请用半角“:”，并在其后加一个空格，如“loi: ”',
        en: 'YAML syntax error: the full-width colon "：" (U+FF1A) is not YAML\'s colon: after a key write an ASCII ":" followed by a space, e.g. "loi: "',
      },
    ]);
  });

  it('a full-width comma inside { }: one error at the comma', () => {
    expect(issuesOf(fixture('fullwidth-comma.yaml'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 23,
        column: 22,
        zh: 'YAML 语法错误：全角逗号“，”（U+FF0C）不能分隔花括号 { } 中的各项：请写半角逗号“,”',
        en: 'YAML syntax error: the full-width comma "，" (U+FF0C) does not separate the entries in { }: write an ASCII comma ","',
      },
    ]);
  });

  it('a full-width space in the indentation: one error at the space, on its own line', () => {
    expect(issuesOf(fixture('ideographic-space.yaml'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 28,
        column: 1,
        zh: 'YAML 语法错误：缩进不能使用全角空格“　”（U+3000），请用半角空格',
        en: 'YAML syntax error: the full-width space "　" (U+3000) cannot indent: use ASCII spaces',
      },
    ]);
  });

  it('two full-width spaces lined up by eye for four (newcomer-24 F2): one error at the line, none on the correct line after it', () => {
    const text = VALID.replace(
      '  autoclavePassed:\n    type: boolean',
      '  autoclavePassed:\n\u3000\u3000type: boolean',
    );
    expect(text).not.toBe(VALID);
    expect(issuesOf(text)).toEqual([
      {
        code: 'yaml-syntax',
        line: 25,
        column: 1,
        zh: 'YAML 语法错误：缩进不能使用全角空格“　”（U+3000），请用半角空格',
        en: 'YAML syntax error: the full-width space "　" (U+3000) cannot indent: use ASCII spaces',
      },
    ]);
  });

  it('full-width braces, mended as a pair; full-width brackets far from where the parser stopped are not read', () => {
    const text = VALID.replace(
      'label: { zh: 烧失量, en: Loss on ignition } }',
      'label: ｛ zh: 烧失量, en: Loss on ignition ｝ }',
    ).replace('values: [P·I, P·II, P·O]', 'values: ［P·I, P·II, P·O］');
    expect(issuesOf(text).map((i) => [i.line, i.column, i.zh, i.en])).toEqual([
      [
        28,
        56,
        'YAML 语法错误：全角花括号“｛”（U+FF5B）不是 YAML 的花括号：请写半角的“{”',
        'YAML syntax error: the full-width brace "｛" (U+FF5B) is not YAML\'s brace: write an ASCII "{"',
      ],
      [28, 88, expect.stringContaining('“｝”（U+FF5D）'), expect.stringContaining('"｝" (U+FF5D)')],
    ]);
  });

  it('a separate mistake elsewhere in the file is still reported', () => {
    const text = fixture('fullwidth-colon.yaml').replace(
      '- { id: conforming, label: { zh: 合格, en: Conforming } }',
      '- { id: conforming, label: { zh: 合格, en: Conforming } ',
    );
    const issues = issuesOf(text);
    expect(issues[0]).toMatchObject({
      line: 28,
      column: 6,
      en: expect.stringMatching(/^YAML syntax error: the full-width colon/),
    });
    expect(issues.length).toBeGreaterThan(1);
    expect(issues.slice(1).every((i) => i.line >= 37 && !/full-width/.test(i.en))).toBe(true);
  });

  it('the same slip in a test suite is told the same way', () => {
    const suite = ['ruleSet: rule.yaml', 'cases:', '  - name： a', '    input: { mgo: 1 }', ''].join('\n');
    const read = parseTestSuite(suite, 'rule.test.yaml');
    expect('issues' in read && read.issues.map((i) => [i.line, i.column, i.text.zh])).toEqual([
      [
        3,
        9,
        'YAML 语法错误：全角冒号“：”（U+FF1A）不是 YAML 的冒号：键后的冒号请用半角“:”，并在其后加一个空格，如“name: ”',
      ],
    ]);
  });
});

describe('full-width characters where YAML allows them are left alone', () => {
  it('a full-width colon or comma in a plain value, in a quoted string or in a comment: no issue', () => {
    const text = VALID.replace('zh: 表 2 化学指标', 'zh: 表 2：化学指标，摘录')
      .replace('title: { zh: 通用硅酸盐水泥', 'title: { zh: "通用：硅酸盐水泥')
      .replace('化学指标（GB 175-2007）,', '化学指标（GB 175-2007）",')
      .replace('cementType:\n', 'cementType: # 类型：P·I，P·II\n');
    expect(text).toContain('表 2：化学指标，摘录');
    expect(text).toContain('"通用：硅酸盐水泥');
    expect(text).toContain('# 类型：P·I，P·II');
    expect(issuesOf(text)).toEqual([]);
  });

  it('in a line that does not parse, a full-width colon or comma in a value is not named', () => {
    // The title's closing brace left out: the parser stops on the line with the colon and the comma.
    const text = VALID.replace(
      'title: { zh: 表 2 化学指标, en: Table 2 Chemical requirements }',
      'title: { zh: 表 2：化学指标，摘录, en: Table 2 Chemical requirements',
    );
    const issues = issuesOf(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.line).toBeLessThanOrEqual(41);
    expect(issues.some((i) => /U\+FF|full-width|全角/.test(i.en + i.zh))).toBe(false);
  });
});

describe('a key indented one space short of its siblings', () => {
  it('names the line it should line up with and the column, once', () => {
    expect(issuesOf(fixture('wrong-indent.yaml'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 34,
        column: 4,
        zh: 'YAML 语法错误：第 34 行的缩进与上一行（第 33 行）不一致（从第 4 列开始，而不是第 5 列）：同一映射中的键要从同一列开始',
        en: 'YAML syntax error: line 34 is indented differently from line 33 above it (from column 4, not 5): the keys of one mapping start in the same column',
      },
    ]);
  });

  it('names a sibling further up when the line above is deeper', () => {
    const text = 'a:\n  b:\n    c: 1\n  d: 2\n e: 3\nf: 4\n'.replace('  d: 2', '  d:\n    g: 1');
    expect(issuesOf(text).map((i) => [i.line, i.column, i.en])).toEqual([
      [
        6,
        2,
        'YAML syntax error: line 6 is indented differently from line 4, a key of the same mapping (from column 2, not 3): the keys of one mapping start in the same column',
      ],
    ]);
  });

  it('in a list item', () => {
    const text = 'criteria:\n  - id: a\n    indicator: x\n   require: "≥ 1"\n  - id: b\n';
    expect(issuesOf(text).map((i) => [i.line, i.column, i.zh])).toEqual([
      [
        4,
        4,
        'YAML 语法错误：第 4 行的缩进与上一行（第 3 行）不一致（从第 4 列开始，而不是第 5 列）：同一映射中的键要从同一列开始',
      ],
    ]);
  });

  it('where the line to line up with cannot be told, a generic hint', () => {
    expect(issuesOf('a:\n  "b": 1\n "c": 2\n')).toEqual([
      {
        code: 'yaml-syntax',
        line: 3,
        column: 1,
        zh: 'YAML 语法错误：缩进有误：同一映射中的键要从同一列开始；请把这一行与上面同一层的键对齐（缩进只用半角空格）',
        en: 'YAML syntax error: the keys of one mapping start in the same column: line this key up with the keys above it at the same level (indent with ASCII spaces only)',
      },
    ]);
  });
});
