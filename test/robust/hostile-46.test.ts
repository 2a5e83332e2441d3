import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { convertCell } from '../../src/input/convert-value';
import { numberFormatInfo } from '../../src/input/xlsx/number-format';
import { ROOT, useCli, useTempDir } from '../cli/cli-harness';
import { errorsOf as cellErrorsOf, indicator, rawWorkbook, readItems } from '../input/xlsx/workbook-fixtures';
import { ruleFileHeader } from '../rule-file-header';
import { DIAMETER } from './diameter-indicator';
import { loadErrors, threeLengths } from './three-lengths';

// Hostile inputs left by hostile-45: conditions nested past the depth limit, an init name too long for the file
// system, a time-formatted .xlsx cell, a typeset minus before an unknown name, and one diameter sign before a
// comma list. The limits are illustrative.

const errorsOf = (text: string) => loadErrors(text, true);

const ruleFile = (require: string, when = '') => threeLengths('test/hostile-46', require, when);

// The `when` key is on line 20 of ruleFile.
const WHEN_LINE = 20;

describe.concurrent('a when nested past the depth limit says what counts', () => {
  const flow = (n: number, key = 'all') =>
    `\n    when: ${`{ ${key}: [`.repeat(n)}{ fact: b, operator: greaterThanInclusive, value: 1 }${']}'.repeat(n)}`;
  const block = (n: number) =>
    `\n    when:\n      all:\n${Array.from({ length: n - 1 }, (_, i) => `${'  '.repeat(4 + 2 * i)}- all:\n`).join('')}${'  '.repeat(2 + 2 * n)}- { fact: b, operator: greaterThanInclusive, value: 1 }`;

  // 50 nested `all`s were told "nesting deeper than 64 levels", a number the author never wrote.
  it.each([
    ['flow', flow(50)],
    ['block', block(50)],
  ])('50 nested all (%s style): each all counts 2 levels, and 31 were read', (_, when) => {
    const errors = errorsOf(ruleFile('≤ 5', when));
    expect(errors.map(({ en, zh }) => ({ en, zh }))).toEqual([
      {
        en: `"when" at line ${WHEN_LINE} nests deeper than 64 levels: each "all: [ … ]" or "any: [ … ]" counts as 2 levels (a mapping and its list), "not:" as 1, and the file's own keys count too, so 31 nested all/any/not were read before the limit; an "all" inside an "all" can be one "all" holding all their conditions (the same for "any")`,
        zh: `第 ${WHEN_LINE} 行的“when”嵌套超过 64 层：每个“all: [ … ]”或“any: [ … ]”算 2 层（一个映射和它的列表），“not:”算 1 层，文件本身的键也算，因此读了 31 个嵌套的 all/any/not 就已到上限；all 里的 all 可合并为一个 all，写下全部条件（any 同理）`,
      },
    ]);
  });

  it('at the limit: 30 nested all load, and 31 are refused', () => {
    expect(errorsOf(ruleFile('≤ 5', flow(30)))).toEqual([]);
    expect(errorsOf(ruleFile('≤ 5', flow(31)))[0]?.en).toContain('so 31 nested all/any/not were read');
  });

  it('any is counted as all is', () => {
    expect(errorsOf(ruleFile('≤ 5', flow(40, 'any')))[0]?.en).toContain('so 31 nested all/any/not were read');
  });

  it('nesting that is no condition keeps the general message', () => {
    const issues = checkRuleSet(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`, {
      filename: 'deep.yaml',
    }).issues;
    expect(issues.map((i) => i.text.en)).toEqual([
      'nesting deeper than 64 levels: no file written by hand needs so many; look for a "[" or "{" left open, or check what generated it',
    ]);
  });
});

describe.concurrent('qgrade init with a name too long for the file system gives the longest that fits', () => {
  const cli = useCli();
  const temp = useTempDir();

  it('the suite name too long: the longest name, counting ".test.yaml", which then fits (one more does not)', async () => {
    const dir = mkdtempSync(join(temp(), 'long-'));
    const name = 'b'.repeat(300);
    const en = await cli.run(['--lang', 'en', 'init', `steel/${name}`, '--dir', dir]);
    expect(en.code).toBe(2);
    // It said only "the name is too long".
    const m =
      /a name in .*steel can have at most (\d+) characters, and the test suite's file is named <name>\.test\.yaml, so the name \(after "\/"\) can have at most (\d+) \(this one has 300\)/.exec(
        en.stderr,
      );
    expect(m, en.stderr).not.toBeNull();
    const most = Number(m![2]);
    expect(Number(m![1]) - most).toBe('.test.yaml'.length);
    const zh = await cli.run(['--lang', 'zh', 'init', `steel/${name}`, '--dir', dir]);
    expect(zh.stderr).toContain(
      `测试套件的文件名是名称加“.test.yaml”，因此名称（“/”之后）最多 ${most} 个字符（此处有 300 个）`,
    );
    expect(readdirSync(join(dir, 'rules', 'steel'))).toEqual([]);
    // Just above the longest: refused with the same figure; at it: written.
    const above = await cli.run(['init', `steel/${'c'.repeat(most + 1)}`, '--dir', dir]);
    expect(above.code).toBe(2);
    expect(above.stderr).toContain(`can have at most ${most} (this one has ${most + 1})`);
    const at = await cli.run(['init', `steel/${'c'.repeat(most)}`, '--dir', dir]);
    expect(at.code).toBe(0);
    expect(existsSync(join(dir, 'rules', 'steel', `${'c'.repeat(most)}.test.yaml`))).toBe(true);
  });

  it('an industry too long for a folder name: the longest industry', async () => {
    const dir = mkdtempSync(join(temp(), 'industry-'));
    const en = await cli.run(['--lang', 'en', 'init', `${'s'.repeat(300)}/bar`, '--dir', dir]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/so the industry \(before "\/"\) can have at most \d+ \(this one has 300\)/);
    expect(readdirSync(join(dir, 'rules'))).toEqual([]);
  });
});

describe.concurrent('a time-formatted .xlsx cell under a number is called a time', () => {
  // 5.62 days: 134:52:48, which was told "a date (1900-01-05T14:52:48)".
  it.each([
    ['h:mm:ss', 'clock'],
    ['[h]:mm:ss', 'elapsed'],
    ['mm:ss', 'clock'],
    ['h"时"mm"分"', 'clock'],
  ])('%s is a time (%s)', (code, time) => {
    expect(numberFormatInfo(164, code).time).toBe(time);
  });

  it.each(['yyyy-mm-dd h:mm', 'yyyy-mm-dd', 'mm', '0.00'])('%s is no time', (code) => {
    expect(numberFormatInfo(164, code).time).toBeUndefined();
  });

  it.each([
    [46, 'h', 'cell A2 holds a time (134:52:48); as a duration, 134:52:48 is 134.88 h: type 134.88'],
    [
      21,
      'min',
      'cell A2 holds a time (14:52:48, after 5 days the format does not show); as a duration, 134:52:48 is 8092.8 min',
    ],
    [
      46,
      'mm',
      'cell A2 holds a time (134:52:48): type the value itself, in a cell formatted as General, Number or Text, not as a time',
    ],
  ])('built-in format %i under an indicator in %s', async (id, unit, told) => {
    const items = await readItems(sheetBuiltIn(id), { indicators: [indicator('t', 'number', { unit })] });
    const [error] = cellErrorsOf(items[0]);
    expect(error).toContain(told);
    expect(error).not.toContain('date');
  });

  it('in Chinese too', async () => {
    const items = await readItems(sheetBuiltIn(46), {
      indicators: [indicator('t', 'number', { unit: 'h' })],
    });
    const item = items[0]!;
    const zh = 'conversionErrors' in item ? item.conversionErrors?.[0]?.message.zh : undefined;
    expect(zh).toBe(
      't指标应为数值：单元格 A2 是时间（134:52:48）；作为时长，134:52:48 即 134.88 h：请填写 134.88，并将单元格设为常规或数值格式，而不是时间',
    );
  });

  it('a date is still a date', async () => {
    const items = await readItems(sheetBuiltIn(14), { indicators: [indicator('t', 'number')] });
    expect(cellErrorsOf(items[0])[0]).toContain('cell A2 holds a date (1900-01-05');
  });
});

/** A sheet of one column t: its header and 5.62 (days) under a built-in number format. */
function sheetBuiltIn(numFmtId: number): Uint8Array {
  return rawWorkbook({
    sheets: [
      {
        name: 'S',
        body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>t</t></is></c></row><row r="2"><c r="A2" s="1"><v>5.62</v></c></row></sheetData>',
      },
    ],
    styles: `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="${numFmtId}"/></cellXfs>`,
  });
}

describe.concurrent('a typeset minus and an unknown name are told at once', () => {
  const texts = (require: string) => errorsOf(ruleFile(require)).map(({ en, zh }) => ({ en, zh }));
  const MINUS = {
    en: 'limit of "a": a formula writes "-" where this has "−" (U+2212): write "b-c"',
    zh: '“a”的限值：公式中要写“-”，而不是“−”（U+2212）：请写“b-c”',
  };
  const UNKNOWN_C = {
    en: 'limit of "a": unknown name "c"; did you mean "bc"?',
    zh: '“a”的限值：未知的名称“c”，是否要写“bc”？',
  };

  // `≤ b−c` was told the minus, and c only on the next run.
  it('≤ b−c: the minus and c', () => {
    expect(texts('≤ b−c')).toEqual([MINUS, UNKNOWN_C]);
  });

  it('≤ b − c, with spaces, the same', () => {
    expect(texts('≤ b − c').map((t) => t.en)).toEqual([MINUS.en.replace('b-c', 'b - c'), UNKNOWN_C.en]);
  });

  it('≤ bc−b names no unknown: the minus alone', () => {
    expect(texts('≤ bc−b')).toEqual([
      {
        en: 'limit of "a": a formula writes "-" where this has "−" (U+2212): write "bc-b"',
        zh: '“a”的限值：公式中要写“-”，而不是“−”（U+2212）：请写“bc-b”',
      },
    ]);
  });

  // `≤ -c` was told `"-c" can never match it`.
  it('≤ -c names c and the close name', () => {
    expect(texts('≤ -c')).toEqual([UNKNOWN_C]);
  });

  it('≤ −c: the minus and c', () => {
    expect(texts('≤ −c').map((t) => t.en)).toEqual([MINUS.en.replace('b-c', '-c'), UNKNOWN_C.en]);
  });

  it('≥ -xyz names xyz and the names there are', () => {
    expect(texts('≥ -xyz')[0]?.en).toBe(
      'limit of "a": unknown name "xyz"; a formula writes the names of indicators, derived values or tables (not a standard\'s symbols), and this rule set\'s are a, b, bc',
    );
  });

  it('≥ -b is graded: the value and its limit', () => {
    expect(texts('≥ -b')).toEqual([]);
  });
});

describe.concurrent('one diameter sign before a comma list', () => {
  // `Φ12, 14` was told `"12, 14" is not a decimal number`.
  it.each([
    ['Φ12, 14', '12;14'],
    ['Φ12, 14, 16', '12;14;16'],
    ['Φ12、14', '12;14'],
  ])('"%s" under one value holds %s', (cell, values) => {
    const count = values.split(';').length;
    expect(convertCell(cell, DIAMETER)?.error?.message).toEqual({
      zh: `直径应为数值："${cell}" 第一个数值前有直径符号“Φ”，它不是数值的一部分；且有 ${count} 个数值（${values}），而此处只读一个：请只写一个数值（规则集为该指标写了“specimens”时才读多个试样值）`,
      en: `d (Diameter) must be a number: "${cell}" has the diameter sign "Φ" before its first value, which is no part of it, and holds ${count} values (${values}) where one is read: write one number (several specimen values are read only where the rule set gives the indicator "specimens")`,
    });
  });

  it('under specimens, the numbers to write', () => {
    expect(convertCell('Φ12, 14', { ...DIAMETER, specimens: 2 })?.error?.message.en).toBe(
      'd (Diameter) must be a number: "Φ12, 14" has the diameter sign "Φ" before its values: write the numbers alone, 12;14',
    );
  });

  it.each(['Φ12,5', 'Φ12，5'])('"%s" (no space after the comma) keeps the decimal-comma advice', (cell) => {
    expect(convertCell(cell, DIAMETER)?.error?.message.en).toContain(
      'has a digit-group separator or a decimal comma',
    );
  });
});

describe.concurrent("a CSV file whose first line is Excel's sep=", () => {
  const cli = useCli();
  const temp = useTempDir();
  const LED = join(ROOT, 'examples/custom/led-panel-purchasing.yaml');
  const HEADER = 'name;luminousEfficacy;colourRendering;flickerFree;warrantyYears';
  const write = (name: string, text: string) => {
    const dir = mkdtempSync(join(temp(), 'sep-'));
    writeFileSync(join(dir, name), text);
    return dir;
  };

  // It was read as one column headed "sep=;": every record invalid, and "no column gives warrantyYears".
  it('BOM, sep=; and CRLF, as Excel in a European locale saves it: parted by ";" and graded', async () => {
    const dir = write('s.csv', `\uFEFFsep=;\r\n${HEADER}\r\nA;120;92;true;5\r\nB;95;92;true;5\r\n`);
    const run = await cli.run(['grade', '-r', LED, 's.csv', '-f', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((r: { grade: string }) => r.grade)).toEqual(['preferred', 'accepted']);
  });

  it('line numbers count the sep= line: a bad cell on line 4 is told at line 4, a decimal comma as one', async () => {
    const dir = write('s.csv', `sep=;\n${HEADER}\nA;120;92;true;5\nB;120,5;92;true;5;x\n`);
    const en = await cli.run(['--lang', 'en', 'grade', '-r', LED, 's.csv'], { cwd: dir });
    expect(en.stdout).toContain('line 4 has 6 cells; the header has 5');
    const comma = write('c.csv', `sep=;\n${HEADER}\nB;120,5;92;true;5\n`);
    const zh = await cli.run(['--lang', 'zh-CN', 'grade', '-r', LED, 'c.csv'], { cwd: comma });
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('含千位分隔符或小数逗号');
  });

  it('sep=, is read as before', async () => {
    const dir = write('c.csv', `sep=,\n${HEADER.replaceAll(';', ',')}\nA,120,92,true,5\n`);
    const run = await cli.run(['grade', '-r', LED, 'c.csv', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout)[0].grade).toBe('preferred');
  });

  it('a header that is "sep=;x" is no separator line: the semicolon advice as before', async () => {
    const dir = write('x.csv', `sep=;x\n${HEADER}\n`);
    const run = await cli.run(['--lang', 'en', 'grade', '-r', LED, 'x.csv'], { cwd: dir });
    expect(run.stderr).toContain('the file seems separated by semicolons');
  });
});

describe.concurrent('qgrade test: a suite whose ruleSet names a rule set none of its input names is in', () => {
  const cli = useCli();
  const temp = useTempDir();
  const suite = (ruleSet: string, input: string) => `ruleSet: ${ruleSet}
cases:
  - name: a preferred panel
    input: ${input}
    grade: preferred
`;
  const LED_INPUT = '{ luminousEfficacy: 120, colourRendering: 92, flickerFree: true, warrantyYears: 5 }';
  const BAR = join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml');

  // Each of the 4 keys was told it is not in steel/hot-rolled-ribbed-bar, with 12 of its 19 indicators listed.
  it('told once, at ruleSet, with the names given and what to check; the case is not run', async () => {
    const dir = mkdtempSync(join(temp(), 'other-'));
    writeFileSync(join(dir, 'led.test.yaml'), suite(BAR, LED_INPUT));
    const en = await cli.run(['--lang', 'en', 'test', 'led.test.yaml'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stdout).toContain(
      `led.test.yaml:1:10: none of the names the cases give as input ("luminousEfficacy", "colourRendering", "flickerFree", "warrantyYears") is an indicator of steel/hot-rolled-ribbed-bar, which ruleSet: ${BAR} names: check that ruleSet names the rule file these cases were written for; its indicators: qgrade schema input --rules ${BAR}`,
    );
    expect(en.stdout).not.toContain('indicator "luminousEfficacy" is not in');
    // The grade is still told: it is no input name.
    expect(en.stdout).toContain('grade "preferred" is not in steel/hot-rolled-ribbed-bar');
    expect(en.stderr).toContain('1 case not run (line 3)');
    const zh = await cli.run(['--lang', 'zh-CN', 'test', 'led.test.yaml'], { cwd: dir });
    expect(zh.stdout).toContain(
      `用例的 input 所写的名称（“luminousEfficacy”、“colourRendering”、“flickerFree”、“warrantyYears”）都不是 steel/hot-rolled-ribbed-bar 的指标`,
    );
  });

  it('one input name the rule set has: each unknown one is told as before', async () => {
    const dir = mkdtempSync(join(temp(), 'one-'));
    writeFileSync(join(dir, 'bar.test.yaml'), suite(BAR, '{ diameter: 12, luminousEfficacy: 120 }'));
    const run = await cli.run(['--lang', 'en', 'test', 'bar.test.yaml'], { cwd: dir });
    expect(run.stdout).toContain('indicator "luminousEfficacy" is not in steel/hot-rolled-ribbed-bar');
    expect(run.stdout).not.toContain('none of the names the cases give');
  });
});

describe.concurrent('--map naming a column the input does not have, with none close', () => {
  const cli = useCli();
  const temp = useTempDir();

  // It said `in.csv has no column "nosuch"`, and nothing to write.
  it('lists the columns there are, in en and zh', async () => {
    const dir = mkdtempSync(join(temp(), 'map-'));
    writeFileSync(join(dir, 'in.csv'), 'name,eff,ra\nA,120,92\n');
    const led = join(ROOT, 'examples/custom/led-panel-purchasing.yaml');
    const en = await cli.run(
      ['--lang', 'en', 'grade', '-r', led, 'in.csv', '--map', 'nosuch=luminousEfficacy'],
      {
        cwd: dir,
      },
    );
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(
      /^qgrade: --map nosuch=luminousEfficacy: \S*in\.csv has no column "nosuch"; its columns are "name", "eff", "ra"\n$/,
    );
    const zh = await cli.run(
      ['--lang', 'zh-CN', 'grade', '-r', led, 'in.csv', '--map', 'nosuch=luminousEfficacy'],
      {
        cwd: dir,
      },
    );
    expect(zh.stderr).toMatch(/in\.csv 中没有“nosuch”列；其列有“name”、“eff”、“ra”\n$/);
    // A close one is still offered alone.
    const close = await cli.run(['grade', '-r', led, 'in.csv', '--map', 'ef=luminousEfficacy'], { cwd: dir });
    expect(close.stderr).toContain('has no column "ef"; did you mean "eff"?');
  });
});

describe.concurrent('qgrade test: a grade written as a number the rule set has no grade for', () => {
  const cli = useCli();
  const temp = useTempDir();

  it('where the rule set has a grade "1", the quoting advice stays', async () => {
    const dir = mkdtempSync(join(temp(), 'one-'));
    writeFileSync(
      join(dir, 'g.yaml'),
      `${ruleFileHeader('test/grade-one')}indicators:\n  a: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }\ngrades:\n  - { id: "1", label: { zh: 一级, en: Grade 1 } }\ncriteria:\n  - { id: c, indicator: a, require: "≤ 5" }\n`,
    );
    writeFileSync(
      join(dir, 'g.test.yaml'),
      'ruleSet: ./g.yaml\ncases:\n  - name: one\n    input: { a: 4 }\n    grade: 1\n',
    );
    const run = await cli.run(['--lang', 'en', 'test', 'g.test.yaml'], { cwd: dir });
    expect(run.stdout).toContain('"grade" must be text or null, got the number 1: write "1" (in quotes)');
  });

  // `grade: 1` was told `write "1" (in quotes)`, and "1" is no grade of the rule set either.
  it('is told the grades there are, in en and zh; the other cases run', async () => {
    const dir = mkdtempSync(join(temp(), 'grade-'));
    const led = join(ROOT, 'examples/custom/led-panel-purchasing.yaml');
    const input = '{ luminousEfficacy: 120, colourRendering: 92, flickerFree: true, warrantyYears: 5 }';
    writeFileSync(
      join(dir, 'n.test.yaml'),
      `ruleSet: ${led}\ncases:\n  - name: one\n    input: ${input}\n    grade: 1\n  - name: ok\n    input: ${input}\n    grade: preferred\n`,
    );
    const en = await cli.run(['--lang', 'en', 'test', 'n.test.yaml'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stdout).toContain(
      'n.test.yaml:5:12: "grade" must be a grade id, got the number 1; home-appliances/led-panel-purchasing has no grade "1": its grades are "accepted", "preferred"',
    );
    expect(en.stdout + en.stderr).toContain('1/1 passed; 1 case not run (line 3)');
    const zh = await cli.run(['--lang', 'zh-CN', 'test', 'n.test.yaml'], { cwd: dir });
    expect(zh.stdout).toContain(
      '“grade”应为等级标识，实际是数值 1；home-appliances/led-panel-purchasing 中没有等级“1”：可写的等级有 “accepted”、“preferred”',
    );
  });
});
