import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, parseRuleSet } from '../../src/index';
import { convertCell } from '../../src/input/convert-value';
import { ROOT, useCli, useTempDir } from '../cli/cli-harness';
import { ruleFileHeader } from '../rule-file-header';
import { DIAMETER } from './diameter-indicator';

// Hostile inputs left by hostile-43: a minus sign before a name or infinity, a minus inside an unspaced formula, a
// range typed with a dash after an operator, and the diameter sign before a value that is no plain number. The
// limits are illustrative.

const errorsOf = (text: string) =>
  checkRuleSet(text, { filename: 'minus.yaml' })
    .issues.filter((i) => i.severity === 'error')
    .map((i) => ({ en: i.text.en, zh: i.text.zh }));

const ruleFile = (criterion: string) => `${ruleFileHeader('test/hostile-44')}comparison: full
indicators:
  a: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }
  b: { type: number, unit: mm, label: { zh: 宽度, en: Width } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c, indicator: a, ${criterion} }
`;

const only = (require: string) => {
  const errors = errorsOf(ruleFile(`require: "${require}"`));
  expect(errors, require).toHaveLength(1);
  return errors[0]!;
};

const accepted = (require: string) =>
  expect(errorsOf(ruleFile(`require: "${require}"`)), require).toEqual([]);

describe.concurrent('a minus sign before a name, in an unspaced formula, or before infinity', () => {
  // `≤ −b` said "can never match it", `≤ b−1` "a unit goes after the number: write ≤ 1 b−"; and `≤ -b`, `≤ b-1` with
  // ASCII signs were refused as text a number never matches, so no advice could name what to write.
  it.each([
    ['≤ −b', '−', 'U+2212', '-b'],
    ['≤ b−1', '−', 'U+2212', 'b-1'],
    ['≤ b–1', '–', 'U+2013', 'b-1'],
    ['≥ 2*b—1', '—', 'U+2014', '2*b-1'],
  ])('"%s" is told to write "-" for "%s" (%s), as %s, which is accepted', (written, c, code, write) => {
    const e = only(written);
    expect(e.en).toBe(`limit of "a": a formula writes "-" where this has "${c}" (${code}): write "${write}"`);
    expect(e.zh).toBe(`“a”的限值：公式中要写“-”，而不是“${c}”（${code}）：请写“${write}”`);
    accepted(`${written.slice(0, 2)}${write}`);
  });

  it('≤ -b and ≤ b-1 are formulas on a number, graded as ≤ 0 - b and ≤ b - 1', () => {
    const grader = (require: string) => createGrader(parseRuleSet(ruleFile(`require: "${require}"`)));
    const negative = grader('≤ -b');
    // At the limit, just above it.
    expect(negative.gradeSync({ a: -5, b: 5 }).grade).toBe('ok');
    expect(negative.gradeSync({ a: -4.9, b: 5 }).grade).toBeNull();
    const less = grader('≤ b-1');
    expect(less.gradeSync({ a: 4, b: 5 }).grade).toBe('ok');
    expect(less.gradeSync({ a: 4.1, b: 5 }).grade).toBeNull();
  });

  it('a bare word with a hyphen that is no formula stays text: = heat-pump on a number never matches', () => {
    expect(only('= heat-pump').en).toBe('"a" is a number; "heat-pump" can never match it');
  });

  it.each([
    ['≤ −∞', 'no value meets it'],
    ['< −inf', 'no value meets it'],
    ['≤ -∞', 'no value meets it'],
    ['= ∞', 'no value meets it'],
    ['≥ −∞', 'it holds for every value and checks nothing'],
    ['≤ ∞', 'it holds for every value and checks nothing'],
    ['> -inf', 'it holds for every value and checks nothing'],
  ])('"%s" is told infinity is no limit: %s', (written, what) => {
    const e = only(written);
    expect(e.en).toContain(`"${written}" has infinity for its limit, which is no number: ${what}`);
    expect(e.en).toContain("write the standard's figure");
    expect(e.zh).toContain(`“${written}”的限值是无穷大，不是数值`);
    expect(e.zh).toContain('请写标准给出的限值');
  });

  it.each([
    ['(−∞, 5]', '≤ 5'],
    ['(-∞, 5)', '< 5'],
    ['[0, ∞)', '≥ 0'],
    ['(0, inf)', '> 0'],
  ])(
    'the range "%s" is told it is the single limit %s (it was told to write (-∞, 5], refused in turn)',
    (written, write) => {
      const e = only(written);
      expect(e.en).toBe(
        `"${written}" is open to infinity at one end, so it is a single limit: write ${write}`,
      );
      expect(e.zh).toBe(`“${written}”有一端是无穷，只有一个限值：请写 ${write}`);
      accepted(write);
    },
  );

  it('≥ −1e999 is too large, not "a unit goes after the number: write ≥ 1e999 −"', () => {
    expect(only('≥ −1e999').en).toBe('−1e999 is too large to be a number (numbers go up to about ±1.8e308)');
  });
});

