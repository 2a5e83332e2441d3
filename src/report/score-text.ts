import { figureText, intervalOf, shownDigitsOf, type ValueFigure } from '../compile/shown-value';
import { indicatorValueLabels, valueLabelText } from '../compile/value-label-text';
import type {
  DimensionScore,
  GradeResult,
  ItemRaise,
  ItemScore,
  ScoreShortfall,
} from '../model/grade-result';
import { decimalsOf } from '../rounding/decimal';
import { roundNumberTextGbt8170 } from '../rounding/gbt8170';
import { intervalEnds, intervalText } from '../rounding/mark-interval';
import { booleanText } from '../text/boolean-text';
import { type Language, localized } from '../text/localized-text';
import { numberText } from '../text/number-text';
import { criterionLimitText } from './criterion-prose';

// A score that could not be computed (a value no `points` entry scores) is shown as a dash.
const NO_SCORE = '—';

/** The id a scored rule set's total goes by in its requirements (`totalScore@3-star`). */
const TOTAL_SCORE = 'totalScore';

/** Decimals a score is computed to. */
const SCORE_DECIMALS = 2;

/** A scored record's breakdown as its explanation shows it, with the figures of its requirement lines. */
export interface ScoreTexts {
  /** The total: `87.996`. */
  total: string;
  /** Per dimension: `59.98 × 20/100 → 11.996`. */
  dimensions: string[];
}

/**
 * The total and each dimension's contribution, as explanations show them: a
 * score with the one figure its requirement lines show (`87.996` on every
 * line when one cutoff is 88, `95` for 95), and the contributions to the
 * total's decimals (`→ 11.996` beside a total of 87.996), never whole where
 * they are not (a contribution of 7.998 as "8" in a breakdown that adds up
 * to the cutoff would hide why the total falls short). A dash for a score
 * that could not be computed.
 */
export function scoreTexts(result: GradeResult): ScoreTexts {
  const s = result.scores!;
  // A score computed from a value written with a rounding mark is shown as the interval it lies in.
  const total =
    s.total === null ? NO_SCORE : (s.totalWritten ?? figureText(figureOf(result, TOTAL_SCORE), s.total));
  const dot = total.indexOf('.');
  const contribution: ValueFigure = {
    decimals: Math.max(SCORE_DECIMALS, dot < 0 ? 0 : total.length - dot - 1),
    score: true,
    limits: [],
  };
  const sum = Number(s.dimensions.reduce((t, x) => t + x.weight, 0).toPrecision(15));
  return {
    total,
    dimensions: s.dimensions.map((d) => contributionText(d, sum, result, contribution)),
  };
}

/**
 * A record's total and dimension scores as its explanation shows them (`89.63`, `59.996`, `95`), in
 * `result.scores.dimensions`' order: the figure a workbook's score cell is formatted to. `undefined` for a
 * score that could not be computed.
 *
 * @example
 * shownScores(result) // { total: '89.63', dimensions: ['100', '66.67', …] }
 */
export function shownScores(result: GradeResult): { total?: string; dimensions: (string | undefined)[] } {
  const s = result.scores!;
  return {
    total: s.total === null ? undefined : figureText(figureOf(result, TOTAL_SCORE), s.total),
    dimensions: s.dimensions.map((d) =>
      d.score === null ? undefined : figureText(figureOf(result, d.id), d.score),
    ),
  };
}

/**
 * How a dimension's score makes its contribution: `90 × 35/100 → 31.5` —
 * the weight over the weights' sum, so it does not read as 90 × 35.
 */
function contributionText(
  d: DimensionScore,
  sum: number,
  result: GradeResult,
  contribution: ValueFigure,
): string {
  const ends = d.written === undefined ? undefined : intervalEnds(d.written);
  if (ends) {
    // Computed from a marked value: the interval, and the share of it the dimension adds.
    const share = d.weight / sum;
    const adds = intervalText(ends.low * share, ends.lowIn, ends.high * share, ends.highIn);
    return `${d.written} × ${d.weight}/${sum} → ${adds}`;
  }
  const score = d.score === null ? NO_SCORE : figureText(figureOf(result, d.id), d.score);
  const adds = d.contribution === null ? NO_SCORE : figureText(contribution, d.contribution);
  return `${score} × ${d.weight}/${sum} → ${adds}`;
}

