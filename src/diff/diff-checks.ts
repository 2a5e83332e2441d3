import { criterionNames } from '../model/criterion-names';
import type { Expr } from '../model/expr';
import type { GradeModel } from '../model/grade-model';
import type { CheckModel, ComparisonModel } from '../model/rule-set-model';
import { groupChecks } from '../resolve/group-checks';
import { cjkJoin } from '../text/cjk-space';
import type { LocalizedText } from '../text/localized-text';
import { type AcceptedSet, compareAccepted } from './accepted-set';
import {
  addedOrRemoved,
  aggregateText,
  aspectChanged,
  change,
  comparisonText,
  effectText,
  named,
  SAME_IN_NEW_UNIT,
  shown,
  THING,
  withDirection,
} from './diff-messages';
import { droppedColumnNote } from './dropped-column';
import type { Edition } from './edition';
import { withShown } from './entry-shown';
import { judgedByNoneNote } from './judged-by-none';
import { makeEntry } from './make-entry';
import { ownGradeNote } from './own-grade-note';
import type { DiffAspect, DiffDirection, DiffEntry, DiffLocation } from './rule-set-diff';
import {
  acrossUnits,
  convertedDirection,
  convertedNote,
  type UnitChange,
  unitChangeNote,
  unitChanges,
} from './unit-changes';

/**
 * The differences between the scope items and the criteria of two editions,
 * matched by id (`apf@2` for a grade table's column): added, removed, and for
 * each kept one its limit, `when`, effect (gate, cap), grade, comparison
 * method or rounding interval, specimen aggregate and the value tested.
 * Limits that read a table are compared by their reference here; the cells
 * themselves are compared by {@link diffTables}.
 *
 * @example
 * diffChecks(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'criterion:chloride-superior:limit', direction: 'stricter', before: '≤ 0.04 %', after: '≤ 0.03 %', … }]
 */
export function diffChecks(a: Edition, b: Edition): DiffEntry[] {
  return [...diffRole(a, b, 'scope'), ...diffRole(a, b, 'criterion')];
}

type Role = 'scope' | 'criterion';

function diffRole(a: Edition, b: Edition, role: Role): DiffEntry[] {
  const pick = (e: Edition) =>
    role === 'scope' ? e.model.scope : [...e.model.criteria, ...groupChecks(e.model)];
  const out: DiffEntry[] = [];
  const inB = new Map(pick(b).map((c) => [c.id, c]));
  const inA = new Set(pick(a).map((c) => c.id));
  for (const checkA of pick(a)) {
    const checkB = inB.get(checkA.id);
    if (checkB) out.push(...diffCheck(a, b, checkA, checkB, role));
    else out.push(presence(a, b, checkA, role, false));
  }
  for (const checkB of pick(b)) if (!inA.has(checkB.id)) out.push(presence(b, a, checkB, role, true));
  return out;
}

/** Each edition's requirement names with their grades, made once per edition. */
const NAMES = new WeakMap<Edition, Map<string, LocalizedText>>();

/**
 * A requirement as the diff names it: its label with its grade, as `grade` and `compare` name it
 * (`“28 天抗压强度（优等品）”（compressive-28d-superior）`): two grades' requirements often share a label.
 */
function thing(check: CheckModel, role: Role, edition: Edition): LocalizedText {
  let names = NAMES.get(edition);
  if (!names) {
    names = criterionNames(edition.model, { limits: false });
    NAMES.set(edition, names);
  }
  const name = named(names.get(check.id) ?? check.label, check.id);
  return role === 'scope' ? THING.scope(name) : THING.criterion(name);
}

/**
 * A requirement added (it can only refuse more) or removed (it can only accept more); its note lists the
 * cells of a table column that went (or came) with it, as one change (committee-38 F2).
 */
