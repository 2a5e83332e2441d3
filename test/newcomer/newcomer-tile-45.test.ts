/**
 * newcomer-45: a ceramic tile grading written from the docs alone (test/fixtures/newcomer-45/tile-strength.yaml,
 * reduced; every figure illustrative): breaking strength S = F × L / b per tile, five tiles, a grade table keyed by
 * category and thickness band. What stopped its author, each as first written:
 *
 * F1: the standard's formula copied with its ×, `breakingLoad × span ÷ width`: the formula's error was right, but
 * the criterion on it had a second, false one, "“aggregate”只用于有多个试样的指标；“breakingStrength”只有一个值"
 * (F has five), and a boolean derived value's criterion `= true` was told "“ok”是数值". A derived value whose formula
 * is in error is now read by nothing (docs/cli.md: what only follows from a mistake is not said).
 *
 * F2: bands as a Chinese standard's table prints them, `7.5以下` / `7.5以上`: told "键列的区间中不写单位，请写 "7.5"
 * （…以上 须先换算）", 以上 taken for a unit and a single value advised. The same in `range` (`0以上`), a `require`
 * ("不以运算符开头") and a `when` ("若要取表中的限值，请写表名"). Each now gives the bound to write, `≥ 7.5`.
 *
 * F3: `requiredWhen: usage = 室外`: "必须是映射，实际是文本" and no word of how a condition is written.
 *
 * F4: a suite case `grade: 不分级`, the word `qgrade grade` prints: told only the grades there are.
 *
 * F5: the standard's symbols in a formula (`F * L / b`): "未知的名称“F”" and nothing to write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';
import { ROOT, useCli } from '../cli/cli-harness';
import { tempDir } from '../temp-dir';

const FILE = join(ROOT, 'test/fixtures/newcomer-45/tile-strength.yaml');
const TILE = readFileSync(FILE, 'utf8');
const cli = useCli();

/** The fixture with one text replaced; the replacement must take. */
function edited(from: string, to: string): string {
  const text = TILE.replace(from, to);
  expect(text).not.toBe(TILE);
  return text;
}

function issuesOf(text: string) {
  return checkRuleSet(text, { filename: 'tile.yaml' }).issues;
}

/** Five tiles' breaking loads with the given mean (N); span 150 mm, width 300 mm, so S is half of F. */
function tile(meanLoad: number, rest: Record<string, unknown> = {}) {
  const breakingLoad = [-20, 20, 0, -10, 10].map((d) => meanLoad + d);
  return { category: '瓷质砖', usage: '室内', thickness: 8, breakingLoad, span: 150, width: 300, ...rest };
}

describe('the newcomer-45 tile rule set, as corrected', () => {
  it('loads with no issue, and the mean of S = F × L / b over five tiles meets the band at 7.5 mm', () => {
    expect(issuesOf(TILE)).toEqual([]);
    const grader = createGrader(checkRuleSet(TILE, { filename: 'tile.yaml' }).ruleSet!);
    // ≥ 7.5 mm: 1300 / 1400 / 1500 N. S mean 1400 N at it, 1399.5 N just below.
    expect(grader.gradeSync(tile(2800)).grade).toBe('first-class');
    expect(grader.gradeSync(tile(2799)).grade).toBe('qualified');
    // < 7.5 mm: 700 / 800 / 900 N, so the same tiles are 优等品 at 7.4 mm.
    expect(grader.gradeSync(tile(2800, { thickness: 7.4 })).grade).toBe('superior');
    expect(grader.gradeSync(tile(2800, { thickness: 7.5 })).grade).toBe('first-class');
  });
});

