import type { CompiledCheck } from '../compile/compile-check';
import type { CheckOutcome } from '../evaluate/check-outcome';
import { criterionMessage } from './criterion-message';
import type { CriterionResult } from './grade-result';

/** The explanation of one check's outcome. */
export function criterionResult(
  check: CompiledCheck,
  outcome: CheckOutcome,
  unit: string | undefined,
): CriterionResult {
  const m = check.model;
  const reading = outcome.reading;
  const status = outcome.status;
  const limit = status === 'not-applicable' && !reading?.limit ? null : check.limitOf(reading?.limit);
  const result: CriterionResult = {
    id: m.id,
    label: m.label,
    indicator: m.subject ?? null,
    value: reading?.measured ?? null,
    limit,
    passed: status === 'passed' ? true : status === 'not-applicable' ? null : false,
    status,
    grade: m.grade?.id ?? null,
    effect: m.effect,
    message: criterionMessage(m, status, reading, limit, unit),
  };
  if (reading?.rounded && typeof reading.compared === 'number') result.rounded = reading.compared;
  if (reading?.specimen) result.specimen = reading.specimen;
  if (m.capAt) result.capAt = m.capAt.id;
  return result;
}