/**
 * The figure of a score (`id`: the total's, or a dimension's) that its
 * requirement lines were written with; for a result read from elsewhere,
 * one made alike from the limits those lines carry.
 */
function figureOf(result: GradeResult, id: string): ValueFigure {
  const limits: number[] = [];
  for (const c of result.criteria) {
    if (c.indicator !== id) continue;
    const noted = shownDigitsOf(c.label)?.figure;
    if (noted) return noted;
    if (typeof c.limit?.value === 'number') limits.push(c.limit.value);
  }
  return { decimals: SCORE_DECIMALS, score: true, limits: limits.sort((a, b) => a - b) };
}

/**
 * A held-back dimension's items, as lines under its score line: the points,
 * the weight over the items' sum, and a mark on the lowest —
 * `领导作用与质量战略：0 × 1/4  ← 最低`.
 *
 * @example
 * itemLines(result.scores.dimensions[0], 'en'); // ['Leadership and quality strategy: 0 × 1/4  ← lowest', …]
 */
export function itemLines(d: DimensionScore, lang: Language): string[] {
  const items = d.items ?? [];
  // Over the weights counted: an item left out under `missing: reweight` shares its weight out over the rest.
  const sum = Number(
    items
      .filter((i) => !i.notCounted)
      .reduce((t, i) => t + i.weight, 0)
      .toPrecision(15),
  );
  const colon = lang === 'zh' ? '：' : ': ';
  return items.map((i) =>
    i.notCounted
      ? `${i.label[lang]}${colon}${NOT_COUNTED[lang]}`
      : `${i.label[lang]}${colon}${pointsText(i)} × ${i.weight}/${sum}${i.lowest ? (lang === 'zh' ? '  ← 最低' : '  ← lowest') : ''}`,
  );
}

/** An item with `missing: reweight` the record leaves out, as its line under the dimension reads. */
const NOT_COUNTED = localized(
  '未评，不计入（权重按比例分给其余项）',
  'not assessed, not counted (its weight shared out among the other items)',
);

/**
 * The dimensions whose items an explanation lists: those a shortfall names, and those with an item not counted
 * (`missing: reweight`, left out), so that the record's score is read with the weights it was computed with.
 */
export function itemsShown(result: GradeResult): Set<string> {
  const shown = shortDimensions(result);
  for (const d of result.scores?.dimensions ?? []) if (d.items?.some((i) => i.notCounted)) shown.add(d.id);
  return shown;
}

/** The dimensions of a result a shortfall names, by id: the ones whose items an explanation lists. */
export function shortDimensions(result: GradeResult): Set<string> {
  return new Set((result.scores?.shortfalls ?? []).map((s) => s.score));
}

/**
 * What a score lacks and what would lift it, in one sentence:
 * `质量管理体系有效性 67.5，差 12.5 分达到 ≥ 80（预防级）；例如 领导作用与质量战略 0 → 50`.
 * When no item alone can, what they must gain together:
 * `…；没有哪一项单独提高能达到：这 4 项合计需再提高 60 分（如每项各提高 15 分）`.
 * The score and the gap to one precision, so that they add up to the limit
 * (`64.375，差 0.625 分达到 ≥ 65`, not 64.38 and 0.625): the gap exact to
 * three decimals (`69.125，差 10.875`) or else to four significant digits, the score to as many decimals (at least those of its
 * requirement lines), the gap then the limit less the score as shown.
 *
 * @example
 * shortfallText(result.scores.shortfalls[0], result, 'en');
 * // 'QMS effectiveness 67.5, 12.5 points short of ≥ 80 (Prevention); e.g. Leadership and quality strategy 0 → 50'
 */