describe.concurrent('a range typed with a dash or a hyphen', () => {
  // `≤ 2–6` said "the limit is written in –6"; `≤ 2-6` "can never match it" with no advice; `2–6` "does not start
  // with an operator". Each now gets the range to write, as `≤ 2~6` did.
  it.each([
    ['≤ 2–6', '"a" is a number; "2–6" can never match it: write the range as "[2, 6]"'],
    ['≤ 2—6', '"a" is a number; "2—6" can never match it: write the range as "[2, 6]"'],
    ['≤ 2-6', '"a" is a number; "2-6" can never match it: write the range as "[2, 6]"'],
    ['≤ 2 – 6', '"a" is a number; "2 – 6" can never match it: write the range as "[2, 6]"'],
    [
      '≤ 2 mm–6 mm',
      '"a" is a number; "2 mm–6 mm" can never match it: write the range as "[2, 6]", without the unit',
    ],
    ['2–6', '"2–6" is written as a range: "[2, 6]"'],
    ['2-6', '"2-6" is written as a range: "[2, 6]"'],
  ])('"%s" is given the range to write', (written, en) => {
    const e = only(written);
    expect(e.en).toContain(en);
    expect(e.zh).toContain('"[2, 6]"');
    accepted('[2, 6]');
  });

  it('2e-6 and b - 1 are no ranges', () => {
    accepted('≤ 2e-6');
    accepted('≤ b - 1');
  });
});

describe.concurrent('the diameter sign before a value', () => {
  const NUMBER = DIAMETER;

  it.each([
    ['Φ1e3', '1e3'],
    ['Φ-12', '-12'],
    ['Φ−12', '-12'],
    ['Φ１２', '12'],
  ])('%s is told to write the number alone, %s (not "contains Φ")', (cell, write) => {
    const message = convertCell(cell, NUMBER)?.error?.message;
    expect(message?.en).toBe(
      `d (Diameter) must be a number: "${cell}" has the diameter sign "${cell[0]}" before it: write the number alone, ${write}`,
    );
    expect(message?.zh).toBe(`直径应为数值："${cell}" 数值前有直径符号“${cell[0]}”：只写数值 ${write}`);
    expect(convertCell(write, NUMBER)?.error).toBeUndefined();
  });

  it('Φ12;Φ14 under one value: the sign, then the two values where one is read', () => {
    expect(convertCell('Φ12;Φ14', NUMBER)?.error?.message).toEqual({
      zh: '直径应为数值："Φ12;Φ14" 数值前有直径符号“Φ”，它不是数值的一部分；去掉它后，"12;14" 有 2 个数值（12;14），而此处只读一个：请只写一个数值（规则集为该指标写了“specimens”时才读多个试样值）',
      en: 'd (Diameter) must be a number: "Φ12;Φ14" has the diameter sign "Φ" before it, which is no part of the value; without it, "12;14" holds 2 values (12;14) where one is read: write one number (several specimen values are read only where the rule set gives the indicator "specimens")',
    });
    // Without the sign, the same count.
    expect(convertCell('12;14', NUMBER)?.error?.message.en).toContain(
      '"12;14" holds 2 values (12;14) where one is read',
    );
  });

  it('Φ12;Φ14 under two specimens: the values to write, not the first alone', () => {
    const specimens = { ...NUMBER, specimens: 2 };
    expect(convertCell('Φ12;Φ14', specimens)?.error?.message.en).toBe(
      'd (Diameter) must be a number: "Φ12;Φ14" has the diameter sign "Φ" before its values: write the numbers alone, 12;14',
    );
    expect(convertCell('12;14', specimens)).toEqual({ value: [12, 14] });
  });

  it('an enum of sizes given Φ12 is told to write 12; Φ13, no size, only the list', async () => {
    const sizes = parseRuleSet(`${ruleFileHeader('test/hostile-44')}indicators:
  d: { type: enum, values: [12, 14], unit: mm, label: { zh: 公称直径, en: Nominal diameter } }
  s: { type: enum, values: ["12", "14"], label: { zh: 规格, en: Size } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c, indicator: d, require: "in [12, 14]" }
`);
    const errors = createGrader(sizes).gradeSync({ d: 'Φ12mm', s: 'φ14' }).errors;
    expect(errors?.map((e) => e.message)).toEqual([
      {
        zh: '公称直径应为 12、14 之一，实际为 "Φ12mm"，数值前有直径符号“Φ”：请只写 12',
        en: 'd (Nominal diameter) must be one of 12, 14, got "Φ12mm", with the diameter sign "Φ" before it: write 12 alone',
      },
      {
        zh: '规格应为 12、14 之一，实际为 "φ14"，数值前有直径符号“φ”：请只写 14',
        en: 's (Size) must be one of 12, 14, got "φ14", with the diameter sign "φ" before it: write 14 alone',
      },
    ]);
    expect(createGrader(sizes).gradeSync({ d: 'Φ13', s: '12' }).errors?.[0]?.message.en).toBe(
      'd (Nominal diameter) must be one of 12, 14, got "Φ13"',
    );
  });
});

