/**
 * A text in both languages qgrade speaks. Rule files give labels and
 * messages in Simplified Chinese (`zh`) and English (`en`).
 *
 * @example
 * const label: LocalizedText = { zh: '下屈服强度', en: 'Lower yield strength' };
 */
export interface LocalizedText {
  /** Simplified Chinese (zh-CN). */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/**
 * A language qgrade can print: Simplified Chinese or English.
 *
 * @example
 * const lang: Language = process.env.LANG?.startsWith('zh') ? 'zh' : 'en';
 * console.log(result.criteria[0]?.message[lang]);
 */
export type Language = 'zh' | 'en';

/** Builds a {@link LocalizedText}; where only one language is given it stands for both. */
export function localized(zh: string, en: string = zh): LocalizedText {
  return { zh, en };
}

/** Joins localized texts with a separator per language. */
export function joinLocalized(parts: readonly LocalizedText[], separator: LocalizedText): LocalizedText {
  return {
    zh: parts.map((p) => p.zh).join(separator.zh),
    en: parts.map((p) => p.en).join(separator.en),
  };
}
