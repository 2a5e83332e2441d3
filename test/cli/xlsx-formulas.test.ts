/**
 * `--formulas saved`: a lab sheet whose measurement columns average the
 * specimens with formulas (`=AVERAGE(B3:D3)`), graded as the results the
 * file saved — at the limit, just below it, at Excel's 15 significant
 * digits, as a percentage for an indicator in `%` — while a formula with
 * no saved result, or a saved text or error value, stays refused. Without
 * the option every formula is refused, as before, and the message names it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { ruleFileHeader } from '../rule-file-header';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const RULES = `${ruleFileHeader('test/lab-formulas')}indicators:
  strength: { type: number, unit: MPa, label: { zh: 抗拉强度, en: Tensile strength } }
  elongation: { type: number, unit: "%", label: { zh: 断后伸长率, en: Elongation } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: strength-min, indicator: strength, require: "≥ 400" }
  - { id: elongation-min, indicator: elongation, require: "≥ 16" }
`;

/** A text cell. */
const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
/** A number cell. */
const num = (ref: string, v: number) => `<c r="${ref}"><v>${v}</v></c>`;
/**
 * A formula cell: `v` is the saved result as the file writes it (none: not saved), `t` the result's type,
 * `s` the style (1 is `0.00%`).
 */
const formula = (ref: string, f: string, v?: string, t?: string, s?: number) =>
  `<c r="${ref}"${t ? ` t="${t}"` : ''}${s ? ` s="${s}"` : ''}><f>${f}</f>${v === undefined ? '' : `<v>${v}</v>`}</c>`;

/**
 * A lab sheet: three specimens of tensile strength (B–D, values typed), their average (E, a formula)
 * and the elongation (F, a formula formatted as a percentage).
 */
const ROWS: [string, number[], string, string | undefined, string?][] = [
  // id, specimens, strength formula's saved result (and type), elongation's saved result
  ['S1', [400, 401, 399], '400', '0.16'], // both exactly at the limit: conforming
  ['S2', [399.97, 400, 400], '399.99', '0.17'], // strength just below
  ['S3', [400, 400, 400], '399.99999999999994', '0.17'], // 400 at 15 significant digits: conforming
  ['S4', [410, 410, 410], '410', '0.1599'], // elongation shown 15.99%: just below
  ['S5', [410, 410, 410], '', '0.17'], // strength formula with no saved result
  ['S6', [410, 410, 410], 'str:无数据', '0.17'], // saved result is text
  ['S7', [410, 410, 410], 'e:#DIV/0!', '0.17'], // saved result is an error value
];

function labSheet(): string {
  const rows = ROWS.map(([id, specimens, strength, elongation], i) => {
    const r = i + 2;
    const [type, saved] = strength.includes(':') ? strength.split(':') : [undefined, strength];
    return (
      `<row r="${r}">${text(`A${r}`, id)}` +
      specimens.map((v, j) => num(`${'BCD'[j]}${r}`, v)).join('') +
      formula(`E${r}`, `AVERAGE(B${r}:D${r})`, saved === '' ? undefined : saved, type) +
      formula(`F${r}`, `G${r}/100`, elongation, undefined, 1) +
      '</row>'
    );
  });
  const header = `<row r="1">${['样品编号', '试样1', '试样2', '试样3', '抗拉强度', '断后伸长率'].map((t, i) => text(`${'ABCDEF'[i]}1`, t)).join('')}</row>`;
  const bytes = rawWorkbook({
    sheets: [{ name: '拉伸试验', body: `<sheetData>${header}${rows.join('')}</sheetData>` }],
    styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs>',
  });
  const path = join(temp(), 'lab.xlsx');
  writeFileSync(path, bytes);
  writeFileSync(join(temp(), 'rules.yaml'), RULES);
  return path;
}

