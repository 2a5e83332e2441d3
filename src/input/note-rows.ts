import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { type Batched, batched, batchesOf } from './batched';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { isIdHeader, isLotHeader } from './id-header';
import type { InputItem, RowPlace } from './input-item';
import { ColumnStatistics, isStatisticLetter, numeric, sumsUp } from './statistic-rows';

/**
 * The fields whose values make a CSV/TSV or .xlsx row a record: the
 * indicators' (a column matched by name or label) and the `--map` targets.
 * A row with none of them (only a remark, a sign-off line, a date) holds
 * notes, not a sample.
 */
export function valueFields(indicators: readonly IndicatorInfo[], mapping: ColumnMapping): Set<string> {
  return new Set([...indicators.map((i) => i.name), ...mapping.values()]);
}

/**
 * Tells a table's rows of notes from its records, row by row in input order
 * (one per CSV/TSV input or sheet read): it learns how many indicator values
 * the table's records give.
 *
 * A row is notes ({@link InputItem} `notesOnly`, with where it is) when none
 * of `own` — the fields of the row's cells that have a value of their own —
 * is a {@link valueFields} field. A CSV row's own fields are its record's keys
 * (a field is set only for a cell with a value); a sheet row's leave out the
 * values a merged range copies into it, which do not make a row a record (a
 * sign-off line merged across the table).
 *
 * A row is notes too, whatever its column, when its only cell is a note's
 * text ({@link isNoteText}: `以下空白`, `第 1 页 共 3 页`, `报告结束`, a sign-off)
 * A summary row is notes whatever its values: its first cell with a value
 * of its own (the id or name cell; the leftmost, not counting a column with
 * no heading) is outside the indicator columns and holds a summary word
 * ({@link isSummaryWord}: `合计`, `平均`, `小计`, `全省平均`) — a 汇总表's
 * 合计 / 平均 rows, with a total or an average under every indicator, are
 * not one more enterprise; a sample id that merely contains such a word
 * (`合计-01`) is a record, and so is a name that ends in one (`甲厂合计`,
 * `一车间平均`) unless its values are the mean or the sum of the rows above
 * it in its lot or run (hostile-27 W7). When that first cell is under an indicator column
 * (牌号), a summary word there is notes with at most two cells after it
 * (`合计,2`), unless the cells after the word give as many indicator values
 * as the header has indicator columns, or as the fullest record above it
 * gives. A summary row is notes even with a value under a kept column
 * (`合计,4` with the count under the sample ids). A row that repeats a line
 * of the header (`repeatsHeader`, a page break in a printed sheet) is notes
 * whatever it holds. A record row whose summary word is after a text cell
 * (a lot-first sheet's subtotal, `L1,合计,2`: the word under the sample ids,
 * at most two cells after it) is handed on with `summaryUnder`: it is a
 * summary row once its word's column is found to be a kept one (`keepColumns`).
 * A row blank under every id column (序号, 样品编号) whose remark is a summary word (备注 `平均值`) is a summary
 * row when its values are the mean or the sum of its lot's rows above it; else it stays a record.
 *
 * @example
 * const notes = new NoteRows(valueFields(indicators, mapping), fields);
 * const item = { row, place, ...notes.mark(built, Object.keys(built.record), place) };
 */
export class NoteRows {
  /** The most indicator values a record gave so far (0 before any). */
  #fullest = 0;
  /** Indicator (or mapped) fields the header gives. */
  readonly #columns: number;
  /** Whether the header has a column outside the indicator (and mapped) ones: a sample id's, a remark's. */
  readonly #textColumns: boolean;
  /** Whether the row marked last was a summary row: an `s` under it is a standard deviation. */
  #afterSummary = false;
  /** The values an enum indicator takes, by field: a summary word that is one of them is a value. */
  readonly #values: ReadonlyMap<string, readonly unknown[]>;
  /** The records' values so far: a `TOTAL` over a full row that sums nothing above it is an enterprise. */
  readonly #stats = new ColumnStatistics();
  /**
   * The last {@link RECENT} records, oldest first from `#next`: a `L2 Mean` row is compared with lot L2's run of
   * rows right above it too (fix-input-27). A reference kept per record, nothing computed until such a row comes.
   */
  readonly #recent: Record<string, unknown>[] = [];
  #next = 0;
  /** What may stand before a summary word: a lot key (`--group-by`), a 序号. */
  readonly #keys: RowKeys;
  /** The field each header column gives: a CSV row's cells, by column, show a value's decimals. */
  readonly #header: readonly string[];
  /** The row {@link NoteRows.#afterKeys} was asked of in this {@link NoteRows.mark} (its record) and its answer. */
  #afterRecord: object | undefined;
  #afterOwn: readonly string[] = [];
  #after: readonly string[] = [];
  /**
   * The header's id columns (序号, 样品编号, Sample ID), lots' columns and `--group-by` keys left out: a row blank
   * under each of them, with a summary word in a remark cell, may be its lot's mean ({@link NoteRows.#remarkStatistic}).
   */
  readonly #idColumns: readonly string[];
  /** The header's lot columns (批号, 批次, Lot): a remark row's lot when no `--group-by` column names one. */
  readonly #lotColumns: ReadonlySet<string>;

  /**
   * @param fields - the fields whose values make a row a record ({@link valueFields})
   * @param header - the field each header column gives (`''` for none)
   * @param indicators - the rule set's indicators, for the values an enum takes (a 平均值 under 牌号 is none)
   * @param keyColumns - the columns the records are grouped or tallied by (`--group-by`): a lot key before a
   *   summary word (`L1,平均,…`) is no row's name
   */
  constructor(
    readonly fields: ReadonlySet<string>,
    header: readonly string[],
    indicators: readonly IndicatorInfo[] = [],
    keyColumns: readonly string[] = [],
  ) {
    this.#keys = { columns: new Set(keyColumns) };
    this.#header = header;
    this.#columns = new Set(header.filter((f) => fields.has(f))).size;
    this.#textColumns = header.some((f) => f !== '' && !fields.has(f));
    this.#values = new Map(indicators.flatMap((i) => (i.values ? [[i.name, i.values]] : [])));
    const text = header.filter((f) => f !== '' && !fields.has(f) && isIdHeader(f));
    this.#lotColumns = new Set(text.filter(isLotHeader));
    this.#idColumns = text.filter((f) => !this.#lotColumns.has(f) && !this.#keys.columns.has(f));
  }

