import { InputError } from '../errors/input-error';
import { setKeptValue } from '../model/kept-values';
import type { IndicatorInfo } from '../resolve/rule-set';
import { closestTies } from '../text/closest-name';
import { didYouMean, namesMeant } from '../text/did-you-mean';
import { type LocalizedText, localized } from '../text/localized-text';
import { listShort, listShortZh } from '../text/name-list';
import { batched, batchesOf } from './batched';
import { namedColumnAt } from './column-value';
import { isIdHeader, isLotHeader } from './id-header';
import { idFaults, idNotKeptNotice } from './id-not-kept';
import type { InputItem } from './input-item';
import { isIndicatorUnitKey } from './json-unit-keys';
import { dropNoteRows, isNoteText } from './note-rows';
import { nulInKept } from './nul-in-kept';
import { keepOption, type OptionNaming } from './option-naming';
import { ownSequence, ownSequenceNotice } from './own-sequence';

/**
 * Which input columns to carry through to the results: the ones named
 * (`--keep 型号`), the first column that looks like a sample id (`auto`,
 * the default), or none.
 *
 * @example
 * gradeFile(grader, 'samples.csv', { keep: ['型号', '生产企业'] });
 */
export type KeepColumns = readonly string[] | 'auto' | 'none';

/** An input's items with their kept values, and which columns those are. */
export interface KeptItems {
  /** The kept columns, in order; empty when none. */
  columns: string[];
  /** Whether the columns were named or found. */
  chosen: 'named' | 'found' | 'none';
  items: AsyncIterable<InputItem>;
}

/** Rows looked at to find a sample-id column: enough to see it is unique, few enough to start at once. */
export const KEEP_LOOKAHEAD = 1000;

/** What {@link keepColumns} knows of the input besides its items. */
export interface KeepOptions {
  /** The records are JSON (a JSON array, NDJSON), which have no header to check a named column against. */
  json?: boolean;
  /**
   * The input's header fields once read (CSV, TSV, .xlsx): a named column is checked against it,
   * not looked for in the rows, whose cells may be empty.
   */
  header?: () => readonly string[] | undefined;
  /**
   * The header's cells as written and the field each gives, once read: a named column that the header
   * reads as an indicator (`--keep '氮 N'`) is told to be one, not missing.
   */
  written?: () => { cells: readonly string[]; fields: readonly string[] } | undefined;
  /**
   * Told once, at the end of JSON input, of the named fields no record had a value for (a typo); and at
   * the end of a CSV/TSV or .xlsx input, of the rows of notes only that were skipped (see `dropNoteRows`).
   */
  onNotice?: (text: LocalizedText) => void;
  /**
   * Called once if choosing a column (`auto`) is still reading ahead after this many milliseconds: a caller
   * that answers line by line (a co-process on stdin) would otherwise wait for its first answer in silence
   * until {@link KEEP_LOOKAHEAD} rows or the end of the input have come.
   */
  slowLookahead?: { after: number; tell: () => void };
  /**
   * Records that come a line at a time from a caller that waits for each answer (NDJSON on stdin): `auto` chooses
   * from the first batch that has come, not from {@link KEEP_LOOKAHEAD} rows, so the first line is answered at
   * once (hostile-29 F1). A piped file's first batch holds many lines; a co-process's, its first.
   */
  lineByLine?: boolean;
}

/**
 * Carries columns that are not indicators through to the results, as text,
 * so a graded row can be found by its sample id (型号, 样品编号) rather than
 * its row number. With `auto`, the first column (in the input's order) that
 * names no indicator and whose values are present and distinct in the first
 * {@link KEEP_LOOKAHEAD} rows is kept — unless it is a sequence number (序号 of
 * whole numbers) or headed as a name (产品名称, 企业名称) and a column headed as a
 * sample id (`isIdHeader` but no row number: 样品编号, 编号, Sample ID) has values
 * so: then that one; without one, a sequence number gives way to a later such
 * column headed as a name (企业名称, 单位名称, 名称, 样品名称): then that one (a row of notes only, a sign-off line,
 * counts only if it has a value there: kept, that makes it a record). Rows of
 * notes only with no kept value are then dropped (`dropNoteRows`). A named column that the input does
 * not have is a usage error, with the closest column as a hint. Named
 * columns are checked against the header (`options.header`) once it is
 * read, else looked for in the rows until every one has been seen; `auto` must
 * see up to {@link KEEP_LOOKAHEAD} rows (or the end) before the first
 * result.
 *
 * JSON records (`options.json`) have no header: a field is a key some records
 * have and others lack. There a named field is not looked for: each record
 * is handed on at once, its `kept` holding the named fields it has (none:
 * no `kept`), so a pipe that answers line by line (a co-process) gets each
 * result at once, and an empty input is no error. If no record had a value
 * for a named field, `options.onNotice` is told at the end, with the closest
 * key of the first records as a hint.
 *
 * @param naming - how the usage error names the option (default: as `--keep`)
 * @param options - what is known of the input: JSON records, a header
 */
