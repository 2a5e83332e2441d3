import { ZenEngine } from '@gorules/zen-engine';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import { bestGrade, type Workload, zenDecision } from '../workloads/workload';
import { type Peer, sum } from './peer';

/**
 * json-rules-engine with the thresholds in facts (the workload's
 * `jsonRulesEngineFacts`): the engine built once; per record the code picks
 * its limits, then `await engine.run(facts)`.
 */
export function jsonRulesEngineFacts(workload: Workload): Peer | undefined {
  const spec = workload.jsonRulesEngineFacts;
  if (!spec) return undefined;
  const engine = new Engine(spec.rules, spec.options);
  const gradeOf = async (record: unknown): Promise<string | null> => {
    const facts = spec.facts(record as Record<string, unknown>);
    return facts ? spec.grade((await engine.run(facts)).events) : null;
  };
  return {
    name: 'json-rules-engine-facts',
    how: `new Engine(rules) once; per record: ${spec.how}; await engine.run(facts)`,
    chunk: 200,
    async grade(records) {
      const out: (string | null)[] = [];
      for (const r of records) out.push(await gradeOf(r));
      return out;
    },
    async run(records, start, end) {
      let s = 0;
      for (let i = start; i < end; i++) s += sum(await gradeOf(records[i]));
      return s;
    },
  };
}

/** A plain json-rules-engine loop: the engine built once, `await engine.run(record)` per record. */
export function jsonRulesEngineLoop(workload: Workload): Peer {
  const spec = workload.jsonRulesEngine;
  const engine = new Engine(spec.rules, spec.options);
  spec.addFacts?.(engine);
  const grades = workload.grades;
  const gradeOf = async (record: unknown): Promise<string | null> =>
    bestGrade((await engine.run(record as Record<string, unknown>)).events, grades);
  return {
    name: 'json-rules-engine',
    how: "new Engine(rules) once, the rules as the benchmark has always written them (one rule per grade or designation family, every table row's limits as constants in nested any/all conditions); await engine.run(record) per record; grade = best grade among the events",
    chunk: 200,
    async grade(records) {
      const out: (string | null)[] = [];
      for (const r of records) out.push(await gradeOf(r));
      return out;
    },
    async run(records, start, end) {
      let s = 0;
      for (let i = start; i < end; i++) s += sum(await gradeOf(records[i]));
      return s;
    },
  };
}

/** zen-engine, one `evaluate` per record, `batch` of them in flight at once (`Promise.all`). */
export function zenEnginePerRecord(workload: Workload, batch: number): Peer {
  const engine = new ZenEngine();
  const decision = engine.createDecision(zenDecision(workload.zenEngine, 'single'));
  const gradeOf = (result: unknown): string | null =>
    (result as { grade?: string } | null | undefined)?.grade ?? null;
  return {
    name: 'zen-engine-per-record',
    how: `engine.createDecision(jdm) once; Promise.all of ${batch} decision.evaluate(record) calls at a time`,
    chunk: batch,
    async grade(records) {
      const out: (string | null)[] = [];
      for (let i = 0; i < records.length; i += batch) {
        const responses = await Promise.all(records.slice(i, i + batch).map((r) => decision.evaluate(r)));
        for (const res of responses) out.push(gradeOf(res.result));
      }
      return out;
    },
    async run(records, start, end) {
      const calls = new Array<Promise<{ result: unknown }>>(end - start);
      for (let i = start; i < end; i++) calls[i - start] = decision.evaluate(records[i]);
      let s = 0;
      for (const res of await Promise.all(calls)) s += sum(gradeOf(res.result));
      return s;
    },
    dispose: () => engine.dispose(),
  };
}

/** zen-engine, the decision table in loop mode: `batch` records graded by one `evaluate({ records })`. */
export function zenEngineLoop(workload: Workload, batch: number): Peer {
  const engine = new ZenEngine();
  const decision = engine.createDecision(zenDecision(workload.zenEngine, 'loop'));
  const gradesOf = async (records: readonly unknown[]): Promise<(string | null)[]> => {
    const res = await decision.evaluate({ records });
    const results = (res.result as { results: ({ grade?: string } | null)[] }).results;
    return results.map((r) => r?.grade ?? null);
  };
  return {
    name: 'zen-engine-loop',
    how: `engine.createDecision(jdm) once; the table in loop mode, ${batch} records per decision.evaluate({ records })`,
    chunk: batch,
    async grade(records) {
      const out: (string | null)[] = [];
      for (let i = 0; i < records.length; i += batch)
        out.push(...(await gradesOf(records.slice(i, i + batch))));
      return out;
    },
    async run(records, start, end) {
      let s = 0;
      for (const g of await gradesOf(records.slice(start, end))) s += sum(g);
      return s;
    },
    dispose: () => engine.dispose(),
  };
}

/** json-logic-js: `jsonLogic.apply(rule, record)` per record; the expression returns the grade id. */
export function jsonLogicPeer(workload: Workload): Peer {
  const rule = workload.jsonLogic;
  const gradeOf = (record: unknown): string | null =>
    (jsonLogic.apply(rule, record) as string | null) ?? null;
  return {
    name: 'json-logic',
    how: 'jsonLogic.apply(rule, record) per record; the expression yields the grade id or null',
    chunk: 1000,
    async grade(records) {
      return records.map(gradeOf);
    },
    run(records, start, end) {
      let s = 0;
      for (let i = start; i < end; i++) s += sum(gradeOf(records[i]));
      return s;
    },
  };
}
