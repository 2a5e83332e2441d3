import type { RecordError } from '../model/grade-result';
import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';
import { foldValueText } from '../text/fold-value-text';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { booleanCell } from './boolean-cell';
import { countsVetoColumn, vetoIndicator } from './close-columns';
import { convertCell } from './convert-value';
import { mapText, taken } from './defaulted-column';
import { isIdHeader } from './id-header';
import type { InputItem, WrittenHeader } from './input-item';
import { keepOption, type OptionNaming } from './option-naming';
import { recordWhere, withErrors } from './record-where';
import { remarkWord } from './remark-clauses';
import {
  type CellMemory,
  REMEMBERED_CHARS,
  type RemarkReader,
  silentCells,
  silentCellsByKey,
} from './silent-cells';
import { unreadCellsStage } from './unread-cells';
import { type ValueWord, type ValueWords, valueWords } from './value-words';

/** What {@link unreadValueColumns} knows of the input besides its items. */
export interface UnreadValueOptions {
  indicators: readonly IndicatorInfo[];
  /**
   * The columns (or JSON keys) named to be carried through as `kept` (`--keep`): the user's own, never looked at.
   * Not a column qgrade found itself (`auto`): a name column kept so (`产品名称` = `移动空调`) is still evidence.
   */
  kept: readonly string[];
  /** A table's header once read (CSV, TSV, .xlsx): its columns are sorted once; without one, each record's keys are. */
  header?: () => WrittenHeader | undefined;
  /** How the messages name `--map` and `--keep`. */
  naming?: OptionNaming;
  /**
   * Whether a remark stating an indicator's unit other than its own (`制冷量单位 Btu/h`) makes its record invalid too
   * (`remarkUnitReading`), its error after the value words'; `qgrade compare`'s reading of each side does not.
   */
  remarkUnits?: boolean;
}

/** A column not read and not kept, whose cells may say a value of an indicator no column gives. */
interface Candidate {
  /** The record's key for it. */
  key: string;
  /** Its header as written. */
  column: string;
  /** Headed as an id (编号, 试样, Specimen): a cell with a digit in it is an id, not looked at ({@link looksLikeId}). */
  id?: true;
  /** Its cells' remark reading, remembering the texts that say nothing ({@link silentCells}). */
  read: RemarkReader;
}

/**
 * The items of an input, a record made invalid where a column that is not
 * read and not kept says, in its cell, a value of an indicator that no
 * column gives and that would take its default instead (or be left out):
 * `机型` = `移动式` when nothing gives unitConfiguration, whose default is
 * split — a mobile unit, which the standard excludes, would be graded as a
 * split one. The header reading refuses a column *named* like the
 * indicator (`defaultedColumnError`); this catches one named otherwise,
 * by its values ({@link valueWords}: a value's code or label, a boolean's
 * label or its negation). A cell that says the default, or anything else,
 * is let be; a kept column is the user's choice and never looked at, nor is
 * a cell with a digit in a column headed as an id ({@link isIdHeader}: 编号,
 * 试样), kept or not, so `--no-keep` grades as the default does (`T2` there is
 * a specimen); a word there (`试样` = `移动空调`) is looked at. The
 * error (field: the indicator, code `missing`) is added to the item's
 * `conversionErrors`, the path a cell that cannot be read takes, so the
 * record is counted invalid and shown as an error row, on one thread or
 * several alike. A table's columns are sorted once, at its header: when
 * every column is read or kept (the usual case), or every such indicator is
 * given, a batch is handed on untouched; else only the few candidate cells
 * of a row are looked at. JSON records, which have no header, are looked
 * at key by key, only when a record leaves such an indicator out; a key close to an indicator's name or label is the
 * grader's to refuse (`compileNearMissKeys`), not looked at here.
 */
export function unreadValueColumns(
  items: AsyncIterable<InputItem>,
  options: UnreadValueOptions,
): AsyncIterable<InputItem> {
  // The unread cells' own readings: a number a remark gives for a defaulted number indicator (`氮 0.015`:
  // hostile-31 W7), checked first; a unit a remark states (`制冷量单位 Btu/h`: hostile-32 W1), told last.
  const words = valueWords(options.indicators);
  return unreadCellsStage(items, options, words ? valueWordsCheck(words, options) : undefined);
}

