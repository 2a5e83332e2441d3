import type { RulesLogic } from 'json-logic-js';
import type { Almanac, Engine, NestedCondition, RuleProperties } from 'json-rules-engine';
import { Prng } from '../harness/prng';
import type { JsonRulesEngineFactsSpec, Workload } from './workload';

/*
 * GB/T 1499.2-2018 hot-rolled ribbed bars, as the peers' authors would copy
 * it from the standard: one grade ("conforming"); per designation family the
 * mechanical minimums, chemistry maximums and carbon equivalent; per nominal
 * diameter the reduction of A and the mass tolerance; the seismic (E) ratios.
 * These figures are typed here, not read from the rule file: if the two ever
 * differ, the equivalence check fails.
 */
const CONFORMING = 'conforming';
interface Family {
  readonly designations: readonly string[];
  readonly yield: number; // ReL min, MPa
  readonly tensile: number; // Rm min, MPa
  readonly elongation: number; // A min, %, before the reduction by diameter
  readonly agt: number; // Agt min, %
  readonly seismic: boolean; // Rm°/ReL° ≥ 1.25 and ReL°/ReL ≤ 1.30
  readonly carbon: number; // C max, %
  readonly ceq: number; // Ceq max, %
}
const FAMILIES: readonly Family[] = [
  {
    designations: ['HRB400', 'HRBF400'],
    yield: 400,
    tensile: 540,
    elongation: 16,
    agt: 7.5,
    seismic: false,
    carbon: 0.25,
    ceq: 0.54,
  },
  {
    designations: ['HRB400E', 'HRBF400E'],
    yield: 400,
    tensile: 540,
    elongation: 16,
    agt: 9.0,
    seismic: true,
    carbon: 0.25,
    ceq: 0.54,
  },
  {
    designations: ['HRB500', 'HRBF500'],
    yield: 500,
    tensile: 630,
    elongation: 15,
    agt: 7.5,
    seismic: false,
    carbon: 0.25,
    ceq: 0.55,
  },
  {
    designations: ['HRB500E', 'HRBF500E'],
    yield: 500,
    tensile: 630,
    elongation: 15,
    agt: 9.0,
    seismic: true,
    carbon: 0.25,
    ceq: 0.55,
  },
  {
    designations: ['HRB600'],
    yield: 600,
    tensile: 730,
    elongation: 14,
    agt: 7.5,
    seismic: false,
    carbon: 0.28,
    ceq: 0.58,
  },
];
const CHEMISTRY = {
  silicon: 0.8,
  manganese: 1.6,
  phosphorus: 0.045,
  sulfur: 0.045,
  nitrogen: 0.012,
} as const;
const MIN_STRENGTH_RATIO = 1.25;
const MAX_OVERSTRENGTH_RATIO = 1.3;
/**
 * Nominal-diameter bands (mm) where the A reduction or the mass tolerance
 * changes: A is 1 point lower for 28–40 mm and 2 points above 40; the mass
 * tolerance is ±6.0 % below 14 mm, ±5.0 % below 22 mm, ±4.0 % from 22 mm.
 */
const DIAMETER_BANDS = [
  { from: 6, fromIncluded: true, to: 14, toIncluded: false, reduction: 0, mass: 6.0 },
  { from: 14, fromIncluded: true, to: 22, toIncluded: false, reduction: 0, mass: 5.0 },
  { from: 22, fromIncluded: true, to: 28, toIncluded: false, reduction: 0, mass: 4.0 },
  { from: 28, fromIncluded: true, to: 40, toIncluded: true, reduction: 1, mass: 4.0 },
  { from: 40, fromIncluded: false, to: 50, toIncluded: true, reduction: 2, mass: 4.0 },
] as const;
const OPTIONAL_ELEMENTS = ['chromium', 'vanadium', 'molybdenum', 'copper', 'nickel', 'nitrogen'] as const;
const REQUIRED = [
  'designation',
  'diameter',
  'yieldStrength',
  'tensileStrength',
  'elongation',
  'maxForceElongation',
  'carbon',
  'silicon',
  'manganese',
  'phosphorus',
  'sulfur',
  'massDeviation',
  'bendTest',
];

