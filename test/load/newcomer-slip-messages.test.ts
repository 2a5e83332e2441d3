/**
 * Slips a newcomer (association staff, not a programmer) made on purpose in a
 * flat-glass rule file written from the docs (newcomer-26 M1, M5, M7, M8, M10):
 * each one told once, at its line and column, with a fix that gives a valid
 * file in one step. The fixture is the newcomer's own file without a slip;
 * each test changes one line of it as the newcomer did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';

const BASE = readFileSync(
  join(import.meta.dirname, '../fixtures/invalid/yaml-slips/newcomer-26-flat-glass.yaml'),
  'utf8',
);

/** The base file with `from` (which must be in it once) written as `to`. */
function slip(from: string, to: string): string {
  expect(BASE.split(from)).toHaveLength(2);
  return BASE.replace(from, to);
}

const issuesOf = (text: string) => locatedIssues(text, 'flat-glass.yaml');

describe('the newcomer-26 flat-glass slips', () => {
  it('the base file is valid', () => {
    expect(issuesOf(BASE)).toEqual([]);
  });

  it('M1: an indicator name less indented than its siblings is told at its own line, naming the sibling', () => {
    const issues = issuesOf(slip('  pointDefects:\n', 'pointDefects:\n'));
    expect(issues).toEqual([
      {
        code: 'yaml-syntax',
        line: 42,
        column: 1,
        zh: 'YAML 语法错误：第 42 行的“pointDefects”缩进少了：它从第 1 列开始，而同一层的键“bow”（第 37 行）从第 3 列开始，它下面的第 43 至 46 行从第 5 列开始；请让“pointDefects”从第 3 列开始，与“bow”对齐',
        en: 'YAML syntax error: line 42, "pointDefects", is indented less than its sibling "bow" (line 37, column 3) and the lines below it (lines 43 to 46, column 5): it starts in column 1; start it in column 3, lined up with "bow"',
      },
    ]);
  });

  it('M1: a criterion key at the list item column is still told at that key (the list above is no sibling)', () => {
    const issues = issuesOf(
      slip('    grade: premium\n    require: "≤ 0.1"', '  grade: premium\n    require: "≤ 0.1"'),
    );
    expect(issues[0]).toMatchObject({ code: 'yaml-syntax', line: 100, column: 3 });
    expect(issues[0]!.zh).toContain(
      '第 100 行的缩进与上一行（第 99 行）不一致（从第 3 列开始，而不是第 5 列）',
    );
  });

  it('M5: a full-width colon inside { } is named, at the colon, instead of a missing key and a comma hint', () => {
    expect(issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: { zh： 弯曲度, en: Bow }'))).toEqual([
      {
        code: 'schema',
        line: 41,
        column: 16,
        zh: '全角冒号“：”（U+FF1A）不是 YAML 的冒号：花括号 { } 中键后的冒号请用半角“:”，并在其后加一个空格，写作“zh: 弯曲度”',
        en: 'the full-width colon "：" (U+FF1A) is not YAML\'s colon: inside { } write an ASCII ":" after a key, followed by a space: "zh: 弯曲度"',
      },
    ]);
    const grade = issuesOf(slip('{ id: premium,', '{ id： premium,'));
    expect(grade.map((i) => [i.line, i.column, i.zh])).toEqual([
      [
        54,
        9,
        '全角冒号“：”（U+FF1A）不是 YAML 的冒号：花括号 { } 中键后的冒号请用半角“:”，并在其后加一个空格，写作“id: premium”',
      ],
    ]);
  });

  it('M7: one full-width comma in an enum of numbers gives one error, not one per table row naming 2, 8 or 15', () => {
    const issues = issuesOf(slip('values: [2, 3, 4,', 'values: [2，3, 4,'));
    expect(issues).toEqual([
      {
        code: 'schema',
        line: 30,
        column: 14,
        zh: '“thickness”的列表用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，“2，3”被读作一项；请写 values: [2, 3, 4, 5, 6, 8, 10, 12, 15, 19]',
        en: 'the list of "thickness" uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so "2，3" is read as one item; write values: [2, 3, 4, 5, 6, 8, 10, 12, 15, 19]',
      },
    ]);
  });

  it('M8: a bare number as a requirement asks for an operator in the same step as the quotes', () => {
    const text = slip('require: "≤ 0.2"', 'require: 0.2');
    expect(issuesOf(text)).toEqual([
      {
        code: 'schema',
        line: 96,
        column: 14,
        zh: '“require”必须是以运算符开头、加引号的文本，实际是数值 0.2：请写明比较方式，如 "≤ 0.2"（不大于）或 "≥ 0.2"（不小于），也可用 ± 等',
        en: '"require" must be text that starts with an operator, in quotes, got the number 0.2: say how to compare, e.g. "≤ 0.2" (at most) or "≥ 0.2" (at least); ± and others work too',
      },
    ]);
  });

  it('M8: a range written as a bare number names an interval too', () => {
    const issues = issuesOf(slip('range: "[0, 100]"', 'range: 100'));
    expect(issues.map((i) => i.zh)).toEqual([
      '“range”必须是以运算符开头、加引号的文本，实际是数值 100：请写明比较方式，如 "≤ 100"（不大于）、"≥ 100"（不小于）或区间 "[0, 100]"',
    ]);
  });

  it('hostile-27 M1: plausible written as a bare number is told to write a bound, not the number in quotes', () => {
    const issues = issuesOf(slip('range: "[0, 100]"', 'range: "[0, 100]"\n    plausible: 1000'));
    expect(issues.map((i) => i.en)).toEqual([
      '"plausible" must be text that starts with an operator, in quotes, got the number 1000: say how to compare, e.g. "≤ 1000" (at most), "≥ 1000" (at least) or an interval "[0, 100]"',
    ]);
    expect(issues[0]!.zh).not.toContain('加引号写作 "1000"');
  });

  it('M8: version 1.0 (a number) and "1.0" (text) both get "1.0.0", which is valid', () => {
    expect(issuesOf(slip('version: 0.1.0', 'version: 1.0'))).toEqual([
      {
        code: 'schema',
        line: 6,
        column: 10,
        zh: '“version”必须是加引号的语义化版本号（三段数字），实际是数值 1.0：请写作 "1.0.0"',
        en: '"version" must be a semantic version (three numbers) in quotes, got the number 1.0: write "1.0.0"',
      },
    ]);
    expect(issuesOf(slip('version: 0.1.0', 'version: 2')).map((i) => i.zh)).toEqual([
      '“version”必须是加引号的语义化版本号（三段数字），实际是数值 2：请写作 "2.0.0"',
    ]);
    expect(issuesOf(slip('version: 0.1.0', 'version: "1.0"')).map((i) => i.en)).toEqual([
      '"version" must be a semantic version such as "1.0.0", got text "1.0"; write "1.0.0"',
    ]);
    expect(issuesOf(slip('version: 0.1.0', 'version: "1.0.0"'))).toEqual([]);
  });

  it('M10: a table row one space too far names the row above and the column', () => {
    expect(issuesOf(slip('      - [[8, 10, 12], 0.3, 0.2]', '       - [[8, 10, 12], 0.3, 0.2]'))).toEqual([
      {
        code: 'yaml-syntax',
        line: 63,
        column: 8,
        zh: 'YAML 语法错误：第 63 行的“- ”从第 8 列开始，而同一列表的上一项（第 62 行）从第 7 列开始：同一列表的各项要从同一列开始；请让它从第 7 列开始，与第 62 行对齐',
        en: 'YAML syntax error: the "- " on line 63 starts in column 8, but the item above it in the same list (line 62) starts in column 7: the items of one list start in the same column; start it in column 7, lined up with line 62',
      },
    ]);
  });

  it('M10: a criterion without its "- " is one message asking for it, not a duplicate key per key', () => {
    expect(issuesOf(slip('  - id: bow-premium', '    id: bow-premium'))).toEqual([
      {
        code: 'duplicate-key',
        line: 98,
        column: 5,
        zh: '第 98 行的“id”与第 94 行的“id”落在列表的同一项中：这里应是新的一项，是否漏写了“- ”？列表的每一项都以“- ”开头，请写作“  - id: bow-premium”',
        en: '"id" on line 98 falls in the same list item as "id" on line 94: a new item starts here; is its "- " missing? Each item of a list starts with "- ": write "  - id: bow-premium"',
      },
    ]);
  });

  it('M10: a key written twice in one criterion is still a duplicate key', () => {
    const issues = issuesOf(slip('    require: "≤ 0.1"\n', '    require: "≤ 0.1"\n    grade: premium\n'));
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['duplicate-key', 102, 5]]);
    expect(issues[0]!.zh).toBe('重复的键“grade”（第一次在第 100 行）：同一映射中每个键只能出现一次');
  });

  it('M10: full-width brackets around a list are named, with the list to write', () => {
    expect(
      issuesOf(
        slip('values: [2, 3, 4, 5, 6, 8, 10, 12, 15, 19]', 'values: ［2, 3, 4, 5, 6, 8, 10, 12, 15, 19］'),
      ),
    ).toEqual([
      {
        code: 'schema',
        line: 30,
        column: 13,
        zh: '“values”用了全角括号“［”“］”（U+FF3B、U+FF3D），整个值被读作一段文本：请用半角括号 [ ]，写作 values: [2, 3, 4, 5, 6, 8, 10, 12, 15, 19]',
        en: '"values" uses the full-width brackets "［" "］" (U+FF3B, U+FF3D), so the whole value is read as text: use ASCII [ ], write values: [2, 3, 4, 5, 6, 8, 10, 12, 15, 19]',
      },
    ]);
  });

  it('M10: a label written as plain text says what to write, in plain words', () => {
    expect(issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: 弯曲度'))).toEqual([
      {
        code: 'schema',
        line: 41,
        column: 12,
        zh: '“label”要同时写中文和英文，写在花括号中：label: { zh: 弯曲度, en: 英文名称 }',
        en: '"label" needs a Chinese and an English text, in braces: label: { zh: 弯曲度, en: <English> }',
      },
    ]);
    expect(issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: Bow')).map((i) => i.en)).toEqual([
      '"label" needs a Chinese and an English text, in braces: label: { zh: <Chinese>, en: Bow }',
    ]);
  });
});