function presence(
  edition: Edition,
  other: Edition,
  check: CheckModel,
  role: Role,
  added: boolean,
): DiffEntry {
  const text = edition.requirementText(check);
  const when = edition.whenShown(check);
  // A new top grade's requirement moves no record down: no direction, and a note says why (committee-44 M4).
  const own = role === 'criterion' ? ownGradeNote(edition, other, check, added ? 'B' : 'A') : undefined;
  const direction: DiffDirection | undefined = own ? undefined : added ? 'stricter' : 'looser';
  // An enum's value by its label (`≠ 整体式`), as a changed limit shows it; `before` / `after` as written.
  const words = edition.requirementShown(check);
  // Its `when` in each language's words, values by their labels (committee-35 M4: zh read "(when ribSpacing > 0)").
  const detail = {
    zh: when ? `${words.zh}（${cjkJoin(cjkJoin('当', when.zh), '时')}）` : words.zh,
    en: when ? `${words.en} (when ${when.en})` : words.en,
  };
  const at = edition.locateCheck(check);
  const dropped = droppedColumnNote(edition, other, check, added);
  // `noise` removed while B keeps the indicator noise and judges it by nothing: say the indicator stays.
  const stays = added ? undefined : judgedByNoneNote(edition, other, check);
  const notes = [own, dropped, stays].filter((n) => n !== undefined);
  const column =
    notes.length === 0
      ? undefined
      : { zh: notes.map((n) => n.zh).join('；'), en: notes.map((n) => n.en).join('; ') };
  const entry = makeEntry({
    key: `${role}:${check.id}`,
    kind: `${role}-${added ? 'added' : 'removed'}`,
    direction,
    before: added ? null : text,
    after: added ? text : null,
    id: check.id,
    criteria: [check.id],
    message: withDirection(addedOrRemoved(thing(check, role, edition), added, detail), direction),
    ...(column ? { note: column } : {}),
    ...(added ? { b: at } : { a: at }),
  });
  if (words.zh === text && words.en === text) return entry;
  return withShown(entry, added ? null : words, added ? words : null);
}

