import type { RuleSetModel } from '../model/rule-set-model';
import type { LocalizedText } from '../text/localized-text';
import { type CompiledCheck, compileCheck } from './compile-check';
import {
  type CriterionExplainer,
  compileExplainer,
  type DefaultedExplainer,
  type ValueEnd,
  type WrittenExplainer,
} from './compile-explainer';
import { compileRecordReader, type RecordReader } from './compile-reader';
import { compileTable } from './compile-table';
import { defaultInputsOf } from './default-inputs';
import { inputSchema, type JsonSchema, type RecordLimits } from './input-schema';
import type { CloseKeys } from './near-miss-keys';
import type { TextValueAdvice } from './validate-record';
import { valueFigures } from './value-figures';
import { noteIndicatorValueLabels } from './value-label-text';

/**
 * A rule set compiled once: everything that runs per record — the record
 * reader, the checks (scope first, then criteria) and their explanations.
 */
export interface CompiledRuleSet {
  model: RuleSetModel;
  reader: RecordReader;
  checks: CompiledCheck[];
  /** The explanation of each check, compiled with it. */
  explainers: CriterionExplainer[];
  /**
   * For a record some of whose values are defaults: per check, the explanation
   * that says so, `undefined` where the check's value depends on no default
   * (its `explainers` entry serves).
   */
  defaultedExplainers: (DefaultedExplainer | undefined)[];
  /** Per check, the result of an outcome not checked for want of a table row (`CompiledExplainer.notChecked`). */
  notCheckedExplainers: CriterionExplainer[];
  /** The checks that have one, in order: the few a record with defaults has explained again. */
  defaultedChecks: number[];
  /** Per check, the result of a value written with a rounding mark (`CompiledExplainer.written`). */
  writtenExplainers: WrittenExplainer[];
  /**
   * Per check, the slot of the indicator it tests when that is a number or an integer read as one value (what a
   * rounding mark or a bound can be written on), else -1.
   */
  markableSlots: Int32Array;
  /** Per check, where a result's value text ends: for text added when a result is shown, not in grading. */
  valueEnds: ValueEnd[];
  /** Scope checks, for grade-only evaluation. */
  scope: CompiledCheck[];
  /** Criteria grouped by grade index (lowest first), for grade-only evaluation. */
  byGrade: CompiledCheck[][];
  /** Per check, the index of its grade in the model's grades; -1 for a scope check. */
  gradeOf: Int32Array;
  /** Per grade index, the indices of its checks in order: where a record's next-grade blockers are looked for. */
  checksOf: number[][];
  inputSchema: JsonSchema;
  /**
   * How many limit keys (`LimitValue.key`) compiling handed out (literals, table cells): a key at or above it was
   * given to a computed limit as this compiled rule set first met its value, so another compilation of the
   * same rule set (a pool's worker) may give it to another limit.
   */
  fixedKeys: number;
}

/**
 * Compiles a resolved rule set: everything per-record work needs, decided once.
 *
 * @param closeKeys - a record's keys close to an indicator with a default, as a header would be read (given by
 *   a layer above: the header reading is input's); see `compileNearMissKeys`
 * @param advice - what a record's text value under a number indicator is told, as a cell holding it would be (given
 *   by a layer above: the cell reading is input's)
 */
