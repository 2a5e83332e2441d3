import { type LocalizedText, localized } from '../text/localized-text';

/**
 * How a usage error names the option the caller gave: as the CLI's flag
 * (`--map 屈服强度=yieldStrength`, the default), as the library's option
 * (`options.map { "屈服强度": "yieldStrength" }`), so `gradeFile`'s caller is
 * not told about flags it never wrote, or as the studio page's control
 * (`studio`: its formula checkbox). The studio's mapping box takes `--map`'s
 * `column=field` and says so, so its messages name a mapping as `--map` does
 * (never a mapping file); the page reads no file by path and keeps only the
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
 * `--map` always, as its mapping box reads each line (it has no mapping file).
 *
 * @example
 * mapOption('api', 'apf', 'apff') // 'options.map { "apf": "apff" }'
 * mapOption('cli', 'apf', 'apff', 'map.yaml') // '--map-file map.yaml ("apf": "apff")'
 * mapOption('studio', 'apf', 'apff', 'sample') // '--map apf=apff'
 */
export function mapOption(
  naming: OptionNaming | undefined,
  column: string,
  field: string,
  file?: string,
): string {
  if (naming === 'api') return `options.map { ${JSON.stringify(column)}: ${JSON.stringify(field)} }`;
  return file === undefined || naming === 'studio'
    ? `--map ${column}=${field}`
    : `--map-file ${file} (${JSON.stringify(column)}: ${JSON.stringify(field)})`;
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
