/**
 * `formulas: 'saved'`: a formula cell read as the result the file saved,
 * exactly as a cell of that result's type (a number at 15 significant
 * digits, a percentage, text, a boolean; a date or an error value refused
 * as such), a formula with no saved result still refused; and the option
 * through `gradeFile` and `gradeSample`, whose messages name it as the
 * library writes it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../../src/browser';
import { gradeSampleNamed } from '../../../src/grade/grade-sample';
import { createGrader, type GradeResult, gradeFile, parseRuleSet } from '../../../src/index';
import { TEXTS } from '../../../src/studio/page/texts';
import { ruleFileHeader } from '../../rule-file-header';
import { tempDir } from '../../temp-dir';
import { errorsOf, indicator, rawWorkbook, readItems, recordOf } from './workbook-fixtures';

const APF = indicator('apf', 'number');
const ELONGATION = indicator('elongation', 'number', { unit: '%' });
const COUNT = indicator('count', 'integer');
const OK = indicator('ok', 'boolean');
const NOTE = indicator('note', 'string');
const KIND = indicator('kind', 'enum', { values: ['heat-pump', 'cooling-only'] });
const ALL = [APF, ELONGATION, COUNT, OK, NOTE, KIND];
const COLUMNS = 'ABCDEF';

/** A formula cell; `v` its saved result (none: not saved), `t` the result's type, `s` its style. */
const f = (formula: string, v?: string, t?: string, s?: number) =>
  `<c${t ? ` t="${t}"` : ''}${s ? ` s="${s}"` : ''}><f>${formula}</f>${v === undefined ? '' : `<v>${v}</v>`}</c>`;

/** A workbook headed by the indicators' names, one row per list of cells (columns A…F in order). */
function workbook(rows: string[][]): Uint8Array {
  const withRefs = (cells: string[], r: number) =>
    cells.map((c, i) => c.replace(/^<c/, `<c r="${COLUMNS[i]}${r}"`)).join('');
  const header = ALL.map((i) => `<c t="inlineStr"><is><t>${i.name}</t></is></c>`);
  const body = [header, ...rows].map((cells, i) => `<row r="${i + 1}">${withRefs(cells, i + 1)}</row>`);
  return rawWorkbook({
    sheets: [{ name: 'S', body: `<sheetData>${body.join('')}</sheetData>` }],
    // 1: 0.00%, 2: a date format.
    styles: '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="14"/></cellXfs>',
  });
}

const SAVED = workbook([
  [
    f('AVERAGE(B5:D5)', '4.6199999999999992'),
    f('G2/100', '5.2300000000000002E-2', undefined, 1),
    f('TEXT(3,"0")', '3', 'str'),
    f('G2>1', '1', 'b'),
    f('"KFR-"&amp;35', 'KFR-35', 'str'),
    f('IF(G2>1,"heat-pump","cooling-only")', 'heat-pump', 'str'),
  ],
  [
    f('G3*2', '0.5', undefined, 1), // a percentage for an indicator not in %
    f('TODAY()', '45352', undefined, 2), // a date
    f('1/0', '#DIV/0!', 'e'),
    f('G3', '2'), // a number for a boolean
    f('G3&amp;"x"'), // no saved result, for text
    f('IF(G3,"x","")', '', 'str'), // an empty result: left out
  ],
]);

describe("formulas: 'saved' reads a formula as the result the file saved", () => {
  it('reads each saved result as a cell of its type: a number at 15 digits, a percentage in %, text, a boolean', async () => {
    const [first] = await readItems(SAVED, { indicators: ALL, formulas: 'saved' });
    expect(recordOf(first)).toEqual({
      apf: 4.62,
      elongation: 5.23,
      count: 3,
      ok: true,
      note: 'KFR-35',
      kind: 'heat-pump',
    });
    expect(errorsOf(first)).toEqual([]);
  });

  it('refuses a saved result as it refuses such a cell, and a formula with no saved result', async () => {
    const [, second] = await readItems(SAVED, { indicators: ALL, formulas: 'saved' });
    expect(errorsOf(second)).toEqual([
      'apf (apf indicator) must be a number: cell A3 holds 0.5 in a percentage format (shown as 50.00%), and this indicator is not measured in %: format the cell as General or Number and type the value the indicator takes',
      'elongation (elongation indicator) must be a number: cell B3 holds a date (2024-03-01): type the value itself, in a cell formatted as General, Number or Text, not as a date',
      'count (count indicator) must be an integer: cell C3 holds the error value #DIV/0!, from a formula that failed: correct the formula (or the cells it reads) in the workbook and save it again, or type the value itself; leave the cell empty if there is none',
      'ok (ok indicator) must be a boolean: "2" is not one of true/false, 1/0, yes/no, Y/N, 是/否, 有/无 (cell D3)',
      'note (note indicator) must be text: cell E3 holds a formula (=G3&"x") whose result the file does not hold: open and save it in Excel or WPS, or paste it as values',
    ]);
    expect(Object.keys(recordOf(second))).not.toContain('kind');
  });

  it("refuses every formula under an indicator that is not text by default and with 'refuse'", async () => {
    for (const formulas of [undefined, 'refuse'] as const) {
      const [first] = await readItems(SAVED, { indicators: ALL, formulas });
      expect(recordOf(first)).toMatchObject({ apf: '=AVERAGE(B5:D5)', note: 'KFR-35' });
      expect(errorsOf(first).map((m) => m.split(':')[0])).toEqual([
        'apf (apf indicator) must be a number',
        'elongation (elongation indicator) must be a number',
        'count (count indicator) must be an integer',
        'ok (ok indicator) must be a boolean',
        'kind (kind indicator) must be one of the listed values',
      ]);
    }
  });
});

