import type { CheckModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';
import { named } from './diff-messages';
import type { Edition } from './edition';

/**
 * For a requirement only `side` has, of a grade only `side` has with no grade of `other` above it in `side`'s
 * ladder (a draft's new top grade), why the entry has no direction: grades are cumulative, so no grade both
 * editions have asks it; it decides only whether a record reaches the new grade, and moves none down. Called
 * "stricter", a new top grade's requirements read as tightening beside the records they lifted (committee-44 M4).
 * `undefined` for any other requirement: one of a grade both have, or of a new grade below one both have (which
 * that grade now asks too: stricter, as any requirement added). `side` is B for a requirement added, A for one
 * removed.
 *
 * @example
 * ownGradeNote(B, A, totalScoreAt4Stars, 'B')?.zh;
 * // '属于 B 新增的等级“四星级”（4-star），其上没有两版共有的等级：只决定记录能否达到该等级，不使任何记录降低，不计宽严'
 */
export function ownGradeNote(
  side: Edition,
  other: Edition,
  check: CheckModel,
  key: 'A' | 'B',
): LocalizedText | undefined {
  const grade = check.grade;
  if (check.effect !== 'requirement' || grade === null) return undefined;
  const shared = new Set(other.model.grades.map((g) => g.id));
  if (shared.has(grade.id)) return undefined;
  if (side.model.grades.some((g) => g.index > grade.index && shared.has(g.id))) return undefined;
  const which = named(grade.label, grade.id);
  return key === 'B'
    ? {
        zh: `属于 B 新增的等级${which.zh}，其上没有两版共有的等级：只决定记录能否达到该等级，不使任何记录降低，不计宽严`,
        en: `of ${which.en}, a grade B adds with no grade of both above it: it decides only whether a record reaches that grade and moves none down, so neither stricter nor looser`,
      }
    : {
        zh: `属于 B 删除的等级${which.zh}，其上没有两版共有的等级：只决定记录能否达到该等级，不计宽严`,
        en: `of ${which.en}, a grade B removes with no grade of both above it: it decided only whether a record reached that grade, so neither stricter nor looser`,
      };
}
