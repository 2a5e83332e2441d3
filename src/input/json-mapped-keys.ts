import { UsageError } from '../errors/usage-error';
import { type LocalizedText, localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';
import type { ColumnMapping } from './column-mapping';
import { mappingFile } from './mapping-file';
import { mapOption, type OptionNaming } from './option-naming';

/**
 * Refuses a mapping that maps two keys onto one field, for JSON and NDJSON input (hostile-40 W2): a record with both
 * keys would be graded on whichever comes last in it, without a word. A CSV with both columns is refused by its
 * header (`columns 4 and 5 both give the field "apf"`); a JSON record gives each field under one key, a specimen
 * list too, so the mapping itself is the mistake, whichever keys the records hold.
 *
 * @param naming - how the message names the mapping (default: as `--map`)
 * @throws {@link UsageError} naming both entries
 * @example
 * checkOneKeyPerField(new Map([['m2', 'apf'], ['m3', 'apf']]), 'cli');
 * // UsageError: --map m2=apf and --map m3=apf both map onto the field "apf"; …
 */
export function checkOneKeyPerField(mapping: ColumnMapping, naming: OptionNaming | undefined): void {
  const keyOf = new Map<string, string>();
  for (const [key, field] of mapping) {
    const earlier = keyOf.get(field);
    if (earlier === undefined) {
      keyOf.set(field, key);
      continue;
    }
    const a = mapOption(naming, earlier, field, mappingFile(mapping, earlier));
    const b = mapOption(naming, key, field, mappingFile(mapping, key));
    throw new UsageError(
      localized(
        `${a} 和 ${b} 都映射到字段“${field}”；JSON 记录的每个字段只在一个键下给出，两个键都在时取哪个值无法确定：只把一个键映射到它`,
        `${a} and ${b} both map onto the field "${field}"; a JSON record gives each field under one key, and with both keys which value counts would be a guess: map only one key onto it`,
      ),
    );
  }
}

/** A record that gives one field under two keys once mapped: the field and the two keys, as written. */
export interface MappedKeyClash {
  field: string;
  keys: [string, string];
}

/**
 * Whether a JSON record gives a field both under its own name and under a key the mapping maps onto it
 * (`--map apfMeasured=apf` and a record with `apf` and `apfMeasured`, hostile-40 W2): mapped, the last key in the
 * record wins, so the key order would decide the grade. Such a record is an error row naming both keys; a CSV
 * refuses the two columns in its header. A field mapped away itself (`--map apf=x`) is not given twice.
 *
 * @param record - the record as parsed, before its keys are mapped
 * @example
 * mappedKeyClash({ apf: 5.3, apfMeasured: 4 }, new Map([['apfMeasured', 'apf']])); // { field: 'apf', keys: ['apf', 'apfMeasured'] }
 */
export function mappedKeyClash(record: unknown, mapping: ColumnMapping): MappedKeyClash | undefined {
  if (mapping.size === 0 || record === null || typeof record !== 'object' || Array.isArray(record))
    return undefined;
  let seen: Map<string, string> | undefined;
  // for…in, not Object.keys: no array made per record (a parsed record's keys are all its own).
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const field = mapping.get(key);
    if (field === undefined) continue;
    if (Object.hasOwn(record, field) && !mapping.has(field)) return { field, keys: [field, key] };
    // Two mapped keys onto one field: refused before reading (checkOneKeyPerField); kept here for explain's record.
    seen ??= new Map();
    const other = seen.get(field);
    if (other !== undefined) return { field, keys: [other, key] };
    seen.set(field, key);
  }
  return undefined;
}

/**
 * Why a record with a {@link MappedKeyClash} is not read.
 *
 * @param where - the record's place (`第 2 条记录` / `record 2`, `第 3 行` / `line 3`)
 */
export function mappedKeyClashText(
  { field, keys: [a, b] }: MappedKeyClash,
  where: LocalizedText,
  mapping: ColumnMapping,
  naming: OptionNaming | undefined,
): LocalizedText {
  const mapped = [a, b].filter((k) => mapping.get(k) === field);
  const options = mapped.map((k) => mapOption(naming, k, field, mappingFile(mapping, k)));
  const [qa, qb] = [quoteShort(a), quoteShort(b)];
  return localized(
    `${where.zh}在键 ${qa} 和 ${qb} 下两次给出字段“${field}”（${options.join('、')}），无法确定取哪个值：删去其中一个键，或不再把它映射到“${field}”`,
    `${where.en} gives the field "${field}" twice, under the keys ${qa} and ${qb} (${options.join(', ')}), and which value counts would be a guess: drop one of the keys, or map it elsewhere`,
  );
}