export function shortfallText(s: ScoreShortfall, result: GradeResult, lang: Language): string {
  const zh = lang === 'zh';
  const blocker = result.nextGrade?.blockers.find((b) => b.id === s.criterion);
  const limit = blocker?.limit
    ? criterionLimitText({ label: blocker.label, limit: blocker.limit }, lang)
    : `≥ ${s.limit}`;
  const grade = result.nextGrade?.label[lang];
  const target = grade ? (zh ? `${limit}（${grade}）` : `${limit} (${grade})`) : limit;
  const head = s.written === undefined ? shortHead(s, result, target, lang) : markedHead(s, target, lang);
  const r = s.raise;
  if (!r) {
    const none = zh ? '；没有哪一项单独提高能达到' : '; no single item raised alone reaches it';
    return head + none + (s.together ? togetherText(s, lang) : '');
  }
  return zh ? `${head}；例如 ${raiseText(r, lang)}` : `${head}; e.g. ${raiseText(r, lang)}`;
}

/** `质量管理体系有效性 67.5，差 12.5 分达到 ≥ 80（预防级）`: the score and the points it lacks. */
function shortHead(s: ScoreShortfall, result: GradeResult, target: string, lang: Language): string {
  const { value, gap } = gapFigures(s, figureText(figureOf(result, s.score), s.value));
  return lang === 'zh'
    ? `${s.label.zh} ${value}，差 ${gap} 分达到 ${target}`
    : `${s.label.en} ${value}, ${gap} points short of ${target}`;
}

/**
 * A score computed from a value written with a rounding mark: the interval it lies in and the one its gap does,
 * not the gap from the value just inside the mark (2.5e-7 points): `[89.875, 90)` below ≥ 90 is short of it by at
 * most 0.125, as the mark reads it, by no figure more exact.
 */
function markedHead(s: ScoreShortfall, target: string, lang: Language): string {
  const zh = lang === 'zh';
  const ends = intervalEnds(s.written!);
  if (!ends)
    return zh
      ? `${s.label.zh} ${s.written}，未达到 ${target}`
      : `${s.label.en} ${s.written}, short of ${target}`;
  const most = Number((s.limit - ends.low).toPrecision(12));
  const least = Number((s.limit - ends.high).toPrecision(12));
  if (least === 0 && !ends.highIn) {
    // Just below the limit, as the mark says: how far below, the mark does not tell.
    return zh
      ? `${s.label.zh} ${s.written}，按修约符号低于 ${target}，相差不超过 ${numberText(most)} 分`
      : `${s.label.en} ${s.written}, below ${target} as the rounding mark reads, by at most ${numberText(most)} points`;
  }
  const gap = intervalText(least, ends.highIn, most, ends.lowIn);
  return zh
    ? `${s.label.zh} ${s.written}，差 ${gap} 分达到 ${target}`
    : `${s.label.en} ${s.written}, ${gap} points short of ${target}`;
}

/**
 * An item's raise as an officer acts on it. An item scored by `points` says the value to write, the points in
 * brackets (newcomer-31 M-8: the officer typed 4, not 80): `正向追溯 4 → 5（得分 80 → 100）`,
 * `实验室信息管理系统 否 → 是（得分 0 → 100）`; where the band's end is open, the band: `噪声得分 60 → 100（取 < 38）`.
 * A value scored as itself: `质量大数据分析 47.45 → 47.5`; one scored through a derived value of one indicator, in
 * what is filled in (newcomer-33 M1): `检验数字化 1 → 3（得分 20 → 60）`.
 *
 * @example
 * raiseText({ indicator: 'lims', label, from: 0, to: 100, toValue: 'true', value: false, typed: true }, 'zh');
 * // '实验室信息管理系统 否 → 是（得分 0 → 100）'
 */
export function raiseText(r: ItemRaise, lang: Language): string {
  const zh = lang === 'zh';
  // A value written with a rounding mark as written (90(−) → 90), not as the number graded (89.999999).
  const points = `${r.written ?? numberText(r.from)} → ${numberText(r.to)}`;
  if (r.toValue === undefined && !r.input) return `${r.label[lang]} ${points}${inputsText(r, lang)}`;
  if (r.typed !== undefined && r.value !== undefined) {
    // A derived score is advised in the indicator filled in (newcomer-33 M1): 检验数字化 1 → 3（得分 20 → 60）.
    const label = r.input?.label ?? r.label;
    const values = `${typedText(r.value, r.label, lang)} → ${typedText(r.typed, r.label, lang)}`;
    return zh ? `${label.zh} ${values}（得分 ${points}）` : `${label.en} ${values} (points ${points})`;
  }
  if (r.toValue === undefined) return `${r.label[lang]} ${points}`;
  // An item scored by `points` is raised in points, with the value that gives them: 能效等级得分 45 → 60（取 4）.
  const value = toValueText(r.toValue, r.label, lang);
  return zh
    ? `${r.label.zh}得分 ${points}（取 ${value}）`
    : `${r.label.en} ${points} points (value ${value})`;
}

