import type { RuleSet } from '../../src/index';
import { createGrader } from '../../src/index';
import { type Peer, sum } from './peer';

/**
 * qgrade, compiled engine, full explanation: `gradeSync(record)` in a loop
 * that keeps nothing: each result is read (its grade and the length of its
 * criteria, so it cannot be optimised away) and dropped.
 */
export function qgradeFull(ruleSet: RuleSet): Peer {
  const grader = createGrader(ruleSet);
  return {
    name: 'qgrade',
    how: 'for (const r of records) sink += check(grader.gradeSync(r)): full explanation, each result read and dropped',
    chunk: 1000,
    async grade(records) {
      return records.map((r) => grader.gradeSync(r).grade);
    },
    run(records, start, end) {
      let s = 0;
      for (let i = start; i < end; i++) {
        const result = grader.gradeSync(records[i]);
        s += sum(result.grade) + result.criteria.length;
      }
      return s;
    },
  };
}

/**
 * qgrade, full explanation, results kept: `records.map((r) => grader.gradeSync(r))`
 * over the whole pool, as code that collects a batch's results does; the
 * array is dropped after each pass.
 */
export function qgradeRetaining(ruleSet: RuleSet): Peer {
  const grader = createGrader(ruleSet);
  return {
    name: 'qgrade-retaining',
    how: 'const kept = records.map((r) => grader.gradeSync(r)) over the whole pool, then dropped: every result of a pass alive at once',
    chunk: Number.MAX_SAFE_INTEGER,
    async grade(records) {
      return records.map((r) => grader.gradeSync(r).grade);
    },
    run(records, start, end) {
      const batch = start === 0 && end === records.length ? records : records.slice(start, end);
      const kept = batch.map((r) => grader.gradeSync(r));
      return kept.length + kept[kept.length - 1]!.criteria.length;
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
