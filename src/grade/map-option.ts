import { optionValueError } from '../errors/option-value-error';
import type { ColumnMapping } from '../input/column-mapping';
import { trimCell } from '../input/convert-value';
import { localized } from '../text/localized-text';

/**
 * A library function's `map` option (column → indicator, as `--map`) as a
 * column mapping: an object of text values, else a usage error. Column
 * names are trimmed, as an input's headers are. Whether each target names
 * an indicator is for `checkMapTargets` (input/check-column-mapping), with
 * the columns the caller keeps.
 *
 * @param map - the option as given (`undefined`: no mapping)
 * @example
 * const mapping = mapOption({ 屈服强度: 'yieldStrength' }); // Map { '屈服强度' => 'yieldStrength' }
 */
export function mapOption(map: unknown): ColumnMapping {
  if (map === undefined) return new Map();
  // Column → indicator name: a field that is not text would otherwise fail as "field.trim is not a function".
  if (map === null || typeof map !== 'object' || Array.isArray(map)) {
    throw optionValueError(
      localized(
        'options.map 应为“列名 → 指标名”的对象（如 { 屈服强度: "yieldStrength" }）',
        'options.map must be an object of column → indicator name (such as { 屈服强度: "yieldStrength" })',
      ),
      map,
    );
  }
  for (const [column, field] of Object.entries(map)) {
    if (typeof field === 'string') continue;
    throw optionValueError(
      localized(
        `options.map 把“${column}”映射到了非文本的值，应为指标名`,
        `options.map maps ${JSON.stringify(column)} to something other than an indicator name`,
      ),
      field,
    );
  }
  const mapping: ColumnMapping = new Map(
    Object.entries(map as Record<string, string>).map(([column, field]) => [trimCell(column), field.trim()]),
  );
  return mapping;
}
