import type { RulesLogic } from 'json-logic-js';
import type { Engine, EngineOptions, Event, RuleProperties } from 'json-rules-engine';

/**
 * One benchmark workload: a rule set, a deterministic stream of records for
 * it, and the same rules written by hand for each peer engine, as a user of
 * that engine would write them. Every peer must give qgrade's grade on every
 * generated record; the harness checks that before it times anything.
 */
export interface Workload {
  /** Short key used in the JSON output (`ac`, `rebar`, `ladder`). */
  readonly id: string;
  /** What it grades, for the table. */
  readonly title: string;
  /** Bundled rule-set id or rule-file path, for `loadRuleSet`. */
  readonly ruleSet: string;
  /** Grade ids, lowest first, exactly as the rule set lists them. */
  readonly grades: readonly string[];
  /** An endless, seeded stream of records; the same seed gives the same records. */
  records(seed: number): Iterator<Record<string, unknown>>;
  /** The hand-written json-rules-engine rule set, in the shape the benchmark has always used. */
  readonly jsonRulesEngine: JsonRulesEngineSpec;
  /**
   * The strongest json-rules-engine baseline a user could write: the
   * record's row of the standard's table looked up in code and its limits
   * passed as facts, a handful of rules comparing fact with fact. Absent
   * where today's rules already are that (the ladder).
   */
  readonly jsonRulesEngineFacts?: JsonRulesEngineFactsSpec;
  /** The hand-written zen-engine decision table (one record in, `{ grade }` out). */
  readonly zenEngine: ZenTable;
  /** The hand-written JSON Logic expression: a record in, the grade id (or null) out. */
  readonly jsonLogic: RulesLogic;
  /** Where a peer's rules are simpler than qgrade's, and why that cannot change a generated record's grade. */
  readonly notes: readonly string[];
}

/** A json-rules-engine rule set: one rule per grade (or per row of the standard), an event naming the grade. */
export interface JsonRulesEngineSpec {
  readonly rules: RuleProperties[];
  readonly options: EngineOptions;
  /** Facts the rules need beyond the record: defaults and values computed from it. */
  addFacts?(engine: Engine): void;
}

/**
 * json-rules-engine with the thresholds in facts: a few rules whose
 * conditions compare a measured fact with a limit fact; the code around the
 * engine picks the record's limits (and reduces specimen lists) first.
 */
export interface JsonRulesEngineFactsSpec {
  readonly rules: RuleProperties[];
  readonly options: EngineOptions;
  /** How the rules are written, for the report. */
  readonly how: string;
  /**
   * One record's facts: the values the rules compare and the limits of the
   * record's row; null when no row applies (unknown type or designation, a
   * size out of scope), which grades nothing.
   */
  facts(record: Record<string, unknown>): Record<string, unknown> | null;
  /** The grade from the events of one run. */
  grade(events: readonly Event[]): string | null;
}

/** The grade a json-rules-engine run gives: the best grade among the events, or null. */
export function bestGrade(events: readonly Event[], grades: readonly string[]): string | null {
  let best = -1;
  for (const e of events) {
    const g = grades.indexOf(String(e.params?.grade));
    if (g > best) best = g;
  }
  return best < 0 ? null : grades[best]!;
}

/** A first-hit decision table: input columns (a field or an expression), rows of unary tests, a `grade` output. */
export interface ZenTable {
  readonly inputs: readonly { id: string; name: string; field: string }[];
  /** Each row: input id → unary test (empty: any value), plus `grade` → output expression. */
  readonly rows: readonly Record<string, string>[];
}

/**
 * The JDM graph for a table: `single` grades one record per `evaluate`;
 * `loop` grades every item of `records` in one `evaluate` (zen-engine's loop
 * mode for decision tables) and returns them as `results`.
 */
export function zenDecision(table: ZenTable, mode: 'single' | 'loop'): object {
  const loop = mode === 'loop';
  return {
    nodes: [
      { id: 'request', name: 'request', type: 'inputNode', position: { x: 0, y: 0 } },
      {
        id: 'grade-table',
        name: 'grade',
        type: 'decisionTableNode',
        position: { x: 300, y: 0 },
        content: {
          hitPolicy: 'first',
          passThrough: false,
          inputField: loop ? 'records' : null,
          outputPath: loop ? 'results' : null,
          executionMode: loop ? 'loop' : 'single',
          inputs: table.inputs,
          outputs: [{ id: 'grade', name: 'Grade', field: 'grade' }],
          rules: table.rows.map((row, i) => ({ _id: `r${i + 1}`, ...row })),
        },
      },
      { id: 'response', name: 'response', type: 'outputNode', position: { x: 600, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'request', targetId: 'grade-table', type: 'edge' },
      { id: 'e2', sourceId: 'grade-table', targetId: 'response', type: 'edge' },
    ],
  };
}

/** The first `count` records of a stream. */
export function take(stream: Iterator<Record<string, unknown>>, count: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) out.push(stream.next().value as Record<string, unknown>);
  return out;
}