export function compileRuleSet(
  model: RuleSetModel,
  limits: RecordLimits = {},
  closeKeys?: CloseKeys,
  advice?: TextValueAdvice,
): CompiledRuleSet {
  const schema = inputSchema(model, limits);
  let nextKey = 0;
  const keys = () => nextKey++;
  const tables = model.tables.map((t) => compileTable(t, keys));
  const all = [...model.scope, ...model.criteria];
  const checks = all.map((c, i) => compileCheck(c, i, model, keys));
  const decimalsOf = new Map(model.derived.map((d) => [d.name, d.decimals] as const));
  const unitOf = new Map<string, string | undefined>([
    ...model.indicators.map((i) => [i.name, i.unit] as const),
    ...model.derived.map((d) => [d.name, d.unit] as const),
  ]);
  const valueLabelsOf = new Map(
    model.indicators.flatMap((i) => (i.valueLabels ? [[i.name, i.valueLabels] as const] : [])),
  );
  // A score's item names its indicator by its label: its value (取 热泵型) by the value's label.
  for (const i of model.indicators) if (i.valueLabels) noteIndicatorValueLabels(i.label, i.valueLabels);
  const budget = { kept: 0, values: 0 };
  const defaultInputs = defaultInputsOf(model);
  // By slot: what an explanation calls a value the record leaves out.
  const labels = [...model.indicators, ...model.derived].reduce<LocalizedText[]>((out, v) => {
    out[v.slot] = v.label;
    return out;
  }, []);
  // One figure per computed value on every line of a record's explanation, from all the limits it meets.
  const figures = valueFigures(model, all);
  // What a result not checked for want of a table row names: the table, and each key with its unit.
  const tableKeys = model.tables.map((t) => ({
    name: t.name,
    keys: t.keys.map((k) => ({ indicator: k.indicator, slot: k.slot, unit: unitOf.get(k.indicator) })),
  }));
  const compiledExplainers = checks.map((check, i) => {
    const subject = check.model.subject;
    return compileExplainer(check, {
      unit: subject ? unitOf.get(subject) : undefined,
      decimals: subject ? decimalsOf.get(subject) : undefined,
      budget,
      derived: subject !== undefined && decimalsOf.has(subject),
      defaults: defaultInputs[i],
      labels,
      figure: figures[i],
      valueLabels: subject ? valueLabelsOf.get(subject) : undefined,
      onlyGrade: model.grades.length === 1,
      tables: tableKeys,
    });
  });
  const fixedKeys = nextKey;
  const gradeOf = Int32Array.from(checks, (c) => {
    const id = c.model.grade?.id;
    return id === undefined ? -1 : model.grades.findIndex((g) => g.id === id);
  });
  return {
    model,
    reader: compileRecordReader(model, tables, limits, closeKeys, checks, advice),
    checks,
    explainers: compiledExplainers.map((e) => e.explain),
    defaultedExplainers: compiledExplainers.map((e) => e.withDefaults),
    notCheckedExplainers: compiledExplainers.map((e) => e.notChecked),
    defaultedChecks: compiledExplainers.flatMap((e, i) => (e.withDefaults ? [i] : [])),
    writtenExplainers: compiledExplainers.map((e) => e.written),
    markableSlots: Int32Array.from(checks, (c) => {
      const subject = model.indicators.find((i) => i.name === c.model.subject);
      if (subject)
        return (subject.type === 'number' || subject.type === 'integer') && subject.specimens === 0
          ? subject.slot
          : -1;
      // A derived value computed from a marked value is shown as the interval it lies in (compileMarkedValues).
      const derived = model.derived.find((d) => d.name === c.model.subject);
      if (derived) return derived.perSpecimen ? -1 : derived.slot;
      // A score computed from a marked value is shown as the interval it lies in (compileMarkedValues).
      const scoring = model.scoring;
      if (!scoring || c.model.subject === undefined) return -1;
      const score = model.slots.get(c.model.subject);
      return score !== undefined &&
        (score === scoring.totalSlot || scoring.dimensions.some((d) => d.slot === score))
        ? score
        : -1;
    }),
    valueEnds: compiledExplainers.map((e) => e.valueEnd),
    inputSchema: schema,
    fixedKeys,
    scope: checks.filter((c) => c.model.grade === null),
    byGrade: model.grades.map((g) => checks.filter((c) => c.model.grade?.index === g.index)),
    gradeOf,
    checksOf: model.grades.map((_grade, g) => checks.flatMap((_check, i) => (gradeOf[i] === g ? [i] : []))),
  };
}
