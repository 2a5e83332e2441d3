/**
 * newcomer-46: what newcomer-45 left (its report's items 8 and 9 and "Left"), on a lower yield strength ReL of three
 * tensile specimens whose mean is held to 355 MPa (illustrative figures, not a standard's):
 *
 * N1: a CSV header `屈服强度` (the label `下屈服强度 ReL` with 下 left out) was said to be unread, "do not map it",
 * and no `--map` line was given even for the case it is ReL. It is now given, after the check; a header that says
 * the label's words otherwise (`上屈服强度`) still gets none.
 *
 * N2: the one-line reason of a mean requirement read `下屈服强度 ReL 345.0 MPa（≥ 355 MPa）`: the reader could not
 * tell the three specimens' mean was judged, not one value. It says 平均值 / mean, as the explanation does.
 *
 * N3: `specimens: 3` read as "a set of three": a record of two specimens was graded on their mean with nothing said.
 * `validate` warns (`open-specimen-count`) and says to write `{ exactly: 3 }`, under which the record is invalid
 * and its error says how many it gives and how many are needed.
 *
 * N4: `F * L / b` listed the rule set's names after each of its three unknown symbols; now once per formula.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { useCli } from '../cli/cli-harness';
import { tempDir } from '../temp-dir';

const cli = useCli();

/** Three ReL specimens, their mean ≥ 355 MPa; `specimens` as written by the newcomer unless given. */
function ruleSet(specimens = '3'): string {
  return `schemaVersion: 1
id: steel/yield-mean
version: 0.1.0
industry: steel
subject: product
title: { zh: 屈服强度平均值（示例）, en: Mean yield strength (illustrative) }
references:
  - { code: "qgrade newcomer-46", edition: "2026", status: draft }
provenance:
  level: illustrative
  note: { zh: 示例数值，不是任何标准的规定, en: "Illustrative figures, not any standard's" }
indicators:
  lowerYield:
    type: number
    unit: MPa
    range: "> 0"
    specimens: ${specimens}
    label: { zh: 下屈服强度 ReL, en: Lower yield strength ReL }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - id: yield
    indicator: lowerYield
    aggregate: mean
    require: "≥ 355"
`;
}

/** A folder holding the rule set and `files`. */
function folder(files: Record<string, string>, specimens?: string): string {
  const dir = tempDir('newcomer-46');
  writeFileSync(join(dir, 'yield.yaml'), ruleSet(specimens));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('N1: a header that is the label with words left out gives the --map that reads it, after the check', () => {
  it('屈服强度 for 下屈服强度 ReL: the line to add, zh and en, and it reads the column; 上屈服强度 gets none', async () => {
    const dir = folder({ 'lab.csv': '样品编号,屈服强度\nA,360;355;350\n' }, '{ exactly: 3 }');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', 'yield.yaml', 'lab.csv'], { cwd: dir });
    expect(zh.stderr).toContain(
      'lab.csv：“屈服强度”列没有读取：它只与指标 lowerYield（下屈服强度 ReL）的标签部分相同，二者不同的字可能表示另一项试验或另一个量（方法、龄期、上/下、初/终……）；请核对该列测的是什么：只有它确实是“下屈服强度 ReL”时，才加上 --map 屈服强度=lowerYield（或把表头改为“下屈服强度 ReL”）',
    );
    const en = await cli.run(['--lang', 'en', 'grade', '-r', 'yield.yaml', 'lab.csv'], { cwd: dir });
    expect(en.stderr).toContain(
      'check what the column measures: only if it is "下屈服强度 ReL", add --map 屈服强度=lowerYield (or head the column "下屈服强度 ReL")',
    );
    // The line given reads it: the mean of 360, 355, 350 is 355, at the limit.
    const mapped = await cli.run(
      ['--lang', 'en', 'grade', '-r', 'yield.yaml', '--map', '屈服强度=lowerYield', '-f', 'json', 'lab.csv'],
      { cwd: dir },
    );
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)[0].grade).toBe('qualified');
    // 上屈服强度 says the label's 下 otherwise: named as unread, with no --map.
    writeFileSync(join(dir, 'upper.csv'), '样品编号,上屈服强度\nA,360;355;350\n');
    const upper = await cli.run(['--lang', 'en', 'grade', '-r', 'yield.yaml', 'upper.csv'], { cwd: dir });
    expect(upper.stderr).toContain('the column "上屈服强度" is not read');
    expect(upper.stderr).not.toContain('=lowerYield');
  });
});

