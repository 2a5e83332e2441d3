import { reorderedGrades } from '../compare/grade-direction';
import type { GradeModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';
import { addedOrRemoved, named, THING } from './diff-messages';
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
        // In Chinese by its labels, not its id (enterprise-25 F6); an English-only rename says which label changed.
        message: {
          zh:
            x.label.zh === y.label.zh
              ? `等级“${x.label.zh}”的英文名称更改：“${x.label.en}” → “${y.label.en}”`
              : `等级“${x.label.zh}”更名为“${y.label.zh}”`,
          en: `grade ${x.id} renamed: "${x.label.en}" → "${y.label.en}"`,
        },
        a: at,
        b: b.locate(['grades', y.index, 'label']),
      }),
    );
  }
  for (const y of b.model.grades)
    if (!inA.has(y.id)) out.push(presence(y, true, b.locate(['grades', y.index])));
  const reordered = reorderedLadder(a, b);
  return noteGradeRenames(reordered ? [reordered, ...out] : out, gradeTwins(a.model.grades, b.model.grades));
}

/**
 * The grades both editions have, when B ranks them in another order than A
 * (hostile-33 F6): a swapped ladder reverses what "a higher grade" means, the
 * biggest change a draft can make, and shows in no limit (the table's
 * columns swap with it).
 */
function reorderedLadder(a: Edition, b: Edition): DiffEntry | undefined {
  const order = reorderedGrades(a.model, b.model);
  if (!order) return undefined;
  const { a: before, b: after } = order;
  const ladder = (grades: readonly GradeModel[], lang: 'zh' | 'en') =>
    grades.map((g) => (lang === 'zh' ? g.label.zh : `${g.label.en} (${g.id})`)).join(' < ');
  return makeEntry({
    key: 'grades:order',
    kind: 'grades-reordered',
    before: before.map((g) => g.id).join(' < '),
    after: after.map((g) => g.id).join(' < '),
    message: {
      zh: `等级顺序改变（由低到高）：A 为 ${ladder(before, 'zh')}，B 为 ${ladder(after, 'zh')}；“更高的等级”所指不同，两版的等级不能按高低对照`,
      en: `the order of grades changed (lowest first): A ranks ${ladder(before, 'en')}, B ranks ${ladder(after, 'en')}; "a higher grade" no longer means the same, and the two editions' grades cannot be compared as higher or lower`,
    },
    a: a.locate(['grades']),
    b: b.locate(['grades']),
  });
}

/** A grade only A has and one only B has that are likely one grade whose id was changed. */
interface GradeTwin {
  a: GradeModel;
  b: GradeModel;
  /** Why they are paired: the same label (zh or en), or the same place in ladders of the same length. */
  by: 'label' | 'place';
}

/**
 * Pairs each grade only A has with one only B has: first by label (zh or en),
 * then, when both ladders have as many grades, by place in the ladder. Each
 * grade is paired at most once. Rule authors who rename a grade are told to
 * keep its id, but a draft that changed the id too should still read as a
 * rename rather than as a grade dropped and another added.
 */
function gradeTwins(as: readonly GradeModel[], bs: readonly GradeModel[]): GradeTwin[] {
  const idsA = new Set(as.map((g) => g.id));
  const idsB = new Set(bs.map((g) => g.id));
  const onlyA = as.filter((g) => !idsB.has(g.id));
  const onlyB = bs.filter((g) => !idsA.has(g.id));
  const taken = new Set<GradeModel>();
  const out: GradeTwin[] = [];
  const pair = (x: GradeModel, match: (y: GradeModel) => boolean, by: GradeTwin['by']) => {
    const y = onlyB.find((c) => !taken.has(c) && match(c));
    if (!y) return false;
    taken.add(y);
    out.push({ a: x, b: y, by });
    return true;
  };
  const rest = onlyA.filter(
    (x) => !pair(x, (y) => y.label.zh === x.label.zh || y.label.en === x.label.en, 'label'),
  );
  if (as.length === bs.length) for (const x of rest) pair(x, (y) => y.index === x.index, 'place');
  return out;
}

const ADVICE = {
  zh: '只改等级名称时请保留 id、改 label',
  en: 'to rename a grade, keep its id and change its label',
};

/** Notes the removed and added entries of paired grades as a possible rename, naming the other. */
function noteGradeRenames(entries: DiffEntry[], twins: readonly GradeTwin[]): DiffEntry[] {
  if (twins.length === 0) return entries;
  const removed = new Map(twins.map((t) => [`grade:${t.a.id}`, t]));
  const added = new Map(twins.map((t) => [`grade:${t.b.id}`, t]));
  return entries.map((e) => {
    const was = e.kind === 'grade-removed' ? removed.get(e.key) : undefined;
    const now = e.kind === 'grade-added' ? added.get(e.key) : undefined;
    const t = was ?? now;
    if (!t) return e;
    const other = was ? t.b : t.a;
    const why =
      t.by === 'label'
        ? { zh: '标签相同', en: 'with the same label' }
        : { zh: '在等级阶梯中位置相同', en: 'at the same place in the ladder' };
    const zh = was
      ? `可能是改名：B 新增的等级“${other.label.zh}”（${other.id}）${why.zh}`
      : `可能是改名：A 删除的等级“${other.label.zh}”（${other.id}）${why.zh}`;
    const en = was
      ? `possibly renamed: B adds the grade "${other.label.en}" (${other.id}) ${why.en}`
      : `possibly renamed: A's grade "${other.label.en}" (${other.id}), removed, ${t.by === 'label' ? 'has the same label' : 'is at the same place in the ladder'}`;
    return makeEntry({ ...e, note: { zh: `${zh}；${ADVICE.zh}`, en: `${en}; ${ADVICE.en}` } });
  });
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