interface Result {
  row: number;
  grade: string | null;
  criteria?: { id: string; value: unknown }[];
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

async function graded(...args: string[]): Promise<{ code: number; results: Result[]; stderr: string }> {
  const input = labSheet();
  const run = await cli.run(['grade', '-r', join(temp(), 'rules.yaml'), '-f', 'ndjson', ...args, input]);
  const results = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
  return { code: run.code, results, stderr: run.stderr };
}

const criterionValue = (r: Result, id: string) => r.criteria?.find((c) => c.id === id)?.value;
const messages = (r: Result, lang: 'en' | 'zh' = 'en') => (r.errors ?? []).map((e) => e.message[lang]);

describe('qgrade grade --formulas saved on a lab sheet of formulas', () => {
  it('grades the saved results as values: at the limit, just below, at 15 significant digits, as a percentage', async () => {
    const { code, results } = await graded('--formulas', 'saved');
    expect(code).toBe(1); // S5–S7 invalid
    expect(results.map((r) => [r.row, r.grade])).toEqual([
      [1, 'ok'],
      [2, null],
      [3, 'ok'],
      [4, null],
      [5, null],
      [6, null],
      [7, null],
    ]);
    expect(
      results
        .slice(0, 4)
        .map((r) => [criterionValue(r, 'strength-min'), criterionValue(r, 'elongation-min')]),
    ).toEqual([
      [400, 16],
      [399.99, 17],
      [400, 17],
      [410, 15.99],
    ]);
    expect(results.slice(0, 4).every((r) => r.errors === undefined)).toBe(true);
  });

  it('still refuses a formula with no saved result, a saved text that is no number, and a saved error value', async () => {
    const { results } = await graded('--formulas', 'saved');
    expect(messages(results[4]!)).toEqual([
      'strength (Tensile strength) must be a number: cell E6 holds a formula (=AVERAGE(B6:D6)) whose result the file does not hold: open and save it in Excel or WPS, or paste it as values',
    ]);
    // As a text cell holding 无数据 is refused.
    expect(messages(results[5]!)).toEqual([
      'strength (Tensile strength) must be a number: "无数据" is a word, not a number: write the number (or leave the cell empty if there is none) (cell E7)',
    ]);
    expect(messages(results[6]!)).toEqual([
      'strength (Tensile strength) must be a number: cell E8 holds the error value #DIV/0!, from a formula that failed: correct the formula (or the cells it reads) in the workbook and save it again, or type the value itself; leave the cell empty if there is none',
    ]);
  });

  it('without it refuses every formula, as before, and names --formulas saved where a result was saved', async () => {
    for (const args of [[], ['--formulas', 'refuse']]) {
      const { code, results } = await graded(...args);
      expect(code).toBe(1);
      expect(results.map((r) => r.grade)).toEqual(Array(7).fill(null));
      expect(results.map((r) => r.errors?.length)).toEqual(Array(7).fill(2));
      expect(messages(results[0]!)[0]).toBe(
        'strength (Tensile strength) must be a number: cell E2 holds a formula (=AVERAGE(B2:D2)), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values), or give --formulas saved to read the results the file saved (check the workbook was calculated before it was saved)',
      );
      expect(messages(results[0]!, 'zh')[0]).toBe(
        '抗拉强度应为数值：单元格 E2 是公式（=AVERAGE(B2:D2)），qgrade 不计算公式：请复制该列，再“选择性粘贴 → 数值”；或给出 --formulas saved，读取文件保存的公式结果（请确认工作簿保存前已重新计算）',
      );
      // No saved result: reading saved results would not help, and the message does not say it would.
      expect(messages(results[4]!)[0]).toBe(
        'strength (Tensile strength) must be a number: cell E6 holds a formula (=AVERAGE(B6:D6)), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values)',
      );
    }
  });

  it('is a usage error (exit 2) for a value other than refuse or saved', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      'home-appliances/room-air-conditioner-energy',
      '--formulas',
      'calculate',
      '-',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'calculate' is invalid");
    expect(run.stderr).toContain('refuse, saved');
    expect(run.stdout).toBe('');
  });

  it('explain and compare read formulas the same way', async () => {
    const input = labSheet();
    const rules = join(temp(), 'rules.yaml');
    const explain = async (...args: string[]) =>
      JSON.parse(
        (await cli.run(['explain', '-r', rules, '-f', 'json', ...args, input, '--row', '3'])).stdout,
      );
    const saved = await explain('--formulas', 'saved');
    expect([saved.grade, saved.criteria[0].value]).toEqual(['ok', 400]);
    expect((await explain()).grade).toBe(null);
    const compare = async (...args: string[]) =>
      JSON.parse((await cli.run(['compare', rules, rules, '-f', 'json', ...args, input])).stdout);
    const compared = await compare('--formulas', 'saved');
    expect(compared.matrix.ok.ok).toBe(2);
    expect(compared.invalid.map((i: { row: number }) => i.row)).toEqual([5, 6, 7]);
    expect((await compare()).invalid.map((i: { row: number }) => i.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
