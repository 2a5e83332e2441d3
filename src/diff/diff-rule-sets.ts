import { modelOf, type RuleSet } from '../resolve/rule-set';
import { diffChecks } from './diff-checks';
import { diffGrades } from './diff-grades';
import { diffGroup } from './diff-group';
import { diffMeta } from './diff-meta';
import { diffScoring } from './diff-scoring';
import { diffTables } from './diff-tables';
import { diffDerived, diffIndicators } from './diff-values';
import { Edition } from './edition';
import type { DiffEntry, RuleSetDiff } from './rule-set-diff';

/**
 * The threshold-level differences between two versions of a rule set (A, the
 * one compared from, and B): criteria and scope items added or removed, limits
 * raised or lowered with their direction (`stricter` / `looser` / `changed`,
 * taking the operator into account: a `≥` limit raised is stricter, a `≤`
 * limit raised is looser, a range narrowed is stricter), table cells changed
 * (rows matched by their key cells, an empty cell gaining a value is
 * stricter), grades added, removed or renamed, indicator changes that change
 * what a record may give, comparison method or rounding interval, `when`,
 * gate and cap, scoring weights and items, and the rule set's version,
 * provenance and references.
 * Each entry has a stable key and where it is written in A and B.
 *
 * @example
 * const diff = diffRuleSets(
 *   await loadRuleSet('home-appliances/room-air-conditioner-energy'),
 *   await loadRuleSet('examples/room-air-conditioner-energy-draft.yaml'),
 * );
 * diff.entries.find((e) => e.kind === 'cell-changed');
 * // { key: 'cell:apfLimits[≤ 4500][2]', direction: 'stricter', before: '4.50', after: '4.70', criteria: ['apf@2'], … }
 */
export function diffRuleSets(a: RuleSet, b: RuleSet): RuleSetDiff {
  // Checked here first, so the usage error names this function rather than "qgrade".
  modelOf(a, 'diffRuleSets');
  modelOf(b, 'diffRuleSets');
  const A = new Edition(a);
  const B = new Edition(b);
  const entries = uniqueKeys([
    ...diffMeta(A, B),
    ...diffGrades(A, B),
    ...diffIndicators(A, B),
    ...diffDerived(A, B),
    ...diffGroup(A, B),
    ...diffScoring(A, B),
    ...diffTables(A, B),
    ...diffChecks(A, B),
  ]);
  const counts = { total: entries.length, stricter: 0, looser: 0, changed: 0, other: 0 };
  for (const e of entries) counts[e.direction ?? 'other']++;
  return {
    a: { id: a.id, version: a.version, file: a.file },
    b: { id: b.id, version: b.version, file: b.file },
    counts,
    entries,
  };
}

/** Keys are unique: a second entry under the same key (rows keyed by other columns) gets `#2`. */
function uniqueKeys(entries: DiffEntry[]): DiffEntry[] {
  const seen = new Map<string, number>();
  for (const e of entries) {
    const n = (seen.get(e.key) ?? 0) + 1;
    seen.set(e.key, n);
    if (n > 1) e.key = `${e.key}#${n}`;
  }
  return entries;
}
