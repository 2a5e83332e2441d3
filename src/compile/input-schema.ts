import type { Band } from '../model/band';
import type { ConditionModel, IndicatorModel, RuleSetModel } from '../model/rule-set-model';

/**
 * Limits on what a record may hold. Numbers are numbers, specimen lists are
 * bounded by each indicator's `specimens`, and fields a rule set does not name
 * are never read, so text is the only part of a graded record without a
 * natural bound.
 *
 * @example
 * const grader = createGrader(ruleSet, { limits: { maxTextLength: 2000 } });
 */
export interface RecordLimits {
  /**
   * Longest text value accepted for a `string` indicator, in UTF-16 code units
   * (JavaScript's `length`: a character outside the Basic Multilingual Plane,
   * such as an emoji, counts 2) (default 10,000). A negative or NaN limit is
   * replaced by the default, as `SourceLimits` does.
   */
  maxTextLength?: number;
}

/**
 * Defaults for {@link RecordLimits}; frozen, so no code in the process can
 * switch a limit off for every later grader.
 *
 * @example
 * DEFAULT_RECORD_LIMITS.maxTextLength // 10000
 */
export const DEFAULT_RECORD_LIMITS: Readonly<Required<RecordLimits>> = Object.freeze({
  maxTextLength: 10_000,
});

/**
 * The limits to apply: each given one that is a number of zero or more, the
 * default for any other (as `SourceLimits` are chosen). Read once, when
 * a grader is compiled.
 *
 * @example
 * recordLimits({ maxTextLength: -1 }).maxTextLength // 10000
 */
export function recordLimits(limits: RecordLimits = {}): Readonly<Required<RecordLimits>> {
  const v = limits.maxTextLength;
  return { maxTextLength: typeof v === 'number' && v >= 0 ? v : DEFAULT_RECORD_LIMITS.maxTextLength };
}

/**
 * A JSON Schema (draft 2020-12) object.
 *
 * @example
 * const schema: JsonSchema = createGrader(ruleSet).inputSchema;
 * schema.required; // ['unitType', 'ratedCoolingCapacity']
 */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of the records a rule set grades, generated from its
 * indicators: types, ranges, allowed values, required and conditionally
 * required fields. Fields the rule set does not name are allowed and ignored.
 * What ties fields together is not expressed (specimen counts that must
 * agree, a derived value that cannot be computed): the grader checks those.
 *
 * @example
 * inputSchema(model).required // ['unitType', 'ratedCoolingCapacity']
 */
export function inputSchema(model: RuleSetModel, limits: RecordLimits = {}): JsonSchema {
  const { maxTextLength } = recordLimits(limits);
  const properties: Record<string, JsonSchema> = {};
  for (const ind of model.indicators) properties[ind.name] = indicatorSchema(ind, maxTextLength);
  const conditional = model.indicators
    .filter((i) => i.requiredWhen)
    .map((i) => ({
      if: conditionSchema(i.requiredWhen!),
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword
      then: { required: [i.name], properties: { [i.name]: { not: { type: 'null' } } } },
    }));
  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${model.meta.title.en} — input record`,
    description: `A record graded by ${model.meta.id} ${model.meta.version}.${model.derived.length > 0 ? DERIVED_NOTE : ''}`,
    type: 'object',
    properties,
    required: model.indicators.filter((i) => i.required).map((i) => i.name),
  };
  if (conditional.length > 0) schema.allOf = conditional;
  return schema;
}

// Derived values tie fields together, which JSON Schema cannot say: a record valid here may still be refused.
const DERIVED_NOTE =
  ' Derived values are not checked here: indicators computed specimen by specimen must give the same number of specimens (specimen-count-mismatch), and a derived value must be computable (not-computable); grade the record to know.';

function indicatorSchema(ind: IndicatorModel, maxTextLength: number): JsonSchema {
  const base: JsonSchema = { title: ind.label.en, description: ind.label.zh };
  if (ind.unit) base.description = `${ind.label.zh} (${ind.unit})`;
  if (ind.default !== undefined) base.default = ind.default;
  const value = valueSchema(ind, maxTextLength);
  // null is "not stated", read as a field left out: allowed where the field may be left out.
  return ind.required ? { ...base, ...value } : { ...base, anyOf: [value, { type: 'null' }] };
}

function valueSchema(ind: IndicatorModel, maxTextLength: number): JsonSchema {
  if (ind.type === 'enum') return { enum: ind.values };
  if (ind.type === 'boolean') return { type: 'boolean' };
  if (ind.type === 'string') return { type: 'string', maxLength: maxTextLength };
  // The author's plausibility band beside the range, which may bound the same side (> 0 and ≥ 1000).
  const bands: JsonSchema = {
    ...rangeSchema(ind.range),
    ...(ind.plausible ? { allOf: [rangeSchema(ind.plausible)] } : {}),
  };
  const scalar: JsonSchema = { type: ind.type, ...bands };
  if (ind.specimens === 0) return scalar;
  // One value, or a list of one value per specimen.
  // A set of specimens (minSpecimens > 1) is a list; one value is one specimen.
  return {
    type: ind.minSpecimens > 1 ? 'array' : [ind.type, 'array'],
    ...(ind.minSpecimens > 1 ? {} : bands),
    items: scalar,
    minItems: Math.max(1, ind.minSpecimens),
    maxItems: ind.specimens,
  };
}

function rangeSchema(band: Band | undefined): JsonSchema {
  if (!band) return {};
  const out: JsonSchema = {};
  if (Number.isFinite(band.lower)) out[band.lowerInclusive ? 'minimum' : 'exclusiveMinimum'] = band.lower;
  if (Number.isFinite(band.upper)) out[band.upperInclusive ? 'maximum' : 'exclusiveMaximum'] = band.upper;
  return out;
}

function conditionSchema(c: ConditionModel): JsonSchema {
  if ('all' in c) return { allOf: c.all.map(conditionSchema) };
  if ('any' in c) return { anyOf: c.any.map(conditionSchema) };
  if ('not' in c) return { not: conditionSchema(c.not) };
  const value = c.value;
  const bySchema: Record<string, JsonSchema> = {
    equal: { const: value },
    notEqual: { not: { const: value } },
    in: { enum: value as unknown[] },
    notIn: { not: { enum: value as unknown[] } },
    greaterThan: { exclusiveMinimum: value },
    greaterThanInclusive: { minimum: value },
    lessThan: { exclusiveMaximum: value },
    lessThanInclusive: { maximum: value },
  };
  const schema = Object.hasOwn(bySchema, c.operator) ? bySchema[c.operator]! : {};
  return { properties: { [c.fact]: schema }, required: [c.fact] };
}
