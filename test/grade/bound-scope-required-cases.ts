/**
 * The boundary cases of a bound on a fact that a scope item's `when` or a `requiredWhen` reads (fix-bound40), shared
 * by the gradeSync and the CSV suites: test/fixtures/bounds-40/scope-required.yaml, whose figures are illustrative
 * (its 7100 W echoes a GB 21455-2019 capacity band edge, standards.md, used there for no scope or requiredWhen).
 */
import { join } from 'node:path';

/** The rule set, from the repository's root. */
export const SCOPE_REQUIRED = join(import.meta.dirname, '../fixtures/bounds-40/scope-required.yaml');

/**
 * A record that is in scope, needs none of efficiency, noise and report, and passes (grade pass): every fact above
 * the clauses' limits, hermetic false (out of scope wherever a scope item's `when` holds).
 */
export const BASE: Readonly<Record<string, string | number | boolean>> = {
  strength: 60,
  capacity: 9000,
  load: 9000,
  stages: 5,
  size: 9000,
  power: 9000,
  ports: 5,
  input: 100,
  output: 90,
  hermetic: false,
};

/** `[field, cell, outcome]`: `pass`, `out-of-scope`, or the errors' `field:code`. */
export const CASES: readonly (readonly [string, string, string])[] = [
  // efficiency requiredWhen capacity ≤ 7100 (lessThanInclusive); efficiency left out.
  ['capacity', '≤4500', 'efficiency:missing'],
  ['capacity', '≤7100', 'efficiency:missing'],
  ['capacity', '<7100', 'efficiency:missing'],
  ['capacity', '≤7100.1', 'capacity:wrong-type'],
  ['capacity', '≤8000', 'capacity:wrong-type'],
  ['capacity', '>7100', 'pass'],
  ['capacity', '≥7100', 'capacity:wrong-type'],
  ['capacity', '≥7100.1', 'pass'],
  ['capacity', '≥7099.9', 'capacity:wrong-type'],
  // noise requiredWhen load < 7100 (lessThan).
  ['load', '<7100', 'noise:missing'],
  ['load', '≤7099.9', 'noise:missing'],
  ['load', '≤7100', 'load:wrong-type'],
  ['load', '≥7100', 'pass'],
  ['load', '>7099.9', 'load:wrong-type'],
  // report requiredWhen stages < 4, an integer in [1, 10]: its bound is its whole numbers.
  ['stages', '≤3', 'report:missing'],
  ['stages', '<4', 'report:missing'],
  ['stages', '<3.5', 'report:missing'],
  ['stages', '≤4', 'stages:wrong-type'],
  ['stages', '≥4', 'pass'],
  ['stages', '>3', 'pass'],
  ['stages', '>2.5', 'stages:wrong-type'],
  // scope item hermetic-small, when size ≤ 7100: hermetic false is out of scope where it applies.
  ['size', '≤4500', 'out-of-scope'],
  ['size', '≤7100', 'out-of-scope'],
  ['size', '<7100', 'out-of-scope'],
  ['size', '≤7100.1', 'size:wrong-type'],
  ['size', '≤8000', 'size:wrong-type'],
  ['size', '>7100', 'pass'],
  ['size', '≥7100', 'size:wrong-type'],
  // scope item hermetic-low-power, when power < 7100.
  ['power', '<7100', 'out-of-scope'],
  ['power', '≤7100', 'power:wrong-type'],
  ['power', '≥7100', 'pass'],
  ['power', '>7099.9', 'power:wrong-type'],
  // scope item hermetic-few-ports, when ports < 4, an integer in [1, 10].
  ['ports', '≤3', 'out-of-scope'],
  ['ports', '<4', 'out-of-scope'],
  ['ports', '≤4', 'ports:wrong-type'],
  ['ports', '>3', 'pass'],
  ['ports', '≥3', 'ports:wrong-type'],
  // strengthRated's `when` compares output with input: neither can be followed along a span.
  ['output', '≤10', 'output:wrong-type'],
  ['input', '≥1000', 'input:wrong-type'],
];

/** How a result came out, in the words of {@link CASES}. */
export function outcome(r: {
  grade: string | null;
  errors?: readonly { field: string; code: string }[];
  notGradedReason?: { code: string } | null;
}): string {
  if (r.errors) return r.errors.map((e) => `${e.field}:${e.code}`).join(' ');
  if (r.notGradedReason?.code === 'out-of-scope') return 'out-of-scope';
  return r.grade ?? `null (${r.notGradedReason?.code})`;
}