/**
 * What a derived score is computed from, after its raise (newcomer-39 F5): `（由 研发质量保证、持续改进与创新 计算）` /
 * ` (computed from R&D quality assurance, Improvement and innovation)`; nothing for any other item.
 */
function inputsText(r: ItemRaise, lang: Language): string {
  if (!r.inputs?.length) return '';
  const names = r.inputs.map((i) => i.label[lang]);
  return lang === 'zh' ? `（由 ${names.join('、')} 计算）` : ` (computed from ${names.join(', ')})`;
}

/** A value a record gives or an officer writes, as explanations show it: 是/否, an enum's label, a number. */
function typedText(v: number | string | boolean, item: object, lang: Language): string {
  if (typeof v === 'boolean') return booleanText(v, lang);
  if (typeof v === 'number') return numberText(v);
  return toValueText(v, item, lang);
}

/** Decimals up to which a gap is shown exact (a quarter point's 0.125, an average's 0.375). */
const EXACT_DECIMALS = 3;

/** Most decimals a score and its gap are shown to: a gap of 1e-13 is float noise, not a figure. */
const MOST_GAP_DECIMALS = 12;

/**
 * A shortfall's score and gap as text that add up to its limit: the gap,
 * exact when it has at most {@link EXACT_DECIMALS} decimals, else to four
 * significant digits, sets the decimals, the score is rounded to them
 * (or to the decimals `shown` already has, if more), and the gap written is
 * the limit less the score as written, in decimal arithmetic.
 */
function gapFigures(s: ScoreShortfall, shown: string): { value: string; gap: string } {
  // A gap that is exact to three decimals is shown whole, whatever its size (10.875, not 10.88 beside an
  // example that gives 10.875); others to four significant digits.
  const exact = Number(s.gap.toFixed(EXACT_DECIMALS));
  const gapText = numberText(
    Math.abs(exact - s.gap) <= 1e-9 * Math.max(1, Math.abs(s.gap)) ? exact : Number(s.gap.toPrecision(4)),
  );
  const decimals = Math.min(
    MOST_GAP_DECIMALS,
    Math.max(decimalsOf(gapText), decimalsOf(shown), decimalsOf(numberText(s.limit))),
  );
  if (!Number.isFinite(s.value) || !Number.isFinite(s.limit) || Math.abs(s.limit) >= 1e15)
    return { value: shown, gap: gapText };
  const value = roundNumberTextGbt8170(s.value, intervalOf(decimals));
  // Exact: both are whole numbers of 10^-decimals, well inside a double's integers.
  const unit = 10 ** decimals;
  const gap = (Math.round(s.limit * unit) - Math.round(Number(value) * unit)) / unit;
  return {
    value: value.includes('.') ? value.replace(/\.?0+$/, '') : value,
    gap: numberText(Number(gap.toFixed(decimals))),
  };
}

/**
 * What a score's items must gain together, after "no single item" (newcomer-31 M-4: named items, not weight
 * ratios): the fewest items that get there, each to its maximum but the last —
 * `：至少需提高 2 项，如 质量大数据分析 25 → 100、正向追溯 2 → 5（得分 40 → 100）` — and where every item is scored as
 * itself an even raise, `；或每项各提高 15 分`, the items that cannot gain as much named with their maximum; or how
 * far every item at its maximum gets when that is not far enough.
 */
