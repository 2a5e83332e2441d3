import type { GradeChange } from '../compare/compare-rule-sets';
import { argumentKindError } from '../errors/argument-kind';
import { optionsArgument } from '../errors/options-argument';
import type { GradeResult, Limit } from '../model/grade-result';
import { resultArgument } from '../model/result-argument';
import { localized } from '../text/localized-text';
import type { DiffEntry, RuleSetDiff } from './rule-set-diff';

/**
 * The record's results under A and B, when at hand: they tell which row of a
 * table the record read (the limits it met), and which indicators made it
 * invalid.
 *
 * @example
 * const results: ChangeResults = { a: graderA.gradeSync(record), b: graderB.gradeSync(record) };
 */
export interface ChangeResults {
  /** The record's result under rule set A. */
  a?: GradeResult;
  /** The record's result under rule set B. */
  b?: GradeResult;
}

const TABLE_KINDS = new Set<DiffEntry['kind']>([
  'cell-changed',
  'row-added',
  'row-removed',
  'boundary-moved',
  'table-added',
  'table-removed',
]);

const SCORING_KINDS = new Set<DiffEntry['kind']>([
  'dimension-changed',
  'dimension-added',
  'dimension-removed',
]);

/**
 * Whether a scoring change (a dimension's items or weight) can have moved a
 * record through the requirement `id` on a score: the record's score under
 * it differs between A and B, in the direction of the requirement's change
 * of outcome (lower under B where it now fails `≥ 65`, higher where it now
 * meets it). With all items equal a new item weight leaves the score as it
 * was (enterprise-23 W2); a score that rose cannot have failed the record.
 * Without both results, or a value that is not a number, it may have.
 */
function scoreMovedIt(id: string, results: ChangeResults): boolean {
  if (!results.a || !results.b) return true;
  const ca = results.a.criteria.find((c) => c.id === id);
  const cb = results.b.criteria.find((c) => c.id === id);
  if (!ca || !cb) return true;
  // The outcome is the same: whatever the score did, it did not move the record through this requirement.
  if (ca.status === cb.status) return false;
  const va = ca.value;
  const vb = cb.value;
  if (typeof va !== 'number' || typeof vb !== 'number') return va !== vb;
  if (va === vb) return false;
  const operator = (cb.limit ?? ca.limit)?.operator;
  const higherMeets = operator === '>=' || operator === '>';
  const lowerMeets = operator === '<=' || operator === '<';
  // A range, an equality: any change of the score can have moved it.
  if (!higherMeets && !lowerMeets) return true;
  const fellBehind = higherMeets ? vb < va : vb > va;
  if (ca.passed === true && cb.passed === false) return fellBehind;
  if (ca.passed === false && cb.passed === true) return !fellBehind;
  return true;
}

/**
 * The diff entries that moved a record from one grade to another: those about
 * the requirements the change names (added, removed, limit, `when`, method…),
 * the table cells those requirements read for the record's row, a grade the
 * record reached or left that only one ladder has, and — for a record invalid
 * under one rule set — changes to the indicators its errors name (and a derived
 * value's `pairSpecimens`, for a record refused for one value beside several specimens).
 *
 * A table cell counts when the requirement's limit for this record was the
 * cell's old value under A and its new value under B. A scoring change
 * (a dimension's items or weight) counts when the record's score moved
 * under it the way the record moved (see `scoreMovedIt`). Without results, or
 * when a requirement reads the cell through a formula (its limit is not the
 * cell), every changed cell of the columns it reads is returned.
 *
 * @param results - the record's results under A and B, to find its row
 * @throws {@link QgradeError} with code `usage` when an argument is not of its kind
 * @example
 * const comparison = createComparison(a, b);
 * const diff = diffRuleSets(a, b);
 * const change = comparison.add(resultA, resultB, row);
 * if (change) diffEntriesForChange(change, diff, { a: resultA, b: resultB }).map((e) => e.key);
 * // ['cell:apfLimits[≤ 4500][2]']
 */
