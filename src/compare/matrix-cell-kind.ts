import { gradeDirection } from './grade-direction';
import { INVALID_KEY, MIXED_KEY, NOT_GRADED_KEY, SHOWN_NOT_GRADED_KEYS } from './migration-matrix';

/**
 * What a cell of a shown migration matrix holds: records whose grade stayed (`same`), went `up` or `down`,
 * or moved `neither` way (a grade only one ladder has at the same place, not graded for two reasons, invalid
 * under one side only).
 *
 * @example
 * const kind: MatrixCellKind = 'up';
 */
export type MatrixCellKind = 'same' | 'up' | 'down' | 'neither';

/**
 * How the reports colour a cell of a shown migration matrix (`shownMatrix`: grade ids, "not graded" and its
 * shown reasons, a lot's "mixed", "invalid"), by A's key (row) and B's key (column). The HTML report's heat map and the
 * studio's matrix both read it, so that their colours say the same (committee-38 F3).
 *
 * @example
 * const kind = matrixCellKind(ruleSetA, ruleSetB);
 * kind('5', '4'); // 'up'
 * kind('1', '2'); // 'down'
 */
export function matrixCellKind(
  a: { grades: readonly { id: string }[] },
  b: { grades: readonly { id: string }[] },
): (from: string, to: string) => MatrixCellKind {
  const direction = gradeDirection(a, b);
  const ungraded = new Set<string>([NOT_GRADED_KEY, ...SHOWN_NOT_GRADED_KEYS, MIXED_KEY]);
  const nullable = (key: string) => (ungraded.has(key) ? null : key);
  return (from, to) => {
    if (from === to) return 'same';
    // Invalid under one side (the summary counts it unchanged or apart): neither up nor down.
    if (from === INVALID_KEY || to === INVALID_KEY) return 'neither';
    // Below the lowest grade ↔ out of scope: no grade either side.
    if (ungraded.has(from) && ungraded.has(to)) return 'neither';
    const d = direction(nullable(from), nullable(to));
    return d === 'sideways' ? 'neither' : d;
  };
}
