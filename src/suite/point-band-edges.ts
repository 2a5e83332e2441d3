import type { GradeResult } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';

/**
 * An edge where two `points` bands of a scoring item meet (`[90, 95)` → 60 and `[95, 98)` → 80: 95), and
 * whether a suite's cases reach it. No requirement's limit, so not counted as a threshold; listed so that a
 * suite's author knows which edges still want a case (newcomer-39 F9).
 *
 * @example
 * report.pointBands.filter((e) => !e.at).map((e) => `${e.indicator} ${e.edge}`); // ['passRate 95']
 */
export interface PointBandEdge {
  /** The dimension the item scores in. */
  dimension: string;
  /** The item's indicator (or derived value). */
  indicator: string;
  /** The edge. */
  edge: number;
  /** "Just below" and "just above" mean within this: one unit of the last digit the item's bands are written with, at least 1 for a whole-number indicator. */
  step: number;
  /** A valid case's value of the indicator equals the edge. */
  at: boolean;
  /** One lies below it by at most one step. */
  below: boolean;
  /** One lies above it by at most one step. */
  above: boolean;
  /** The item scores a derived value, which a case's input does not give and no requirement of it shows: its sides are not known. */
  derived?: true;
}

/**
 * The inner edges of every item's `points` bands (each item's distinct finite ends but its outermost: those
 * bound the scale, no two bands meet there), in rule-file order, with the sides the cases reach. A case's value
 * is its input's (or the indicator's default); for a derived value, one a requirement on it shows.
 */
export function pointBandEdges(
  model: RuleSetModel,
  cases: readonly { input: unknown; result: GradeResult }[],
): PointBandEdge[] {
  const out: PointBandEdge[] = [];
  for (const dimension of model.scoring?.dimensions ?? [])
    for (const item of dimension.items) {
      if (!item.bands || item.bands.length === 0) continue;
      const ends = new Set<number>();
      for (const { band } of item.bands) {
        if (Number.isFinite(band.lower)) ends.add(band.lower);
        if (Number.isFinite(band.upper)) ends.add(band.upper);
      }
      ends.delete(Math.min(...item.bands.map((b) => b.band.lower)));
      ends.delete(Math.max(...item.bands.map((b) => b.band.upper)));
      const indicator = model.indicators.find((i) => i.name === item.indicator);
      const decimals = Math.max(
        0,
        ...item.bands.flatMap(({ band }) => [...band.text.matchAll(/\d\.(\d+)/g)].map((m) => m[1]!.length)),
      );
      let step = Number((10 ** -decimals).toPrecision(15));
      if (indicator?.type === 'integer') step = Math.max(step, 1);
      const values = cases.flatMap(({ input, result }) => {
        if (result.errors) return [];
        const v = itemValue(model, item.indicator, input, result);
        return v === undefined ? [] : [v];
      });
      const derived = model.derived.some((d) => d.name === item.indicator) && values.length === 0;
      for (const edge of [...ends].sort((a, b) => a - b)) {
        const tolerance = 1e-9 * Math.max(1, Math.abs(edge));
        const near = (v: number) => Math.abs(v - edge) <= tolerance;
        out.push({
          dimension: dimension.id,
          indicator: item.indicator,
          edge,
          step,
          at: values.some(near),
          below: values.some((v) => !near(v) && v < edge && edge - v <= step + tolerance),
          above: values.some((v) => !near(v) && v > edge && v - edge <= step + tolerance),
          ...(derived ? { derived: true as const } : {}),
        });
      }
    }
  return out;
}

/** A case's value of a scored item: the input's, the default, or (derived) what a requirement on it shows. */
function itemValue(
  model: RuleSetModel,
  name: string,
  input: unknown,
  result: GradeResult,
): number | undefined {
  const indicator = model.indicators.find((i) => i.name === name);
  if (indicator && !model.derived.some((d) => d.name === name)) {
    const record = (input ?? {}) as Record<string, unknown>;
    const v = Object.hasOwn(record, name) ? record[name] : indicator.default;
    return typeof v === 'number' ? v : undefined;
  }
  const shown = result.criteria.find((c) => c.indicator === name && typeof c.value === 'number');
  return shown ? (shown.value as number) : undefined;
}