export async function keepColumns(
  items: AsyncIterable<InputItem>,
  keep: KeepColumns,
  indicators: readonly IndicatorInfo[],
  naming?: OptionNaming,
  options: KeepOptions = {},
): Promise<KeptItems> {
  const names = new Set(indicators.map((i) => i.name));
  // A lot's subtotal under the column `auto` would find is a summary row whatever is kept (hostile-24 M4).
  if (keep !== 'auto' && !options.json)
    items = subtotalsMarked(items, keep === 'none' ? [] : keep, names, options);
  // A row of notes only (a sign-off line) is a record only with a kept value: the kept columns decide.
  if (keep === 'none') return { columns: [], chosen: 'none', items: dropNoteRows(items, options.onNotice) };
  if (options.json && keep !== 'auto') return keepJsonFields(items, keep, indicators, naming, options);
  const iterator = batchesOf(items)[Symbol.asyncIterator]();
  // Whole batches are read ahead; the first KEEP_LOOKAHEAD items decide.
  const ahead: InputItem[] = [];
  const missing = keep === 'auto' ? undefined : new Set(keep);
  let done = false;
  // An input that fails while read ahead (a byte that is not UTF-8) still gives the rows before it: the
  // columns are chosen from those, the rows handed on, and then the failure.
  let failure: { error: unknown } | undefined;
  const slow = keep === 'auto' ? options.slowLookahead : undefined;
  const timer = slow ? setTimeout(slow.tell, slow.after) : undefined;
  // The notice must not keep a finished run alive (Node's timers have unref; a browser's do not need it).
  (timer as { unref?: () => void } | undefined)?.unref?.();
  while (ahead.length < KEEP_LOOKAHEAD) {
    let next: IteratorResult<InputItem[]>;
    try {
      next = await iterator.next();
    } catch (error) {
      // Before any row (a header that cannot be read), it fails at once, as without read-ahead.
      if (ahead.length === 0) throw error;
      failure = { error };
      done = true;
      break;
    }
    if (next.done) {
      done = true;
      break;
    }
    // Not push(...batch): spreading a batch of any size puts every item on the stack.
    for (const item of next.value) ahead.push(item);
    if (options.lineByLine && keep === 'auto' && ahead.some((item) => 'record' in item)) break;
    if (missing) {
      // A header read: it has the column or not, whatever the cells under it hold.
      const header = options.header?.();
      if (header) break;
      for (const item of next.value)
        if ('record' in item && isPlainObject(item.record))
          for (const key of Object.keys(item.record)) missing.delete(key);
      if (missing.size === 0) break;
    }
  }
  clearTimeout(timer);
  const looked = ahead.length > KEEP_LOOKAHEAD ? ahead.slice(0, KEEP_LOOKAHEAD) : ahead;
  const seen = unreadColumns(looked, names, options);
  const seenSet = new Set(seen);
  // Named columns read as an indicator, by the field they give.
  const indicatorFields = new Map<string, string>();
  let columns: string[];
  if (keep === 'auto') {
    // A key stating an indicator's unit (`apfUnit`) is read for the unit check, never an id (developer-34 M7).
    const candidates = seen.filter((c) => !isIndicatorUnitKey(c, names));
    const id = chooseId(candidates, looked);
    // A column that would have been the id but for an empty cell or a repeated value is said, not dropped in
    // silence (newcomer-24 F8): when nothing is kept, or when it is headed as an id and a later column is.
    const passed = candidates.slice(0, id === undefined ? candidates.length : candidates.indexOf(id));
    // And a 序号 kept because the name column beside it repeats a name: an enterprise listed twice is a fault of
    // the sheet its association wants told (newcomer-31 M-5).
    const named =
      id !== undefined && isSequenceColumn(id, looked) && !isSampleIdHeader(id)
        ? candidates.filter((c) => c !== id && NAME_HEADER.test(foldHeader(c)))
        : [];
    // A model or sample-id column after the one kept loses out as well (newcomer-36 M3: one 型号 repeated, the
    // 序号 before it was kept and every model name left the outputs unsaid).
    const later =
      id === undefined
        ? []
        : candidates.slice(candidates.indexOf(id) + 1).filter((c) => idHeaded(c) && !named.includes(c));
    // With none kept, a column headed as a sample's id (样品编号) is the one to name, before a 序号 or a 批号 passed
    // over for the same blank row: the user looks for it in the results (committee-37 W1).
    const first = id === undefined ? passed.filter((c) => isSampleIdHeader(c) && !isLotHeader(c)) : [];
    for (const column of new Set([...first, ...passed, ...later, ...named])) {
      if (id !== undefined && !named.includes(column) && !idHeaded(column)) continue;
      // A lot's column (批号) repeats its value by nature: with a sample id kept, no word about it (committee-37).
      if (id !== undefined && isLotHeader(column)) continue;
      // Headed as a model, its faults are said whatever their share only when another column is kept instead:
      // with none kept, a 型号 repeated on many rows is a column of another kind (hostile-26 M3).
      const headed = isSampleIdHeader(column) || (id !== undefined && idHeaded(column));
      const faults = idFaults(column, looked, valueText, (item) => isSampleRow(item, column), headed);
      if (!faults) continue;
      options.onNotice?.(idNotKeptNotice(faults, naming));
      break;
    }
    columns = id === undefined ? [] : [id];
    const own = ownSequence(candidates, looked, id, (c) => isSequenceColumn(c, looked), valueText);
    if (own) options.onNotice?.(ownSequenceNotice(own, id, naming));
  } else {
    for (const column of keep) {
      // An empty input has no column to check, and no result to lose: it ends as it would without --keep.
      if (seenSet.has(column) || (done && ahead.length === 0 && !names.has(column))) continue;
      const hint = closestTies(column, seen);
      const others = seen.length ? listShort(seen) : '';
      const othersZh = seen.length ? listShortZh(seen) : '';
      const written = options.written?.();
      // As --tally-by and --group-by find it: the header cell, else the one that reads so without its unit — a
      // group heading's unit (`碳 C` under `化学成分/%` reads `碳 C(%)`) is not on the sheet (xlsx-committee-43).
      const at = written
        ? namedColumnAt(
            column.trim(),
            written.cells.map((c) => c.trim()),
          )
        : -1;
      // An indicator's column is carried as the sheet writes it (`5.00`, `波轮`): a graded workbook has no measured
      // values, and a key-only indicator (类别) is shown nowhere else (committee-27 M5, newcomer-27 M1).
      const field = names.has(column) ? column : at >= 0 ? written!.fields[at] : undefined;
      if (field !== undefined && names.has(field)) {
        indicatorFields.set(column, field);
        continue;
      }
      // Code `input`, as a mapped column missing is: the upload lacks it (developer-35 M3).
      throw new InputError(
        localized(
          `${keepOption(naming, column)}：输入中没有“${column}”列${hint.length ? didYouMean(hint).zh : others ? `；其他列有${othersZh}` : ''}`,
          `${keepOption(naming, column)}: the input has no column "${column}"${hint.length ? didYouMean(hint).en : others ? `; its other columns are ${others}` : ''}`,
        ),
      );
    }
    columns = [...keep];
  }
  // A column found, not named: a sign-off line written in it (制表：质检站) stays a row of notes.
  const found = keep === 'auto';
  async function* withKept(): AsyncGenerator<InputItem[]> {
    // Stopped early, the reader is told, so it closes its file (hand-driven next() does not pass return() on).
    try {
      yield ahead.map((item) => attach(item, columns, found, indicatorFields));
      if (failure) throw failure.error;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield next.value.map((item) => attach(item, columns, found, indicatorFields));
      }
    } finally {
      if (!done) await iterator.return?.();
    }
  }
  return {
    columns,
    chosen: columns.length === 0 ? 'none' : keep === 'auto' ? 'found' : 'named',
    items: dropNoteRows(batched(withKept), options.onNotice),
  };
}

