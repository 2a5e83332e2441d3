// GB/T 1499.2-2018, as given in /work/shared/domain/standards.md ("Steel"), and the one change of
// GB 1499.2-2024 found (mass deviation). The figures are copied here as data, so the tests that use this module
// are an independent reference: it never reads a rule file.

export interface Mechanical {
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

export const TABLE_MECHANICAL: [string[], Mechanical][] = [
  [['HRB400', 'HRBF400'], { rel: 400, rm: 540, a: 16, agt: 7.5, ratio: null, over: null }],
  [['HRB400E', 'HRBF400E'], { rel: 400, rm: 540, a: 16, agt: 9.0, ratio: 1.25, over: 1.3 }],
  [['HRB500', 'HRBF500'], { rel: 500, rm: 630, a: 15, agt: 7.5, ratio: null, over: null }],
  [['HRB500E', 'HRBF500E'], { rel: 500, rm: 630, a: 15, agt: 9.0, ratio: 1.25, over: 1.3 }],
  [['HRB600'], { rel: 600, rm: 730, a: 14, agt: 7.5, ratio: null, over: null }],
];

export interface Chemistry {
  c: number;
  si: number;
  mn: number;
  p: number;
  s: number;
  ceq: number;
}

export const TABLE_CHEMISTRY: [string[], Chemistry][] = [
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
export const NITROGEN_MAX = 0.012;

/**
 * Decimals each value is rounded to before it is compared (GB/T 8170 rounded-value method): the limit's own
 * digits (1.25, 1.30, 0.80, 0.045 …), except the tensile results, whose interval comes from the test standard
 * GB/T 228.1 (domain reference, findings of 2026-12-02, unverified): strengths to 1 MPa, elongations A and Agt
 * to 0.5 % — see {@link ELONGATION_INTERVAL}.
 */
export const PRECISION = {
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
export const MASS_PRECISION = 1; // ±6.0, ±5.0, ±4.0
/** A and Agt are rounded at 0.5 % (GB/T 228.1), whatever digits the limit is written with (16, 7.5, 9.0). */
export const ELONGATION_INTERVAL = 0.5;

export const DESIGNATIONS = TABLE_MECHANICAL.flatMap(([ds]) => ds);
/** Nominal diameters at and around every band edge (elongation: 28, 40; mass: 12/14, 20/22). */
export const DIAMETERS = [6, 12, 14, 20, 22, 25, 28, 40, 50];

export const mechanical = (d: string) => TABLE_MECHANICAL.find(([ds]) => ds.includes(d))![1];
export const chemistry = (d: string) => TABLE_CHEMISTRY.find(([ds]) => ds.includes(d))![1];
/** A may be 1 point lower for 28–40 mm, 2 points lower above 40 mm. */
export const elongationMin = (designation: string, d: number) =>
  mechanical(designation).a - (d > 40 ? 2 : d >= 28 ? 1 : 0);
/** Permitted mass deviation (± %) by nominal diameter. */
export type MassTolerance = (diameter: number) => number;
/** GB/T 1499.2-2018: ±6.0 % for 6–12 mm, ±5.0 % for 14–20 mm, ±4.0 % for 22–50 mm (nominal diameters). */
export const massTolerance: MassTolerance = (d) => (d <= 12 ? 6.0 : d <= 20 ? 5.0 : 4.0);
/**
 * GB 1499.2-2024 (domain reference, findings of 2026-12-02, secondary): ±5.5 % (6–12 mm), ±4.5 % (14–20 mm),
 * ±3.5 % (22–50 mm). The only 2024 change found; every other figure is taken as 2018's.
 */
export const massTolerance2024: MassTolerance = (d) => (d <= 12 ? 5.5 : d <= 20 ? 4.5 : 3.5);

/**
 * GB/T 8170 rounding, written out independently of the library: half to even on the decimal digits
 * of the value (read to the 15 significant digits a double holds), by absolute value, sign kept.
 */
export function round8170(x: number, decimals: number): number {
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
export function roundHalfUnit(x: number): number {
  return round8170(2 * x, 0) / 2;
}

export interface Bar {
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

export const list = (v: number | number[]) => (Array.isArray(v) ? v : [v]);
export const normalize = (x: number) => Number(x.toPrecision(15));

/**
 * The requirements of GB/T 1499.2-2018 a bar fails, worked out from the tables above; `tolerance` swaps in
 * another edition's mass deviation (GB 1499.2-2024).
 */
export function expectedFailing(bar: Bar, tolerance: MassTolerance = massTolerance): string[] {
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
    const tol = tolerance(bar.diameter);
    const r = round8170(bar.massDeviation, MASS_PRECISION);
    if (r < -tol) out.push('mass-deviation-lower');
    if (r > tol) out.push('mass-deviation-upper');
  }
  if (!bar.bendTest) out.push('bend-test');
  return out.sort();
}

/** A conforming bar of a designation and diameter, with some margin on every requirement. */
export function conformingBar(designation: string, diameter: number): Bar {
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
export function mechanicalVariants(
  designation: string,
  diameter: number,
  tolerance: MassTolerance = massTolerance,
): [string, Partial<Bar>][] {
  const m = mechanical(designation);
  const base = conformingBar(designation, diameter);
  const rel = base.yieldStrength as number;
  const a = elongationMin(designation, diameter);
  const tol = tolerance(diameter);
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
export function chemistryVariants(designation: string): [string, Partial<Bar>][] {
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