/** The value words' check of a batch's items, made in place (see {@link unreadValueColumns}). */
function valueWordsCheck(words: ValueWords, options: UnreadValueOptions): (batch: InputItem[]) => void {
  const kept = new Set(options.kept);
  const names = new Set(options.indicators.map((i) => i.name));
  const worded = [...new Set([...words.byWord.values()].flatMap((list) => list.map((w) => w.indicator)))];
  const near = keysLetBe(options.indicators);
  // Shared by the columns (or keys) of this input: a wide table's many unread columns stay within it.
  const memory: CellMemory = { chars: REMEMBERED_CHARS };
  const check: Check = { words, naming: options.naming, memory, keyReader: silentCellsByKey(words, memory) };
  // Decided at the first batch, once the header is read: the candidate columns, or `null` for key by key.
  let columns: Columns | null | undefined;
  return (batch) => {
    if (columns === undefined) {
      const header = options.header?.();
      columns = header ? candidatesOf(header, worded, names, kept, options.indicators, check) : null;
    }
    if (columns !== null) {
      // Every row when a column is neither read nor kept; else only a row with cells under no header (the
      // reader sets `unnamed`: a sheet's header may end before them), one property looked at.
      if (columns.counts.length > 0)
        for (let i = 0; i < batch.length; i++)
          batch[i] = byCounts(byColumns(batch[i]!, columns, check), columns);
      else if (columns.candidates.length > 0)
        for (let i = 0; i < batch.length; i++) batch[i] = byColumns(batch[i]!, columns, check);
      else
        for (let i = 0; i < batch.length; i++) {
          const item = batch[i]!;
          if ('unnamed' in item && item.unnamed) batch[i] = byColumns(item, columns, check);
        }
    } else
      for (let i = 0; i < batch.length; i++) batch[i] = byKeys(batch[i]!, worded, names, kept, near, check);
  };
}

/** What every check needs: the words, how messages name the options. */
interface Check {
  words: ValueWords;
  naming: OptionNaming | undefined;
  /** What the columns of the input may still remember of the texts that say nothing ({@link silentCells}). */
  memory: CellMemory;
  /** A JSON key's remark reading, remembering as a column's does; `undefined` past the first few hundred keys. */
  keyReader: (key: string) => RemarkReader | undefined;
}

/** What a table's header decides once: where to look, and for which indicators. */
interface Columns {
  /** The columns neither read nor kept. */
  candidates: Candidate[];
  /** The indicators with value words that no column gives: every record leaves them out. */
  left: ReadonlySet<string>;
  /** Those a column gives: a record whose cell is empty (or `/`, read as empty) leaves them out too. */
  given: readonly string[];
  /** Unread columns counting the veto's event (`重大质量事故次数`) when a column gives the veto: each row's two agree. */
  counts: readonly Pick<Candidate, 'key' | 'column'>[];
  /** That veto, when `counts` has columns. */
  veto?: IndicatorInfo;
}

/**
 * A header's columns that are neither read (their field no indicator) nor
 * kept, and the indicators with value words that no column gives or that a
 * column gives (whose cell a row may leave empty). No candidate when no
 * indicator has words.
 */
function candidatesOf(
  header: WrittenHeader,
  worded: readonly IndicatorInfo[],
  names: ReadonlySet<string>,
  kept: ReadonlySet<string>,
  indicators: readonly IndicatorInfo[],
  check: Check,
): Columns {
  const fields = new Set(header.fields);
  const left = new Set(worded.filter((i) => !fields.has(i.name)).map((i) => i.name));
  const given = worded.filter((i) => fields.has(i.name)).map((i) => i.name);
  const candidates: Candidate[] = [];
  if (worded.length > 0)
    header.fields.forEach((field, i) => {
      const column = header.cells[i] ?? field;
      if (field === '' || names.has(field) || kept.has(field) || kept.has(column)) return;
      // An id column (编号, 试样) kept or not: `T2` there is a specimen, and `--no-keep` grades as the default does.
      // Its words are looked at: `试样` heads a specimen's description too (`移动空调`; hostile-25 W7).
      const read = silentCells(check.words, check.memory);
      if (isIdHeader(column) || isIdHeader(field)) candidates.push({ key: field, column, id: true, read });
      else candidates.push({ key: field, column, read });
    });
  // Id columns last: the error names a column that says the value outright (代号 = P·I) before an id column's word.
  candidates.sort((a, b) => Number(a.id ?? false) - Number(b.id ?? false));
  // A count column beside the veto's own column (hostile-27 W2): a row whose count says otherwise is not graded.
  const veto = vetoIndicator(indicators);
  const counts =
    veto && fields.has(veto.name)
      ? header.fields.flatMap((field, i) => {
          const column = header.cells[i] ?? field;
          if (field === '' || names.has(field) || kept.has(field) || kept.has(column)) return [];
          return countsVetoColumn(column, veto) ? [{ key: field, column }] : [];
        })
      : [];
  return counts.length > 0 && veto
    ? { candidates, left, given, counts, veto }
    : { candidates, left, given, counts };
}

