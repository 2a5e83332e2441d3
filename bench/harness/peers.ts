import { ZenEngine } from '@gorules/zen-engine';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import type { RuleSet } from '../../src/index';
import { createGrader } from '../../src/index';
import { bestGrade, type Workload, zenDecision } from '../workloads/workload';

/**
 * One way of grading a workload's records. `grade` gives each record's grade
 * (for the equivalence check); `run` grades `records[start, end)` as fast as
 * the engine allows and returns a checksum, so no work can be optimised away.
 */
export interface Peer {
  /** Key in the JSON output. */
  readonly name: string;
  /** How it is called, for the table and the README. */
  readonly how: string;
  /** Records per call of `run` (the batch size for batched peers). */
  readonly chunk: number;
  grade(records: readonly unknown[]): Promise<(string | null)[]>;
  run(records: readonly unknown[], start: number, end: number): number | Promise<number>;
  dispose?(): void;
}

/** The checksum of one grade: cheap, and different for null and for each grade. */
function sum(grade: string | null | undefined): number {
  return grade == null ? 1 : grade.length + grade.charCodeAt(0);
}

/** qgrade, compiled engine, full explanation: `gradeSync(record)`. */
export function qgradeFull(ruleSet: RuleSet): Peer {
  const grader = createGrader(ruleSet);
  return {
    name: 'qgrade',
    how: 'createGrader(ruleSet).gradeSync(record): compiled closures, full explanation',
    chunk: 1000,
    async grade(records) {
      return records.map((r) => grader.gradeSync(r).grade);
    },
    run(records, start, end) {
      let s = 0;
      for (let i = start; i < end; i++) s += sum(grader.gradeSync(records[i]).grade);
      return s;
    },
  };
}

/** qgrade, compiled engine, the grade only: `gradeOnly(record)`. */
export function qgradeGradeOnly(ruleSet: RuleSet): Peer {
  const grader = createGrader(ruleSet);
  return {
    name: 'qgrade-grade-only',
    how: 'createGrader(ruleSet).gradeOnly(record): compiled closures, no explanation',
    chunk: 1000,
    async grade(records) {
      return records.map((r) => grader.gradeOnly(r));
    },
    run(records, start, end) {
      let s = 0;
      for (let i = start; i < end; i++) s += sum(grader.gradeOnly(records[i]));
      return s;
    },
  };
}

/** qgrade evaluating through its own generated json-rules-engine rules (an extra line, not a peer). */
export function qgradeViaJsonRulesEngine(ruleSet: RuleSet): Peer {
  const grader = createGrader(ruleSet, { engine: 'json-rules-engine' });
  return {
    name: 'qgrade-via-json-rules-engine',
    how: "createGrader(ruleSet, { engine: 'json-rules-engine' }).grade(record), awaited one by one",
    chunk: 200,
    async grade(records) {
      const out: (string | null)[] = [];
      for (const r of records) out.push((await grader.grade(r)).grade);
      return out;
    },
    async run(records, start, end) {
      let s = 0;
      for (let i = start; i < end; i++) s += sum((await grader.grade(records[i])).grade);
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
    how: 'new Engine(rules) once; await engine.run(record) per record; grade = best grade among the events',
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
