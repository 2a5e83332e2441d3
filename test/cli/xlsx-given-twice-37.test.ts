/**
 * Hostile-37 W1 and S1: a workbook that says two things (a cell given twice, two `<v>` in one cell, a row or
 * `<sheetData>` given again, a zip part given twice) was read by a silent guess; cells past column XFD or rows past
 * 1,048,576 (which no program writing .xlsx writes) cost seconds of CPU and up to 1.5 GB. A cell given twice makes
 * its row an error row naming both values; a part given twice or a cell past the sheet refuses the workbook.
 * GB 21455-2019 (CC ≤ 4500 W: grade 1 needs APF ≥ 5.00, grade 2 ≥ 4.50): S1 at 3500 W with APF 3.0 is not graded,
 * with 5.2 grade 1, so which value is read decides the grade.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>sampleId</t></is></c><c r="B1" t="inlineStr"><is><t>unitType</t></is></c><c r="C1" t="inlineStr"><is><t>ratedCoolingCapacity</t></is></c><c r="D1" t="inlineStr"><is><t>apf</t></is></c></row>';
const row = (r: number, id: string, apf: string, extra = '') =>
  `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${id}</t></is></c><c r="B${r}" t="inlineStr"><is><t>heat-pump</t></is></c><c r="C${r}"><v>3500</v></c><c r="D${r}"><v>${apf}</v></c>${extra}</row>`;

function book(name: string, sheetData: string, bytes?: (b: Uint8Array) => Uint8Array): string {
  const path = join(temp(), name);
  const raw = rawWorkbook({ sheets: [{ name: 'S', body: sheetData }] });
  writeFileSync(path, bytes ? bytes(raw) : raw);
  return path;
}

const grade = (path: string, lang = 'en_US.UTF-8') =>
  cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', path], { env: { LANG: lang } });
const lines = (stdout: string) => stdout.trim().split('\n').slice(1);

describe.concurrent('a workbook that gives a cell twice (hostile-37 W1)', () => {
  it('a cell given twice (its reference repeated): an error row naming both values, zh and en', async () => {
    const path = book(
      'dup-ref.xlsx',
      `<sheetData>${HEADER}${row(2, 'S1', '3.0', '<c r="D2"><v>5.2</v></c>')}${row(3, 'S2', '4.62')}</sheetData>`,
    );
    const run = await grade(path);
    expect(run.code).toBe(1);
    const [first, second] = lines(run.stdout);
    expect(first).toContain('invalid-record');
    expect(first).toContain('cell D2 is given twice: 3.0 and 5.2');
    expect(second).toMatch(/^2,S2,2,/);
    const zh = await grade(path, 'zh_CN.UTF-8');
    expect(zh.stdout).toContain('单元格 D2 给了两次：3.0 和 5.2');
  });

  it('two <v> in one cell: the same', async () => {
    const path = book('two-v.xlsx', `<sheetData>${HEADER}${row(2, 'S1', '5.1</v><v>3.0')}</sheetData>`);
    const run = await grade(path);
    expect(lines(run.stdout)[0]).toContain('cell D2 is given twice: 5.1 and 3.0');
  });

  it('a row given again, or a second <sheetData>: one record, its clashing cell named', async () => {
    for (const data of [
      `<sheetData>${HEADER}${row(2, 'S1', '4.62')}${row(2, 'S1', '5.5')}</sheetData>`,
      `<sheetData>${HEADER}${row(2, 'S1', '4.62')}</sheetData><sheetData>${row(2, 'S1', '5.5')}</sheetData>`,
    ]) {
      const run = await grade(book('again.xlsx', data));
      const out = lines(run.stdout);
      expect(out).toHaveLength(1);
      expect(out[0]).toContain('is given twice');
    }
  });

  it('an empty cell beside a value at the same place (a format) is no clash', async () => {
    const path = book(
      'format.xlsx',
      `<sheetData>${HEADER}${row(2, 'S1', '4.62', '<c r="D2" s="0"/>')}</sheetData>`,
    );
    const run = await grade(path);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)[0]).toMatch(/^1,S1,2,/);
  });

  it('a zip holding one part twice is refused (exit 2), as a damaged part is', async () => {
    // Two sheets, the second's entry renamed to the first's: the zip now lists xl/worksheets/sheet1.xml twice.
    const path = join(temp(), 'dup-part.xlsx');
    const raw = rawWorkbook({
      sheets: [
        { name: 'S', body: `<sheetData>${HEADER}${row(2, 'S1', '5.5')}</sheetData>` },
        { name: 'T', body: `<sheetData>${HEADER}${row(2, 'S1', '2.0')}</sheetData>` },
      ],
    });
    const text = Buffer.from(raw)
      .toString('latin1')
      .replaceAll('xl/worksheets/sheet2.xml', 'xl/worksheets/sheet1.xml');
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const run = await grade(path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'it holds the part xl/worksheets/sheet1.xml twice, and which one counts would be a guess',
    );
  });
});

describe.concurrent('a workbook past what a sheet holds (hostile-37 S1)', () => {
  it('a cell past column XFD is refused, naming it', async () => {
    const path = book(
      'wide.xlsx',
      `<sheetData>${HEADER}${row(2, 'S1', '4.62', '<c r="XFE2"><v>1</v></c>')}</sheetData>`,
    );
    const run = await grade(path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('its cell or row XFE2 lies past what a sheet holds');
  });

  it('cells without a reference running past XFD are refused at the first one past it', async () => {
    const path = book(
      'no-r.xlsx',
      `<sheetData>${HEADER}<row r="2">${'<c><v>1</v></c>'.repeat(16_385)}</row></sheetData>`,
    );
    const run = await grade(path);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('XFE2');
  });

  it('a row past 1,048,576 is refused; XFD1048576 itself is read', async () => {
    const far = await grade(
      book('deep.xlsx', `<sheetData>${HEADER}${row(1_048_577, 'S1', '4.62')}</sheetData>`),
    );
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('1048577 lies past what a sheet holds');
    const last = await grade(
      book(
        'last.xlsx',
        `<sheetData>${HEADER}${row(1_048_576, 'S1', '4.62', '<c r="XFD1048576"><v>1</v></c>')}</sheetData>`,
      ),
    );
    expect(last.code).toBe(0);
  });
});