/**
 * A table's row: its candidate cells (and cells under no header) looked at, for the indicators no column gives
 * and those whose cell this row leaves empty (hostile-23 W6: `/` under 结构形式, 移动式 under 机型).
 */
function byColumns(item: InputItem, columns: Columns, check: Check): InputItem {
  if (!('record' in item)) return item;
  const record = item.record as Record<string, unknown>;
  let left = columns.left;
  for (const name of columns.given) {
    if (record[name] !== undefined) continue;
    if (left === columns.left) left = new Set(left);
    (left as Set<string>).add(name);
  }
  if (left.size === 0) return item;
  let errors: RecordError[] | undefined;
  for (const { key, column, id, read } of columns.candidates) {
    if (!Object.hasOwn(record, key)) continue;
    const v = record[key];
    if (typeof v !== 'string' || (id && looksLikeId(v))) continue;
    const error = cellError(v, column, left, item, check, errors, read);
    if (error) errors = errors ? [...errors, error] : [error];
  }
  if (item.unnamed)
    for (const { column, text } of item.unnamed) {
      const error = cellError(text, unnamedColumn(column), left, item, check, errors);
      if (error) errors = errors ? [...errors, error] : [error];
    }
  return errors ? withErrors(item, errors) : item;
}

/**
 * A table's row whose veto column and a count of its event disagree (`近三年发生重大质量事故` 否 beside
 * `重大质量事故次数` 1 or 有; or 是 beside 0): which one to grade by is the sheet's to say, so the row is invalid, naming both.
 * A cell that is neither a count nor a yes/no, or a veto cell that is not yes/no, is let be (the reader says what it says of the latter).
 */
function byCounts(item: InputItem, columns: Columns): InputItem {
  const veto = columns.veto;
  if (!veto || !('record' in item)) return item;
  const record = item.record as Record<string, unknown>;
  const given = record[veto.name];
  const stated = typeof given === 'string' ? booleanCell(given, veto) : given;
  if (typeof stated !== 'boolean') return item;
  for (const { key, column } of columns.counts) {
    const cell = record[key];
    if (typeof cell !== 'string') continue;
    // A count (`1起`, `0`) or a yes/no (`有`): as the column would be read, mapped to the veto (booleanCell).
    const says = booleanCell(cell, veto);
    if (typeof says !== 'boolean' || says === stated) continue;
    const where = recordWhere(item);
    const [shownCell, shownColumn] = [cutShort(cell.trim()), cutShort(column)];
    const [zh, en] = stated ? ['是', 'yes'] : ['否', 'no'];
    const error: RecordError = {
      field: veto.name,
      code: 'unreadable',
      message: localized(
        `${where.zh}的 ${veto.name}（${veto.label.zh}）为 ${zh}，但“${shownColumn}”列是“${shownCell}”，${says ? '即发生过' : '即没有发生'}：两列不一致，不作判定。请改正其中一列`,
        `${where.en}: ${veto.name} (${veto.label.en}) is ${en}, but column "${shownColumn}" holds "${shownCell}", which says ${says ? 'it happened' : 'it did not happen'}: the two columns disagree, so the record is not graded. Correct one of them`,
      ),
    };
    return withErrors(item, [error]);
  }
  return item;
}

