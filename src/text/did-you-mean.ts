import { type LocalizedText, localized } from './localized-text';

/**
 * The zh and en of a "did you mean" hint after a message, or nothing; names
 * equally close are all offered (`是否要写“瓷质砖”或“炻瓷砖”？`).
 */
export function didYouMean(hint: string | readonly string[] | undefined): LocalizedText {
  const names = typeof hint === 'string' ? [hint] : (hint ?? []);
  if (names.length === 0) return localized('');
  const meant = namesMeant(names);
  return localized(`，是否要写${meant.zh}？`, `; did you mean ${meant.en}?`);
}

/**
 * Names a typo may have meant, each quoted, all of them: `“min”或“max”`, `"min" or "max"` (`"a", "b" or "c"`), for a
 * message that frames its own "did you mean". Naming only the first of two equally close would steer to a guess.
 *
 * @example
 * namesMeant(['min', 'max']).en; // '"min" or "max"'
 */
export function namesMeant(names: readonly string[]): LocalizedText {
  const zh = names.map((n) => `“${n}”`);
  const en = names.map((n) => `"${n}"`);
  const last = names.length - 1;
  return localized(
    last > 0 ? `${zh.slice(0, last).join('、')}或${zh[last]}` : (zh[0] ?? ''),
    last > 0 ? `${en.slice(0, last).join(', ')} or ${en[last]}` : (en[0] ?? ''),
  );
}
