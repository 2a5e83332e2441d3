import { fileURLToPath } from 'node:url';
import type { RulesLogic } from 'json-logic-js';
import type { RuleProperties } from 'json-rules-engine';
import { Prng } from '../harness/prng';
import type { Workload } from './workload';

/*
 * The shape the performance issue quotes for json-rules-engine: 3 grades × 5
 * criteria, every criterion a plain comparison. The figures are invented
 * (bench/rules/ladder-3x5.yaml); the peers' copies are typed here.
 */
const GRADES = ['qualified', 'first-class', 'premium'] as const; // lowest first
interface Criterion {
  readonly indicator: string;
  readonly op: '>=' | '<=';
  readonly limits: readonly [number, number, number]; // qualified, first-class, premium
  readonly grid: number; // precision of generated values
  readonly span: number; // how far generated values reach past the outer limits
}
const CRITERIA: readonly Criterion[] = [
  { indicator: 'strength', op: '>=', limits: [300, 350, 400], grid: 1, span: 80 },
  { indicator: 'elongation', op: '>=', limits: [12, 15, 18], grid: 0.5, span: 8 },
  { indicator: 'moisture', op: '<=', limits: [1.0, 0.8, 0.5], grid: 0.01, span: 0.4 },
  { indicator: 'impurity', op: '<=', limits: [0.5, 0.3, 0.1], grid: 0.01, span: 0.1 },
  { indicator: 'defects', op: '<=', limits: [5, 3, 1], grid: 1, span: 3 },
];
const JRE_OPERATOR = { '>=': 'greaterThanInclusive', '<=': 'lessThanInclusive' } as const;

function jreRules(): RuleProperties[] {
  return GRADES.map((grade, g) => ({
    name: grade,
    conditions: {
      all: CRITERIA.map((c) => ({ fact: c.indicator, operator: JRE_OPERATOR[c.op], value: c.limits[g]! })),
    },
    event: { type: 'grade', params: { grade } },
  }));
}

function zenRows(): Record<string, string>[] {
  return [...GRADES].reverse().map((grade) => {
    const g = GRADES.indexOf(grade);
    const row: Record<string, string> = {};
    for (const c of CRITERIA) row[c.indicator] = `${c.op} ${c.limits[g]}`;
    row.grade = `"${grade}"`;
    return row;
  });
}

function jsonLogicRule(): RulesLogic {
  const ladder: unknown[] = [];
  for (let g = GRADES.length - 1; g >= 0; g--) {
    ladder.push({ and: CRITERIA.map((c) => ({ [c.op]: [{ var: c.indicator }, c.limits[g]!] })) }, GRADES[g]);
  }
  ladder.push(null);
  return { if: [{ '!': { missing: CRITERIA.map((c) => c.indicator) } }, { if: ladder }, null] } as RulesLogic;
}

/** A value meeting tier `t` (0 qualified … 2 premium) but not tier t + 1; tier -1: failing qualified. */
function valueAtTier(rng: Prng, c: Criterion, t: number): number {
  const up = c.op === '>=' ? 1 : -1; // direction of "better"
  const exact = rng.chance(0.1);
  if (t < 0) {
    const limit = c.limits[0];
    return exact ? limit - up * c.grid : pick(rng, c, limit - up * c.span, limit - up * c.grid);
  }
  const limit = c.limits[t]!;
  if (exact) return limit;
  const next = t < 2 ? c.limits[t + 1]! - up * c.grid : limit + up * c.span;
  return pick(rng, c, limit, next);
}

function pick(rng: Prng, c: Criterion, a: number, b: number): number {
  return Math.max(0, rng.onGrid(Math.min(a, b), Math.max(a, b), c.grid));
}

/**
 * Products spread over the ladder: about 25 % premium, 30 % first class, 30 %
 * qualified, 12 % not graded, 3 % invalid (a missing or non-numeric value).
 * The grade is set by the weakest criterion; about 10 % of values sit exactly
 * on a limit.
 */
function* ladderRecords(seed: number): Generator<Record<string, unknown>> {
  const rng = new Prng(seed);
  for (let i = 1; ; i++) {
    const target = rng.weighted([
      [25, 2],
      [30, 1],
      [30, 0],
      [12, -1],
    ]);
    const weakest = rng.int(0, CRITERIA.length - 1);
    const record: Record<string, unknown> = { lot: `L${String(i).padStart(7, '0')}` };
    CRITERIA.forEach((c, k) => {
      const tier = k === weakest ? target : target < 0 ? rng.int(0, 2) : rng.int(target, 2);
      record[c.indicator] = valueAtTier(rng, c, tier);
    });
    if (rng.chance(0.03)) {
      const c = rng.pick(CRITERIA);
      if (rng.chance(0.5)) delete record[c.indicator];
      else record[c.indicator] = 'n/a';
    }
    yield record;
  }
}

/** The 3-grade × 5-criterion ladder (synthetic, for comparison with the quoted 25,000 records/s). */
export const ladderWorkload: Workload = {
  id: 'ladder',
  title: 'Synthetic 3 grades × 5 criteria ladder (the shape the issue quotes for json-rules-engine)',
  ruleSet: fileURLToPath(new URL('../rules/ladder-3x5.yaml', import.meta.url)),
  grades: GRADES,
  records: ladderRecords,
  jsonRulesEngine: { rules: jreRules(), options: { allowUndefinedFacts: true } },
  zenEngine: {
    inputs: CRITERIA.map((c) => ({ id: c.indicator, name: c.indicator, field: c.indicator })),
    rows: zenRows(),
  },
  jsonLogic: jsonLogicRule(),
  notes: [
    'Peers do not validate records; the invalid records generated (a missing or non-numeric value) fail their comparisons or, in JSON Logic, the `missing` check. Values outside an indicator’s range that a comparison would accept (a negative moisture) and non-integer defect counts are not generated.',
  ],
};