describe('F1: a derived value whose formula is in error is read by nothing', () => {
  it('× in the formula: one error, at the formula; none at the criterion taking the mean of its five tiles', async () => {
    const text = edited('formula: breakingLoad * span / width', 'formula: breakingLoad × span ÷ width');
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.line])).toEqual([['invalid-formula', 57]]);
    expect(issues[0]!.text.zh).toBe(
      // Both signs named (hostile-46: the ÷ was left to the advice's formula).
      '“breakingStrength”的公式：公式中要写“*”，而不是“×”（U+00D7）；要写“/”，而不是“÷”（U+00F7）：请写“breakingLoad * span / width”',
    );
    const dir = tempDir('newcomer-45');
    writeFileSync(join(dir, 'tile.yaml'), text);
    const r = await cli.run(['--lang', 'zh', 'validate', 'tile.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('aggregate');
    expect(r.stderr).toContain('检查了 1 个文件，发现 1 个问题');
  });

  it('an unknown name in it: the errors at the formula only', () => {
    const text = edited('formula: breakingLoad * span / width', 'formula: breakingLoad * spn / width');
    expect(issuesOf(text).map((i) => i.message)).toEqual([
      'formula of "breakingStrength": unknown name "spn"; did you mean "span"?',
    ]);
  });

  it('a boolean formula in error: its `= true` criterion is not told the value is a number', () => {
    const text = edited(
      '    formula: breakingLoad * span / width\n',
      '    formula: breakingLoad * span / width\n  loadsAgree:\n    label: { zh: 荷载一致, en: Loads agree }\n' +
        '    formula: span > 0 ＆＆ width > 0\n',
    ).replace(
      '  - id: frost\n',
      '  - { id: loads-agree, indicator: loadsAgree, require: "= true" }\n  - id: frost\n',
    );
    const issues = issuesOf(text);
    expect(issues.map((i) => i.code)).toEqual(['invalid-formula']);
    expect(issues[0]!.text.zh).toBe(
      '“loadsAgree”的公式：公式中要写“&”，而不是“＆”（U+FF06）：请写“span > 0 && width > 0”',
    );
  });

  it('a grade table read only through it still gives its grades a requirement (no "unreachable-grade")', () => {
    const text = edited(
      'formula: breakingLoad * span / width',
      'formula: breakingLoad × span / width',
    ).replace(/ {2}- id: frost\n[\s\S]*$/, '');
    expect(issuesOf(text).map((i) => i.code)).toEqual(['invalid-formula']);
  });
});

describe('F2: a bound in the words of a Chinese table (以上, 以下, 不小于) is given as the bound to write', () => {
  it('in a key column: "≤ 7.5" / "≥ 7.5", not "以上" taken for a unit (zh and en)', () => {
    const text = edited('[瓷质砖, "< 7.5"', '[瓷质砖, "7.5以下"').replace(
      '[瓷质砖, "≥ 7.5"',
      '[瓷质砖, "7.5 mm及以上"',
    );
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['invalid-band', 68, 15],
      ['invalid-band', 69, 15],
    ]);
    expect(issues[0]!.text.zh).toBe(
      '“7.5以下”用文字“以下”写界限：请写 "≤ 7.5"（“以下”包括本数；不包括时写 "< 7.5"）',
    );
    expect(issues[0]!.message).toBe(
      '"7.5以下" writes the bound in words (以下): write "≤ 7.5" (以下 includes the number; if it is left out, write "< 7.5")',
    );
    expect(issues[1]!.text.zh).toBe(
      '“7.5 mm及以上”用文字“及以上”写界限：请写 "≥ 7.5"，不写单位 mm（“及以上”包括本数；不包括时写 "> 7.5"）',
    );
  });

  it('a word before the number in a key column: "不小于 7.5" → "≥ 7.5"', () => {
    const [issue, ...more] = issuesOf(edited('[炻瓷砖, "≥ 7.5"', '[炻瓷砖, "不小于 7.5"'));
    expect(more).toEqual([]);
    expect(issue!.text.zh).toBe('“不小于 7.5”用文字“不小于”写界限：请写 "≥ 7.5"');
  });

  it('in a range, a require and a when', () => {
    const range = issuesOf(
      edited(
        '    unit: mm\n    range: "> 0"\n    label: { zh: 厚度',
        '    unit: mm\n    range: "0以上"\n    label: { zh: 厚度',
      ),
    );
    expect(range.map((i) => i.text.zh)).toEqual([
      '“0以上”用文字“以上”写界限：请写 "≥ 0"（“以上”包括本数；不包括时写 "> 0"）',
    ]);
    const require = issuesOf(
      edited(
        '  - id: frost\n',
        '  - { id: thick, indicator: thickness, require: "7.5以上" }\n  - id: frost\n',
      ),
    );
    expect(require.map((i) => [i.code, i.text.zh])).toEqual([
      [
        'invalid-requirement',
        '“7.5以上”用文字“以上”写界限：请写 "≥ 7.5"（“以上”包括本数；不包括时写 "> 7.5"）',
      ],
    ]);
    const when = issuesOf(edited('when: { usage: 室外 }', 'when: { thickness: "7.5以上" }'));
    expect(when.map((i) => i.text.zh)).toEqual([
      '“thickness”是数值；“7.5以上”永远不会与它相符：“7.5以上”用文字“以上”写界限：请写 "≥ 7.5"（“以上”包括本数；不包括时写 "> 7.5"）',
    ]);
  });
});