describe('a suite or rule file with lines ended by CR alone, or a NUL byte on a line (qgrade test)', () => {
  const cli = useCli();
  const dir = useTempDir();
  const suite = `ruleSet: ./led.yaml
cases:
  - name: "a preferred panel"
    input: { luminousEfficacy: 120, colourRendering: 92, flickerFree: true, warrantyYears: 5 }
    grade: preferred
`;
  const write = (name: string, text: string | Buffer) => {
    copyFileSync(join(ROOT, 'examples/custom/led-panel-purchasing.yaml'), join(dir(), 'led.yaml'));
    writeFileSync(join(dir(), name), text);
    return name;
  };

  it('CR line ends (classic Mac OS) are lines, as YAML has them: the case runs and passes', async () => {
    // It was "two ": " on one line", "a character here is out of place" and "more text follows the value here".
    const cr = write('cr.test.yaml', suite.replaceAll('\n', '\r'));
    const { code, stdout, stderr } = await cli.run(['test', cr], { cwd: dir() });
    expect(`${stdout}${stderr}`).not.toContain('YAML');
    expect(stderr).toContain('cr.test.yaml: 1/1 passed');
    expect(stdout).toBe('1 passed, 0 failed\n');
    expect(code).toBe(0);
  });

  it('a line of NUL bytes is named, in en and zh, at its line and column', async () => {
    // It was "this key has no ": " and value after it", of a character no editor shows.
    const name = write('nul.test.yaml', Buffer.concat([Buffer.from(suite), Buffer.from([0, 0, 0x0a])]));
    const en = await cli.run(['test', name], { cwd: dir() });
    expect(en.stdout).toContain(
      'nul.test.yaml:6:1: the control character U+0000 here is not allowed in YAML (it cannot be seen): remove it',
    );
    expect(en.code).toBe(2);
    const zh = await cli.run(['test', name, '--lang', 'zh-CN'], { cwd: dir() });
    expect(zh.stdout).toContain(
      'nul.test.yaml:6:1: 此处有控制字符 U+0000，YAML 文件中不允许有它（看不见）：请删除它',
    );
  });
});

