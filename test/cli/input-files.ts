import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';

/**
 * Input files written to a test's temp folder, numbered so none overwrites
 * another: a CSV of lines, NDJSON of records, an .xlsx of rows (sheet 数据),
 * or any text.
 *
 * @param temp - the folder of the test (`useTempDir()`)
 */
export function inputFiles(temp: () => string) {
  let files = 0;
  const file = (ext: string, text: string): string => {
    const path = join(temp(), `${++files}.${ext}`);
    writeFileSync(path, text);
    return path;
  };
  return {
    file,
    csv: (...lines: string[]) => file('csv', `${lines.join('\n')}\n`),
    ndjson: (...records: object[]) => file('ndjson', `${records.map((r) => JSON.stringify(r)).join('\n')}\n`),
    async xlsx(...rows: (string | number)[][]): Promise<string> {
      const book = await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('数据');
        for (const row of rows) ws.addRow(row);
      });
      const path = join(temp(), `${++files}.xlsx`);
      writeFileSync(path, book);
      return path;
    },
  };
}
