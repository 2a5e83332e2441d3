import type { RuleProperties } from 'json-rules-engine';
import { abortableRecords, type StreamOptions, streamSignal, untilAborted } from '../batch/abort-signal';
import { type GradeRecord, gradeRecords } from '../batch/grade-stream';
import { recordsArgument } from '../batch/records-argument';
import type { CheckOutcome } from '../compile/check-outcome';
import { type CompiledRuleSet, compileRuleSet } from '../compile/compile-rule-set';
import type { JsonSchema, RecordLimits } from '../compile/input-schema';
import { toJsonRulesEngineRules } from '../compile/jre-rules';
import { compileMarkedStatistics } from '../compile/marked-values';
import type { RecordFacts } from '../compile/record-facts';
import type { RecordSnapshot, UnreadableRecord } from '../compile/record-snapshot';
import { knownKeys, knownOptions, optionKeys } from '../errors/options-argument';
import { UsageError } from '../errors/usage-error';
import { createCompiledRunner } from '../evaluate/compiled-runner';
import { createJsonRulesEngineRunner, type EngineExtensions } from '../evaluate/jre-runner';
import type { CheckRunner } from '../evaluate/runner';
import { type BriefResult, briefRecorder } from '../explain/brief-record';
import { explainFailing, explainRecord } from '../explain/explain-record';
import { invalidRecord } from '../explain/invalid-record';
import { closeRecordKeys } from '../input/close-keys';
import { textValueAdvice } from '../input/text-value-advice';
import type { GradeResult, RecordError } from '../model/grade-result';
import type { GroupResult } from '../model/group-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { localized } from '../text/localized-text';
import { compiledOnly } from './compiled-only';
import { GroupGrading } from './grade-group';

/**
 * Which evaluator grades: compiled closures (default) or json-rules-engine.
 *
 * @example
 * const grader = createGrader(ruleSet, { engine: 'json-rules-engine' });
 * grader.engine; // 'json-rules-engine'
 */
export type EngineChoice = 'compiled' | 'json-rules-engine';

const ENGINES: readonly EngineChoice[] = ['compiled', 'json-rules-engine'];

/**
 * Options for {@link createGrader}.
 *
 * @example
 * createGrader(ruleSet, { engine: 'compiled', limits: { maxTextLength: 1000 } });
 */
export interface GraderOptions extends EngineExtensions {
  /**
   * `compiled` (default) runs the rule set as compiled closures, synchronously;
   * `json-rules-engine` runs it through json-rules-engine. Both give identical
   * results (a differential test holds them to it). Passing `operators`
   * (which no rule set can use) requires json-rules-engine. Any other value
   * is a usage error.
   */
  engine?: EngineChoice | undefined;
  /** Limits on records; see {@link RecordLimits} (a negative or NaN limit is replaced by the default). */
  limits?: RecordLimits | undefined;
}

const GRADER_OPTION_KEYS = optionKeys<GraderOptions>({ engine: true, limits: true, operators: true });
const RECORD_LIMIT_KEYS = optionKeys<RecordLimits>({ maxTextLength: true });

/**
 * Grades records against one rule set. Create it once and reuse it: it is safe for concurrent use.
 *
 * @example
 * const grader: Grader = createGrader(ruleSet);
 * const result = grader.gradeSync(record);
 * const grade = grader.gradeOnly(record); // no explanation, faster
 */
