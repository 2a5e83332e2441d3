import type { IndicatorModel } from '../model/rule-set-model';
import { foldValueText } from '../text/fold-value-text';
import { type LocalizedText, localized } from '../text/localized-text';

// A negation right before the label names another kind: 非热泵型, not heat pump.
const NEGATION = /(?:[非不无未]|\bnon[- ]?|\bnot )$/i;

/**
 * What to write for an enum text that holds one value's label or alias with more around it, or `undefined`:
 * `变频热泵型` and `热泵型（变频）`, as lab sheets write a heat pump's drive beside its type, hold 热泵型
 * (committee-36 M6): `，是否指 热泵型（heat-pump）？是则写作 "热泵型"` /
 * `: did you mean Heat pump (heat-pump)? If so, write "热泵型"`. Only when the spellings found are all one
 * value's (`热泵单冷` names two: none), none of them after a negation (`非热泵型`), and two characters or more.
 *
 * @example
 * labelInsideAdvice('变频热泵型', unitType)?.en; // ': did you mean Heat pump (heat-pump)? If so, write "热泵型"'
 */
export function labelInsideAdvice(text: string, ind: IndicatorModel): LocalizedText | undefined {
  const spellings = ind.valueSpellings;
  if (!spellings) return undefined;
  const folded = foldValueText(text);
  // Each value found, with the longest of its spellings the text holds.
  const found = new Map<string | number | boolean, string>();
  for (const [spelling, value] of spellings) {
    const s = foldValueText(spelling);
    if ([...s].length < 2 || s === folded) continue;
    const at = folded.indexOf(s);
    if (at < 0 || NEGATION.test(folded.slice(0, at))) continue;
    const longest = found.get(value);
    if (longest === undefined || s.length > longest.length) found.set(value, spelling);
  }
  if (found.size !== 1) return undefined;
  const [[value, spelling]] = [...found] as [[string | number | boolean, string]];
  const label = ind.valueLabels?.get(value);
  const write = label?.zh ?? spelling;
  const named = (lang: 'zh' | 'en') => {
    const shown = label?.[lang];
    return shown === undefined
      ? String(value)
      : lang === 'zh'
        ? `${shown}（${value}）`
        : `${shown} (${value})`;
  };
  return localized(
    `，是否指 ${named('zh')}？是则写作 "${write}"`,
    `: did you mean ${named('en')}? If so, write "${write}"`,
  );
}
