import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CriterionResult, GradeResult } from '../../src/index';
import { bundled, failing, type GraderPair } from '../helpers';

// GB/T 1499.2-2018, as given in /work/shared/domain/standards.md ("Steel"). The figures are copied here
// as data, so this test is an independent reference: it never reads the rule file.

interface Mechanical {
  /** ReL min, MPa; also the nominal ReL of the designation. */
  rel: number;
  /** Rm min, MPa. */
  rm: number;
  /** A min, %, before the reduction by diameter. */
  a: number;
  /** Agt min, %. */
  agt: number;
  /** Rm°/ReL° min (E designations only). */
  ratio: number | null;
  /** ReL°/ReL max (E designations only). */
  over: number | null;
}

const TABLE_MECHANICAL: [string[], Mechanical][] = [
  [['HRB400', 'HRBF400'], { rel: 400, rm: 540, a: 16, agt: 7.5, ratio: null, over: null }],
  [['HRB400E', 'HRBF400E'], { rel: 400, rm: 540, a: 16, agt: 9.0, ratio: 1.25, over: 1.3 }],
  [['HRB500', 'HRBF500'], { rel: 500, rm: 630, a: 15, agt: 7.5, ratio: null, over: null }],
  [['HRB500E', 'HRBF500E'], { rel: 500, rm: 630, a: 15, agt: 9.0, ratio: 1.25, over: 1.3 }],
  [['HRB600'], { rel: 600, rm: 730, a: 14, agt: 7.5, ratio: null, over: null }],
];

interface Chemistry {
  c: number;
  si: number;
  mn: number;
  p: number;
  s: number;
  ceq: number;
}

const TABLE_CHEMISTRY: [string[], Chemistry][] = [
  [
    ['HRB400', 'HRBF400', 'HRB400E', 'HRBF400E'],
    { c: 0.25, si: 0.8, mn: 1.6, p: 0.045, s: 0.045, ceq: 0.54 },
  ],
  [
    ['HRB500', 'HRBF500', 'HRB500E', 'HRBF500E'],
    { c: 0.25, si: 0.8, mn: 1.6, p: 0.045, s: 0.045, ceq: 0.55 },
  ],
  [['HRB600'], { c: 0.28, si: 0.8, mn: 1.6, p: 0.045, s: 0.045, ceq: 0.58 }],
];
const NITROGEN_MAX = 0.012;

/**
 * Decimals each value is rounded to before it is compared (GB/T 8170 rounded-value method): the limit's own
 * digits (1.25, 1.30, 0.80, 0.045 …), except the tensile results, whose interval comes from the test standard
 * GB/T 228.1 (domain reference, findings of 2026-12-02, unverified): strengths to 1 MPa, elongations A and Agt
 * to 0.5 % — see {@link ELONGATION_INTERVAL}.
 */
const PRECISION = {
  rel: 0,
  rm: 0,
  ratio: 2,
  over: 2,
  c: 2,
  si: 2,
  mn: 2,
  p: 3,
  s: 3,
  ceq: 2,
  n: 3,
};
const MASS_PRECISION = 1; // ±6.0, ±5.0, ±4.0
/** A and Agt are rounded at 0.5 % (GB/T 228.1), whatever digits the limit is written with (16, 7.5, 9.0). */
const ELONGATION_INTERVAL = 0.5;

const DESIGNATIONS = TABLE_MECHANICAL.flatMap(([ds]) => ds);
/** Nominal diameters at and around every band edge (elongation: 28, 40; mass: 12/14, 20/22). */
const DIAMETERS = [6, 12, 14, 20, 22, 25, 28, 40, 50];

const mechanical = (d: string) => TABLE_MECHANICAL.find(([ds]) => ds.includes(d))![1];
const chemistry = (d: string) => TABLE_CHEMISTRY.find(([ds]) => ds.includes(d))![1];
/** A may be 1 point lower for 28–40 mm, 2 points lower above 40 mm. */
const elongationMin = (designation: string, d: number) =>
  mechanical(designation).a - (d > 40 ? 2 : d >= 28 ? 1 : 0);
/** ±6.0 % for 6–12 mm, ±5.0 % for 14–20 mm, ±4.0 % for 22–50 mm (nominal diameters). */
const massTolerance = (d: number) => (d <= 12 ? 6.0 : d <= 20 ? 5.0 : 4.0);

