/**
 * The candidate closest to `name` by edit distance, when close enough to be a
 * likely typo ("apff" → "apf"); `undefined` otherwise. Never `name` itself:
 * "did you mean" the very name written helps no one.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  return closestTies(name, candidates)[0];
}

/**
 * Every candidate as close to `name` as the closest (the tolerance and
 * exclusions of {@link closestName}), in the candidates' order: `炻质砖` is
 * one character from both 瓷质砖 and 炻瓷砖, and naming only the first would
 * steer the author to the wrong one (newcomer-40 M2).
 *
 * @example
 * closestTies('炻质砖', ['瓷质砖', '炻瓷砖', '陶质砖']) // ['瓷质砖', '炻瓷砖']
 */
export function closestTies(name: string, candidates: Iterable<string>): string[] {
  let best: string[] = [];
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = name.toLowerCase();
  const tolerance = Math.max(1, Math.floor(name.length / 3));
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = editDistance(lower, candidate.toLowerCase(), tolerance);
    // A name all of whose letters are changed is no typo of it: `c` for `a` (developer-36 M6).
    if (d >= Math.max(name.length, candidate.length)) continue;
    if (d < bestDistance) {
      best = [candidate];
      bestDistance = d;
    } else if (d === bestDistance && !best.includes(candidate)) best.push(candidate);
  }
  return bestDistance <= tolerance ? best : [];
}

/**
 * The candidates within a likely typo of `name` (the tolerance of
 * {@link closestName}), nearest first, at most `max`; one equal to `name` is
 * the nearest of all (the caller asks because `name` alone did not fit, e.g.
 * a rule set's name without its industry).
 *
 * @example
 * closestNames('cement-quality-grad', ['cement-quality-grade', 'cement-lot-grade']) // ['cement-quality-grade']
 */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = name.toLowerCase();
  const tolerance = Math.max(1, Math.floor(name.length / 3));
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, d: editDistance(lower, candidate.toLowerCase(), tolerance) }))
    .filter(({ candidate, d }) => d <= tolerance && d < Math.max(name.length, candidate.length))
    .sort((a, b) => a.d - b.d)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

// Edits are insertions, deletions, substitutions and swaps of two neighbours (optimal string
// alignment): "nosie" is one edit from "noise", as a typist sees it, not two. Past `bound` the exact
// distance matters to no caller: lengths further apart than it cannot come within it, and a row whose
// every cell exceeds it cannot come back under it (a header of 140,000 columns is held to each label).
function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > Math.min(bound, 8)) return Number.POSITIVE_INFINITY;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, beforePrevious[j - 2]! + 1);
      current[j] = d;
    }
    // The swap reaches back two rows, so a row past the bound may still lead to a smaller one after the next.
    if (Math.min(...current) > bound && Math.min(...previous) > bound) return Number.POSITIVE_INFINITY;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