export function diffEntriesForChange(
  change: GradeChange,
  diff: RuleSetDiff,
  results: ChangeResults = {},
): DiffEntry[] {
  checkArguments(change, diff, results);
  const ids = new Set(change.criteria);
  const chosen = new Set<DiffEntry>();
  const tableEntries = new Map<string, DiffEntry[]>();
  const invalidFields = new Set(
    [...(results.a?.errors ?? []), ...(results.b?.errors ?? [])].map((e) => e.field),
  );
  const read = readValues(results);
  // One value given beside several specimens of another: invalid under the side that pairs them.
  const unpaired = [...(results.a?.errors ?? []), ...(results.b?.errors ?? [])].some(
    (e) => e.code === 'specimen-count-mismatch',
  );
  for (const entry of diff.entries) {
    if (entry.aspect === 'pairSpecimens') {
      if (unpaired) chosen.add(entry);
      continue;
    }
    switch (entry.kind) {
      case 'grade-added':
        if (entry.id === change.to) chosen.add(entry);
        continue;
      case 'grade-removed':
        if (entry.id === change.from) chosen.add(entry);
        continue;
      case 'indicator-added':
      case 'indicator-removed':
      case 'indicator-changed':
        if (entry.id === undefined) continue;
        if (entry.aspect === 'valueLabels' && entry.value !== undefined) {
          if (labelsMovedIt(entry.id, entry.value, invalidFields.has(entry.id), read)) chosen.add(entry);
          continue;
        }
        if (invalidFields.has(entry.id)) chosen.add(entry);
        continue;
      default:
        break;
    }
    const named = (entry.criteria ?? []).filter((id) => ids.has(id));
    if (named.length === 0) continue;
    // A new weighting moved the record only through a score it changed, and the way the record moved.
    if (SCORING_KINDS.has(entry.kind) && !named.some((id) => scoreMovedIt(id, results))) continue;
    if (!TABLE_KINDS.has(entry.kind)) {
      chosen.add(entry);
      continue;
    }
    for (const id of named) {
      const list = tableEntries.get(id);
      if (list) list.push(entry);
      else tableEntries.set(id, [entry]);
    }
  }
  const haveResults = results.a !== undefined || results.b !== undefined;
  // Each side's limits by requirement id, made once: a rule set may have thousands of requirements.
  const limitsA = tableEntries.size > 0 ? limitsOf(results.a) : undefined;
  const limitsB = tableEntries.size > 0 ? limitsOf(results.b) : undefined;
  for (const [id, candidates] of tableEntries) {
    if (!haveResults) {
      for (const e of candidates) chosen.add(e);
      continue;
    }
    const limitA = limitFor(limitsA, id);
    const limitB = limitFor(limitsB, id);
    // The record's limit is the same under both: no table change reached it.
    if (sameLimit(limitA, limitB)) continue;
    const exact = candidates.filter((e) => readBy(e, limitA, limitB));
    for (const e of exact.length > 0 ? exact : candidates) chosen.add(e);
  }
  return diff.entries.filter((e) => chosen.has(e));
}

/**
 * The enum values each side's requirements read for the record, by
 * indicator (`undefined` when that side's result is not at hand or the
 * record is invalid under it).
 */
function readValues(results: ChangeResults): {
  a?: Map<string, string>;
  b?: Map<string, string>;
} {
  const of = (r: GradeResult | undefined) => {
    if (!r || r.errors) return undefined;
    const values = new Map<string, string>();
    for (const c of r.criteria)
      if (c.indicator !== null && (typeof c.value === 'string' || typeof c.value === 'number'))
        values.set(c.indicator, String(c.value));
    return values;
  };
  const a = of(results.a);
  const b = of(results.b);
  return { ...(a ? { a } : {}), ...(b ? { b } : {}) };
}