/**
 * GB/T 8170 rounding, written out independently of the library: half to even on the decimal digits
 * of the value (read to the 15 significant digits a double holds), by absolute value, sign kept.
 */
function round8170(x: number, decimals: number): number {
  const [int, frac = ''] = Math.abs(x).toPrecision(15).split('.');
  const padded = frac.padEnd(decimals + 1, '0');
  const kept = BigInt(int! + padded.slice(0, decimals));
  const rest = padded.slice(decimals);
  const first = rest[0]!;
  const up = first > '5' || (first === '5' && (/[1-9]/.test(rest.slice(1)) || kept % 2n === 1n));
  const digits = (kept + (up ? 1n : 0n)).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return (x < 0 ? -1 : 1) * Number(text);
}

/**
 * GB/T 8170 rounding to a 0.5-unit interval: round 2x to the unit, then halve (GB/T 8170-2008, 0.5 单位修约).
 * Doubling a double is exact, so no binary residue enters.
 */
function roundHalfUnit(x: number): number {
  return round8170(2 * x, 0) / 2;
}

interface Bar {
  designation: string;
  diameter: number;
  yieldStrength: number | number[];
  tensileStrength: number | number[];
  elongation: number | number[];
  maxForceElongation: number | number[];
  carbon: number;
  silicon: number;
  manganese: number;
  phosphorus: number;
  sulfur: number;
  chromium?: number;
  vanadium?: number;
  molybdenum?: number;
  copper?: number;
  nickel?: number;
  nitrogen?: number;
  massDeviation: number;
  bendTest: boolean;
}

const list = (v: number | number[]) => (Array.isArray(v) ? v : [v]);
const normalize = (x: number) => Number(x.toPrecision(15));

/** The requirements of GB/T 1499.2-2018 a bar in scope fails, worked out from the tables above. */
function expectedFailing(bar: Bar): string[] {
  const m = mechanical(bar.designation);
  const ch = chemistry(bar.designation);
  const out: string[] = [];
  const fails = (values: number[], decimals: number, ok: (r: number) => boolean) =>
    values.some((v) => !ok(round8170(v, decimals)));
  const failsAtHalf = (values: number[], ok: (r: number) => boolean) =>
    values.some((v) => !ok(roundHalfUnit(v)));
  const g = (v: number | undefined) => v ?? 0;

  if (bar.diameter < 6 || bar.diameter > 50) out.push('diameter-in-scope');
  if (fails([bar.carbon], PRECISION.c, (r) => r <= ch.c)) out.push('carbon');
  if (fails([bar.silicon], PRECISION.si, (r) => r <= ch.si)) out.push('silicon');
  if (fails([bar.manganese], PRECISION.mn, (r) => r <= ch.mn)) out.push('manganese');
  if (fails([bar.phosphorus], PRECISION.p, (r) => r <= ch.p)) out.push('phosphorus');
  if (fails([bar.sulfur], PRECISION.s, (r) => r <= ch.s)) out.push('sulfur');
  const ceq = normalize(
    bar.carbon +
      bar.manganese / 6 +
      (g(bar.chromium) + g(bar.vanadium) + g(bar.molybdenum)) / 5 +
      (g(bar.copper) + g(bar.nickel)) / 15,
  );
  if (fails([ceq], PRECISION.ceq, (r) => r <= ch.ceq)) out.push('carbon-equivalent');
  if (fails([g(bar.nitrogen)], PRECISION.n, (r) => r <= NITROGEN_MAX)) out.push('nitrogen');

  const rel = list(bar.yieldStrength);
  const rm = list(bar.tensileStrength);
  if (fails(rel, PRECISION.rel, (r) => r >= m.rel)) out.push('yield-strength');
  if (fails(rm, PRECISION.rm, (r) => r >= m.rm)) out.push('tensile-strength');
  const inScope = bar.diameter >= 6 && bar.diameter <= 50;
  if (inScope && failsAtHalf(list(bar.elongation), (r) => r >= elongationMin(bar.designation, bar.diameter)))
    out.push('elongation');
  if (failsAtHalf(list(bar.maxForceElongation), (r) => r >= m.agt)) out.push('max-force-elongation');
  if (m.ratio !== null && m.over !== null) {
    const n = Math.max(rel.length, rm.length);
    const ratios = Array.from({ length: n }, (_, i) =>
      normalize((rm.length > 1 ? rm[i]! : rm[0]!) / (rel.length > 1 ? rel[i]! : rel[0]!)),
    );
    const ratio = m.ratio;
    const over = m.over;
    if (fails(ratios, PRECISION.ratio, (r) => r >= ratio)) out.push('strength-ratio');
    if (
      fails(
        rel.map((v) => normalize(v / m.rel)),
        PRECISION.over,
        (r) => r <= over,
      )
    )
      out.push('overstrength-ratio');
  }
  if (inScope) {
    const tol = massTolerance(bar.diameter);
    const r = round8170(bar.massDeviation, MASS_PRECISION);
    if (r < -tol) out.push('mass-deviation-lower');
    if (r > tol) out.push('mass-deviation-upper');
  }
  if (!bar.bendTest) out.push('bend-test');
  return out.sort();
}

