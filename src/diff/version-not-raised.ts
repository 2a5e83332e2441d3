import { type LocalizedText, localized } from '../text/localized-text';
import type { DiffEntry, RuleSetDiff } from './rule-set-diff';

// Entries without a direction that still change what a record is graded: a grade or a requirement of a grade only
// one edition has (a new top grade's requirement has no direction, committee-44 M4), a ladder reordered.
const GRADING_KINDS: ReadonlySet<DiffEntry['kind']> = new Set([
  'grade-added',
  'grade-removed',
  'grades-reordered',
  'criterion-added',
  'criterion-removed',
  'scope-added',
  'scope-removed',
]);

/** Whether an entry can change the grade a record gets: it has a direction, or it adds or removes a grade or requirement. */
function changesGrading(e: DiffEntry): boolean {
  return e.direction !== undefined || GRADING_KINDS.has(e.kind);
}

/**
 * A warning when A and B have the same id and the same version but B grades otherwise: a result names its rule
 * set by id and version alone (`ruleSet: { id, version }`), so results graded under one edition cannot be told
 * from the other's. B's version is the one to raise (the rule-set comment says so: "raise it whenever a threshold
 * changes"); for `x.y.z`, the next minor version is offered. `undefined` when the ids or versions differ, or no
 * entry changes how a record is graded (a title, a note, a reference). On stderr: `diff`'s output is unchanged.
 *
 * @example
 * const notice = unraisedVersionNotice(diffRuleSets(a, b));
 * if (notice) console.error(notice.en);
 */
export function unraisedVersionNotice(diff: RuleSetDiff): LocalizedText | undefined {
  if (diff.a.id !== diff.b.id || diff.a.version !== diff.b.version) return undefined;
  const n = diff.entries.filter(changesGrading).length;
  if (n === 0) return undefined;
  const { id, version } = diff.b;
  const next = nextMinor(version);
  const zhTo = next ? `，如改为 ${next}` : '';
  const enTo = next ? ` (to ${next}, for instance)` : '';
  return localized(
    `注意：A 和 B 都是 ${id} ${version}，但有 ${n} 处差异会改变记录的等级：请提高 B 的版本号（version${zhTo}）。否则按其中一版判定的结果与按另一版判定的结果无法区分：结果只以规则集标识和版本号（${id} ${version}）注明所用的规则集`,
    `note: A and B are both ${id} ${version}, but ${n === 1 ? '1 of the differences changes' : `${n} of the differences change`} how a record is graded: raise B's version${enTo}. Otherwise results graded under one cannot be told from results graded under the other: a result names its rule set only by id and version (${id} ${version})`,
  );
}

/** `1.0.0` → `1.1.0`; a pre-release or any other form: none offered (which part to raise is the author's). */
function nextMinor(version: string): string | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  return m ? `${m[1]}.${Number(m[2]) + 1}.0` : undefined;
}
