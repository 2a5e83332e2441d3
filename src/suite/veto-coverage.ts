import type { GradeResult } from '../model/grade-result';
import type { CheckModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';

/**
 * A veto of a rule set — a requirement with `cap` or `gate` — and whether a
 * suite has a case that does not meet it, so what it does to a grade is
 * tested (newcomer-29 F2): `近三年发生重大质量事故 = false` capping at 检验级
 * has no numeric threshold, yet it is the rule that moves a grade most.
 *
 * @example
 * report.vetoes.filter((v) => !v.exercised).map((v) => `${v.criterion} (line ${v.line})`);
 */
export interface VetoCoverage {
  /** The requirement's id (`no-major-accident`). */
  criterion: string;
  /** What not meeting it does: holds the grade at `capAt` (`cap`), or leaves the record ungraded (`gate`). */
  effect: 'cap' | 'gate';
  /** For `cap`: the grade id the record is held to. */
  capAt?: string;
  /** For `cap`: that grade's label (`检验级`), as a reader names it. */
  capAtLabel?: LocalizedText;
  /** The rule file the requirement is written in. */
  file: string;
  /** The requirement's line in the rule file. */
  line: number;
  /** A valid case does not meet it (its status is `failed`). */
  exercised: boolean;
}

/**
 * The rule set's vetoes (`cap`, `gate`) in rule-file order, each marked
 * {@link VetoCoverage.exercised} when a valid case fails it. Invalid cases
 * count for nothing, as for thresholds.
 */
export function vetoCoverage(
  criteria: readonly CheckModel[],
  cases: readonly { result: GradeResult }[],
): VetoCoverage[] {
  const failed = new Set<string>();
  for (const { result } of cases) {
    if (result.errors) continue;
    for (const c of result.criteria) if (c.status === 'failed') failed.add(c.id);
  }
  const out: VetoCoverage[] = [];
  for (const check of criteria) {
    if (check.effect !== 'cap' && check.effect !== 'gate') continue;
    out.push({
      criterion: check.id,
      effect: check.effect,
      ...(check.capAt ? { capAt: check.capAt.id, capAtLabel: check.capAt.label } : {}),
      file: check.location.file,
      line: check.location.line,
      exercised: failed.has(check.id),
    });
  }
  return out;
}
