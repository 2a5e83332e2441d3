import type { StatisticDocument, StatisticKind } from '../model/group-document';
import type { GroupCriterionModel, GroupModel, NumberTestModel, StatisticModel } from '../model/group-model';
import type { CheckModel } from '../model/rule-set-model';
import { toFifteenDigits } from '../rounding/significant-digits';
import { type OperandSyntax, parseRequirement, type ToleranceSyntax } from '../syntax/parse-requirement';
import { closestName } from '../text/closest-name';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ModelContext } from './model-context';
import { lookup } from './resolve-conditions';

type Path = (string | number)[];

const NAMES: Record<StatisticKind, LocalizedText> = {
  count: localized('个数', 'Count'),
  mean: localized('平均值', 'Mean'),
  min: localized('最小值', 'Minimum'),
  max: localized('最大值', 'Maximum'),
  stdev: localized('标准差', 'Standard deviation'),
  cv: localized('变异系数', 'Coefficient of variation'),
  passRate: localized('合格率', 'Pass rate'),
  cpk: localized('过程能力指数 Cpk', 'Process capability Cpk'),
};

/** The name of a statistic kind in both languages ("变异系数", "Coefficient of variation"). */
export function statisticName(kind: StatisticKind): LocalizedText {
  return NAMES[kind];
}

/**
 * Resolves the `group` section: each statistic's value, the requirement a
 * pass rate counts, a Cpk's limits, and each group criterion's statistic,
 * requirement and grade. Limits are literal numbers: a group has no single
 * row of a table to look a limit up in.
 */
export function resolveGroup(ctx: ModelContext, criteria: readonly CheckModel[]): GroupModel | undefined {
  const doc = ctx.doc.group;
  if (!doc) return undefined;
  const statistics = new Map<string, StatisticModel>();
  for (const [name, s] of Object.entries(doc.statistics)) {
    const resolved = resolveStatistic(ctx, name, s, ['group', 'statistics', name], criteria);
    if (resolved) statistics.set(name, resolved);
  }
  const out: GroupCriterionModel[] = [];
  const ids = new Set([...criteria.map((c) => c.id), ...criteria.map((c) => c.sourceId)]);
  for (const [i, c] of (doc.criteria ?? []).entries()) {
    const path: Path = ['group', 'criteria', i];
    if (ids.has(c.id)) {
      ctx.error('duplicate-id', `criterion id "${c.id}" is used twice`, [...path, 'id']);
      continue;
    }
    ids.add(c.id);
    const statistic = statistics.get(c.statistic);
    if (!statistic) {
      if (!(c.statistic in doc.statistics)) {
        const hint = closestName(c.statistic, Object.keys(doc.statistics));
        ctx.error(
          'unknown-indicator',
          `unknown statistic "${c.statistic}"${hint ? `; did you mean "${hint}"?` : `; statistics are ${Object.keys(doc.statistics).join(', ')}`}`,
          [...path, 'statistic'],
        );
      }
      continue;
    }
    const grade = c.grade === undefined ? ctx.gradeList[0] : ctx.grades.get(c.grade);
    if (!grade) {
      if (c.grade !== undefined)
        ctx.error(
          'unknown-grade',
          `unknown grade "${c.grade}"; grades are ${[...ctx.grades.keys()].join(', ')}`,
          [...path, 'grade'],
        );
      continue;
    }
    const test = numberTest(ctx, c.require, [...path, 'require'], statistic.unit);
    if (!test) continue;
    const model: GroupCriterionModel = {
      id: c.id,
      label: c.label ?? statistic.label,
      statistic,
      test,
      text: c.require.trim(),
      grade,
      location: ctx.location(path),
    };
    if (c.clause) model.clause = c.clause;
    out.push(model);
  }
  const model: GroupModel = { statistics: [...statistics.values()], criteria: out };
  if (doc.label) model.label = doc.label;
  return model;
}

