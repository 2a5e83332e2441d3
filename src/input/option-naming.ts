import { type LocalizedText, localized } from '../text/localized-text';

/**
 * How a usage error names the option the caller gave: as the CLI's flag
 * (`--map 屈服强度=yieldStrength`, the default), as the library's option
 * (`options.map { "屈服强度": "yieldStrength" }`), so `gradeFile`'s caller is
 * not told about flags it never wrote, or as the studio page's control
 * (`studio`: its formula checkbox, its column-mapping box). The studio's
 * mapping box takes `--map`'s `column=field`, a line each, so its messages
 * name a mapping by that line (never a mapping file, never `--map`), and
 * name no CLI command; the page reads no file by path and keeps only the
 * columns `keep: 'auto'` finds, so no message of its names an encoding or a
 * kept column.
 *
 * @example
 * const read: ReadOptions = { mapping, indicators, naming: 'api' };
 */
export type OptionNaming = 'cli' | 'api' | 'studio';

/**
 * A column mapping as the caller wrote it: in the mapping file `file` when
 * it came from one, else as `--map` (or `options.map`); in the studio, as
 * the line of its column-mapping box (`column=field`: the page has no
 * `--map`, and its messages about the box say which line).
 *
 * @example
 * mapOption('api', 'apf', 'apff') // 'options.map { "apf": "apff" }'
 * mapOption('cli', 'apf', 'apff', 'map.yaml') // '--map-file map.yaml ("apf": "apff")'
 * mapOption('studio', 'apf', 'apff', 'sample') // 'apf=apff'
 */
export function mapOption(
  naming: OptionNaming | undefined,
  column: string,
  field: string,
  file?: string,
): string {
  if (naming === 'api') return `options.map { ${JSON.stringify(column)}: ${JSON.stringify(field)} }`;
  if (naming === 'studio') return `${column}=${field}`;
  return file === undefined
    ? `--map ${column}=${field}`
    : `--map-file ${file} (${JSON.stringify(column)}: ${JSON.stringify(field)})`;
}

/**
 * Where the caller maps a column elsewhere, ending the advice "map one of
 * them elsewhere": the CLI's `--map`, the library's `options.map`, or the
 * studio's column-mapping box (its label is the page's `mapping` text,
 * src/studio/page/texts.ts).
 *
 * @example
 * mapAdvice('cli').zh // '请用 --map '
 * mapAdvice('studio').en // 'in the column mapping box'
 */
export function mapAdvice(naming: OptionNaming | undefined): LocalizedText {
  if (naming === 'studio') return localized('请在“列映射”框中', 'in the column mapping box');
  const option = naming === 'api' ? 'options.map' : '--map';
  return localized(`请用 ${option} `, `with ${option}`);
}

/**
 * Where the caller finds the indicators' types and units, after their
 * names in a message: the CLI names its command; the library and the studio
 * (whose editor shows the rule set) have none to name.
 *
 * @example
 * indicatorTypesPointer('cli').en // '; with their types and units: qgrade schema input --rules <rule set>'
 * indicatorTypesPointer('studio').zh // ''
 */
export function indicatorTypesPointer(naming: OptionNaming | undefined): LocalizedText {
  if (naming === 'api' || naming === 'studio') return localized('', '');
  return localized(
    '；类型和单位见 qgrade schema input --rules <规则集>',
    '; with their types and units: qgrade schema input --rules <rule set>',
  );
}

/**
 * A kept column as the caller wrote it.
 *
 * @example
 * keepOption('api', '型号') // 'options.keep ["型号"]'
 */
export function keepOption(naming: OptionNaming | undefined, column: string): string {
  return naming === 'api' ? `options.keep [${JSON.stringify(column)}]` : `--keep ${column}`;
}

/**
 * An encoding as the caller writes it, to name one or to advise one.
 *
 * @example
 * encodingOption('api', 'gb18030') // "encoding: 'gb18030'"
 */
export function encodingOption(naming: OptionNaming | undefined, encoding: string): string {
  return naming === 'api' ? `encoding: '${encoding}'` : `--encoding ${encoding}`;
}

/**
 * What the caller does to read formulas' saved results: give the option as
 * it writes it, or, in the studio, tick the samples' checkbox (its label is
 * the page's `readSavedFormulas` text, src/studio/page/texts.ts).
 *
 * @example
 * formulasAdvice('api').en // "give formulas: 'saved'"
 * formulasAdvice('studio').en // 'tick "Read formula cells\' saved results"'
 */
export function formulasAdvice(naming: OptionNaming | undefined): LocalizedText {
  if (naming === 'studio')
    return localized('勾选“读取公式单元格保存的结果”', 'tick "Read formula cells\' saved results"');
  const option = naming === 'api' ? "formulas: 'saved'" : '--formulas saved';
  return localized(`给出 ${option}`, `give ${option}`);
}

/**
 * What the caller does to have JSON records read one per line: give the
 * format as it writes it, or, in the studio (which tells JSON from NDJSON by
 * the text's first character), write them one per line without the `[ ]`.
 *
 * @example
 * ndjsonAdvice('cli').en // 'give -i ndjson'
 * ndjsonAdvice('studio').zh // '去掉外面的方括号 [ ]，每行写一条记录'
 */
export function ndjsonAdvice(naming: OptionNaming | undefined): LocalizedText {
  if (naming === 'studio')
    return localized(
      '去掉外面的方括号 [ ]，每行写一条记录',
      'write them one per line, without the enclosing [ ]',
    );
  const option = naming === 'api' ? "format: 'ndjson'" : '-i ndjson';
  return localized(`给出 ${option}`, `give ${option}`);
}
