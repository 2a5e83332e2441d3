import { type LocalizedText, localized } from './localized-text';

/**
 * The zh and en of a "did you mean" hint after a message, or nothing; names
 * equally close are all offered (`是否要写“瓷质砖”或“炻瓷砖”？`).
 */
export function didYouMean(hint: string | readonly string[] | undefined): LocalizedText {
  const names = typeof hint === 'string' ? [hint] : (hint ?? []);
  if (names.length === 0) return localized('');
  const zh = names.map((n) => `“${n}”`);
  const en = names.map((n) => `"${n}"`);
  const last = names.length - 1;
  return localized(
    `，是否要写${last ? `${zh.slice(0, last).join('、')}或${zh[last]}` : zh[0]}？`,
    `; did you mean ${last ? `${en.slice(0, last).join(', ')} or ${en[last]}` : en[0]}?`,
  );
}
