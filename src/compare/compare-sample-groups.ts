import { compileGrader } from '../grade/create-grader';
import { type SampleOptions, sampleTable } from '../grade/grade-sample';
import { GroupRouter } from '../grade/group-stream';
import type { OptionNaming } from '../input/option-naming';
import type { GroupResult } from '../model/group-result';
import { bothIndicators } from '../resolve/both-indicators';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import type { LocalizedText } from '../text/localized-text';
import {
  createGroupComparison,
  type GroupComparison,
  type GroupGradeChange,
  type GroupRecordMove,
  gradeGroupPairs,
  recordMoves,
} from './compare-groups';

/** A sample's groups compared under two rule sets, as `qgrade compare --group-by` compares them. */
export interface SampleGroupComparison {
  /** The comparison of the groups: matrix, counts, each changed group. */
  groups: GroupComparison;
  /** Each changed group's results under A and under B (its lines say how each requirement reads on both sides). */
  sides: Map<GroupGradeChange, { a: GroupResult; b: GroupResult }>;
  /** Keys written two ways and pooled (`Ｌ1` with `L1`), as `--group-by` says it. */
  notice?: LocalizedText;
}

/**
 * Grades a sample's groups on `column` under A and under B ({@link gradeGroupPairs}, the CLI's pairing: read
 * once with both rule sets' indicators, the input sorted by the column) and compares them
 * ({@link createGroupComparison}). `moves` are the sample's changed records by row, each with its causes, as
 * the records' comparison found them: a changed group names those that hold it. Not public: the studio's lots.
 */
export async function compareSampleGroups(
  a: RuleSet,
  b: RuleSet,
  input: string | Uint8Array,
  options: SampleOptions,
  column: string,
  naming: OptionNaming,
  moves: ReadonlyMap<number, GroupRecordMove>,
): Promise<SampleGroupComparison> {
  // Told once already by the records' reading: a second reading of the same sample says nothing new.
  const quiet = { ...options, onNotice: () => {} };
  const table = await sampleTable(input, bothIndicators(a, b), quiet, naming, [column]);
  const side = (r: RuleSet) => ({ grade: compileGrader(r).gradeWithValues, model: modelOf(r) });
  const router = new GroupRouter(column, table.header);
  const groups = createGroupComparison(a, b, column);
  const sides = new Map<GroupGradeChange, { a: GroupResult; b: GroupResult }>();
  const pending = new Map(moves);
  const steps = gradeGroupPairs(
    table.items,
    column,
    side(a),
    side(b),
    table.header,
    undefined,
    undefined,
    router,
  );
  for await (const step of steps) {
    if (!('groups' in step)) continue;
    const { a: groupA, b: groupB, records, changedRows } = step.groups;
    const change = groups.add(groupA, groupB, records, recordMoves(changedRows, pending));
    if (change) sides.set(change, { a: groupA, b: groupB });
  }
  const notice = router.spellings.notice('--group-by', column);
  const result: SampleGroupComparison = { groups: groups.result(), sides };
  if (notice !== undefined) result.notice = notice;
  return result;
}
