/** Reading the tables of a Markdown report back, for the `-f markdown` tests. */
import { expect } from 'vitest';

/** The cells of the Markdown table right under `heading` (a line starting so), heading row first. */
export function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => l.startsWith(heading));
  expect(at, `no heading ${heading}`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 1)) {
    if (line === '' && rows.length === 0) continue;
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(2, -2)
        .split(/(?<!\\) \| /u)
        .map((c) => c.trim()),
    );
  }
  // The second line aligns the columns: `| --- | ---: |`.
  expect(rows[1]!.every((c) => /^-{3}:?$/u.test(c))).toBe(true);
  return [rows[0]!, ...rows.slice(2)];
}

/** A table's row by its first cell, as a map from the heading row's cells. */
export function rowOf(table: string[][], first: string): Record<string, string> {
  const row = table.find((r) => r[0] === first);
  expect(row, `no row ${first}`).toBeDefined();
  return Object.fromEntries(table[0]!.map((h, i) => [h, row![i]!]));
}