describe('a full-width colon in a condition (fix-authoring-27 item 2)', () => {
  const when = (lines: string) => slip('  - id: bow-premium\n', `  - id: bow-premium\n${lines}`);
  const colon = (write: string, braces = true) => ({
    zh: `全角冒号“：”（U+FF1A）不是 YAML 的冒号：${braces ? '花括号 { } 中' : ''}键后的冒号请用半角“:”，并在其后加一个空格，写作“${write}”`,
    en: `the full-width colon "：" (U+FF1A) is not YAML's colon: ${braces ? 'inside { } write an ASCII ":" after a key, followed by a space' : 'after a key write an ASCII ":" followed by a space'}: "${write}"`,
  });

  it('in braces, a Chinese key: one error at the colon, not an unknown indicator "类别：滚筒"', () => {
    expect(issuesOf(when('    when: { 类别：滚筒 }\n'))).toEqual([
      { code: 'schema', line: 99, column: 15, ...colon('类别: 滚筒') },
    ]);
  });

  it('in braces, beside a good condition and with a space after the colon: the slip alone is told', () => {
    expect(issuesOf(when('    when: { thickness： 4, bow: "≥ 0" }\n'))).toEqual([
      { code: 'schema', line: 99, column: 22, ...colon('thickness: 4') },
    ]);
  });

  it('on the line under when:, one error at the colon, not "when must be a mapping"', () => {
    expect(issuesOf(when('    when:\n      thickness：4\n'))).toEqual([
      { code: 'schema', line: 100, column: 16, ...colon('thickness: 4', false) },
    ]);
  });

  it("on when:'s own line, the entry to write goes in braces", () => {
    expect(issuesOf(when('    when: thickness：4\n'))).toEqual([
      { code: 'schema', line: 99, column: 20, ...colon('when: { thickness: 4 }') },
    ]);
  });

  it('each fix gives a valid file', () => {
    for (const fixed of ['    when: { thickness: 4 }\n', '    when:\n      thickness: 4\n'])
      expect(issuesOf(when(fixed))).toEqual([]);
  });

  it('text with a colon in prose is not taken for a slip: a label still asks for braces', () => {
    expect(issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: 表 2：弯曲度')).map((i) => i.en)).toEqual([
      '"label" needs a Chinese and an English text, in braces: label: { zh: 表 2：弯曲度, en: <English> }',
    ]);
  });
});

