import type { GradeModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';
import { addedOrRemoved, change, labelled, named, THING } from './diff-messages';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffEntry } from './rule-set-diff';

/**
 * The differences between the grade ladders of two editions, by grade id:
 * grades added, removed, and renamed (a label changed in either language).
 * What a grade requires is compared by {@link diffChecks} and {@link diffTables}.
 *
 * @example
 * diffGrades(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'grade:2', kind: 'grade-renamed', before: '2级 / Grade 2', after: '二级 / Second grade', … }]
 */
export function diffGrades(a: Edition, b: Edition): DiffEntry[] {
  const out: DiffEntry[] = [];
  const inB = new Map(b.model.grades.map((g) => [g.id, g]));
  const inA = new Set(a.model.grades.map((g) => g.id));
  for (const x of a.model.grades) {
    const y = inB.get(x.id);
    const at = a.locate(['grades', x.index]);
    if (!y) {
      out.push(presence(x, false, at));
      continue;
    }
    if (x.label.zh === y.label.zh && x.label.en === y.label.en) continue;
    const before = both(x.label);
    const after = both(y.label);
    out.push(
      makeEntry({
        key: `grade:${x.id}`,
        kind: 'grade-renamed',
        before,
        after,
        id: x.id,
        message: labelled(
          { zh: `等级“${x.id}”更名`, en: `grade ${x.id} renamed` },
          change(
            { zh: `“${x.label.zh}”`, en: `"${x.label.en}"` },
            { zh: `“${y.label.zh}”`, en: `"${y.label.en}"` },
          ),
        ),
        a: at,
        b: b.locate(['grades', y.index, 'label']),
      }),
    );
  }
  for (const y of b.model.grades)
    if (!inA.has(y.id)) out.push(presence(y, true, b.locate(['grades', y.index])));
  return out;
}

function presence(g: GradeModel, added: boolean, at: DiffEntry['a']): DiffEntry {
  const text = both(g.label);
  return makeEntry({
    key: `grade:${g.id}`,
    kind: added ? 'grade-added' : 'grade-removed',
    before: added ? null : text,
    after: added ? text : null,
    id: g.id,
    message: addedOrRemoved(THING.grade(named(g.label, g.id)), added),
    ...(added ? { b: at } : { a: at }),
  });
}

function both(label: LocalizedText): string {
  return label.zh === label.en ? label.zh : `${label.zh} / ${label.en}`;
}