export interface Grader {
  /** The rule set it grades against. */
  readonly ruleSet: RuleSet;
  /** Which evaluator this grader uses. */
  readonly engine: EngineChoice;
  /**
   * JSON Schema (draft 2020-12) of the records this grader accepts: types, ranges, allowed values,
   * required fields. It cannot say what ties two fields together, so a record valid against it may still
   * be an invalid result: indicators read specimen by specimen together (a derived value per specimen)
   * with different specimen counts (`specimen-count-mismatch`), or a derived value that cannot be
   * computed (`not-computable`, a division by zero). Validating with it first is not enough: grade (or
   * `gradeOnly`) and read the result's `errors`.
   */
  readonly inputSchema: JsonSchema;
  /** The rule set as json-rules-engine rules (one per requirement). */
  readonly rules: readonly RuleProperties[];
  /**
   * Grades one record. Never rejects for a bad record: `errors` says what is wrong. A record is read from
   * its own properties only: a class instance's getter or a Map's entry is not a value (its "missing"
   * error says so); pass a plain object (an ORM entity's `toJSON()`, `Object.fromEntries(map)`).
   */
  grade(record: unknown): Promise<GradeResult>;
  /** Grades one record synchronously (compiled engine only: on a json-rules-engine grader it throws a usage error). */
  gradeSync(record: unknown): GradeResult;
  /**
   * Only the grade id (or `null` when not graded), without building the
   * explanation; synchronous, compiled engine only. Use it where throughput
   * matters more than the explanation, e.g. regrading a whole catalogue.
   */
  gradeOnly(record: unknown): string | null;
  /**
   * Grades records from an array or (async) iterable; yields one result per record, in input order.
   * Anything else (`null`, a single record, a string) rejects with a usage error when iterated.
   * The results carry no `row` (their order is the records'): `gradeFile` and a pool's
   * `gradeManyToNdjson` number them, as the CLI does. `options.signal` (an `AbortSignal`) stops it: the
   * loop gets a `QgradeError` with code `aborted` after the results it had, and the records' iterator is
   * closed (see {@link StreamOptions}).
   *
   * @example
   * // A request's records, given at most 5 s:
   * for await (const result of grader.gradeMany(records, { signal: AbortSignal.timeout(5000) })) send(result);
   */
  gradeMany(
    records: Iterable<unknown> | AsyncIterable<unknown>,
    options?: StreamOptions,
  ): AsyncGenerator<GradeResult>;
  /**
   * Grades a group of records (a lot, a month's samples) as a unit, with the
   * rule set's `group` statistics: the grade every record reaches, held down
   * by the requirements on the statistics. Records are numbered from 1 in
   * the order given; synchronous, compiled engine only. Memory does not grow
   * with the group: pass a generator for a large one.
   *
   * @param records - the group's records, at least one
   * @param key - the group's key, shown as `group` in the result
   */
  gradeGroup(records: Iterable<unknown>, key?: string): GroupResult;
}

/**
 * Compiles a rule set into a grader, once. Every result explains itself:
 * each requirement with its measured value, limit, pass or fail and grade,
 * and what would lift the record to the next grade.
 *
 * Throws a {@link QgradeError} with code `usage` for an unknown `engine`,
 * custom `operators` with the compiled engine, or a `ruleSet` this module
 * did not load: a rule set is tied to the qgrade module that loaded it (the
 * ESM and CommonJS builds, and `qgrade` and `qgrade/browser`, are separate
 * copies; a `structuredClone` or JSON copy is plain data), so load it with
 * the same entry's `loadRuleSet`/`parseRuleSet` (`loadBundledRuleSet`/`parseRuleSet` in `qgrade/browser`).
 *
 * @example
 * const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
 * const result = await grader.grade({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
 * result.grade;               // "2"
 * result.nextGrade?.blockers; // [{ id: "apf@1", limit: { text: "≥ 5.00" }, ... }]
 */
export function createGrader(ruleSet: RuleSet, options: GraderOptions = {}): Grader {
  return compileGrader(ruleSet, options).grader;
}

/** How a batch tool grades one record with a grader: synchronously where its engine allows. */
export function gradeFunction(grader: Grader): GradeRecord {
  return grader.engine === 'compiled' ? grader.gradeSync : grader.grade;
}

/**
 * A grader and the two halves of its reading, for batch tools that read a
 * record in one thread and grade it in another: `snapshot` takes the
 * record's values once into plain data, and the `grade…` methods grade a
 * record or such a snapshot, each explaining as much as its output shows.
 */
