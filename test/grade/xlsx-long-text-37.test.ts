import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, gradeFile, loadRuleSet } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { tempDir } from '../temp-dir';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));

/** A workbook of heat pumps of 3500 W at APF 4.62 (grade 2), one per model name. */
async function workbook(models: string[]): Promise<string> {
  const path = join(tempDir('xlsx-long-text'), 'lab.xlsx');
  const bytes = await exceljsWorkbook((book) => {
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(['model', 'unitType', 'ratedCoolingCapacity', 'apf']);
    for (const m of models) sheet.addRow([m, 'heat-pump', 3500, 4.62]);
  });
  writeFileSync(path, bytes);
  return path;
}

async function grades(path: string, maxRecordLength: number): Promise<GradeResult[]> {
  const all: GradeResult[] = [];
  for await (const r of gradeFile(grader, path, { keep: ['model'], maxRecordLength })) all.push(r);
  return all;
}

// hostile-37 S1: a 120 MiB text cell was read and printed whole, where a CSV record or NDJSON line over the record
// length limit is an error row.
describe('a workbook text cell longer than a record may be', () => {
  it('makes its row an error row naming the cell; a cell exactly at the limit is read; the other rows graded', async () => {
    const path = await workbook(['KFR-1', 'A'.repeat(30), 'B'.repeat(31), 'KFR-4']);
    // Longer than the header's cells (ratedCoolingCapacity: 20).
    const results = await grades(path, 30);
    expect(results.map((r) => r.grade)).toEqual(['2', '2', null, '2']);
    expect(results[1]!.kept).toEqual({ model: 'A'.repeat(30) });
    expect(results[2]!.kept).toBeUndefined();
    expect(results[2]!.errors?.[0]?.message).toEqual({
      zh: '工作表第 4 行无法读取：单元格 A4 的文本有 31 个字符，超过一条记录的长度上限 30（--max-record-length）',
      en: 'sheet row 4 cannot be read: cell A4 holds 31 characters of text, more than a record may (30, --max-record-length)',
    });
  });
});