function diffCheck(a: Edition, b: Edition, x: CheckModel, y: CheckModel, role: Role): DiffEntry[] {
  const out: DiffEntry[] = [];
  const push = (
    aspect: DiffAspect,
    before: string | null,
    after: string | null,
    direction: DiffDirection | undefined,
    unit?: UnitChange,
    shownBefore: LocalizedText = shown(before),
    shownAfter: LocalizedText = shown(after),
    sameInNewUnit = false,
  ) => {
    const text = change(shownBefore, shownAfter, direction);
    out.push(
      makeEntry({
        key: `${role}:${x.id}:${aspect}`,
        kind: `${role}-changed`,
        aspect,
        direction,
        before,
        after,
        id: x.id,
        criteria: [x.id],
        message: aspectChanged(
          thing(y, role, b),
          aspect,
          sameInNewUnit
            ? { zh: `${text.zh}，${SAME_IN_NEW_UNIT.zh}`, en: `${text.en}, ${SAME_IN_NEW_UNIT.en}` }
            : text,
        ),
        ...(unit ? { note: unit.factor === undefined ? unitChangeNote(unit) : convertedNote(unit) } : {}),
        a: locateAspect(a, x, aspect),
        b: locateAspect(b, y, aspect),
      }),
    );
  };

  if (x.subject !== y.subject) push('subject', x.subject ?? null, y.subject ?? null, 'changed');

  const limit = limitChange(a, b, x, y);
  // A limit of a value whose unit changed: bare numbers in two units are neither stricter nor looser.
  const unit = x.subject === y.subject ? unitChanges(a, b).get(x.subject ?? '') : undefined;
  if (limit) {
    // An enum's value by its label in the sentence (`≠ 整体式`); the JSON keeps the code (`≠ window`).
    const [shownA, shownB] = [a.requirementShown(x), b.requirementShown(y)];
    // A unit that converts (min → h): A's limit in B's unit tells the direction; the same limit has none.
    const converted = limit.sets ? convertedDirection(limit.sets.a, limit.sets.b, unit) : undefined;
    const direction =
      converted === undefined
        ? acrossUnits(limit.direction, unit)
        : converted === 'same'
          ? undefined
          : converted;
    push('limit', limit.before, limit.after, direction, unit, shownA, shownB, converted === 'same');
    if (
      [shownA.zh, shownA.en].some((t) => t !== limit.before) ||
      [shownB.zh, shownB.en].some((t) => t !== limit.after)
    )
      withShown(out.at(-1)!, shownA, shownB);
  }

  const whenA = a.whenText(x);
  const whenB = b.whenText(y);
  if (whenA !== whenB)
    push('when', whenA, whenB, 'changed', undefined, a.whenShown(x) ?? ALWAYS, b.whenShown(y) ?? ALWAYS);

  if (x.effect !== y.effect) {
    push(
      'effect',
      x.effect,
      y.effect,
      effectDirection(b, x, y),
      undefined,
      effectText(x.effect, x.capAt?.label),
      effectText(y.effect, y.capAt?.label),
    );
  } else if (x.effect === 'cap' && x.capAt?.id !== y.capAt?.id) {
    // Grades by their labels in the sentence, as the requirement's name gives them; the JSON keeps the ids.
    push(
      'cap',
      x.capAt?.id ?? null,
      y.capAt?.id ?? null,
      ladderDirection(b, x.capAt?.id, y.capAt?.id, 'looser'),
      undefined,
      gradeShown(x.capAt),
      gradeShown(y.capAt),
    );
  } else if (x.effect === 'requirement' && x.grade?.id !== y.grade?.id) {
    // Required from a higher grade up: the grades below no longer ask it.
    push(
      'grade',
      x.grade?.id ?? null,
      y.grade?.id ?? null,
      ladderDirection(b, x.grade?.id, y.grade?.id, 'looser'),
      undefined,
      gradeShown(x.grade ?? undefined),
      gradeShown(y.grade ?? undefined),
    );
  }

  const methodA = comparisonWords(x.comparison);
  const methodB = comparisonWords(y.comparison);
  if (methodA !== methodB)
    push(
      'comparison',
      methodA,
      methodB,
      methodDirection(a, b, x, y),
      undefined,
      comparisonText(x.comparison),
      comparisonText(y.comparison),
    );

  if (x.aggregate !== y.aggregate || x.aggregateCount !== y.aggregateCount)
    push(
      'aggregate',
      aggregateWords(x),
      aggregateWords(y),
      'changed',
      undefined,
      aggregateText(x.aggregate, x.aggregateCount),
      aggregateText(y.aggregate, y.aggregateCount),
    );
  return out;
}

const ALWAYS: LocalizedText = { zh: '总是适用', en: 'always' };

/** A grade in a diff's sentence: its label (`可采购` / `Accepted`); none when absent. */
function gradeShown(grade: GradeModel | undefined): LocalizedText {
  return grade ? grade.label : shown(null);
}

/** The limit's change, if any: by the values accepted, or by the operator when both read the same cell or formula. */
function limitChange(
  a: Edition,
  b: Edition,
  x: CheckModel,
  y: CheckModel,
):
  | { before: string; after: string; direction: DiffDirection; sets?: { a: AcceptedSet; b: AcceptedSet } }
  | undefined {
  const before = a.requirementText(x);
  const after = b.requirementText(y);
  const refA = a.operandReference(x);
  const refB = b.operandReference(y);
  if (refA !== undefined && refA === refB) {
    // Same cell or formula: its values are compared where they are written; here only the operator.
    if (before === after) return undefined;
    const d = compareAccepted(a.acceptedSet(x, 0), b.acceptedSet(y, 0));
    return { before, after, direction: d === 'same' ? 'changed' : d };
  }
  const sets = { a: a.acceptedSet(x), b: b.acceptedSet(y) };
  const d = compareAccepted(sets.a, sets.b);
  if (d === 'same' && before === after) return undefined;
  // Same values written differently (4.5 → 4.50) change the precision a rounded comparison uses.
  return { before, after, direction: d === 'same' ? 'changed' : d, sets };
}