export interface SplitGrader {
  grader: Grader;
  /** The compiled rule set: what a thread explaining outcomes graded elsewhere needs. */
  compiled: CompiledRuleSet;
  snapshot(record: unknown): RecordSnapshot | UnreadableRecord;
  /**
   * A record's check outcomes and its values, not explained (or what is wrong with it): the half of
   * grading a pool's worker does, the explanation being built where the result is wanted. The
   * outcomes are reused for the next record: read them first.
   */
  outcomes(input: GraderInput): { outcomes: readonly CheckOutcome[]; facts: RecordFacts } | RecordError[];
  /** The full result, as `grader.gradeSync` gives it. */
  gradeFull(input: GraderInput): GradeResult;
  /**
   * For output that shows only the grade: a graded record's grade and failed requirements, with no
   * explanation built; a record that is not graded (or invalid) gets its result with only the
   * requirements that hold it back, as {@link SplitGrader.gradeFailing} gives it: they are what its
   * `notGradedReason` is made of.
   */
  gradeBrief(input: GraderInput): BriefResult | GradeResult;
  /**
   * For output that shows no passing requirement (CSV, Markdown, the table, `--detail failing`): the
   * record's result with only the requirements that hold it back in `criteria` (see `explainFailing`).
   */
  gradeFailing(input: GraderInput): GradeResult;
  /** Grades a record (compiled engine) and gives its values by slot too (`null` when invalid), for group statistics. */
  gradeWithValues(record: unknown): { result: GradeResult; values: readonly unknown[] | null };
}

/** A record, or its values as {@link SplitGrader.snapshot} took them (on another thread). */
export type GraderInput = { record: unknown } | { snapshot: RecordSnapshot | UnreadableRecord };