const RULES = `${ruleFileHeader('test/formulas-saved')}indicators:
  apf: { type: number, label: { zh: 全年能源消耗效率, en: APF } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: apf-min, indicator: apf, require: "≥ 4.62" }
`;

describe('the formulas option of gradeFile and gradeSample', () => {
  const grader = () => createGrader(parseRuleSet(RULES));
  const bytes = () =>
    rawWorkbook({
      sheets: [
        {
          name: 'S',
          body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>apf</t></is></c></row><row r="2"><c r="A2"><f>AVERAGE(B2:D2)</f><v>4.6199999999999992</v></c></row></sheetData>`,
        },
      ],
    });
  const file = () => {
    const path = join(tempDir('formulas'), 'apf.xlsx');
    writeFileSync(path, bytes());
    return path;
  };
  const all = async (results: AsyncIterable<GradeResult>) => {
    const out: GradeResult[] = [];
    for await (const r of results) out.push(r);
    return out;
  };

  it("gradeFile grades the saved result with formulas: 'saved', and names that option when it refuses", async () => {
    const [saved] = await all(gradeFile(grader(), file(), { formulas: 'saved' }));
    expect(saved!.grade).toBe('ok');
    const [refused] = await all(gradeFile(grader(), file()));
    expect(refused!.grade).toBe(null);
    expect(refused!.errors?.[0]?.message.en).toBe(
      "apf (APF) must be a number: cell A2 holds a formula (=AVERAGE(B2:D2)), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values), or give formulas: 'saved' to read the results the file saved (check the workbook was calculated before it was saved)",
    );
  });

  it("gradeSample grades the saved result with formulas: 'saved', and names that option when it refuses", async () => {
    const [saved] = await gradeSample(grader(), bytes(), { formulas: 'saved' });
    expect(saved!.result.grade).toBe('ok');
    const [refused] = await gradeSample(grader(), bytes());
    expect(refused!.result.grade).toBe(null);
    expect(refused!.result.errors?.[0]?.message).toEqual({
      zh: "全年能源消耗效率应为数值：单元格 A2 是公式（=AVERAGE(B2:D2)），qgrade 不计算公式：请复制该列，再“选择性粘贴 → 数值”；或给出 formulas: 'saved'，读取文件保存的公式结果（请确认工作簿保存前已重新计算）",
      en: "apf (APF) must be a number: cell A2 holds a formula (=AVERAGE(B2:D2)), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values), or give formulas: 'saved' to read the results the file saved (check the workbook was calculated before it was saved)",
    });
  });

  it("in the studio, the refusal names the samples' checkbox by its label on the page", async () => {
    const [refused] = await gradeSampleNamed(grader(), bytes(), {}, 'studio');
    const message = refused!.result.errors?.[0]?.message;
    expect(message?.en).toBe(
      'apf (APF) must be a number: cell A2 holds a formula (=AVERAGE(B2:D2)), and qgrade does not calculate formulas: paste values (copy the column, then Paste Special → Values), or tick "Read formula cells\' saved results" to read the results the file saved (check the workbook was calculated before it was saved)',
    );
    expect(message?.zh).toContain(`；或勾选“${TEXTS.readSavedFormulas.zh}”，读取文件保存的公式结果`);
    expect(message?.en).toContain(`or tick "${TEXTS.readSavedFormulas.en}" to read`);
    const [saved] = await gradeSampleNamed(grader(), bytes(), { formulas: 'saved' }, 'studio');
    expect(saved!.result.grade).toBe('ok');
  });

  it('is a usage error for any other value, before the file is read', async () => {
    const message = 'options.formulas must be "refuse" or "saved", got "calculate"';
    const wrong = { formulas: 'calculate' } as unknown as { formulas: 'saved' };
    await expect(all(gradeFile(grader(), 'no-such-file.xlsx', wrong))).rejects.toMatchObject({
      code: 'usage',
      text: { en: message },
    });
    await expect(gradeSample(grader(), bytes(), wrong)).rejects.toMatchObject({
      code: 'usage',
      text: { en: message },
    });
  });
});
