import { createWriteStream } from 'node:fs';

/** A CSV cell as a spreadsheet would write it: empty for a missing value, quoted when it must be. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes `count` records from `records` as CSV with the given columns, a
 * chunk of rows at a time with backpressure (never the whole file in memory).
 * Returns the records written when `keep` is set (for grading the same rows
 * in-process), else an empty list.
 *
 * @example
 * await writeCsv('/tmp/ac.csv', airConditionerWorkload.records(1), ['unitType', 'apf'], 1000, false);
 */
export async function writeCsv(
  path: string,
  records: Iterator<Record<string, unknown>>,
  columns: readonly string[],
  count: number,
  keep: boolean,
): Promise<Record<string, unknown>[]> {
  const out = createWriteStream(path);
  const kept: Record<string, unknown>[] = [];
  let chunk = `${columns.join(',')}\n`;
  for (let i = 0; i < count; i++) {
    const r = records.next().value as Record<string, unknown>;
    if (keep) kept.push(r);
    chunk += `${columns.map((c) => cell(r[c])).join(',')}\n`;
    if (chunk.length > 1 << 16 || i === count - 1) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
  return kept;
}

/**
 * Parses RFC 4180 CSV text (quoted cells, doubled quotes, line breaks inside
 * quotes) into rows of cells; for checking the CLI's CSV output.
 *
 * @example
 * parseCsv('a,b\n"x,1",2\n'); // [['a', 'b'], ['x,1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') value += c;
      else if (text[i + 1] === '"') {
        value += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(value);
      value = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += c;
  }
  if (value !== '' || row.length > 0) {
    row.push(value);
    rows.push(row);
  }
  return rows;
}