/** {@link createGrader}, with the halves a batch tool needs (see {@link SplitGrader}). */
export function compileGrader(ruleSet: RuleSet, options: GraderOptions = {}): SplitGrader {
  knownOptions(options, 'createGrader', '{ engine: "compiled" }', GRADER_OPTION_KEYS);
  if (typeof options.limits === 'object' && options.limits !== null)
    knownKeys(options.limits, 'createGrader', RECORD_LIMIT_KEYS, 'options.limits');
  const engine: EngineChoice = options.engine ?? (options.operators ? 'json-rules-engine' : 'compiled');
  if (!ENGINES.includes(engine)) {
    throw new UsageError(
      localized(
        `engine 应为“compiled”或“json-rules-engine”，收到的是 ${JSON.stringify(engine) ?? String(engine)}`,
        `engine must be "compiled" or "json-rules-engine", got ${JSON.stringify(engine) ?? String(engine)}`,
      ),
    );
  }
  if (options.operators && engine === 'compiled') {
    throw new UsageError(
      localized(
        '自定义运算符（operators）只在 json-rules-engine 中运行：请传入 engine: "json-rules-engine"',
        'custom operators run in json-rules-engine: pass engine: "json-rules-engine"',
      ),
    );
  }
  // A JSON record's key that a table's header would read as, or find close to, a defaulted indicator: refused.
  const compiled = compileRuleSet(
    modelOf(ruleSet, 'createGrader'),
    options.limits,
    closeRecordKeys(ruleSet.indicators),
    // A text value under a number is told what a cell holding it is told (standards-39 F4).
    textValueAdvice(ruleSet.indicators),
  );
  const { reader, model } = compiled;
  const runner = createCompiledRunner(compiled);
  const brief = briefRecorder(compiled);
  let rules: RuleProperties[] | undefined;
  const jreRules = () => {
    rules ??= toJsonRulesEngineRules(compiled.checks);
    return rules;
  };
  let jre: Promise<CheckRunner> | undefined;
  const jreRunner = (): Promise<CheckRunner> => {
    jre ??= createJsonRulesEngineRunner(compiled.checks, model.slots, jreRules(), options);
    return jre;
  };

  const gradeFacts = (facts: RecordFacts | RecordError[]): GradeResult =>
    Array.isArray(facts) ? invalidRecord(model, facts) : explainRecord(compiled, runner.run(facts), facts);
  const gradeSync = (record: unknown): GradeResult => gradeFacts(reader.read(record));
  const grade = async (record: unknown): Promise<GradeResult> => {
    if (engine === 'compiled') return gradeSync(record);
    const facts = reader.read(record);
    if (Array.isArray(facts)) return invalidRecord(model, facts);
    return explainRecord(compiled, await (await jreRunner()).run(facts), facts);
  };
  // A marked value a group statistic reads leaves the record out of its group's statistics (hostile-34 W2).
  const markedStatistics = compileMarkedStatistics(model);
  const gradeWithValues = (record: unknown) => {
    const read = reader.read(record);
    const facts = markedStatistics && !Array.isArray(read) ? (markedStatistics(read) ?? read) : read;
    return Array.isArray(facts)
      ? { result: invalidRecord(model, facts), values: null }
      : { result: explainRecord(compiled, runner.run(facts), facts), values: facts.values };
  };
  const factsOf = (input: GraderInput): RecordFacts | RecordError[] =>
    'record' in input
      ? reader.read(input.record)
      : 'errors' in input.snapshot
        ? input.snapshot.errors
        : reader.facts(input.snapshot);

  const grader: Grader = {
    ruleSet,
    engine,
    inputSchema: compiled.inputSchema,
    get rules() {
      return jreRules();
    },
    grade,
    gradeSync(record) {
      compiledOnly(engine, 'gradeSync');
      return gradeSync(record);
    },
    gradeOnly(record) {
      compiledOnly(engine, 'gradeOnly');
      const facts = reader.read(record);
      return Array.isArray(facts) ? null : runner.gradeOnly(facts);
    },
    async *gradeMany(records, options) {
      const checked = recordsArgument(records, 'gradeMany', true);
      const signal = streamSignal(options, 'gradeMany');
      if (signal === undefined) yield* gradeRecords(checked, grade);
      else
        yield* untilAborted(
          gradeRecords(abortableRecords(checked, signal, 'gradeMany'), grade),
          signal,
          'gradeMany',
        );
    },
    gradeGroup(records, key = '') {
      compiledOnly(engine, 'gradeGroup');
      const group = new GroupGrading(model, key);
      let row = 0;
      for (const record of recordsArgument(records, 'gradeGroup', false)) {
        const { result, values } = gradeWithValues(record);
        group.add({ row: ++row, result, values });
      }
      if (row === 0) {
        throw new UsageError(
          localized('gradeGroup 至少需要一条记录', 'gradeGroup needs at least one record'),
        );
      }
      return group.finish();
    },
  };
  return {
    grader,
    compiled,
    snapshot: reader.snapshot,
    outcomes(input) {
      compiledOnly(engine, 'outcomes');
      const facts = factsOf(input);
      return Array.isArray(facts) ? facts : { outcomes: runner.run(facts), facts };
    },
    gradeFull(input) {
      compiledOnly(engine, 'gradeFull');
      return gradeFacts(factsOf(input));
    },
    gradeBrief(input) {
      compiledOnly(engine, 'gradeBrief');
      const facts = factsOf(input);
      if (Array.isArray(facts)) return invalidRecord(model, facts);
      const outcomes = runner.run(facts);
      return brief(outcomes) ?? explainFailing(compiled, outcomes, facts);
    },
    gradeFailing(input) {
      compiledOnly(engine, 'gradeFailing');
      const facts = factsOf(input);
      return Array.isArray(facts)
        ? invalidRecord(model, facts)
        : explainFailing(compiled, runner.run(facts), facts);
    },
    gradeWithValues(record) {
      compiledOnly(engine, 'gradeWithValues');
      return gradeWithValues(record);
    },
  };
}
