import { comparisonText } from '../diff/diff-messages';
import { changeLine } from '../diff/diff-sections';
import type { RuleSetDiff } from '../diff/rule-set-diff';
import type { CriterionResult } from '../model/grade-result';
import type { ComparisonMethod } from '../model/rule-document';
import { markInterval } from '../rounding/mark-interval';
import { roundingMark } from '../rounding/rounding-mark';
import { displayWidth } from '../text/display-width';
import { type Language, type LocalizedText, localized } from '../text/localized-text';
import { countText } from '../text/number-text';
import { safeLine } from '../text/safe-text';

/** The words of the table of records moved per rule-set change, in every format. */
export const MOVED_BY_CHANGE_TEXT = {
  /** The HTML section's heading and the table's. */
  title: localized('各处规则集变更引起等级变化的记录数', 'Records moved per rule-set change'),
  /** The xlsx sheet's name (at most 31 characters). */
  sheet: localized('各处变更引起变化的记录数', 'Records moved per change'),
  change: localized('规则集变更', 'Change'),
  records: localized('引起变化的记录数', 'Records moved'),
  alone: localized('其中仅因此处', 'Of them, by it alone'),
  note: localized(
    '一条记录若因多处变更变化，在每处下各计一次；规则集的比较方法（comparison）改变计为一处，不分摊到它改变的各项要求',
    "A record moved by several changes counts under each; the rule set's comparison method (comparison) counts as one change, not spread over the criteria it changes",
  ),
} as const satisfies Record<string, LocalizedText>;

/**
 * One rule-set change, as compare's moves-per-change table lists it: what
 * changed, how many changed records it moved, and how many it moved alone.
 *
 * @example
 * const row: MovedByChangeRow = { key: 'comparison', text: '规则集的比较方法：全数值比较法 → 修约值比较法（15 项要求）', records: 20, alone: 19 };
 */
export interface MovedByChangeRow {
  /** The diff entry's key; `comparison` for the rule set's comparison method, which stands for every entry it made. */
  key: string;
  /** What changed, in a line: the diff's sentence, or the rule set's method `全数值比较法 → 修约值比较法（15 项要求）`. */
  text: string;
  /** Changed records this change moved (with others or alone). */
  records: number;
  /** Of `records`, those this change alone moved. */
  alone: number;
}

/**
 * The records moved per edition change, most first (ties by key): each
 * changed record counts under each rule-set diff entry that moved it (its
 * `causedBy`), except that the entries a change of the rule set's own
 * `comparison:` made (`criterion:*:comparison` from A's method to B's) are
 * one change, counted once per record — the committee's question "which
 * change moved most records" has the rounding switch as one answer, not
 * spread over 7–15 requirements (committee-24 F4). Likewise the entries of one
 * requirement of a grade table (`impact-mean@B`, `@C`, `@D`) that changed
 * alike (the same before and after) are one change.
 *
 * @param causedBy - each changed record's diff entry keys that moved it
 * @example
 * movedByChange(causedBy.values(), diff, { a: 'full', b: 'rounded' }, 'zh')[0];
 * // { key: 'comparison', text: '规则集的比较方法：全数值比较法 → 修约值比较法（15 项要求）', records: 20, alone: 19 }
 */
export function movedByChange(
  causedBy: Iterable<readonly string[]>,
  diff: RuleSetDiff,
  methods: { a: ComparisonMethod; b: ComparisonMethod },
  lang: Language,
): MovedByChangeRow[] {
  const entries = new Map(diff.entries.map((e) => [e.key, e]));
  // The entries the rule set's method change made: each requirement's method moved from A's default to B's.
  const byMethod = new Set(
    methods.a === methods.b
      ? []
      : diff.entries
          .filter(
            (e) =>
              e.key.startsWith('criterion:') &&
              e.key.endsWith(':comparison') &&
              e.before === methods.a &&
              e.after === methods.b,
          )
          .map((e) => e.key),
  );
  // One requirement of a grade table expanded per grade (impact-mean@B, @C, @D): one edit of the rule file
  // changes each alike, and is one change, as the rule set's method is.
  const perGrade = new Map<string, string[]>();
  for (const e of diff.entries) {
    const m = /^criterion:([^@:]+)@[^:]+:(.+)$/.exec(e.key);
    if (!m || byMethod.has(e.key)) continue;
    const group = `criterion:${m[1]}:${m[2]}|${e.before ?? ''}|${e.after ?? ''}`;
    perGrade.set(group, [...(perGrade.get(group) ?? []), e.key]);
  }
  const gradeGroup = new Map<string, string>();
  for (const keys of perGrade.values())
    if (keys.length > 1) for (const k of keys) gradeGroup.set(k, keys[0]!);
  const members = (key: string) => [...gradeGroup.values()].filter((k) => k === key).length;
  const groupOf = (key: string) => (byMethod.has(key) ? 'comparison' : (gradeGroup.get(key) ?? key));
  const counts = new Map<string, { records: number; alone: number }>();
  for (const keys of causedBy) {
    const groups = new Set(keys.map(groupOf));
    for (const g of groups) {
      const c = counts.get(g) ?? { records: 0, alone: 0 };
      c.records++;
      if (groups.size === 1) c.alone++;
      counts.set(g, c);
    }
  }
  const text = (key: string) => {
    if (key === 'comparison') {
      const [a, b] = [comparisonText({ method: methods.a }), comparisonText({ method: methods.b })];
      const n = countText(byMethod.size);
      return lang === 'zh'
        ? `规则集的比较方法：${a.zh} → ${b.zh}（${n} 项要求）`
        : `the rule set's comparison method: ${a.en} → ${b.en} (${n} criteria)`;
    }
    const entry = entries.get(key);
    if (!entry) return key;
    const line = changeLine(entry, lang).replace(/^← /, '');
    const more = members(key) - 1;
    if (more <= 0) return line;
    return lang === 'zh'
      ? `${line}（同一要求的其他 ${countText(more)} 个等级同样改变，计为一处）`
      : `${line} (and the same change of ${countText(more)} more grade${more === 1 ? '' : 's'} of this criterion, counted as one)`;
  };
  return [...counts]
    .sort((x, y) => y[1].records - x[1].records || x[0].localeCompare(y[0]))
    .map(([key, c]) => ({ key, text: text(key), records: c.records, alone: c.alone }));
}