describe('F3: a condition written as a line of text says the mapping to write', () => {
  it('requiredWhen: usage = 室外 → requiredWhen: { usage: 室外 }, in validate (zh) and the issue (en)', async () => {
    const text = edited('requiredWhen: { usage: 室外 }', 'requiredWhen: usage = 室外');
    const [issue, ...more] = issuesOf(text);
    expect(more).toEqual([]);
    expect(issue!.message).toBe(
      '"requiredWhen" must be a mapping, got text "usage = 室外": a condition is a mapping of indicator: value; write requiredWhen: { usage: 室外 }',
    );
    const dir = tempDir('newcomer-45');
    writeFileSync(join(dir, 'tile.yaml'), text);
    const r = await cli.run(['--lang', 'zh', 'validate', 'tile.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'tile.yaml:51:19: “requiredWhen”必须是映射，实际是文本 "usage = 室外"：条件写成“指标: 取值”的映射，请写 requiredWhen: { usage: 室外 }',
    );
  });

  it('a comparison is quoted; text that is no name, operator and value gets the form of a condition', () => {
    const compare = issuesOf(edited('when: { usage: 室外 }', 'when: thickness >= 8'));
    expect(compare.map((i) => i.text.zh)).toEqual([
      '“when”必须是映射，实际是文本 "thickness >= 8"：条件写成“指标: 取值”的映射，请写 when: { thickness: ">= 8" }',
    ]);
    const words = issuesOf(edited('when: { usage: 室外 }', 'when: 室外使用时'));
    expect(words.map((i) => i.message)).toEqual([
      '"when" must be a mapping, got text "室外使用时": a condition is a mapping of indicator: value, e.g. when: { category: A } or when: { thickness: "≥ 8" } (see "when" under "Criteria" in docs/rule-format.md)',
    ]);
  });
});

describe('F4: a suite case that writes the grade table’s word for no grade', () => {
  const suite = (grade: string) =>
    [
      'ruleSet: ./tile.yaml',
      'cases:',
      '  - name: "瓷质砖 8 mm，S 平均 600 N"',
      '    input: { category: 瓷质砖, usage: 室内, thickness: 8, breakingLoad: [1200, 1200, 1200, 1200, 1200], span: 150, width: 300 }',
      `    grade: ${grade}`,
      '',
    ].join('\n');

  it('grade: 不分级 → grade: null with its notGradedReason (zh); grade: null passes', async () => {
    const dir = tempDir('newcomer-45');
    writeFileSync(join(dir, 'tile.yaml'), TILE);
    writeFileSync(join(dir, 'tile.test.yaml'), suite('不分级'));
    const r = await cli.run(['--lang', 'zh', 'test', 'tile.test.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toContain(
      'tile.test.yaml:5:12: building-materials/tile-strength 中没有等级“不分级”；不分级的记录写 grade: null，并用 notGradedReason 写明原因：below-lowest-grade（未达最低等级）、out-of-scope（超出适用范围）、gate-failed（否决项不合格）或 invalid-record（无效记录）',
    );
    writeFileSync(join(dir, 'tile.test.yaml'), `${suite('null')}    notGradedReason: below-lowest-grade\n`);
    const ok = await cli.run(['--lang', 'zh', 'test', 'tile.test.yaml'], { cwd: dir });
    expect(ok.stdout + ok.stderr).toContain('通过 1/1');
    expect(ok.code).toBe(0);
  });

  it('grade: invalid (en) names invalid-record', async () => {
    const dir = tempDir('newcomer-45');
    writeFileSync(join(dir, 'tile.yaml'), TILE);
    writeFileSync(join(dir, 'tile.test.yaml'), suite('invalid'));
    const r = await cli.run(['--lang', 'en', 'test', 'tile.test.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toContain(
      'grade "invalid" is not in building-materials/tile-strength; a record that is not graded has grade: null, with notGradedReason: invalid-record',
    );
  });
});

describe('F5: an unknown name in a formula with none close to it lists the names to write', () => {
  it('F * L / b (a standard’s symbols)', () => {
    const issues = issuesOf(edited('formula: breakingLoad * span / width', 'formula: F * L / b'));
    expect(issues.map((i) => i.column)).toEqual([14, 18, 22]);
    expect(issues[0]!.text.zh).toBe(
      '“breakingStrength”的公式：未知的名称“F”；公式写指标、派生值或表的名称（不是标准中的符号），本规则集有“category”、“usage”、“thickness”、“breakingLoad”、“span”、“width”、“frostResistant”、“breakingStrength”、“strengthMin”',
    );
    expect(issues[0]!.message).toBe(
      'formula of "breakingStrength": unknown name "F"; a formula writes the names of indicators, derived values or tables (not a standard\'s symbols), and this rule set\'s are category, usage, thickness, breakingLoad, span, width, frostResistant, breakingStrength, strengthMin',
    );
  });
});

describe('F6: a derived value’s unit written after its formula, as a standard prints it', () => {
  it('(N), N and （N） are told to leave the unit out, not "unknown function width"', () => {
    for (const [tail, shown, column] of [
      [' (N)', '(N)', 42],
      [' N', 'N', 42],
      ['（N）', '（N）', 41],
    ] as const) {
      const issues = issuesOf(
        edited('formula: breakingLoad * span / width', `formula: breakingLoad * span / width${tail}`),
      );
      expect(issues.map((i) => [i.code, i.column])).toEqual([['invalid-formula', column]]);
      expect(issues[0]!.text.zh).toBe(
        `“breakingStrength”的公式：公式中不写单位：请删去“${shown}”，写成 breakingLoad * span / width（单位已由“breakingStrength”的“unit: N”给出）`,
      );
    }
  });

  it('another unit in brackets: left out too, and no converting said (en)', () => {
    const issues = issuesOf(
      edited('formula: breakingLoad * span / width', 'formula: breakingLoad * span / width (kN)'),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'formula of "breakingStrength": a formula takes no unit: remove "(kN)" and write breakingLoad * span / width ("breakingStrength" is in its "unit: N"; a formula computes in the units of the values it reads, converting nothing)',
    ]);
  });

  it('a name after the formula is not taken for a unit', () => {
    const issues = issuesOf(
      edited('formula: breakingLoad * span / width', 'formula: breakingLoad * span width'),
    );
    expect(issues.map((i) => i.text.en)).toEqual([
      'formula of "breakingStrength": parts of the formula stand side by side with no operator (+ - * /) between them',
    ]);
  });
});

describe('F7: explain --row given the sample id that grade shows beside the row number', () => {
  const csv = [
    '样品编号,产品类别,使用场所,厚度（mm）,破坏荷载（N）,破坏荷载（N）,破坏荷载（N）,破坏荷载（N）,破坏荷载（N）,支撑棒间跨距（mm）,试样宽度（mm）,抗冻性合格',
    'T-001,瓷质砖,室内,8.5,3150,3200,3250,3180,3220,150,300,',
    'T-002,炻瓷砖,室外,7,1500,1480,1520,1510,1490,150,300,合格',
    '',
  ].join('\n');

  it('--row T-002 says which row holds it (zh, en); --row 2 explains it; an id in no row keeps the old message', async () => {
    const dir = tempDir('newcomer-45');
    writeFileSync(join(dir, 'tile.yaml'), TILE);
    writeFileSync(join(dir, 'tiles.csv'), `\ufeff${csv}`);
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', 'tile.yaml', '--row', 'T-002', 'tiles.csv'], {
      cwd: dir,
    });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      'qgrade: --row 应为从 1 起的记录序号，收到“T-002”：它是第 2 条记录的样品编号，请写 --row 2\n',
    );
    const en = await cli.run(['--lang', 'en', 'explain', '-r', 'tile.yaml', '--row', 'T-002', 'tiles.csv'], {
      cwd: dir,
    });
    expect(en.stderr).toBe(
      'qgrade: --row takes a row number from 1, got "T-002": that is the 样品编号 of record 2; write --row 2\n',
    );
    const two = await cli.run(['--lang', 'zh', 'explain', '-r', 'tile.yaml', '--row', '2', 'tiles.csv'], {
      cwd: dir,
    });
    expect(two.code).toBe(0);
    expect(two.stdout).toContain(`样品：样品编号 T-002（${join(dir, 'tiles.csv')} 第 2 条记录，第 3 行）`);
    // S mean 750 N at 7 mm: 一等品 (≥ 700), not 优等品 (≥ 800).
    expect(two.stdout).toContain('等级：一等品');
    const none = await cli.run(
      ['--lang', 'en', 'explain', '-r', 'tile.yaml', '--row', 'T-009', 'tiles.csv'],
      {
        cwd: dir,
      },
    );
    expect(none.stderr).toBe('qgrade: --row takes a row number from 1, got "T-009"\n');
  });
});
