/**
 * Reads a workbook qgrade wrote with a second, independent library
 * (exceljs; qgrade writes with write-excel-file, by another author), as a
 * check that Excel and WPS will find in it what qgrade meant to write.
 */
import ExcelJS from 'exceljs';
import type { SheetCell, SheetSpec } from '../../../src/report/xlsx/write-workbook';

/** What exceljs finds in one sheet. */
export interface ReadSheet {
  name: string;
  /** Cell values, row by row from row 1 (header), `null` for an empty cell, without the empty cells that end a row. */
  rows: (string | number | null)[][];
  /** Frozen rows and columns (0 when none). */
  frozen: { rows: number; columns: number };
  /** Column widths, in Excel's units. */
  widths: (number | undefined)[];
}

/** Every sheet of a workbook, read by exceljs. */
export async function readBack(bytes: Uint8Array): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const width = ws.columnCount;
    const rows: (string | number | null)[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: (string | number | null)[] = [];
      for (let c = 1; c <= width; c++) {
        const v = row.getCell(c).value;
        if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number') {
          throw new Error(
            `cell ${row.getCell(c).address} holds ${JSON.stringify(v)}, not plain text or a number`,
          );
        }
        cells.push(v ?? null);
      }
      rows.push(trimEnd(cells));
    }
    const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    const frozen =
      view?.state === 'frozen'
        ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 }
        : { rows: 0, columns: 0 };
    const widths = Array.from({ length: width }, (_, i) => ws.getColumn(i + 1).width);
    return { name: ws.name, rows, frozen, widths };
  });
}

/** The number format exceljs finds on one cell of the first sheet (row and column from 1), `undefined` for none. */
export async function numberFormat(
  bytes: Uint8Array,
  row: number,
  column: number,
): Promise<string | undefined> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0]!.getRow(row).getCell(column).numFmt || undefined;
}

/** A sheet as qgrade meant to write it, in the shape {@link readBack} gives: empty text is an empty cell. */
export function asWritten(spec: SheetSpec): (string | number | null)[][] {
  // A number shown to a format is read back as the number.
  const cells = (row: readonly (SheetCell | undefined)[]) =>
    trimEnd(
      Array.from(row, (v) =>
        v === '' || v === undefined ? null : typeof v === 'object' && v !== null ? v.value : v,
      ),
    );
  return [cells(spec.header), ...spec.rows.map(cells)];
}

function trimEnd<T>(cells: (T | null)[]): (T | null)[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === null) end--;
  return cells.slice(0, end);
}
