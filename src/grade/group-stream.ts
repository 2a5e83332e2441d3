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
import { GroupGrading, type GroupMember } from './grade-group';

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
 * belongs to the group it sits in, as an invalid record.
 *
 * @param header - the input's header once read (its cells as written and the fields they give): the
 *   column may be named as the file heads it, and a record without a key then says whether the input
 *   has no such column at all
 */
export async function* gradeGroups(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  column: string,
  grade: GradeWithValues,
  model: RuleSetModel,
  header?: () => WrittenHeader | undefined,
): AsyncGenerator<GroupResult> {
  const router = new GroupRouter(column, header);
  let current: GroupGrading | undefined;
  for await (const item of items as AsyncIterable<InputItem>) {
    const step = router.route(item);
    if (step.closes && current) {
      yield current.finish();
      current = undefined;
    }
    if (step.reopened) throw step.reopened;
    current ??= new GroupGrading(model, step.key);
    current.add(groupMember(item, grade, model));
  }
  if (current) yield current.finish();
  else router.end();
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
}

/**
 * Splits input items into groups as {@link gradeGroups} does, one item at a
 * time (a plain call per item, not a generator step: it runs once per
 * record): a run of items with the same value in `column` is a group, a key
 * that comes back after its group closed is a {@link UsageError} naming both
 * rows, and a row that cannot be read belongs to the group it sits in.
 */
export class GroupRouter {
  readonly #column: string;
  readonly #header: (() => WrittenHeader | undefined) | undefined;
  readonly #closed = new Map<string, number>();
  #current: { key: string; lastRow: number } | undefined;
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

  /** The route of the next item. Throws a {@link UsageError} for an item without a key. */
  route(item: InputItem): GroupRoute {
    const column = this.#column;
    this.#field ??= columnField(column, this.#header?.());
    const current = this.#current;
    const key =
      'unreadable' in item && current ? current.key : keyOf(item, this.#field, column, this.#header?.());
    if (current && key === current.key) {
      current.lastRow = item.row;
      return { key, closes: false };
    }
    if (current) this.#closed.set(current.key, current.lastRow);
    const closedAt = this.#closed.get(key);
    if (closedAt !== undefined) {
      // The key as a message shows it: one line, cut short, no control characters.
      const shown = safeLine(cutShort(key));
      const reopened = new UsageError(
        localized(
          `第 ${item.row} 条记录的“${column}”又是“${shown}”，但该组已在第 ${closedAt} 条结束：--group-by 逐组依次评级，同一组的记录必须连在一起，请按“${column}”对输入排序`,
          `row ${item.row} has ${column} "${shown}" again, but that group closed at row ${closedAt}: --group-by grades each group as its rows stream past, so the input must be sorted by ${column}`,
        ),
      );
      this.#current = undefined;
      return { key, closes: current !== undefined, reopened };
    }
    this.#current = { key, lastRow: item.row };
    return { key, closes: current !== undefined };
  }

  /** At the end of an input that gave no item: a header without the column is an error, or a typo would pass unnoticed. */
  end(): void {
    if (this.#current) return;
    const known = this.#header?.();
    if (known && !headerHasColumn(known, this.#column))
      throw noSuchColumn('--group-by', this.#column, known.cells);
  }
}

/**
 * One item graded as a member of its group: the result finished for the item
 * (error rows, conversion messages) and its values by slot for the statistics.
 */
export function groupMember(item: InputItem, grade: GradeWithValues, model: RuleSetModel): GroupMember {
  const graded = grade(itemRecord(item));
  const result = finishItem(item, graded.result, model);
  const member = { row: item.row, result, values: result.errors ? null : graded.values };
  return item.kept ? { ...member, kept: item.kept } : member;
}

function keyOf(
  item: InputItem,
  field: string | undefined,
  column: string,
  header: WrittenHeader | undefined,
): string {
  const key = columnValue(item, field, column);
  if (key === '') {
    if (header && !headerHasColumn(header, column)) throw noSuchColumn('--group-by', column, header.cells);
    throw new UsageError(
      localized(
        `第 ${item.row} 条记录的 --group-by 列“${column}”没有值；每条记录都需要它才能归入一组`,
        `row ${item.row} has no value in the --group-by column "${column}"; every record needs one to be placed in a group`,
      ),
    );
  }
  return key;
}