  /**
   * A row's record as the reader built it, marked `notesOnly` when it is notes (see {@link NoteRows}). `cells`: a
   * CSV row's cells as written, one per header column, for the decimals a value is shown with (`50.0`).
   */
  mark(
    built: { record: Record<string, unknown>; conversionErrors?: RecordError[] },
    own: readonly string[],
    place: RowPlace | { fileRow: number },
    repeatsHeader = false,
    cells?: readonly string[],
  ): {
    record: Record<string, unknown>;
    conversionErrors?: RecordError[];
    notesOnly?: NotesPlace;
    summaryUnder?: SummaryUnder;
    summaryLike?: NotesPlace;
  } {
    // A new row, though its record may be an object seen before.
    this.#afterRecord = undefined;
    const marked = this.#mark(built, own, place, repeatsHeader, cells);
    this.#afterSummary = marked.notesOnly?.summary !== undefined;
    if (marked.notesOnly?.header || marked.notesOnly?.summary !== undefined) return marked;
    // `以下空白`: the rows graded after it are named (hostile-26 M2). A new object: `place` is the item's too.
    const end = marked.notesOnly ? endMarkIn(built.record, own) : undefined;
    if (end !== undefined) return { ...marked, notesOnly: { ...marked.notesOnly!, end } };
    // A lot-first sheet's subtotal (`L1,合计,2`): a summary row if 合计 is under the kept sample-id column.
    const under = summaryUnder(built.record, own, this.fields);
    // A record named like a summary row after a name (`甲厂合计`): graded, and said (fix-input-27).
    const named = marked.notesOnly
      ? undefined
      : namedLikeSummary(built.record, this.#afterKeys(built.record, own), this.fields);
    if (!under && !named) return marked;
    const out: ReturnType<NoteRows['mark']> = { ...marked };
    if (under) out.summaryUnder = { field: under.field, notes: { ...place, ...under.notes } };
    if (named) out.summaryLike = { ...place, summary: named };
    return out;
  }

  #mark(
    built: { record: Record<string, unknown>; conversionErrors?: RecordError[] },
    own: readonly string[],
    place: RowPlace | { fileRow: number },
    repeatsHeader: boolean,
    cells: readonly string[] | undefined,
  ): { record: Record<string, unknown>; conversionErrors?: RecordError[]; notesOnly?: NotesPlace } {
    if (repeatsHeader) return { ...built, notesOnly: { ...place, header: true } };
    const { fields } = this;
    // A 合计 / 平均 row: a total or an average under every indicator is no record.
    const named = summaryRow(built.record, own, fields, this.#keys);
    // A Latin word that is also a name (TOTAL, Mean) over a full row of values that are no such statistic of the
    // rows above is a record named so (hostile-25 M8).
    const summary =
      (named && !(named.valued && this.#namedRecord(built.record, named.summary))
        ? this.#byValues(named, built.record)
        : undefined) ??
      this.#statisticsRow(built.record, own) ??
      this.#deviationRow(built.record, own) ??
      this.#codedStatistic(built.record, this.#afterKeys(built.record, own), cells) ??
      this.#namedStatistic(built.record, this.#afterKeys(built.record, own), cells) ??
      this.#remarkStatistic(built.record, own, cells);
    if (summary) {
      this.#stats.endBlock();
      return { ...built, notesOnly: { ...place, ...summary } };
    }
    if (named) return this.#record(built);
    let first: string | undefined;
    let count = 0;
    let valued = false;
    // The indicator fields of the (at most two) cells after the first: a summary line's values.
    let after1: string | undefined;
    let after2: string | undefined;
    for (const field of own) {
      if (count === 0) first = field;
      else if (fields.has(field)) {
        if (after1 === undefined) after1 = field;
        else if (after2 === undefined && field !== after1) after2 = field;
      }
      count++;
      if (fields.has(field)) valued = true;
      // A mark row has at most three cells; past that, a valued row is a record.
      if (valued && count > 3) return this.#record(built);
    }
    const mark = markKind(first, count, built.record);
    const word = mark === 'summary' ? (built.record[first!] as string).trim() : undefined;
    // A section's title between the records (`二、出厂检验`), alone on its row: no sample, even under the sample ids.
    const section = count === 1 ? sectionTitle(built.record[first!]) : undefined;
    if (section !== undefined && (!valued || fields.size > 1))
      return { ...built, notesOnly: { ...place, section, ...(valued ? { valued: true as const } : {}) } };
    // A header giving no indicator column leaves every row without a value: rows it cannot read, each a record
    // that says what is missing, not notes (hostile-29 C1: a wrong file read 0 records and exited 0).
    if (!valued && word === undefined && this.#columns === 0) return this.#record(built);
    // A summary line goes even with a kept value (the count under the sample ids).
    if (!valued) return { ...built, notesOnly: word !== undefined ? { ...place, summary: word } : place };
    // `检验员：张三,,审核：李四`: a lab sheet's sign-off written from column A, its roles' cells falling under a
    // sample-id or an indicator column; every cell a role and a name is no record (committee-35 M7).
    if (mark === undefined && fields.size > 1 && own.every((f) => f === '' || isSignOff(built.record[f])))
      return { ...built, notesOnly: { ...place, valued: true, signOff: true } };
    // One indicator alone is the whole record: its lone cell is a value, not a note.
    if (fields.size <= 1 || mark === undefined) return this.#record(built);
    if (word !== undefined) {
      const values = (after1 === undefined ? 0 : 1) + (after2 === undefined ? 0 : 1);
      // A summary word over a full row of values (平均值 of a narrow sheet) is a record, not a closing line.
      // The fullest record so far, not the most common: rows of a sample barely tested do not lower the bar.
      const full = this.#fullest > 0 ? Math.min(this.#columns, this.#fullest) : this.#columns;
      if (values > 0 && values >= full) return this.#record(built);
      return { ...built, notesOnly: { ...place, summary: word, valued: true } };
    }
    return { ...built, notesOnly: { ...place, valued: true } };
  }

  /**
   * A lab's closing block of statistics written in the first column when that column is an indicator's (牌号,
   * 水泥品种): `平均值,,450,595,…` over a full row of values, a summary row when its word is none of the
   * indicator's values (平均值 is no designation) and the header has columns outside the indicator ones, all empty
   * on the row (no sample id).
   */
  #statisticsRow(
    record: Record<string, unknown>,
    own: readonly string[],
  ): { summary: string; valued: true } | undefined {
    // With no column outside the indicators (no id column to leave empty), 平均值 over a full row stays the
    // record it may be, shown invalid.
    if (!this.#textColumns) return undefined;
    const lead = own.find((f) => f !== '');
    if (lead === undefined || !this.fields.has(lead)) return undefined;
    const summary = summaryText(record[lead]);
    if (summary === undefined || this.#values.get(lead)?.includes(summary)) return undefined;
    // A sample id (or any text outside the indicator columns) makes it a sample with a bad value, said as such.
    if (own.some((f) => f !== '' && !this.fields.has(f))) return undefined;
    return { summary, valued: true };
  }

  /**
   * {@link isShortSummary}, or a short line whose first cell is `s` right under a summary row (`x̄,,,4.85` then
   * `s,,,0.12` typed without the commas after): read padded, as a summary line is.
   */
  isShortSummary(cells: readonly string[]): boolean {
    return isShortSummary(cells) || (this.#afterSummary && /^[sS]$/.test(trimCell(cells[0] ?? '')));
  }

  /**
   * `s` (a sample's standard deviation) in the id cell right under a summary row (`x̄` then `s`, `平均值` then
   * `s`): a line of the same block of statistics. Anywhere else `s` is a sample named so.
   */
  #deviationRow(
    record: Record<string, unknown>,
    own: readonly string[],
  ): { summary: string; valued?: true } | undefined {
    if (!this.#afterSummary) return undefined;
    const lead = own.find((f) => f !== '');
    if (lead === undefined || this.fields.has(lead)) return undefined;
    const value = record[lead];
    if (typeof value !== 'string' || !/^[sS]$/.test(value.trim())) return undefined;
    return own.some((f) => this.fields.has(f))
      ? { summary: value.trim(), valued: true }
      : { summary: value.trim() };
  }

  /**
   * A Latin summary word after a code in the id cell (`L1 Mean`, `Lot 2 avg`, `S-avg`): a summary row when its
   * values are that statistic of the records above ({@link sumsUp}), else a sample named so (hostile-26 W3). A
   * Chinese word after a lot key is a summary word whatever its values ({@link isSummaryWord}).
   */
  #codedStatistic(
    record: Record<string, unknown>,
    own: readonly string[],
    cells: readonly string[] | undefined,
  ): { summary: string; valued: true; byValues: true } | undefined {
    const lead = own.find((f) => f !== '');
    if (lead === undefined || this.fields.has(lead)) return undefined;
    const value = record[lead];
    if (typeof value !== 'string' || value.length > 40) return undefined;
    const text = value.trim();
    // Asked of every row's id cell (`AC-0000001`): a coded word ends the text in a letter or a dot, and a phrase
    // holds three letters in a row; a text with neither is answered without the regular expressions.
    const last = text.charCodeAt(text.length - 1);
    const coded = isLatinLetter(last) || last === 0x2e ? CODED_LATIN.exec(text)?.[1] : undefined;
    // `Mean value` whole, else its last word (`Steel avg`, `3-sample mean`).
    const found: [word: string, words: string][] = [];
    if (coded !== undefined)
      for (const word of new Set([coded, coded.split(' ').at(-1)!]))
        if (isSummaryWord(word)) found.push([word, coded]);
    // `Mean of 3`, `Average of above`, `甲厂 Avg`, `平均值 Mean`: a statistic's word inside a short English phrase,
    // told by its values as the coded forms are (hostile-29 W5).
    const phrase =
      found.length === 0 && hasLetterRun(text) && LATIN_STATISTIC_PHRASE.test(text)
        ? LATIN_STATISTIC_WORD.exec(text)
        : null;
    if (phrase !== null) found.push([phrase[1]!, text.slice(phrase.index)]);
    // `s`, `S`, `R`: a statistic's symbol alone, only when the row's values are that statistic (hostile-31 M1).
    if (found.length === 0 && isStatisticLetter(text)) found.push([text, text]);
    const summary = { summary: text, valued: true, byValues: true } as const;
    // Compared to the decimals the cells show (`45.0`, `36;36;35.7`), not a number's shortest form.
    const shown = found.length > 0 ? this.#shown(record, cells) : record;
    for (const [word, words] of found) {
      // A `Max` / `Min` row that copies one sample above on two or more values is one more sample (`KFR-35GW Pro
      // Max` tested as `KFR-35GW Pro`, one report for one chassis: hostile-29 W6), as the mean of values alike is.
      if (EXTREME.test(word) && this.#copiesOneAbove(record)) return undefined;
      if (sumsUp(this.#stats, word, shown, this.fields)) return summary;
      // Several lots and no summary row between them: `L2 Mean` is lot L2's mean, not the table's (fix-input-27).
      const code = text.slice(0, text.length - words.length).replace(/[\s_/#-]+$/u, '');
      const lot = this.#lotRun(code, lead);
      if (lot && sumsUp(lot, word, shown, this.fields)) return summary;
    }
    return undefined;
  }

  /**
   * `own` without the lot keys and 序号 it begins with ({@link isRowKey}): a lot-first sheet (`L1,甲厂平均,…` with
   * `--group-by lot`) names its rows in the cell after the key, the sample id's, as {@link summaryRow} reads a
   * word after a key (fix-input-29's lot-first CSV). The key alone, or nothing after it, leaves `own` as it is.
   */
  #afterKeys(record: Record<string, unknown>, own: readonly string[]): readonly string[] {
    // Asked up to three times of each row (its statistics, then its name): found once per row.
    if (record === this.#afterRecord && own === this.#afterOwn) return this.#after;
    let i = 0;
    while (
      i < own.length &&
      (own[i] === '' || (!this.fields.has(own[i]!) && isRowKey(own[i]!, record[own[i]!], this.#keys)))
    )
      i++;
    let after = own;
    if (i > 0) {
      let next: string | undefined;
      for (let j = i; next === undefined && j < own.length; j++) if (own[j] !== '') next = own[j];
      if (next !== undefined && !this.fields.has(next)) after = own.slice(i);
    }
    this.#afterRecord = record;
    this.#afterOwn = own;
    this.#after = after;
    return after;
  }

  /** Whether one of the recent records gives every numeric indicator value of `record`, the same. */
  #copiesOneAbove(record: Record<string, unknown>): boolean {
    const values: [string, number][] = [];
    for (const key in record) {
      if (!this.fields.has(key)) continue;
      const v = numeric(record[key]);
      if (v !== undefined) values.push([key, v]);
    }
    // One value is always some sample's when it is their largest: nothing to tell by.
    if (values.length < 2) return false;
    return this.#recent.some((above) => values.every(([key, v]) => numeric(above[key]) === v));
  }

  /**
   * A name ending in a summary word (`甲厂合计`, `一车间平均`, `样品平均`: {@link namedLikeSummary}) whose values are the
   * mean or the sum of the rows above it ({@link ColumnStatistics.meanOrSum}, to the decimals shown): with a value
   * under the `--group-by` columns, of the run right above it in that lot alone; else of the table or the block
   * since the last summary row, or of the run that names the name before the word (`甲厂-1`, `甲厂-2`). Such a row sums up its lot and would count in the lot's CV
   * (hostile-27 W7): a summary row. Else it stays a record, which the notice names (a name may end so). Only a row
   * whose id cell ends in such a word is looked at.
   */
  #namedStatistic(
    record: Record<string, unknown>,
    own: readonly string[],
    cells: readonly string[] | undefined,
  ): { summary: string; valued: true; byValues: true } | undefined {
    const text = namedLikeSummary(record, own, this.fields);
    if (text === undefined) return undefined;
    const shown = this.#shown(record, cells);
    const summary = { summary: text, valued: true, byValues: true } as const;
    const above = this.#sumsUpAbove(shown, this.#keys.columns);
    if (above !== undefined) return above ? summary : undefined;
    const name = NAME_THEN_SUMMARY.exec(text)![1]!.replace(/[\s_/#.·-]+$/u, '');
    const lead = own.find((f) => f !== '')!;
    return this.#lotRun(name, lead)?.meanOrSum(shown, this.fields) ? summary : undefined;
  }

  /**
   * Whether a row's values (`shown`) are the mean or the sum of the rows above ({@link ColumnStatistics.meanOrSum}):
   * with a value under `columns` (the `--group-by` keys, a lot column), of the run right above in that lot alone —
   * compared with the lot's run alone, it is not taken for a summary when a sample lands on the table's running mean
   * by chance; else of the table or the block since the last summary row, `undefined` when they are not.
   */
  #sumsUpAbove(shown: Record<string, unknown>, columns: ReadonlySet<string>): boolean | undefined {
    const lot = this.#keyRun(shown, columns);
    if (lot !== null) return lot?.meanOrSum(shown, this.fields) ?? false;
    return this.#stats.meanOrSum(shown, this.fields) ? true : undefined;
  }

  /**
   * A lot's mean (or sum) written as a row of its own and named only in a remark: blank under every id column
   * ({@link NoteRows.#idColumns}: 序号, 样品编号), a summary word alone in a text cell (备注 `平均值`), its values the
   * mean or the sum of its lot's rows right above it (the `--group-by` keys', else a 批号 column's, else the table's
   * or block's). Counted as one more specimen it would lower its lot's CV (committee-37 W1). The word alone makes
   * no summary row: a specimen whose id was left blank keeps a remark such as `平均值` as a record, its values its own.
   */
  #remarkStatistic(
    record: Record<string, unknown>,
    own: readonly string[],
    cells: readonly string[] | undefined,
  ): { summary: string; valued: true; byValues: true } | undefined {
    if (this.#idColumns.length === 0) return undefined;
    for (const id of this.#idColumns) {
      const v = record[id];
      if (v !== undefined && v !== null && (typeof v !== 'string' || v.trim() !== '')) return undefined;
    }
    let word: string | undefined;
    for (const field of own) {
      if (field === '' || this.fields.has(field) || this.#keys.columns.has(field)) continue;
      word ??= summaryText(record[field]);
    }
    if (word === undefined) return undefined;
    const shown = this.#shown(record, cells);
    const keyed = [...this.#keys.columns].some((key) => record[key] !== undefined);
    const above = this.#sumsUpAbove(shown, keyed ? this.#keys.columns : this.#lotColumns);
    return above ? { summary: word, valued: true, byValues: true } : undefined;
  }

  /**
   * `record` with its indicator values as a CSV row's `cells` show them (`50.0`, where the record holds 50; a
   * specimen list `36.0;35.5`), for the decimals they are rounded to; a cell that is no plain number (a unit converted, a mark) keeps the value.
   */
  #shown(record: Record<string, unknown>, cells: readonly string[] | undefined): Record<string, unknown> {
    if (cells === undefined) return record;
    const shown: Record<string, unknown> = { ...record };
    for (let i = 0; i < this.#header.length; i++) {
      const field = this.#header[i]!;
      const value = record[field];
      if (!this.fields.has(field)) continue;
      const text = trimCell(cells[i] ?? '');
      if (typeof value === 'number') {
        if (PLAIN_NUMBER.test(text) && Number(text) === value) shown[field] = text;
      } else if (Array.isArray(value) && shownList(text, value)) shown[field] = text;
    }
    return shown;
  }

  /**
   * The statistics of the run of records right above that have the row's values under the `--group-by` columns
   * (lot `L1`): two or more, else `undefined`; `null` when there are no such columns or the row has no value
   * under them (no lot to compare with).
   */
  #keyRun(
    record: Record<string, unknown>,
    columns: ReadonlySet<string>,
  ): ColumnStatistics | undefined | null {
    if (columns.size === 0) return null;
    let keyed = false;
    for (const key of columns) if (record[key] !== undefined) keyed = true;
    if (!keyed) return null;
    const n = this.#recent.length;
    const lot = new ColumnStatistics();
    let run = 0;
    for (let k = 1; k <= n; k++) {
      const above = this.#recent[(this.#next - k + n) % n]!;
      let same = true;
      for (const key of columns) if (!sameKey(above[key], record[key])) same = false;
      if (!same) break;
      lot.add(above, this.fields);
      run++;
    }
    return run >= 2 ? lot : undefined;
  }

  /**
   * The statistics of the records right above that name lot `code` in a text cell (not the id cell `idField`'s
   * own text, which is the summary row's): a cell that is the code (`L2` in a lot column), or an id that starts
   * with it and a separator (`L2-1`, `L2 #3`). Two or more such records in a run, else `undefined`.
   */
  #lotRun(code: string, idField: string): ColumnStatistics | undefined {
    if (code === '') return undefined;
    const n = this.#recent.length;
    const lot = new ColumnStatistics();
    let run = 0;
    for (let k = 1; k <= n; k++) {
      const record = this.#recent[(this.#next - k + n) % n]!;
      if (!this.#namesLot(record, code, idField)) break;
      lot.add(record, this.fields);
      run++;
    }
    return run >= 2 ? lot : undefined;
  }

  /** Whether a record's text cells name lot `code` ({@link NoteRows.#lotRun}). */
  #namesLot(record: Record<string, unknown>, code: string, idField: string): boolean {
    for (const key in record) {
      if (this.fields.has(key)) continue;
      const v = record[key];
      if (typeof v !== 'string') continue;
      const t = v.trim();
      if (t === code && key !== idField) return true;
      if (t.length > code.length && t.startsWith(code) && /[\s_/#.-]/u.test(t[code.length]!)) return true;
    }
    return false;
  }

  /**
   * Whether a row whose id cell is a summary word is a record named so: it gives a value under as many indicator
   * columns as a full record does, and they are not the word's statistic of the records above
   * ({@link ColumnStatistics.fits}; only Latin words that are also names are asked).
   */
  #byValues<T extends { summary: string; valued?: true }>(
    named: T,
    record: Record<string, unknown>,
  ): T | (T & { byValues: true }) {
    // A full row under `Max` or `Mean` is skipped because its values are that statistic ({@link #namedRecord}):
    // the notice says so, not "whatever their values" (hostile-30 M6).
    if (!named.valued || !this.#full(record) || !this.#stats.judges(named.summary, record, this.fields))
      return named;
    return { ...named, byValues: true };
  }

  /** Whether a row gives as many indicator values as the fullest record so far (or every indicator column). */
  #full(record: Record<string, unknown>): boolean {
    const full = this.#fullest > 0 ? Math.min(this.#columns, this.#fullest) : this.#columns;
    let n = 0;
    for (const key in record) if (this.fields.has(key)) n++;
    return n > 0 && n >= full;
  }

  #namedRecord(record: Record<string, unknown>, word: string): boolean {
    return this.#full(record) && !this.#stats.fits(word, record, this.fields);
  }

  /** A record: how many indicator values it gives, if more than any record's before it, is the new fullest. */
  #record<T extends { record: Record<string, unknown> }>(built: T): T {
    this.#stats.add(built.record, this.fields);
    if (this.#recent.length < RECENT) this.#recent.push(built.record);
    else this.#recent[this.#next] = built.record;
    this.#next = (this.#next + 1) % RECENT;
    // A record with a value under every indicator column has been seen: nothing to count.
    if (this.#fullest >= this.#columns) return built;
    let n = 0;
    for (const key in built.record) if (this.fields.has(key)) n++;
    if (n > this.#fullest) this.#fullest = n;
    return built;
  }
}

/** The end-of-table mark (`以下空白`, `——以下无正文——`) among a row's cells with a value, as written. */
function endMarkIn(record: Record<string, unknown>, own: readonly string[]): string | undefined {
  for (const field of own) {
    const v = record[field];
    if (typeof v === 'string' && isEndMark(v.trim())) return v.trim();
  }
  return undefined;
}

/**
 * Whether a cell's text is the mark a Chinese test report closes its table with: `以下空白`, `（以下空白）`,
 * `——以下无正文——`, `报告结束`, `End of report`. Rows after it are graded, and named in a notice.
 *
 * @example
 * isEndMark('——以下空白——'); // true
 * isEndMark('合计'); // false
 */
export function isEndMark(text: string): boolean {
  return END_MARK.test(text);
}

/** How many records back a lot's run is looked for ({@link NoteRows}): a lot of more is compared with the table. */
const RECENT = 256;

/** A Latin word for the largest or the smallest value (`Max`, `min.`, `Maximum:`). */
const EXTREME = /^(?:max|min)(?:imum)?\.?:?$/i;

/** A short phrase of Latin words, figures and a name (`Mean of 3`, `甲厂 Avg`, `平均值 Mean`) that may name a statistic. */
const LATIN_STATISTIC_PHRASE = /^(?=.*[A-Za-z]{3})[\p{Script=Han}A-Za-z0-9\s.()（）#:=-]{3,40}$/u;
/** A statistic's word in such a phrase, as a whole word (`mean` of `Mean of 3`, not of `Meander`). */
const LATIN_STATISTIC_WORD =
  /(?<![A-Za-z])(mean|average|avg|ave|median|total|sum|max(?:imum)?|min(?:imum)?)\.?(?![A-Za-z])/iu;

/** Whether a UTF-16 unit is an ASCII letter. */
function isLatinLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}

/** Whether a text holds three ASCII letters in a row, as {@link LATIN_STATISTIC_PHRASE} asks first. */
function hasLetterRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isLatinLetter(text.charCodeAt(i)) ? run + 1 : 0;
    if (run === 3) return true;
  }
  return false;
}

/** A code, a separator and a Latin word or two (`L1 Mean`, `Lot 2 avg`, `S-avg`, `L1 Mean value`): the word. */
const CODED_LATIN =
  /^[A-Za-z0-9][\w./#-]*?(?:\s+\d+)?[\s_/#-]+([A-Za-z][A-Za-z.]*(?:\s[A-Za-z][A-Za-z.]*)?)$/;

/**
 * Where a row of notes is. `header` when it repeats a line of the header;
 * `summary` when it is a summary row (`合计,2`, a 平均 row over every
 * indicator): its word as written, named in the notice; dropped even with a
 * kept value. `valued` when it has a cell under an indicator column (a
 * closing line written under 牌号), which the notice must not call a row
 * without one. `spanned`: a sheet's line of notes merged across indicator
 * columns (填表人：…　审核人：…), dropped even with a kept value. `end`: the end-of-table mark it holds.
 * `byValues`: a summary row told by its values.
 */
export type NotesPlace = (RowPlace | { fileRow: number }) & {
  header?: true;
  /** With `header`: a line that states the unit (`单位：W`, a units row), part of a header but no repeat of it. */
  units?: true;
  summary?: string;
  valued?: true;
  spanned?: true;
  /** The end-of-table mark the row holds (`以下空白`), as written: rows graded after it are named. */
  end?: string;
  /**
   * A summary row told by its values, not by its word alone: a name or code before the word (`甲厂平均`, `L2 Mean`)
   * over the mean, sum or other statistic of the rows above. The notice says so, not "whatever its values".
   */
  byValues?: true;
  /** Every cell a sign-off (`检验员：张三`, `Checked by: Li`): the notice names sign-off lines. */
  signOff?: true;
  /** The row's only cell a section's title (`二、出厂检验`, `（一）型式检验`), as written: the notice names it. */
  section?: string;
};

// A role that signs a test report off, then a colon (full-width, or ASCII) and the name (which may be left blank).
const SIGNED =
  /^(?:检验员?|检测员?|试验员|审核员?|审核人|批准人?|记录人?|校核人?|复核人?|制表人?|编制人?|主检人?|签发人?|报告人|负责人|签字|签名|inspector|inspected by|tested by|checked by|reviewed by|approved by|prepared by|recorded by)\s*(?:：|:)/iu;

/**
 * Whether a cell is a sign-off, a role and a colon before the name: `检验员：张三`, `审核: 李四`, `Approved by: Wang`.
 *
 * @example
 * isSignOff('审核：李四'); // true
 * isSignOff('HRB400'); // false
 */
export function isSignOff(v: unknown): boolean {
  return typeof v === 'string' && SIGNED.test(v.trim());
}

/** Whether a row is a closing line: a note's text alone (`mark`), or a summary word with a count or two after it. */
function markKind(
  field: string | undefined,
  count: number,
  record: Record<string, unknown>,
): 'summary' | 'mark' | undefined {
  const first = field === undefined ? undefined : record[field];
  if (typeof first !== 'string') return undefined;
  const text = first.trim();
  if (isSummaryWord(text)) return count <= 3 ? 'summary' : undefined;
  return count === 1 && isNoteText(text) ? 'mark' : undefined;
}

/**
 * Whether a row is a summary row (see {@link NoteRows}): its id or name cell — the leftmost of `own`, the
 * fields of its cells with a value of their own in column order, a column with no heading aside — is
 * outside `fields` (the indicators' and mapped fields) and holds a summary word. The word as written, and
 * `valued` when the row has a value under an indicator column.
 */
export function summaryRow(
  record: Record<string, unknown>,
  own: readonly string[],
  fields: ReadonlySet<string>,
  keys?: RowKeys,
): { summary: string; valued?: true } | undefined {
  let summary: string | undefined;
  for (const field of own) {
    if (field === '') continue;
    if (fields.has(field)) return undefined;
    const value = record[field];
    summary = summaryText(value);
    if (summary !== undefined) break;
    // A lot key or a 序号 before the word names no row: `L1,平均,…`, `3,全省平均,…` (hostile-27 W1).
    if (!keys || !isRowKey(field, value, keys)) return undefined;
  }
  if (summary === undefined) return undefined;
  return own.some((f) => fields.has(f)) ? { summary, valued: true } : { summary };
}

/**
 * What may stand before a summary row's word without being the row's name ({@link summaryRow}): a cell of a
 * column the records are grouped or tallied by (`columns`: `--group-by lot`), or a whole number (a 序号 column).
 * A text cell of another column before the word (`甲厂,合计,…` with no `--group-by`) may be the row's name: the
 * row stays a record unless it is a lot's short subtotal (see `summaryUnder`).
 */
export interface RowKeys {
  /** The `--group-by` / `--tally-by` columns, by field. */
  columns: ReadonlySet<string>;
}

/** Whether a cell before a summary word is a {@link RowKeys} cell. */
function isRowKey(field: string, value: unknown, keys: RowKeys): boolean {
  if (keys.columns.has(field)) return true;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value < 1e6;
  return typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value);
}

/**
 * A record row that is a summary row if a column is the kept sample-id one: the column (`field`) and the
 * row as notes. Set by {@link NoteRows} and turned into `notesOnly` once the kept columns are known.
 */
export interface SummaryUnder {
  field: string;
  notes: NotesPlace;
}

/**
 * A row whose summary word is not in its first cell: text cells before it (the lot, `L1`), the word in a
 * column outside `fields` (the sample ids), and at most two cells after it (a count or two: `L1,合计,2`,
 * `L1,合计,,,4.85`). It is a summary row when the word's column is the kept sample-id column (see
 * `keepColumns`), which the reader does not know yet; a sample named `合计-01` is no summary word.
 */
function summaryUnder(
  record: Record<string, unknown>,
  own: readonly string[],
  fields: ReadonlySet<string>,
): { field: string; notes: { summary: string; valued?: true } } | undefined {
  // The filled fields (`own` without '') after the first, walked in place: this runs on every row.
  let filled = 0;
  for (let i = 0; i < own.length; i++) {
    const field = own[i]!;
    if (field === '' || filled++ === 0) continue;
    // A value before the word: the word is no row's name.
    if (fields.has(field)) return undefined;
    const summary = summaryText(record[field]);
    if (summary === undefined) continue;
    const after = own.slice(i + 1).filter((f) => f !== '');
    if (after.length > 2) return undefined;
    return { field, notes: after.some((f) => fields.has(f)) ? { summary, valued: true } : { summary } };
  }
  return undefined;
}

/** A name (group 1), then a summary word that ends it (`甲厂合计`, `华东区平均`, `一车间平均值`). */
const NAME_THEN_SUMMARY = /^(.+?)(?:合计|小计|总计|平均值?|均值)$/u;

/** A cell written as a plain number (`50.0`, `-3`): its decimals are the ones shown. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** Whether a CSV cell (`36.0;35.5;36.0`) writes a specimen list read as `values`, each as a plain number. */
function shownList(text: string, values: readonly unknown[]): boolean {
  const written = text.split(/[;；]/);
  return (
    written.length === values.length &&
    written.every((w, i) => PLAIN_NUMBER.test(w.trim()) && Number(w) === values[i])
  );
}

/** Whether two rows have the same value under a `--group-by` column (text compared trimmed). */
function sameKey(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim();
}

/**
 * A record's id or name cell when it ends in a summary word after a name that is no lot key, period or qualifier
 * ({@link isSummaryWord} reads those): `甲厂合计`, `华东区平均`. It may be an enterprise's or a workshop's name, so
 * the row is a summary only when its values sum up the rows above (`NoteRows.#namedStatistic`); else it stays a
 * record and the notice names it. Asked of every row's id cell: its last character decides first.
 */
function namedLikeSummary(
  record: Record<string, unknown>,
  own: readonly string[],
  fields: ReadonlySet<string>,
): string | undefined {
  const lead = own.find((f) => f !== '');
  if (lead === undefined || fields.has(lead)) return undefined;
  const value = record[lead];
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const last = text.charCodeAt(text.length - 1);
  // 计, 均, 值: nearly every id ends otherwise.
  if (last !== 0x8ba1 && last !== 0x5747 && last !== 0x503c) return undefined;
  return text.length <= 24 && NAME_THEN_SUMMARY.test(text) && !isSummaryWord(text) ? text : undefined;
}

/** A cell's text, trimmed, when it is a summary word ({@link isSummaryWord}). */
function summaryText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return isSummaryWord(text) ? text : undefined;
}

/**
 * Whether a CSV/TSV line with fewer cells than the header may be a summary line, to be read as if padded to
 * the header's width and judged by {@link NoteRows}: its first cell with text a summary word (`合计,2` typed
 * without the commas after; `,小计,化工,77.5` cut short by a tool that drops trailing empties), or a later
 * one with at most two cells after it (`L1,合计,2`, a lot's subtotal).
 */
export function isShortSummary(cells: readonly string[]): boolean {
  const filled = cells.map(trimCell).filter((c) => c !== '');
  // The word first, or after the lot with at most two cells after it (`L1,合计,2`).
  return filled.some((text, i) => isSummaryWord(text) && (i === 0 || filled.length - i - 1 <= 2));
}

/**
 * Whether a cell's text is a summary word a table's closing rows are named by: 合计, 总计, 小计, 汇总, 平均(值/分),
 * 均值, 算术平均值, 全省平均 (全市, 全区, 全县, 全国), 合格率 and the other rates (达标率, 一级品率, 优等品率), 最大(值),
 * 最小(值), 标准差, 极差, 变异系数 (also with its symbol: 变异系数Cv, 标准差S, 极差R), 离散系数, 中位数, 中值, 代表值, 特征值, 样本数, 抽样数, total, average, Avg, Ave,
 * Max, Min, SD, Std, St.dev, σ, x̄, Σ and the like — or a line that states the scale above the records
 * ({@link isFullMarksWord}: 满分, 标准分, 权重, Full marks). Folded: white space anywhere (`合　计`), full-width forms,
 * a trailing colon (`合计：`); a unit or a count after the word (`合格率/%`, `平均值（MPa）`, `合计（共2台）`, `合计(2)`,
 * `合格率%`) is the word's, and so are the forms {@link wordForm} reads (`（满分）`, `满分:100`, `满分100分`, `行业平均`,
 * `平均得分`, `Max. score`). The whole cell must be the word: `合计-01`, `Max 1` and `平均气温试验` are sample ids. A
 * bare letter is no summary word (`s` for a standard deviation is also a sample named `s`), but for σ and x̄.
 *
 * @example
 * isSummaryWord('合　计：'); // true
 * isSummaryWord('平均值（MPa）'); // true
 * isSummaryWord('平均气温试验'); // false
 */
export function isSummaryWord(text: string): boolean {
  return isWord(text, SUMMARY_WORDS);
}

/**
 * Whether a cell's text (folded as {@link isSummaryWord} folds it) names a line that states a score sheet's scale
 * rather than a record: the items' full marks (满分, 满分值, 标准分, 分值, 总分, Full marks, Max score) or their
 * weights (权重, Weight). Such a line under the header — 100 under every item — would pass every cutoff.
 *
 * @example
 * isFullMarksWord('满分（100）'); // true
 * isFullMarksWord('合计'); // false
 */
export function isFullMarksWord(text: string): boolean {
  return isWord(text, FULL_MARKS_WORDS);
}

/**
 * Lists of {@link WordForms} asked together, with their answers for the texts asked last: a sheet's text columns
 * (brand, type, remark) repeat a few texts on every row, and each answer takes several regular expressions over the
 * folded text. Emptied when full, so a column of unique texts costs a lookup more a row, not memory.
 */
interface WordLists {
  forms: readonly WordForms[];
  answers: Map<string, boolean>;
}

/** How many texts a {@link WordLists} remembers before it forgets them all. */
const ANSWERS_KEPT = 512;

/** Whether a cell's text, folded, is a word of one of `lists`, alone or in one of the forms {@link wordForm} reads. */
function isWord(text: string, lists: WordLists): boolean {
  // Short words only: folding a long cell is work for nothing.
  if (text.length > 24) return false;
  // Asked of every row's id cell: printable ASCII with no space, colon, bracket, slash or % (`AC25-000123`) is
  // its own folded form, with nothing after a word but a plain suffix (`Meanscore`). In ASCII the words and
  // their composed forms are letters and dots alone (`avg.`, `s.d.`, `Max.score`): a digit, a dash or any other
  // sign says no before a regular expression runs (a sample id's cell, on every row).
  let plain = true;
  let sign = false;
  for (let i = 0; plain && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x25 || c === 0x28 || c === 0x29 || c === 0x2f || c === 0x3a)
      plain = false;
    else if (c !== 0x2e && ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a)) sign = true;
  }
  if (plain && sign) return false;
  const known = lists.answers.get(text);
  if (known !== undefined) return known;
  const folded = plain
    ? text
    : text
        .normalize('NFKC')
        .replace(/\s+/g, '')
        .replace(/[:：]+$/, '')
        // The Japanese form of 值 (平均値), which NFKC keeps.
        .replace(/値/g, '值');
  // Plain ASCII is read as the word alone, without the forms around it (a lot key before it, a unit after it).
  const answer = lists.forms.some((words) =>
    plain ? words.bare.test(text) || words.composed.test(text) : wordForm(folded, words, 0),
  );
  if (lists.answers.size >= ANSWERS_KEPT) lists.answers.clear();
  lists.answers.set(text, answer);
  return answer;
}

/**
 * Whether a folded cell is a word of `words` in a form a sheet's furniture line takes, rather than by the list
 * of whole words alone (hostile-25 W8): the word itself, or with a scope before it and a score suffix after it
 * ({@link WordForms} `composed`: `行业平均`, `同行业平均`, `总体平均`, `样本均值`, `平均得分`, `平均水平`, `最高分值`,
 * `权重系数`, `分数上限`, `Mean score`, `Max. score`, `Σ分`); the word wrapped in brackets (`（满分）`, `【满分】`);
 * the word, a colon or `=` and a number (`满分:100`, `满分：100分`); the word, a number and 分 or points
 * (`满分100分`); the word and its unit or a count (`合格率/%`, `平均值(MPa)`, `合计(共2台)`, `合格率%`). A
 * number after the word with nothing after it (`Max1`, `合计2`) is an id's, and a slash before a number
 * (`Max/01`). `depth` bounds the unwrapping (a bracket inside a bracket).
 */
function wordForm(folded: string, words: WordForms, depth: number): boolean {
  if (words.bare.test(folded) || words.composed.test(folded)) return true;
  if (depth > 1) return false;
  // A summary word after a lot key, a period or a qualifier (`L1平均`, `2025年10月平均`, `组平均`, `本月合计(3台)`):
  // the lot's, the month's, the group's summary row (hostile-26 W3). Only a Chinese word (or σ, Σ) is read so:
  // a Latin one after a code (`S-avg`, `L1 Mean`) may be a sample's name, asked of its values by NoteRows.
  if (words === SUMMARY_FORMS) {
    const rest = SUMMARY_PREFIX.exec(folded)?.[1];
    if (rest !== undefined && rest !== folded && wordForm(rest, words, depth + 1)) return true;
  }
  const inner = bracketInside(folded);
  if (inner !== undefined && wordForm(inner, words, depth + 1)) return true;
  // The word, then its scale: `满分:100`, `满分=100分`, `满分100分`.
  const scaled = SCALED.exec(folded)?.[1];
  if (scaled !== undefined && wordForm(scaled, words, depth + 1)) return true;
  // The word, then its unit or a count: `合格率/%`, `平均值(MPa)`, `合计(共2台)`, `合格率%`.
  const word = /^(.+?)(?:\([^()]{1,12}\)|\/[^\d/][^/]{0,11}|%)$/u.exec(folded)?.[1];
  return word !== undefined && (words.bare.test(word) || words.composed.test(word));
}

// What may stand before a summary word in a lot's or a period's summary row, the cell folded (no white space):
// a lot key or a code (`L1`, `2025-01`, `S1`: ASCII letters and digits), then periods (`2025年10月`, `10月份`,
// `本月`, `第3季度`) and qualifiers (`组`, `本批`, `每组`, `第2批`), each with a dash or a dot after it or none.
// The word must start with a character outside ASCII (平均, σ): a Latin one is no part of this.
const CN_NUMBER = '[\\d一二三四五六七八九十〇零两]+';
const PERIOD = `\\d{2,4}年度?(?:\\d{1,2}月份?)?(?:\\d{1,2}[日号])?|\\d{1,2}月份?(?:\\d{1,2}[日号])?|\\d{1,2}[日号]|第${CN_NUMBER}(?:季度?|周|天|月|年)|(?:本|当|上|全)?(?:年度?|季度?|月份?|周|日|天)`;
const QUALIFIER = `(?:本|每|该|第${CN_NUMBER})?(?:组|批次?|班|页|表|车间)`;
const SUMMARY_PREFIX = new RegExp(
  `^(?:[A-Za-z0-9][A-Za-z0-9_\\-./#]*[-_/·.#]?)?(?:(?:${PERIOD}|${QUALIFIER})[-_/·.]?)*(?=[^\\x00-\\x7F])(.+)$`,
  'u',
);

/** The inside of a cell wrapped whole in one pair of brackets (NFKC has made `（）［］｛｝＜＞` ASCII). */
function bracketInside(folded: string): string | undefined {
  const close = BRACKETS[folded[0] ?? ''];
  return close !== undefined && folded.length > 2 && folded.endsWith(close) ? folded.slice(1, -1) : undefined;
}

const BRACKETS: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '<': '>',
  '【': '】',
  '〔': '〕',
  '《': '》',
  '〈': '〉',
  '「': '」',
};

/** The word (group 1), then `:` or `=` and a number with 分 / points / % or nothing after it, or a number and 分. */
const SCALED = /^(.+?)(?:[:=]\d+(?:\.\d+)?(?:分|points?|pts?|%)?|\d+(?:\.\d+)?(?:分|points?|pts?))$/iu;

/**
 * A sign-off or note line's text (`制表：质检站 2025-12-01`, `审核：张三`, `Checked by: Li`): a full-width
 * colon, or a colon and a space; a sign-off without a colon (`检验员 张三  审核员 李四`); the end-of-table
 * mark a Chinese test report closes with (`以下空白`, `——以下无正文——`, `报告结束`); a page mark
 * (`第 1 页 共 3 页`, `共 3 页`, `Page 1 of 3`); a summary word (`合计`, `合格率`). In a row with no indicator
 * value, under a sample-id column qgrade found itself, such text is a note, not a sample id: a sheet typed
 * by hand puts its sign-off in column A.
 *
 * @example
 * isNoteText('（以下空白）'); // true
 * isNoteText('G-01'); // false
 */
export function isNoteText(v: string): boolean {
  return (
    /：|:\s/.test(v) ||
    END_MARK.test(v) ||
    PAGE_MARK.test(v) ||
    SIGN_OFF.test(v) ||
    isSummaryWord(v) ||
    sectionTitle(v) !== undefined
  );
}

/**
 * A section's title as a committee's or a lab's sheet writes one between its records, trimmed: a list number, then
 * words — `二、出厂检验`, `（一）型式检验`, `1、常规项目`, `第二部分 型式检验`, `II. Type tests`, `Part B: routine` —
 * and nothing else on its row; `undefined` for any other text (a sample id, `一等品`, `1.5`, `A-01`). No sample id
 * is written so (committee-46).
 *
 * @example
 * sectionTitle('二、出厂检验'); // '二、出厂检验'
 * sectionTitle('KFR-35GW/B3'); // undefined
 */
export function sectionTitle(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const text = v.trim();
  return text.length <= 60 && SECTION_TITLE.test(text) ? text : undefined;
}

// A list number (Chinese 一、 (一) 第一部分, Arabic 1、 (1), Roman or a letter with a dot, Part/Section …), then a word:
// a Han character or two letters (`A. O. Smith`, a name's initials, is no title).
const SECTION_TITLE =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]|\d{1,2}\s*、|第\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[部分章节类]+|(?:[IVX]{1,4}|[A-H])\.\s|(?:part|section)\s+(?:\d{1,2}|[IVX]{1,4}|[A-H])\s*[.:：]?\s)\s*(?:\p{Script=Han}|\p{L}{2})/iu;

// The marks a printed report draws around its end-of-table words: dashes, stars, brackets.
const END_MARK =
  /^[\s\-—－_=*.…（(【[]*(?:以下(?:空白|无正文|无内容|无)|(?:本|此)?(?:报告|表)(?:到此|至此|正文)?(?:结束|完)|end of (?:report|table))[\s\-—－_=*.…）)】\]]*$/i;
const PAGE_MARK =
  /^(?:第\s*\d+\s*页\s*[,，/、]?\s*)?共\s*\d+\s*页$|^第\s*\d+\s*页$|^page\s+\d+(?:\s*(?:of|\/)\s*\d+)?$/i;
// A role, then white space and a name (not a number: `检验 1` may be a sample id).
const SIGN_OFF =
  /^(?:检验员?|检测员?|试验员|审核员?|审核人|批准人?|制表人?|编制人?|校核人?|复核人?|主检人?|签发人?|报告人|记录人?|负责人)\s+[^\s\d]/;
// Matched against the folded text (no white space, no trailing colon, NFKC): `pass rate` is `passrate`.
// A statistic's Chinese word may carry its symbol after it (`变异系数Cv`, `变异系数 Cv(%)`, `标准差S`, `极差R`): the
// symbol names the statistic, no sample (fix-input3-33). x̄ is x and
// a combining macron (no precomposed form); Σ and ∑ (the n-ary sum sign) both write a sum.
const SUMMARY =
  /^(?:合计|总计|小计|共计|累计|汇总|本页(?:合计|小计)|平均[值分数]?|均[值分]|算术平均值?|全(?:省|市|区|县|国)平均[值分]?|(?:合格|不合格|达标|一级品|一等品|优等品|合格品|优良品?|抽检合格)率|合格数|不合格数|总数|样品数量?|样本数量?|样本量|检验数量?|抽样数量?|统计|最大值?|最小值?|最高分?|最低分?|(?:标准差|标准偏差)(?:s|sd|σ)?|极差r?|(?:变异系数|离散系数)(?:cv|c\.v\.)?|中位[数值]|中值|代表值|特征值|[日月年周]均值?|(?:平均值?|均值|x\u0304)±(?:s|sd|σ|std|标准差|标准偏差)|(?:mean|avg|average)±(?:s|sd|σ|std)|total|grandtotal|overall|sum|subtotal|average|avg\.?|ave\.?|mean|meanvalue|median|count|passrate|max|min|maximum|minimum|range|sd|s\.d\.|std\.?|st\.?dev\.?|std\.?dev\.?|standarddeviation|cv|[σΣ∑]|x\u0304)$/i;
// A line stating the scale: the items' full marks or weights (see isFullMarksWord).
const FULL_MARKS =
  /^(?:满分值?|标准分值?|分值|总分|权重|权数|上限|评分标准|fullmarks?|fullscore|max\.?score|maximumscore|weights?)$/i;

/**
 * A list of words and the same words in the forms a furniture line composes them (hostile-25 W8): a scope before
 * (行业, 同行业, 区域, 总体, 样本, 全省 …: `行业平均`), a score word before (分数, 得分, 分值, 评分: `分数上限`,
 * `分值权重`, `得分合计`), an abbreviation's dot (`Max.`), and a score suffix after (分, 分值, 得分, 值, 水平, 系数,
 * score, points, value: `平均得分`, `最高分值`, `权重系数`, `Mean score`, `Σ分`). Each part is one of a short list and
 * the whole cell must be read by them, so a name with anything else in it (`满分科技有限公司`, `平均气温试验`) is no
 * such word.
 */
interface WordForms {
  bare: RegExp;
  composed: RegExp;
}

const SCOPE =
  '行业|同行业|全行业|区域|地区|本地区|总体|整体|全体|样本|参评|本组|本批|全(?:省|市|区|县|国)|industry|sector|regional|national|sample|group';
const SCORE = '分数|得分|分值|评分|score';
const SUFFIX = '分|分值|分数|得分|值|水平|系数|scores?|points?|pts|marks?|values?|level';

function wordForms(words: RegExp): WordForms {
  const body = words.source.slice(1, -1);
  return {
    bare: words,
    composed: new RegExp(`^(?:${SCOPE})?(?:${SCORE})?${body}\\.?(?:${SUFFIX})?$`, 'iu'),
  };
}

const SUMMARY_FORMS = wordForms(SUMMARY);
const FULL_MARKS_FORMS = wordForms(FULL_MARKS);
const SUMMARY_WORDS: WordLists = { forms: [SUMMARY_FORMS, FULL_MARKS_FORMS], answers: new Map() };
const FULL_MARKS_WORDS: WordLists = { forms: [FULL_MARKS_FORMS], answers: new Map() };

/** Places listed in the notice; more are counted and shown as "…". */
const LISTED = 10;

/**
 * Drops the rows that hold only notes ({@link NoteRows}) and have no kept
 * value (a row with only a sample id stays a record: a sample with every
 * value missing), and a repeated header or a summary line whatever it
 * keeps, numbering the records after them as if they were
 * blank rows. Once the input ends, `onNotice` is told which rows were
 * skipped, so none goes unsaid. Run after the kept values are attached.
 */
export function dropNoteRows(
  items: AsyncIterable<InputItem>,
  onNotice: ((text: LocalizedText) => void) | undefined,
): Batched<InputItem> {
  return batched(async function* () {
    let skipped = 0;
    // Whether a row skipped had a cell under an indicator column: the notice then says "closing lines".
    let valued = false;
    // Whether a row skipped was a sign-off line with a cell under an indicator column: the notice names them.
    let signOff = false;
    const places: NotesPlace[] = [];
    // Summary rows, listed apart with their words (合计, 平均): a closing row with values is named, not lost.
    const summaries: NotesPlace[] = [];
    let summaryCount = 0;
    let headerCount = 0;
    // The first end-of-table mark skipped (`以下空白`), and the records read after it (hostile-26 M2).
    let end: NotesPlace | undefined;
    const after: NotesPlace[] = [];
    let afterCount = 0;
    // Records named like a summary row (`甲厂合计`): graded, and named at the end (fix-input-27).
    const like: NotesPlace[] = [];
    let likeCount = 0;
    // Section titles between the records (`二、出厂检验`), named in the notice (committee-46).
    const sections: NotesPlace[] = [];
    let sectionCount = 0;
    for await (const batch of batchesOf(items)) {
      const out: InputItem[] = [];
      for (const item of batch) {
        if ('record' in item && item.summaryLike) {
          if (!item.notesOnly && likeCount++ < LISTED) like.push(item.summaryLike);
          delete item.summaryLike;
        }
        if (end && 'record' in item && !dropped(item)) {
          if (afterCount++ < LISTED) after.push(item.place ?? { fileRow: item.row });
        }
        if ('record' in item && item.notesOnly) {
          // A repeated header is skipped even with a value under a named column (its heading), a summary
          // line even with its count under the sample ids (`合计,4`), a sign-off merged across the table
          // even with its text in a kept column.
          if (
            !item.kept ||
            item.notesOnly.header ||
            item.notesOnly.summary ||
            item.notesOnly.spanned ||
            item.notesOnly.section !== undefined
          ) {
            skipped++;
            if (item.notesOnly.end !== undefined) end ??= item.notesOnly;
            if (item.notesOnly.valued && item.notesOnly.section === undefined) valued = true;
            if (item.notesOnly.signOff) signOff = true;
            if (item.notesOnly.header) headerCount++;
            if (item.notesOnly.section !== undefined && sectionCount++ < LISTED)
              sections.push(item.notesOnly);
            if (places.length < LISTED) places.push(item.notesOnly);
            if (item.notesOnly.summary !== undefined && summaryCount++ < LISTED)
              summaries.push(item.notesOnly);
            continue;
          }
          delete item.notesOnly;
        }
        // The reader's own item, made for this row: renumbered, not copied.
        if (skipped > 0) item.row -= skipped;
        out.push(item);
      }
      yield out;
    }
    // Section titles said apart, with their words; the other rows as before.
    if (sectionCount > 0) onNotice?.(sectionsText(sections, sectionCount));
    const rest = skipped - sectionCount;
    if (rest > 0)
      onNotice?.(
        skippedText(
          rest,
          places.filter((p) => p.section === undefined),
          valued,
          summaries,
          summaryCount,
          headerCount,
          signOff,
        ),
      );
    if (end && afterCount > 0) onNotice?.(afterEndText(end, after, afterCount));
    if (likeCount > 0) onNotice?.(summaryLikeText(like, likeCount));
  });
}

/**
 * The notice for the section titles skipped (`二、出厂检验` between a sheet's records), each by its row and text
 * (the first {@link LISTED} of `count`): not records, and not graded invalid (committee-46).
 */
function sectionsText(rows: readonly NotesPlace[], count: number): LocalizedText {
  const listed = rowsListed(rows, count, (p) => p.section);
  const n = countText(count);
  const one = count === 1;
  return localized(
    `跳过 ${n} 行分节标题，不作为记录：${listed.zh}`,
    `skipped ${n} section title${one ? '' : 's'}, not counted as ${one ? 'a record' : 'records'}: ${listed.en}`,
  );
}

/** Rows by place and text (`工作表第 2 行“一、出厂检验”`), the first {@link LISTED} of `count`, `…` after them if more. */
function rowsListed(
  rows: readonly NotesPlace[],
  count: number,
  text: (p: NotesPlace) => string | undefined,
): LocalizedText {
  const unit = unitOf(rows[0]!);
  const more = count > rows.length ? { zh: '…', en: ', …' } : { zh: '', en: '' };
  return localized(
    rows.map((p) => `${unit.zh}第 ${number(p)} 行“${text(p)}”`).join('、') + more.zh,
    rows.map((p) => `${unit.en} ${number(p)} "${text(p)}"`).join(', ') + more.en,
  );
}

/**
 * The notice for records whose name ends in a summary word (`甲厂合计`): graded as records, since a name may end
 * so, and listed (the first {@link LISTED} of `count`) for the user to delete a row that sums up the rows above.
 */
function summaryLikeText(rows: readonly NotesPlace[], count: number): LocalizedText {
  const listed = rowsListed(rows, count, (p) => p.summary);
  const n = countText(count);
  const one = count === 1;
  return localized(
    `${n} 行按记录分级，但其名称以汇总词结尾：${listed.zh}；名称（企业、车间）也可能这样结尾，因此没有跳过；如果某行是上方各行的合计或平均，请删去它`,
    `${n} row${one ? '' : 's'} graded as ${one ? 'a record' : 'records'} although ${one ? 'its name ends' : 'their names end'} in a summary word: ${listed.en}; a name (an enterprise, a workshop) may end so, so ${one ? 'it was' : 'they were'} not skipped; if one sums up the rows above it, delete it`,
  );
}

/** Whether {@link dropNoteRows} drops a row of notes whatever it keeps: a header repeat, a summary, a spanned line. */
function dropped(item: InputItem): boolean {
  if (!('record' in item) || !item.notesOnly) return false;
  const n = item.notesOnly;
  return !item.kept || n.header === true || n.summary !== undefined || n.spanned === true;
}

/**
 * The notice for records read after a table's end mark (`以下空白`): the mark and where, and the rows graded
 * after it (the first {@link LISTED} of `count`), which may be a stale copy or a second table. They stay graded.
 */
function afterEndText(end: NotesPlace, rows: readonly NotesPlace[], count: number): LocalizedText {
  const unit = unitOf(end);
  const at = number(end);
  const more = count > rows.length;
  const numbers = rows.map(number);
  const zh = `${numbers.join('、')}${more ? '…' : ''}`;
  const en = `${numbers.join(', ')}${more ? ', …' : ''}`;
  const rowUnit = rows.length > 0 ? unitOf(rows[0]!) : unit;
  const plural = count === 1 ? '' : 's';
  const n = countText(count);
  return localized(
    `${unit.zh}第 ${at} 行“${end.end}”之后仍有 ${n} 行按记录分级（${rowUnit.zh}第 ${zh} 行）：可能是旧表残留或另一张表，请核对`,
    `${n} row${plural} after the end mark "${end.end}" (${unit.en} ${at}) ${count === 1 ? 'was' : 'were'} graded as ${count === 1 ? 'a record' : 'records'} (${rowUnit.en}${numbers.length === 1 ? '' : 's'} ${en}): ${count === 1 ? 'it' : 'they'} may be a stale copy or a second table; check ${count === 1 ? 'it' : 'them'}`,
  );
}

/**
 * The notice for skipped rows: how many, and where (the first {@link LISTED}, then "…"); header repeats named,
 * summary rows named with their words (the first {@link LISTED} of `summaryCount`, listed apart so none is
 * left unsaid behind the "…") and not in the first list: a row is given one reason. When every row skipped
 * is a summary, the notice is that clause alone. "No value under any indicator column" only when no row skipped had one
 * (`valued`): a closing line written under 牌号, or `合计,2` with its count under an indicator column, is
 * called a closing line; with `signOff`, a sign-off line among them (`检验员：张三,,审核：李四`) is named too.
 */
function skippedText(
  count: number,
  places: readonly NotesPlace[],
  valued: boolean,
  summaries: readonly NotesPlace[],
  summaryCount: number,
  headerCount = 0,
  signOff = false,
): LocalizedText {
  const unit = places.length > 0 ? unitOf(places[0]!) : { en: 'line', zh: '' };
  const n = countText(count);
  const plural = count === 1 ? '' : 's';
  const records = count === 1 ? 'a record' : 'records';
  const sums =
    summaries.length > 0 ? summaryClause(summaries, summaryCount > summaries.length, unit.en) : undefined;
  // Every row skipped is a summary: its reason alone, each line said once (developer-27 M3).
  if (sums && summaryCount === count)
    return localized(
      `跳过 ${n} 行，不作为记录：${sums.zh.slice(1)}`,
      `skipped ${n} row${plural}, not counted as ${records}: ${sums.en.slice(2)}`,
    );
  // The other rows are listed here, the summaries only in their clause: one reason per line.
  const others = places.filter((p) => p.summary === undefined);
  const more = count - summaryCount > others.length;
  const numbers = others.map(number);
  const zh = `${numbers.join('、')}${more ? '…' : ''}`;
  const en = `${numbers.join(', ')}${more ? ', …' : ''}`;
  const headers = others.filter((p) => p.header && !p.units).map(number);
  // A line stating the unit (`单位：W`) is part of a header, not a repeat of it (hostile-30 M4).
  const units = others.filter((p) => p.units).map(number);
  const repeat = headerClause(headers, units, unit.en);
  const headerZh = repeat ? `；其中${repeat.zh}` : '';
  const headerEn = repeat ? `; ${repeat.en}` : '';
  // Every row skipped repeats the header: that reason alone, not "only notes" and then the same lines again (hostile-29 M6).
  if (headerCount === count && repeat) {
    const more = count > headers.length + units.length ? { zh: '…', en: ', …' } : { zh: '', en: '' };
    return localized(
      `跳过 ${n} 行，不作为记录：${unit.zh}${repeat.zh}${more.zh}`,
      `skipped ${n} row${plural}, not counted as ${records}: ${repeat.en}${more.en}`,
    );
  }
  const where = `${unit.en}${numbers.length === 1 && !more ? '' : 's'} ${en}${headerEn}${sums ? sums.en : ''}`;
  if (valued && signOff)
    return localized(
      `跳过 ${n} 行：签字行（检验员：…、审核：…）、备注或合计、以下空白等结尾行，不作为记录（${unit.zh}第 ${zh} 行${headerZh}${sums ? sums.zh : ''}）`,
      `skipped ${n} row${plural} of sign-offs (检验员：…, Checked by: …), notes or closing lines (合计, 合格率, 以下空白 and the like), not counted as ${records}: ${where}`,
    );
  if (valued)
    return localized(
      `跳过 ${n} 行：备注或合计、以下空白等结尾行，不作为记录（${unit.zh}第 ${zh} 行${headerZh}${sums ? sums.zh : ''}）`,
      `skipped ${n} row${plural} of notes or closing lines (合计, 合格率, 以下空白 and the like), not counted as ${records}: ${where}`,
    );
  return localized(
    `跳过 ${n} 行：没有任何指标列的值，只有备注等文字，不作为记录（${unit.zh}第 ${zh} 行${headerZh}${sums ? sums.zh : ''}）`,
    `skipped ${n} row${plural} with no value under any indicator column (only notes), not counted as ${records}: ${where}`,
  );
}

/**
 * The header lines of the skipped-rows notice: those repeating the header (`line 5 repeats the header`, `第 5 行重复了表头`)
 * and those stating the unit (`line 2 states the unit`, `第 2 行是单位行`), `undefined` when there are none.
 */
function headerClause(
  headers: readonly number[],
  units: readonly number[],
  rows: string,
): { zh: string; en: string } | undefined {
  const zh: string[] = [];
  const en: string[] = [];
  if (headers.length > 0) {
    zh.push(`第 ${headers.join('、')} 行重复了表头`);
    en.push(
      headers.length === 1
        ? `${rows} ${headers[0]} repeats the header`
        : `${rows}s ${headers.join(', ')} repeat the header`,
    );
  }
  if (units.length > 0) {
    zh.push(`第 ${units.join('、')} 行是单位行`);
    en.push(
      units.length === 1
        ? `${rows} ${units[0]} states the unit`
        : `${rows}s ${units.join(', ')} state the unit`,
    );
  }
  return zh.length > 0 ? { zh: zh.join('，'), en: en.join('; ') } : undefined;
}

/**
 * The summary rows of the notice, each with its word: `；汇总行：第 85 行“合计”、第 86 行“平均”`; those told by their
 * values (`byValues`: `甲厂平均`, `L2 Mean`) in a clause of their own after it, which says so. `more` puts the "…"
 * after the last clause.
 */
function summaryClause(
  summaries: readonly NotesPlace[],
  more: boolean,
  rows: string,
): { zh: string; en: string } {
  const byWord = summaries.filter((p) => !p.byValues);
  const byValues = summaries.filter((p) => p.byValues);
  const words = byWord.length > 0 ? wordClause(byWord, more && byValues.length === 0, rows) : undefined;
  const values = byValues.length > 0 ? valuesClause(byValues, more, rows) : undefined;
  return { zh: `${words?.zh ?? ''}${values?.zh ?? ''}`, en: `${words?.en ?? ''}${values?.en ?? ''}` };
}

/** Summary rows by number and name: `第 5 行“甲厂平均”`, `5 "甲厂平均"`. */
function namedRows(summaries: readonly NotesPlace[]): { zh: string; en: string } {
  return {
    zh: summaries.map((p) => `第 ${number(p)} 行“${p.summary}”`).join('、'),
    en: summaries.map((p) => `${number(p)} "${p.summary}"`).join(', '),
  };
}

/** The clause of summary rows told by their values: `；汇总行（数值为上方各行的统计量）：第 5 行“甲厂平均”`. */
function valuesClause(
  summaries: readonly NotesPlace[],
  more: boolean,
  rows: string,
): { zh: string; en: string } {
  const { zh, en } = namedRows(summaries);
  const one = summaries.length === 1 && !more;
  return {
    zh: `；汇总行（其数值为上方各行的平均、合计等统计量）：${zh}${more ? '…' : ''}`,
    en: `; summary row${one ? '' : 's'}, skipped as ${one ? 'its values are' : 'their values are'} a mean, sum or other statistic of the rows above: ${rows}${one ? '' : 's'} ${en}${more ? ', …' : ''}`,
  };
}

/** The clause of summary rows told by their words, skipped whatever their values. */
function wordClause(
  summaries: readonly NotesPlace[],
  more: boolean,
  rows: string,
): { zh: string; en: string } {
  const { zh, en } = namedRows(summaries);
  const plural = summaries.length === 1 && !more ? '' : 's';
  // A 满分 / 权重 line states the scale, it sums nothing up: named as what it is.
  const scale = summaries.some((p) => isFullMarksWord(p.summary!));
  const kind = scale
    ? { zh: '汇总行或满分、权重行', en: 'summary or full-marks' }
    : { zh: '汇总行', en: 'summary' };
  return {
    zh: `；${kind.zh}（不论其数值）：${zh}${more ? '…' : ''}`,
    en: `; ${kind.en} row${plural}, skipped whatever ${plural ? 'their' : 'its'} values: ${rows}${plural} ${en}${more ? ', …' : ''}`,
  };
}

/** A skipped row's number in its file: a CSV/TSV line, a sheet row, a Parquet row. */
function number(p: NotesPlace): number {
  return 'line' in p ? p.line : 'sheetRow' in p ? p.sheetRow : p.fileRow;
}

/** What the notice calls a place (en, singular) and the word before 第 … 行 (zh). */
function unitOf(p: NotesPlace): { en: string; zh: string } {
  return 'line' in p
    ? { en: 'line', zh: '' }
    : 'sheetRow' in p
      ? { en: 'sheet row', zh: '工作表' }
      : { en: 'row', zh: '' };
}