/** ReL°/ReL ≤ 1.30 as the peers write it: the highest ReL against 1.30 × the nominal ReL (520 or 650 MPa). */
const maxYield = (f: Family): number => Math.round(MAX_OVERSTRENGTH_RATIO * f.yield);

// --- json-rules-engine: one rule per designation family; specimen lists and Ceq as computed facts.
function jreRules(): RuleProperties[] {
  return FAMILIES.map((f) => {
    const all: NestedCondition[] = [
      { fact: 'designation', operator: 'in', value: [...f.designations] },
      { fact: 'diameter', operator: 'greaterThanInclusive', value: 6 },
      { fact: 'diameter', operator: 'lessThanInclusive', value: 50 },
      { fact: 'carbon', operator: 'lessThanInclusive', value: f.carbon },
      { fact: 'silicon', operator: 'lessThanInclusive', value: CHEMISTRY.silicon },
      { fact: 'manganese', operator: 'lessThanInclusive', value: CHEMISTRY.manganese },
      { fact: 'phosphorus', operator: 'lessThanInclusive', value: CHEMISTRY.phosphorus },
      { fact: 'sulfur', operator: 'lessThanInclusive', value: CHEMISTRY.sulfur },
      { fact: 'nitrogen', operator: 'lessThanInclusive', value: CHEMISTRY.nitrogen },
      { fact: 'carbonEquivalent', operator: 'lessThanInclusive', value: f.ceq },
      { fact: 'lowestYieldStrength', operator: 'greaterThanInclusive', value: f.yield },
      { fact: 'lowestTensileStrength', operator: 'greaterThanInclusive', value: f.tensile },
      { fact: 'lowestMaxForceElongation', operator: 'greaterThanInclusive', value: f.agt },
      {
        any: DIAMETER_BANDS.map((b) => ({
          all: [
            {
              fact: 'diameter',
              operator: b.fromIncluded ? 'greaterThanInclusive' : 'greaterThan',
              value: b.from,
            },
            { fact: 'diameter', operator: b.toIncluded ? 'lessThanInclusive' : 'lessThan', value: b.to },
            { fact: 'lowestElongation', operator: 'greaterThanInclusive', value: f.elongation - b.reduction },
            { fact: 'massDeviation', operator: 'greaterThanInclusive', value: -b.mass },
            { fact: 'massDeviation', operator: 'lessThanInclusive', value: b.mass },
          ],
        })),
      },
      { fact: 'bendTest', operator: 'equal', value: true },
    ];
    if (f.seismic) {
      all.push(
        { fact: 'lowestStrengthRatio', operator: 'greaterThanInclusive', value: MIN_STRENGTH_RATIO },
        { fact: 'highestYieldStrength', operator: 'lessThanInclusive', value: maxYield(f) },
      );
    }
    return {
      name: `conforming-${f.designations[0]}`,
      conditions: { all },
      event: { type: 'grade', params: { grade: CONFORMING } },
    };
  });
}

