import { spelledValue } from '../compile/record-snapshot';
import type { GradeResult } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';
import { isInvalidResult } from './invalid-records';

/**
 * Records written with a value's label (or alias) that one rule set knows
 * and the other does not — a value label renamed in a draft (单冷型 →
 * 单冷式) — and invalid under that other one for it alone of the two: the
 * same value under both, only its name changed.
 *
 * @example
 * const seen: UnknownLabel = { under: 'b', field: 'unitType', written: '单冷型', value: 'cooling-only', records: 60, graded: 56 };
 */
export interface UnknownLabel {
  /** The rule set that does not know the spelling (the records are invalid under it only). */
  under: 'a' | 'b';
  /** The enum indicator. */
  field: string;
  /** The spelling as the records write it. */
  written: string;
  /** The value the other rule set reads it as, which the rule set `under` has too. */
  value: string | number;
  /** How the rule set `under` names that value, when it gives it a label. */
  labelUnder?: LocalizedText;
  /** Records written so. */
  records: number;
  /**
   * Of them, those graded under the other rule set: the compare summary counts these as "invalid under
   * A only" / "under B only"; the rest, not graded under either, count as unchanged.
   */
  graded: number;
}

/**
 * Collects {@link UnknownLabel}s record by record, from each record as it
 * was given to both rule sets and its two results.
 *
 * @example
 * const labels = createUnknownLabels(modelOf(a), modelOf(b));
 * labels.add(record, resultA, resultB);
 * labels.result(); // [{ under: 'b', field: 'unitType', written: '单冷型', … }]
 */
export interface UnknownLabels {
  add(record: unknown, a: GradeResult, b: GradeResult): void;
  result(): UnknownLabel[];
}

/**
 * Starts {@link UnknownLabels} for two rule sets: only a record invalid under
 * one of them alone is looked at, and of it only a `not-allowed` error on an
 * enum both declare, whose cell the other reads as a value the first has too.
 *
 * @example
 * const labels = createUnknownLabels(modelOf(oldRules), modelOf(draft));
 */
export function createUnknownLabels(a: RuleSetModel, b: RuleSetModel): UnknownLabels {
  const enums = (m: RuleSetModel) => new Map(m.indicators.filter((i) => i.values).map((i) => [i.name, i]));
  const inA = enums(a);
  const inB = enums(b);
  const seen = new Map<string, UnknownLabel>();
  const look = (
    record: unknown,
    bad: GradeResult,
    good: GradeResult,
    under: 'a' | 'b',
    knows: ReadonlyMap<string, IndicatorModel>,
    lacks: ReadonlyMap<string, IndicatorModel>,
  ) => {
    if (record === null || typeof record !== 'object') return;
    for (const e of bad.errors ?? []) {
      if (e.code !== 'not-allowed') continue;
      const known = knows.get(e.field);
      const lacking = lacks.get(e.field);
      if (!known || !lacking || !Object.hasOwn(record, e.field)) continue;
      const written = (record as Record<string, unknown>)[e.field];
      if (typeof written !== 'string') continue;
      const value = known.valueSpellings ? spelledValue(written, known.valueSpellings, known) : written;
      // The other rule set reads it as one of its values, and the one under which it is invalid has that value.
      // (Enums only: `values` is an enum's; a boolean's label is never a `not-allowed` error.)
      if (typeof value === 'boolean' || !known.values!.includes(value) || !lacking.values!.includes(value))
        continue;
      const key = `${under}\u0000${e.field}\u0000${written}`;
      const entry = seen.get(key);
      const graded = good.grade === null ? 0 : 1;
      if (entry) {
        entry.records++;
        entry.graded += graded;
      } else {
        const labelUnder = lacking.valueLabels?.get(value);
        seen.set(key, {
          under,
          field: e.field,
          written,
          value,
          ...(labelUnder ? { labelUnder: { zh: labelUnder.zh, en: labelUnder.en } } : {}),
          records: 1,
          graded,
        });
      }
    }
  };
  return {
    add(record, resultA, resultB) {
      const badA = isInvalidResult(resultA);
      const badB = isInvalidResult(resultB);
      if (badB && !badA) look(record, resultB, resultA, 'b', inA, inB);
      else if (badA && !badB) look(record, resultA, resultB, 'a', inB, inA);
    },
    result: () => [...seen.values()].sort((x, y) => y.records - x.records).map((u) => ({ ...u })),
  };
}

/**
 * One sentence per {@link UnknownLabel}, for stderr and the reports: that
 * the records write a name one rule set gives a value and the other does
 * not know, so that their invalidity under it is not read as grades lost.
 *
 * @example
 * unknownLabelNotice(labels.result()[0]!).zh;
 * // '56 条记录写“单冷型”，是规则集 A 中 cooling-only 的名称，B 不认得（B 称之为“单冷式”）：这些记录因此在 B 下无效，…'
 */
export function unknownLabelNotice(u: UnknownLabel): LocalizedText {
  const knows = u.under === 'b' ? 'A' : 'B';
  const lacks = u.under.toUpperCase();
  const written = safeLine(u.written);
  const value = safeLine(String(u.value));
  const n = countText(u.records);
  const g = countText(u.graded);
  const zhGraded = u.graded === 0 ? '' : `（其中 ${g} 条在 ${knows} 下有等级，计入“只在 ${lacks} 下无效”）`;
  const enGraded =
    u.graded === 0 ? '' : ` (${g} of them graded under ${knows}: counted as "invalid under ${lacks} only")`;
  const zhNamed = u.labelUnder ? `（${lacks} 称之为“${safeLine(u.labelUnder.zh)}”）` : '';
  const enNamed = u.labelUnder ? ` (${lacks} calls it "${safeLine(u.labelUnder.en)}")` : '';
  return localized(
    `${n} 条记录写“${written}”，是规则集 ${knows} 中 ${value} 的名称，${lacks} 不认得${zhNamed}：这些记录因此在 ${lacks} 下无效${zhGraded}，不是等级变化；要让 ${lacks} 认得，可在 ${lacks} 的 valueLabels 中把“${written}”列为 ${value} 的别名（aliases）`,
    `${n} ${u.records === 1 ? 'record writes' : 'records write'} "${written}", rule set ${knows}'s name for ${value}, which ${lacks} does not know${enNamed}: they are invalid under ${lacks} because of it${enGraded}, which is no change of grade; to have ${lacks} read them, list "${written}" among the aliases of ${value} in ${lacks}'s valueLabels`,
  );
}
