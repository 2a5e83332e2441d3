import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { BUNDLED_RULE_TEXTS } from '../../src/bundled/bundled-rule-texts';
import { createGrader, type GradeResult, parseRuleSet } from '../../src/index';
import { modelOf } from '../../src/resolve/rule-set';
import { bundled, expectValidResult, graderPair } from '../helpers';
import { type ReferenceResult, referenceGrade } from './reference-grader';

// Differential and property tests with three parties: the compiled closures,
// json-rules-engine, and a reference interpreter over the resolved model that
// shares no evaluation code with either, must agree on generated rule sets and
// records (zod's compile-generative test is the model); and grading must behave.

const GRADE_IDS = ['D', 'C', 'B', 'A'];
const KINDS = ['k1', 'k2', 'k3'];

interface Spec {
  grades: number;
  numbers: {
    decimals: number;
    specimens: boolean;
    rounded: boolean;
    max: boolean;
    /** A strict limit (`>` / `<`) rather than an inclusive one. */
    strict: boolean;
    step: number;
    base: number;
  }[];
  table: boolean;
  when: boolean;
  gate: boolean;
  cap: boolean;
  scope: boolean;
  /** A count aggregate (at most one specimen failing) on specimen indicators. */
  count: boolean;
  /** A tolerance requirement "50.0 ± 0.5", compared rounded or not. */
  tolerance: 'none' | 'full' | 'rounded';
  /** The tolerance's indicator has three specimens, each of which must lie in it. */
  toleranceSpecimens: boolean;
  /** The table's k3 row lacks the top grade (n/a). */
  unavailable: boolean;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  grades: fc.integer({ min: 1, max: 4 }),
  numbers: fc.array(
    fc.record({
      decimals: fc.integer({ min: 0, max: 2 }),
      specimens: fc.boolean(),
      rounded: fc.boolean(),
      max: fc.boolean(),
      strict: fc.boolean(),
      step: fc.integer({ min: 1, max: 30 }),
      base: fc.integer({ min: 10, max: 500 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  table: fc.boolean(),
  when: fc.boolean(),
  gate: fc.boolean(),
  cap: fc.boolean(),
  scope: fc.boolean(),
  count: fc.boolean(),
  tolerance: fc.constantFrom('none', 'full', 'rounded'),
  toleranceSpecimens: fc.boolean(),
  unavailable: fc.boolean(),
});

const fmt = (value: number, decimals: number) => value.toFixed(decimals);

/** A valid rule set from a spec, as a rule author would write it, with thresholds monotonic across grades. */
function ruleSetFor(spec: Spec): { text: string; thresholds: number[][] } {
  // Grades are listed lowest first: D, C, B, A.
  const ladder = GRADE_IDS.slice(0, spec.grades);
  const indicators: Record<string, unknown> = {
    kind: { type: 'enum', values: KINDS, label: { zh: '类别', en: 'Kind' } },
    ok: { type: 'boolean', label: { zh: '安全', en: 'Safe' }, required: false, default: true },
  };
  const criteria: unknown[] = [];
  const thresholds: number[][] = [];
  const tables: Record<string, unknown> = {};
  spec.numbers.forEach((n, i) => {
    const name = `x${i}`;
    indicators[name] = {
      type: 'number',
      label: { zh: name, en: name },
      ...(n.specimens ? { specimens: 3 } : {}),
      ...(n.rounded ? { comparison: 'rounded' } : {}),
    };
    const unit = 10 ** -n.decimals;
    // Minimums rise with the grade; maximums fall.
    const limits = ladder.map((_, g) =>
      n.max ? n.base - g * n.step * unit * 10 : n.base + g * n.step * unit * 10,
    );
    thresholds.push(limits);
    const op = n.max ? (n.strict ? '<' : '≤') : n.strict ? '>' : '≥';
    if (spec.table && i === 0) {
      tables.t = {
        keys: ['kind'],
        columns: ['kind', ...ladder],
        rows: [
          [['k1', 'k2'], ...limits.map((l) => Number(fmt(l, n.decimals)))],
          [
            'k3',
            ...limits.map((l, g) =>
              spec.unavailable && g > 0 && g === limits.length - 1
                ? 'n/a'
                : Number(fmt(l + (n.max ? -unit * 5 : unit * 5), n.decimals)),
            ),
          ],
        ],
      };
      criteria.push({ id: `c${i}`, indicator: name, require: `${op} t` });
    } else {
      ladder.forEach((g, gi) => {
        criteria.push({
          id: `c${i}-${g}`,
          indicator: name,
          require: `${op} ${fmt(limits[gi]!, n.decimals)}`,
          ...(gi > 0 ? { grade: g } : {}),
          ...(spec.when && i === 0 && gi === ladder.length - 1 ? { when: { kind: ['k1', 'k3'] } } : {}),
        });
      });
    }
    if (spec.count && n.specimens)
      criteria.push({
        id: `c${i}-count`,
        indicator: name,
        aggregate: { atMostFailing: 1 },
        require: `${op} ${fmt(limits[0]!, n.decimals)}`,
      });
  });
  if (spec.tolerance !== 'none') {
    indicators.tol = {
      type: 'number',
      label: { zh: '偏差', en: 'Tolerance' },
      comparison: spec.tolerance,
      ...(spec.toleranceSpecimens ? { specimens: 3 } : {}),
      required: false,
      default: 50,
    };
    criteria.push({ id: 'tol', indicator: 'tol', require: '50.0 ± 0.5' });
  }
  if (spec.gate) criteria.push({ id: 'safety', indicator: 'ok', require: '= true', gate: true });
  if (spec.cap && ladder.length > 1)
    criteria.push({ id: 'not-k2', indicator: 'kind', require: 'in [k1, k3]', cap: ladder[0] });
  const doc: Record<string, unknown> = {
    schemaVersion: 1,
    id: 'test/generated',
    version: '1.0.0',
    industry: 'test',
    subject: 'product',
    title: { zh: '生成', en: 'Generated' },
    references: [{ code: 'TEST', edition: '1' }],
    provenance: { level: 'illustrative', note: { zh: '测试', en: 'test' } },
    indicators,
    grades: ladder.map((id) => ({ id, label: { zh: id, en: id } })),
    criteria,
  };
  if (Object.keys(tables).length) doc.tables = tables;
  if (spec.scope)
    doc.scope = [
      { id: 's', indicator: 'x0', require: '≤ 100000', reason: { zh: '超范围', en: 'out of scope' } },
    ];
  return { text: stringify(doc), thresholds };
}

/** Records near the thresholds (at, just below, just above, rounding ties), plus random and broken ones. */
function recordArb(spec: Spec, thresholds: number[][]): fc.Arbitrary<unknown> {
  const valueArb = (i: number) => {
    const n = spec.numbers[i]!;
    const unit = 10 ** -n.decimals;
    const near = fc
      .tuple(
        fc.constantFrom(...thresholds[i]!),
        fc.constantFrom(-unit, -unit / 2, -unit / 10, 0, unit / 10, unit / 2, unit),
      )
      .map(([t, d]) => Number((t + d).toFixed(n.decimals + 2)));
    const single = fc.oneof(near, fc.double({ min: -50, max: 1200, noNaN: true }));
    return n.specimens ? fc.oneof(single, fc.array(single, { minLength: 1, maxLength: 3 })) : single;
  };
  const tolArb = fc.constantFrom(49.44, 49.45, 49.46, 49.5, 49.54, 49.55, 50, 50.45, 50.5, 50.55, 50.56);
  const valid = fc.record({
    kind: fc.constantFrom(...KINDS),
    ok: fc.boolean(),
    tol: spec.toleranceSpecimens
      ? fc.oneof(tolArb, fc.array(tolArb, { minLength: 1, maxLength: 3 }))
      : tolArb,
    ...Object.fromEntries(spec.numbers.map((_, i) => [`x${i}`, valueArb(i)])),
  });
  const broken = fc.oneof(
    fc.constant({ kind: 'k9' }),
    fc.constant(null),
    fc.constant([]),
    valid.map((r) => ({ ...r, x0: 'not a number' })),
    valid.map((r) => {
      const { x0: _, ...rest } = r as Record<string, unknown>;
      return rest;
    }),
    valid.map((r) => ({ ...r, x0: Number.NaN })),
  );
  return fc.oneof({ weight: 8, arbitrary: valid }, { weight: 1, arbitrary: broken });
}

function comparable(result: GradeResult): unknown {
  return JSON.parse(JSON.stringify(result));
}

/** The parts of a result the reference decides: grade, next grade, and each criterion's verdict, value and limit. */
function decided(result: GradeResult): ReferenceResult {
  return {
    grade: result.grade,
    notGraded: (result.notGradedReason?.code ?? null) as ReferenceResult['notGraded'],
    nextGrade: result.nextGrade?.grade ?? null,
    blockers: result.nextGrade?.blockers.map((b) => b.id) ?? [],
    criteria: result.criteria.map((c) => {
      const r: ReferenceResult['criteria'][number] = {
        id: c.id,
        status: c.status,
        value: c.value,
        limit: c.limit?.operator === 'condition' ? null : (c.limit?.value ?? null),
      };
      if (c.rounded !== undefined) r.rounded = c.rounded;
      if (c.specimen !== undefined) r.specimen = c.specimen;
      if (c.failingSpecimens !== undefined) r.failingSpecimens = c.failingSpecimens;
      if (c.unavailable) r.unavailable = true;
      return r;
    }),
  };
}

/** Checks a graded result against the reference interpreter; returns whether the record could be compared. */
function agreesWithReference(
  ruleSet: Parameters<typeof modelOf>[0],
  record: unknown,
  result: GradeResult,
): boolean {
  if (result.errors) return false;
  const expected = referenceGrade(modelOf(ruleSet), record as Record<string, unknown>);
  expect(decided(result), 'the runners agree with the reference interpreter').toEqual(expected);
  return true;
}

describe('compiled evaluation, json-rules-engine and the reference interpreter agree', () => {
  it('on generated rule sets and records: identical results, valid against the schema, deterministic', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        specArb.chain((spec) => {
          const { text, thresholds } = ruleSetFor(spec);
          return fc.tuple(
            fc.constant(text),
            fc.array(recordArb(spec, thresholds), { minLength: 1, maxLength: 15 }),
          );
        }),
        async ([text, records]) => {
          const ruleSet = parseRuleSet(text, { filename: 'generated.yaml' });
          const compiled = createGrader(ruleSet);
          const engine = createGrader(ruleSet, { engine: 'json-rules-engine' });
          for (const record of records) {
            const a = compiled.gradeSync(record);
            const b = await engine.grade(record);
            expect(comparable(a)).toEqual(comparable(b));
            expectValidResult(a);
            expect(comparable(compiled.gradeSync(record))).toEqual(comparable(a));
            expect(compiled.gradeOnly(record)).toBe(a.grade);
            if (agreesWithReference(ruleSet, record, a)) compared++;
          }
        },
      ),
      { numRuns: 150, seed: 20261122 },
    );
    // Most generated records are valid: the reference must have judged them, not skipped them.
    expect(compared).toBeGreaterThan(500);
  });

  it('on the bundled rule sets with generated records', async () => {
    const ac = await bundled('home-appliances/room-air-conditioner-energy');
    const record = fc.record({
      unitType: fc.constantFrom('heat-pump', 'cooling-only', 'window'),
      ratedCoolingCapacity: fc.oneof(
        fc.constantFrom(4500, 4500.01, 7100, 7100.01, 14000, 14000.01),
        fc.double({ min: 0, max: 16000, noNaN: true }),
      ),
      apf: fc.oneof(
        fc.constantFrom(3.1, 3.3, 3.5, 4.0, 4.2, 4.5, 5.0, 4.99, 5.01),
        fc.double({ min: 2, max: 6, noNaN: true }),
      ),
      seer: fc.oneof(
        fc.constantFrom(3.5, 3.7, 3.9, 4.4, 5.0, 5.8, 5.79),
        fc.double({ min: 2, max: 7, noNaN: true }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(record, async (r) => {
        const result = await ac.grade(r);
        expect(ac.compiled.gradeOnly(r)).toBe(result.grade);
        agreesWithReference(ac.ruleSet, r, result);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('the reference interpreter on every bundled rule set', () => {
  it.each(Object.keys(BUNDLED_RULE_TEXTS))(
    'agrees with both runners on the records of %s’s suite',
    async (id) => {
      const pair = await bundled(id);
      const suite = parse(readFileSync(new URL(`../../rules/${id}.test.yaml`, import.meta.url), 'utf8')) as {
        cases: { input: Record<string, unknown> }[];
      };
      let compared = 0;
      for (const { input } of suite.cases) {
        const result = await pair.grade(input);
        if (agreesWithReference(pair.ruleSet, input, result)) compared++;
      }
      expect(compared).toBeGreaterThan(0);
    },
  );
});

describe('grading behaves', () => {
  it('raising a value never lowers the grade when every requirement on it is a minimum', async () => {
    await fc.assert(
      fc.asyncProperty(
        specArb
          .map((s) => ({
            ...s,
            numbers: s.numbers.map((n) => ({ ...n, max: false })),
            cap: false,
            scope: false,
          }))
          .chain((spec) => {
            const { text, thresholds } = ruleSetFor(spec);
            return fc.tuple(
              fc.constant(text),
              fc.constant(spec),
              recordArb(spec, thresholds).filter(
                (r) => r !== null && typeof r === 'object' && !Array.isArray(r),
              ),
              fc.double({ min: 0, max: 100, noNaN: true }),
            );
          }),
        async ([text, spec, record, raise]) => {
          const grader = graderPair(parseRuleSet(text)).compiled;
          const before = grader.gradeSync(record);
          if (before.errors) return;
          const order = (g: string | null) => (g === null ? -1 : GRADE_IDS.indexOf(g));
          for (let i = 0; i < spec.numbers.length; i++) {
            const r = record as Record<string, unknown>;
            const v = r[`x${i}`];
            const raised = Array.isArray(v) ? v.map((x: number) => x + raise) : (v as number) + raise;
            const after = grader.gradeSync({ ...r, [`x${i}`]: raised });
            expect(order(after.grade)).toBeGreaterThanOrEqual(order(before.grade));
          }
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it('one grader shared by many concurrent callers gives exactly the sequential results', async () => {
    const ac = await bundled('home-appliances/room-air-conditioner-energy');
    const records = Array.from({ length: 120 }, (_, i) => ({
      unitType: i % 3 === 0 ? 'cooling-only' : 'heat-pump',
      ratedCoolingCapacity: 2000 + ((i * 397) % 13000),
      apf: 3 + ((i * 7) % 25) / 10,
      seer: 3.4 + ((i * 11) % 26) / 10,
    }));
    for (const grader of [ac.compiled, ac.engine]) {
      const sequential = [];
      for (const r of records) sequential.push(comparable(await grader.grade(r)));
      const concurrent = await Promise.all(records.map((r) => grader.grade(r)));
      expect(concurrent.map(comparable)).toEqual(sequential);
    }
  });
});