describe('N2: the one-line reason of a mean requirement says it is the mean', () => {
  // 350, 340, 345: mean 345.0 MPa, below 355; 355, 355, 355 meets it.
  const csv = '样品编号,下屈服强度 ReL\nA,350;340;345\nB,355;355;355\n';

  it('terminal table (zh), CSV (en), as the explanation says it; not twice after a label that says it', async () => {
    const dir = folder({ 'lab.csv': csv }, '{ exactly: 3 }');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', 'yield.yaml', 'lab.csv'], { cwd: dir });
    expect(zh.stdout).toContain('距合格品：下屈服强度 ReL 平均值 345.0 MPa（≥ 355 MPa）');
    const en = await cli.run(['--lang', 'en', 'grade', '-r', 'yield.yaml', '-f', 'csv', 'lab.csv'], {
      cwd: dir,
    });
    expect(en.stdout).toContain('To reach Qualified: Lower yield strength ReL mean 345.0 MPa (≥ 355 MPa)');
    const explained = await cli.run(
      ['--lang', 'en', 'explain', '-r', 'yield.yaml', '--row', '1', 'lab.csv'],
      { cwd: dir },
    );
    expect(explained.stdout).toContain(
      '✗ Lower yield strength ReL: mean 345.0 MPa does not meet ≥ 355 MPa (Qualified requirement)',
    );
    // A label that says it is the mean is not followed by the word again.
    const labelled = ruleSet('{ exactly: 3 }').replace(
      '  - id: yield\n',
      '  - id: yield\n    label: { zh: 下屈服强度平均值, en: "Lower yield strength, mean" }\n',
    );
    writeFileSync(join(dir, 'labelled.yaml'), labelled);
    const once = await cli.run(['--lang', 'zh', 'grade', '-r', 'labelled.yaml', 'lab.csv'], { cwd: dir });
    expect(once.stdout).toContain('距合格品：下屈服强度平均值 345.0 MPa（≥ 355 MPa）');
  });
});

describe('N3: a mean over `specimens: 3`, which is only a maximum', () => {
  it('validate warns at the aggregate and says what to write (zh, en); { exactly: 3 } and { min: 1, max: 3 } do not', async () => {
    const dir = folder({});
    const en = await cli.run(['--lang', 'en', 'validate', 'yield.yaml'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout + en.stderr).toContain(
      'yield.yaml:24:16: warning: "yield" takes the mean of "lowerYield", whose "specimens: 3" sets only a maximum: a record giving fewer than 3 values is graded on their mean, and nothing says so. If the test standard prescribes a set of specimens, write specimens: { exactly: 3 }: a record with fewer is then invalid, its error saying how many it gives and how many are needed; if fewer are indeed allowed, write specimens: { min: 1, max: 3 } and this warning is not given',
    );
    const zh = await cli.run(['--lang', 'zh', 'validate', 'yield.yaml'], { cwd: dir });
    expect(zh.stdout + zh.stderr).toContain(
      '“yield”取“lowerYield”的平均值，而“specimens: 3”只规定了上限：给出的值少于 3 个的记录也按这些值的平均值评级，不作提示。若试验标准规定一组试样，请写 specimens: { exactly: 3 }',
    );
    const issues = (specimens: string) =>
      checkRuleSet(ruleSet(specimens)).issues.map((i) => [i.code, i.severity]);
    expect(issues('3')).toEqual([['open-specimen-count', 'warning']]);
    expect(issues('true')).toEqual([['open-specimen-count', 'warning']]);
    expect(issues('{ exactly: 3 }')).toEqual([]);
    expect(issues('{ min: 1, max: 3 }')).toEqual([]);
    expect(issues('{ min: 2 }')).toEqual([]);
    // As it says: under { exactly: 3 }, two specimens are an invalid record, saying 2 given and 3 needed.
    const exact = folder({ 'lab.csv': '样品编号,下屈服强度 ReL\nB,360;370\n' }, '{ exactly: 3 }');
    const zhInvalid = await cli.run(
      ['--lang', 'zh', 'explain', '-r', 'yield.yaml', '--row', '1', 'lab.csv'],
      {
        cwd: exact,
      },
    );
    expect(zhInvalid.stdout).toContain('✗ 下屈服强度 ReL 需要 3 个试样值，实际 2 个（第 2 行第 2 列）');
    const enInvalid = await cli.run(['--lang', 'en', 'grade', '-r', 'yield.yaml', '-f', 'json', 'lab.csv'], {
      cwd: exact,
    });
    const [result] = JSON.parse(enInvalid.stdout);
    expect(result.errors.map((e: { code: string }) => e.code)).toEqual(['too-few-specimens']);
    expect(result.errors[0].message.en).toContain('needs 3 specimen values, got 2');
  });
});

describe('N4: the names a formula may write, once per formula', () => {
  it('F * L / b: listed at F; L and b point back to it (zh, en)', () => {
    const text = ruleSet('{ exactly: 3 }').replace(
      'grades:\n',
      'derived:\n  s:\n    label: { zh: 强度, en: Strength }\n    unit: MPa\n    formula: F * L / b\ngrades:\n',
    );
    const issues = checkRuleSet(text, { filename: 'yield.yaml' }).issues;
    expect(issues.map((i) => [i.code, i.column])).toEqual([
      ['invalid-formula', 14],
      ['invalid-formula', 18],
      ['invalid-formula', 22],
    ]);
    expect(issues[0]!.message).toBe(
      'formula of "s": unknown name "F"; a formula writes the names of indicators, derived values or tables (not a standard\'s symbols), and this rule set\'s are lowerYield, s',
    );
    expect(issues.slice(1).map((i) => i.message)).toEqual([
      'formula of "s": unknown name "L" (the names to write are listed at "F")',
      'formula of "s": unknown name "b" (the names to write are listed at "F")',
    ]);
    expect(issues[2]!.text.zh).toBe('“s”的公式：未知的名称“b”（可写的名称见“F”处）');
  });
});
