import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { indicatorsNamed } from './header-coverage';

/**
 * Whether the cells under an indicator's heading number its specimens, in
 * order from 1 (`1 2 3`, `#1 #2 #3`, `试样1 试样2`, `No.1 No.2`, `第1个 …`):
 * the second header row of a sheet that heads one column per specimen with
 * the indicator merged across them (`冲击吸收能量 KV2(J)` over `1 | 2 | 3`, the
 * usual impact-test layout). At least two; a row of data has measured values
 * there, not 1, 2, 3.
 *
 * @example
 * numbersSpecimens(['1', '2', '3']) // true
 * numbersSpecimens(['62', '58', '71']) // false
 */
export function numbersSpecimens(cells: readonly string[]): boolean {
  if (cells.length < 2) return false;
  return cells.every((cell, i) => {
    const m = /^(?:#|no\.?\s*|试样\s*|第\s*)?(\d+)\s*(?:个|号)?$/i.exec(cell.trim());
    return m !== null && Number(m[1]) === i + 1;
  });
}

/**
 * Whether a heading names an indicator that takes several specimens (by name, label, loosely, or `--map`).
 *
 * @example
 * takesSpecimens('冲击吸收能量 KV2(J)', mapping, indicators) // true for GB/T 1591's impactEnergy
 */
export function takesSpecimens(
  text: string,
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
): boolean {
  return specimenIndicator(text, mapping, indicators) !== undefined;
}

/**
 * The indicator that takes several specimens a heading names (by name, label, loosely, or `--map`), if any.
 *
 * @example
 * specimenIndicator('冲击吸收能量 KV2(J)', mapping, indicators) // 'impactEnergy' for GB/T 1591
 */
export function specimenIndicator(
  text: string,
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
): string | undefined {
  return indicatorsNamed([text], mapping, indicators).find(
    (name) => (indicators.find((i) => i.name === name)?.specimens ?? 0) !== 0,
  );
}
