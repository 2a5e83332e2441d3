import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceDocument } from '../../src/load/source-document';
import { DEFAULT_SOURCE_LIMITS } from '../../src/load/source-limits';

describe('reading rule files', () => {
  it('maps any path back to its line and column, and keeps numbers as written', () => {
    const doc = SourceDocument.parse('a: 5.00\nb:\n  c: [1, 2.50]\n', 'x.yaml');
    expect(doc.issues).toEqual([]);
    expect(doc.data).toEqual({ a: 5, b: { c: [1, 2.5] } });
    expect(doc.locate(['b', 'c', 1])).toEqual({ line: 3, column: 10 });
    expect(doc.locate(['b', 'c'], { key: true })).toEqual({ line: 3, column: 3 });
    expect(doc.literal(['a'])).toBe('5.00');
    expect(doc.literal(['b', 'c', 1])).toBe('2.50');
  });

  it('tells an item in brackets that follows the one before with a bare comma (1,70), and no other', () => {
    const doc = SourceDocument.parse(
      'r: [a, 1,70, 2 ,3, 4, "5",6, 7,\n 8]\nb: [1,2]\nm: {x: 1,y: 2}\n',
      'x.yaml',
    );
    expect(doc.issues).toEqual([]);
    const bare = (path: (string | number)[]) => doc.followsBareComma(path);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => bare(['r', i]))).toEqual([
      false, // a: the first item follows none
      false, // 1: a space before it
      true, // 70: "1,70"
      false, // 2: a space before it
      false, // 3: "2 ,3", a space before the comma
      false, // 4
      false, // "5": quoted
      false, // 6: after a quoted item
      false, // 7
      false, // 8: a line break before it
    ]);
    expect(bare(['b', 1])).toBe(true);
    expect(bare(['m', 'y'])).toBe(false);
    expect(bare(['r', 99])).toBe(false);
  });

  it('in braces, the digits a bare comma made a key of, with the key and value before them', () => {
    const doc = SourceDocument.parse('m: { apf: 5,00, b: 1, c: 2 ,3, d: 4,e: 5 }\n', 'x.yaml');
    expect(doc.bareCommaJoin(['m', '0'])).toEqual({ before: '5', after: '00', key: 'apf' });
    expect(doc.bareCommaJoin(['m', 'b'])).toBeUndefined(); // a space
    expect(doc.bareCommaJoin(['m', '3'])).toBeUndefined(); // "2 ,3"
    expect(doc.bareCommaJoin(['m', 'e'])).toBeUndefined(); // e has a value: a key written without a space
  });

  it('rejects duplicate keys at the repeated key', () => {
    const doc = SourceDocument.parse('a: 1\nb:\n  c: 1\n  c: 2\n', 'x.yaml');
    expect(doc.issues).toMatchObject([{ code: 'duplicate-key', line: 4, column: 3 }]);
    expect(doc.issues[0]!.message).toContain('"c"');
    // Where the first one is, as a duplicate id's message says it.
    expect(doc.issues[0]!.text).toEqual({
      en: 'duplicate key "c" (first on line 3): each key may appear once in a mapping',
      zh: '重复的键“c”（第一次在第 3 行）：同一映射中每个键只能出现一次',
    });
  });

  it('stops an alias bomb before it expands', () => {
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    let prev = 'a';
    for (let i = 0; i < 9; i++) {
      bomb += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
      prev = `b${i}`;
    }
    // Expanded, it would be 9^10 nodes: were it not stopped, this would not end within the test's timeout.
    const doc = SourceDocument.parse(bomb, 'bomb.yaml');
    expect(doc.issues.map((i) => i.code)).toEqual(['alias-limit']);
    expect(doc.data).toBeUndefined();
  });

  it('a negative or NaN alias limit is the default, not "no limit"', () => {
    let bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n';
    let prev = 'a';
    for (let i = 0; i < 9; i++) {
      bomb += `b${i}: &b${i} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
      prev = `b${i}`;
    }
    for (const maxAliasCount of [-1, Number.NaN]) {
      const doc = SourceDocument.parse(bomb, 'bomb.yaml', { maxAliasCount });
      expect(doc.issues.map((i) => i.code)).toEqual(['alias-limit']);
    }
    // 0 is a limit like any other: no alias at all.
    expect(SourceDocument.parse('a: &a 1\nb: *a\n', 'x.yaml', { maxAliasCount: 0 }).issues).toMatchObject([
      { code: 'alias-limit' },
    ]);
  });

  it('allows as many alias uses as the limit, and refuses the next one at that alias, in neutral words', () => {
    const uses = (n: number) =>
      `w: &w [A, B]\nlist:\n${Array.from({ length: n }, (_, i) => `  - { id: s${i}, v: *w }`).join('\n')}\n`;
    // SECURITY.md: "YAML alias dereferences: 100".
    expect(SourceDocument.parse(uses(100), 'x.yaml').issues).toEqual([]);
    const doc = SourceDocument.parse(uses(101), 'x.yaml');
    expect(doc.issues).toMatchObject([{ code: 'alias-limit', line: 103, column: 20 }]);
    expect(doc.issues[0]!.text.en).toBe(
      'aliases expand more than 100 times by this "*w", the limit for a rule file: write the values out instead of reusing an alias so often',
    );
    expect(doc.issues[0]!.text.zh).toBe(
      '到这个“*w”为止，别名展开已超过规则文件的上限 100 次：请把这些值直接写出来，不要这样多次重复使用别名',
    );
    // A smaller limit counts the same way: 3 uses under a limit of 3, not 4.
    expect(SourceDocument.parse(uses(3), 'x.yaml', { maxAliasCount: 3 }).issues).toEqual([]);
    expect(SourceDocument.parse(uses(4), 'x.yaml', { maxAliasCount: 3 }).issues).toMatchObject([
      { code: 'alias-limit', line: 6 },
    ]);
  });

  it('an alias bomb is refused at the alias where the copies pass the limit, not at 1:1', () => {
    const bomb = 'a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n';
    // As the yaml library counts: each *b weighs 5 (the copies of a), each *c 25; with c itself,
    // the 3rd *c makes 4 × 25 = 100 copies and the 4th 125, past the limit.
    expect(SourceDocument.parse(bomb, 'bomb.yaml').issues).toMatchObject([
      { code: 'alias-limit', line: 4, column: 17 },
    ]);
    expect(SourceDocument.parse(bomb.replace('*c, *c, *c, *c', '*c, *c, *c'), 'bomb.yaml').issues).toEqual(
      [],
    );
  });

  it('a YAML 1.1 merge key "<<" is one issue at the key saying to write the keys out, not "unknown key"', () => {
    const text = 'a: &num { type: number, unit: MPa }\nb:\n  <<: *num\n  label: x\n';
    const doc = SourceDocument.parse(text, 'x.yaml');
    expect(doc.issues).toMatchObject([{ code: 'yaml-syntax', line: 3, column: 3 }]);
    expect(doc.issues[0]!.text.en).toBe(
      'YAML syntax error: rule files are read as YAML 1.2, which has no merge keys ("<<"): write the keys out',
    );
    expect(doc.issues[0]!.text.zh).toBe(
      'YAML 语法错误：规则文件按 YAML 1.2 读取，不支持合并键“<<”：请把要合并的键逐个写出来',
    );
    // Quoted, "<<" is a key like any other.
    expect(SourceDocument.parse('b:\n  "<<": 1\n', 'x.yaml').issues).toEqual([]);
  });

  it('an alias with no anchor before it is an issue at the alias, in both languages', () => {
    const doc = SourceDocument.parse('a: 1\nb:\n  c: *w\nd: &w 2\n', 'x.yaml');
    expect(doc.issues).toMatchObject([{ code: 'alias-limit', line: 3, column: 6 }]);
    expect(doc.issues[0]!.text.en).toBe(
      'the alias "*w" has no anchor "&w" before it (an anchor must come before its aliases)',
    );
    expect(doc.issues[0]!.text.zh).toBe('别名“*w”之前没有定义锚点“&w”（锚点须写在别名之前）');
  });

  it('a second YAML document says to remove its "---", not to call a library function', () => {
    const doc = SourceDocument.parse('a: 1\n---\nb: 2\n', 'x.yaml');
    expect(doc.issues).toMatchObject([{ code: 'yaml-syntax', line: 2 }]);
    expect(doc.issues[0]!.text.en).toContain('remove the "---" line');
    expect(doc.issues[0]!.text.en).not.toMatch(/parseAllDocuments/);
    expect(doc.issues[0]!.text.zh).toContain('请删去此处开始另一个文档的“---”行');
  });

  it('refuses YAML tags, deep nesting and oversized files', () => {
    expect(SourceDocument.parse('a: !!js/function "x"\n', 't.yaml').issues).toMatchObject([
      { code: 'yaml-syntax', line: 1 },
    ]);
    expect(SourceDocument.parse('['.repeat(50_000), 'deep.yaml').issues[0]!.code).toBe('depth-limit');
    const deep = `${'a:\n'.split('').length ? Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') : ''} 1\n`;
    expect(SourceDocument.parse(deep, 'deep.yaml').issues[0]!.code).toBe('depth-limit');
    const big = SourceDocument.parse(`a: "${'x'.repeat(100)}"`, 'big.yaml', { maxBytes: 50 });
    expect(big.issues).toMatchObject([{ code: 'file-too-large' }]);
  });

  it('reports nesting too deep as depth-limit, in block and flow style alike', () => {
    const block = `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1`;
    const flow = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const braces = `${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`;
    const shallowFlow = `${'['.repeat(100)}${']'.repeat(100)}`;
    for (const text of [block, flow, braces, shallowFlow]) {
      const { issues } = SourceDocument.parse(text, 'deep.yaml');
      expect(issues.map((i) => i.code)).toEqual(['depth-limit']);
      expect(issues[0]!.line).toBeGreaterThan(0);
      expect(issues[0]!.text.en).toContain('64 levels');
      expect(issues[0]!.text.zh).toContain('64 层');
    }
  });

  it('places nesting too deep where the 65th level starts, not where the stack ran out', () => {
    // The parser's own error moved with the stack size: the studio page said 1:794, the CLI 1:801.
    for (const [text, column] of [
      [`x: ${'['.repeat(5000)}${']'.repeat(5000)}`, 68],
      [`x: ${'['.repeat(100)}${']'.repeat(100)}`, 68],
      [`${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`, 261],
    ] as const) {
      const { issues } = SourceDocument.parse(text, 'deep.yaml');
      expect(issues).toMatchObject([{ code: 'depth-limit', line: 1, column }]);
    }
  });

  it('reads 64 levels and stops at the 65th, in brackets, braces, compact lists and block mappings', () => {
    const nest = (depth: number) => [
      `x: ${'['.repeat(depth)}1${']'.repeat(depth)}`,
      `x: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
      `x:\n  ${'- '.repeat(depth)}1`,
      `${Array.from({ length: depth + 1 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1`,
    ];
    for (const text of nest(64)) {
      expect(SourceDocument.parse(text, 'd.yaml').issues.map((i) => i.code)).not.toContain('depth-limit');
    }
    for (const text of nest(65)) {
      expect(SourceDocument.parse(text, 'd.yaml').issues.map((i) => i.code)).toEqual(['depth-limit']);
    }
  });

  it('counts a pair in brackets as the mapping it makes: [a: [a: …]] stops at the 65th level of the document', () => {
    // Each `[a: ` is a list holding a mapping: two levels for one bracket. Before, 40 of them were read whole and
    // refused after (at the 33rd bracket), 300 of them while parsing at the 65th bracket: one limit, two places.
    const nest = (n: number) => `x: ${'[a: '.repeat(n)}1${']'.repeat(n)}`;
    expect(SourceDocument.parse(nest(32), 'd.yaml').issues).toEqual([]);
    for (const n of [33, 40, 300, 100_000]) {
      expect(SourceDocument.parse(nest(n), 'd.yaml').issues).toMatchObject([
        { code: 'depth-limit', line: 1, column: 3 + 32 * 4 + 1 },
      ]);
    }
    // `? ` pairs too; and a key in braces counts as any value does.
    expect(SourceDocument.parse(`x: ${'[? '.repeat(33)}1${']'.repeat(33)}`, 'd.yaml').issues).toMatchObject([
      { code: 'depth-limit', line: 1 },
    ]);
  });

  it('reads up to limits.maxTokens tokens and stops at the one past it, located, in both languages', () => {
    // a : [ 1 , 1 , 1 , 1 ] — 11 tokens; white space and comments are not counted.
    const text = 'a: [1,1,1,1] # four\n';
    expect(SourceDocument.parse(text, 't.yaml', { maxTokens: 11 }).issues).toEqual([]);
    const over = SourceDocument.parse(text, 't.yaml', { maxTokens: 10 });
    expect(over.data).toBeUndefined();
    expect(over.issues).toMatchObject([{ code: 'token-limit', line: 1, column: 12 }]);
    expect(over.issues[0]!.text.en).toContain('more than 10 YAML tokens');
    expect(over.issues[0]!.text.zh).toContain('超过上限 10 个');
    // A quoted value is one token, counted where it starts, on its own line.
    const lines = SourceDocument.parse('a: "x y"\n# note\nb: [x, y]\n', 't.yaml', { maxTokens: 5 });
    expect(lines.issues).toMatchObject([{ code: 'token-limit', line: 3, column: 4 }]);
  });

  it('the default token limit leaves the bundled rule files and their test suites far below it', () => {
    expect(DEFAULT_SOURCE_LIMITS.maxTokens).toBe(400_000);
    // The largest bundled test suite has about 20,000 tokens: read with a limit a tenth of the default, it loads.
    const suite = readFileSync(
      new URL('../../rules/steel/hot-rolled-ribbed-bar.test.yaml', import.meta.url),
      'utf8',
    );
    expect(SourceDocument.parse(suite, 's.yaml', { maxTokens: 40_000 }).issues).toEqual([]);
  });

  it('a file of brackets up to the size limit stops at its 65th level, having read no further', () => {
    // 2,000,003 bytes, under the 2 MiB limit: yaml's parser took minutes and gigabytes over it (hostile input).
    const text = `x: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(SourceDocument.parse(text, 'deep.yaml').issues).toMatchObject([
      { code: 'depth-limit', line: 1, column: 68 },
    ]);
  });

  it('refuses the tags the parser knows (!!binary, !!str, !!set) as it refuses every other tag, at the tag', () => {
    for (const [text, tag, line, column] of [
      ['a: 1\nb: !!binary aGVsbG8=\n', '!!binary', 2, 4],
      ['a: !!str 1.0\n', '!!str', 1, 4],
      ['!!str a: 1\n', '!!str', 1, 1],
      ['a:\n  - !!set { x }\n', '!!set', 2, 5],
      ['a: !!timestamp 2001-12-14\n', '!!timestamp', 1, 4],
      ['a: ! x\n', '!', 1, 4],
      // The value on the line below its tag: still at the tag.
      ['a: !!binary\n  aGVsbG8=\n', '!!binary', 1, 4],
      ['a: !!set # a comment!\n  ? x\n', '!!set', 1, 4],
    ] as const) {
      const doc = SourceDocument.parse(text, 't.yaml');
      expect(doc.issues, text).toMatchObject([{ code: 'yaml-syntax', line, column }]);
      expect(doc.issues[0]!.text.en).toBe(
        `rule files may not use YAML tags (${tag}): remove it; to have a value read as text, quote it`,
      );
      expect(doc.issues[0]!.text.zh).toContain(`规则文件不能使用 YAML 标签（${tag}）`);
      expect(doc.data).toBeUndefined();
    }
    // An unknown tag is reported once, by the parser's own warning, at the tag, even with its value on the next line.
    expect(SourceDocument.parse('a: !Ref x\n', 't.yaml').issues).toHaveLength(1);
    expect(SourceDocument.parse('a: !Ref\n  x\n', 't.yaml').issues).toMatchObject([
      { code: 'yaml-syntax', line: 1, column: 4 },
    ]);
    // Two tags on one line, one unknown and one known: one issue each.
    expect(
      SourceDocument.parse('a: [!Ref x, !!str y]\n', 't.yaml').issues.map((i) => [i.line, i.column]),
    ).toEqual([
      [1, 5],
      [1, 13],
    ]);
  });

  it('names the mistakes a newcomer makes: a full-width colon, an unquoted ">=", a missing space', () => {
    const colon = SourceDocument.parse('indicators:\n  apf:\n    unit： W\n    type: number\n', 'x.yaml');
    expect(colon.issues.map((i) => i.text)).toEqual([
      {
        en: 'YAML syntax error: the full-width colon "：" (U+FF1A) is not YAML\'s colon: after a key write an ASCII ":" followed by a space, e.g. "unit: "',
        zh: 'YAML 语法错误：全角冒号“：”（U+FF1A）不是 YAML 的冒号：键后的冒号请用半角“:”，并在其后加一个空格，如“unit: ”',
      },
    ]);
    // Told once, at the ">", naming the key and the value to quote (the parser reports two errors here).
    const gt = SourceDocument.parse('criteria:\n  - id: a\n    require: >= 400\n', 'x.yaml');
    expect(gt.issues.map((i) => [i.line, i.column, i.text])).toEqual([
      [
        3,
        14,
        {
          en: 'YAML syntax error: a value that starts with > or | is read by YAML as a block of text: quote it, require: ">= 400"',
          zh: 'YAML 语法错误：以 > 或 | 开头的值会被 YAML 当作多行文本：请给这个值加引号，写作 require: ">= 400"',
        },
      ],
    ]);
    for (const [value, column] of [
      ['>= 0', 12],
      ['> 0', 12],
      ['>0 # 大于零', 12],
      ['|= 3', 12],
    ] as const) {
      const doc = SourceDocument.parse(
        `indicators:\n  a:\n    range: ${value}\n    type: number\n`,
        'x.yaml',
      );
      expect(doc.issues.map((i) => [i.line, i.column, i.text.en])).toEqual([
        [3, column, expect.stringMatching(/: quote it, range: "[>|]=? ?\d"$/)],
      ]);
    }
    // A real block of text is no slip.
    for (const header of ['>', '|', '>-', '|2', '>+ # folded'])
      expect(SourceDocument.parse(`note: ${header}\n  some text\nb: 1\n`, 'x.yaml').issues).toEqual([]);
    // "a:1" is one plain scalar, not a key and a value.
    expect(SourceDocument.parse('a:1\nb: 2\n', 'x.yaml').issues.map((i) => i.text.en)).toEqual([
      'YAML syntax error: a key cannot run on to the next line (a space may be missing after a colon, or the indentation is wrong)',
    ]);
    expect(SourceDocument.parse('a: 1\nb\nc: 2\n', 'x.yaml').issues.map((i) => i.text.en)).toEqual([
      'YAML syntax error: this key has no ": " and value after it (a colon may be missing, or the space after it)',
    ]);
  });

  it('reports a syntax error at its line', () => {
    expect(SourceDocument.parse('a:\n\t- 1\n', 't.yaml').issues).toMatchObject([
      { code: 'yaml-syntax', line: 2, column: 1 },
    ]);
    expect(SourceDocument.parse('a: 1\nb:\n  - 1\n  c: 2\n', 't.yaml').issues).toMatchObject([
      { code: 'yaml-syntax', line: 4 },
    ]);
  });

  it('quotes at most 40 characters of an offending token, with control characters replaced', () => {
    // Pseudo-random bytes (a fixed LCG), read as UTF-8 the way a rule file is read.
    let x = 2;
    const bytes = Buffer.from(
      Array.from({ length: 5000 }, () => {
        x = (x * 1103515245 + 12345) % 2 ** 31;
        return (x >> 16) & 255;
      }),
    );
    const issues = SourceDocument.parse(bytes.toString('utf8'), 'g.yaml').issues;
    expect(issues.length).toBeGreaterThan(1);
    for (const issue of issues) {
      expect(issue.message.length).toBeLessThan(120); // the "YAML syntax error: " prefix, 19, and the token quoted short
      // Control characters (C0, C1) and bidirectional overrides are replaced by U+FFFD.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
      expect(issue.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(issues.map((i) => i.message).join('\n')).toMatch(/…/);
  });
});
