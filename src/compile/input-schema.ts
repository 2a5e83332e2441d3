import type { Band } from '../model/band';
import { type JreOperator, jreOperator } from '../model/operators';
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
  const conditional: JsonSchema[] = [];
  const unstated: string[] = [];
  for (const i of model.indicators.filter((x) => x.requiredWhen)) {
    const when = conditionSchema(i.requiredWhen!);
    if (!when) {
      unstated.push(i.name);
      continue;
    }
    conditional.push({
      if: when,
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword
      then: { required: [i.name], properties: { [i.name]: { not: LEFT_OUT } } },
    });
  }
  const notes =
    (model.derived.length > 0 ? DERIVED_NOTE : '') + (unstated.length > 0 ? twoValuesNote(unstated) : '');
  const schema: JsonSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${model.meta.title.en} — input record`,
    description: `A record graded by ${model.meta.id} ${model.meta.version}.${notes}`,
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

// A `requiredWhen` that compares two of the record's values: JSON Schema cannot compare two fields.
function twoValuesNote(names: readonly string[]): string {
  return ` When ${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} required is not stated here: ${names.length > 1 ? 'their' : 'its'} requiredWhen compares two of the record's values; grade the record to know.`;
}

/** What the grader reads as a field left out: `null`, or text that is empty or white space alone. */
const LEFT_OUT: JsonSchema = { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\s*$' }] };

function indicatorSchema(ind: IndicatorModel, maxTextLength: number): JsonSchema {
  const base: JsonSchema = { title: ind.label.en, description: ind.label.zh };
  if (ind.unit) base.description = `${ind.label.zh} (${ind.unit})`;
  if (ind.default !== undefined) base.default = ind.default;
  const value = valueSchema(ind, maxTextLength);
  // null and blank text are "not stated", read as a field left out: allowed where the field may be left out.
  return ind.required ? { ...base, ...value } : { ...base, anyOf: [value, LEFT_OUT] };
}

function valueSchema(ind: IndicatorModel, maxTextLength: number): JsonSchema {
  if (ind.type === 'enum') return { enum: ind.values };
  if (ind.type === 'boolean') return { type: 'boolean' };
  // Blank text is a field left out to the grader, so it does not give a text the record must give.
  if (ind.type === 'string') return { type: 'string', maxLength: maxTextLength, pattern: '\\S' };
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

/**
 * Where `c` holds, read as the grader reads it (compile-condition.ts, json-rules-engine's operators) on the record as
 * given: a field left out (absent, `null`, blank text) is `undefined`, on which `notEqual` and `notIn` hold and the
 * other operators do not. `undefined` where a comparison of two values makes it one JSON Schema cannot state.
 */
function conditionSchema(c: ConditionModel): JsonSchema | undefined {
  if ('all' in c || 'any' in c) {
    const parts = ('all' in c ? c.all : c.any).map((p) => conditionSchema(p));
    if (parts.some((p) => p === undefined)) return undefined;
    return 'all' in c ? { allOf: parts } : { anyOf: parts };
  }
  if ('not' in c) {
    const inner = conditionSchema(c.not);
    return inner && { not: inner };
  }
  const value = c.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return undefined;
  const op = jreOperator(c.operator);
  if (!op) return undefined;
  const holds = givenValueSchema(c.operator, value);
  // Checked, not assumed: a left-out value is undefined to the operator, as it is to the grader.
  return op.holds(undefined, value)
    ? { properties: { [c.fact]: { anyOf: [LEFT_OUT, holds] } } }
    : { properties: { [c.fact]: holds }, required: [c.fact] };
}

/** The values, given, on which `operator` holds against `value`, as json-rules-engine's operators have it. */
function givenValueSchema(operator: JreOperator, value: unknown): JsonSchema {
  const numeric: Partial<Record<JreOperator, string>> = {
    greaterThan: 'exclusiveMinimum',
    greaterThanInclusive: 'minimum',
    lessThan: 'exclusiveMaximum',
    lessThanInclusive: 'maximum',
  };
  const bound = numeric[operator];
  // A numeric comparison of an indicator with specimens is refused at load (contracts-46): one value here.
  if (bound) return { type: 'number', [bound]: value };
  switch (operator) {
    case 'equal':
      return { const: value };
    case 'notEqual':
      return { not: { const: value } };
    case 'in':
      return { enum: value as unknown[] };
    case 'notIn':
      return { not: { enum: value as unknown[] } };
    case 'contains':
      return { type: 'array', contains: { const: value } };
    default:
      return { type: 'array', not: { contains: { const: value } } };
  }
}
