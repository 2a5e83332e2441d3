import { figureText, intervalOf, shownDigitsOf, type ValueFigure } from '../compile/shown-value';
import { indicatorValueLabels, valueLabelText } from '../compile/value-label-text';
import type { DimensionScore, GradeResult, ItemScore, ScoreShortfall } from '../model/grade-result';
import { decimalsOf } from '../rounding/decimal';
import { roundNumberTextGbt8170 } from '../rounding/gbt8170';
import type { Language } from '../text/localized-text';
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
  const total = s.total === null ? NO_SCORE : figureText(figureOf(result, TOTAL_SCORE), s.total);
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
  const sum = Number(items.reduce((t, i) => t + i.weight, 0).toPrecision(15));
  const colon = lang === 'zh' ? '：' : ': ';
  return items.map(
    (i) =>
      `${i.label[lang]}${colon}${pointsText(i)} × ${i.weight}/${sum}${i.lowest ? (lang === 'zh' ? '  ← 最低' : '  ← lowest') : ''}`,
  );
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
  const { value, gap } = gapFigures(s, figureText(figureOf(result, s.score), s.value));
  const head = zh
    ? `${s.label.zh} ${value}，差 ${gap} 分达到 ${target}`
    : `${s.label.en} ${value}, ${gap} points short of ${target}`;
  const r = s.raise;
  if (!r) {
    const none = zh ? '；没有哪一项单独提高能达到' : '; no single item raised alone reaches it';
    return head + none + (s.together ? togetherText(s, lang) : '');
  }
  // An item scored by `points` is raised in points, with the value that gives them: 能效等级得分 45 → 60（取 4）.
  if (r.toValue !== undefined) {
    const value = toValueText(r.toValue, r.label, lang);
    return zh
      ? `${head}；例如 ${r.label.zh}得分 ${numberText(r.from)} → ${numberText(r.to)}（取 ${value}）`
      : `${head}; e.g. ${r.label.en} ${numberText(r.from)} → ${numberText(r.to)} points (value ${value})`;
  }
  return zh
    ? `${head}；例如 ${r.label.zh} ${numberText(r.from)} → ${numberText(r.to)}`
    : `${head}; e.g. ${r.label.en} ${numberText(r.from)} → ${numberText(r.to)}`;
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
 * What a score's items must gain together, after "no single item": `：这 4 项合计需再提高 60 分（如每项各提高 15 分）`,
 * weighted (`这 3 项按权重 2:1:1 合计…`), the items that cannot gain as much named with their maximum,
 * or how far every item at its maximum gets when that is not far enough.
 */
function togetherText(s: ScoreShortfall, lang: Language): string {
  const t = s.together!;
  const zh = lang === 'zh';
  const n = t.weights.length;
  if (t.most !== undefined) {
    const most = numberText(Number(t.most.toPrecision(6)));
    return zh
      ? `，各项都提高到最高分也只有 ${most} 分`
      : `, and with every item at its maximum it reaches only ${most}`;
  }
  const alike = t.weights.every((w) => w === t.weights[0]);
  const ratio = t.weights.map((w) => numberText(w)).join(':');
  const points = numberText(t.points);
  const sum = zh
    ? `：这 ${n} 项${alike ? '' : `按权重 ${ratio} `}合计需再提高${t.strict ? '超过' : ''} ${points} 分`
    : `: the ${n} items need ${t.strict ? 'more than ' : ''}${points} more points in all${alike ? '' : `, weighted ${ratio}`}`;
  if (t.each === undefined) return sum;
  const each = numberText(t.each);
  if (t.atMost.length === 0)
    return zh ? `${sum}（如每项各提高 ${each} 分）` : `${sum} (e.g. ${each} more each)`;
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
    ? `${sum}（如 ${top.join('、')}，其余各提高 ${each} 分）`
    : `${sum} (e.g. ${top.join(', ')}, the others ${each} more each)`;
}

/**
 * Said once before the next grade's blockers when two or more scores each have their own "e.g.": every
 * blocker must be met, so one raise alone lifts nothing (`这 5 项须同时满足才能达到保证级，每个“例如”只补足其中一项`).
 * `undefined` otherwise.
 */
export function allTogetherText(result: GradeResult, lang: Language): string | undefined {
  const next = result.nextGrade;
  if (!next || (result.scores?.shortfalls?.length ?? 0) < 2) return undefined;
  const n = next.blockers.length;
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
  return i.points === null ? NO_SCORE : numberText(i.points);
}
