import type { StatisticDocument, StatisticKind } from '../model/group-document';
import type {
  GroupCriterionModel,
  GroupModel,
  NumberTestModel,
  SameValueModel,
  StatisticModel,
} from '../model/group-model';
import { ownEntry } from '../model/own-entry';
import type { CheckModel } from '../model/rule-set-model';
import { toFifteenDigits } from '../rounding/significant-digits';
import { emptyBandText } from '../syntax/empty-band';
import { type OperandSyntax, parseRequirement, type ToleranceSyntax } from '../syntax/parse-requirement';
import { closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { unitKey } from '../text/unit-key';
import { type ModelContext, unknownGrade } from './model-context';
import { rangeUnitError } from './range-unit-advice';
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
      const text = localized(`判定项标识“${c.id}”用了两次`, `criterion id "${c.id}" is used twice`);
      ctx.error('duplicate-id', text, [...path, 'id']);
      continue;
    }
    ids.add(c.id);
    const statistic = statistics.get(c.statistic);
    if (!statistic) {
      if (!(c.statistic in doc.statistics)) {
        const hint = closestTies(c.statistic, Object.keys(doc.statistics));
        const names = Object.keys(doc.statistics);
        const text = hint.length
          ? localized(
              `未知的统计量“${c.statistic}”${didYouMean(hint).zh}`,
              `unknown statistic "${c.statistic}"${didYouMean(hint).en}`,
            )
          : localized(
              `未知的统计量“${c.statistic}”；统计量有${zhNames(names)}`,
              `unknown statistic "${c.statistic}"; statistics are ${names.join(', ')}`,
            );
        ctx.error('unknown-indicator', text, [...path, 'statistic']);
      }
      continue;
    }
    const grade = c.grade === undefined ? ctx.gradeList[0] : ctx.grades.get(c.grade);
    if (!grade) {
      if (c.grade !== undefined) ctx.error('unknown-grade', unknownGrade(ctx, c.grade), [...path, 'grade']);
      continue;
    }
    const test = numberTest(ctx, c.require, [...path, 'require'], statistic.unit, c.statistic);
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
  const same = resolveSameValue(ctx, doc.sameValue);
  if (same.length > 0) model.sameValue = same;
  return model;
}

/** The indicators a group's records must share, each by its slot and label. */
function resolveSameValue(ctx: ModelContext, names: readonly string[] | undefined): SameValueModel[] {
  const out: SameValueModel[] = [];
  for (const [i, name] of (names ?? []).entries()) {
    const info = lookup(ctx, name, ['group', 'sameValue', i], true);
    if (!info) continue;
    const model: SameValueModel = {
      name,
      slot: info.slot,
      label: ownEntry(ctx.doc.indicators, name)?.label ?? localized(name),
    };
    if (info.valueLabels) model.valueLabels = info.valueLabels;
    out.push(model);
  }
  return out;
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
      localized(
        `${NAMES[s.statistic].zh}只能对数值计算，但“${s.of}”是${info.kind === 'boolean' ? ' true 或 false' : '文本'}`,
        `a ${s.statistic} is computed over numbers, but "${s.of}" is ${info.kind === 'boolean' ? 'true or false' : 'text'}`,
      ),
      [...path, 'of'],
    );
    return undefined;
  }
  const of = ownEntry(ctx.doc.indicators, s.of) ?? ownEntry(ctx.doc.derived, s.of);
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
  if (!checkKeys(ctx, s, path)) return undefined;
  if (info.unit !== undefined) model.valueUnit = info.unit;
  const unit = statisticUnit(s.statistic, info.unit);
  if (unit !== undefined) model.unit = unit;
  if (s.statistic === 'passRate') {
    if (s.meets !== undefined) {
      const test = numberTest(ctx, s.meets, [...path, 'meets'], info.unit, s.of);
      if (!test) return undefined;
      model.meets = test;
      model.meetsText = s.meets.trim();
    } else if (s.criterion !== undefined) {
      if (!criteria.some((c) => c.id === s.criterion)) {
        const hint = closestTies(
          s.criterion,
          criteria.map((c) => c.id),
        );
        ctx.error(
          'unknown-indicator',
          localized(
            `未知的判定项“${s.criterion}”${didYouMean(hint).zh}；合格率统计满足某判定项的记录数，判定项按结果中显示的标识指明（等级表的要求为 "<id>@<grade>"）`,
            `unknown criterion "${s.criterion}"${didYouMean(hint).en}; a pass rate counts the records passing a criterion, by the id results show (a grade table's requirement has "<id>@<grade>")`,
          ),
          [...path, 'criterion'],
        );
        return undefined;
      }
      model.criterion = s.criterion;
    }
  }
  if (s.statistic === 'cpk' && s.limits !== undefined) {
    const test = numberTest(ctx, s.limits, [...path, 'limits'], info.unit, s.of);
    if (!test) return undefined;
    if (test.kind !== 'range' || !Number.isFinite(test.band.lower) || !Number.isFinite(test.band.upper)) {
      ctx.error(
        'invalid-requirement',
        localized(
          `Cpk 需要写成区间的双侧限值，如 "[42.5, 62.5]"；实际是“${s.limits}”`,
          `Cpk needs a two-sided limit written as a range, e.g. "[42.5, 62.5]"; got "${s.limits}"`,
        ),
        [...path, 'limits'],
      );
      return undefined;
    }
    model.limits = test.band;
  }
  return model;
}

