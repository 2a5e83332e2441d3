import { referencedNames } from '../model/expr';
import type { CheckModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { named } from './diff-messages';
import type { Edition } from './edition';

/**
 * For a requirement only `side` has, whose indicator `other` keeps but judges by nothing (no requirement reads it,
 * directly or through a derived value or a statistic, and no scoring item scores it), that the indicator stays: a
 * record still gives it (when it is required) and its value now moves no grade. `undefined` when `other` drops the
 * indicator (its own entry says so) or still judges it. `side` is A, `other` B: said of a requirement removed.
 *
 * @example
 * judgedByNoneNote(A, B, noiseCriterion)?.en;
 * // 'Washing noise (noise) stays an indicator of B that records must still give, but no requirement of B judges it'
 */
export function judgedByNoneNote(
  side: Edition,
  other: Edition,
  check: CheckModel,
): LocalizedText | undefined {
  const name = check.subject;
  if (name === undefined) return undefined;
  const kept = other.model.indicators.find((i) => i.name === name);
  if (!kept || side.model.indicators.every((i) => i.name !== name)) return undefined;
  if (other.readersOf(name).length > 0) return undefined;
  // What the indicator feeds in B: itself and every derived value computed from it, directly or through another.
  const fed = new Set([name]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const d of other.model.derived)
      if (!fed.has(d.name) && [...referencedNames(d.expr)].some((n) => fed.has(n))) {
        fed.add(d.name);
        grown = true;
      }
  }
  if (other.model.scoring?.dimensions.some((dim) => dim.items.some((item) => fed.has(item.indicator))))
    return undefined;
  const which = named(kept.label, name);
  return kept.required
    ? localized(
        `${which.zh}仍是 B 的指标，记录仍须给出，但 B 已没有要求判定它`,
        `${which.en} stays an indicator of B that records must still give, but no requirement of B judges it`,
      )
    : localized(
        `${which.zh}仍是 B 的指标，但 B 已没有要求判定它，给出的值不影响等级`,
        `${which.en} stays an indicator of B, but no requirement of B judges it: a value given moves no grade`,
      );
}
