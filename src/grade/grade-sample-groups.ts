import type { InputItem, WrittenHeader } from '../input/input-item';
import type { OptionNaming } from '../input/option-naming';
import type { GradeResult } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import type { RuleSet } from '../resolve/rule-set';
import { modelOf } from '../resolve/rule-set';
import type { LocalizedText } from '../text/localized-text';
import { compileGrader } from './create-grader';
import type { SampleOptions } from './grade-sample';
import { sampleTable } from './grade-sample';
import { GroupRouter, gradeGroups } from './group-stream';

/**
 * One group of a sample graded as a unit, as `qgrade grade --group-by` grades it, with its records' own results
 * in input order (the studio unfolds them under the lot).
 */
export interface SampleGroup {
  /** The group's result, as `grade --group-by` writes it. */
  result: GroupResult;
  /** Its records' results, in input order. */
  records: GradeResult[];
}

/**
 * Grades a sample (text or bytes, read as {@link sampleTable} reads it) group by group on `column`, with the
 * CLI's grouping ({@link gradeGroups}): a run of rows with the same key is a group, keys folded as
 * `--group-by` folds them; the input must be sorted by the column, and a key that comes back after its group
 * closed is the CLI's usage error. Records with no key are the last group. Not public: the studio's lots.
 *
 * @param watch - sees the items on their way to the grouping (the studio watches the column as `--group-by` does, for its notices)
 * @returns the groups in input order, and the notice of keys written two ways (`Ｌ1` pooled with `L1`), if any
 */
export async function gradeSampleGroups(
  ruleSet: RuleSet,
  input: string | Uint8Array,
  options: SampleOptions,
  column: string,
  naming: OptionNaming,
  watch?: (
    items: AsyncIterable<InputItem>,
    header: () => WrittenHeader | undefined,
  ) => AsyncIterable<InputItem>,
): Promise<{ groups: SampleGroup[]; notice?: LocalizedText }> {
  const table = await sampleTable(input, ruleSet.indicators, options, naming, [column]);
  const model = modelOf(ruleSet);
  const router = new GroupRouter(column, table.header);
  const records = new Map<string, GradeResult[]>();
  const groups: SampleGroup[] = [];
  const steps = gradeGroups(
    watch ? watch(table.items, table.header) : table.items,
    column,
    compileGrader(ruleSet).gradeWithValues,
    model,
    table.header,
    router,
    (member, key) => {
      const list = records.get(key) ?? [];
      list.push(member.result);
      records.set(key, list);
    },
  );
  for await (const result of steps) {
    groups.push({ result, records: records.get(result.group) ?? [] });
    records.delete(result.group);
  }
  const notice = router.spellings.notice('--group-by', column);
  return notice === undefined ? { groups } : { groups, notice };
}

/**
 * The columns a sample offers to group by: a CSV/TSV or workbook header's cells as written, or the keys of
 * the first JSON record. Reads the sample (its records are not graded).
 */
export async function sampleColumns(
  input: string | Uint8Array,
  ruleSet: RuleSet,
  options: SampleOptions,
  naming: OptionNaming,
): Promise<string[]> {
  const table = await sampleTable(input, ruleSet.indicators, { ...options, onNotice: () => {} }, naming);
  for await (const item of table.items) {
    const header = table.header();
    if (header) return header.cells.filter((c) => c !== '');
    if ('record' in item && item.record !== null && typeof item.record === 'object')
      return Object.keys(item.record);
  }
  return table.header()?.cells.filter((c) => c !== '') ?? [];
}