/** `higher` is what a move up the ladder means; unknown grades: `changed`. */
function ladderDirection(
  b: Edition,
  from: string | undefined,
  to: string | undefined,
  higher: DiffDirection,
): DiffDirection {
  const index = (id: string | undefined) => b.model.grades.find((g) => g.id === id)?.index;
  const i = index(from);
  const j = index(to);
  if (i === undefined || j === undefined || i === j) return 'changed';
  const lower: DiffDirection = higher === 'looser' ? 'stricter' : 'looser';
  return j > i ? higher : lower;
}

/**
 * The direction of a change of effect (gate, cap, grade requirement), by the highest grade a record that fails the
 * requirement can still reach, on B's ladder: none under a gate, the cap's grade under a cap, the grade below a
 * requirement's. Lower is stricter: a cap at first class turned into a requirement of the lowest grade only takes
 * grades away (hostile-36 F7: it was "changed"). The same reach, a scope check, or a grade B lacks: `changed`.
 */
function effectDirection(b: Edition, x: CheckModel, y: CheckModel): DiffDirection {
  const reach = (c: CheckModel): number | undefined => {
    const index = (id: string | undefined) => b.model.grades.find((g) => g.id === id)?.index;
    if (c.effect === 'gate') return -1;
    if (c.effect === 'cap') return index(c.capAt?.id);
    if (c.effect === 'requirement') {
      const i = index(c.grade?.id);
      return i === undefined ? undefined : i - 1;
    }
    return undefined;
  };
  const i = reach(x);
  const j = reach(y);
  if (i === undefined || j === undefined || i === j) return 'changed';
  return j < i ? 'stricter' : 'looser';
}

/**
 * The direction of a change of comparison method or rounding interval where it is provable (committee-24 F4):
 * a `≥`/`≤` limit, the same in both (one number, or the same table column or formula), every value it can take
 * on the grid of each side's interval (full-value: none). Rounding is monotone and the limit a grid point, so a
 * value passes the rounded comparison whenever it passes the full-value one, and a coarser interval passes every
 * value a finer one does (`≥ 34` at interval 1 passes from 33.5, at 0.1 from 33.95): a coarser step is looser, a
 * finer one stricter. A limit read from a table takes each value of its column (committee-29 M4: the rebar
 * table's limits moved from rounded to full-value comparison were "changed"), and a formula of sums and
 * differences of cells and numbers each value of each of them: a sum of points of a grid is one. Else `changed`.
 */
function methodDirection(a: Edition, b: Edition, x: CheckModel, y: CheckModel): DiffDirection {
  const lx = limitValues(a, x);
  const ly = limitValues(b, y);
  if (!lx || !ly || lx.operator !== ly.operator) return 'changed';
  const same =
    lx.literal !== undefined
      ? lx.literal === ly.literal
      : ly.literal === undefined && a.operandReference(x) === b.operandReference(y);
  if (!same) return 'changed';
  const step = (c: ComparisonModel, decimals: number): number =>
    c.method === 'full' ? 0 : c.interval ? c.interval.unit * 10 ** c.interval.exponent : 10 ** -decimals;
  const onGrid = (value: number, s: number) => s === 0 || Math.abs(value / s - Math.round(value / s)) < 1e-9;
  const found = new Set<DiffDirection>();
  for (const v of [...lx.values, ...ly.values]) {
    const sx = step(x.comparison, v.decimals);
    const sy = step(y.comparison, v.decimals);
    if (!onGrid(v.value, sx) || !onGrid(v.value, sy)) return 'changed';
    if (sx !== sy) found.add(sy > sx ? 'looser' : 'stricter');
  }
  return found.size === 1 ? [...found][0]! : 'changed';
}

/** A limit's numbers for {@link methodDirection}, each with the decimals a rounded comparison takes it at. */
interface LimitValues {
  operator: '>=' | '<=';
  /** The number, for a limit written as one. */
  literal?: number;
  values: { value: number; decimals: number }[];
}

