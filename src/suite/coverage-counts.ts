import { type CoverageReport, missingSides, type ThresholdCoverage } from './coverage';

/**
 * How a coverage report's thresholds stand, each counted once, for its summary line: every side asked for has a
 * deciding case (`complete`); nothing is missing, but a side the suite waives has none (`waived`); a formula's
 * limit no case's limit equals and that may be no record's (`maybeNoRecord`), of them `noRecord` those no record
 * the requirement applies to gets; or a side is missing (`uncovered`). coverage-44: "21 of 21 have a deciding case" counted the waived thresholds it listed below.
 *
 * @example
 * const n = coverageCounts(report); // { total: 111, complete: 93, waived: 18, maybeNoRecord: 0, noRecord: 0, uncovered: 0 }
 */
export function coverageCounts(report: Pick<CoverageReport, 'thresholds'>): {
  total: number;
  complete: number;
  waived: number;
  maybeNoRecord: number;
  noRecord: number;
  uncovered: number;
} {
  const n = {
    total: report.thresholds.length,
    complete: 0,
    waived: 0,
    maybeNoRecord: 0,
    noRecord: 0,
    uncovered: 0,
  };
  for (const t of report.thresholds) {
    if (missingSides(t).length > 0) n.uncovered++;
    else if (t.maybeNoRecord) {
      n.maybeNoRecord++;
      if (t.noRecord) n.noRecord++;
    } else if (waivedUnprobed(t)) n.waived++;
    else n.complete++;
  }
  return n;
}

/** A side the suite waives that no case decides and a record could reach. */
export function waivedUnprobed(t: ThresholdCoverage): boolean {
  return (t.waived?.sides ?? []).some((side) => !t[side] && !t.unreachable.includes(side));
}