/** {@link keepColumns} for JSON records: nothing read ahead; the fields no record had are told at the end. */
function keepJsonFields(
  items: AsyncIterable<InputItem>,
  keep: readonly string[],
  indicators: readonly IndicatorInfo[],
  naming: OptionNaming | undefined,
  options: KeepOptions,
): KeptItems {
  const names = new Set(indicators.map((i) => i.name));
  // A JSON record holds an indicator's value as given: kept as text, as any other field.
  const columns = [...new Set(keep)];
  async function* withKept(): AsyncGenerator<InputItem[]> {
    const unseen = new Set(columns);
    // Keys of the first records, for a hint at a typo.
    const keys = new Set<string>();
    let records = 0;
    for await (const batch of batchesOf(items)) {
      for (const item of batch) {
        attach(item, columns);
        if (!('record' in item)) continue;
        if (unseen.size > 0 && records < KEEP_LOOKAHEAD && isPlainObject(item.record))
          for (const key of Object.keys(item.record)) if (!names.has(key)) keys.add(key);
        records++;
        if (item.kept && unseen.size > 0) for (const column of Object.keys(item.kept)) unseen.delete(column);
      }
      yield batch;
    }
    if (records > 0 && unseen.size > 0 && options.onNotice)
      options.onNotice(noneHad([...unseen], [...keys], naming));
  }
  return { columns, chosen: 'named', items: batched(withKept) };
}

