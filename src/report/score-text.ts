import { figureText, shownDigitsOf, type ValueFigure } from '../compile/shown-value';
import type { DimensionScore, GradeResult } from '../model/grade-result';

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
