import type { StatisticValue } from '../compile/group-statistics';
import { numberTestHolds } from '../compile/number-test';
import { exponentText, figureText, intervalOf, shownValue, type ValueFigure } from '../compile/shown-value';
import type { Limit } from '../model/grade-result';
import type { GroupCriterionModel, GroupModel, NumberTestModel, StatisticModel } from '../model/group-model';
import type { GroupCriterionResult, RecordRef, StatisticResult } from '../model/group-result';
import { operatorSymbol } from '../model/operators';
import { roundNumberTextGbt8170 } from '../rounding/gbt8170';
import { type LocalizedText, localized } from '../text/localized-text';
import { unitAfter } from '../text/unit-after';

const FIGURES = new WeakMap<GroupModel, Map<string, ValueFigure>>();

/**
 * Each statistic's one figure ({@link ValueFigure}), by name: at its
 * `decimals`, with more digits only where they would land on or pass a limit
 * of the group requirements on it that the value does not — a CV of 3.04
 * reads 3.04 beside `≤ 4.0` and `≤ 3.0` alike, and in its own line and CSV
 * column, not 3.0 on some and 3.04 on others. Made once per group model.
 */
export function statisticFigures(group: GroupModel): ReadonlyMap<string, ValueFigure> {
  let figures = FIGURES.get(group);
  if (!figures) {
    const limits = new Map<string, number[]>();
    for (const c of group.criteria) {
      const list = limits.get(c.statistic.name) ?? [];
      const t = c.test;
      if (t.kind === 'compare') list.push(Number(t.literal.value));
      else if (t.kind === 'range') list.push(t.band.lower, t.band.upper);
      else for (const v of t.values) list.push(Number(v.value));
      limits.set(c.statistic.name, list);
    }
    figures = new Map(
      group.statistics.map((s) => {
        const list = (limits.get(s.name) ?? []).filter(Number.isFinite);
        return [
          s.name,
          {
            decimals: s.decimals,
            score: false,
            limits: [...new Set(list)].sort((a, b) => a - b),
            plain: true,
          },
        ];
      }),
    );
    FIGURES.set(group, figures);
  }
  return figures;
}

/**
 * The statistics' figures for grading the same groups under two editions
 * (`compare --group-by`): a statistic both have, by name, gets one figure on
 * both sides — the larger of their `decimals` and the limits of both — so a
 * lot's CV of 3.998 reads 3.998 beside A's `≤ 4.0` and B's `≤ 3.5` alike, not
 * 3.998 under A and 4.0 under B (committee-33 M4). A statistic only one has
 * keeps its own figure.
 *
 * @example
 * const { a, b } = comparedStatisticFigures(modelA.group, modelB.group);
 * new GroupGrading(modelA, key, a); new GroupGrading(modelB, key, b);
 */
export function comparedStatisticFigures(
  a: GroupModel | undefined,
  b: GroupModel | undefined,
): { a?: ReadonlyMap<string, ValueFigure>; b?: ReadonlyMap<string, ValueFigure> } {
  const own = { a: a && statisticFigures(a), b: b && statisticFigures(b) };
  if (!own.a || !own.b) return own;
  const joined = (mine: ReadonlyMap<string, ValueFigure>, other: ReadonlyMap<string, ValueFigure>) =>
    new Map(
      [...mine].map(([name, f]) => {
        const g = other.get(name);
        if (!g) return [name, f];
        // Its own object on each side: a figure remembers the last value it showed.
        const figure: ValueFigure = {
          decimals: Math.max(f.decimals ?? 0, g.decimals ?? 0),
          score: false,
          limits: [...new Set([...f.limits, ...g.limits])].sort((x, y) => x - y),
          plain: true,
        };
        return [name, figure];
      }),
    );
  return { a: joined(own.a, own.b), b: joined(own.b, own.a) };
}

/** The figures of the group's own `mean` and `stdev` statistics over the same values, if it reports them. */
export interface SiblingFigures {
  readonly mean?: ValueFigure | undefined;
  readonly stdev?: ValueFigure | undefined;
}

/**
 * The figures a statistic's sentence borrows for the mean and s it names:
 * those of the group's `mean` and `stdev` statistics of the same values, so
 * that a lot's mean reads the same in its own line and in its CV's.
 */
export function siblingFigures(
  group: GroupModel,
  model: StatisticModel,
  figures: ReadonlyMap<string, ValueFigure>,
): SiblingFigures {
  const of = (kind: StatisticModel['statistic']) =>
    group.statistics.find((s) => s.statistic === kind && s.of === model.of && s !== model);
  const mean = of('mean');
  const stdev = of('stdev');
  return { mean: mean && figures.get(mean.name), stdev: stdev && figures.get(stdev.name) };
}

/** A statistic's value as every text shows it: its figure, where it has one, else at its decimals. */
export function statisticText(figure: ValueFigure | undefined, value: number, decimals: number): string {
  return figure ? figureText(figure, value) : shown(value, decimals);
}