/** Specimen lists reduced to what the rules compare, and the elements a record may leave out (0). */
function addJreFacts(engine: Engine): void {
  for (const element of OPTIONAL_ELEMENTS) engine.addFact(element, 0);
  const list = async (almanac: Almanac, fact: string): Promise<unknown[] | undefined> => {
    const v = await almanac.factValue<unknown>(fact);
    return Array.isArray(v) ? v : undefined;
  };
  const lowest = (fact: string) => async (_params: unknown, almanac: Almanac) => {
    const v = await list(almanac, fact);
    return v ? Math.min(...(v as number[])) : undefined;
  };
  engine.addFact('lowestYieldStrength', lowest('yieldStrength'));
  engine.addFact('lowestTensileStrength', lowest('tensileStrength'));
  engine.addFact('lowestElongation', lowest('elongation'));
  engine.addFact('lowestMaxForceElongation', lowest('maxForceElongation'));
  engine.addFact('highestYieldStrength', async (_params: unknown, almanac: Almanac) => {
    const v = await list(almanac, 'yieldStrength');
    return v ? Math.max(...(v as number[])) : undefined;
  });
  engine.addFact('lowestStrengthRatio', async (_params: unknown, almanac: Almanac) => {
    const rel = await list(almanac, 'yieldStrength');
    const rm = await list(almanac, 'tensileStrength');
    if (!rel || !rm) return undefined;
    let low = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rel.length; i++) low = Math.min(low, (rm[i] as number) / (rel[i] as number));
    return low;
  });
  engine.addFact('carbonEquivalent', async (_params: unknown, almanac: Almanac) => {
    const [c, mn, cr, v, mo, cu, ni] = await Promise.all(
      ['carbon', 'manganese', 'chromium', 'vanadium', 'molybdenum', 'copper', 'nickel'].map((f) =>
        almanac.factValue<number>(f),
      ),
    );
    return c! + mn! / 6 + (cr! + v! + mo!) / 5 + (cu! + ni!) / 15;
  });
}

// --- json-rules-engine, thresholds in facts: the family (by designation) and the diameter band are
// looked up in code, specimen lists reduced and Ceq computed there too; three rules (mechanical,
// chemistry, mass and bend) compare each value with its limit fact or a constant shared by all families.
const FAMILY_OF = new Map(FAMILIES.flatMap((f) => f.designations.map((d) => [d, f] as const)));
const atLeast = (fact: string, limit: string | number): NestedCondition => ({
  fact,
  operator: 'greaterThanInclusive',
  value: typeof limit === 'string' ? { fact: limit } : limit,
});
const atMost = (fact: string, limit: string | number): NestedCondition => ({
  fact,
  operator: 'lessThanInclusive',
  value: typeof limit === 'string' ? { fact: limit } : limit,
});

function jreFactsRules(): RuleProperties[] {
  const rule = (name: string, all: NestedCondition[]): RuleProperties => ({
    name,
    conditions: { all },
    event: { type: 'requirement', params: { clause: name } },
  });
  return [
    rule('mechanical', [
      atLeast('lowestYieldStrength', 'yieldMin'),
      atMost('highestYieldStrength', 'yieldMax'),
      atLeast('lowestTensileStrength', 'tensileMin'),
      atLeast('lowestElongation', 'elongationMin'),
      atLeast('lowestMaxForceElongation', 'agtMin'),
      atLeast('lowestStrengthRatio', 'strengthRatioMin'),
    ]),
    rule('chemistry', [
      atMost('carbon', 'carbonMax'),
      atMost('silicon', CHEMISTRY.silicon),
      atMost('manganese', CHEMISTRY.manganese),
      atMost('phosphorus', CHEMISTRY.phosphorus),
      atMost('sulfur', CHEMISTRY.sulfur),
      atMost('nitrogen', CHEMISTRY.nitrogen),
      atMost('carbonEquivalent', 'carbonEquivalentMax'),
    ]),
    rule('mass-and-bend', [
      atLeast('massDeviation', 'massDeviationMin'),
      atMost('massDeviation', 'massDeviationMax'),
      { fact: 'bendTest', operator: 'equal', value: true },
    ]),
  ];
}

/** Lowest or highest of a specimen list (NaN when a specimen is not a number: every comparison then fails). */
const lowest = (v: unknown): number | undefined => (Array.isArray(v) ? Math.min(...v) : undefined);
const highest = (v: unknown): number | undefined => (Array.isArray(v) ? Math.max(...v) : undefined);

