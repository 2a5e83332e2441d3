import type { Engine, RuleProperties } from 'json-rules-engine';
import { type CheckOutcome, CONDITION_FAILED, CONDITION_PASSED } from '../compile/check-outcome';
import type { CompiledCheck } from '../compile/compile-check';
import { JRE_FACTS } from '../compile/jre-rules';
import type { RecordFacts } from '../compile/record-facts';
import { bandContains } from '../model/band';
import type { CheckRunner } from './runner';

/** Per run: the record's facts and each check's reading, computed once when the engine first asks. */
class RunContext {
  readonly #readings: (CheckOutcome | undefined)[];
  constructor(
    readonly facts: RecordFacts,
    readonly checks: readonly CompiledCheck[],
  ) {
    this.#readings = new Array(checks.length);
  }
  reading(index: number): CheckOutcome {
    let r = this.#readings[index];
    if (!r) {
      r = this.checks[index]!.read(this.facts);
      this.#readings[index] = r;
    }
    return r;
  }
}

/** Options that only the json-rules-engine path understands. */
export interface EngineExtensions {
  /**
   * Operators added to each json-rules-engine instance: name → (factValue, value) => boolean.
   * No rule set reaches them: a rule file's conditions may name only
   * json-rules-engine's built-in operators, and loading refuses any other
   * name, so a rule file cannot call code of the caller's either.
   *
   * @deprecated It has no effect on grading; it is kept so existing calls still compile.
   */
  operators?: Record<string, (factValue: unknown, value: unknown) => boolean>;
}

/**
 * A runner that grades through json-rules-engine. The engine (and JSONPath
 * under it) is imported here, when a caller first asks for this runner, so
 * `import 'qgrade'` never loads it. Engines are pooled: json-rules-engine
 * keeps a run's status on the engine, so concurrent runs each take their own.
 *
 * @param rules - the rule set as json-rules-engine rules ({@link toJsonRulesEngineRules})
 */
export async function createJsonRulesEngineRunner(
  checks: readonly CompiledCheck[],
  slots: ReadonlyMap<string, number>,
  rules: readonly RuleProperties[],
  extensions: EngineExtensions = {},
): Promise<CheckRunner> {
  const loaded = await import('json-rules-engine');
  // A CommonJS package: a bundler that splits it into a chunk of its own (esbuild --splitting) gives
  // only its `default`, Node gives the named export too.
  const Engine = loaded.Engine ?? (loaded as unknown as { default: typeof loaded }).default.Engine;
  const idle: Engine[] = [];
  const create = (): Engine => {
    const engine = new Engine([], {
      allowUndefinedFacts: false,
      // Rule files cannot use `path`; should one reach the engine, it resolves to nothing rather than run JSONPath.
      pathResolver: () => undefined,
    });
    engine.addOperator(
      JRE_FACTS.within,
      (a: unknown, band: unknown) => typeof a === 'number' && bandContains(band as never, a),
    );
    for (const [name, fn] of Object.entries(extensions.operators ?? {})) engine.addOperator(name, fn);
    const ctx = (almanac: { factValue<T>(id: string): Promise<T> }) =>
      almanac.factValue<RunContext>(JRE_FACTS.context);
    engine.addFact(JRE_FACTS.ready, async (p, a) => (await ctx(a)).reading(p.check).state);
    engine.addFact(JRE_FACTS.compared, async (p, a) => (await ctx(a)).reading(p.check).compared);
    engine.addFact(JRE_FACTS.failing, async (p, a) => (await ctx(a)).reading(p.check).failing?.length);
    engine.addFact(JRE_FACTS.passing, async (p, a) => {
      const r = (await ctx(a)).reading(p.check);
      return r.specimens && r.failing ? r.specimens.length - r.failing.length : undefined;
    });
    engine.addFact(JRE_FACTS.limit, async (p, a) => {
      const limit = (await ctx(a)).reading(p.check).limit;
      return limit?.band ?? limit?.value;
    });
    for (const [name, slot] of slots)
      engine.addFact(name, async (_p, a) => (await ctx(a)).facts.values[slot]);
    for (const rule of rules) engine.addRule(rule);
    return engine;
  };
  idle.push(create());
  return {
    async run(facts) {
      const engine = idle.pop() ?? create();
      try {
        const context = new RunContext(facts, checks);
        const { results, failureResults } = await engine.run({ [JRE_FACTS.context]: context });
        const outcomes = new Array<CheckOutcome>(checks.length);
        for (const r of [...results, ...failureResults]) {
          const index = Number(r.name);
          outcomes[index] = toOutcome(
            checks[index]!,
            (r.conditions as { all: JreConditionResult[] }).all,
            context,
          );
        }
        return outcomes;
      } finally {
        idle.push(engine);
      }
    },
  };
}

interface JreConditionResult {
  result?: boolean;
  factResult?: unknown;
}

function toOutcome(
  check: CompiledCheck,
  conditions: JreConditionResult[],
  context: RunContext,
): CheckOutcome {
  if (check.model.when && conditions[0]?.result === false) return check.skipped(context.facts);
  const last = conditions[conditions.length - 1]!;
  if (check.model.test.kind === 'condition') return last.result ? CONDITION_PASSED : CONDITION_FAILED;
  const ready = conditions[conditions.length - 2]!;
  const reading = context.reading(check.index);
  if (ready.result === false) return reading;
  // The engine's own verdict and the value it compared (for a count of specimens, it compared the count).
  const counted = reading.failing !== undefined;
  return {
    ...reading,
    status: last.result ? 'passed' : 'failed',
    compared: counted ? reading.compared : (last.factResult as CheckOutcome['compared']),
  };
}