/**
 * {@link movedByChange}'s rows as lines for the terminal: a heading, each
 * change with its counts, and the note; none when no record moved.
 *
 * @param T - the heading, column names and note (default: the records'; the groups' for groups moved per change)
 */
export function movedByChangeLines(
  rows: readonly MovedByChangeRow[],
  lang: Language,
  T: Record<'title' | 'change' | 'records' | 'alone' | 'note', LocalizedText> = MOVED_BY_CHANGE_TEXT,
): string[] {
  if (rows.length === 0) return [];
  const cells = [
    [T.records[lang], T.alone[lang], T.change[lang]],
    ...rows.map((r) => [countText(r.records), countText(r.alone), safeLine(r.text)]),
  ];
  const widths = [0, 0];
  for (const r of cells) for (const i of [0, 1]) widths[i] = Math.max(widths[i]!, displayWidth(r[i]!));
  // The counts first: a change's sentence is long, and the column of numbers stays aligned before it.
  const lines = cells.map(
    (r) =>
      `  ${' '.repeat(widths[0]! - displayWidth(r[0]!))}${r[0]}  ${' '.repeat(widths[1]! - displayWidth(r[1]!))}${r[1]}  ${r[2]}`,
  );
  return [lang === 'zh' ? `${T.title.zh}：` : `${T.title.en}:`, ...lines, `  ${T.note[lang]}`];
}

/**
 * Whether a diff entry is not a comparison-method change, or is one that
 * moved this record: a requirement whose limit and method both changed (28
 * 天抗压强度（一等品）46.0 → 47.0, full → rounded) moved a record by its limit
 * alone when neither side's rounding changed that side's outcome — 46.5
 * fails ≥ 47.0 rounded or not. Such a record is not credited to the method
 * change (committee-24 F4: the rounding switch moved 20 of 31, not 31).
 * A result without a number, a numeric limit or a plain ≥ > ≤ < keeps the entry.
 *
 * @param a - the requirement's result under A (the entry's criterion), if any
 * @param b - under B
 */
export function methodEntryMoved(
  key: string,
  a: CriterionResult | undefined,
  b: CriterionResult | undefined,
): boolean {
  if (!key.startsWith('criterion:') || !key.endsWith(':comparison')) return true;
  const turned = (c: CriterionResult | undefined): boolean | undefined => {
    if (c === undefined || c.rounded === undefined) return false;
    const full = fullPasses(c);
    return full === undefined ? undefined : full !== c.passed;
  };
  const [ta, tb] = [turned(a), turned(b)];
  return ta !== false || tb !== false;
}

/**
 * Whether a result's measured value meets its limit by the full-value method; `undefined` when it cannot be said.
 * A value written with a rounding mark (`42.5(−)`) is its interval, not the numeral a rounded-value comparison graded:
 * it meets where both ends do (hostile-34 M4: 42.5(−) fails ≥ 42.5 in full though its result's value is 42.5).
 */
function fullPasses(c: CriterionResult): boolean | undefined {
  const limit = c.limit?.value;
  if (typeof c.value !== 'number' || typeof limit !== 'number' || c.failingSpecimens !== undefined)
    return undefined;
  const operator = c.limit!.operator;
  const meets = (v: number): boolean | undefined => {
    switch (operator) {
      case '>=':
        return v >= limit;
      case '>':
        return v > limit;
      case '<=':
        return v <= limit;
      case '<':
        return v < limit;
      default:
        return undefined;
    }
  };
  const marked = c.written === undefined ? undefined : roundingMark(c.written);
  const at = marked === undefined ? undefined : markInterval(marked);
  if (at === undefined) return meets(c.value);
  const [inside, far] = [meets(at.inside), meets(at.far)];
  return inside === far ? inside : undefined;
}
