import type { Readable } from 'node:stream';
import type { FieldTwin } from '../compare/field-twins';
import type { SideHeaderFields } from '../compare/side-reads';
import { UsageError } from '../errors/usage-error';
import type { ColumnMapping } from '../input/column-mapping';
import { readRecords } from '../input/read-records';
import type { AlsoReadBy } from '../input/unit-mismatch';
import type { IndicatorInfo } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import type { InputOptions } from './input-options';

/**
 * The input's header as `qgrade grade -r A` and `qgrade grade -r B` each
 * read it, for `qgrade compare`, which reads the input once for both: a
 * header that one rule set alone refuses (a column close to an indicator
 * of its that would take its default, a symbol that names two of its
 * indicators) stops compare too, with a message that says which rule set
 * (hostile-21 W7, W11); one that each reads its own way tells compare what
 * each side reads ({@link SideHeaderFields}). Only the header is read.
 * `undefined` for stdin (read once) and for JSON, which has no header.
 *
 * @param mapping - the column mapping of `--map` and `--map-file`, twins by A's name
 * @param both - what compare reads the input with: a side's refusal that the reading for both words
 *   otherwise (a unit A and B read differently) is told in those words
 */
export async function compareSideHeaders(
  data: string,
  options: InputOptions,
  mapping: ColumnMapping,
  a: readonly IndicatorInfo[],
  b: readonly IndicatorInfo[],
  twins: readonly FieldTwin[],
  both: { indicators: readonly IndicatorInfo[]; alsoRead: AlsoReadBy },
  stdin: Readable,
): Promise<SideHeaderFields | undefined> {
  if (data === '-') return undefined;
  const namesA = new Set(a.map((i) => i.name));
  const namesB = new Set(b.map((i) => i.name));
  const toB = new Map(twins.map((t) => [t.a, t.b]));
  // Each side's mapping: the maps to its own indicators (a twin by its name), and those to neither, as given.
  const sideA = new Map([...mapping].filter(([, f]) => namesA.has(f) || !namesB.has(f)));
  const sideB: ColumnMapping = new Map();
  for (const [column, field] of mapping) {
    const own = toB.get(field) ?? field;
    if (namesB.has(own) || !namesA.has(field)) sideB.set(column, own);
  }
  const read = { data, options, stdin };
  const headerA = await sideHeader(read, sideA, a);
  const headerB = await sideHeader(read, sideB, b);
  for (const [side, header] of [
    ['A', headerA],
    ['B', headerB],
  ] as const) {
    if (!('error' in header)) continue;
    // The reading for both may refuse the header too, in words of its own (a unit that is A's but not B's names
    // both rule sets): those stand. The same refusal, or none, is this side's: say which side refuses.
    const bothSay = await sideHeader(read, mapping, both.indicators, both.alsoRead);
    if ('error' in bothSay && bothSay.error.text.en !== header.error.text.en) throw bothSay.error;
    throw new UsageError(
      localized(
        `按规则集 ${side}（与 qgrade grade -r ${side} 一样）：${header.error.text.zh}`,
        `under rule set ${side} (as qgrade grade -r ${side} says): ${header.error.text.en}`,
      ),
    );
  }
  if (!('header' in headerA) || !('header' in headerB)) return undefined;
  const [cellsA, cellsB] = [headerA.header.cells, headerB.header.cells];
  if (cellsA.join('\u0000') !== cellsB.join('\u0000')) return undefined;
  return { cells: cellsA, a: headerA.header.fields, b: headerB.header.fields };
}

type SideHeader =
  | { header: { cells: readonly string[]; fields: readonly string[] } }
  | { error: UsageError }
  | { none: true };

/** The header of the input read with `indicators` (no notices), or the usage error that reading stops with. */
async function sideHeader(
  { data, options, stdin }: { data: string; options: InputOptions; stdin: Readable },
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  alsoRead?: AlsoReadBy,
): Promise<SideHeader> {
  try {
    const source = await readRecords(data, {
      mapping,
      indicators,
      stdin,
      ...(alsoRead === undefined ? {} : { alsoRead }),
      keep: 'none',
      // A workbook is read whole, not streamed: only its top rows, where the header is (xlsx-committee-43).
      headerOnly: true,
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...(options.inputFormat === undefined ? {} : { format: options.inputFormat }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.formulas === undefined ? {} : { formulas: options.formulas }),
      ...(options.maxRecordLength === undefined ? {} : { maxRecordLength: options.maxRecordLength }),
    });
    if (source.format === 'json' || source.format === 'ndjson') return { none: true };
    // The header is read with the first record.
    const items = source.items[Symbol.asyncIterator]();
    await items.next();
    await items.return?.();
    const header = source.header?.();
    return header ? { header } : { none: true };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { error };
  }
}