/** A JSON record (or a row read without a header): its keys looked at, when it leaves a worded indicator out. */
function byKeys(
  item: InputItem,
  worded: readonly IndicatorInfo[],
  names: ReadonlySet<string>,
  kept: ReadonlySet<string>,
  near: (key: string) => KeyLetBe,
  check: Check,
): InputItem {
  if (!('record' in item)) return item;
  const record = item.record;
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return item;
  const fields = record as Record<string, unknown>;
  let left: Set<string> | undefined;
  for (const ind of worded) {
    // `null` is JSON's "not stated": the default stands in, as for a key left out.
    if (Object.hasOwn(fields, ind.name) && fields[ind.name] !== null) continue;
    left ??= new Set();
    left.add(ind.name);
  }
  if (!left) return item;
  let errors: RecordError[] | undefined;
  for (const key in fields) {
    if (!Object.hasOwn(fields, key) || names.has(key) || kept.has(key)) continue;
    const v = fields[key];
    if (typeof v !== 'string') continue;
    const letBe = near(key);
    if (letBe === 'near' || (letBe === 'id' && looksLikeId(v))) continue;
    const error = cellError(v, key, left, item, check, errors, check.keyReader?.(key));
    if (error) errors = errors ? [...errors, error] : [error];
  }
  return errors ? withErrors(item, errors) : item;
}

/**
 * The error for a cell that says a value other than the default of an
 * indicator in `left`, one per indicator (`errors`: those the record has
 * already), as a whole or in one of its clauses (`风冷：否，水冷`: {@link remarkWord}, or its column's `read`);
 * `undefined` for any other cell. Where the record is is worked out only for an error.
 */
function cellError(
  cell: string,
  column: string | UnnamedColumn,
  left: ReadonlySet<string>,
  item: Extract<InputItem, { record: unknown }>,
  check: Check,
  errors: readonly RecordError[] | undefined,
  read: RemarkReader | undefined = undefined,
): RecordError | undefined {
  const wanted = (w: ValueWord) =>
    !w.isDefault && left.has(w.indicator.name) && !errors?.some((e) => e.field === w.indicator.name);
  const said = read ? read(cell, wanted) : remarkWord(cell, check.words, wanted);
  if (!said) return undefined;
  const where = recordWhere(item);
  const error = unreadValueError(cell.trim(), said.clause, column, said.word, where, check.naming);
  return said.also ? withBoth(error, said.word, said.also) : error;
}

/**
 * The error for a remark that names two values of one indicator (`适用于T1、T2气候`, `T1/T3`: T1 and T3), saying why
 * the record is not graded as either: a record has one value, and the rule set's scope is not read to say whether a
 * unit stated for both is in it (fix-input-27); when neither is the default (`T2/T3`), that the default it would
 * be graded with is neither (hostile-27 W6).
 */
function withBoth(error: RecordError, word: ValueWord, also: ValueWord): RecordError {
  const { name, values } = word.indicator;
  // In the rule set's order (`T2 和 T3` of `T3/T2`), as a reader looks them up.
  const at = (w: ValueWord) => values?.indexOf(w.value as string | number) ?? -1;
  const [one, other] = (at(word) < at(also) ? [word, also] : [also, word]).map(valueShown) as [
    LocalizedText,
    LocalizedText,
  ];
  const why = also.isDefault
    ? localized(
        `规则集没有说明写了两者的样品是否在其范围内`,
        `the rule set does not say whether a sample stated for both is in its scope`,
      )
    : localized(`两者都不是它会按其评级的默认值`, `neither is the default it would be graded with`);
  return {
    ...error,
    message: localized(
      `${error.message.zh}。该备注同时写了 ${name} = ${one.zh} 和 ${other.zh}，而一条记录只有一个 ${name}：${why.zh}，请在一列中写明按哪一个评级`,
      `${error.message.en}. The remark names both ${name} = ${one.en} and ${other.en}, and a record has one ${name}: ${why.en}, so give the one to grade by in a column`,
    ),
  };
}

/**
 * Whether an id column's (or key's) cell is an id rather than a word (hostile-25 W7): it has a digit in it, ASCII or
 * full-width (`S-001`, `T2`, `２３`). `试样` and `Specimen` head a specimen's description as often as its number, and a
 * cell there that says `移动空调` or `多联机` (no digit) is the word the unread-value check exists for.
 */
function looksLikeId(cell: string): boolean {
  return /[0-9０-９]/u.test(cell);
}

