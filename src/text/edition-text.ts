import type { Language, LocalizedText } from './localized-text';

// The words rule files write for an edition no source gave (`edition: not found`), in each language.
const EDITION_WORDS: Readonly<Record<string, LocalizedText>> = {
  'not found': { zh: '未查到', en: 'not found' },
  unknown: { zh: '未知', en: 'unknown' },
};

/**
 * A reference's edition as a report shows it: a year as written, the words
 * rule files use when none was found (`not found`, `unknown`) in the report's
 * language, so a Chinese report does not print `版次 not found`.
 *
 * @example
 * editionText('not found', 'zh'); // '未查到'
 * editionText('2019', 'zh'); // '2019'
 */
export function editionText(edition: string, lang: Language): string {
  return editionWord(edition)?.[lang] ?? edition;
}

/**
 * The edition's words in both languages when it is one of the known words
 * (`not found`, `unknown`, any case), else `undefined`.
 *
 * @example
 * editionWord('Not found')?.zh; // '未查到'
 */
export function editionWord(edition: string): LocalizedText | undefined {
  const key = edition.trim().toLowerCase();
  return Object.hasOwn(EDITION_WORDS, key) ? EDITION_WORDS[key] : undefined;
}
