/**
 * A batch's grades packed to cross from a grader pool's worker to the
 * pool's thread, for `gradeMany(records, { detail: 'grade' })`: a graded
 * record is the index of its grade (four bytes, moved between threads, not
 * copied), and the pool's thread gives it the grade's id and label; only a
 * record that is not graded sends its result, cut to what that detail keeps.
 *
 * @module
 */

import { type GradeOnlyResult, resultAtDetail } from '../explain/result-detail';
import type { GradeModel } from '../model/rule-set-model';
import type { GraderInput, SplitGrader } from './create-grader';

/** A batch's grades: per record a grade's index, or -1 for the next of `others`. */
export interface PackedGrades {
  grades: Int32Array;
  /** The results of the records that are not graded (out of scope, below the lowest grade, invalid), in order. */
  others: GradeOnlyResult[];
}

/**
 * Grades a batch in a worker without explaining a graded record, as
 * `qgrade grade --detail grade` does: what {@link unpackGrades} turns into
 * results in the pool's thread.
 */
export function packGrades(split: SplitGrader, inputs: readonly GraderInput[]): PackedGrades {
  const index = gradeIndexes(split);
  const grades = new Int32Array(inputs.length);
  const others: GradeOnlyResult[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const brief = split.gradeBrief(inputs[i]!);
    if ('criteria' in brief) {
      grades[i] = -1;
      others.push(resultAtDetail(brief, 'grade') as GradeOnlyResult);
    } else grades[i] = index.get(brief.grade)!;
  }
  return { grades, others };
}

/** The results of a packed batch of grades: what `resultAtDetail(gradeSync(record), 'grade')` gives. */
export function* unpackGrades(split: SplitGrader, packed: PackedGrades): Generator<GradeOnlyResult> {
  const grades = split.compiled.model.grades;
  let k = 0;
  for (const i of packed.grades) {
    if (i < 0) yield packed.others[k++]!;
    else {
      const grade = grades[i]!;
      yield { grade: grade.id, label: grade.label };
    }
  }
}

const INDEXES = new WeakMap<SplitGrader, Map<GradeModel, number>>();

/** Each grade of the rule set by its index, made once per grader. */
function gradeIndexes(split: SplitGrader): Map<GradeModel, number> {
  let index = INDEXES.get(split);
  if (!index) {
    index = new Map(split.compiled.model.grades.map((g, i) => [g, i]));
    INDEXES.set(split, index);
  }
  return index;
}