/** The notice for named fields that no record had a value for. */
function noneHad(
  columns: readonly string[],
  keys: readonly string[],
  naming: OptionNaming | undefined,
): LocalizedText {
  const one = columns.length === 1 ? columns[0] : undefined;
  const option = one !== undefined ? keepOption(naming, one) : naming === 'api' ? 'options.keep' : '--keep';
  const list = columns.map((c) => `"${c}"`).join(', ');
  const listZh = columns.map((c) => `“${c}”`).join('、');
  const hint = one !== undefined ? closestTies(one, keys) : [];
  const meant = namesMeant(hint);
  return localized(
    `${option}：没有一条记录有${listZh}的值，结果的 kept 中没有它${hint.length > 0 ? `；是否要写${meant.zh}？` : ''}`,
    `${option}: no record had a value for ${list}, so no result has it in "kept"${hint.length > 0 ? `; did you mean ${meant.en}?` : ''}`,
  );
}

function columnsOf(items: readonly InputItem[]): string[] {
  const out = new Set<string>();
  for (const item of items) {
    if ('record' in item && isPlainObject(item.record))
      for (const key of Object.keys(item.record)) out.add(key);
  }
  return [...out];
}

function isIdColumn(column: string, items: readonly InputItem[]): boolean {
  const values = new Set<string>();
  let rows = 0;
  for (const item of items) {
    if (!('record' in item)) continue;
    // A lot's subtotal (`L1,合计,2`) is no sample under this column: it is a summary row if the column is kept.
    if (item.summaryUnder?.field === column) continue;
    const v = valueText(item.record, column);
    // A row of notes only is a record only if this column, kept, gives it a value: else it is not one to judge.
    if (
      item.notesOnly &&
      (v === undefined ||
        item.notesOnly.header ||
        item.notesOnly.summary ||
        item.notesOnly.spanned ||
        isNoteText(v))
    )
      continue;
    rows++;
    if (v === undefined || values.has(v)) return false;
    values.add(v);
  }
  return rows > 0;
}

/** A header as compared with the words below: NFKC-folded, white space removed. */
function foldHeader(column: string): string {
  return column.normalize('NFKC').replace(/\s+/gu, '');
}

/** A header that names a sample's id ({@link isIdHeader}: 样品编号, 编号, Sample ID, 批号), not a row's number (序号, No.). */
function isSampleIdHeader(column: string): boolean {
  return isIdHeader(column) && !SEQUENCE_HEADER.test(foldHeader(column));
}

/** A header that says it is a sample's id or model (样品编号, 型号, 规格型号, Model): its faults are said whatever their share. */
function idHeaded(column: string): boolean {
  return isSampleIdHeader(column) || MODEL_HEADER.test(foldHeader(column));
}

