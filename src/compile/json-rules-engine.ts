import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import {
  type CheckOutcome,
  CONDITION_FAILED,
  CONDITION_PASSED,
  NOT_APPLICABLE,
} from '../evaluate/check-outcome';
import type { RecordFacts } from '../evaluate/record-facts';
import type { CompareOperator, ConditionModel } from '../model/rule-set-model';
import { bandContains } from '../validate/parse-band';
import type { CompiledCheck } from './compile-check';

const CONTEXT = 'qgrade:context';
const READY = 'qgrade:ready';
const COMPARED = 'qgrade:compared';
const LIMIT = 'qgrade:limit';
const WITHIN = 'qgradeWithin';

const OPERATOR: Record<CompareOperator, string> = {
  '>=': 'greaterThanInclusive',
  '>': 'greaterThan',
  '<=': 'lessThanInclusive',
  '<': 'lessThan',
  '=': 'equal',
  '!=': 'notEqual',
};

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
  /** Extra operators for escape-hatch conditions: name → (factValue, value) => boolean. */
  operators?: Record<string, (factValue: unknown, value: unknown) => boolean>;
}

/**
 * The rule set as json-rules-engine rules: one rule per check, so every
 * requirement is evaluated and reported. Inside a rule the conditions run by
 * priority — applicability (`when`), then readiness (a value and a limit
 * exist), then the comparison — so the engine skips a comparison only where
 * skipping is deliberate, and the explanation says which.
 */
export function toJsonRulesEngineRules(checks: readonly CompiledCheck[]): RuleProperties[] {
  return checks.map((check) => {
    const all: TopLevelCondition[] = [];
    const m = check.model;
    if (m.when) all.push({ ...(toJre(m.when) as object), priority: 3 } as TopLevelCondition);
    const params = { check: check.index };
    if (m.test.kind === 'condition')
      all.push({ ...(toJre(m.test.condition) as object), priority: 1 } as TopLevelCondition);
    else {
      all.push({
        fact: READY,
        params,
        operator: 'equal',
        value: 'ready',
        priority: 2,
      } as unknown as TopLevelCondition);
      const operator =
        m.test.kind === 'range'
          ? WITHIN
          : m.test.kind === 'member'
            ? m.test.negate
              ? 'notIn'
              : 'in'
            : OPERATOR[m.test.operator];
      all.push({
        fact: COMPARED,
        params,
        operator,
        value: { fact: LIMIT, params },
        priority: 1,
      } as unknown as TopLevelCondition);
    }
    return {
      name: String(check.index),
      priority: 1,
      conditions: { all },
      event: { type: 'qgrade:check', params },
    } as RuleProperties;
  });
}

function toJre(c: ConditionModel): unknown {
  if ('all' in c) return { all: c.all.map(toJre) };
  if ('any' in c) return { any: c.any.map(toJre) };
  if ('not' in c) return { not: toJre(c.not) };
  return { fact: c.fact, operator: c.operator, value: c.value };
}

/**
 * Runs records through json-rules-engine. Engines are pooled: json-rules-engine
 * keeps a run's status on the engine, so concurrent runs each take their own.
 */
export class JsonRulesEngineRunner {
  readonly #rules: RuleProperties[];
  readonly #checks: readonly CompiledCheck[];
  readonly #slots: ReadonlyMap<string, number>;
  readonly #extensions: EngineExtensions;
  readonly #idle: Engine[] = [];

  constructor(
    checks: readonly CompiledCheck[],
    slots: ReadonlyMap<string, number>,
    extensions: EngineExtensions = {},
  ) {
    this.#checks = checks;
    this.#rules = toJsonRulesEngineRules(checks);
    this.#slots = slots;
    this.#extensions = extensions;
    this.#idle.push(this.#create());
  }

  /** The rules as json-rules-engine receives them. */
  get rules(): readonly RuleProperties[] {
    return this.#rules;
  }

  async run(facts: RecordFacts): Promise<CheckOutcome[]> {
    const engine = this.#idle.pop() ?? this.#create();
    try {
      const context = new RunContext(facts, this.#checks);
      const { results, failureResults } = await engine.run({ [CONTEXT]: context });
      const outcomes = new Array<CheckOutcome>(this.#checks.length);
      for (const r of [...results, ...failureResults]) {
        const index = Number(r.name);
        outcomes[index] = toOutcome(
          this.#checks[index]!,
          (r.conditions as { all: JreConditionResult[] }).all,
          context,
        );
      }
      return outcomes;
    } finally {
      this.#idle.push(engine);
    }
  }

  #create(): Engine {
    const engine = new Engine([], {
      allowUndefinedFacts: false,
      // Rule files cannot use `path`; should one reach the engine, it resolves to nothing rather than run JSONPath.
      pathResolver: () => undefined,
    });
    engine.addOperator(
      WITHIN,
      (a: unknown, band: unknown) => typeof a === 'number' && bandContains(band as never, a),
    );
    for (const [name, fn] of Object.entries(this.#extensions.operators ?? {})) engine.addOperator(name, fn);
    const ctx = (almanac: { factValue<T>(id: string): Promise<T> }) => almanac.factValue<RunContext>(CONTEXT);
    engine.addFact(READY, async (p, a) => (await ctx(a)).reading(p.check).state);
    engine.addFact(COMPARED, async (p, a) => (await ctx(a)).reading(p.check).compared);
    engine.addFact(LIMIT, async (p, a) => {
      const limit = (await ctx(a)).reading(p.check).limit;
      return limit?.band ?? limit?.value;
    });
    for (const [name, slot] of this.#slots)
      engine.addFact(name, async (_p, a) => (await ctx(a)).facts.values[slot]);
    for (const rule of this.#rules) engine.addRule(rule);
    return engine;
  }
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
  if (check.model.when && conditions[0]?.result === false) return NOT_APPLICABLE;
  const last = conditions[conditions.length - 1]!;
  if (check.model.test.kind === 'condition') return last.result ? CONDITION_PASSED : CONDITION_FAILED;
  const ready = conditions[conditions.length - 2]!;
  const reading = context.reading(check.index);
  if (ready.result === false) return reading;
  // The engine's own verdict and the value it compared.
  return {
    ...reading,
    status: last.result ? 'passed' : 'failed',
    compared: last.factResult as CheckOutcome['compared'],
  };
}
