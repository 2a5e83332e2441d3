import { readFile } from 'node:fs/promises';
import { createGrader, type GradeResult, parseRuleSet, type RuleSet } from '../../src/index';
import type { Peer } from './peer';

/** How the generated records came out under qgrade: per grade, and why the others were not graded. */
export type Distribution = Record<string, number>;

/** Where one result counts in a {@link Distribution}: its grade id, or `not graded: <reason>`. */
export function distributionKey(r: GradeResult): string {
  return r.grade ?? `not graded: ${r.errors?.length ? 'invalid' : (r.notGradedReason?.code ?? 'unknown')}`;
}

/** A distribution's counts in a stable order. */
export function sortedDistribution(counts: Distribution): Distribution {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Every peer must give every record qgrade's grade; the first mismatches are
 * shown with their records, and the benchmark stops.
 */
export async function assertEquivalent(
  workload: string,
  records: readonly unknown[],
  expected: readonly (string | null)[],
  peers: readonly Peer[],
): Promise<void> {
  for (const peer of peers) {
    const got = await peer.grade(records);
    const bad: string[] = [];
    for (let i = 0; i < records.length; i++) {
      if (got[i] !== expected[i]) {
        bad.push(
          `  #${i}: qgrade ${JSON.stringify(expected[i])}, ${peer.name} ${JSON.stringify(got[i])}: ${JSON.stringify(records[i])}`,
        );
      }
    }
    if (got.length !== records.length || bad.length) {
      throw new Error(
        `${workload}: ${peer.name} is not equivalent to qgrade on ${bad.length} of ${records.length} records\n${bad.slice(0, 5).join('\n')}`,
      );
    }
  }
}

/**
 * For a rule set that compares by the GB/T 8170 rounded-value method: grades
 * the records again with a copy compared by full value, and requires the same
 * grades — proof that rounding decides none of them, so peers that cannot
 * round are still equivalent on these records. Returns false when the rule
 * set does not round.
 */
export async function assertRoundingDecidesNothing(
  ruleSet: RuleSet,
  file: string,
  records: readonly unknown[],
  expected: readonly (string | null)[],
): Promise<boolean> {
  const text = await readFile(file, 'utf8');
  if (!/^\s*comparison:\s*rounded\s*$/m.test(text)) return false;
  const fullValue = parseRuleSet(text.replace(/^(\s*comparison:\s*)rounded\s*$/gm, '$1full'), {
    filename: file,
  });
  const grader = createGrader(fullValue);
  for (let i = 0; i < records.length; i++) {
    const g = grader.gradeSync(records[i]).grade;
    if (g !== expected[i]) {
      throw new Error(
        `${ruleSet.id}: record #${i} grades ${JSON.stringify(expected[i])} with GB/T 8170 rounding and ${JSON.stringify(g)} without: ${JSON.stringify(records[i])}`,
      );
    }
  }
  return true;
}
