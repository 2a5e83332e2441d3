import type { GroupGradeChange } from '../compare/compare-groups';
import { NOT_GRADED_KEY } from '../compare/compare-rule-sets';
import { type CompareCounts, NOT_GRADED_CODES, type ReasonCount } from '../compare/compare-tally';
import type { InvalidRecord } from '../compare/invalid-records';
import {
  INVALID_KEY,
  MIXED_KEY,
  NONCONFORMING_KEY,
  OUT_OF_SCOPE_KEY,
  shownNotGradedKey,
  VETO_FAILED_KEY,
} from '../compare/migration-matrix';
import type { Language, LocalizedText } from '../text/localized-text';
import { countText } from '../text/number-text';
import { invalidRowsText } from './invalid-records-text';
import { NOT_GRADED_TEXT } from './xlsx/workbook-text';

/**
 * The words every compare report (terminal, HTML, XLSX) uses for its
 * figures, grades and causes, so that the formats say the same thing. Why a
 * record is not graded is worded as in {@link NOT_GRADED_TEXT}.
 *
 * @example
 * COMPARE_TEXT.limitOnly.zh; // '限值变了、结果未变'
 */
export const COMPARE_TEXT = {
  total: { zh: '记录总数', en: 'Records' },
  unchanged: { zh: '等级不变', en: 'Unchanged' },
  /** The unchanged figure's label when it counts records invalid under a side (the row after it says how many). */
  unchangedWithInvalid: { zh: '等级不变（含记录无效）', en: 'Unchanged (incl. invalid)' },
  unchangedInvalid: { zh: '其中记录无效（A 或 B 下）', en: 'Of them, invalid under A or B' },
  changed: { zh: '等级变化', en: 'Changed grade' },
  up: { zh: '等级升高', en: 'Moved up' },
  down: { zh: '等级降低', en: 'Moved down' },
  sideways: { zh: '无高低之分', en: 'Neither up nor down' },
  invalidA: { zh: '只在 A 下无效', en: 'Invalid under A only' },
  invalidB: { zh: '只在 B 下无效', en: 'Invalid under B only' },
  graded: { zh: '已分级', en: 'Graded' },
  /** Valid records without a grade, every reason (below the lowest grade, a veto, out of scope): `grade`'s 不分级. */
  notGraded: { zh: '不分级', en: 'Not graded' },
  /** The migration matrices' row and column of invalid records (`grade`'s word for them). */
  invalid: { zh: '无效', en: 'Invalid' },
  /** Under a rule set of one grade, a valid record below it, as `grade` shows it (committee-29 M3). */
  nonconforming: { zh: '不合格', en: 'Nonconforming' },
  /** Under a ladder of several grades, a valid record below the lowest, as `grade` names the reason (committee-33 M8). */
  belowLowest: { zh: '未达最低等级', en: 'Below the lowest grade' },
  outOfScope: { zh: '超出适用范围', en: 'Out of scope' },
  /** A valid record a veto item kept from any grade, as `grade`'s summary names the reason. */
  vetoFailed: { zh: '否决项不合格', en: 'Veto item failed' },
  /** The groups' matrix: a group whose records are not one product (committee-37 M3). */
  mixed: { zh: '不是同一产品', en: 'Not one product' },
  /** In an A:/B: line, in place of the file of a rule set given by its bundled id (committee-45). */
  bundled: { zh: '内置规则集', en: 'bundled' },
  underA: { zh: 'A 下', en: 'Under A' },
  underB: { zh: 'B 下', en: 'Under B' },
  causes: { zh: '引起变化的要求', en: 'Criteria that moved it' },
  limitOnly: { zh: '限值变了、结果未变', en: 'limit changed, same outcome' },
  /** A requirement only B has, met there: new, not a limit that changed (committee-35 M4). */
  addedInB: { zh: 'B 新增、已满足', en: 'added in B, met' },
  /** A requirement only A has, met there: B dropped it. */
  removedInB: { zh: 'B 已删除、A 下满足', en: 'removed in B, met under A' },
  outOfReach: {
    zh: '结果变了、但属于两边都未达到的等级（未引起变化）',
    en: 'outcome changed, of a grade reached under neither (did not move it)',
  },
  /** `outOfReach` of a record out of scope under A or B: only the scope items judge it there (committee-29 M2). */
  outOfScopeItems: {
    zh: '结果变了、但记录超出适用范围，不按此项判定（未引起变化）',
    en: 'outcome changed, but the record is out of scope and not judged by it (did not move it)',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * A count of a compare summary, with its label; `part` marks a breakdown of
 * the line above it (its parts add up to it).
 *
 * @example
 * for (const r of changeRows(counts, 'zh')) console.log(r.label, r.value);
 */
export interface CountRow {
  key: string;
  label: string;
  value: number;
  part: boolean;
}

/**
 * Records, unchanged, changed, and of the changed those moved up and down
 * (and neither, and those invalid under one rule set only, when there are such).
 *
 * @example
 * changeRows(counts, 'en').map((r) => r.key); // ['total', 'unchanged', 'changed', 'up', 'down']
 */
export function changeRows(counts: CompareCounts, lang: Language): CountRow[] {
  const row = (
    key:
      | 'total'
      | 'unchanged'
      | 'unchangedInvalid'
      | 'changed'
      | 'up'
      | 'down'
      | 'sideways'
      | 'invalidA'
      | 'invalidB',
    part: boolean,
  ) => ({
    key,
    label: COMPARE_TEXT[key][lang],
    value: counts[key],
    part,
  });
  const rows: CountRow[] = [row('total', false), row('unchanged', false)];
  // `--tally-by` counts these as invalid, not unchanged: said under the figure, so its total row adds up on the page;
  // the figure's own label says it holds them, beside a tally's "Unchanged" of valid records only (committee-36 M8).
  if (counts.unchangedInvalid > 0) {
    rows[1]!.label = COMPARE_TEXT.unchangedWithInvalid[lang];
    rows.push(row('unchangedInvalid', true));
  }
  rows.push(row('changed', false), row('up', true));
  rows.push(row('down', true));
  if (counts.sideways > 0) rows.push(row('sideways', true));
  // A record only one rule set can grade moved neither up nor down.
  if (counts.invalidA > 0) rows.push(row('invalidA', true));
  if (counts.invalidB > 0) rows.push(row('invalidB', true));
  return rows;
}

/**
 * A count under each rule set, with its label.
 *
 * @example
 * sideRows(counts, 'zh')[0]; // { key: 'graded', label: '已分级', a: 7, b: 6, part: false }
 */
export interface SideRow {
  key: string;
  label: string;
  a: number;
  b: number;
  part: boolean;
}

/**
 * Graded and not graded under A and under B, and the not graded broken down:
 * invalid, then each reason a valid record is not graded.
 *
 * @example
 * sideRows(counts, 'en').map((r) => r.key); // ['graded', 'not-graded', 'invalid-record', 'out-of-scope', …]
 */
export function sideRows(counts: CompareCounts, lang: Language): SideRow[] {
  const { a, b } = counts;
  return [
    { key: 'graded', label: COMPARE_TEXT.graded[lang], a: a.graded, b: b.graded, part: false },
    {
      key: 'not-graded',
      // `grade` counts invalid records apart from "not graded"; here they are part of it, and the label says so.
      label: a.invalid + b.invalid > 0 ? NOT_GRADED_WITH_INVALID[lang] : COMPARE_TEXT.notGraded[lang],
      a: a.notGraded,
      b: b.notGraded,
      part: false,
    },
    {
      key: 'invalid-record',
      label: reasonText('invalid-record', lang),
      a: a.invalid,
      b: b.invalid,
      part: true,
    },
    // No veto row where no record failed one under either: "否决项不合格 0" reads as a veto item checked (committee-29).
    ...NOT_GRADED_CODES.filter((code) => code !== 'gate-failed' || a.reasons[code] + b.reasons[code] > 0).map(
      (code) => ({
        key: code,
        // Under two one-grade rule sets, a record below the grade is 不合格, as their matrix names it.
        label:
          code === 'below-lowest-grade' && a.oneGrade && b.oneGrade
            ? NONCONFORMING[lang]
            : reasonText(code, lang),
        a: a.reasons[code],
        b: b.reasons[code],
        part: true,
      }),
    ),
  ];
}

/** A one-grade rule set's record below its grade, as `nonconformingText` names it in a heading cell. */
const NONCONFORMING: LocalizedText = { zh: '不合格', en: 'Nonconforming' };

/** Every record without a grade, the invalid ones too: not 不分级, which counts the valid ones only (newcomer-36 M12). */
const NOT_GRADED_WITH_INVALID: LocalizedText = {
  zh: '无等级（含无效记录）',
  en: 'No grade (invalid records included)',
};

/** A reason's words, capitalized in English for a heading cell. */
function reasonText(code: keyof typeof NOT_GRADED_TEXT, lang: Language): string {
  const text = NOT_GRADED_TEXT[code][lang];
  return lang === 'en' ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/**
 * The summary as lines of text: the records and how many changed (up,
 * down), then how each rule set graded them (not graded broken down by why,
 * parts that are zero left out).
 *
 * @example
 * compareSummaryLines(counts, 'zh');
 * // ['共 12 条记录：等级不变 11 条，等级变化 1 条（升高 0 条，降低 1 条）', 'A 下：已分级 7 条，不分级 5 条（记录无效 1 条，未达最低等级 4 条）', …]
 */
export function compareSummaryLines(
  counts: CompareCounts,
  lang: Language,
  reasons?: { a: readonly ReasonCount[]; b: readonly ReasonCount[] },
): string[] {
  const zh = lang === 'zh';
  const unchangedInvalid =
    counts.unchangedInvalid > 0
      ? zh
        ? `（含记录无效 ${countText(counts.unchangedInvalid)} 条${unchangedInvalidParts(counts, lang)}）`
        : ` (${countText(counts.unchangedInvalid)} of them invalid${unchangedInvalidParts(counts, lang)})`
      : '';
  const lines = [
    zh
      ? `共 ${countText(counts.total)} 条记录：等级不变 ${countText(counts.unchanged)} 条${unchangedInvalid}，${changedText(counts, lang)}`
      : `${countText(counts.total)} record${counts.total === 1 ? '' : 's'}: ${countText(counts.unchanged)} unchanged${unchangedInvalid}, ${changedText(counts, lang)}`,
  ];
  for (const side of ['a', 'b'] as const) {
    // All the records invalid on this side only, as the matrix counts them, not only the changed ones.
    const n = side === 'a' ? counts.invalidOnlyA : counts.invalidOnlyB;
    const list = reasons?.[side] ?? [];
    if (n === 0 || list.length === 0) continue;
    const key = side.toUpperCase();
    const shown = list
      .slice(0, 3)
      .map((r) =>
        zh ? `${r.reason.zh} ${countText(r.records)} 条` : `${r.reason.en} (${countText(r.records)})`,
      );
    if (list.length > 3) shown.push('…');
    lines.push(
      zh
        ? `只在 ${key} 下无效的 ${countText(n)} 条记录未比较等级：${shown.join('；')}`
        : `${countText(n)} record${n === 1 ? '' : 's'} invalid under ${key} only, grades not compared: ${shown.join('; ')}`,
    );
  }
  const rows = sideRows(counts, lang);
  for (const [side, under] of [
    ['a', COMPARE_TEXT.underA[lang]],
    ['b', COMPARE_TEXT.underB[lang]],
  ] as const) {
    // A one-grade rule set's records below its grade are 不合格 / nonconforming on its own line, whatever the other's ladder.
    const nonconforming = (key: string) => key === 'below-lowest-grade' && counts[side].oneGrade === true;
    const parts = rows
      .filter((r) => r.part && r[side] > 0)
      .map((r) =>
        zh
          ? `${nonconforming(r.key) ? NONCONFORMING.zh : r.key === 'below-lowest-grade' ? reasonText('below-lowest-grade', 'zh') : r.label} ${countText(r[side])} 条`
          : `${countText(r[side])} ${nonconforming(r.key) ? 'nonconforming' : NOT_GRADED_TEXT[r.key as 'invalid-record'].en}${r.key === 'invalid-record' && r[side] !== 1 ? 's' : ''}`,
      );
    const graded = rows[0]![side];
    // As `grade`'s summary counts them (newcomer-36 M12): 不分级 the valid records without a grade, by reason, and
    // the invalid ones apart; it said "不分级 40（含记录无效 20 条…）" where `grade` says 不分级 20.
    const invalid = counts[side].invalid;
    const notGraded = rows[1]![side] - invalid;
    const reasons = parts.slice(invalid > 0 ? 1 : 0);
    const invalidText =
      invalid > 0 ? (zh ? `，无效 ${countText(invalid)} 条` : `, ${countText(invalid)} invalid`) : '';
    if (counts[side].oneGrade === true) {
      lines.push(conformityLine(under, graded, counts[side].reasons, invalidText, lang));
      continue;
    }
    lines.push(
      zh
        ? `${under}：已分级 ${countText(graded)} 条，不分级 ${countText(notGraded)} 条${reasons.length ? `（${reasons.join('，')}）` : ''}${invalidText}`
        : `${under}: ${countText(graded)} graded, ${countText(notGraded)} not graded${reasons.length ? ` (${reasons.join(', ')})` : ''}${invalidText}`,
    );
  }
  return lines;
}

/**
 * A side's line under a rule set of one grade (pass/fail): conforming and nonconforming, then the valid records
 * it does not grade, by reason, and the invalid ones: `Under A: 171 conforming, 22 nonconforming, 1 out of scope,
 * 6 invalid`. It said "171 graded, 23 not graded (1 out of scope, 22 nonconforming)", counting the failing bars
 * as not graded, which a committee may read as not assessed (committee-39 M4).
 */
function conformityLine(
  under: string,
  conforming: number,
  reasons: CompareCounts['a']['reasons'],
  invalidText: string,
  lang: Language,
): string {
  const zh = lang === 'zh';
  const others = NOT_GRADED_CODES.filter((code) => code !== 'below-lowest-grade' && reasons[code] > 0).map(
    (code) =>
      zh
        ? `${NOT_GRADED_TEXT[code].zh} ${countText(reasons[code])} 条`
        : `${countText(reasons[code])} ${NOT_GRADED_TEXT[code].en}`,
  );
  const failed = reasons['below-lowest-grade'];
  const parts = zh
    ? [`合格 ${countText(conforming)} 条`, `${NONCONFORMING.zh} ${countText(failed)} 条`, ...others]
    : [`${countText(conforming)} conforming`, `${countText(failed)} nonconforming`, ...others];
  return zh ? `${under}：${parts.join('，')}${invalidText}` : `${under}: ${parts.join(', ')}${invalidText}`;
}

/**
 * The unchanged records' invalid ones by side, when some are invalid under one rule set only (the others
 * are invalid under both): with the changed ones' `invalidA` / `invalidB` they give the matrix's figures.
 */
function unchangedInvalidParts(counts: CompareCounts, lang: Language): string {
  const parts: [string, number][] = [
    ['A', counts.invalidOnlyA - counts.invalidA],
    ['B', counts.invalidOnlyB - counts.invalidB],
  ];
  const both = counts.invalidBoth;
  if (parts.every(([, n]) => n === 0)) return '';
  const zh = lang === 'zh';
  const shown = parts
    .filter(([, n]) => n > 0)
    .map(([key, n]) => (zh ? `只在 ${key} 下无效 ${countText(n)} 条` : `${countText(n)} under ${key} only`));
  if (both > 0) shown.push(zh ? `A、B 下均无效 ${countText(both)} 条` : `${countText(both)} under both`);
  return zh ? `：${shown.join('，')}` : `: ${shown.join(', ')}`;
}

/**
 * The closing line on stderr: records, changed (up, down) and invalid under
 * each, with the first invalid rows (see {@link invalidRowsText}) when given.
 *
 * @example
 * compareClosingLine(counts, 'zh', comparison.invalid); // '共 12 条记录，等级变化 1 条（升高 0 条，降低 1 条）；A 下无效 1 条，B 下无效 1 条（行 12 24-0316-A）'
 */
export function compareClosingLine(
  counts: CompareCounts,
  lang: Language,
  invalid: readonly InvalidRecord[] = [],
): string {
  const { total, a, b } = counts;
  const rows = invalidRowsText(invalid, lang);
  // No invalid record under either: said so, not "0 and 0" (fix-input3-33).
  const none = a.invalid === 0 && b.invalid === 0;
  if (lang === 'zh') {
    const invalidText = none
      ? '无无效记录'
      : `A 下无效 ${countText(a.invalid)} 条，B 下无效 ${countText(b.invalid)} 条`;
    return `共 ${countText(total)} 条记录，${changedText(counts, lang)}；${invalidText}${rows ? `（${rows}）` : ''}`;
  }
  const invalidText = none
    ? 'no invalid records'
    : `invalid under A: ${countText(a.invalid)}, under B: ${countText(b.invalid)}`;
  return `${countText(total)} record${total === 1 ? '' : 's'}, ${changedText(counts, lang)}; ${invalidText}${rows ? ` (${rows})` : ''}`;
}

/**
 * The changed records and how they moved (`等级变化 1 条（升高 0 条，降低 1 条）`), or that none changed (`等级无变化`,
 * `none changed grade`), not a count of 0 with its parts of 0 (fix-input3-33).
 */
function changedText(counts: CompareCounts, lang: Language): string {
  const zh = lang === 'zh';
  if (counts.changed === 0) return zh ? '等级无变化' : 'none changed grade';
  return zh
    ? `等级变化 ${countText(counts.changed)} 条（${movedParts(counts, lang).join('，')}）`
    : `${countText(counts.changed)} changed grade (${movedParts(counts, lang).join(', ')})`;
}

/** How the changed records moved: up, down, and (when there are such) neither, invalid under A only, under B only. */
function movedParts(counts: CompareCounts, lang: Language): string[] {
  const zh = lang === 'zh';
  const parts = [
    zh ? `升高 ${countText(counts.up)} 条` : `${countText(counts.up)} up`,
    zh ? `降低 ${countText(counts.down)} 条` : `${countText(counts.down)} down`,
  ];
  if (counts.sideways > 0)
    parts.push(
      zh
        ? `无高低之分 ${countText(counts.sideways)} 条`
        : `${countText(counts.sideways)} neither up nor down`,
    );
  if (counts.invalidA > 0)
    parts.push(
      zh
        ? `只在 A 下无效 ${countText(counts.invalidA)} 条`
        : `${countText(counts.invalidA)} invalid under A only`,
    );
  if (counts.invalidB > 0)
    parts.push(
      zh
        ? `只在 B 下无效 ${countText(counts.invalidB)} 条`
        : `${countText(counts.invalidB)} invalid under B only`,
    );
  return parts;
}

/**
 * A grade as the compare reports name it: its label in the output language,
 * "not graded" for none (the JSON key `"null"` or `null`), "invalid" for the
 * matrices' {@link INVALID_KEY}, the id for a grade the ladder does not list.
 *
 * @example
 * compareGradeText('conforming', ruleSet.grades, 'zh'); // '合格'
 */
export function compareGradeText(
  key: string | null,
  grades: readonly { id: string; label?: LocalizedText }[],
  lang: Language,
): string {
  if (key === null || key === NOT_GRADED_KEY) return COMPARE_TEXT.notGraded[lang];
  if (key === INVALID_KEY) return COMPARE_TEXT.invalid[lang];
  if (key === NONCONFORMING_KEY)
    return (grades.length === 1 ? COMPARE_TEXT.nonconforming : COMPARE_TEXT.belowLowest)[lang];
  if (key === OUT_OF_SCOPE_KEY) return COMPARE_TEXT.outOfScope[lang];
  if (key === VETO_FAILED_KEY) return COMPARE_TEXT.vetoFailed[lang];
  if (key === MIXED_KEY) return COMPARE_TEXT.mixed[lang];
  return grades.find((g) => g.id === key)?.label?.[lang] ?? key;
}

/**
 * A changed record's grade on one side as the compare reports name it: its
 * grade, and where it has none, the matrix's row or column it is counted in
 * ({@link shownNotGradedKey}): below the lowest grade `未达最低等级` / `Below the
 * lowest grade` (`不合格` / `Nonconforming` under a rule set of one grade,
 * committee-29 M3: "合格 → 不分级" read as "not assessed"), out of scope
 * `超出适用范围` / `Out of scope`, a veto item failed `否决项不合格` / `Veto item failed`, else
 * `不分级` / `Not graded`. Its line
 * said "→ Not graded" of a record the matrix counted as below the lowest grade.
 *
 * @param reason - the side's `notGradedReasons` entry (see `GradeChange`)
 * @example
 * changeSideText(null, 'below-lowest-grade', rebar.grades, 'zh'); // '不合格'
 * changeSideText(null, 'below-lowest-grade', steel.grades, 'zh'); // '未达最低等级'
 */
export function changeSideText(
  grade: string | null,
  reason: string | undefined,
  grades: readonly { id: string; label?: LocalizedText }[],
  lang: Language,
): string {
  return compareGradeText(grade ?? shownNotGradedKey(reason), grades, lang);
}

/**
 * A changed group's grade on one side as the compare reports name it: its grade, and where it has none, the
 * groups matrix's row or column it is counted in (`GroupGradeChange.shownAs`: below the lowest grade, out of
 * scope, mixed, invalid), as {@link changeSideText} names a record's. A lot the matrix counted as `未达最低等级`
 * read `→ 不分级` on its own line (committee-37).
 *
 * @example
 * groupChangeSideText(change, 'to', b.grades, 'zh'); // '未达最低等级'
 */
export function groupChangeSideText(
  change: Pick<GroupGradeChange, 'from' | 'to' | 'shownAs'>,
  side: 'from' | 'to',
  grades: readonly { id: string; label?: LocalizedText }[],
  lang: Language,
): string {
  return compareGradeText(change.shownAs?.[side] ?? change[side], grades, lang);
}

/**
 * Under a migration matrix, when some records are invalid under one rule set
 * only: where the matrix counts them (A's in its "invalid" row, B's in its
 * "invalid" column), and that they are not counted as moving up or down.
 * `undefined` when there are none.
 *
 * @example
 * matrixInvalidNote(counts, 'zh'); // '只在 B 下无效的 4 条（“无效”列）：未比较等级，不计入升高或降低'
 */
export function matrixInvalidNote(counts: CompareCounts, lang: Language): string | undefined {
  const parts: string[] = [];
  const invalid = COMPARE_TEXT.invalid[lang];
  for (const [key, n] of [
    ['A', counts.invalidOnlyA],
    ['B', counts.invalidOnlyB],
  ] as const) {
    const where = lang === 'zh' ? (key === 'A' ? '行' : '列') : key === 'A' ? 'row' : 'column';
    if (n > 0)
      parts.push(
        lang === 'zh'
          ? `只在 ${key} 下无效的 ${countText(n)} 条（“${invalid}”${where}）`
          : `${countText(n)} invalid under ${key} only ("${invalid}" ${where})`,
      );
  }
  if (parts.length === 0) return undefined;
  return lang === 'zh'
    ? `${parts.join('、')}：未比较等级，不计入升高或降低`
    : `${parts.join(' and ')}: grades not compared, counted neither up nor down`;
}

/**
 * The heading of a changed record's `outOfReach` requirements: for a record
 * out of scope under A or B, that it is not judged by them there
 * (committee-29 M2); else that they are of a grade reached under neither.
 *
 * @example
 * outOfReachKey({ notGradedReasons: { b: 'out-of-scope' } }); // 'outOfScopeItems'
 */
export function outOfReachKey(change: {
  notGradedReasons?: { a?: string; b?: string };
}): 'outOfReach' | 'outOfScopeItems' {
  const r = change.notGradedReasons;
  return r?.a === 'out-of-scope' || r?.b === 'out-of-scope' ? 'outOfScopeItems' : 'outOfReach';
}
