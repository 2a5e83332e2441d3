import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createGrader, listRuleSets, loadRuleSet } from '../../src/index';
import { median } from './measure';

/** Load + validate + compile time of one rule set, ms. */
export interface LoadCompileTime {
  /** Median of `reps` loads in this (warm) process: read, parse, validate, build the model. */
  loadMs: number;
  /** Median of `reps` `createGrader` calls: compile the closures and the record validator. */
  compileMs: number;
  /** Median of load + compile together. */
  ms: number;
  /** Load + compile in a fresh Node.js process (first rule set loaded there: schema compilation included), when measured. */
  coldMs?: number;
  reps: number;
}

/**
 * For every bundled rule set (`listRuleSets()`): `loadRuleSet` + `createGrader`,
 * repeated, medians; and, when `cold` is set, once in a fresh process each.
 */
export async function measureLoadCompile(
  reps: number,
  cold: boolean,
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
    if (cold) time.coldMs = round2(await coldLoadCompile(id));
    out[id] = time;
    log(
      `  ${id}: ${time.ms} ms (load ${time.loadMs}, compile ${time.compileMs})${cold ? `, cold ${time.coldMs} ms` : ''}`,
    );
  }
  return out;
}

/** Load + compile of one rule set as the first thing a fresh process does (see cold-load.ts). */
function coldLoadCompile(id: string): Promise<number> {
  const script = fileURLToPath(new URL('./cold-load.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, id], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`cold load of ${id} exited with ${code}`));
      else resolve((JSON.parse(text) as { ms: number }).ms);
    });
  });
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
