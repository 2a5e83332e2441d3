import type { Readable } from 'node:stream';
import type { FieldTwin } from '../compare/field-twins';
import type { SideHeaderFields } from '../compare/side-reads';
import { UsageError } from '../errors/usage-error';
import type { ColumnMapping } from '../input/column-mapping';
import { readRecords } from '../input/read-records';
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
 */
export async function compareSideHeaders(
  data: string,
  options: InputOptions,
  mapping: ColumnMapping,
  a: readonly IndicatorInfo[],
  b: readonly IndicatorInfo[],
  twins: readonly FieldTwin[],
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
  const headerA = await sideHeader(data, options, sideA, a, stdin, 'A');
  const headerB = await sideHeader(data, options, sideB, b, stdin, 'B');
  if (headerA === undefined || headerB === undefined) return undefined;
  if (headerA.cells.join('\u0000') !== headerB.cells.join('\u0000')) return undefined;
  return { cells: headerA.cells, a: headerA.fields, b: headerB.fields };
}

async function sideHeader(
  data: string,
  options: InputOptions,
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  stdin: Readable,
  side: 'A' | 'B',
): Promise<{ cells: readonly string[]; fields: readonly string[] } | undefined> {
  try {
    const source = await readRecords(data, {
      mapping,
      indicators,
      stdin,
      keep: 'none',
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
      ...(options.inputFormat === undefined ? {} : { format: options.inputFormat }),
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(options.formulas === undefined ? {} : { formulas: options.formulas }),
      ...(options.maxRecordLength === undefined ? {} : { maxRecordLength: options.maxRecordLength }),
    });
    if (source.format === 'json' || source.format === 'ndjson') return undefined;
    // The header is read with the first record.
    const items = source.items[Symbol.asyncIterator]();
    await items.next();
    await items.return?.();
    return source.header?.();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(
      localized(
        `按规则集 ${side}（与 qgrade grade -r ${side} 一样）：${error.text.zh}`,
        `under rule set ${side} (as qgrade grade -r ${side} says): ${error.text.en}`,
      ),
    );
  }
}
