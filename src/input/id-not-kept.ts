import { type LocalizedText, localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';
import { shellWord } from '../text/shell-word';
import type { InputItem } from './input-item';
import { keepOption, type OptionNaming } from './option-naming';

/** A row of a column's faults, as the notice names it: its line or sheet row, else its record number. */
type FaultRow = { line: number } | { sheetRow: number } | { record: number };

/** Why a column almost a sample id was not one: its empty rows, and the rows that share a value. */
export interface IdFaults {
  column: string;
  /** Rows whose cell is empty. */
  blank: FaultRow[];
  /** Values found on more than one row, with all their rows (in order). */
  repeated: { value: string; rows: FaultRow[] }[];
}

/** Rows named in the notice for each fault; the rest are counted. */
const LISTED = 5;

/**
 * The faults of a column that would have been kept as the sample id but for a few rows: some of its cells
 * empty or two rows sharing a value, in at most a tenth of the rows (one, with fewer than twenty), with at
 * least two values. Anything more is a column of another kind (a maker, a material), not
 * worth a word — unless the column is `headed` as a sample id (样品编号, Sample ID): its header says what it is,
 * so its faults are named whatever their share (hostile-26 M3). `cellOf` is the column's value as kept (nothing
 * for an empty cell); `counts` says which items the choice looked at (rows of notes and lot subtotals are not
 * samples).
 *
 * @example
 * idFaults('型号', items, valueText, (item) => 'record' in item)?.blank // [{ line: 3 }]
 */
export function idFaults(
  column: string,
  items: readonly InputItem[],
  cellOf: (record: unknown, column: string) => string | undefined,
  counts: (item: InputItem) => boolean,
  headed = false,
): IdFaults | undefined {
  const blank: FaultRow[] = [];
  const rowsOf = new Map<string, FaultRow[]>();
  let rows = 0;
  for (const item of items) {
    if (!('record' in item) || !counts(item)) continue;
    rows++;
    const row: FaultRow = item.place ?? { record: item.row };
    const v = cellOf(item.record, column);
    if (v === undefined) {
      blank.push(row);
      continue;
    }
    const same = rowsOf.get(v);
    if (same) same.push(row);
    else rowsOf.set(v, [row]);
  }
  const repeated = [...rowsOf].filter(([, r]) => r.length > 1).map(([value, r]) => ({ value, rows: r }));
  const faults = blank.length + repeated.reduce((n, r) => n + r.rows.length - 1, 0);
  if (faults === 0) return undefined;
  if (!headed && (faults > Math.max(1, Math.floor(rows / 10)) || rowsOf.size < 2)) return undefined;
  return { column, blank, repeated };
}

/**
 * The notice for a column passed over as the sample id ({@link idFaults}): which rows are empty or share a
 * value, and how to keep it anyway (`--keep 型号`, `options.keep ["型号"]`; the studio, which keeps only what
 * it finds, names no option).
 *
 * @example
 * idNotKeptNotice({ column: '型号', blank: [{ line: 3 }], repeated: [] }, 'cli').zh
 * // '列“型号”第 3 行为空，未作为样品标识；用 --keep 型号 保留'
 */
export function idNotKeptNotice(faults: IdFaults, naming: OptionNaming | undefined): LocalizedText {
  const { column, blank, repeated } = faults;
  const zh: string[] = [];
  const en: string[] = [];
  if (blank.length > 0) {
    const at = rowList(blank);
    zh.push(`${at.zh}为空`);
    en.push(`is empty on ${at.en}`);
  }
  for (const { value, rows } of repeated.slice(0, LISTED)) {
    const at = rowList(rows);
    // A value is the sheet's own text: a 100,000-character cell, or one with a line break, is quoted cut short.
    zh.push(`${at.zh}的值相同（“${quoteShort(value).slice(1, -1)}”）`);
    en.push(`has the same value (${quoteShort(value)}) on ${at.en}`);
  }
  if (repeated.length > LISTED) {
    zh.push(`另有 ${repeated.length - LISTED} 个值重复`);
    en.push(`${repeated.length - LISTED} more values repeat`);
  }
  const option =
    naming === 'studio' ? undefined : keepOption(naming, naming === 'api' ? column : shellWord(column));
  return localized(
    `列“${column}”${zh.join('，')}，未作为样品标识${option ? `；用 ${option} 保留` : ''}`,
    `column "${column}" ${joinEn(en)}, so it is not kept as the sample id${option ? `; ${option} keeps it` : ''}`,
  );
}

/** `第 3、5 行` / `lines 3 and 5`, `工作表第 4 行` / `sheet row 4`, `第 2 条记录` / `record 2`. */
function rowList(rows: readonly FaultRow[]): { zh: string; en: string } {
  const first = rows[0]!;
  const numbers = rows
    .slice(0, LISTED)
    .map((r) => ('line' in r ? r.line : 'sheetRow' in r ? r.sheetRow : r.record));
  const more = rows.length > LISTED ? `${rows.length - LISTED}` : '';
  const plural = rows.length > 1 ? 's' : '';
  const unit =
    'line' in first
      ? { zh: ['第', '行'], en: `line${plural}` }
      : 'sheetRow' in first
        ? { zh: ['工作表第', '行'], en: `sheet row${plural}` }
        : { zh: ['第', '条记录'], en: `record${plural}` };
  const zh = `${unit.zh[0]} ${numbers.join('、')}${more ? ` 等 ${rows.length}` : ''} ${unit.zh[1]}`;
  const en = more
    ? `${unit.en} ${numbers.join(', ')} and ${more} more`
    : `${unit.en} ${joinEn(numbers.map(String))}`;
  return { zh, en };
}

/** `a`, `a and b`, `a, b and c`. */
function joinEn(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
