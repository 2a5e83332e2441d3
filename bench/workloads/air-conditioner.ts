import type { RulesLogic } from 'json-logic-js';
import type { RuleProperties, TopLevelCondition } from 'json-rules-engine';
import { Prng } from '../harness/prng';
import { bestGrade, type JsonRulesEngineFactsSpec, type Workload } from './workload';

/*
 * GB 21455-2019 room air conditioners, as the peers' authors would copy it
 * from the standard: heat pumps by APF, cooling-only units by SEER, minimums
 * per rated-cooling-capacity band, grade 1 best, above 14000 W out of scope.
 * These figures are typed here, not read from the rule file: if the two ever
 * differ, the equivalence check fails.
 */
const GRADES = ['5', '4', '3', '2', '1'] as const; // lowest first, as the rule set lists them
const BEST_FIRST = ['1', '2', '3', '4', '5'] as const;
/** Capacity bands (W): (lower, upper]; the first band's lower end is the indicator's range, > 0. */
const BANDS = [
  { lower: 0, upper: 4500 },
  { lower: 4500, upper: 7100 },
  { lower: 7100, upper: 14000 },
] as const;
/** Minimum APF per band, grade 1 … 5. */
const APF = [
  [5.0, 4.5, 4.0, 3.5, 3.3],
  [4.5, 4.0, 3.5, 3.3, 3.2],
  [4.2, 3.7, 3.3, 3.2, 3.1],
] as const;
/** Minimum SEER per band, grade 1 … 5. */
const SEER = [
  [5.8, 5.4, 5.0, 3.9, 3.7],
  [5.5, 5.1, 4.4, 3.8, 3.6],
  [5.2, 4.7, 4.0, 3.7, 3.5],
] as const;
const UNIT_TYPES = [
  { unitType: 'heat-pump', field: 'apf', limits: APF },
  { unitType: 'cooling-only', field: 'seer', limits: SEER },
] as const;

// --- json-rules-engine: one rule per grade, any (unit type × band) row that meets it fires it.
function jreRules(): RuleProperties[] {
  return BEST_FIRST.map((grade, g) => {
    const conditions: TopLevelCondition = {
      any: UNIT_TYPES.map((t) => ({
        all: [
          { fact: 'unitType', operator: 'equal', value: t.unitType },
          {
            any: BANDS.map((band, b) => ({
              all: [
                { fact: 'ratedCoolingCapacity', operator: 'greaterThan', value: band.lower },
                { fact: 'ratedCoolingCapacity', operator: 'lessThanInclusive', value: band.upper },
                { fact: t.field, operator: 'greaterThanInclusive', value: t.limits[b]![g]! },
              ],
            })),
          },
        ],
      })),
    };
    return { name: `grade-${grade}`, conditions, event: { type: 'grade', params: { grade } } };
  });
}

// --- json-rules-engine, thresholds in facts: the record's row (unit type × band) is looked up in
// code; five rules, one per grade, each one condition: efficiency ≥ that grade's limit fact.
function jreFactsRules(): RuleProperties[] {
  return BEST_FIRST.map((grade) => ({
    name: `grade-${grade}`,
    conditions: {
      all: [{ fact: 'efficiency', operator: 'greaterThanInclusive', value: { fact: `limit${grade}` } }],
    },
    event: { type: 'grade', params: { grade } },
  }));
}

/** The record's efficiency and the five limits of its row; null out of scope or for an unknown unit type. */
function jreFacts(record: Record<string, unknown>): Record<string, unknown> | null {
  const type = UNIT_TYPES.find((t) => t.unitType === record.unitType);
  const capacity = record.ratedCoolingCapacity;
  if (!type || typeof capacity !== 'number') return null;
  const band = BANDS.findIndex((b) => capacity > b.lower && capacity <= b.upper);
  if (band < 0) return null;
  const limits = type.limits[band]!;
  return {
    efficiency: record[type.field],
    limit1: limits[0],
    limit2: limits[1],
    limit3: limits[2],
    limit4: limits[3],
    limit5: limits[4],
  };
}

const jsonRulesEngineFacts: JsonRulesEngineFactsSpec = {
  rules: jreFactsRules(),
  options: { allowUndefinedFacts: true },
  how: "the record's row (unit type × capacity band) looked up in code, its 5 limits passed as facts; 5 rules, one condition each (efficiency ≥ the grade's limit fact)",
  facts: jreFacts,
  grade: (events) => bestGrade(events, GRADES),
};

// --- zen-engine: one first-hit table, unit type × band × grade (best first) → grade.
function zenRows(): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const t of UNIT_TYPES) {
    BANDS.forEach((band, b) => {
      BEST_FIRST.forEach((grade, g) => {
        rows.push({
          unitType: `"${t.unitType}"`,
          capacity: `(${band.lower}..${band.upper}]`,
          apf: t.field === 'apf' ? `>= ${t.limits[b]![g]!.toFixed(2)}` : '',
          seer: t.field === 'seer' ? `>= ${t.limits[b]![g]!.toFixed(2)}` : '',
          grade: `"${grade}"`,
        });
      });
    });
  }
  return rows;
}