/** A conforming bar of a designation and diameter, with some margin on every requirement. */
function conformingBar(designation: string, diameter: number): Bar {
  const m = mechanical(designation);
  const rel = m.rel + 45;
  return {
    designation,
    diameter,
    yieldStrength: rel,
    tensileStrength: Math.max(m.rm + 50, Math.round(rel * 1.35)),
    elongation: m.a + 4,
    maxForceElongation: m.agt + 2.5,
    carbon: 0.2,
    silicon: 0.4,
    manganese: 1.3,
    phosphorus: 0.025,
    sulfur: 0.02,
    vanadium: 0.02,
    massDeviation: -1.5,
    bendTest: true,
  };
}

/** Bars at, just past and half a rounding step from every mechanical and mass limit of a row. */
function mechanicalVariants(designation: string, diameter: number): [string, Partial<Bar>][] {
  const m = mechanical(designation);
  const base = conformingBar(designation, diameter);
  const rel = base.yieldStrength as number;
  const a = elongationMin(designation, diameter);
  const tol = massTolerance(diameter);
  const r1 = (x: number) => Math.round(x * 10) / 10; // test data only: 7.5 − 0.1 → 7.4
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const variants: [string, Partial<Bar>][] = [
    ['conforming', {}],
    ...[m.rel, m.rel + 1, m.rel - 1, m.rel - 0.5, m.rel - 1.5, m.rel - 0.6, m.rel + 0.5].map(
      (v): [string, Partial<Bar>] => [`ReL ${v}`, { yieldStrength: v }],
    ),
    ...[m.rm, m.rm + 1, m.rm - 1, m.rm - 0.5, m.rm - 0.6].map((v): [string, Partial<Bar>] => [
      `Rm ${v}`,
      { tensileStrength: v },
    ]),
    // A and Agt round at 0.5 %: L − 0.25 is the tie (half to even), L − 0.24 / L − 0.26 either side of it.
    ...[a, a + 1, a - 1, a - 0.5, a - 0.6, a + 0.5, a - 0.24, a - 0.25, a - 0.26, a - 0.74, a - 0.75].map(
      (v): [string, Partial<Bar>] => [`A ${v}`, { elongation: v }],
    ),
    ...[
      m.agt,
      r1(m.agt + 0.1),
      r1(m.agt - 0.1),
      r2(m.agt - 0.05),
      r2(m.agt - 0.04),
      r2(m.agt - ELONGATION_INTERVAL / 2),
      r2(m.agt - 0.24),
      r2(m.agt - 0.26),
      r1(m.agt - ELONGATION_INTERVAL),
      r1(m.agt + ELONGATION_INTERVAL),
    ].map((v): [string, Partial<Bar>] => [`Agt ${v}`, { maxForceElongation: v }]),
    ...[-tol, tol, r1(-tol - 0.1), r1(tol + 0.1), r2(-tol - 0.05), r2(tol + 0.05), r2(tol + 0.06)].map(
      (v): [string, Partial<Bar>] => [`mass deviation ${v}`, { massDeviation: v }],
    ),
    // Rm°/ReL° around 1.25 and ReL°/ReL around 1.30: limits only for E designations.
    ...[1.25, 1.24, 1.26, 1.245, 1.2451].map((k): [string, Partial<Bar>] => [
      `Rm°/ReL° ${k}`,
      { tensileStrength: Number((rel * k).toFixed(4)) },
    ]),
    ...[1.3, 1.31, 1.29, 1.305, 1.306].map((k): [string, Partial<Bar>] => {
      const y = Number((m.rel * k).toFixed(4));
      return [`ReL°/ReL ${k}`, { yieldStrength: y, tensileStrength: Math.round(y * 1.4) }];
    }),
    ['bend test failed', { bendTest: false }],
    ['two specimens, the second below ReL', { yieldStrength: [rel, m.rel - 1], tensileStrength: [700, 760] }],
    [
      'four specimens, the third below Agt',
      {
        maxForceElongation: [m.agt + 2, m.agt + 1, r1(m.agt - 0.1), m.agt],
        elongation: [a + 3, a + 2, a + 1, a],
      },
    ],
  ];
  return variants;
}