function togetherText(s: ScoreShortfall, lang: Language): string {
  const t = s.together!;
  const zh = lang === 'zh';
  if (t.most !== undefined) {
    const most = numberText(Number(t.most.toPrecision(6)));
    return zh
      ? `，各项都提高到最高分也只有 ${most} 分`
      : `, and with every item at its maximum it reaches only ${most}`;
  }
  const parts: string[] = [];
  const fewest = t.fewest ?? [];
  if (fewest.length > 0) {
    const k = fewest.length;
    const shown = fewest.slice(0, k > MOST_NAMED ? MOST_NAMED - 1 : k).map((r) => raiseText(r, lang));
    const more = k > shown.length ? (zh ? `等 ${k} 项` : `, and ${k - shown.length} more`) : '';
    parts.push(
      zh
        ? `至少需提高 ${k} 项，如 ${shown.join('、')}${more}`
        : `at least ${k} items must rise, e.g. ${shown.join(', ')}${more}`,
    );
  }
  if (t.each !== undefined) parts.push(eachText(t, lang));
  if (parts.length === 0) return '';
  return zh ? `：${parts.join('；或')}` : `: ${parts.join('; or ')}`;
}

/** Items named in a "fewest items" list; past it, the first few and a count. */
const MOST_NAMED = 4;

/**
 * The even raise: `每项各提高 15 分`, with the items that cannot gain as much brought to their maximum. Shown
 * rounded up to a figure an officer uses (15.0416 → 16, 2.31 → 2.4) when no item stops at its maximum, as any
 * raise above the one found closes the gap too.
 */
function eachText(t: NonNullable<ScoreShortfall['together']>, lang: Language): string {
  const zh = lang === 'zh';
  const each = numberText(t.atMost.length === 0 ? sensibleUp(t.each!) : t.each!);
  if (t.atMost.length === 0) return zh ? `每项各提高 ${each} 分` : `${each} more points each`;
  const top = t.atMost.map((i) =>
    i.from === i.to
      ? zh
        ? `${i.label.zh} 已是最高分 ${numberText(i.to)}`
        : `${i.label.en} already at its maximum ${numberText(i.to)}`
      : zh
        ? `${i.label.zh} 提高到最高分 ${numberText(i.to)}`
        : `${i.label.en} to its maximum ${numberText(i.to)}`,
  );
  return zh
    ? `${top.join('、')}，其余每项各提高 ${each} 分`
    : `${top.join(', ')}, the others ${each} more points each`;
}

/** A raise rounded up to the figure people use: whole from 10, one decimal from 1, else two. */
function sensibleUp(x: number): number {
  const decimals = x >= 10 ? 0 : x >= 1 ? 1 : 2;
  const step = 10 ** decimals;
  return Math.ceil(x * step - 1e-6) / step;
}

/**
 * Said once before the next grade's blockers when two or more scores each have their own "e.g.": every
 * blocker must be met, so one raise alone lifts nothing (`这 5 项须同时满足才能达到保证级，每个“例如”只补足其中一项`).
 * `undefined` otherwise.
 */
export function allTogetherText(result: GradeResult, lang: Language): string | undefined {
  const next = result.nextGrade;
  const one = result.scores?.oneRaise;
  if (!next || (!one && (result.scores?.shortfalls?.length ?? 0) < 2)) return undefined;
  const n = next.blockers.length;
  // One raise that meets every blocker comes first (newcomer-31 M-3): otherwise two improvements get planned where one does.
  if (one)
    return lang === 'zh'
      ? `只需一项：${raiseText(one, 'zh')}，即可同时满足以下 ${n} 项，达到${next.label.zh}；下面每个“例如”只补足其中一项`
      : `One change is enough: ${raiseText(one, 'en')} meets all ${n} below and reaches ${next.label.en}; each "e.g." below closes only its own gap`;
  return lang === 'zh'
    ? `这 ${n} 项须同时满足才能达到${next.label.zh}，每个“例如”只补足其中一项`
    : `All ${n} must be met together to reach ${next.label.en}; each "e.g." closes only its own gap`;
}

/** The value that gives a raised item its points: an enum value by its label in `lang`, as explanations show it (`取 热泵型`). */
function toValueText(value: string, item: object, lang: Language): string {
  const labels = indicatorValueLabels(item);
  if (!labels) return value;
  // Points are keyed by the value as text; a numeric enum's values are numbers.
  return (
    valueLabelText(value, labels, lang) ??
    (value.trim() !== '' ? valueLabelText(Number(value), labels, lang) : undefined) ??
    value
  );
}

function pointsText(i: ItemScore): string {
  if (i.written !== undefined) return i.written;
  return i.points === null ? NO_SCORE : numberText(i.points);
}
