import { indicatorsReader } from '../compile/indicators-read';
import type { CriterionResult, GradeResult, MissingInput, ScoreBreakdown } from '../model/grade-result';
import type { DimensionModel, RuleSetModel, ScoringItemModel } from '../model/rule-set-model';
import { scoringPoints } from '../model/scoring-points';
import { type Language, type LocalizedText, localized } from '../text/localized-text';

/** The id scoring gives the total in its requirements (`totalScore@prevention`). */
const TOTAL_SCORE = 'totalScore';

/**
 * A record's requirements on a score that cannot be computed (the total, a
 * dimension), told why: the items' inputs the record leaves out, or gives a
 * value no `points` entry scores, and the scores that cannot be computed for
 * it — `总分：质量人才培养（talent）未给出数值，持续成功能力和总分无法计算，无法确认 ≥ 60（检验级）`,
 * where the explainer alone said `总分：未提供数值` of a total nobody fills in
 * (newcomer-39 F3). Each such result in `results` is replaced by one with that
 * message and `missingInputs`; the others are left as they are. Runs only for a
 * record with a score of `null`, which is rare.
 */
export function explainMissingScores(
  model: RuleSetModel,
  results: CriterionResult[],
  scores: ScoreBreakdown,
  values: readonly unknown[],
): void {
  const scoring = model.scoring!;
  const dims = scoring.dimensions.filter((_, i) => scores.dimensions[i]?.score === null);
  if (!dims.length && scores.total !== null) return;
  const byDim = new Map(dims.map((d) => [d.id, inputsOf(model, d, values)]));
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.status !== 'missing' || r.value !== null || !r.indicator) continue;
    const total = r.indicator === TOTAL_SCORE;
    const own = byDim.get(r.indicator);
    if (!total && !own) continue;
    const inputs = total ? [...byDim.values()].flat() : own!;
    if (!inputs.length) continue;
    const lost = total ? dims : dims.filter((d) => d.id === r.indicator);
    const cause = causeText(inputs, lost, total);
    results[i] = { ...r, message: withCause(r, cause), missingInputs: inputs };
  }
}

/**
 * Whether only scores that cannot be computed hold a record back from its next grade
 * (each blocker has `missingInputs`): the grade it has rests on a missing value, not on a score short of its
 * cutoff or a failed requirement.
 */
export function restsOnMissingScore(result: Pick<GradeResult, 'nextGrade'>): boolean {
  const blockers = result.nextGrade?.blockers;
  return (
    blockers !== undefined && blockers.length > 0 && blockers.every((b) => b.missingInputs !== undefined)
  );
}

/**
 * Why dimension `d` cannot be computed: each item with no points, as the
 * input(s) the record leaves out (through a derived value, the indicators it
 * reads that are not given) or a value given that no `points` entry scores.
 */
function inputsOf(model: RuleSetModel, d: DimensionModel, values: readonly unknown[]): MissingInput[] {
  const out: MissingInput[] = [];
  const seen = new Set<string>();
  const add = (input: MissingInput) => {
    if (seen.has(input.indicator)) return;
    seen.add(input.indicator);
    out.push(input);
  };
  // An item with `missing: reweight` left out is not counted, so no cause, unless every item is left out so.
  const left = (item: ScoringItemModel) => item.reweight === true && values[item.slot] === undefined;
  const everyLeft = d.items.every(left);
  for (const item of d.items) {
    const value = values[item.slot];
    if (scoringPoints(item, value) !== undefined || (left(item) && !everyLeft)) continue;
    const indicator = model.indicators.find((x) => x.slot === item.slot);
    if (value !== undefined && value !== null) {
      // Given, but no `points` entry scores it.
      const label = indicator?.label ?? derivedLabel(model, item.slot, item.indicator);
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        add({ indicator: item.indicator, label, value });
      else add({ indicator: item.indicator, label });
    } else if (indicator) add({ indicator: item.indicator, label: indicator.label });
    else {
      const given = absentOperands(model, item.indicator, values);
      // A derived value none of whose inputs is absent (a division by zero) is named itself.
      if (given.length) for (const g of given) add(g);
      else add({ indicator: item.indicator, label: derivedLabel(model, item.slot, item.indicator) });
    }
  }
  return out;
}