describe('a colon with no space, or a full-width space, after it (hostile-27 M6)', () => {
  const when = (lines: string) => slip('  - id: bow-premium\n', `  - id: bow-premium\n${lines}`);
  const noSpace = (read: string, write: string, braces = true) => ({
    zh: `YAML 把“${read}”读作一段文本，而不是键和值：${braces ? '花括号 { } 中' : ''}键后的冒号后面须有一个空格，写作“${write}”`,
    en: `YAML reads "${read}" as one text, not a key and its value: ${braces ? 'inside { } ' : ''}write a space after the colon: "${write}"`,
  });
  const wideSpace = (read: string, write: string, braces = true) => ({
    zh: `冒号后的全角空格“\u3000”（U+3000）不是 YAML 的空格，“${read}”被读作一段文本：${braces ? '花括号 { } 中' : ''}冒号后请写半角空格，写作“${write}”`,
    en: `the full-width space "\u3000" (U+3000) after the colon is not a YAML space, so "${read}" is read as one text: ${braces ? 'inside { } ' : ''}write an ASCII space after the colon: "${write}"`,
  });

  it('in braces, no space after the colon: one error at the colon, not an unknown indicator "thickness:4"', () => {
    expect(issuesOf(when('    when: { thickness:4 }\n'))).toEqual([
      { code: 'schema', line: 99, column: 22, ...noSpace('thickness:4', 'thickness: 4') },
    ]);
    // No space inside the braces either: the colon is still at the 9th character of the key.
    expect(issuesOf(when('    when: {thickness:4}\n'))).toEqual([
      { code: 'schema', line: 99, column: 21, ...noSpace('thickness:4', 'thickness: 4') },
    ]);
  });

  it('in braces, U+3000 after the colon: one error at that space, beside a good condition', () => {
    expect(issuesOf(when('    when: { thickness:\u30004, bow: "≥ 0" }\n'))).toEqual([
      { code: 'schema', line: 99, column: 23, ...wideSpace('thickness:\u30004', 'thickness: 4') },
    ]);
  });

  it('a no-break space after the colon is named by its code point', () => {
    expect(issuesOf(when('    when: { thickness:\u00a04 }\n')).map((i) => [i.column, i.en])).toEqual([
      [
        23,
        'the space character "\u00a0" (U+00A0) after the colon is not a YAML space, so "thickness:\u00a04" is read as one text: inside { } write an ASCII space after the colon: "thickness: 4"',
      ],
    ]);
  });

  it('on the line under when: and on its own line, as a full-width colon is told there', () => {
    expect(issuesOf(when('    when:\n      thickness:4\n'))).toEqual([
      { code: 'schema', line: 100, column: 16, ...noSpace('thickness:4', 'thickness: 4', false) },
    ]);
    expect(issuesOf(when('    when:\n      thickness:\u30004\n'))).toEqual([
      { code: 'schema', line: 100, column: 17, ...wideSpace('thickness:\u30004', 'thickness: 4', false) },
    ]);
    expect(issuesOf(when('    when: thickness:4\n'))).toEqual([
      { code: 'schema', line: 99, column: 20, ...noSpace('thickness:4', 'when: { thickness: 4 }') },
    ]);
  });

  it('a label key in braces: one error at the colon, not also "zh" missing', () => {
    expect(issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: { zh:弯曲度, en: Bow }'))).toEqual([
      { code: 'schema', line: 41, column: 16, ...noSpace('zh:弯曲度', 'zh: 弯曲度') },
    ]);
    expect(issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: { zh:\u3000弯曲度, en: Bow }'))).toEqual([
      { code: 'schema', line: 41, column: 17, ...wideSpace('zh:\u3000弯曲度', 'zh: 弯曲度') },
    ]);
  });

  it('an unknown key whose part before the colon is no key of the mapping is still an unknown key', () => {
    const issues = issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: { zh: 弯曲度, en: Bow, xx:yy }'));
    expect(issues.map((i) => i.en)).toEqual([expect.stringMatching(/^unknown key "xx:yy"; allowed: zh, en/)]);
  });

  it('each fix gives a valid file', () => {
    expect(issuesOf(when('    when: { thickness: 4 }\n'))).toEqual([]);
    expect(issuesOf(slip('label: { zh: 弯曲度, en: Bow }', 'label: { zh: 弯曲度, en: Bow }'))).toEqual([]);
  });
});

