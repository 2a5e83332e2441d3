import type { CheckModel, RuleSetModel } from '../model/rule-set-model';
import { decimalsOf } from '../rounding/decimal';

/**
 * The requirements on a rule set's group statistics as checks, the statistic
 * in place of the indicator, so threshold coverage lists their limits beside
 * the per-record ones (compared by the full-value method, as groups are).
 */
export function groupChecks(model: RuleSetModel): CheckModel[] {
  return (model.group?.criteria ?? []).map((c): CheckModel => {
    const base = {
      id: c.id,
      sourceId: c.id,
      label: c.label,
      effect: 'requirement' as const,
      grade: c.grade,
      subject: c.statistic.name,
      comparison: { method: 'full' as const },
      aggregate: 'each' as const,
      location: c.location,
    };
    const t = c.test;
    if (t.kind === 'compare') {
      return {
        ...base,
        test: { kind: 'compare', operator: t.operator, operand: { kind: 'literal', literal: t.literal } },
      };
    }
    if (t.kind === 'range') {
      const decimals = Math.max(decimalsOf(t.lowerText), decimalsOf(t.upperText));
      return {
        ...base,
        test: { kind: 'range', band: t.band, lowerText: t.lowerText, upperText: t.upperText, decimals },
      };
    }
    return { ...base, test: { kind: 'member', negate: t.negate, values: t.values } };
  });
}