/** The values a `≥`/`≤` limit can take: its number, its column's cells, or the numbers its formula adds up. */
function limitValues(edition: Edition, c: CheckModel): LimitValues | undefined {
  if (c.test.kind !== 'compare' || (c.test.operator !== '>=' && c.test.operator !== '<=')) return undefined;
  const operator = c.test.operator;
  const operand = c.test.operand;
  if (operand.kind === 'literal') {
    const { value, decimals } = operand.literal;
    return typeof value === 'number'
      ? { operator, literal: value, values: [{ value, decimals }] }
      : undefined;
  }
  if (operand.kind === 'cell') {
    const values = columnValues(edition, operand.table, operand.column);
    return values ? { operator, values } : undefined;
  }
  // A formula's result is rounded at the formula's decimals (0 when it gives none), whatever its parts'.
  const leaves = sumLeaves(edition, operand.expr, 0);
  const decimals = operand.decimals ?? 0;
  return leaves ? { operator, values: leaves.map((value) => ({ value, decimals })) } : undefined;
}

/** The numbers of a table column, with their decimals; `undefined` when one is not a number. */
function columnValues(
  edition: Edition,
  table: number,
  column: string,
): { value: number; decimals: number }[] | undefined {
  const values: { value: number; decimals: number }[] = [];
  for (const row of edition.tableAt(table).rows) {
    const cell = row.cells.get(column);
    // An empty or `n/a` cell sets no limit.
    if (!cell || cell.unavailable) continue;
    if (typeof cell.value !== 'number') return undefined;
    values.push({ value: cell.value, decimals: cell.decimals });
  }
  return values;
}

/**
 * The numbers a formula of sums and differences adds up (cells of a column by each of their values, derived
 * values by their formulas); `undefined` for any other formula (a product, a measured value).
 */
function sumLeaves(edition: Edition, e: Expr, depth: number): number[] | undefined {
  if (depth > 20) return undefined;
  switch (e.k) {
    case 'num':
      return [e.value];
    case 'cell':
      return columnValues(edition, e.table, e.column)?.map((v) => v.value);
    case 'unary':
      return e.op === '!' ? undefined : sumLeaves(edition, e.arg, depth + 1);
    case 'binary': {
      if (e.op !== '+' && e.op !== '-') return undefined;
      const left = sumLeaves(edition, e.left, depth + 1);
      const right = left && sumLeaves(edition, e.right, depth + 1);
      return left && right ? [...left, ...right] : undefined;
    }
    case 'ref': {
      const derived = edition.derived(e.name);
      return derived ? sumLeaves(edition, derived.expr, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

/** The method in the rule file's words: `full`, `rounded`, `rounded 0.5`. */
function comparisonWords(c: ComparisonModel): string {
  if (c.method === 'full') return 'full';
  return c.interval ? `rounded ${c.interval.text}` : 'rounded';
}

const ASPECT_FIELDS: Partial<Record<DiffAspect, string[]>> = {
  subject: ['indicator'],
  limit: ['require', 'condition'],
  when: ['when'],
  effect: ['gate', 'cap', 'grade'],
  cap: ['cap'],
  grade: ['grade'],
  comparison: ['comparison', 'interval'],
  aggregate: ['aggregate'],
};

/** Where the changed part is written, else the item itself. */
function locateAspect(edition: Edition, check: CheckModel, aspect: DiffAspect): DiffLocation | undefined {
  const found = edition.checkDocument(check);
  if (!found) return edition.locateCheck(check);
  const item = found.item as unknown as Record<string, unknown>;
  const field = (ASPECT_FIELDS[aspect] ?? []).find((f) => item[f] !== undefined);
  return edition.locate(field ? [...found.path, field] : found.path, check.location);
}

function aggregateWords(c: CheckModel): string {
  return c.aggregateCount === undefined ? c.aggregate : `${c.aggregate}: ${c.aggregateCount}`;
}