/** The measured values and the limits of the record's family and diameter band; null when neither applies. */
function jreFacts(r: Record<string, unknown>): Record<string, unknown> | null {
  const f = FAMILY_OF.get(r.designation as string);
  const d = r.diameter;
  if (!f || typeof d !== 'number') return null;
  const band = DIAMETER_BANDS.find(
    (b) => (b.fromIncluded ? d >= b.from : d > b.from) && (b.toIncluded ? d <= b.to : d < b.to),
  );
  if (!band) return null;
  const rel = r.yieldStrength;
  const rm = r.tensileStrength;
  let ratio: number | undefined;
  if (Array.isArray(rel) && Array.isArray(rm)) {
    ratio = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rel.length; i++) ratio = Math.min(ratio, rm[i] / rel[i]);
  }
  const opt = (k: string) => (r[k] === undefined ? 0 : (r[k] as number));
  return {
    lowestYieldStrength: lowest(rel),
    highestYieldStrength: highest(rel),
    lowestTensileStrength: lowest(rm),
    lowestElongation: lowest(r.elongation),
    lowestMaxForceElongation: lowest(r.maxForceElongation),
    lowestStrengthRatio: ratio,
    carbon: r.carbon,
    silicon: r.silicon,
    manganese: r.manganese,
    phosphorus: r.phosphorus,
    sulfur: r.sulfur,
    nitrogen: opt('nitrogen'),
    carbonEquivalent:
      (r.carbon as number) +
      (r.manganese as number) / 6 +
      (opt('chromium') + opt('vanadium') + opt('molybdenum')) / 5 +
      (opt('copper') + opt('nickel')) / 15,
    massDeviation: r.massDeviation,
    bendTest: r.bendTest,
    yieldMin: f.yield,
    yieldMax: f.seismic ? maxYield(f) : Number.POSITIVE_INFINITY,
    tensileMin: f.tensile,
    elongationMin: f.elongation - band.reduction,
    agtMin: f.agt,
    strengthRatioMin: f.seismic ? MIN_STRENGTH_RATIO : 0,
    carbonMax: f.carbon,
    carbonEquivalentMax: f.ceq,
    massDeviationMin: -band.mass,
    massDeviationMax: band.mass,
  };
}

const jsonRulesEngineFacts: JsonRulesEngineFactsSpec = {
  rules: jreFactsRules(),
  options: { allowUndefinedFacts: true },
  how: 'family (by designation) and diameter band looked up in code, their limits passed as facts, specimen lists reduced and Ceq computed in code; 3 rules (mechanical 6 conditions, chemistry 7, mass and bend 3); conforming when all 3 fire',
  facts: jreFacts,
  grade: (events) => (events.length === 3 ? CONFORMING : null),
};

// --- zen-engine: one first-hit table, designation family × diameter band; specimen lists reduced in the column expressions.
const ZEN_CEQ =
  'carbon + manganese / 6 + ((chromium ?? 0) + (vanadium ?? 0) + (molybdenum ?? 0)) / 5 + ((copper ?? 0) + (nickel ?? 0)) / 15';
function zenRows(): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const f of FAMILIES) {
    for (const b of DIAMETER_BANDS) {
      rows.push({
        designation: f.designations.map((d) => `"${d}"`).join(', '),
        diameter: `${b.fromIncluded ? '[' : '('}${b.from}..${b.to}${b.toIncluded ? ']' : ')'}`,
        yieldLow: `>= ${f.yield}`,
        yieldHigh: f.seismic ? `<= ${maxYield(f)}` : '',
        tensileLow: `>= ${f.tensile}`,
        elongationLow: `>= ${f.elongation - b.reduction}`,
        agtLow: `>= ${f.agt.toFixed(1)}`,
        ratioLow: f.seismic ? `>= ${MIN_STRENGTH_RATIO.toFixed(2)}` : '',
        carbon: `<= ${f.carbon.toFixed(2)}`,
        silicon: `<= ${CHEMISTRY.silicon.toFixed(2)}`,
        manganese: `<= ${CHEMISTRY.manganese.toFixed(2)}`,
        phosphorus: `<= ${CHEMISTRY.phosphorus}`,
        sulfur: `<= ${CHEMISTRY.sulfur}`,
        nitrogen: `<= ${CHEMISTRY.nitrogen}`,
        ceq: `<= ${f.ceq.toFixed(2)}`,
        massDeviation: `[${(-b.mass).toFixed(1)}..${b.mass.toFixed(1)}]`,
        bendTest: 'true',
        grade: `"${CONFORMING}"`,
      });
    }
  }
  return rows;
}

