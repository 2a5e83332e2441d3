/**
 * The yaml parser's errors told in qgrade's plain words in English as in Chinese (fix-hostile4-34 Left): no
 * sentence of the library's ("unexpected flow-seq-end token", "implicit keys need to be on a single line") after
 * the "YAML syntax error:" prefix, line and column as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/load/source-document';
import { yamlErrorWords } from '../../src/load/yaml-error-words';

const told = (text: string) =>
  SourceDocument.parse(text, 'x.yaml').issues.map((i) => [i.line, i.column, i.text.en, i.text.zh]);

// The library's words for its tokens and its phrasing: none of them reaches a rule author.
const LIBRARY = /token|implicit|YAML stream|node end|indicator|compact mapping|sequence|flow-|scalar/i;

describe('the yaml parser errors in plain words', () => {
  it.each([
    [
      'a:1\nb: 2\n',
      1,
      1,
      'YAML syntax error: a key cannot run on to the next line (a space may be missing after a colon, or the indentation is wrong)',
    ],
    [
      'a: 1\nb\nc: 2\n',
      2,
      1,
      'YAML syntax error: this key has no ": " and value after it (a colon may be missing, or the space after it)',
    ],
    [
      'a: [1, 2]]\n',
      1,
      10,
      'YAML syntax error: this "]" has no "[" open before it: remove it, or add the "[" it closes',
    ],
    [
      'a: {x: 1}}\n',
      1,
      10,
      'YAML syntax error: this "}" has no "{" open before it: remove it, or add the "{" it closes',
    ],
    [
      'a: "abc\nb: 2\n',
      3,
      1,
      'YAML syntax error: a value opened with " is not closed: the closing " is missing',
    ],
    [
      'a: "\\q"\n',
      1,
      5,
      'YAML syntax error: "\\q" in a double-quoted value is no escape YAML knows: write a backslash as "\\\\", or use single quotes',
    ],
    ['a: b: c\n', 1, 4, 'YAML syntax error: two ": " on one line: quote a value that holds ": "'],
    [
      'a: @x\n',
      1,
      4,
      'YAML syntax error: the value of "a" starts with "@", which YAML keeps for itself at a value\'s start: quote the value, write a: "@x"',
    ],
    ['a: &x &y 1\n', 1, 7, 'YAML syntax error: a value can have one anchor only'],
  ])('%j: at %i:%i, %s', (text, line, column, en) => {
    const [first] = told(text);
    expect(first?.slice(0, 3)).toEqual([line, column, en]);
    expect(first![3]).toMatch(/^YAML 语法错误：/);
  });

  it('a stray token names the character, in both languages', () => {
    expect(told('- a\nb: 1\n')).toEqual([
      [2, 1, 'YAML syntax error: more text follows the value here', 'YAML 语法错误：值之后还有多余的内容'],
      [2, 2, 'YAML syntax error: ":" is out of place here', 'YAML 语法错误：此处不应出现“:”'],
      [2, 4, 'YAML syntax error: "1" is out of place here', 'YAML 语法错误：此处不应出现“1”'],
    ]);
  });

  it('has words for every code the yaml library emits, none of them the library sentence', () => {
    const codes = [
      'ALIAS_PROPS',
      'BAD_ALIAS',
      'BAD_DIRECTIVE',
      'BAD_DQ_ESCAPE',
      'BAD_INDENT',
      'BAD_PROP_ORDER',
      'BAD_SCALAR_START',
      'BLOCK_AS_IMPLICIT_KEY',
      'BLOCK_IN_FLOW',
      'DUPLICATE_KEY',
      'IMPOSSIBLE',
      'KEY_OVER_1024_CHARS',
      'MISSING_CHAR',
      'MULTILINE_IMPLICIT_KEY',
      'MULTIPLE_ANCHORS',
      'MULTIPLE_DOCS',
      'MULTIPLE_TAGS',
      'NON_STRING_KEY',
      'RESOURCE_EXHAUSTION',
      'TAB_AS_INDENT',
      'TAG_RESOLVE_FAILED',
      'UNEXPECTED_TOKEN',
      'BAD_COLLECTION_TYPE',
    ];
    const fallback = yamlErrorWords('NO_SUCH_CODE', 'Some library sentence');
    for (const code of codes) {
      const words = yamlErrorWords(code, 'Some library sentence');
      expect(words, code).not.toEqual(fallback);
      expect(words.en, code).not.toMatch(/library sentence|[\u4e00-\u9fff]/);
      expect(words.zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('tells none of the library sentences for a file with many kinds of mistakes', () => {
    for (const text of ['a: 1\n- b\n', 'a:\n  - 1\n - 2\n', '- a\nb: 1\n', 'a: [1, 2]]\nb: {c: 1}}\n']) {
      for (const [, , en] of told(text)) expect(en).not.toMatch(LIBRARY);
    }
  });
});

describe('a "[" closed on a next line indented too little (fix-hostile4-34)', () => {
  const fixture = readFileSync(
    join(import.meta.dirname, '../fixtures/invalid/yaml-slips/unclosed-brace.yaml'),
    'utf8',
  );

  it('is told once: not the errors it causes on that line and below', () => {
    // The fixture's own unclosed "{" on line 20 mended, so the one mistake is the "[" on line 13.
    const text = `${fixture.trimEnd()} }\n`.replace('values: [A, B]', 'values: [A,\nB]');
    expect(told(text).map(([line, column, en]) => [line, column, String(en).slice(0, 40)])).toEqual([
      [13, 32, 'YAML syntax error: this "[" goes on to l'],
    ]);
  });

  it('a mistake of its own below it is still told', () => {
    const text = `${fixture.trimEnd()} }\n`
      .replace('values: [A, B]', 'values: [A,\nB]')
      .replace('id: high', 'id: @high');
    expect(told(text).map(([line]) => line)).toEqual([13, 18]);
  });

  it('in a list item, "- { … [A," with the next line under the dash', () => {
    const text = 'items:\n  - { id: a, values: [A,\n  B] }\n  - { id: b }\n';
    expect(told(text).map(([line, column, en]) => [line, column, String(en).slice(0, 40)])).toEqual([
      [2, 22, 'YAML syntax error: this "[" goes on to l'],
    ]);
  });
});

describe('a value that starts with a character YAML keeps for itself is told with the value quoted (studio-44)', () => {
  it('unit: % — the unit a newcomer types first — in block and flow style, with a comment after it', () => {
    const zh = 'YAML 语法错误：“unit”的值以“%”开头：YAML 中以“%”开头的值必须加引号，请写作 unit: "%"';
    const en =
      'YAML syntax error: the value of "unit" starts with "%", which YAML keeps for itself at a value\'s start: quote the value, write unit: "%"';
    expect(told('a:\n  unit: %\n')).toEqual([[2, 9, en, zh]]);
    expect(told('a: { unit: %, b: 1 }\n')).toEqual([[1, 12, en, zh]]);
    expect(told('a:\n  unit: % # per cent\n')).toEqual([[2, 9, en, zh]]);
  });

  it('@ and a backtick too; quoted, or with the character later in the value, there is nothing to tell', () => {
    expect(told('a:\n  note: @home\n')[0]?.[3]).toBe(
      'YAML 语法错误：“note”的值以“@”开头：YAML 中以“@”开头的值必须加引号，请写作 note: "@home"',
    );
    expect(told('a:\n  x: `y`\n')[0]?.[3]).toContain('请写作 x: "`y`"');
    expect(told('a:\n  unit: "%"\n')).toEqual([]);
    expect(told('a:\n  unit: mass %\n')).toEqual([]);
  });
});
