import { computedText, shownDigitsOf, shownValue } from '../compile/shown-value';
import type { CriterionResult, GradeResult } from '../model/grade-result';
import { booleanText, limitTextZh } from '../text/boolean-text';
import type { Language } from '../text/localized-text';
import { nextGradeLead } from './next-grade-lead';

/**
 * A criterion in a few words: `apf@1 4.62 (≥ 5.00)`; in Chinese by its
 * label, `全年能源消耗效率 APF 4.62（≥ 5.00）`, unless `ids` asks for the id.
 */
export function shortCriterion(c: CriterionResult, lang: Language = 'en', ids = true): string {
  // A frozen criterion result is one the explainer shares between records: its words are worked out once.
  if (!Object.isFrozen(c)) return shortText(c, lang, ids);
  const cache = SHORT_TEXTS[lang === 'zh' ? (ids ? 0 : 1) : 2]!;
  let text = cache.get(c);
  if (text === undefined) {
    text = shortText(c, lang, ids);
    cache.set(c, text);
  }
  return text;
}

/** {@link shortCriterion}'s words of shared criterion results: Chinese by id, Chinese by label, English. */
const SHORT_TEXTS = [
  new WeakMap<CriterionResult, string>(),
  new WeakMap<CriterionResult, string>(),
  new WeakMap<CriterionResult, string>(),
];

function shortText(c: CriterionResult, lang: Language, ids: boolean): string {
  // As the explanation shows the value: at a derived value's decimals (a score 84.8333333 as 84.83), else
  // six significant digits (a computed 63.3333333333333 as 63.3333).
  const digits = shownDigitsOf(c.label);
  const shown =
    typeof c.value === 'number'
      ? digits?.at
        ? shownValue(c.value, digits.at, c.limit, c.passed)
        : computedText(c.value, String(c.value), c.limit, c.passed)
      : typeof c.value === 'boolean'
        ? booleanText(c.value, lang)
        : String(c.value);
  // A count rule failed by several specimens (GB/T 229: at most one below): name them all, not the first's value.
  const several = c.failingSpecimens !== undefined && c.failingSpecimens.length > 1;
  const value =
    c.value === null || several
      ? ''
      : ` ${shown}${c.rounded !== undefined && c.rounded !== c.value ? `→${roundedText(c.rounded, digits?.rounded, c)}` : ''}`;
  const specimen = several ? `#${c.failingSpecimens!.join(',')}` : c.specimen ? `#${c.specimen}` : '';
  if (lang === 'zh') {
    const limit = c.limit ? `（${limitTextZh(c.limit)}）` : '';
    return `${ids ? c.id : c.label.zh}${specimen}${value}${limit}`;
  }
  const limit = c.limit ? ` (${c.limit.text})` : '';
  return `${c.id}${specimen}${value}${limit}`;
}

/**
 * A value as compared under the rounded-value method, with the digits it was rounded to (`52.0`, not
 * `52`, against ≥ 52.5): the interval's, else the limit's as written, as the explanation shows it.
 */
function roundedText(rounded: number, decimals: number | undefined, c: CriterionResult): string {
  const places = decimals ?? writtenDecimals(c.limit?.text ?? '');
  return places > 0 && places <= 20 ? rounded.toFixed(places) : String(rounded);
}

/** The decimals of the first number in a limit's text (`≥ 52.50` → 2). */
function writtenDecimals(text: string): number {
  return /\d(?:\.(\d+))?/.exec(text)?.[1]?.length ?? 0;
}

/**
 * What holds a record where it is, in one line: the blockers of the next
 * grade, or why it is not graded. Requirements are named by their Chinese
 * label in Chinese (by id with `ids`), by id in English.
 */
export function holdsDown(result: GradeResult, lang: Language, ids = false): string {
  const zh = lang === 'zh';
  const short = (c: CriterionResult) => shortCriterion(c, lang, ids || !zh);
  if (result.errors) return result.errors.map((e) => e.message[lang]).join(zh ? '；' : '; ');
  if (result.notGradedReason?.code === 'out-of-scope') {
    const scope = result.criteria.filter((c) => c.effect === 'scope' && c.passed === false).map(short);
    return zh ? `超出范围：${scope.join('、')}` : `out of scope: ${scope.join(', ')}`;
  }
  if (!result.nextGrade) return '';
  const blockers = result.nextGrade.blockers.map(short);
  return nextGradeLead(result.nextGrade.label, lang) + blockers.join(zh ? '、' : ', ');
}
