import type { RuleProperties } from 'json-rules-engine';
import { compileRuleSet } from '../compile/compile-rule-set';
import type { JsonSchema, RecordLimits } from '../compile/input-schema';
import { toJsonRulesEngineRules } from '../compile/jre-rules';
import type { RecordFacts } from '../compile/record-facts';
import { createCompiledRunner } from '../evaluate/compiled-runner';
import { createJsonRulesEngineRunner, type EngineExtensions } from '../evaluate/jre-runner';
import type { CheckRunner } from '../evaluate/runner';
import { explainRecord } from '../explain/explain-record';
import { invalidRecord } from '../explain/invalid-record';
import type { GradeResult, RecordError } from '../model/grade-result';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { localized } from '../text/localized-text';

/**
 * Which evaluator grades: compiled closures (default) or json-rules-engine.
 *
 * @example
 * const grader = createGrader(ruleSet, { engine: 'json-rules-engine' });
 * grader.engine; // 'json-rules-engine'
 */
export type EngineChoice = 'compiled' | 'json-rules-engine';

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
   * results (a differential test holds them to it). Custom `operators` need
   * json-rules-engine.
   */
  engine?: EngineChoice;
  /** Limits on records; see {@link RecordLimits}. */
  limits?: RecordLimits;
}

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
  /** JSON Schema of the records this grader accepts. */
  readonly inputSchema: JsonSchema;
  /** The rule set as json-rules-engine rules (one per requirement). */
  readonly rules: readonly RuleProperties[];
  /** Grades one record. Never rejects for a bad record: `errors` says what is wrong. */
  grade(record: unknown): Promise<GradeResult>;
  /** Grades one record synchronously (compiled engine only). */
  gradeSync(record: unknown): GradeResult;
  /**
   * Only the grade id (or `null` when not graded), without building the
   * explanation; synchronous, compiled engine only. Use it where throughput
   * matters more than the explanation, e.g. regrading a whole catalogue.
   */
  gradeOnly(record: unknown): string | null;
  /** Grades records from an array or (async) iterable; yields one result per record, in input order. */
  gradeMany(records: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<GradeResult>;
}

/**
 * Compiles a rule set into a grader, once. Every result explains itself:
 * each requirement with its measured value, limit, pass or fail and grade,
 * and what would lift the record to the next grade.
 *
 * @example
 * const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
 * const result = await grader.grade({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
 * result.grade;               // "2"
 * result.nextGrade?.blockers; // [{ id: "apf@1", limit: { text: "≥ 5.00" }, ... }]
 */
export function createGrader(ruleSet: RuleSet, options: GraderOptions = {}): Grader {
  const compiled = compileRuleSet(modelOf(ruleSet), options.limits);
  const engine: EngineChoice = options.engine ?? (options.operators ? 'json-rules-engine' : 'compiled');
  if (options.operators && engine === 'compiled') {
    throw new TypeError('custom operators run in json-rules-engine: pass engine: "json-rules-engine"');
  }
  // A record whose properties throw when read (a hostile Proxy) is an error row, not a crash.
  const read = (record: unknown): RecordFacts | RecordError[] => {
    try {
      return compiled.reader.read(record);
    } catch {
      return [
        {
          field: '',
          code: 'unreadable',
          message: localized('无法读取记录的字段', 'the record’s fields cannot be read'),
        },
      ];
    }
  };
  const runner = createCompiledRunner(compiled);
  let rules: RuleProperties[] | undefined;
  const jreRules = () => {
    rules ??= toJsonRulesEngineRules(compiled.checks);
    return rules;
  };
  let jre: Promise<CheckRunner> | undefined;
  const jreRunner = (): Promise<CheckRunner> => {
    jre ??= createJsonRulesEngineRunner(compiled.checks, compiled.model.slots, jreRules(), options);
    return jre;
  };

  const gradeSync = (record: unknown): GradeResult => {
    const facts = read(record);
    if (Array.isArray(facts)) return invalidRecord(compiled.model, facts);
    return explainRecord(compiled, runner.run(facts), facts);
  };
  const grade = async (record: unknown): Promise<GradeResult> => {
    if (engine === 'compiled') return gradeSync(record);
    const facts = read(record);
    if (Array.isArray(facts)) return invalidRecord(compiled.model, facts);
    return explainRecord(compiled, await (await jreRunner()).run(facts), facts);
  };

  return {
    ruleSet,
    engine,
    inputSchema: compiled.inputSchema,
    get rules() {
      return jreRules();
    },
    grade,
    gradeSync(record) {
      if (engine !== 'compiled') throw new TypeError('gradeSync needs the compiled engine');
      return gradeSync(record);
    },
    gradeOnly(record) {
      if (engine !== 'compiled') throw new TypeError('gradeOnly needs the compiled engine');
      const facts = read(record);
      if (Array.isArray(facts)) return null;
      return runner.gradeOnly(facts);
    },
    async *gradeMany(records) {
      for await (const record of records as AsyncIterable<unknown>) yield await grade(record);
    },
  };
}