// --- JSON Logic: required fields present, then designation family → every requirement.
function jsonLogicRule(): RulesLogic {
  const v = (name: string) => ({ var: name });
  const opt = (name: string) => ({ var: [name, 0] });
  const everySpecimen = (field: string, op: '>=' | '<=', limit: number) => ({
    all: [v(field), { [op]: [{ var: '' }, limit] }],
  });
  const families: unknown[] = [];
  for (const f of FAMILIES) {
    const conditions: unknown[] = [
      { '<=': [6, v('diameter'), 50] },
      { '<=': [v('carbon'), f.carbon] },
      { '<=': [v('silicon'), CHEMISTRY.silicon] },
      { '<=': [v('manganese'), CHEMISTRY.manganese] },
      { '<=': [v('phosphorus'), CHEMISTRY.phosphorus] },
      { '<=': [v('sulfur'), CHEMISTRY.sulfur] },
      { '<=': [opt('nitrogen'), CHEMISTRY.nitrogen] },
      {
        '<=': [
          {
            '+': [
              v('carbon'),
              { '/': [v('manganese'), 6] },
              { '/': [{ '+': [opt('chromium'), opt('vanadium'), opt('molybdenum')] }, 5] },
              { '/': [{ '+': [opt('copper'), opt('nickel')] }, 15] },
            ],
          },
          f.ceq,
        ],
      },
      everySpecimen('yieldStrength', '>=', f.yield),
      everySpecimen('tensileStrength', '>=', f.tensile),
      everySpecimen('maxForceElongation', '>=', f.agt),
      {
        or: DIAMETER_BANDS.map((b) => ({
          and: [
            { [b.fromIncluded ? '>=' : '>']: [v('diameter'), b.from] },
            { [b.toIncluded ? '<=' : '<']: [v('diameter'), b.to] },
            everySpecimen('elongation', '>=', f.elongation - b.reduction),
            { '<=': [-b.mass, v('massDeviation'), b.mass] },
          ],
        })),
      },
      { '===': [v('bendTest'), true] },
    ];
    if (f.seismic) {
      conditions.push(everySpecimen('yieldStrength', '<=', maxYield(f)));
      // Rm°/ReL° per specimen: JSON Logic has no zip, so specimens 1–4 by index.
      for (let i = 0; i < 4; i++) {
        conditions.push({
          or: [
            { '==': [v(`yieldStrength.${i}`), null] },
            { '>=': [{ '/': [v(`tensileStrength.${i}`), v(`yieldStrength.${i}`)] }, MIN_STRENGTH_RATIO] },
          ],
        });
      }
    }
    families.push(
      { in: [v('designation'), [...f.designations]] },
      { if: [{ and: conditions }, CONFORMING, null] },
    );
  }
  families.push(null);
  return { if: [{ '!': { missing: REQUIRED } }, { if: families }, null] } as RulesLogic;
}

const NOMINAL_DIAMETERS = [6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40, 50];
const HALF_STEP = 0.005 + 1e-9; // half the 0.01 rounding interval of Ceq and the E ratios