// --- JSON Logic: unit type → band → the first grade whose minimum is met.
function jsonLogicRule(): RulesLogic {
  const capacity = { var: 'ratedCoolingCapacity' };
  const byUnitType: unknown[] = [];
  for (const t of UNIT_TYPES) {
    const byBand: unknown[] = [];
    BANDS.forEach((band, b) => {
      const ladder: unknown[] = [];
      BEST_FIRST.forEach((grade, g) => {
        ladder.push({ '>=': [{ var: t.field }, t.limits[b]![g]!] }, grade);
      });
      ladder.push(null);
      byBand.push(
        { and: [{ '>': [capacity, band.lower] }, { '<=': [capacity, band.upper] }] },
        { if: ladder },
      );
    });
    byBand.push(null);
    byUnitType.push({ '==': [{ var: 'unitType' }, t.unitType] }, { if: byBand });
  }
  byUnitType.push(null);
  return { if: byUnitType } as RulesLogic;
}

const BRANDS = ['Gree', 'Midea', 'Haier', 'Hisense', 'AUX', 'TCL'];
/** Typical nameplate capacities (W), plus the band ends and just past them. */
const CAPACITIES = [
  2300, 2500, 2600, 3200, 3500, 3600, 5000, 5100, 6100, 7200, 7500, 9000, 10500, 12000, 14000,
];
const EDGES = [4500, 4501, 7100, 7101, 14000, 14001];

/**
 * Room air conditioners as a catalogue lists them: about 60 % heat pumps,
 * every grade, some below grade 5, some out of scope (> 14000 W), about 3 %
 * invalid (a missing efficiency, an unknown unit type, a non-numeric value,
 * a zero or negative capacity). Efficiencies have two decimals, as rated;
 * about 10 % sit exactly on a limit.
 */
function* airConditioners(seed: number): Generator<Record<string, unknown>> {
  const rng = new Prng(seed);
  for (let i = 1; ; i++) {
    const heatPump = rng.chance(0.6);
    const type = heatPump ? UNIT_TYPES[0] : UNIT_TYPES[1];
    const capacity = rng.weighted<() => number>([
      [80, () => rng.pick(CAPACITIES)],
      [12, () => rng.onGrid(1800, 14000, 50)],
      [5, () => rng.pick(EDGES)],
      [3, () => rng.onGrid(14050, 16000, 50)],
    ])();
    const band = capacity <= 4500 ? 0 : capacity <= 7100 ? 1 : 2;
    const limits = type.limits[band]!;
    // Target: grade 1 … 5 (index 0 … 4) or below grade 5 (index 5).
    const target = rng.weighted([
      [14, 0],
      [20, 1],
      [26, 2],
      [15, 3],
      [15, 4],
      [10, 5],
    ]);
    let value: number;
    if (target < 5 && rng.chance(0.1)) value = limits[target]!;
    else if (target === 0) value = rng.onGrid(limits[0]!, limits[0]! + 0.8, 0.01);
    else if (target === 5) value = rng.onGrid(limits[4]! - 0.6, limits[4]! - 0.01, 0.01);
    else value = rng.onGrid(limits[target]!, limits[target - 1]! - 0.01, 0.01);

    const record: Record<string, unknown> = {
      sku: `AC-${String(i).padStart(7, '0')}`,
      brand: rng.pick(BRANDS),
      unitType: type.unitType,
      ratedCoolingCapacity: capacity,
      [type.field]: value,
    };
    if (heatPump && rng.chance(0.3)) record.seer = rng.onGrid(3.5, 6.2, 0.01); // spec sheets often give both
    if (rng.chance(0.03)) {
      switch (rng.int(0, 4)) {
        case 0:
          delete record[type.field]; // the required efficiency is missing
          break;
        case 1:
          record.unitType = 'window'; // not a unit type of the standard
          break;
        case 2:
          record[type.field] = 'n/a';
          break;
        case 3:
          record.ratedCoolingCapacity = 0;
          break;
        default:
          record.ratedCoolingCapacity = -rng.pick(CAPACITIES);
      }
    }
    yield record;
  }
}

/** GB 21455-2019 room air conditioners: 2 unit types × 3 capacity bands × 5 grades. */
export const airConditionerWorkload: Workload = {
  id: 'ac',
  title: 'Room air conditioners, GB 21455-2019 (2 unit types × 3 capacity bands × 5 grades)',
  ruleSet: 'home-appliances/room-air-conditioner-energy',
  grades: GRADES,
  records: airConditioners,
  jsonRulesEngine: { rules: jreRules(), options: { allowUndefinedFacts: true } },
  jsonRulesEngineFacts,
  zenEngine: {
    inputs: [
      { id: 'unitType', name: 'Unit type', field: 'unitType' },
      { id: 'capacity', name: 'Rated cooling capacity', field: 'ratedCoolingCapacity' },
      { id: 'apf', name: 'APF', field: 'apf' },
      { id: 'seer', name: 'SEER', field: 'seer' },
    ],
    rows: zenRows(),
  },
  jsonLogic: jsonLogicRule(),
  notes: [
    'Peers do not validate records; the invalid records generated (missing efficiency, unknown unit type, non-numeric efficiency, capacity ≤ 0) fail their comparisons, and the first band is written (0, 4500] to carry the indicator range "> 0". An out-of-range value that a comparison would accept (e.g. a negative SEER on a heat pump, which qgrade rejects and the peers ignore) is not generated.',
  ],
};