/**
 * Whether a change to the labels of `value` of the enum `field` moved the
 * record. Invalid under one side for that field: when the other side's
 * requirements read the cell as `value` (a label B dropped: `挂壁式`, split
 * under A), or when they read no value of it (then any may be the cell's).
 * Valid under both: when the two sides read the cell as two values and
 * `value` is one of them (an alias moved from split to window) — a change of
 * another value's labels did not move it (hostile-23 M5).
 */
function labelsMovedIt(
  field: string,
  value: string,
  invalid: boolean,
  read: { a?: Map<string, string>; b?: Map<string, string> },
): boolean {
  const va = read.a?.get(field);
  const vb = read.b?.get(field);
  if (invalid) {
    const valid = va ?? vb;
    return valid === undefined || valid === value;
  }
  return va !== undefined && vb !== undefined && va !== vb && (va === value || vb === value);
}

/** The change, the diff and the results are of their kinds: each is read field by field below. */
function checkArguments(change: unknown, diff: unknown, results: ChangeResults): void {
  const fn = 'diffEntriesForChange';
  if (!Array.isArray((change as Partial<GradeChange> | null)?.criteria))
    throw argumentKindError(
      fn,
      'change',
      localized(
        '等级变化（comparison.add 给出的 GradeChange）',
        'a grade change (a GradeChange from comparison.add)',
      ),
      change,
    );
  if (!Array.isArray((diff as Partial<RuleSetDiff> | null)?.entries))
    throw argumentKindError(
      fn,
      'diff',
      localized('diffRuleSets() 给出的差异', 'a rule-set diff from diffRuleSets()'),
      diff,
    );
  optionsArgument(results, fn, '{ a: resultA, b: resultB }', 'results');
  for (const side of ['a', 'b'] as const)
    if (results[side] !== undefined) resultArgument(results[side], `${fn} (results.${side})`);
}

/** The limit a requirement set for the record: `null` when none applied (or the requirement is absent). */
function limitsOf(result: GradeResult | undefined): Map<string, Limit | null> | undefined {
  if (!result) return undefined;
  const limits = new Map<string, Limit | null>();
  for (const c of result.criteria) if (!limits.has(c.id)) limits.set(c.id, c.limit);
  return limits;
}

/** A requirement's limit on one side: `undefined` when that side's result is not at hand, `null` when it has none. */
function limitFor(limits: Map<string, Limit | null> | undefined, id: string): Limit | null | undefined {
  if (!limits) return undefined;
  return limits.get(id) ?? null;
}

function sameLimit(a: Limit | null | undefined, b: Limit | null | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === null || b === null) return a === b;
  return a.operator === b.operator && a.text === b.text;
}

/** Whether the record's limits under A and B are this entry's before and after. */
function readBy(
  entry: DiffEntry,
  limitA: Limit | null | undefined,
  limitB: Limit | null | undefined,
): boolean {
  if (entry.kind === 'cell-changed') return cellIs(entry.before, limitA) && cellIs(entry.after, limitB);
  // The record's key value is not at hand here: a moved boundary is kept when no cell explains the
  // limits (the caller, which has the record, keeps it only for a record between its two places).
  if (entry.kind === 'boundary-moved') return false;
  // A row or table only one edition has: the record had a limit from it on that side only.
  const addedSide = entry.kind === 'row-added' || entry.kind === 'table-added';
  return addedSide ? limitA === null && limitB !== null : limitA !== null && limitB === null;
}

/** Whether a limit is a cell's value (as written): `null` both when the cell is empty or the row is absent. */
function cellIs(text: string | null, limit: Limit | null | undefined): boolean {
  if (limit === undefined) return true; // that side's result is not at hand
  if (text === null || limit === null) return text === null && limit === null;
  if (typeof limit.value === 'number') return Number(text) === limit.value;
  return String(limit.value) === text;
}