/** A statistic's result: its value, how it was computed, and the records it came from, as a sentence. */
export function explainStatistic(
  model: StatisticModel,
  v: StatisticValue,
  figure?: ValueFigure,
  siblings?: SiblingFigures,
): StatisticResult {
  const out: StatisticResult = {
    id: model.name,
    label: model.label,
    statistic: model.statistic,
    indicator: model.of,
    value: v.value,
    count: v.count,
  } as StatisticResult;
  if (model.unit !== undefined) out.unit = model.unit;
  if (v.mean !== undefined) out.mean = v.mean;
  if (v.stdev !== undefined) out.stdev = v.stdev;
  if (v.lowest) out.lowest = v.lowest;
  if (v.highest) out.highest = v.highest;
  if (v.passed !== undefined) {
    out.passed = v.passed;
    out.failed = v.failed ?? [];
    out.failedCount = v.failedCount ?? 0;
  }
  if (v.why) out.reason = whyText(model, v);
  out.message = statisticMessage(model, v, figure, siblings);
  return out;
}

/** A requirement on a statistic, judged and explained. */
export function explainGroupCriterion(
  c: GroupCriterionModel,
  s: StatisticResult,
  figure?: ValueFigure,
): GroupCriterionResult {
  const value = s.value;
  const passed = value !== null && numberTestHolds(c.test, value);
  const status = value === null ? 'missing' : passed ? 'passed' : 'failed';
  // The lowest and highest records; one record when they are the same (a group of one).
  const records =
    s.statistic === 'passRate'
      ? (s.failed ?? [])
      : [s.lowest, s.highest].filter(
          (r, i, all): r is RecordRef => r !== undefined && (i === 0 || r.row !== all[0]?.row),
        );
  const unit = s.unit === undefined ? '' : unitText(s.unit);
  const limit = limitOf(c.test);
  // Compared in full: a figure rounded for reading that would read the other way ("3.0 %, required ≤ 3.0: not met") shows every digit.
  // One figure for the statistic on every line (statisticFigures); a figure rounded for reading never reads
  // the other way ("3.0 %, required ≤ 3.0: not met").
  const shownFigure =
    value === null
      ? ''
      : figure
        ? figureText(figure, value)
        : shownValue(value, intervalOf(c.statistic.decimals), limit, passed);
  const head = localized(
    `${c.label.zh} ${value === null ? '无法计算' : `${shownFigure}${unit}`}，要求 ${c.text}`,
    `${c.label.en} ${value === null ? 'cannot be computed' : `${shownFigure}${unit}`}, required ${c.text}`,
  );
  const verdict =
    status === 'missing'
      ? localized(`：不满足（${s.reason?.zh ?? ''}）`, `: not met (${s.reason?.en ?? ''})`)
      : passed
        ? localized('：满足', ': met')
        : localized('：不满足', ': not met');
  const from = s.statistic === 'passRate' ? failedText(s, c.statistic) : extremesText(s, c.statistic);
  return {
    id: c.id,
    label: c.label,
    statistic: c.statistic.name,
    value,
    limit,
    passed,
    status,
    grade: c.grade.id,
    records,
    message: localized(
      `${head.zh}${verdict.zh}${from.zh ? `；${from.zh}` : ''}`,
      `${head.en}${verdict.en}${from.en ? `; ${from.en}` : ''}`,
    ),
  };
}

/** A record as the input names it: "第 7 条（S-07）", "row 7 (S-07)". */
export function recordText(r: RecordRef): LocalizedText {
  const kept = r.kept ? Object.values(r.kept).filter((v) => v !== '') : [];
  return localized(
    `第 ${r.row} 条${kept.length ? `（${kept.join('，')}）` : ''}`,
    `row ${r.row}${kept.length ? ` (${kept.join(', ')})` : ''}`,
  );
}

function limitOf(test: NumberTestModel): Limit {
  switch (test.kind) {
    case 'compare':
      return {
        operator: test.operator,
        value: test.literal.value,
        text: `${operatorSymbol(test.operator)} ${test.literal.text}`,
      };
    case 'range':
      return { operator: 'between', value: [test.band.lower, test.band.upper], text: test.band.text };
    case 'member':
      // A set in braces, as a record's requirement shows it: `∉ [15, 19]` would read as an interval.
      return {
        operator: test.negate ? 'not in' : 'in',
        value: test.values.map((v) => v.value),
        text: `${test.negate ? '∉' : '∈'} {${test.values.map((v) => v.text).join(', ')}}`,
      };
  }
}