/**
 * Batches of bars as a mill's test certificates give them: every designation,
 * every nominal diameter, 1–4 tensile specimens, about 35 % with a value on a
 * limit or just past it, about 3 % out of scope and 3 % invalid (a missing
 * value, an unknown designation, a non-numeric specimen). Every measured
 * value is already at the precision of its limit (ReL, Rm, A in whole units;
 * Agt to 0.5, the interval the rule set rounds it to; the mass deviation to 0.1; C, Si, Mn to 0.01; P, S, N to 0.001), so
 * GB/T 8170 rounding cannot change its comparison. Derived values (Ceq, Rm/ReL,
 * ReL/ReL nominal) are never within half a rounding interval of their limit:
 * a record that would put one there is drawn again.
 */
function* rebars(seed: number): Generator<Record<string, unknown>> {
  const rng = new Prng(seed);
  for (let i = 1; ; ) {
    const f = rng.weighted(FAMILIES.map((fam) => [fam.seismic ? 3 : 2, fam] as const));
    const designation = rng.pick(f.designations);
    const diameter = rng.chance(0.03) ? rng.pick([4, 55]) : rng.pick(NOMINAL_DIAMETERS);
    const band = DIAMETER_BANDS.find(
      (b) =>
        (b.fromIncluded ? diameter >= b.from : diameter > b.from) &&
        (b.toIncluded ? diameter <= b.to : diameter < b.to),
    );
    const n = rng.weighted([
      [10, 1],
      [65, 2],
      [5, 3],
      [20, 4],
    ]);
    const yieldStrength: (number | string)[] = [];
    const tensileStrength: number[] = [];
    const elongation: number[] = [];
    const maxForceElongation: number[] = [];
    for (let s = 0; s < n; s++) {
      const rel = f.yield + rng.int(10, 100);
      yieldStrength.push(rel);
      tensileStrength.push(Math.max(f.tensile + rng.int(0, 60), Math.ceil(rel * 1.27)) + rng.int(0, 40));
      elongation.push(f.elongation - (band?.reduction ?? 0) + rng.int(0, 10));
      // On the 0.5 % grid the rule set rounds Agt to (GB/T 228.1), so rounding decides nothing.
      maxForceElongation.push(rng.onGrid(f.agt, f.agt + 5, 0.5));
    }
    const record: Record<string, unknown> = {
      batch: `B${String(i).padStart(7, '0')}`,
      designation,
      diameter,
      yieldStrength,
      tensileStrength,
      elongation,
      maxForceElongation,
      carbon: rng.onGrid(0.15, f.carbon, 0.01),
      silicon: rng.onGrid(0.2, 0.8, 0.01),
      manganese: rng.onGrid(0.8, 1.5, 0.01),
      phosphorus: rng.onGrid(0.01, 0.045, 0.001),
      sulfur: rng.onGrid(0.005, 0.045, 0.001),
      massDeviation: rng.onGrid(-(band?.mass ?? 4), band?.mass ?? 4, 0.1),
      bendTest: true,
    };
    if (rng.chance(0.5)) record.chromium = rng.onGrid(0, 0.1, 0.01);
    if (rng.chance(0.5)) record.vanadium = rng.onGrid(0, 0.1, 0.01);
    if (rng.chance(0.2)) record.molybdenum = rng.onGrid(0, 0.05, 0.01);
    if (rng.chance(0.3)) record.copper = rng.onGrid(0, 0.2, 0.01);
    if (rng.chance(0.3)) record.nickel = rng.onGrid(0, 0.15, 0.01);
    if (rng.chance(0.6)) record.nitrogen = rng.onGrid(0.002, 0.012, 0.001);

    const edits = rng.chance(0.35) ? (rng.chance(0.3) ? 2 : 1) : 0;
    for (let e = 0; e < edits; e++) atOrPastALimit(rng, record, f, band?.reduction ?? 0, band?.mass ?? 4);
    if (rng.chance(0.03)) makeInvalid(rng, record);
    if (nearARoundingBoundary(record, f)) continue; // draw again: rounding could decide this one
    i++;
    yield record;
  }
}

