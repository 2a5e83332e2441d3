import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli, useTempDir } from './cli-harness';
import { editedCopy } from './edited-rules';

// newcomer-36: an association newcomer's water-heater rule set (illustrative figures), each mistake they made
// written into a copy of it, and what `qgrade validate` says about it in zh and en.
const cli = useCli();
const temp = useTempDir();
const RULES = readFileSync(join(FIXTURES, 'water-heater-36/water-heater.yaml'), 'utf8');

/** The rule set with `from` replaced by `to` (each must be found), as `name`.yaml in a temporary folder. */
function variant(name: string, ...edits: [string, string][]): string {
  return editedCopy(temp(), RULES, name, edits);
}

async function validate(file: string) {
  const [en, zh] = [await cli.run(['validate', file]), await cli.run(['--lang', 'zh', 'validate', file])];
  return { en, zh };
}

describe('qgrade validate: newcomer-36 rule-author mistakes', () => {
  it('M10: "≥ 0.80" against "≤ 0.70" still exits 0, but the summary counts the grades that can never result', async () => {
    const file = variant('m10', ['require: "≤ 0.80"', 'require: ">=0.80"']);
    const { en, zh } = await validate(file);
    expect([en.code, zh.code]).toEqual([0, 0]);
    // first-class and superior of three grades.
    expect(en.stderr).toContain(`${file}: ok, but 2 grades can never be the result (1 warning)\n`);
    expect(en.stderr).toContain('1 file checked, 0 problems, 1 warning (2 grades can never be the result)');
    expect(zh.stderr).toContain(`${file}：通过，但有 2 个等级永远不会成为结果（1 个警告）\n`);
    expect(zh.stderr).toContain('检查了 1 个文件，发现 0 个问题，另有 1 个警告（2 个等级永远不会成为结果）');
    // The top grade alone: one.
    const top = variant('m10-top', ['require: "≤ 0.60"', 'require: ">= 0.90"']);
    expect((await cli.run(['validate', top])).stderr).toContain(
      `${top}: ok, but 1 grade can never be the result (1 warning)\n`,
    );
    // A warning that takes no grade away reads as before.
    const plain = await cli.run(['validate', join(FIXTURES, 'water-heater-36/water-heater.yaml')]);
    expect(plain.stderr).not.toContain('can never be the result');
  });

  it('M4: quoted numbers in "in [...]" against a number-valued enum: numbers vs text, and the list to write', async () => {
    const file = variant(
      'm4',
      ['values: ["1", "2", "3"]', 'values: [1, 2, 3]'],
      ['require: \'= "1"\'', 'require: "= 1"'],
    );
    const { en, zh } = await validate(file);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '"energyClass" is a number, but "1", "2" in the list are text; a number in quotes is text and never matches a number: write in [1, 2] without the quotes',
    );
    expect(zh.stdout).toContain(
      '“energyClass”是数值，但列表中的 "1"、"2" 是文本；加了引号的数是文本，永远不会与数值相符：请去掉引号，写 in [1, 2]',
    );
    // A text enum takes the quoted list as written.
    expect((await cli.run(['validate', join(FIXTURES, 'water-heater-36/water-heater.yaml')])).code).toBe(0);
  });

  it('M5: "in [1，2]" points at the full-width comma, with the items to write for a text and a numeric enum', async () => {
    const text = variant('m5', ['require: \'in ["1", "2"]\'', 'require: "in [1，2]"']);
    const { en, zh } = await validate(text);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      '"1，2" uses the full-width comma "，" (U+FF0C): only an ASCII comma separates the items in [ ], so it is read as one value of "energyClass"; write "1", "2" in its place',
    );
    expect(zh.stdout).toContain(
      '“1，2”用了全角逗号“，”（U+FF0C）：方括号 [ ] 中只有半角逗号才分隔各项，它被读作“energyClass”的一个取值；请在此处写 "1", "2"',
    );
    const numeric = variant(
      'm5-numeric',
      ['values: ["1", "2", "3"]', 'values: [1, 2, 3]'],
      ['require: \'in ["1", "2"]\'', 'require: "in [1、2]"'],
      ['require: \'= "1"\'', 'require: "= 1"'],
    );
    expect((await cli.run(['validate', numeric])).stdout).toContain(
      '"1、2" uses the full-width comma "、" (U+3001): only an ASCII comma separates the items in [ ], so it is read as one value of "energyClass"; write 1, 2 in its place',
    );
  });

  it('M6: a limit in dB(A) against "unit: dB" also says to check the unit, dB(A) being A-weighted', async () => {
    const file = variant('m6', ['unit: dB(A)', 'unit: dB']);
    const { en, zh } = await validate(file);
    expect(en.code).toBe(1);
    expect(en.stdout).toContain(
      'the limit is written in dB(A), but "noise" is measured in dB: write the number alone or with dB; if the limit is the A-weighted level (as noise tests report), it is the indicator\'s "unit" that needs changing: write unit: dB(A) for "noise" (dB(A) is A-weighted, another quantity than unweighted dB, and not convertible)',
    );
    expect(zh.stdout).toContain(
      '限值的单位是 dB(A)，但“noise”的单位是 dB：请只写数值，或写单位 dB；若限值本就是 A 计权声级（噪声试验通常如此），该改的是指标“noise”的“unit”：请写 unit: dB(A)（dB(A) 是 A 计权声级，与未计权的 dB 是不同的量，不能换算）',
    );
    // The other way round (a limit in dB, the indicator in dB(A)) reads as before: the limit is to mend.
    const other = variant('m6-other', ['require: "≤ 45 dB(A)"', 'require: "≤ 45 dB"']);
    const reverse = await cli.run(['validate', other]);
    expect(reverse.stdout).toContain('write the number alone or with dB(A)');
    expect(reverse.stdout).not.toContain('A-weighted');
  });
});
