import { joinedList } from '../load/full-width-list-comma';
import { type Band, bandContains } from '../model/band';
import type { Expr } from '../model/expr';
import { referencedNames } from '../model/expr';
import { ownEntry } from '../model/own-entry';
import type { IndicatorDocument, ScoringItemDocument } from '../model/rule-document';
import type {
  DerivedModel,
  DimensionModel,
  IndicatorModel,
  ScoringItemModel,
  ScoringModel,
} from '../model/rule-set-model';
import type { ValueKind } from '../model/value';
import { parseRoundingInterval } from '../rounding/gbt8170';
import { boundWordsAdvice } from '../syntax/bound-words';
import { type FormulaScope, parseFormula } from '../syntax/parse-formula';
import { readBand } from '../syntax/read-band';
import { closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { numberValueProblem } from '../text/finite-number';
import { type LocalizedText, localized } from '../text/localized-text';
import { sameWordsName } from '../text/same-words-name';
import { speltAlike } from '../text/spelt-alike';
import { bandUnitAdvice } from './band-unit-advice';
import { checkAlikeValues } from './check-alike-values';
import { checkPointBands, type PointBand } from './check-point-bands';
import { checkPointsMap } from './check-points-map';
import { checkScoringNumbers } from './check-scoring-numbers';
import { checkUnscaledItem } from './check-unscaled-item';
import { checkWeightSum } from './check-weight-sum';
import { checkWeights } from './check-weights';
import { curlyQuotedScalar } from './curly-quoted-scalar';
import { formulaUnitTail } from './formula-unit-tail';
import { isIntegerIndicator } from './integers-between';
import { badInterval, kindName, type ModelContext } from './model-context';
import { nameClash } from './name-clash';
import { resolveWhen } from './resolve-conditions';
import { resolveValueLabels } from './resolve-value-labels';
import { unitCharacterProblem } from './unit-characters';
import { valueLabelMeant } from './value-label-meant';
import { numberWithUnit, valuesWithUnitText } from './value-with-unit';

// An indicator that says `specimens: true` takes at most this many.
const DEFAULT_MAX_SPECIMENS = 100;

// An enum's values shown in full when saying how to quote them, at most.
const MAX_QUOTED = 8;

/** The name scoring gives the total score; authors may use it in criteria. */
export const TOTAL_SCORE = 'totalScore';

// Scores are weighted means: explanations show them as the score breakdown does (77.21, not 77.2083333333333).
const SCORE_DECIMALS = 2;

/**
 * Most items in one scoring dimension, and most dimensions. A weighted mean
 * is one sum, walked recursively wherever formulas are: 8,000 items ran out
 * of stack. Like a formula's operators, and far more than a scheme has.
 */
export const MAX_SCORING_PARTS = 256;

/**
 * Most levels of derived values computed from other derived values. They are
 * resolved depth first in the order their formulas name them: a chain of
 * 3,000 written last first ran out of stack. A standard has a few.
 */
export const MAX_DERIVED_DEPTH = 64;

/** Resolves indicators: kinds, ranges, allowed values, defaults, specimens, slots. */
export function resolveIndicators(ctx: ModelContext): IndicatorModel[] {
  const out: IndicatorModel[] = [];
  // Enums whose values mix numbers and text: taken as text once the error is given.
  const unquoted = new Set<string>();
  for (const [name, ind] of Object.entries(ctx.doc.indicators)) {
    const path = ['indicators', name];
    let kind = indicatorKind(ind);
    const model: IndicatorModel = {
      name,
      slot: out.length,
      type: ind.type,
      kind,
      label: ind.label,
      required: ind.required ?? ind.default === undefined,
      ...specimenCount(ctx, ind, path),
    };
    if (ind.unit !== undefined) {
      model.unit = ind.unit;
      const curly = curlyQuotedScalar(ind.unit, 'unit');
      // Taken without the marks, so each limit written in mm is not refused as "not in “mm”" too.
      if (curly) model.unit = curly.inner;
      const odd = curly?.text ?? unitCharacterProblem(ind.unit);
      if (odd) ctx.error('schema', odd, [...path, 'unit']);
    }
    if (ind.description) model.description = ind.description;
    if (ind.comparison) model.comparison = ind.comparison;
    if (ind.type === 'enum') {
      if (!ind.values)
        ctx.error(
          'schema',
          localized(`枚举指标“${name}”需要“values”`, `enum indicator "${name}" needs "values"`),
          path,
          {
            key: true,
          },
        );
      else if (ind.values.some((v) => typeof v === 'string' && curlyQuotedScalar(v, 'values'))) {
        // [“合格”, “不合格”]: an error at each such value, and the values taken without the marks, so that the
        // requirements and conditions naming 合格 are not refused too.
        model.values = ind.values.map((v, i) => {
          const curly = typeof v === 'string' ? curlyQuotedScalar(v, 'values') : undefined;
          if (curly) ctx.error('schema', curly.text, [...path, 'values', i]);
          return curly?.inner ?? v;
        });
      } else {
        model.values = ind.values;
        const joined = joinedList(
          ctx.source,
          localized(`“${name}”的列表`, `the list of "${name}"`),
          ind.values,
          [...path, 'values'],
          true,
        );
        if (joined) {
          // [A，B]: said once there; the values are taken as split, as text (or numbers, [2, 8，10]), so tables
          // naming A are not refused too.
          ctx.error('schema', joined.text, [...path, 'values', joined.index]);
          model.values = joined.items;
          // [2，3, 4]: the first item read as text "2，3" made the kind text, and every table and condition naming
          // 2 or 8 was refused too (newcomer-26 M7); the kind is that of the values as split.
          kind = joined.items.every((v) => typeof v === 'number') ? 'number' : 'string';
          model.kind = kind;
          if (joined.items.some((v) => typeof v === 'string')) unquoted.add(name);
        } else if (ind.values.length > 0 && ind.values.every((v) => numberWithUnit(v, ind.unit))) {
          // [2mm, 3mm]: one error at `values`, and the numbers taken as the values, so that the table rows,
          // scope and conditions giving 2 and 3 are not refused too (newcomer-30 M7: 17 follow-on errors).
          const read = ind.values.map((v) => numberWithUnit(v, ind.unit)!);
          model.values = read.map((r) => r.number);
          kind = 'number';
          model.kind = kind;
          ctx.error(
            'type-mismatch',
            valuesWithUnitText(
              name,
              read.map((r) => r.number),
              read[0]!.unit,
              ind.unit,
            ),
            [...path, 'values'],
          );
        } else if (new Set(ind.values.map((v) => typeof v)).size > 1) {
          // [42.5, 42.5R]: YAML reads 42.5 as a number. Take them all as the text written, so that tables and
          // conditions naming them are not refused too (one mistake, one error), and say how to write them.
          const written = ind.values.map((v, i) =>
            typeof v === 'string' ? v : (ctx.source.literal([...path, 'values', i]) ?? String(v)),
          );
          model.values = written;
          unquoted.add(name);
          const shown = `values: [${written
            .slice(0, MAX_QUOTED)
            .map((v) => JSON.stringify(v))
            .join(', ')}${written.length > MAX_QUOTED ? ', …' : ''}]`;
          const number = written.find((_, i) => typeof ind.values![i] === 'number');
          const text = localized(
            `“${name}”的取值必须全是文本或全是数值：YAML 把不带引号的 ${number} 读作数值；请给每个取值加引号：${shown}`,
            `the values of "${name}" must be all text or all numbers: YAML reads the unquoted ${number} as a number; quote them: ${shown}`,
          );
          ctx.error('type-mismatch', text, [...path, 'values']);
        } else checkAlikeValues(ctx, name, ind.values, [...path, 'values']);
      }
    } else if (ind.values)
      ctx.error(
        'type-mismatch',
        localized(
          `“values”只用于枚举指标；“${name}”是${kindName(ind.type).zh}`,
          `"values" applies to enum indicators; "${name}" is ${ind.type}`,
        ),
        [...path, 'values'],
      );
    resolveValueLabels(ctx, ind, model);
    if (ind.range !== undefined) {
      const band = readBand(ind.range);
      if (kind !== 'number' || ind.type === 'enum') {
        ctx.error(
          'type-mismatch',
          localized(
            `“range”只用于数值；“${name}”是${kindName(ind.type).zh}`,
            `"range" applies to numbers; "${name}" is ${ind.type}`,
          ),
          [...path, 'range'],
        );
      } else if (!band)
        ctx.error(
          'invalid-band',
          boundWordsAdvice(ind.range) ??
            bandUnitAdvice(ind.range, 'range', name, ind.unit) ??
            localized(
              `“${ind.range}”不是区间；请写成如 "> 0" 或 "[0, 100]"`,
              `"${ind.range}" is not a range; write e.g. "> 0" or "[0, 100]"`,
            ),
          [...path, 'range'],
        );
      else if ('problem' in band) ctx.error('invalid-band', band.problem, [...path, 'range']);
      else model.range = band.band;
    }
    if (ind.plausible !== undefined) {
      if (kind !== 'number' || ind.type === 'enum') {
        ctx.error('type-mismatch', notNumberPlausible(name, kindName(ind.type)), [...path, 'plausible']);
      } else {
        const band = plausibleBand(ctx, ind.plausible, name, ind.unit, [...path, 'plausible']);
        if (band) model.plausible = band;
      }
    }
    if (ind.interval !== undefined) {
      const iv = parseRoundingInterval(ind.interval);
      if (!iv) ctx.error('invalid-interval', badInterval(ind.interval), [...path, 'interval']);
      else model.interval = iv;
    }
    if (ind.specimens !== undefined && ind.specimens !== false && kind !== 'number') {
      const text = localized(
        `只有数值指标才能有多个试样；“${name}”是${kindName(ind.type).zh}`,
        `only numeric indicators take several specimens; "${name}" is ${ind.type}`,
      );
      ctx.error('type-mismatch', text, [...path, 'specimens']);
    }
    if (ind.default !== undefined) {
      if (typeof ind.default !== kind || (model.values && !model.values.includes(ind.default as string))) {
        const label = typeof ind.default === 'string' ? valueLabelMeant(model, name, ind.default) : undefined;
        // `default: Ia类` for the value Ⅱa类: which characters differ, and the value to write.
        const alike =
          typeof ind.default === 'string' && model.values ? speltAlike(ind.default, model.values) : undefined;
        const tail = alike
          ? localized(
              `：${alike.difference.zh}；请写“${alike.value}”`,
              `: ${alike.difference.en}; write "${alike.value}"`,
            )
          : localized('');
        ctx.error(
          'type-mismatch',
          label ??
            localized(
              `默认值 ${JSON.stringify(ind.default)} 不是“${name}”的有效取值${tail.zh}`,
              `default ${JSON.stringify(ind.default)} is not a valid value of "${name}"${tail.en}`,
            ),
          [...path, 'default'],
        );
      } else {
        const problem = defaultProblem(ctx, name, ind.type, model.range, ind.default, [...path, 'default']);
        if (problem) ctx.error('type-mismatch', problem, [...path, 'default']);
        else model.default = ind.default;
      }
      if (ind.required === true)
        ctx.error(
          'schema',
          localized(
            `“${name}”是必填的，其默认值永远用不上`,
            `"${name}" is required, so its default would never be used`,
          ),
          [...path, 'default'],
        );
    }
    ctx.values.set(name, {
      slot: model.slot,
      kind: unquoted.has(name) ? 'string' : kind,
      ...(unquoted.has(name) ? { unquotedValues: true as const } : {}),
      perSpecimen: model.specimens > 0,
      isIndicator: true,
      ...(model.unit !== undefined ? { unit: model.unit } : {}),
      ...(model.values ? { values: model.values } : {}),
      ...(model.valueSpellings ? { valueSpellings: model.valueSpellings } : {}),
      ...(model.valueLabels ? { valueLabels: model.valueLabels } : {}),
    });
    out.push(model);
  }
  // requiredWhen names other indicators, so resolve it once all are known.
  for (const model of out) {
    const doc = ctx.doc.indicators[model.name]!;
    if (doc.requiredWhen) {
      const cond = resolveWhen(ctx, doc.requiredWhen, ['indicators', model.name, 'requiredWhen'], true);
      if (cond) model.requiredWhen = cond;
      if (doc.required === true) {
        ctx.error(
          'schema',
          localized(
            `“${model.name}”总是必填的，“requiredWhen”不起作用`,
            `"${model.name}" is always required; "requiredWhen" has no effect`,
          ),
          ['indicators', model.name, 'requiredWhen'],
          {
            key: true,
          },
        );
      }
      model.required = false;
    }
  }
  return out;
}

/** The most and fewest specimens an indicator takes, from `true`, a number, or `{ exactly | min | max }`. */
function specimenCount(
  ctx: ModelContext,
  ind: IndicatorDocument,
  path: (string | number)[],
): { specimens: number; minSpecimens: number } {
  const s = ind.specimens;
  if (s === true) return { specimens: DEFAULT_MAX_SPECIMENS, minSpecimens: 0 };
  if (typeof s === 'number') return { specimens: s, minSpecimens: 0 };
  if (s === undefined || s === false) return { specimens: 0, minSpecimens: 0 };
  const at = [...path, 'specimens'];
  if (s.exactly !== undefined) {
    if (s.min !== undefined || s.max !== undefined)
      ctx.error(
        'schema',
        localized('“exactly”须单独给出，或者给出“min”和“max”', 'give "exactly" alone, or "min" and "max"'),
        at,
        { key: true },
      );
    return { specimens: s.exactly, minSpecimens: s.exactly };
  }
  const min = s.min ?? 0;
  const max = s.max ?? DEFAULT_MAX_SPECIMENS;
  if (min > max)
    ctx.error(
      'schema',
      localized(`“min”（${min}）大于“max”（${max}）`, `"min" (${min}) is more than "max" (${max})`),
      at,
      {
        key: true,
      },
    );
  return { specimens: Math.max(min, max), minSpecimens: min };
}

/**
 * Why a default of the right kind is still no value the indicator may take:
 * a number YAML could not hold, a fraction for an integer, or a number
 * outside the indicator's `range`. A record without the value is graded as
 * if it held the default, so a default a record could not give would be
 * graded unchecked.
 */
function defaultProblem(
  ctx: ModelContext,
  name: string,
  type: IndicatorDocument['type'],
  range: Band | undefined,
  value: string | number | boolean,
  path: (string | number)[],
): LocalizedText | undefined {
  if (typeof value !== 'number') return undefined;
  const written = ctx.source.literal(path);
  const unheld = numberValueProblem(value, written);
  if (unheld) return localized(`默认值：${unheld.zh}`, `default: ${unheld.en}`);
  const shown = written ?? String(value);
  if (type === 'integer' && !Number.isInteger(value))
    return localized(
      `默认值 ${shown} 不是整数，而“${name}”只取整数`,
      `default ${shown} is not an integer, but "${name}" takes integers only`,
    );
  if (range && !bandContains(range, value))
    return localized(
      `默认值 ${shown} 不在“${name}”的取值范围“${range.text}”内：缺少“${name}”的记录会按一个它不可能取的值评级`,
      `default ${shown} is outside the range "${range.text}" of "${name}": a record without "${name}" would be graded with a value "${name}" cannot take`,
    );
  return undefined;
}

function indicatorKind(ind: IndicatorDocument): ValueKind {
  switch (ind.type) {
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return typeof ind.values?.[0] === 'number' ? 'number' : 'string';
    default:
      return 'string';
  }
}

/** `plausible` written for a value that is not a number (an enum, a yes/no, a formula giving true/false). */
function notNumberPlausible(name: string, kind: LocalizedText): LocalizedText {
  return localized(
    `“plausible”只用于数值；“${name}”是${kind.zh}`,
    `"plausible" applies to numbers; "${name}" is ${kind.en}`,
  );
}

/** An indicator's or derived value's `plausible` band read, or undefined after saying what is wrong with it. */
function plausibleBand(
  ctx: ModelContext,
  text: string,
  name: string,
  unit: string | undefined,
  path: (string | number)[],
): Band | undefined {
  const band = readBand(text);
  if (!band)
    ctx.error(
      'invalid-band',
      boundWordsAdvice(text) ??
        bandUnitAdvice(text, 'plausible', name, unit) ??
        localized(
          `“${text}”不是区间；请写成如 "≥ 1000" 或 "[1, 500]"`,
          `"${text}" is not a range; write e.g. "≥ 1000" or "[1, 500]"`,
        ),
      path,
    );
  else if ('problem' in band) ctx.error('invalid-band', band.problem, path);
  else return band.band;
  return undefined;
}

interface PendingDerived {
  name: string;
  slot: number;
  path: (string | number)[];
  model: Omit<DerivedModel, 'expr' | 'kind' | 'perSpecimen' | 'plausible'>;
  /** `plausible` as written, read once the formula's kind is known (scoring sums have none). */
  plausible?: string;
  build: (scope: FormulaScope) => { expr: Expr; kind: ValueKind } | undefined;
}

/**
 * Resolves derived values and scoring sums. Every name is reserved first so
 * formulas may refer to each other; a formula that names another derived
 * value builds it first, which yields its kind, the evaluation order and any
 * cycle in one pass.
 */
export function resolveDerived(
  ctx: ModelContext,
  firstSlot: number,
): { derived: DerivedModel[]; scoring?: ScoringModel } {
  const pending = new Map<string, PendingDerived>();
  let slot = firstSlot;
  const reserve: Reserve = (name, path, decimals, unit) => {
    if (ctx.values.has(name) || ctx.tables.has(name)) {
      ctx.error('duplicate-id', nameClash(ctx, name, path), path, { key: true });
      return undefined;
    }
    const s = slot++;
    ctx.values.set(name, {
      slot: s,
      kind: 'number',
      perSpecimen: false,
      isIndicator: false,
      ...(decimals !== undefined ? { decimals } : {}),
      // A limit on a derived value may carry its unit: `≥ 45.0 %` for a ratio in %.
      ...(unit !== undefined ? { unit } : {}),
    });
    return s;
  };

  for (const [name, d] of Object.entries(ctx.doc.derived ?? {})) {
    const path = ['derived', name];
    const s = reserve(name, path, d.decimals, d.unit);
    if (s === undefined) continue;
    const odd = d.unit === undefined ? undefined : unitCharacterProblem(d.unit);
    if (odd) ctx.error('schema', odd, [...path, 'unit']);
    pending.set(name, {
      name,
      slot: s,
      path,
      model: {
        name,
        slot: s,
        label: d.label,
        location: ctx.location([...path, 'formula']),
        ...(d.unit !== undefined ? { unit: d.unit } : {}),
        ...(d.decimals !== undefined ? { decimals: d.decimals } : {}),
        ...(d.pairSpecimens === true ? { paired: true as const } : {}),
      },
      ...(d.plausible !== undefined ? { plausible: d.plausible } : {}),
      build: (scope) => {
        const parsed = parseFormula(d.formula, scope);
        // `… / width (N)`: its own unit after the formula, as a standard prints it (newcomer-45).
        const tail =
          parsed.errors.length > 0 && d.unit !== undefined
            ? formulaUnitTail(name, d.formula, d.unit, scope)
            : undefined;
        if (tail) {
          ctx.errorInText('invalid-formula', tail.text, [...path, 'formula'], tail.index);
          return undefined;
        }
        if (parsed.errors.length > 0) {
          for (const e of parsed.errors.filter((e) => !e.followOn))
            ctx.errorInText(
              'invalid-formula',
              localized(`“${name}”的公式：${e.text.zh}`, `formula of "${name}": ${e.text.en}`),
              [...path, 'formula'],
              e.index,
            );
          return undefined;
        }
        const ok = parsed as { expr: Expr; kind: ValueKind };
        return { expr: ok.expr, kind: ok.kind };
      },
    });
  }
  const scoring = ctx.doc.scoring ? reserveScoring(ctx, reserve, pending) : undefined;

  const state = new Map<string, 'building' | 'done'>();
  const derived: DerivedModel[] = [];
  const base = ctx.formulaScope();
  const scope: FormulaScope = {
    ...base,
    value: (name) => {
      const p = pending.get(name);
      if (p && state.get(name) === 'building') {
        const text = localized(
          `“${name}”的公式经由其他值又依赖它自身`,
          `"${name}" depends on itself through its formula`,
        );
        ctx.error('derived-cycle', text, p.path, { key: true });
      } else if (p) build(p);
      return base.value(name);
    },
  };
  // Levels of derived values below each one (1: computed from indicators and tables only), and those being built.
  const depth = new Map<string, number>();
  const building: PendingDerived[] = [];
  let tooDeepSaid = false;
  const tooDeep = (p: PendingDerived): void =>
    ctx.error(
      'invalid-formula',
      localized(
        `“${p.name}”经由超过 ${MAX_DERIVED_DEPTH} 层其他派生值计算，层数过多；最多允许 ${MAX_DERIVED_DEPTH} 层`,
        `"${p.name}" is computed through more than ${MAX_DERIVED_DEPTH} levels of other derived values; at most ${MAX_DERIVED_DEPTH} are allowed`,
      ),
      [...p.path, 'formula'],
    );
  const build = (p: PendingDerived): void => {
    if (state.has(p.name)) return;
    if (building.length >= MAX_DERIVED_DEPTH) {
      // The first of those being built reads this one through too many levels: it is the one said, once.
      state.set(p.name, 'done');
      if (!tooDeepSaid) tooDeep(building[0]!);
      tooDeepSaid = true;
      return;
    }
    state.set(p.name, 'building');
    building.push(p);
    const b = p.build(scope);
    building.pop();
    state.set(p.name, 'done');
    const info = ctx.values.get(p.name)!;
    if (!b) {
      info.unresolved = true;
      return;
    }
    let levels = 1;
    for (const n of referencedNames(b.expr)) levels = Math.max(levels, 1 + (depth.get(n) ?? 0));
    if (levels > MAX_DERIVED_DEPTH) {
      if (!tooDeepSaid) tooDeep(p);
      tooDeepSaid = true;
      info.unresolved = true;
      return;
    }
    depth.set(p.name, levels);
    const perSpecimen = [...referencedNames(b.expr)].some((n) => ctx.values.get(n)?.perSpecimen);
    info.kind = b.kind;
    info.perSpecimen = perSpecimen;
    const model: DerivedModel = { ...p.model, expr: b.expr, kind: b.kind, perSpecimen };
    if (p.plausible !== undefined) {
      const path = [...p.path, 'plausible'];
      if (b.kind !== 'number') ctx.error('type-mismatch', notNumberPlausible(p.name, kindName(b.kind)), path);
      else {
        const band = plausibleBand(ctx, p.plausible, p.name, p.model.unit, path);
        if (band) model.plausible = band;
      }
    }
    derived.push(model);
  };
  for (const p of pending.values()) build(p);
  return scoring ? { derived, scoring } : { derived };
}

type Reserve = (
  name: string,
  path: (string | number)[],
  decimals?: number,
  unit?: string,
) => number | undefined;

function reserveScoring(
  ctx: ModelContext,
  reserve: Reserve,
  pending: Map<string, PendingDerived>,
): ScoringModel | undefined {
  const doc = ctx.doc.scoring!;
  // A weight or score read otherwise than written (16 digits, 0x32): refused at it, and not graded with.
  if (!checkScoringNumbers(ctx, doc)) return undefined;
  if (doc.dimensions.length > MAX_SCORING_PARTS) {
    const text = localized(
      `评分有 ${doc.dimensions.length} 个维度，过多；最多允许 ${MAX_SCORING_PARTS} 个`,
      `scoring has ${doc.dimensions.length} dimensions, too many; at most ${MAX_SCORING_PARTS} are allowed`,
    );
    ctx.error('invalid-scoring', text, ['scoring', 'dimensions', MAX_SCORING_PARTS]);
    return undefined;
  }
  const dimensions: DimensionModel[] = [];
  const dimExprs: { dim: DimensionModel; scored: string[]; expr: () => Expr | undefined }[] = [];
  for (const [i, dim] of doc.dimensions.entries()) {
    const path = ['scoring', 'dimensions', i];
    if (dim.items.length > MAX_SCORING_PARTS) {
      const text = localized(
        `维度“${dim.id}”有 ${dim.items.length} 个评分项，过多；最多允许 ${MAX_SCORING_PARTS} 个（可拆分为几个维度）`,
        `dimension "${dim.id}" has ${dim.items.length} items, too many; at most ${MAX_SCORING_PARTS} are allowed (split it into several dimensions)`,
      );
      ctx.error('invalid-scoring', text, [...path, 'items', MAX_SCORING_PARTS]);
      continue;
    }
    const itemWeights = dim.items.map((item, j) => ({
      weight: item.weight ?? 1,
      path: [...path, 'items', j, ...(item.weight === undefined ? [] : ['weight'])],
    }));
    if (
      !checkWeights(
        ctx,
        itemWeights,
        localized(`维度“${dim.id}”中各评分项`, `the items of dimension "${dim.id}"`),
      )
    )
      continue;
    const s = reserve(dim.id, [...path, 'id']);
    if (s === undefined) continue;
    const model: DimensionModel = { id: dim.id, slot: s, label: dim.label, weight: dim.weight, items: [] };
    dimensions.push(model);
    dimExprs.push({
      dim: model,
      scored: dim.items.map((item) => item.indicator),
      expr: () => {
        const parts = dim.items.map((item, j): [number, Expr | undefined] => [
          item.weight ?? 1,
          itemPoints(ctx, item, [...path, 'items', j]),
        ]);
        // The items as explanations list them (an item's points, what lifts a score): only when all resolved.
        if (parts.every(([, e]) => e?.k === 'points' && e.arg.k === 'ref'))
          model.items = parts.map(([weight, e], j) => scoringItem(dim.items[j]!, weight, e!));
        // `missing: reweight` on an item: a mean that leaves it out when absent; else the plain sum, as before.
        if (dim.items.some((item) => item.missing === 'reweight'))
          return reweightedMean(parts, (j) => dim.items[j]!.missing === 'reweight');
        return weightedMean(parts);
      },
    });
  }
  const dimensionWeights = doc.dimensions.map((d, i) => ({
    weight: d.weight,
    path: ['scoring', 'dimensions', i, 'weight'],
  }));
  if (!checkWeights(ctx, dimensionWeights, localized('各维度', 'the dimensions'))) return undefined;
  checkWeightSum(
    ctx,
    doc.dimensions.map((d, i) => ({ id: d.id, ...dimensionWeights[i]! })),
  );
  const totalSlot = reserve(TOTAL_SCORE, ['scoring']);
  if (totalSlot === undefined) return undefined;
  for (const [i, { dim, scored, expr }] of dimExprs.entries()) {
    const path = ['scoring', 'dimensions', i, 'id'];
    pending.set(dim.id, {
      name: dim.id,
      slot: dim.slot,
      path,
      model: {
        name: dim.id,
        slot: dim.slot,
        label: dim.label,
        location: ctx.location(path),
        decimals: SCORE_DECIMALS,
      },
      build: (scope) => {
        // A derived value an item scores is built first: its kind is known and it is evaluated before the dimension.
        for (const name of scored) if (isDerived(ctx, name)) scope.value(name);
        const e = expr();
        return e ? { expr: e, kind: 'number' } : undefined;
      },
    });
  }
  const totalExpr = weightedMean(
    dimensions.map((d) => [d.weight, { k: 'ref', name: d.id, slot: d.slot, kind: 'number' }]),
  );
  pending.set(TOTAL_SCORE, {
    name: TOTAL_SCORE,
    slot: totalSlot,
    path: ['scoring'],
    model: {
      name: TOTAL_SCORE,
      slot: totalSlot,
      label: localized('总分', 'Total score'),
      location: ctx.location(['scoring']),
      decimals: SCORE_DECIMALS,
    },
    // The total reads every dimension, so it is ordered after them.
    build: (scope) => {
      for (const d of dimensions) scope.value(d.id);
      return totalExpr ? { expr: totalExpr, kind: 'number' } : undefined;
    },
  });
  const scoring: ScoringModel = {
    dimensions,
    totalSlot,
    weightSum: dimensions.reduce((s, d) => s + d.weight, 0),
  };
  if (doc.weakestLink === 'cap') scoring.weakestLink = true;
  return scoring;
}

function itemPoints(
  ctx: ModelContext,
  item: { indicator: string; points?: Record<string, number> | [string, number][] },
  path: (string | number)[],
): Expr | undefined {
  const info = ctx.values.get(item.indicator);
  // A derived value written in the file may be scored too (`staffTraining * 20` for a 0–5 score); a dimension or the total may not.
  if (!info || (!info.isIndicator && !isDerived(ctx, item.indicator))) {
    ctx.error('unknown-indicator', unknownItemText(ctx, item.indicator), [...path, 'indicator']);
    return undefined;
  }
  if (info.perSpecimen) {
    ctx.error(
      'invalid-scoring',
      localized(
        `“${item.indicator}”有多个试样；请改为对它们的派生值评分`,
        `"${item.indicator}" takes several specimens; score a derived value of them instead`,
      ),
      [...path, 'indicator'],
    );
    return undefined;
  }
  const arg: Expr = { k: 'ref', name: item.indicator, slot: info.slot, kind: info.kind };
  if (!item.points) {
    if (info.kind !== 'number') {
      const text = localized(
        `“${item.indicator}”不是数值，评分时需要给出“points”`,
        `"${item.indicator}" is not a number, so it needs "points" to be scored`,
      );
      ctx.error('invalid-scoring', text, [...path, 'indicator']);
      return undefined;
    }
    if (info.isIndicator) checkUnscaledItem(ctx, item.indicator, indicatorRange(ctx, item.indicator), path);
    return { k: 'points', arg };
  }
  if (Array.isArray(item.points) ? item.points.length === 0 : Object.keys(item.points).length === 0) {
    // Leaving `points` out scores the value itself, which only a number can be.
    const text =
      info.kind === 'number'
        ? localized(
            `“points”为空：请为“${item.indicator}”的值给出分数，或删去“points”，以数值本身为分数`,
            `"points" is empty: give scores for the values of "${item.indicator}", or leave "points" out to score the value itself`,
          )
        : localized(
            `“points”为空：请为“${item.indicator}”的值给出分数`,
            `"points" is empty: give scores for the values of "${item.indicator}"`,
          );
    ctx.error('invalid-scoring', text, [...path, 'points']);
    return undefined;
  }
  if (Array.isArray(item.points)) {
    const bands: PointBand[] = [];
    for (const [j, [text, points]] of item.points.entries()) {
      const parsed = readBand(text);
      if (parsed && 'problem' in parsed) {
        ctx.error('invalid-band', parsed.problem, [...path, 'points', j, 0]);
        return undefined;
      }
      if (!parsed) {
        const message = localized(
          `“${text}”不是区间；请写成如 "≤ 38" 或 "(38, 42]"`,
          `"${text}" is not a band; write e.g. "≤ 38" or "(38, 42]"`,
        );
        ctx.error('invalid-band', message, [...path, 'points', j, 0]);
        return undefined;
      }
      bands.push({ band: parsed.band, points, index: j });
    }
    if (info.kind !== 'number') {
      const text = localized(
        `区间只能给数值评分；“${item.indicator}”不是数值`,
        `bands score numbers; "${item.indicator}" is not a number`,
      );
      ctx.error('invalid-scoring', text, [...path, 'points']);
      return undefined;
    }
    const range = indicatorRange(ctx, item.indicator);
    const integer = isIntegerIndicator(ctx.doc, item.indicator);
    if (!checkPointBands(ctx, item.indicator, bands, path, { ...(range ? { range } : {}), integer }))
      return undefined;
    return { k: 'points', arg, bands: bands.map(({ band, points }) => ({ band, points })) };
  }
  const map = new Map(Object.entries(item.points));
  checkPointsMap(ctx, item.indicator, info, map, path);
  return { k: 'points', arg, map };
}

/** Whether `name` is a derived value written in the file (not a dimension's score or the total). */
function isDerived(ctx: ModelContext, name: string): boolean {
  return ownEntry(ctx.doc.derived, name) !== undefined;
}

/**
 * An item's name that is neither an indicator nor a derived value: a near miss gets "是否要写" (`forwardTrance`);
 * a dimension or the total is said to be a score, which no item can score.
 */
function unknownItemText(ctx: ModelContext, name: string): LocalizedText {
  if (ctx.values.has(name))
    return localized(
      `“${name}”是维度得分或总分，不能作为评分项；评分项应为指标或派生值`,
      `"${name}" is a dimension's score or the total, which cannot be an item; an item scores an indicator or a derived value`,
    );
  const names = [...Object.keys(ctx.doc.indicators ?? {}), ...Object.keys(ctx.doc.derived ?? {})];
  // Every name equally close, not the first (as an unknown indicator's in a condition).
  const ties = closestTies(name, names);
  const hint = didYouMean(ties.length > 0 ? ties : sameWordsName(name, names));
  return localized(
    `未知的指标或派生值“${name}”${hint.zh}`,
    `unknown indicator or derived value "${name}"${hint.en}`,
  );
}

/** An indicator's `range` as read (its problems are told where the indicator is resolved). */
function indicatorRange(ctx: ModelContext, name: string): Band | undefined {
  const written = ownEntry(ctx.doc.indicators, name)?.range;
  const read = typeof written === 'string' ? readBand(written) : undefined;
  return read && !('problem' in read) ? read.band : undefined;
}

/** An item of the model from its resolved points expression. */
function scoringItem(doc: ScoringItemDocument, weight: number, e: Expr): ScoringItemModel {
  const points = e as Extract<Expr, { k: 'points' }>;
  const item: ScoringItemModel = {
    indicator: doc.indicator,
    slot: (points.arg as Extract<Expr, { k: 'ref' }>).slot,
    weight,
  };
  if (points.map) item.map = points.map;
  if (points.bands) item.bands = points.bands;
  if (doc.missing === 'reweight') item.reweight = true;
  return item;
}

/** A dimension's mean whose items marked by `reweights` drop out when the record leaves them out. */
function reweightedMean(
  parts: [number, Expr | undefined][],
  reweights: (j: number) => boolean,
): Expr | undefined {
  if (parts.some(([, e]) => !e)) return undefined;
  return {
    k: 'mean',
    parts: parts.map(([weight, e], j) =>
      reweights(j) ? { weight, expr: e!, reweights: true } : { weight, expr: e! },
    ),
  };
}

/**
 * A weighted mean of the parts (a dimension's items, the total's dimensions), computed as `countedMean` (model/counted-mean)
 * computes it, every part counted: shares such as 20/90 are not taken first, so a total exactly at a cutoff meets it.
 */
function weightedMean(parts: [number, Expr | undefined][]): Expr | undefined {
  if (parts.some(([, e]) => !e)) return undefined;
  return { k: 'mean', parts: parts.map(([weight, e]) => ({ weight, expr: e! })) };
}