/** Puts one value exactly on its limit (it passes) or just past it (it fails). */
function atOrPastALimit(
  rng: Prng,
  r: Record<string, unknown>,
  f: Family,
  reduction: number,
  mass: number,
): void {
  const past = rng.chance(0.5);
  const rel = r.yieldStrength as number[];
  const rm = r.tensileStrength as number[];
  const kinds = [
    'yield',
    'tensile',
    'elongation',
    'agt',
    'carbon',
    'silicon',
    'manganese',
    'phosphorus',
    'sulfur',
  ];
  kinds.push('nitrogen', 'mass-low', 'mass-high', 'bend');
  if (f.seismic) kinds.push('ratio', 'overstrength');
  switch (rng.pick(kinds)) {
    case 'yield':
      rel[0] = past ? f.yield - rng.int(1, 15) : f.yield;
      break;
    case 'tensile':
      rm[0] = past ? f.tensile - rng.int(1, 20) : f.tensile;
      break;
    case 'elongation':
      (r.elongation as number[])[0] = f.elongation - reduction - (past ? rng.int(1, 2) : 0);
      break;
    case 'agt':
      (r.maxForceElongation as number[])[0] = past ? Number((f.agt - rng.pick([0.5, 1])).toFixed(1)) : f.agt;
      break;
    case 'carbon':
      r.carbon = past ? Number((f.carbon + 0.01).toFixed(2)) : f.carbon;
      break;
    case 'silicon':
      r.silicon = past ? rng.onGrid(0.81, 0.85, 0.01) : CHEMISTRY.silicon;
      break;
    case 'manganese':
      r.manganese = past ? rng.onGrid(1.61, 1.65, 0.01) : CHEMISTRY.manganese;
      break;
    case 'phosphorus':
      r.phosphorus = past ? rng.onGrid(0.046, 0.05, 0.001) : CHEMISTRY.phosphorus;
      break;
    case 'sulfur':
      r.sulfur = past ? rng.onGrid(0.046, 0.05, 0.001) : CHEMISTRY.sulfur;
      break;
    case 'nitrogen':
      r.nitrogen = past ? rng.onGrid(0.013, 0.015, 0.001) : CHEMISTRY.nitrogen;
      break;
    case 'mass-low':
      r.massDeviation = past ? -rng.onGrid(mass + 0.1, mass + 0.5, 0.1) : -mass;
      break;
    case 'mass-high':
      r.massDeviation = past ? rng.onGrid(mass + 0.1, mass + 0.5, 0.1) : mass;
      break;
    case 'bend':
      r.bendTest = false;
      break;
    case 'ratio':
      rm[0] = Math.ceil(rel[0]! * rng.pick([1.15, 1.2, 1.23]));
      break;
    case 'overstrength':
      rel[0] = Math.ceil(f.yield * rng.pick([1.31, 1.33, 1.36]));
      rm[0] = Math.max(rm[0]!, Math.ceil(rel[0] * 1.27));
      break;
  }
}

function makeInvalid(rng: Prng, r: Record<string, unknown>): void {
  switch (rng.int(0, 4)) {
    case 0:
      delete r.carbon;
      break;
    case 1:
      r.designation = 'HRB335'; // withdrawn from GB/T 1499.2
      break;
    case 2:
      (r.yieldStrength as unknown[])[(r.yieldStrength as unknown[]).length - 1] = 'n/a';
      break;
    case 3:
      delete r.bendTest;
      break;
    default:
      r.massDeviation = 'n/a';
  }
}

