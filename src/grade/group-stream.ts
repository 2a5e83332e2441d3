import { finishItem, itemRecord } from '../batch/finish-item';
import { UsageError } from '../errors/usage-error';
import { columnField, columnValue, headerHasColumn, noSuchColumn } from '../input/column-value';
import type { InputItem, WrittenHeader } from '../input/input-item';
import type { GradeResult } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import type { RuleSetModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { withoutZeroWidth } from '../text/unseen-character';
import { GroupGrading, type GroupMember } from './grade-group';
import { NO_KEY } from './group-key';
import { foldGroupKey, KeySpellings } from './group-key-spellings';

/** Grades one record and gives its values by slot (`null` when invalid): a split grader's `gradeWithValues`. */
export type GradeWithValues = (record: unknown) => { result: GradeResult; values: readonly unknown[] | null };

/**
 * Grades the items of an input group by group, where a group is a run of
 * consecutive items with the same value in `column` (a record field, or a
 * kept column). The input must be sorted (or at least grouped) by that
 * column: each group is graded as its records stream past and yielded when
 * the key changes, so memory holds one group's running statistics and the
 * keys seen so far, never the records. A key that comes back after its group
 * closed is a {@link UsageError} naming both rows. A row that cannot be read
 * as a record is an invalid record of the group its own key cell names (a
 * CSV row with a cell too many), else of the records with no key. Records with no
 * value in `column` are graded as one group of their own, key `''` (shown
 * as "（无值）", "(no value)"), yielded last: none is lost, and a keyed group
 * they sit in is not closed by them. If no record has a key at all, that is
 * a {@link UsageError} (a misspelt field of JSON records) instead. Keys
 * are compared folded ({@link foldGroupKey}); a group is named by its key
 * as first written, and `router.spellings` holds the others.
 *
 * @param header - the input's header once read (its cells as written and the fields they give): the
 *   column may be named as the file heads it, and a record without a key then says whether the input
 *   has no such column at all
 * @param onMember - told of each record as it is graded, with its group's key (the studio lists a lot's records)
 */
export async function* gradeGroups(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  column: string,
  grade: GradeWithValues,
  model: RuleSetModel,
  header?: () => WrittenHeader | undefined,
  router = new GroupRouter(column, header),
  onMember?: (member: GroupMember, key: string) => void,
): AsyncGenerator<GroupResult> {
  let current: GroupGrading | undefined;
  let keyless: GroupGrading | undefined;
  const member = (item: InputItem, key: string) => {
    const m = groupMember(item, grade, model);
    onMember?.(m, key);
    return m;
  };
  for await (const item of items as AsyncIterable<InputItem>) {
    const step = router.route(item);
    if (step.keyless) {
      keyless ??= new GroupGrading(model, NO_KEY);
      keyless.add(member(item, NO_KEY));
      continue;
    }
    if (step.closes && current) {
      yield current.finish();
      current = undefined;
    }
    if (step.reopened) throw step.reopened;
    current ??= new GroupGrading(model, step.key);
    current.add(member(item, step.key));
  }
  if (current) yield current.finish();
  router.end();
  if (keyless) yield keyless.finish();
}

/**
 * Where an item goes: the key of its group, whether it closes the group of
 * the items before it, and, for a key that comes back after its group
 * closed, the error to stop with once the closed group is out.
 */
export interface GroupRoute {
  key: string;
  closes: boolean;
  reopened?: UsageError;
  /** The item has no key ({@link NO_KEY}): it goes to the group of such records, and closes no group. */
  keyless?: boolean;
}

/**
 * Splits input items into groups as {@link gradeGroups} does, one item at a
 * time (a plain call per item, not a generator step: it runs once per
 * record): a run of items with the same value in `column` is a group, a key
 * that comes back after its group closed is a {@link UsageError} naming both
 * rows, a row that cannot be read is placed by its own key cell, and a
 * record without a key (a row none of whose cells can be read) is routed `keyless`, closing no group.
 */
export class GroupRouter {
  readonly #column: string;
  readonly #header: (() => WrittenHeader | undefined) | undefined;
  /** Closed groups by folded key: the row each closed at. */
  readonly #closed = new Map<string, { row: number; key: string }>();
  /** The open group: its key folded, as first written, and its last row. */
  #current: { folded: string; key: string; lastRow: number } | undefined;
  /** Keys merged with another spelling of them, for a notice. */
  readonly spellings = new KeySpellings();
  /** Whether an item was routed keyless, and whether one had a key. */
  #keyless = false;
  #keyed = false;
  // The field a column headed so gives (`强度等级` read as strengthClass); known once the header is read.
  #field: string | undefined;

  /**
   * @param header - the input's header once read (its cells as written and the fields they give): the
   *   column may be named as the file heads it, and a record without a key then says whether the input
   *   has no such column at all
   */
  constructor(column: string, header?: () => WrittenHeader | undefined) {
    this.#column = column;
    this.#header = header;
  }

  /** The route of the next item. Throws a {@link UsageError} when the input has no such column at all. */
  route(item: InputItem): GroupRoute {
    const column = this.#column;
    this.#field ??= columnField(column, this.#header?.());
    const current = this.#current;
    // A row that cannot be read as a record is placed by its own key cell where it has one (a row with a cell too
    // many), as its kept values name it, else with the records that have no key: never in the lot above (hostile-39 W1).
    const key = keyOf(item, this.#field, column, this.#header?.());
    if (key === undefined) {
      this.#keyless = true;
      return { key: NO_KEY, closes: false, keyless: true };
    }
    this.#keyed = true;
    const folded = foldGroupKey(key);
    if (current && folded === current.folded) {
      current.lastRow = item.row;
      if (key !== current.key) this.spellings.note(current.key, key);
      return { key: current.key, closes: false };
    }
    if (current) this.#closed.set(current.folded, { row: current.lastRow, key: current.key });
    const closed = this.#closed.get(folded);
    if (closed !== undefined) {
      const closedAt = closed.row;
      // Another spelling of the closed group's key (Ｌ3 for L3) is named with it.
      const was = closed.key === key ? undefined : safeLine(cutShort(closed.key));
      // The key as a message shows it: one line, cut short, no control characters.
      const shown = safeLine(cutShort(key));
      const reopened = new UsageError(
        localized(
          `第 ${item.row} 条记录的“${column}”又是“${shown}”${was === undefined ? '' : `（即“${was}”）`}，但该组已在第 ${closedAt} 条结束：--group-by 逐组依次评级，同一组的记录必须连在一起，请按“${column}”对输入排序`,
          `row ${item.row} has ${column} "${shown}"${was === undefined ? '' : ` (the group "${was}")`} again, but that group closed at row ${closedAt}: --group-by grades each group as its rows stream past, so the input must be sorted by ${column}`,
        ),
      );
      this.#current = undefined;
      return { key, closes: current !== undefined, reopened };
    }
    this.#current = { folded, key, lastRow: item.row };
    return { key, closes: current !== undefined };
  }

  /**
   * At the end of the input. With no item at all, a header without the column is an error, or a typo
   * would pass unnoticed; so is a column no record has a value in (JSON records have no header to check).
   */
  end(): void {
    if (this.#keyed) return;
    const column = this.#column;
    const known = this.#header?.();
    if (known && !headerHasColumn(known, column)) throw noSuchColumn('--group-by', column, known.cells);
    if (this.#keyless) throw noKey(column);
  }
}

/**
 * One item graded as a member of its group: the result finished for the item
 * (error rows, conversion messages) and its values by slot for the statistics.
 */
export function groupMember(item: InputItem, grade: GradeWithValues, model: RuleSetModel): GroupMember {
  const graded = grade(itemRecord(item));
  const result = finishItem(item, graded.result, model);
  const member: GroupMember = { row: item.row, result, values: result.errors ? null : graded.values };
  if ('place' in item && item.place) member.place = item.place;
  if (item.kept) member.kept = item.kept;
  return member;
}

/** The item's key; `undefined` for none. Throws when the header shows the input has no such column. */
function keyOf(
  item: InputItem,
  field: string | undefined,
  column: string,
  header: WrittenHeader | undefined,
): string | undefined {
  // A key is named without its zero-width characters (a U+200B pasted after it): they part no lot (hostile-33 F0c).
  const key = withoutZeroWidth(columnValue(item, field, column));
  if (key !== '') return key;
  if (header && !headerHasColumn(header, column)) throw noSuchColumn('--group-by', column, header.cells);
  return undefined;
}

/** No record has a key: the column is most likely misspelt (JSON records, with no header to check it against). */
function noKey(column: string): UsageError {
  const shown = safeLine(cutShort(column));
  return new UsageError(
    localized(
      `没有一条记录的 --group-by 列“${shown}”有值，无法分组；请检查列名`,
      `no record has a value in the --group-by column "${shown}", so none can be grouped; check the column's name`,
    ),
  );
}