/** Bars at, just past and half a rounding step from every chemistry limit of a strength level. */
function chemistryVariants(designation: string): [string, Partial<Bar>][] {
  const ch = chemistry(designation);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  const out: [string, Partial<Bar>][] = [];
  const around = (key: keyof Bar, limit: number, step: number, round: (x: number) => number) => {
    for (const v of [limit, round(limit + step), round(limit - step), round(limit + step / 2)])
      out.push([
        `${key} ${v}`,
        { [key]: v, carbon: key === 'carbon' ? v : 0.15, manganese: key === 'manganese' ? v : 1.0 },
      ]);
  };
  around('carbon', ch.c, 0.01, r3);
  around('silicon', ch.si, 0.01, r3);
  around('manganese', ch.mn, 0.01, r3);
  around('phosphorus', ch.p, 0.001, r4);
  around('sulfur', ch.s, 0.001, r4);
  // Ceq = C + Mn/6 + (Cr+V+Mo)/5 + (Cu+Ni)/15: C 0.20 and Mn 1.50 give 0.45; vanadium brings it to the target.
  for (const target of [0.53, 0.54, 0.55, 0.56, 0.57, 0.58, 0.59, 0.545, 0.555, 0.585]) {
    out.push([
      `Ceq ${target}`,
      { carbon: 0.2, manganese: 1.5, vanadium: Number(((target - 0.45) * 5).toFixed(4)) },
    ]);
  }
  out.push([
    'Ceq from every element',
    {
      carbon: 0.2,
      manganese: 1.5,
      chromium: 0.1,
      molybdenum: 0.05,
      vanadium: 0.1,
      copper: 0.3,
      nickel: 0.15,
    },
  ]);
  for (const n of [undefined, 0, NITROGEN_MAX, 0.013, 0.011, 0.0125, 0.0126])
    out.push([`nitrogen ${n}`, n === undefined ? {} : { nitrogen: n }]);
  return out;
}

const byId = (result: GradeResult, id: string): CriterionResult => {
  const c = result.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
};

