import { trimCell } from './convert-value';
import { SCALED_UNIT_SOURCE, scalePowers } from './scaled-unit';
import { unitStatement } from './stated-unit';

// `单位：x10^3 W`: a scaled unit with the spaces in it, taken whole (the next pattern stops at a space).
const SCALED_STATED = new RegExp(
  String.raw`(?:单位|units?)\s*[:：]\s*(${SCALED_UNIT_SOURCE}[^\s）)，,;；]*)`,
  'iu',
);

/**
 * The unit a title line states for the table under it (`单位：kN`, `（单位：ppm）`, `unit: kN`,
 * `Units: MPa`, `单位（ppm）`), or that ends it in brackets or after a comma (`力学性能（kgf/mm²）`,
 * `力学性能【ksi】`, `凝结时间，h`, `（10-6）`) or after a slash (`力学性能/kgf/mm²`), or that it is (`10-6`), as written; `undefined` when it states none. Whether
 * what ends it is a unit is the caller's to say (`2025年抽检结果（第1批）` ends in none qgrade knows).
 * `质量分数` (mass fraction) reads as `%` in the unit table.
 *
 * @example
 * titleUnit(['（单位：ppm）', '']); // 'ppm'
 * titleUnit(['力学性能（kgf/mm²）']); // 'kgf/mm²'
 */
export function titleUnit(cells: readonly string[]): string | undefined {
  const first = cells.map(trimCell).find((c) => c !== '');
  if (first === undefined) return undefined;
  const text = scalePowers(first).normalize('NFKC');
  const unit =
    SCALED_STATED.exec(text)?.[1] ??
    // Hostile-26 W1: `单位：制冷量 kW`, `单位：kW（制冷量）`, `注：制冷量以kW计` as well.
    unitStatement(text) ??
    // Hostile-22 W4: a heading's unit is as often in brackets or after a comma at its end.
    /\(\s*([^()]{1,16}?)\s*\)$/u.exec(text)?.[1] ??
    // Hostile-23 W4: or in `【】`, `[ ]` (`［］` folded), or (below) after the first slash (`力学性能/kgf/mm²`).
    /[[【〔]\s*([^[\]【】〔〕]{1,16}?)\s*[\]】〕]$/u.exec(text)?.[1] ??
    /[,，]\s*([^,，\s]{1,12})$/u.exec(text)?.[1] ??
    /^[^/()]*\p{Script=Han}[^/()]*\/\s*([^\s()]{1,16})$/u.exec(text)?.[1] ??
    /^[^\s\p{Script=Han}]{1,12}$/u.exec(text)?.[0];
  return unit || undefined;
}
