import type { IndicatorInfo } from '../resolve/rule-set';

/**
 * Whether a header is an indicator's label with words left out or added, in the same order (`屈服强度` in
 * 下屈服强度 ReL, `噪声 dB(A)` in 洗涤噪声, `yield strength` in Lower yield strength ReL), brackets, units and
 * symbols aside: not a label whose words it says otherwise (`上屈服强度`, `额定容量` for 额定洗涤容量, `7天抗压强度` for 3 天抗压强度).
 *
 * @example
 * withinLabel('屈服强度', lowerYield); // true: 下屈服强度 ReL with 下 left out
 * withinLabel('上屈服强度', lowerYield); // false: 上 for 下
 */
export function withinLabel(column: string, ind: IndicatorInfo): boolean {
  const bare = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[(（][^)）]*[)）]/gu, '')
      .toLowerCase();
  // Digits count: `7天抗压强度` says 3 天抗压强度's age otherwise.
  const han = (text: string) => [...bare(text)].filter((c) => /[\p{Script=Han}\d]/u.test(c)).join('');
  const words = (text: string) =>
    bare(text)
      .replace(/[^a-z]+/gu, ' ')
      .trim();
  const holds = (a: string, b: string) => a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
  const [h, l] = [han(column), han(ind.label.zh)];
  if (h !== '') return holds(h, l);
  const [w, lw] = [words(column), words(ind.label.en)];
  return w.length >= 4 && holds(` ${w} `, ` ${lw} `);
}