/** True when Ceq or an E ratio lies within half a rounding interval of its limit, where GB/T 8170 rounding could decide. */
function nearARoundingBoundary(r: Record<string, unknown>, f: Family): boolean {
  const num = (k: string) => (typeof r[k] === 'number' ? (r[k] as number) : 0);
  const ceq =
    num('carbon') +
    num('manganese') / 6 +
    (num('chromium') + num('vanadium') + num('molybdenum')) / 5 +
    (num('copper') + num('nickel')) / 15;
  if (Math.abs(ceq - f.ceq) <= HALF_STEP) return true;
  if (!f.seismic) return false;
  const rel = r.yieldStrength as unknown[];
  const rm = r.tensileStrength as number[];
  for (let s = 0; s < rel.length; s++) {
    if (typeof rel[s] !== 'number') continue;
    const y = rel[s] as number;
    if (Math.abs(rm[s]! / y - MIN_STRENGTH_RATIO) <= HALF_STEP) return true;
    if (Math.abs(y / f.yield - MAX_OVERSTRENGTH_RATIO) <= HALF_STEP) return true;
  }
  return false;
}

/** GB/T 1499.2-2018 hot-rolled ribbed bars: 9 designations in 5 families × 5 diameter bands, one grade. */
export const rebarWorkload: Workload = {
  id: 'rebar',
  title:
    'Hot-rolled ribbed bars, GB/T 1499.2-2018 (conformity: 16 requirements, 1–4 specimens, GB/T 8170 rounding)',
  ruleSet: 'steel/hot-rolled-ribbed-bar',
  grades: [CONFORMING],
  records: rebars,
  jsonRulesEngine: { rules: jreRules(), options: { allowUndefinedFacts: true }, addFacts: addJreFacts },
  jsonRulesEngineFacts,
  zenEngine: {
    inputs: [
      { id: 'designation', name: 'Designation', field: 'designation' },
      { id: 'diameter', name: 'Nominal diameter', field: 'diameter' },
      { id: 'yieldLow', name: 'Lowest ReL', field: 'min(yieldStrength)' },
      { id: 'yieldHigh', name: 'Highest ReL', field: 'max(yieldStrength)' },
      { id: 'tensileLow', name: 'Lowest Rm', field: 'min(tensileStrength)' },
      { id: 'elongationLow', name: 'Lowest A', field: 'min(elongation)' },
      { id: 'agtLow', name: 'Lowest Agt', field: 'min(maxForceElongation)' },
      {
        id: 'ratioLow',
        name: 'Lowest Rm/ReL',
        field: 'min(map([0..len(yieldStrength) - 1], tensileStrength[#] / yieldStrength[#]))',
      },
      { id: 'carbon', name: 'C', field: 'carbon' },
      { id: 'silicon', name: 'Si', field: 'silicon' },
      { id: 'manganese', name: 'Mn', field: 'manganese' },
      { id: 'phosphorus', name: 'P', field: 'phosphorus' },
      { id: 'sulfur', name: 'S', field: 'sulfur' },
      { id: 'nitrogen', name: 'N', field: 'nitrogen ?? 0' },
      { id: 'ceq', name: 'Ceq', field: ZEN_CEQ },
      { id: 'massDeviation', name: 'Mass deviation', field: 'massDeviation' },
      { id: 'bendTest', name: 'Bend test', field: 'bendTest' },
    ],
    rows: zenRows(),
  },
  jsonLogic: jsonLogicRule(),
  notes: [
    'GB/T 8170 rounded-value comparison: the peers compare full values. Every generated measured value is already at its limit’s precision, so rounding cannot change its comparison; records whose Ceq, Rm°/ReL° or ReL°/ReL would lie within half a rounding interval (0.005) of the limit are not generated. Exact-limit and just-past-limit values are generated for every measured requirement.',
    'ReL°/ReL ≤ 1.30 is written in the peers as highest ReL ≤ 520 MPa (400 grades) or 650 MPa (500 grades): equal to the ratio test away from the excluded rounding band.',
    'Specimen indicators are always given as lists (1–4 specimens); qgrade also accepts a bare number, which the peers’ rules as written do not.',
    'Peers do not validate records; the invalid records generated (missing C or bend test, unknown designation HRB335, a non-numeric specimen or mass deviation) fail their comparisons or, in JSON Logic, the `missing` check. Out-of-range values a comparison would accept (e.g. a negative carbon content) and specimen lists of different lengths are not generated.',
  ],
};