/** A header that numbers rows: 序号, 行号, No., #, S/N. */
const SEQUENCE_HEADER = /^(?:序号|序|行号|no\.?|#|s\/?n|seq\.?)$/iu;

/** A header that names what a row is: 企业名称, 单位名称, 名称, 产品名称, 样品名称, 企业, 受检单位, Name, Company. */
const NAME_HEADER =
  /(?:名称|姓名)$|^(?:企业|单位|公司|厂家|受检单位|受检企业|生产企业|生产单位|被评价企业|申报单位|company|enterprise|.*name)$/iu;

/**
 * Whether a column is a sequence number and nothing more: headed as one
 * ({@link SEQUENCE_HEADER}) with a whole number in every record's cell
 * (or a summary word or note: `合计`, `填表人：…`).
 */
function isSequenceColumn(column: string, items: readonly InputItem[]): boolean {
  if (!SEQUENCE_HEADER.test(foldHeader(column))) return false;
  for (const item of items) {
    if (!('record' in item) || item.notesOnly) continue;
    const v = valueText(item.record, column);
    // A 合计 / 平均 row or a sign-off line in column A is no sample id either.
    if (v !== undefined && !/^\d{1,9}$/u.test(v) && !isNoteText(v)) return false;
  }
  return true;
}

/**
 * The column `auto` keeps ({@link keepColumns}) among the columns `seen` that name no indicator, from the
 * rows `looked` at; none when no column has a value, distinct, in every sample row.
 */
function chooseId(seen: readonly string[], looked: readonly InputItem[]): string | undefined {
  let id = seen.find((column) => isIdColumn(column, looked));
  const sequence = id !== undefined && isSequenceColumn(id, looked);
  // A column headed as a sample id (样品编号, 编号, Sample ID) is the id, before a 序号 or a name column (hostile-24 M2).
  if (id !== undefined && (sequence || NAME_HEADER.test(foldHeader(id))))
    id = seen.find((column) => isSampleIdHeader(column) && isIdColumn(column, looked)) ?? id;
  // A 序号 column numbers the rows as the row number does: a model (型号, 规格型号) says which sample, before a
  // name column (fix-input3-33).
  if (id !== undefined && sequence && !isSampleIdHeader(id))
    id = seen.find((column) => MODEL_HEADER.test(foldHeader(column)) && isIdColumn(column, looked)) ?? id;
  // Without one, a name column says which enterprise (enterprise-23 W12).
  if (id !== undefined && sequence && !isSampleIdHeader(id) && !MODEL_HEADER.test(foldHeader(id))) {
    // The enterprises' rows: a 合计 / 平均 row under 序号 has no name.
    const numbers = id;
    const rows = looked.filter((item) => {
      const v = 'record' in item ? valueText(item.record, numbers) : undefined;
      return v === undefined || !isNoteText(v);
    });
    id = seen.find((column) => NAME_HEADER.test(foldHeader(column)) && isIdColumn(column, rows)) ?? id;
  }
  return id;
}

/** The input's columns (its header, else the rows' keys) that name no indicator, in order. */
function unreadColumns(
  looked: readonly InputItem[],
  names: ReadonlySet<string>,
  options: KeepOptions,
): string[] {
  return [...new Set([...(options.header?.() ?? []), ...columnsOf(looked)])].filter((c) => !names.has(c));
}

/** A row that is a sample for a column's choice as the id: no lot subtotal under it, no row of notes. */
function isSampleRow(item: InputItem, column: string): boolean {
  return 'record' in item && item.summaryUnder?.field !== column && !item.notesOnly;
}

/** A header that names a model (型号, 规格型号, Model): a sample's name as good as its id, to say why it is not kept. */
const MODEL_HEADER = /型号|^model/iu;

/**
 * The items, each lot subtotal (`甲厂,合计,2`) under a `kept` column, one headed as a sample id, or the one
 * `auto` would find ({@link chooseId}) made a summary row ({@link markSubtotal}): so `--no-keep` and
 * `--keep 生产企业` count the rows as the default does (hostile-24 M4). The column `auto` would find is
 * chosen only once a subtotal under another column comes, reading ahead to {@link KEEP_LOOKAHEAD} rows as
 * `auto` does: a sheet without one is handed on row by row.
 */
function subtotalsMarked(
  items: AsyncIterable<InputItem>,
  kept: readonly string[],
  names: ReadonlySet<string>,
  options: KeepOptions,
): AsyncIterable<InputItem> {
  return batched(async function* () {
    const looked: InputItem[] = [];
    let found: string[] | undefined;
    const held: InputItem[][] = [];
    const decide = () => {
      const id = chooseId(unreadColumns(looked, names, options), looked);
      found = id === undefined ? [...kept] : [...kept, id];
    };
    const mark = (batch: InputItem[]) => {
      for (const item of batch) markSubtotal(item, found ?? kept);
      return batch;
    };
    const undecided = (item: InputItem) =>
      'record' in item &&
      item.summaryUnder !== undefined &&
      !kept.includes(item.summaryUnder.field) &&
      !isSampleIdHeader(item.summaryUnder.field);
    // The input ended (or failed) while rows were held: they are handed on first, as read.
    const rest = function* () {
      if (found === undefined) decide();
      for (const b of held.splice(0)) yield mark(b);
    };
    try {
      for await (const batch of batchesOf(items)) {
        if (found === undefined)
          for (const item of batch) if (looked.length < KEEP_LOOKAHEAD) looked.push(item);
        if (found === undefined && (held.length > 0 || batch.some(undecided))) {
          held.push(batch);
          if (looked.length < KEEP_LOOKAHEAD) continue;
        }
        if (found === undefined && looked.length >= KEEP_LOOKAHEAD) decide();
        if (held.length > 0) yield* rest();
        else yield mark(batch);
      }
    } catch (error) {
      yield* rest();
      throw error;
    }
    if (held.length > 0) yield* rest();
  });
}

/**
 * Makes a lot's subtotal (`L1,合计,2`) a summary row when its word is under a kept column or under one headed
 * as a sample id (样品编号): whatever is kept, so `--no-keep` and `--keep 生产企业` count the rows as the
 * default does (hostile-24 M4). No read-ahead: the header says it. Whether it did so.
 */
function markSubtotal(item: InputItem, columns: readonly string[]): boolean {
  if (!('record' in item) || !item.summaryUnder) return false;
  const { field } = item.summaryUnder;
  if (!columns.includes(field) && !isSampleIdHeader(field)) return false;
  (item as { notesOnly?: typeof item.summaryUnder.notes }).notesOnly = item.summaryUnder.notes;
  return true;
}

function attach(
  item: InputItem,
  columns: readonly string[],
  found = false,
  indicatorFields?: ReadonlyMap<string, string>,
): InputItem {
  if (markSubtotal(item, columns) || columns.length === 0) return item;
  // A row that cannot be read as a record keeps what its cells still tell (a sample id before a stray comma).
  const source = 'record' in item ? item.record : item.texts;
  if (source === undefined) return item;
  const kept: Record<string, string> = {};
  let any = false;
  const noteRow = found && 'record' in item && item.notesOnly !== undefined;
  // A repeated header, a summary line (`合计,4`) or a sign-off merged across the table is dropped whatever it keeps.
  if (
    'record' in item &&
    (item.notesOnly?.header ||
      item.notesOnly?.summary ||
      item.notesOnly?.spanned ||
      item.notesOnly?.section !== undefined)
  )
    return item;
  for (const column of columns) {
    const field = indicatorFields?.get(column);
    // An indicator's cell as written (`5.00`, not 5), where the reader carried it; else its value as read.
    const v =
      field === undefined
        ? valueText(source, column)
        : (writtenText(item, field) ?? valueText(source, field));
    if (v === undefined || (noteRow && isNoteText(v))) continue;
    setKeptValue(kept, column, v);
    any = true;
  }
  if (!any) return item;
  const nul = 'record' in item ? nulInKept(kept, item.place, item.row) : undefined;
  if (nul) return { row: item.row, unreadable: nul, kept };
  // The item is this reader's own, made for this row: given its kept values, not copied.
  (item as { kept?: Record<string, string> }).kept = kept;
  return item;
}

/** The cell of an indicator's column as the sheet writes it, trimmed, when the reader carried it (`written`). */
function writtenText(item: InputItem, field: string): string | undefined {
  const text = 'record' in item ? item.written?.[field] : undefined;
  return text === undefined || text === '' ? undefined : text;
}

/** A record's value of a column as text: text, a number or a boolean; nothing for anything else. */
function valueText(record: unknown, column: string): string | undefined {
  if (!isPlainObject(record) || !Object.hasOwn(record, column)) return undefined;
  const v = (record as Record<string, unknown>)[column];
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

function isPlainObject(v: unknown): v is object {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
