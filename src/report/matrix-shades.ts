import type { MatrixCellKind } from '../compare/matrix-cell-kind';
import type { LocalizedText } from '../text/localized-text';

/**
 * The migration matrix's colours, six shades a kind of cell from light to dark (a shade by the count's share
 * of the largest cell): unchanged blue, up green, down orange, neither grey (committee-27 M3). The HTML
 * report's heat map and legend and the studio's matrix and legend are drawn from them (committee-38 F3).
 *
 * @example
 * MATRIX_SHADES.up[matrixShade(3, 12) - 1]; // '#b2e0b9'
 */
export const MATRIX_SHADES: Readonly<Record<MatrixCellKind, readonly string[]>> = {
  same: ['#dbe7f5', '#b6cfea', '#8bb2dd', '#5c8fca', '#3b70b0', '#23518a'],
  down: ['#fde3c8', '#fbc795', '#f6a460', '#e97f33', '#cc5f1a', '#9c4410'],
  up: ['#d9f0dc', '#b2e0b9', '#82c98d', '#52ad62', '#2f8a41', '#1b642b'],
  neither: ['#e6e6e6', '#cfcfcf', '#b3b3b3', '#8f8f8f', '#6e6e6e', '#4d4d4d'],
};

/** The shade of a legend's swatch: the middle one (the third of six). */
export const LEGEND_SHADE = 3;

/**
 * A cell's shade, 1 to 6 by its count's share of the largest count; 0 for an empty cell. From 4 on, the
 * count is written in white.
 *
 * @example
 * matrixShade(0, 12); // 0
 * matrixShade(12, 12); // 6
 */
export function matrixShade(count: number, max: number): number {
  const steps = MATRIX_SHADES.same.length;
  return count === 0 || max <= 0 ? 0 : Math.max(1, Math.ceil((count / max) * steps));
}

/**
 * The legend's words, one a kind of cell, in the order shown.
 *
 * @example
 * MATRIX_LEGEND.up.zh; // '升高'
 */
export const MATRIX_LEGEND: Readonly<Record<MatrixCellKind, LocalizedText>> = {
  same: { zh: '等级不变', en: 'Unchanged' },
  up: { zh: '升高', en: 'Up' },
  down: { zh: '降低', en: 'Down' },
  neither: { zh: '无高低之分 / 一方无效', en: 'Neither up nor down / invalid under one side' },
};