describe('Chinese words for keys and values (newcomer-26 F2, fix-authoring-27 item 1)', () => {
  const told = (text: string) => issuesOf(text).map((i) => [i.line, i.column, i.zh, i.en]);

  it('等级: at the top is one error at the word, naming grades, not also "grades" missing', () => {
    expect(told(slip('grades: # 从低到高', '等级: # 从低到高'))).toEqual([
      [
        52,
        1,
        '未知的键“等级”；键名须用英文：是否要写“grades”？',
        'unknown key "等级"; keys are English words: did you mean "grades"?',
      ],
    ]);
  });

  it('要求: in a criterion names require; at the top the same word names criteria', () => {
    expect(told(slip('    require: "≤ 0.1"', '    要求: "≤ 0.1"'))).toEqual([
      [
        101,
        5,
        '未知的键“要求”；键名须用英文：是否要写“require”？',
        'unknown key "要求"; keys are English words: did you mean "require"?',
      ],
    ]);
    expect(told(slip('criteria:\n', '要求:\n')).map(([, , zh]) => zh)).toEqual([
      '未知的键“要求”；键名须用英文：是否要写“criteria”？',
    ]);
  });

  it('指标: and 单位: in their places; a word of no key lists the keys, as before', () => {
    expect(told(slip('    indicator: bow\n    grade: premium', '    指标: bow\n    grade: premium'))).toEqual(
      [
        [
          99,
          5,
          '未知的键“指标”；键名须用英文：是否要写“indicator”？',
          'unknown key "指标"; keys are English words: did you mean "indicator"?',
        ],
      ],
    );
    expect(told(slip('    unit: 个/m²', '    单位: 个/m²')).map(([, , zh]) => zh)).toEqual([
      '未知的键“单位”；键名须用英文：是否要写“unit”？',
    ]);
    // No word of one key: the keys allowed are listed, as before.
    expect(
      told(slip('    require: "≤ 0.1"', '    require: "≤ 0.1"\n    其他: x')).map(([, , zh]) => zh),
    ).toEqual([
      '未知的键“其他”；可用的键：“id”、“label”、“indicator”、“require”、“condition”、“grade”、“gate”、“cap”、“when”、“comparison”、“interval”、“aggregate”、“clause”、“note”',
    ]);
  });

  it('type: 数值 and comparison: 修约值比较法 name the value meant', () => {
    expect(told(slip('    type: integer', '    type: 整数'))).toEqual([
      [
        43,
        11,
        '“type”必须是 "number"、"integer"、"boolean"、"enum"、"string" 之一，实际是文本 "整数"，是否要写“integer”？',
        '"type" must be one of "number", "integer", "boolean", "enum", "string", got text "整数"; did you mean "integer"?',
      ],
    ]);
    expect(told(slip('comparison: full #', 'comparison: 修约值比较法 #')).map(([, , zh]) => zh)).toEqual([
      '“comparison”必须是 "full"、"rounded" 之一，实际是文本 "修约值比较法"，是否要写“rounded”？',
    ]);
    expect(told(slip('subject: product', 'subject: 产品')).map(([, , zh]) => zh)).toEqual([
      '“subject”必须是 "product"、"enterprise" 之一，实际是文本 "产品"，是否要写“product”？',
    ]);
  });

  it('direction: 越大越好 is told that require’s operator says it', () => {
    expect(told(slip('    require: "≤ 0.1"', '    require: "≤ 0.1"\n    direction: 越小越好'))).toEqual([
      [
        102,
        5,
        '未知的键“direction”；规则文件没有“方向”键：越大越好或越小越好由 require 的运算符表示，如 require: "≥ 4.50"（不小于）或 require: "≤ 0.2"（不大于）',
        'unknown key "direction"; a rule file has no "direction" key: the operator of require says which way is better, e.g. require: "≥ 4.50" (at least) or require: "≤ 0.2" (at most)',
      ],
    ]);
  });
});
