import { createGrader, listRuleSets, loadRuleSet } from '../../src/index';
import { median } from './measure';

/** Load + validate + compile time of one rule set in a warm process, ms. */
export interface LoadCompileTime {
  /** Median of `reps` loads: read, parse, validate, build the model. */
  loadMs: number;
  /** Median of `reps` `createGrader` calls: compile the closures and the record validator. */
  compileMs: number;
  /** Median of load + compile together. */
  ms: number;
  reps: number;
}

/**
 * For every bundled rule set (`listRuleSets()`): `loadRuleSet` + `createGrader`,
 * repeated in this (warm) process, medians. The cold start of a fresh process
 * is measured by startup.ts.
 */
export async function measureLoadCompile(
  reps: number,
  log: (line: string) => void,
): Promise<Record<string, LoadCompileTime>> {
  const out: Record<string, LoadCompileTime> = {};
  for (const { id } of await listRuleSets()) {
    const load: number[] = [];
    const compile: number[] = [];
    const total: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      const ruleSet = await loadRuleSet(id);
      const t1 = performance.now();
      createGrader(ruleSet);
      const t2 = performance.now();
      load.push(t1 - t0);
      compile.push(t2 - t1);
      total.push(t2 - t0);
    }
    const time: LoadCompileTime = {
      loadMs: round2(median(load)),
      compileMs: round2(median(compile)),
      ms: round2(median(total)),
      reps,
    };
    out[id] = time;
    log(`  ${id}: ${time.ms} ms (load ${time.loadMs}, compile ${time.compileMs})`);
  }
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
