import type { ProvenanceDocument, ProvenanceLevel } from '../model/rule-document';
import type { Language, LocalizedText } from '../text/localized-text';

/**
 * What the outputs head a rule set's provenance with.
 *
 * @example
 * PROVENANCE_HEADING.zh; // '数值来源'
 */
export const PROVENANCE_HEADING: LocalizedText = { zh: '数值来源', en: 'Provenance' };

/**
 * Each provenance level in words, as every output for people says it (the
 * HTML report, `explain`, the table's and Markdown's footer, the workbook).
 *
 * @example
 * PROVENANCE_LEVEL_TEXT.unverified.zh; // '未核实'
 */
export const PROVENANCE_LEVEL_TEXT: Record<ProvenanceLevel, LocalizedText> = {
  sourced: { zh: '已与标准原文核对', en: 'checked against the standard’s text' },
  secondary: {
    zh: '取自引用标准的资料，未与原文逐项核对',
    en: 'from a secondary source citing the standard',
  },
  unverified: { zh: '未核实', en: 'not verified' },
  illustrative: { zh: '示例数值，非标准规定', en: 'illustrative, not a standard’s figures' },
};

/**
 * A rule set's provenance as one sentence pair: the level in words, then
 * its note on the same line (a note written over several lines in YAML is
 * joined), `未核实。GB 175-2007 的常见引用值…` / `not verified. Commonly
 * quoted …`.
 *
 * @example
 * provenanceSentence({ level: 'unverified', note: { zh: '凭记忆', en: 'From memory' } }, 'en'); // 'not verified. From memory'
 */
export function provenanceSentence(provenance: ProvenanceDocument, lang: Language): string {
  const level = PROVENANCE_LEVEL_TEXT[provenance.level][lang];
  const note = provenanceNote(provenance, lang);
  if (note === '') return level;
  return `${level}${lang === 'zh' ? '。' : '. '}${note}`;
}

/**
 * The line that tells a reader of a grade how sure the rule set's figures
 * are — `数值来源：示例数值，非标准规定。…` / `Provenance: illustrative, not a
 * standard’s figures. …` — or `undefined` for a rule set checked against the
 * standard's text (`sourced`), which needs no warning. Said so that no
 * unverified or invented threshold reads as a standard's.
 *
 * @example
 * provenanceLine(ruleSet.provenance, 'zh'); // '数值来源：未核实。…'
 */
export function provenanceLine(provenance: ProvenanceDocument, lang: Language): string | undefined {
  if (provenance.level === 'sourced') return undefined;
  return `${PROVENANCE_HEADING[lang]}${lang === 'zh' ? '：' : ': '}${provenanceSentence(provenance, lang)}`;
}

/**
 * A provenance note on one line (as {@link provenanceSentence} writes it),
 * for a cell beside the level.
 *
 * @example
 * provenanceNote(ruleSet.provenance, 'zh'); // 'GB 175-2007 的常见引用值（未核对）…'
 */
export function provenanceNote(provenance: ProvenanceDocument, lang: Language): string {
  return oneLine(provenance.note[lang], lang);
}

/**
 * Text on one line: a line break (and the spaces around it) becomes one
 * space; in Chinese none after full-width punctuation, where YAML's folded
 * text (`>-`) puts one at each line end (`未找到。 一等品` → `未找到。一等品`).
 */
function oneLine(text: string, lang: Language): string {
  const line = text.trim().replace(/\s*\r?\n\s*/g, ' ');
  return lang === 'zh' ? line.replace(/([。；，：！？、）])\s+/g, '$1') : line;
}

/**
 * The warning every output for people gives a rule set whose thresholds are
 * illustrative, by what it grades (the HTML report's yellow notice).
 *
 * @example
 * ILLUSTRATIVE_TEXT.enterprise.zh; // '注意：本规则集的阈值是示例数值，…'
 */
export const ILLUSTRATIVE_TEXT: Record<'product' | 'enterprise', LocalizedText> = {
  product: {
    zh: '注意：本规则集的阈值是示例数值，不是任何标准的规定值，不能作为正式的产品等级判定依据。',
    en: 'Note: the thresholds of this rule set are illustrative. They are not any standard’s figures and must not be used to grade products formally.',
  },
  enterprise: {
    zh: '注意：本规则集的阈值是示例数值，不是任何标准的规定值，不能作为正式的企业等级评价依据。',
    en: 'Note: the thresholds of this rule set are illustrative. They are not any standard’s figures and must not be used to grade enterprises formally.',
  },
};

/**
 * {@link ILLUSTRATIVE_TEXT} for a rule set whose provenance says its
 * thresholds are illustrative; `undefined` for any other.
 *
 * @example
 * illustrativeNotice(ruleSet, 'zh'); // '注意：本规则集的阈值是示例数值，…'
 */
export function illustrativeNotice(
  ruleSet: { provenance: ProvenanceDocument; subject: 'product' | 'enterprise' },
  lang: Language,
): string | undefined {
  return ruleSet.provenance.level === 'illustrative' ? ILLUSTRATIVE_TEXT[ruleSet.subject][lang] : undefined;
}

/**
 * The notice of each of two rule sets whose thresholds are illustrative,
 * for `diff` and `compare`: `A、B：注意：…` once when both are (same text),
 * else one line per side.
 *
 * @example
 * illustrativeNotices(a, b, 'zh'); // ['A、B：注意：本规则集的阈值是示例数值，…']
 */
export function illustrativeNotices(
  a: Parameters<typeof illustrativeNotice>[0],
  b: Parameters<typeof illustrativeNotice>[0],
  lang: Language,
): string[] {
  const na = illustrativeNotice(a, lang);
  const nb = illustrativeNotice(b, lang);
  const colon = lang === 'zh' ? '：' : ': ';
  if (na !== undefined && na === nb) return [`A${lang === 'zh' ? '、' : ', '}B${colon}${na}`];
  return [...(na === undefined ? [] : [`A${colon}${na}`]), ...(nb === undefined ? [] : [`B${colon}${nb}`])];
}

/**
 * Each of two rule sets' {@link provenanceLine} (how sure its figures are),
 * for `compare`'s text as `grade` closes its summary with it: `A、B：数值来源：…`
 * once when both say the same, else one line per side; none for a `sourced`
 * side (committee-24 F14: the steel compare text never said its limits were
 * unverified or recalled).
 *
 * @example
 * provenanceLines(a, b, 'zh'); // ['A、B：数值来源：…']
 */
export function provenanceLines(
  a: { provenance: ProvenanceDocument },
  b: { provenance: ProvenanceDocument },
  lang: Language,
): string[] {
  const la = provenanceLine(a.provenance, lang);
  const lb = provenanceLine(b.provenance, lang);
  const colon = lang === 'zh' ? '：' : ': ';
  if (la !== undefined && la === lb) return [`A${lang === 'zh' ? '、' : ', '}B${colon}${la}`];
  return [...(la === undefined ? [] : [`A${colon}${la}`]), ...(lb === undefined ? [] : [`B${colon}${lb}`])];
}