/** How a JSON key is let be: `near` (never looked at), `id` (its ids are let be, its words looked at), or not. */
type KeyLetBe = 'near' | 'id' | false;

/**
 * Whether a JSON key is not looked at: it folds to an indicator's name or
 * label (`结构形式`, `unit_configuration`), which the grader refuses as a near
 * miss with its own message (`near`); or it names an id (`编号`, `sample id`:
 * {@link isIdHeader}), whose values are let be when they look like ids, as a
 * table's id column's are (`id`). Each key folded once.
 */
function keysLetBe(indicators: readonly IndicatorInfo[]): (key: string) => KeyLetBe {
  const fold = (text: string) => foldValueText(text).replace(/[\s_-]+/gu, '');
  const folded = new Set(indicators.flatMap((i) => [i.name, i.label.zh, i.label.en].map(fold)));
  const seen = new Map<string, KeyLetBe>();
  return (key) => {
    let found = seen.get(key);
    if (found === undefined) {
      // An id key (编号, 试样, sample id) is let be too, as an id column is (isIdHeader), but for its words.
      found = folded.has(fold(key)) ? 'near' : isIdHeader(key) ? 'id' : false;
      // Bounded: ids as keys must not grow it without end.
      if (seen.size >= 4096) seen.clear();
      seen.set(key, found);
    }
    return found;
  };
}

/**
 * "record 2 (line 3): column "机型" holds "移动式", which is unitConfiguration = mobile (移动式), but the column is not
 * read as it: the record would be graded with its default "split"…", with what to do: map the column (an enum),
 * or give the indicator as its own column of yes/no (a boolean, whose column holds other words), or keep the
 * column if it says something else.
 */
function unreadValueError(
  whole: string,
  clause: string | undefined,
  column: string | UnnamedColumn,
  word: ValueWord,
  where: LocalizedText,
  naming: OptionNaming | undefined,
): RecordError {
  if (typeof column !== 'string') return unnamedValueError(whole, clause, column, word, where);
  // The advice is about the words that say the value: the clause of a remark of several.
  const cell = clause ?? whole;
  const ind = word.indicator;
  const { name } = ind;
  const [shownCell, shownColumn] = [cutShort(whole), cutShort(column)];
  const says = saysOf(word, clause);
  const map = mapText(naming, column, name);
  const keep = naming === 'studio' ? undefined : keepOption(naming, column);
  // A boolean's column is read by yes/no and its value labels (水冷 for false on 风冷式), an enum's by its values
  // (`适用气候：T3` is none): `--map` only when the column, so read, reads this cell.
  const values = ind.values?.map(String).join('、') ?? '';
  const fix: LocalizedText =
    ind.type === 'boolean' && typeof booleanCell(cell, ind) !== 'boolean'
      ? localized(
          `请把它写成一列“${ind.label.zh}”，每行填 是 或 否（该列中的其他文字读不成 ${name}）`,
          `give it as a column headed "${ind.label.zh}" (or ${name}) of yes or no in each row (the column's other words do not read as ${name})`,
        )
      : ind.type === 'enum' && !enumReads(cell, ind)
        ? localized(
            `请把它写成一列“${ind.label.zh}”，每行填 ${values} 之一（该列中的其他文字读不成 ${name}）`,
            `give it as a column headed "${ind.label.zh}" (or ${name}) holding one of ${values.replaceAll('、', ', ')} in each row (the column's other words do not read as ${name})`,
          )
        : localized(`请用 ${map} 读取它`, `read it with ${map}`);
  const other = keep
    ? localized(
        `；如果它说的是别的，请用 ${keep} 保留它`,
        `; if it says something else, keep it with ${keep}`,
      )
    : localized('', '');
  return {
    field: name,
    code: 'missing',
    message: localized(
      `${where.zh}的“${shownColumn}”列是“${shownCell}”，${says.zh}，但该列没有作为它读取：该记录会${taken(ind.default).zh}。如果该列就是 ${name}，${fix.zh}${other.zh}`,
      `${where.en}: column "${shownColumn}" holds "${shownCell}", ${says.en}, but the column is not read as it: the record would be ${taken(ind.default).en}. If the column is ${name}, ${fix.en}${other.en}`,
    ),
  };
}

