import { type LocalizedText, localized } from './localized-text';

/**
 * A number typed with the letter O for a zero (`4OO`, `35OO`, `4.O`): the advice "did you mean 400", never
 * "remove OO and write 4" (hostile-29 M4). Only digits, one point and O's, with no space: `35 Ohm`, `20OC`,
 * `400 O` are let be. The text follows the cell as written (`"4OO" has the letter O …`).
 *
 * @param written - the cell as written
 * @example
 * letterZerosAdvice('4OO')?.en; // 'has the letter O where a 0 seems meant: did you mean 400? Write 400'
 * letterZerosAdvice('35 Ohm'); // undefined
 */
export function letterZerosAdvice(written: string): LocalizedText | undefined {
  const text = written.trim();
  if (!/^[+-]?\d[\d.]*[Oo][\dOo.]*$/.test(text)) return undefined;
  const meant = text.replace(/[Oo]/g, '0');
  if (!Number.isFinite(Number(meant)) || (meant.match(/\./g)?.length ?? 0) > 1) return undefined;
  return localized(
    `中的 O 是字母，不是数字 0：是否应为 ${meant}？请写 ${meant}`,
    `has the letter O where a 0 seems meant: did you mean ${meant}? Write ${meant}`,
  );
}