describe.concurrent('qgrade round: a value that is no decimal number is told what to write', () => {
  const cli = useCli();
  // Each said only "not a decimal number: 0x10" (or "“0x10”不是十进制数").
  it.each([
    ['0x10', 'write "16"', '请写“16”'],
    ['1,5', 'write 1.5', '请写 1.5'],
    ['1,500', 'write 1.500 or 1500', '请写 1.500 或 1500'],
    ['abc', 'write the value as the test report gives it, such as 1.050 or -0.0365', '请写检测报告上的数值'],
  ])('round %s 1: %s', async (value, en, zh) => {
    const english = await cli.run(['round', value, '1']);
    expect(english.stderr).toContain(`not a decimal number: ${value}`);
    expect(english.stderr).toContain(en);
    expect(english.code).toBe(2);
    expect((await cli.run(['round', value, '1', '--lang', 'zh-CN'])).stderr).toContain(zh);
  });
});

describe('qgrade compare on records whose header matches neither rule set', () => {
  const cli = useCli();
  const dir = useTempDir();

  it('a record invalid under both for different reasons gives each side its own (B has no luminousEfficacy)', async () => {
    copyFileSync(join(ROOT, 'examples/custom/led-panel-purchasing.yaml'), join(dir(), 'led.yaml'));
    writeFileSync(join(dir(), 'other.csv'), 'foo,bar\nS1,2\n');
    const args = ['compare', 'led.yaml', 'home-appliances/room-air-conditioner-energy', 'other.csv'];
    const en = await cli.run(args, { cwd: dir() });
    // It was "invalid under A and B: luminousEfficacy (Luminous efficacy) is missing", A's reason alone.
    expect(en.stdout).toContain(
      'row 1 (S1): invalid under A and B: A: luminousEfficacy (Luminous efficacy) is missing; B: unitType (Unit type) is missing',
    );
    const zh = await cli.run([...args, '--lang', 'zh-CN'], { cwd: dir() });
    expect(zh.stdout).toContain('A、B 下均无效：A：缺少光效；B：缺少机组类型');
    // The same rule set on both sides: one reason, as before.
    const same = await cli.run(['compare', 'led.yaml', 'led.yaml', 'other.csv'], { cwd: dir() });
    expect(same.stdout).toContain(
      'row 1 (S1): invalid under A and B: luminousEfficacy (Luminous efficacy) is missing',
    );
  });
});

describe.concurrent('nesting past the limit says what to do', () => {
  it('a value nested 100 deep: the limit, and to look for an open bracket or the program that wrote it', () => {
    const issues = checkRuleSet(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`, {
      filename: 'deep.yaml',
    }).issues;
    // It was "nesting deeper than 64 levels", and nothing more.
    expect(issues.map((i) => i.text)).toEqual([
      {
        zh: '嵌套超过 64 层：手写的文件用不了这么多层，请检查是否有没写完的括号“[”“{”，或检查生成它的程序',
        en: 'nesting deeper than 64 levels: no file written by hand needs so many; look for a "[" or "{" left open, or check what generated it',
      },
    ]);
  });
});

describe('qgrade test: a name in a case with no name close to it lists the names to write', () => {
  const cli = useCli();
  const dir = useTempDir();

  it('an unknown indicator and an unknown grade, in en and zh', async () => {
    copyFileSync(join(ROOT, 'examples/custom/led-panel-purchasing.yaml'), join(dir(), 'led.yaml'));
    writeFileSync(
      join(dir(), 'far.test.yaml'),
      `ruleSet: ./led.yaml
cases:
  - name: far
    input: { luminousEfficacy: 120, colourRendering: 92, flickerFree: true, warrantyYears: 5, zzz: 1 }
    grade: qqqqqqqq
`,
    );
    // Each said only 'indicator "zzz" is not in …', nothing to write.
    const en = await cli.run(['test', 'far.test.yaml'], { cwd: dir() });
    expect(en.stdout).toContain(
      'far.test.yaml:4:95: indicator "zzz" is not in home-appliances/led-panel-purchasing; its indicators are "luminousEfficacy", "colourRendering", "flickerFree", "warrantyYears"',
    );
    expect(en.stdout).toContain(
      'grade "qqqqqqqq" is not in home-appliances/led-panel-purchasing; its grades are',
    );
    const zh = await cli.run(['test', 'far.test.yaml', '--lang', 'zh-CN'], { cwd: dir() });
    expect(zh.stdout).toContain(
      'home-appliances/led-panel-purchasing 中没有指标“zzz”；可写的指标有 “luminousEfficacy”、“colourRendering”、“flickerFree”、“warrantyYears”',
    );
  });
});