function statisticMessage(
  m: StatisticModel,
  v: StatisticValue,
  figure: ValueFigure | undefined,
  siblings: SiblingFigures | undefined,
): LocalizedText {
  const unit = m.unit === undefined ? '' : unitText(m.unit);
  const value =
    v.value === null
      ? localized(`无法计算（${whyText(m, v).zh}）`, `cannot be computed (${whyText(m, v).en})`)
      : localized(`${statisticText(figure, v.value, m.decimals)}${unit}`);
  let zh = `${m.label.zh}：${value.zh}`;
  let en = `${m.label.en}: ${value.en}`;
  if (m.statistic === 'passRate') {
    const counted = (v.passed ?? 0) + (v.failedCount ?? 0);
    const what = m.meetsText ?? m.criterion ?? '';
    zh += `（${counted} 个中 ${v.passed ?? 0} 个满足 ${what}）`;
    en += ` (${v.passed ?? 0} of ${counted} meet ${what})`;
  } else {
    const vu = m.valueUnit === undefined ? '' : unitText(m.valueUnit);
    const parts: LocalizedText[] = [
      localized(`共 ${v.count} 个值`, `over ${v.count} value${v.count === 1 ? '' : 's'}`),
    ];
    // A mean or s the group also reports as a statistic of its own reads as that one does.
    if (v.mean !== undefined && m.statistic !== 'mean') {
      const mean = statisticText(siblings?.mean, v.mean, m.decimals);
      parts.push(localized(`平均值 ${mean}${vu}`, `mean ${mean}${vu}`));
    }
    if (v.stdev !== undefined && m.statistic !== 'stdev') {
      const s = statisticText(siblings?.stdev, v.stdev, m.decimals);
      parts.push(localized(`标准差 ${s}${vu}`, `s ${s}${vu}`));
    }
    if (m.limits) parts.push(localized(`界限 ${m.limits.text}`, `limits ${m.limits.text}`));
    zh += `（${parts.map((p) => p.zh).join('，')}）`;
    en += ` (${parts.map((p) => p.en).join(', ')})`;
  }
  const from = m.statistic === 'passRate' ? failedText(v, m) : extremesText(v, m);
  if (from.zh) {
    zh += `；${from.zh}`;
    en += `; ${from.en}`;
  }
  return { zh, en };
}

function extremesText(v: { lowest?: RecordRef; highest?: RecordRef }, m: StatisticModel): LocalizedText {
  if (!v.lowest || !v.highest) return localized('');
  const vu = m.valueUnit === undefined ? '' : unitText(m.valueUnit);
  const at = (r: RecordRef) => {
    const t = recordText(r);
    const kept = r.kept ? Object.values(r.kept).filter((k) => k !== '') : [];
    const value = String(r.value);
    return localized(
      `${value}${vu}（第 ${r.row} 条${kept.length ? `，${kept.join('，')}` : ''}）`,
      `${value}${vu} at ${t.en}`,
    );
  };
  const lo = at(v.lowest);
  const hi = at(v.highest);
  return localized(`最低 ${lo.zh}，最高 ${hi.zh}`, `lowest ${lo.en}, highest ${hi.en}`);
}

function failedText(v: { failed?: RecordRef[]; failedCount?: number }, m: StatisticModel): LocalizedText {
  const vu = m.valueUnit === undefined ? '' : unitText(m.valueUnit);
  const failed = v.failed ?? [];
  if (failed.length === 0) return localized('');
  const names = failed.map((r) => {
    const t = recordText(r);
    return r.value === undefined ? t : localized(`${t.zh}：${r.value}${vu}`, `${t.en}: ${r.value}${vu}`);
  });
  const more = (v.failedCount ?? failed.length) - failed.length;
  return localized(
    `不满足的记录：${names.map((n) => n.zh).join('；')}${more > 0 ? `；另有 ${more} 个` : ''}`,
    `records not meeting it: ${names.map((n) => n.en).join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  );
}

function whyText(m: StatisticModel, v: StatisticValue): LocalizedText {
  switch (v.why) {
    case 'too-few':
      return m.statistic === 'mean' || m.statistic === 'min' || m.statistic === 'max'
        ? localized('没有数值', 'no values')
        : localized(
            `至少需要 2 个值，本组有 ${v.count} 个`,
            `needs at least 2 values, the group has ${v.count}`,
          );
    case 'no-variation':
      return localized('各值相同，标准差为 0', 'every value is the same: the standard deviation is 0');
    case 'zero-mean':
      return localized('平均值为 0', 'the mean is 0');
    case 'none-counted':
      return localized('没有可计数的记录', 'no record to count');
    case 'overflow':
      return localized(
        '数值过大，超出可计算的范围（约 1.8e308）',
        'the values are too large: it is beyond the largest number computed (about 1.8e308)',
      );
    default:
      return localized('');
  }
}

/**
 * A statistic as read, rounded to its `decimals` by GB/T 8170, with no exponent below 1e21 and one from there on
 * (a mean near 1e308 was 309 digits; its `value` keeps every digit).
 */
function shown(value: number, decimals: number): string {
  if (Math.abs(value) >= 1e21) return exponentText(value);
  return roundNumberTextGbt8170(value, intervalOf(decimals));
}

function unitText(unit: string): string {
  return unitAfter(unit);
}
