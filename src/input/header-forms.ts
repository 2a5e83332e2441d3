import type { IndicatorInfo } from '../resolve/rule-set';
import { isSymbol } from '../text/loose-label';

/**
 * A header as compared for hints: NFKC (so full-width letters, brackets and
 * the ideographic space fold), white space removed, Latin case folded.
 *
 * @example
 * normaliseHeader('全年能源消耗效率　ＡＰＦ'); // '全年能源消耗效率apf'
 */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * A text and the same without the symbol or bracketed note that ends it
 * (`额定制冷量 CC` → `额定制冷量`, `强制性产品认证（CCC）` → `强制性产品认证`,
 * `APF（W/W）` → `APF`), each normalised ({@link normaliseHeader}); never `''`.
 *
 * @example
 * textForms('APF（W/W）'); // Set { 'apf(w/w)', 'apf' }
 */
export function textForms(text: string): Set<string> {
  const folded = text.normalize('NFKC').trim();
  const forms = new Set<string>([normaliseHeader(folded)]);
  // "额定制冷量 CC", "Nitrogen N": the symbol after the last space; "强制性产品认证（CCC）", "APF（W/W）": the note in brackets.
  // Checked first: a header of a wide table (100,000 columns) is mostly neither.
  const symbol = /\s/u.test(folded) ? /^(.+?)\s+(\S+)$/u.exec(folded) : null;
  const symbolText = symbol && (/^[A-Z][\w.]*$/u.test(symbol[2]!) || isSymbol(symbol[2]!)) ? symbol : null;
  const bracket = folded.endsWith(')') ? /^(.+?)\s*\([^()]*\)$/u.exec(folded) : null;
  for (const short of [symbolText?.[1], bracket?.[1]]) if (short) forms.add(normaliseHeader(short));
  forms.delete('');
  return forms;
}

/**
 * The forms a header close to an indicator takes: its name, and its labels
 * with and without the symbol or bracketed note at their end, normalised.
 *
 * @example
 * indicatorForms(apf); // Set { 'apf', '全年能源消耗效率apf', '全年能源消耗效率', 'annualperformancefactor(apf)', 'annualperformancefactor' }
 */
export function indicatorForms(ind: IndicatorInfo): Set<string> {
  const forms = new Set<string>([normaliseHeader(ind.name)]);
  for (const label of [ind.label.zh, ind.label.en]) for (const f of textForms(label)) forms.add(f);
  forms.delete('');
  return forms;
}