/** The keys that belong to one kind of statistic: `meets` or `criterion` for a pass rate, `limits` for Cpk. */
function checkKeys(ctx: ModelContext, s: StatisticDocument, path: Path): boolean {
  let ok = true;
  const refuse = (key: 'meets' | 'criterion' | 'limits', why: LocalizedText) => {
    ctx.error('invalid-requirement', why, [...path, key], { key: true });
    ok = false;
  };
  if (s.statistic !== 'passRate') {
    if (s.meets !== undefined) refuse('meets', onlyFor('meets', 'passRate', s.statistic));
    if (s.criterion !== undefined) refuse('criterion', onlyFor('criterion', 'passRate', s.statistic));
  } else if (s.meets !== undefined && s.criterion !== undefined) {
    refuse(
      'criterion',
      localized(
        '合格率要么按“meets”统计，要么按“criterion”统计，不能都写',
        'a pass rate counts either "meets" or "criterion", not both',
      ),
    );
  } else if (s.meets === undefined && s.criterion === undefined) {
    ctx.error(
      'invalid-requirement',
      localized(
        '合格率需要给出记录须满足的要求：“meets”（如 "≥ 42.5"）或“criterion”（单条记录的判定项标识）',
        'a pass rate needs what a record must meet: "meets" (e.g. "≥ 42.5") or "criterion" (a per-record criterion id)',
      ),
      [...path, 'statistic'],
    );
    ok = false;
  }
  if (s.statistic !== 'cpk' && s.limits !== undefined)
    refuse('limits', onlyFor('limits', 'cpk', s.statistic));
  if (s.statistic === 'cpk' && s.limits === undefined) {
    const text = localized(
      'Cpk 需要“limits”，即双侧区间，如 "[42.5, 62.5]"',
      'Cpk needs "limits", a two-sided range such as "[42.5, 62.5]"',
    );
    ctx.error('invalid-requirement', text, [...path, 'statistic']);
    ok = false;
  }
  return ok;
}

function statisticUnit(kind: StatisticKind, unit: string | undefined): string | undefined {
  if (kind === 'cv' || kind === 'passRate') return '%';
  if (kind === 'count' || kind === 'cpk') return undefined;
  return unit;
}

/**
 * A requirement with a literal limit, as a test on one number; `name` is what the value is called where a range in
 * another unit is told to convert (`"mean28d" is measured in MPa`).
 */
function numberTest(
  ctx: ModelContext,
  text: string,
  path: Path,
  unit: string | undefined,
  name: string,
): NumberTestModel | undefined {
  const parsed = parseRequirement(text);
  if ('error' in parsed) {
    ctx.requirementError(rangeUnitError(parsed, name, unit), path);
    return undefined;
  }
  if (parsed.kind === 'range') return { kind: 'range', ...parsed.band };
  if (parsed.kind === 'member') return { kind: 'member', negate: parsed.negate, values: parsed.values };
  if (parsed.kind === 'tolerance') return toleranceBand(ctx, text, path, parsed);
  const operand = parsed.operand;
  if (operand.kind !== 'literal' || typeof operand.literal.value !== 'number') {
    ctx.error(
      'invalid-requirement',
      localized(
        `“${text.trim()}”：对一组记录的要求只能与写明的数比较，如 "≤ 3.0" 或 "≥ 95"`,
        `"${text.trim()}": a requirement on a group compares with a written number, e.g. "≤ 3.0" or "≥ 95"`,
      ),
      path,
    );
    return undefined;
  }
  // `≤ 3.0 N/mm²` for a value in MPa: spellings of one unit are one, as in a sheet's header.
  if (operand.unit !== undefined && (unit === undefined || unitKey(operand.unit) !== unitKey(unit))) {
    ctx.error(
      'invalid-requirement',
      unit === undefined
        ? localized(
            `“${text.trim()}”给出了单位（${operand.unit}），但该值没有单位`,
            `"${text.trim()}" gives a unit (${operand.unit}), but the value has none`,
          )
        : localized(
            `“${text.trim()}”的单位是 ${operand.unit}，但该值的单位是 ${unit}`,
            `"${text.trim()}" is in ${operand.unit}, but the value is in ${unit}`,
          ),
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
      localized(
        `“${text.trim()}”：对一组记录的允差须用数写出，如 "10.0 ± 0.1"`,
        `"${text.trim()}": a tolerance on a group is written with numbers, e.g. "10.0 ± 0.1"`,
      ),
      path,
    );
    return undefined;
  }
  const lower = toFifteenDigits(nominal - minus);
  const upper = toFifteenDigits(nominal + plus);
  const band = { lower, lowerInclusive: true, upper, upperInclusive: true, text: text.trim() };
  // A negative tolerance (`10 ± -1`) turns the range inside out.
  const empty = emptyBandText(band);
  if (empty) {
    ctx.error('invalid-requirement', empty, path);
    return undefined;
  }
  return { kind: 'range', band, lowerText: String(lower), upperText: String(upper) };
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** A key that only one statistic takes, given to another. */
function onlyFor(key: string, statistic: 'passRate' | 'cpk', given: StatisticKind): LocalizedText {
  const name = NAMES[statistic];
  return localized(
    `“${key}”只用于${name.zh}（statistic: ${statistic}），不用于${NAMES[given].zh}`,
    `"${key}" is for ${statistic === 'cpk' ? 'Cpk' : 'a pass rate'} (statistic: ${statistic}), not a ${given}`,
  );
}