function resolveStatistic(
  ctx: ModelContext,
  name: string,
  s: StatisticDocument,
  path: Path,
  criteria: readonly CheckModel[],
): StatisticModel | undefined {
  const info = lookup(ctx, s.of, [...path, 'of']);
  if (!info) return undefined;
  if (info.kind !== 'number') {
    ctx.error(
      'type-mismatch',
      `a ${s.statistic} is computed over numbers, but "${s.of}" is ${info.kind === 'boolean' ? 'true or false' : 'text'}`,
      [...path, 'of'],
    );
    return undefined;
  }
  const of = ctx.doc.indicators[s.of] ?? ctx.doc.derived?.[s.of];
  const ofLabel = of?.label ?? localized(s.of);
  const kindName = NAMES[s.statistic];
  const model: StatisticModel = {
    name,
    statistic: s.statistic,
    of: s.of,
    slot: info.slot,
    label: s.label ?? localized(`${ofLabel.zh}${kindName.zh}`, `${kindName.en} of ${lowerFirst(ofLabel.en)}`),
    decimals: s.decimals ?? (s.statistic === 'count' ? 0 : 2),
    location: ctx.location(path),
  };
  if (info.unit !== undefined) model.valueUnit = info.unit;
  const unit = statisticUnit(s.statistic, info.unit);
  if (unit !== undefined) model.unit = unit;
  if (s.statistic === 'passRate') {
    if (s.meets !== undefined) {
      const test = numberTest(ctx, s.meets, [...path, 'meets'], info.unit);
      if (!test) return undefined;
      model.meets = test;
      model.meetsText = s.meets.trim();
    } else if (s.criterion !== undefined) {
      if (!criteria.some((c) => c.id === s.criterion)) {
        const hint = closestName(
          s.criterion,
          criteria.map((c) => c.id),
        );
        ctx.error(
          'unknown-indicator',
          `unknown criterion "${s.criterion}"${hint ? `; did you mean "${hint}"?` : ''}; a pass rate counts the records passing a criterion, by the id results show (a grade table's requirement has "<id>@<grade>")`,
          [...path, 'criterion'],
        );
        return undefined;
      }
      model.criterion = s.criterion;
    }
  }
  if (s.statistic === 'cpk' && s.limits !== undefined) {
    const test = numberTest(ctx, s.limits, [...path, 'limits'], info.unit);
    if (!test) return undefined;
    if (test.kind !== 'range' || !Number.isFinite(test.band.lower) || !Number.isFinite(test.band.upper)) {
      ctx.error(
        'invalid-requirement',
        `Cpk needs a two-sided limit written as a range, e.g. "[42.5, 62.5]"; got "${s.limits}"`,
        [...path, 'limits'],
      );
      return undefined;
    }
    model.limits = test.band;
  }
  return model;
}

function statisticUnit(kind: StatisticKind, unit: string | undefined): string | undefined {
  if (kind === 'cv' || kind === 'passRate') return '%';
  if (kind === 'count' || kind === 'cpk') return undefined;
  return unit;
}

/** A requirement with a literal limit, as a test on one number. */
function numberTest(
  ctx: ModelContext,
  text: string,
  path: Path,
  unit: string | undefined,
): NumberTestModel | undefined {
  const parsed = parseRequirement(text);
  if ('error' in parsed) {
    ctx.error('invalid-requirement', parsed.error, path);
    return undefined;
  }
  if (parsed.kind === 'range') return { kind: 'range', ...parsed.band };
  if (parsed.kind === 'member') return { kind: 'member', negate: parsed.negate, values: parsed.values };
  if (parsed.kind === 'tolerance') return toleranceBand(ctx, text, path, parsed);
  const operand = parsed.operand;
  if (operand.kind !== 'literal' || typeof operand.literal.value !== 'number') {
    ctx.error(
      'invalid-requirement',
      `"${text.trim()}": a requirement on a group compares with a written number, e.g. "≤ 3.0" or "≥ 95"`,
      path,
    );
    return undefined;
  }
  if (operand.unit !== undefined && operand.unit !== unit) {
    ctx.error(
      'invalid-requirement',
      unit === undefined
        ? `"${text.trim()}" gives a unit (${operand.unit}), but the value has none`
        : `"${text.trim()}" is in ${operand.unit}, but the value is in ${unit}`,
      path,
    );
    return undefined;
  }
  return { kind: 'compare', operator: parsed.operator, literal: operand.literal };
}

/** `10.0 ± 0.1` on a group statistic: the closed range it stands for (GB/T 8170), from written numbers only. */
function toleranceBand(
  ctx: ModelContext,
  text: string,
  path: Path,
  t: ToleranceSyntax,
): NumberTestModel | undefined {
  const number = (o: OperandSyntax | undefined) =>
    o?.kind === 'literal' && typeof o.literal.value === 'number' ? o.literal.value : undefined;
  const nominal = number(t.nominal);
  const plus = number(t.plus);
  const minus = number(t.minus);
  if (nominal === undefined || plus === undefined || minus === undefined) {
    ctx.error(
      'invalid-requirement',
      `"${text.trim()}": a tolerance on a group is written with numbers, e.g. "10.0 ± 0.1"`,
      path,
    );
    return undefined;
  }
  const lower = toFifteenDigits(nominal - minus);
  const upper = toFifteenDigits(nominal + plus);
  return {
    kind: 'range',
    band: { lower, lowerInclusive: true, upper, upperInclusive: true, text: text.trim() },
    lowerText: String(lower),
    upperText: String(upper),
  };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