/** The indicators derived value `name` reads, through other derived values, that the record does not give. */
function absentOperands(model: RuleSetModel, name: string, values: readonly unknown[]): MissingInput[] {
  const out: MissingInput[] = [];
  for (const indicator of indicatorsReader(model)(name))
    if (values[indicator.slot] === undefined) out.push({ indicator: indicator.name, label: indicator.label });
  return out;
}

/**
 * The slots of the indicators the scored derived values read (through other derived values): what
 * {@link explainMissingScores} and the raises' `inputs` read beside the items' own values, so a grader pool sends
 * them too.
 */
export function scoredOperandSlots(model: RuleSetModel): number[] {
  const read = indicatorsReader(model);
  const slots = new Set<number>();
  for (const d of model.scoring?.dimensions ?? [])
    for (const item of d.items) for (const indicator of read(item.indicator)) slots.add(indicator.slot);
  return [...slots];
}

function derivedLabel(model: RuleSetModel, slot: number, name: string): LocalizedText {
  return model.derived.find((d) => d.slot === slot)?.label ?? localized(name);
}

/**
 * `质量人才培养（talent）未给出数值，持续成功能力和总分无法计算` /
 * `Quality talent development (talent) not given, so Sustained success and the total score cannot be computed`.
 */
function causeText(
  inputs: readonly MissingInput[],
  lost: readonly DimensionModel[],
  total: boolean,
): LocalizedText {
  const scoresZh = lost.map((d) => d.label.zh);
  const scoresEn = lost.map((d) => d.label.en);
  if (total) {
    scoresZh.push('总分');
    scoresEn.push('the total score');
  }
  const zhScores =
    scoresZh.length > 1 ? `${scoresZh.slice(0, -1).join('、')}和${scoresZh.at(-1)}` : (scoresZh[0] ?? '');
  return {
    zh: `${missingInputsText(inputs, 'zh')}，${zhScores}无法计算`,
    en: `${missingInputsText(inputs, 'en')}, so ${englishList(scoresEn)} cannot be computed`,
  };
}

/**
 * The inputs a score requirement cannot be checked without, in a few words:
 * `质量人才培养（talent）未给出数值` / `Quality talent development (talent) not given`,
 * a value no `points` entry scores as `质量追溯（traceability）为 7，无对应分值` /
 * `Traceability (traceability) = 7 has no points entry`.
 */
export function missingInputsText(inputs: readonly MissingInput[], lang: Language): string {
  const zh = lang === 'zh';
  const absent = inputs.filter((i) => i.value === undefined).map((i) => named(i, lang));
  const parts: string[] = [];
  if (absent.length) parts.push(zh ? `${absent.join('、')}未给出数值` : `${englishList(absent)} not given`);
  for (const i of inputs)
    if (i.value !== undefined)
      parts.push(
        zh
          ? `${named(i, lang)}为 ${String(i.value)}，无对应分值`
          : `${named(i, lang)} = ${String(i.value)} has no points entry`,
      );
  return parts.join(zh ? '，' : '; ');
}

function named(i: MissingInput, lang: Language): string {
  return lang === 'zh' ? `${i.label.zh}（${i.indicator}）` : `${i.label[lang]} (${i.indicator})`;
}

/** `a`, `a and b`, `a, b and c`. */
function englishList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

/**
 * The result's message with the cause in place of the explainer's `未提供数值` /
 * `no value given`: the rest (the limit, the grade) as it was.
 */
function withCause(r: CriterionResult, cause: LocalizedText): LocalizedText {
  const headZh = `${r.label.zh}：未提供数值，`;
  const headEn = `${r.label.en}: no value given, so `;
  const zh = r.message.zh.startsWith(headZh)
    ? `${r.label.zh}：${cause.zh}，${r.message.zh.slice(headZh.length)}`
    : `${r.message.zh}（${cause.zh}）`;
  const en = r.message.en.startsWith(headEn)
    ? `${r.label.en}: ${cause.en}; ${r.message.en.slice(headEn.length)}`
    : `${r.message.en} (${cause.en})`;
  return { zh, en };
}