describe('hot-rolled ribbed bars, GB/T 1499.2-2018', async () => {
  const rebar: GraderPair = await bundled('steel/hot-rolled-ribbed-bar');

  async function check(bar: Bar, what = ''): Promise<GradeResult> {
    const result = await rebar.grade(bar);
    const expected = expectedFailing(bar);
    const context = `${what} ${JSON.stringify(bar)}`;
    expect(failing(result).sort(), context).toEqual(expected);
    expect(result.grade, context).toBe(expected.length === 0 ? 'conforming' : null);
    // Every requirement names its indicator.
    for (const c of result.criteria) expect(c.indicator, c.id).not.toBeNull();
    return result;
  }

  describe('mechanical properties, elongation by diameter and mass deviation: every designation and band', () => {
    const rows = DESIGNATIONS.flatMap((d) => DIAMETERS.map((diameter): [string, number] => [d, diameter]));
    it.each(rows)('%s, d %d mm', async (designation, diameter) => {
      for (const [what, change] of mechanicalVariants(designation, diameter))
        await check({ ...conformingBar(designation, diameter), ...change }, what);
    });
  });

  describe('chemistry, Ceq by strength level and nitrogen', () => {
    it.each(DESIGNATIONS)('%s', async (designation) => {
      for (const [what, change] of chemistryVariants(designation))
        await check({ ...conformingBar(designation, 16), ...change }, what);
    });
  });

  it('the reference grid is not trivial: it holds conforming and failing bars of every kind', async () => {
    const seen = new Set<string>();
    let conforming = 0;
    for (const designation of DESIGNATIONS)
      for (const diameter of DIAMETERS) {
        const bars = [...mechanicalVariants(designation, diameter), ...chemistryVariants(designation)].map(
          ([, change]) => ({ ...conformingBar(designation, diameter), ...change }),
        );
        for (const bar of bars) {
          const f = expectedFailing(bar);
          if (f.length === 0) conforming++;
          for (const id of f) seen.add(id);
        }
      }
    expect(conforming).toBeGreaterThan(1000);
    expect([...seen].sort()).toEqual(
      [
        'bend-test',
        'carbon',
        'carbon-equivalent',
        'elongation',
        'manganese',
        'mass-deviation-lower',
        'mass-deviation-upper',
        'max-force-elongation',
        'nitrogen',
        'overstrength-ratio',
        'phosphorus',
        'silicon',
        'strength-ratio',
        'sulfur',
        'tensile-strength',
        'yield-strength',
      ].sort(),
    );
  });

  describe('the rounded-value method decides', () => {
    it.each([
      ['HRB400', { yieldStrength: 399.5 }, []], // → 400
      ['HRB400', { yieldStrength: 399.4 }, ['yield-strength']], // → 399
      ['HRB500', { yieldStrength: 498.5 }, ['yield-strength']], // → 498, half to even
      // A and Agt at 0.5 % (GB/T 228.1), not at the limit's digits: the reference's own example, 8.76 → 9.0.
      ['HRB400E', { maxForceElongation: 8.76 }, []], // → 9.0, meets ≥ 9.0
      ['HRB400E', { maxForceElongation: 8.74 }, ['max-force-elongation']], // → 8.5
      ['HRB500E', { maxForceElongation: 8.75 }, []], // 2 × 8.75 = 17.5 → 18 (even) → 9.0
      ['HRB400', { maxForceElongation: 7.25 }, ['max-force-elongation']], // 2 × 7.25 = 14.5 → 14 (even) → 7.0
      ['HRB400', { maxForceElongation: 7.26 }, []], // → 7.5
      ['HRB600', { maxForceElongation: 7.45 }, []], // → 7.5 (at 0.1 % it would be 7.4 and fail)
      ['HRB400', { elongation: 15.75 }, []], // 2 × 15.75 = 31.5 → 32 (even) → 16.0, meets ≥ 16
      ['HRB400', { elongation: 15.74 }, ['elongation']], // → 15.5
      ['HRBF400', { elongation: 15.5 }, ['elongation']], // stays 15.5 (at 1 % it would be 16 and pass)
      ['HRB400', { carbon: 0.255, manganese: 1.2 }, ['carbon']], // → 0.26
      ['HRB400', { phosphorus: 0.0454 }, []], // → 0.045
    ] as [string, Partial<Bar>, string[]][])('%s %j → failing %j', async (designation, change, expected) => {
      const result = await check({ ...conformingBar(designation, 20), ...change });
      expect(failing(result)).toEqual(expected);
    });
  });

  describe('explanations', () => {
    it('a failed specimen: indicator, limit as data and text, measured and rounded value, specimen', async () => {
      const result = await check({ ...conformingBar('HRB400', 20), yieldStrength: [455, 399.4] });
      expect(result).toMatchObject({ grade: null, conforming: false });
      expect(result.notGradedReason).toMatchObject({
        code: 'below-lowest-grade',
        criteria: ['yield-strength'],
      });
      expect(byId(result, 'yield-strength')).toMatchObject({
        indicator: 'yieldStrength',
        value: 399.4,
        rounded: 399,
        specimen: 2,
        limit: { operator: '>=', value: 400, text: '≥ 400' },
        passed: false,
        status: 'failed',
        grade: 'conforming',
      });
      const message = byId(result, 'yield-strength').message;
      expect(message.en).toContain('specimen 2');
      expect(message.en).toContain('399.4');
      expect(message.en).toContain('rounded to 399');
      expect(message.zh).toContain('修约值 399');
      expect(result.nextGrade).toMatchObject({ grade: 'conforming', blockers: [{ id: 'yield-strength' }] });
    });

    it('Agt is rounded at 0.5 % (GB/T 228.1); the limit keeps the digits the standard writes (≥ 9.0, ≥ 7.5)', async () => {
      const e = await check({ ...conformingBar('HRBF500E', 20), maxForceElongation: 8.74 });
      expect(byId(e, 'max-force-elongation')).toMatchObject({
        indicator: 'maxForceElongation',
        value: 8.74,
        rounded: 8.5,
        limit: { operator: '>=', value: 9, text: '≥ 9.0' },
        passed: false,
      });
      const meets = await check({ ...conformingBar('HRBF500E', 20), maxForceElongation: 8.76 });
      expect(byId(meets, 'max-force-elongation')).toMatchObject({ value: 8.76, rounded: 9, passed: true });
      const plain = await check({ ...conformingBar('HRB600', 20), maxForceElongation: 7.24 });
      expect(byId(plain, 'max-force-elongation')).toMatchObject({
        rounded: 7,
        limit: { text: '≥ 7.5' },
        passed: false,
      });
    });

    it('strengths are rounded at 1 MPa: ReL 399.5 → 400 meets ≥ 400, 498.5 → 498 fails ≥ 500', async () => {
      const at = await check({ ...conformingBar('HRB400', 20), yieldStrength: 399.5, tensileStrength: 600 });
      expect(byId(at, 'yield-strength')).toMatchObject({ rounded: 400, passed: true });
      const rm = await check({ ...conformingBar('HRB500', 20), tensileStrength: 629.5 });
      expect(byId(rm, 'tensile-strength')).toMatchObject({ rounded: 630, passed: true }); // 629.5 → 630 (even)
      const rmLow = await check({ ...conformingBar('HRB600', 20), tensileStrength: 728.5 });
      expect(byId(rmLow, 'tensile-strength')).toMatchObject({ rounded: 728, passed: false }); // → 728 (even)
    });

    it('elongation: the limit is lowered by diameter', async () => {
      for (const [diameter, text] of [
        [25, '≥ 16'],
        [28, '≥ 15'],
        [40, '≥ 15'],
        [50, '≥ 14'],
      ] as const) {
        const result = await check({ ...conformingBar('HRB400E', diameter), elongation: 13.4 });
        expect(byId(result, 'elongation')).toMatchObject({
          indicator: 'elongation',
          value: 13.4,
          rounded: 13.5, // at 0.5 %
          limit: { operator: '>=', text },
          passed: false,
        });
      }
    });

    it('mass deviation: the tolerance band follows the diameter; rounding keeps the sign', async () => {
      const result = await check({ ...conformingBar('HRB500', 12), massDeviation: -6.06 });
      expect(failing(result)).toEqual(['mass-deviation-lower']);
      expect(byId(result, 'mass-deviation-lower')).toMatchObject({
        indicator: 'massDeviation',
        value: -6.06,
        rounded: -6.1,
        limit: { operator: '>=', value: -6, text: '≥ -6.0' },
      });
      expect(byId(result, 'mass-deviation-upper')).toMatchObject({ passed: true, limit: { text: '≤ 6.0' } });
      const wide = await check({ ...conformingBar('HRB500', 22), massDeviation: 4.15 });
      expect(byId(wide, 'mass-deviation-upper')).toMatchObject({
        value: 4.15,
        rounded: 4.2,
        limit: { operator: '<=', text: '≤ 4.0' },
        passed: false,
      });
    });

    it('carbon equivalent is computed, rounded to 0.01 and compared with its strength level', async () => {
      const chem = { carbon: 0.22, manganese: 1.5, chromium: 0.1, vanadium: 0.15, copper: 0.3 };
      // Ceq = 0.22 + 0.25 + 0.05 + 0.02 = 0.54
      const r400 = await check({ ...conformingBar('HRB400', 20), ...chem });
      expect(byId(r400, 'carbon-equivalent')).toMatchObject({
        indicator: 'carbonEquivalent',
        value: 0.54,
        rounded: 0.54,
        limit: { operator: '<=', value: 0.54, text: '≤ 0.54' },
        passed: true,
      });
      const high = await check({ ...conformingBar('HRB400', 20), ...chem, nickel: 0.15 }); // 0.55
      expect(failing(high)).toEqual(['carbon-equivalent']);
      const r500 = await check({ ...conformingBar('HRB500', 20), ...chem, nickel: 0.15 });
      expect(byId(r500, 'carbon-equivalent')).toMatchObject({ limit: { text: '≤ 0.55' }, passed: true });
      const r600 = await check({ ...conformingBar('HRB600', 20), ...chem, nickel: 0.15 });
      expect(byId(r600, 'carbon-equivalent')).toMatchObject({ limit: { text: '≤ 0.58' }, passed: true });
    });

    it('E designations: strength ratio and overstrength ratio, per specimen, with their limits', async () => {
      const result = await check({
        ...conformingBar('HRB400E', 20),
        yieldStrength: [440, 455],
        tensileStrength: [600, 560],
      });
      expect(failing(result)).toEqual(['strength-ratio']);
      expect(byId(result, 'strength-ratio')).toMatchObject({
        indicator: 'strengthRatio',
        rounded: 1.23,
        specimen: 2,
        limit: { operator: '>=', value: 1.25, text: '≥ 1.25' },
      });
      expect(byId(result, 'strength-ratio').value).toBeCloseTo(560 / 455, 12);
      const over = await check({ ...conformingBar('HRB500E', 20), yieldStrength: 655, tensileStrength: 850 });
      expect(byId(over, 'overstrength-ratio')).toMatchObject({
        indicator: 'overstrengthRatio',
        value: 1.31,
        rounded: 1.31,
        limit: { operator: '<=', value: 1.3, text: '≤ 1.30' },
        passed: false,
      });
    });

    it('the E requirements do not apply to other designations: reported as not applicable', async () => {
      for (const designation of ['HRB400', 'HRBF500', 'HRB600']) {
        const result = await check({
          ...conformingBar(designation, 20),
          tensileStrength: 740,
          yieldStrength: 640,
        });
        for (const id of ['strength-ratio', 'overstrength-ratio'])
          expect(byId(result, id), `${designation} ${id}`).toMatchObject({
            status: 'not-applicable',
            passed: null,
            limit: null,
          });
      }
    });

    it('nitrogen left out counts as 0', async () => {
      const result = await check(conformingBar('HRB400', 20));
      expect(byId(result, 'nitrogen')).toMatchObject({
        indicator: 'nitrogen',
        value: 0,
        limit: { operator: '<=', value: 0.012, text: '≤ 0.012' },
        passed: true,
      });
    });

    it('bend test failed', async () => {
      const result = await check({ ...conformingBar('HRB600', 40), bendTest: false });
      expect(byId(result, 'bend-test')).toMatchObject({
        indicator: 'bendTest',
        value: false,
        limit: { operator: '=', value: true, text: '= true' },
        passed: false,
      });
    });

    it('a conforming bar: grade, label, no next grade', async () => {
      const result = await check(conformingBar('HRBF400E', 32));
      expect(result).toMatchObject({
        grade: 'conforming',
        label: { zh: '合格', en: 'Conforming' },
        conforming: true,
        nextGrade: null,
      });
    });
  });

  describe('scope and invalid records', () => {
    it.each([5, 55, 5.9, 50.1])('d %d mm is outside the standard and not graded', async (diameter) => {
      const result = await check(conformingBar('HRB400', diameter));
      expect(result.grade).toBeNull();
      expect(result.notGradedReason).toMatchObject({ code: 'out-of-scope', criteria: ['diameter-in-scope'] });
      expect(result.notGradedReason!.message.en).toContain('GB/T 1499.2-2018');
      expect(byId(result, 'elongation').status).toBe('not-applicable');
    });

    it.each([6, 50])('d %d mm is inside the standard', async (diameter) => {
      expect((await check(conformingBar('HRB400', diameter))).grade).toBe('conforming');
    });

    it.each([
      [{ designation: 'HRB335' }, 'designation', 'not-allowed'],
      [{ designation: 'HRBF600' }, 'designation', 'not-allowed'],
      [{ designation: 'HRB400e' }, 'designation', 'not-allowed'],
      [{ sulfur: undefined }, 'sulfur', 'missing'],
      [{ yieldStrength: [450, 451, 452, 453, 454] }, 'yieldStrength', 'too-many-specimens'],
      [
        { yieldStrength: [450, 460], tensileStrength: [600, 610, 620] },
        'yieldStrength',
        'specimen-count-mismatch',
      ],
      [{ bendTest: 'ok' }, 'bendTest', 'wrong-type'],
      [{ yieldStrength: -1 }, 'yieldStrength', 'out-of-range'],
    ] as [Record<string, unknown>, string, string][])('%j → %s %s', async (change, field, code) => {
      const record: Record<string, unknown> = { ...conformingBar('HRB400E', 20), ...change };
      for (const k of Object.keys(record)) if (record[k] === undefined) delete record[k];
      const result = await rebar.grade(record);
      expect(result).toMatchObject({ grade: null, conforming: false, criteria: [], nextGrade: null });
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toContainEqual(expect.objectContaining({ field, code }));
    });
  });

  it('tells what it encodes: the 2018 edition, superseded, secondary, rounded-value method', () => {
    const rs = rebar.ruleSet;
    expect(rs.references[0]).toMatchObject({
      code: 'GB/T 1499.2-2018',
      edition: '2018',
      status: 'superseded',
      supersededBy: 'GB 1499.2-2024',
    });
    // No copy of the 2018 text was read (domain reference, findings of 2026-12-02): secondary, not sourced.
    expect(rs.provenance.level).toBe('secondary');
    expect(rs.provenance.note.en).toContain('GB 1499.2-2024');
    expect(rs.provenance.note.en).toContain('GB/T 228.1');
    expect(rs.provenance.note.zh).toContain('GB/T 228.1');
    expect(rs.provenance.note.en).toMatch(/unverified/);
    expect(rs.references.map((r) => r.code)).toEqual(['GB/T 1499.2-2018']);
    expect(rs.description?.en).toContain('GB 1499.2-2024');
    expect(rs.comparison).toBe('rounded');
    expect(rs.grades.map((g) => g.id)).toEqual(['conforming']);
    const designation = rs.indicators.find((i) => i.name === 'designation')!;
    expect(designation).toMatchObject({ type: 'enum' });
    expect([...designation.values!].sort()).toEqual([...DESIGNATIONS].sort());
    for (const name of ['yieldStrength', 'tensileStrength', 'elongation', 'maxForceElongation'])
      expect(
        rs.indicators.find((i) => i.name === name),
        name,
      ).toMatchObject({ specimens: 4 });
    for (const name of ['chromium', 'vanadium', 'molybdenum', 'copper', 'nickel', 'nitrogen'])
      expect(
        rs.indicators.find((i) => i.name === name),
        name,
      ).toMatchObject({ required: false });
    for (const name of [
      'carbon',
      'silicon',
      'manganese',
      'phosphorus',
      'sulfur',
      'massDeviation',
      'bendTest',
    ])
      expect(
        rs.indicators.find((i) => i.name === name),
        name,
      ).toMatchObject({ required: true });
  });

  it('grades the sample data in examples/steel-rebar.json as the reference does', async () => {
    const records = JSON.parse(
      readFileSync(new URL('../../examples/steel-rebar.json', import.meta.url), 'utf8'),
    ) as (Bar & { batch: string })[];
    const outcomes: string[] = [];
    for (const record of records) {
      if (!DESIGNATIONS.includes(record.designation)) {
        const result = await rebar.grade(record);
        expect(result.notGradedReason?.code).toBe('invalid-record');
        outcomes.push(`invalid: ${result.errors!.map((e) => e.field).join(', ')}`);
        continue;
      }
      const result = await check(record);
      outcomes.push(result.grade ?? failing(result).join(', '));
    }
    // Most conform; the others fail different requirements; one is invalid.
    expect(outcomes).toEqual([
      'conforming',
      'conforming',
      'conforming',
      'conforming',
      'conforming',
      'conforming',
      'strength-ratio',
      'max-force-elongation',
      'mass-deviation-lower',
      'carbon-equivalent, bend-test',
      'conforming',
      'invalid: designation',
    ]);
  });
});
