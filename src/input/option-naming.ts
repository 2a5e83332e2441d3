/**
 * How a usage error names the option the caller gave: as the CLI's flag
 * (`--map 屈服强度=yieldStrength`, the default) or as the library's option
 * (`options.map { "屈服强度": "yieldStrength" }`), so `gradeFile`'s caller is
 * not told about flags it never wrote.
 *
 * @example
 * const read: ReadOptions = { mapping, indicators, naming: 'api' };
 */
export type OptionNaming = 'cli' | 'api';

/**
 * A column mapping as the caller wrote it: in the mapping file `file` when
 * it came from one, else as `--map` (or `options.map`).
 *
 * @example
 * mapOption('api', 'apf', 'apff') // 'options.map { "apf": "apff" }'
 * mapOption('cli', 'apf', 'apff', 'map.yaml') // '--map-file map.yaml ("apf": "apff")'
 */
export function mapOption(
  naming: OptionNaming | undefined,
  column: string,
  field: string,
  file?: string,
): string {
  if (naming === 'api') return `options.map { ${JSON.stringify(column)}: ${JSON.stringify(field)} }`;
  return file === undefined
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
 * The option that reads formulas' saved results, as the caller writes it.
 *
 * @example
 * formulasOption('api') // "formulas: 'saved'"
 */
export function formulasOption(naming: OptionNaming | undefined): string {
  return naming === 'api' ? "formulas: 'saved'" : '--formulas saved';
}
