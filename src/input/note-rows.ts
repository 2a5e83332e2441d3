import type { RecordError } from '../model/grade-result';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { type Batched, batched, batchesOf } from './batched';
import type { ColumnMapping } from './column-mapping';
import type { InputItem, RowPlace } from './input-item';

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
 * A row's record as a tabular reader built it, marked {@link InputItem}
 * `notesOnly` (with where it is) when none of `own` — the fields of the
 * row's cells that have a value of their own — is a {@link valueFields}
 * field. A CSV row's own fields are its record's keys (a field is set only
 * for a cell with a value); a sheet row's leave out the values a merged
 * range copies into it, which do not make a row a record (a sign-off line
 * merged across the table).
 */
export function markNotesOnly(
  built: { record: Record<string, unknown>; conversionErrors?: RecordError[] },
  own: Iterable<string>,
  fields: ReadonlySet<string>,
  place: RowPlace,
): { record: Record<string, unknown>; conversionErrors?: RecordError[]; notesOnly?: RowPlace } {
  for (const field of own) if (fields.has(field)) return built;
  return { ...built, notesOnly: place };
}

/** Places listed in the notice; more are counted and shown as "…". */
const LISTED = 10;

/**
 * Drops the rows that hold only notes ({@link markNotesOnly}) and have no
 * kept value (a row with only a sample id stays a record: a sample with
 * every value missing), numbering the records after them as if they were
 * blank rows. Once the input ends, `onNotice` is told which rows were
 * skipped, so none goes unsaid. Run after the kept values are attached.
 */
export function dropNoteRows(
  items: AsyncIterable<InputItem>,
  onNotice: ((text: LocalizedText) => void) | undefined,
): Batched<InputItem> {
  return batched(async function* () {
    let skipped = 0;
    const places: RowPlace[] = [];
    for await (const batch of batchesOf(items)) {
      const out: InputItem[] = [];
      for (const item of batch) {
        if ('record' in item && item.notesOnly) {
          if (!item.kept) {
            skipped++;
            if (places.length < LISTED) places.push(item.notesOnly);
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
    if (skipped > 0) onNotice?.(skippedText(skipped, places));
  });
}

/** The notice for skipped rows: how many, and where (the first {@link LISTED}, then "…"). */
function skippedText(count: number, places: readonly RowPlace[]): LocalizedText {
  const more = count > places.length;
  const numbers = places.map((p) => ('line' in p ? p.line : p.sheetRow));
  const zh = `${numbers.join('、')}${more ? '…' : ''}`;
  const en = `${numbers.join(', ')}${more ? ', …' : ''}`;
  const sheet = places.length > 0 && 'sheetRow' in places[0]!;
  const n = countText(count);
  const plural = count === 1 ? '' : 's';
  return localized(
    `跳过 ${n} 行：没有任何指标列的值，只有备注等文字，不作为记录（${sheet ? '工作表' : ''}第 ${zh} 行）`,
    `skipped ${n} row${plural} with no value under any indicator column (only notes), not counted as ${count === 1 ? 'a record' : 'records'}: ${sheet ? `sheet row${plural}` : `line${plural}`} ${en}`,
  );
}
