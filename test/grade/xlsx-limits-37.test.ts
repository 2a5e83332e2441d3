import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createGrader,
  type GradeResult,
  gradeFile,
  gradeSample,
  loadRuleSet,
  QgradeError,
} from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { tempDir } from '../temp-dir';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const HEADER = ['unitType', 'ratedCoolingCapacity', 'apf'];

/** A workbook of the header and `rows` heat pumps of 3500 W at APF 4.62 (grade 2): 3 cells a row. */
async function workbook(rows: number): Promise<Uint8Array> {
  return exceljsWorkbook((book) => {
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(HEADER);
    for (let i = 0; i < rows; i++) sheet.addRow(['heat-pump', 3500, 4.62]);
  });
}

/** The rejection of a call that must reject. */
async function rejection(run: Promise<unknown>): Promise<QgradeError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof QgradeError)) throw new Error(`expected a QgradeError, got ${String(error)}`);
  return error;
}

async function collect(results: AsyncIterable<GradeResult>): Promise<GradeResult[]> {
  const all: GradeResult[] = [];
  for await (const r of results) all.push(r);
  return all;
}

// A service could not bound what an upload costs before its first record (fix-developer6 left it): a workbook is
// unpacked and parsed whole, and `signal` cannot stop that step.
const bytes = await workbook(4); // 5 rows with cells, 15 cells

describe('gradeSample options.xlsxLimits', () => {
  it('reads a workbook exactly at its row and cell limits, and refuses one row or cell over with code input', async () => {
    const at = await gradeSample(grader, bytes, { xlsxLimits: { maxRows: 5, maxCells: 15 } });
    expect(at.map((g) => g.result.grade)).toEqual(['2', '2', '2', '2']);
    const rows = await rejection(gradeSample(grader, bytes, { name: 'up.xlsx', xlsxLimits: { maxRows: 4 } }));
    expect(rows.code).toBe('input');
    expect(rows.message).toBe(
      'up.xlsx has more than 4 rows in sheet "Sheet1", and .xlsx workbooks are read whole: save the sheet as CSV (Excel: "CSV UTF-8"), which streams',
    );
    const cells = await rejection(
      gradeSample(grader, bytes, { name: 'up.xlsx', xlsxLimits: { maxCells: 14 } }),
    );
    expect(cells.code).toBe('input');
    expect(cells.message).toBe(
      'up.xlsx has more than 14 cells in sheet "Sheet1", and .xlsx workbooks are read whole: save the sheet as CSV (Excel: "CSV UTF-8"), which streams',
    );
    expect(cells.text?.zh).toBe(
      'up.xlsx 的工作表“Sheet1”超过 14 个单元格，而 .xlsx 工作簿是整体读取的：请把工作表另存为 CSV（Excel 中选“CSV UTF-8”），它可以流式读取',
    );
  });

  it('refuses bytes over maxFileBytes before unpacking them, naming a small limit in KiB, not "0 MiB"', async () => {
    const size = bytes.byteLength;
    expect((await gradeSample(grader, bytes, { xlsxLimits: { maxFileBytes: size } })).length).toBe(4);
    const e = await rejection(
      gradeSample(grader, bytes, { name: 'up.xlsx', xlsxLimits: { maxFileBytes: size - 1 } }),
    );
    expect(e.code).toBe('input');
    expect(e.message).toMatch(/^up\.xlsx is larger than \d+ KiB, and \.xlsx workbooks are read whole/);
  });

  it('leaves a CSV sample alone, and takes Infinity as no limit', async () => {
    const csv = `${HEADER.join(',')}\nheat-pump,3500,4.62\nheat-pump,3500,4.62\n`;
    expect((await gradeSample(grader, csv, { xlsxLimits: { maxRows: 1, maxCells: 1 } })).length).toBe(2);
    const none = { maxRows: Number.POSITIVE_INFINITY, maxCells: Number.POSITIVE_INFINITY };
    expect((await gradeSample(grader, bytes, { xlsxLimits: none })).length).toBe(4);
  });

  it('refuses a limit it does not know, or one that is not a whole number of 1 or more, as a usage error', async () => {
    const usage = async (xlsxLimits: unknown) => {
      const e = await rejection(gradeSample(grader, bytes, { xlsxLimits } as never));
      expect(e.code).toBe('usage');
      return e.message;
    };
    expect(await usage({ maxRow: 10 })).toBe(
      'options.xlsxLimits has no limit "maxRow" (it has maxFileBytes, maxRows, maxSheetXmlBytes, maxPartBytes, maxCells, maxSharedStrings), got 10',
    );
    expect(await usage({ maxRows: 0 })).toBe(
      'options.xlsxLimits.maxRows must be a whole number of 1 or more (or Infinity, for no limit), got 0',
    );
    expect(await usage({ maxCells: 2.5 })).toMatch(/maxCells must be a whole number .*, got 2\.5$/);
    expect(await usage({ maxCells: Number.NaN })).toMatch(/, got NaN$/);
    expect(await usage({ maxRows: '10' })).toMatch(/, got "10"$/);
    expect(await usage(5000)).toMatch(
      /^options\.xlsxLimits must be an object of maxFileBytes, .*, got 5000$/,
    );
    expect(await usage(null)).toMatch(/, got null$/);
  });
});

describe('gradeFile options.xlsxLimits', () => {
  it('reads a workbook file under its limits, and refuses one over them with code input', async () => {
    const dir = tempDir('xlsx-limits');
    const path = join(dir, 'up.xlsx');
    writeFileSync(path, await workbook(4));
    expect((await collect(gradeFile(grader, path, { xlsxLimits: { maxCells: 15 } }))).length).toBe(4);
    const e = await rejection(collect(gradeFile(grader, path, { xlsxLimits: { maxCells: 14 } })));
    expect(e.code).toBe('input');
    expect(e.message).toMatch(/up\.xlsx has more than 14 cells in sheet "Sheet1"/);
    const usage = await rejection(collect(gradeFile(grader, path, { xlsxLimits: { maxRows: -1 } })));
    expect(usage.code).toBe('usage');
  });
});