/**
 * Whether an enum's column, read as the indicator, reads a cell as one of its values: a value (`T3`, `ｔ３`), a
 * label or alias (`窗式`); not a wrapping the check reads (`适用气候：T3`), which `--map` would refuse.
 */
function enumReads(cell: string, ind: IndicatorInfo): boolean {
  const value = convertCell(cell, ind)?.value;
  if (ind.values?.some((v) => v === value)) return true;
  const spellings = valueSpellingsOf(ind);
  const text = cell.trim();
  return spellings !== undefined && (spellings.has(text) || spellings.has(foldValueText(text)));
}

/**
 * The value a word says, as a reader writes it: 是/否 (yes/no), with its label when the boolean gives one
 * (`否（水冷式）`), or an enum value with its label when that says more.
 */
function valueShown(word: ValueWord): LocalizedText {
  const { value, indicator } = word;
  const label = indicator.valueLabels?.[String(value)];
  if (typeof value === 'boolean') {
    const [zh, en] = value ? ['是', 'yes'] : ['否', 'no'];
    return label ? localized(`${zh}（${label.zh}）`, `${en} (${label.en})`) : localized(zh, en);
  }
  const code = String(value);
  const more = (text: string | undefined) =>
    text !== undefined && foldValueText(text) !== foldValueText(code) ? text : undefined;
  const zh = more(label?.zh);
  const en = more(label?.en);
  return localized(zh ? `${code}（${zh}）` : code, en ? `${code} (${en})` : code);
}

/**
 * What the cell (or its clause) says, as a message writes it: "which is climateType = T3" (zh `即 climateType = T3`);
 * for a value turned round (`非T1`: hostile-31 W4), "which says climateType is not T1" (zh `即 climateType 不是 T1`).
 */
function saysOf(word: ValueWord, clause: string | undefined): LocalizedText {
  const which = whichClause(clause);
  const value = valueShown(word);
  const { name } = word.indicator;
  if (!word.negated)
    return localized(`${which.zh}即 ${name} = ${value.zh}`, `${which.en} ${name} = ${value.en}`);
  const whichSays = clause === undefined ? 'which says' : `whose clause "${cutShort(clause)}" says`;
  return localized(`${which.zh}即 ${name} 不是 ${value.zh}`, `${whichSays} ${name} is not ${value.en}`);
}

/**
 * How a message names what says the value: the cell (`which is`), or its clause (`whose clause "风冷：否" is`;
 * zh `其中“风冷：否”`).
 */
function whichClause(clause: string | undefined): LocalizedText {
  if (clause === undefined) return localized('', 'which is');
  const shown = cutShort(clause);
  return localized(`其中“${shown}”`, `whose clause "${shown}" is`);
}

/** A column under an empty header, by its 0-based position. */
interface UnnamedColumn {
  unnamed: number;
}

function unnamedColumn(column: number): UnnamedColumn {
  return { unnamed: column };
}

/** A column's letter as a spreadsheet names it: 0 → A, 26 → AA. */
function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * "record 2 (line 3): column 5 (E), which has no header, holds "移动式", which is unitConfiguration = mobile…":
 * a cell under an empty header (hostile-23 W11). It can be neither mapped nor kept by name: give it a header.
 */
function unnamedValueError(
  cell: string,
  clause: string | undefined,
  column: UnnamedColumn,
  word: ValueWord,
  where: LocalizedText,
): RecordError {
  const ind = word.indicator;
  const { name } = ind;
  const n = column.unnamed + 1;
  const letter = columnLetter(column.unnamed);
  const shownCell = cutShort(cell);
  const says = saysOf(word, clause);
  return {
    field: name,
    code: 'missing',
    message: localized(
      `${where.zh}的第 ${n} 列（${letter} 列，没有表头）是“${shownCell}”，${says.zh}，但没有表头的列不会读取：该记录会${taken(ind.default).zh}。如果该列就是 ${name}，请给它写上表头“${ind.label.zh}”；如果它说的是别的，请给它写上表头并保留该列`,
      `${where.en}: column ${n} (${letter}), which has no header, holds "${shownCell}", ${says.en}, but a column with no header is not read: the record would be ${taken(ind.default).en}. If the column is ${name}, give it the header "${ind.label.zh}" (or ${name}); if it says something else, give it a header and keep it`,
    ),
  };
}
