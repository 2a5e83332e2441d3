import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledRuleSetIds, loadBundledRuleSet } from '../../src/bundled/bundled-rule-sets';
import { explainFailing } from '../../src/explain/explain-record';
import { resultAtDetail } from '../../src/explain/result-detail';
import { compileGrader } from '../../src/grade/create-grader';
import { packGrades, unpackGrades } from '../../src/grade/pool-grades';
import { explainPacked, packOutcomes } from '../../src/grade/pool-outcomes';
import { loadRuleSet } from '../../src/resolve/load-rule-set';
import { tempDir } from '../temp-dir';

/** Every record a rule set's own suite grades: single cases and the records of group cases. */
function suiteRecords(id: string): unknown[] {
  const suite = parse(readFileSync(new URL(`../../rules/${id}.test.yaml`, import.meta.url), 'utf8'));
  const records: unknown[] = [];
  for (const c of suite.cases ?? []) if (c.input !== undefined) records.push(c.input);
  for (const g of suite.groups ?? []) records.push(...(g.records ?? []));
  return records;
}

// Invalid records, and values no suite gives: -0, a string where a number is read.
const ODD: unknown[] = [{}, null, 'text', { apf: -0, seer: '4.1' }];
const IDS = await bundledRuleSetIds();

describe('grader pool outcomes: packed in a worker, explained in the pool’s thread', () => {
  it.each(IDS)('%s: the results gradeSync gives, across batches', async (id) => {
    const ruleSet = await loadBundledRuleSet(id);
    const worker = compileGrader(ruleSet);
    // The pool's thread compiles the rule set on its own, as a pool does.
    const caller = compileGrader(await loadBundledRuleSet(id));
    const records = [...suiteRecords(id), ...ODD];
    expect(records.length).toBeGreaterThan(20);
    const got = [];
    // Small batches: a keyed limit is sent again in each batch that uses it.
    for (let i = 0; i < records.length; i += 7) {
      const batch = records.slice(i, i + 7).map((record) => ({ snapshot: worker.snapshot(record) }));
      // As a worker's message is copied: a structured clone, its numbers in their own buffer.
      const packed = structuredClone(packOutcomes(worker, batch));
      got.push(...explainPacked(caller, packed));
    }
    expect(got).toStrictEqual(records.map((r) => worker.grader.gradeSync(r)));
  });

  it('a value written with a rounding mark: shown as written, with or without defaults, as gradeSync shows it', async () => {
    const id = 'building-materials/common-portland-cement';
    const worker = compileGrader(await loadBundledRuleSet(id));
    const caller = compileGrader(await loadBundledRuleSet(id));
    const base = suiteRecords(id).find(
      (r) => (r as { compressive28d?: unknown }).compressive28d !== undefined,
    ) as Record<string, unknown>;
    const records: Record<string, unknown>[] = ['42.5(-)', '43(-)', 42.5].map((v) => ({
      ...base,
      autoclaveSoundness: true,
      compressive28d: v,
    }));
    // autoclaveSoundness left out: its default (false) is used, and the record is packed with its defaults.
    const { autoclaveSoundness: _left, ...withDefault } = records[0]!;
    records.push(withDefault);
    const packed = structuredClone(
      packOutcomes(
        worker,
        records.map((record) => ({ snapshot: worker.snapshot(record) })),
      ),
    );
    const got = [...explainPacked(caller, packed)];
    expect(got).toStrictEqual(records.map((r) => worker.grader.gradeSync(r)));
    const written = got.map((r) => r.criteria.find((c) => c.id === 'compressive-28d')?.written);
    expect(written).toEqual(['42.5(−)', '43(−)', undefined, '42.5(−)']);
    // The last record crossed with its defaults and its marks both.
    const facts = worker.outcomes({ record: records[3]! }) as {
      facts: { defaulted?: unknown; written?: unknown };
    };
    expect([facts.facts.defaulted, facts.facts.written]).not.toContain(undefined);
  });

  // developer-21 F1: a limit computed per record (rebar's elongation minimum, a formula) is keyed when a
  // worker first meets its value, so two workers key the same limit apart, and the pool's thread showed
  // one worker's record another's limit ("12.5 % meets ≥ 15 %").
  it('a computed limit keyed in one worker is not read by another worker’s key', async () => {
    const id = 'steel/hot-rolled-ribbed-bar';
    const [first, second, caller] = await Promise.all(
      [0, 1, 2].map(async () => compileGrader(await loadBundledRuleSet(id))),
    );
    const records = suiteRecords(id);
    // The two workers meet the records, and so the computed limits, in opposite orders.
    const batches = [
      { worker: first!, records },
      { worker: second!, records: [...records].reverse() },
    ];
    for (const { worker, records: batch } of batches) {
      const packed = structuredClone(
        packOutcomes(
          worker,
          batch.map((record) => ({ snapshot: worker.snapshot(record) })),
        ),
      );
      expect([...explainPacked(caller!, packed)]).toStrictEqual(
        batch.map((r) => caller!.grader.gradeSync(r)),
      );
    }
  });

  it('keeps -0 apart from 0, and a string value as a string', async () => {
    const split = compileGrader(await loadBundledRuleSet('steel/low-alloy-structural-steel'));
    const sample = {
      designation: 'Q355',
      thickness: 20,
      yieldStrength: 400,
      tensileStrength: 540,
      impactEnergy: [40, 41, 42],
      carbon: 0.15,
      manganese: 1.2,
      phosphorus: 0.01,
      sulfur: 0.005,
    };
    const records = [
      { ...sample, impactTemperature: 0 },
      { ...sample, impactTemperature: -0 },
    ];
    const packed = structuredClone(
      packOutcomes(
        split,
        records.map((r) => ({ snapshot: split.snapshot(r) })),
      ),
    );
    const [zero, minusZero] = [...explainPacked(split, packed)];
    const temperature = (r: typeof zero) =>
      r!.criteria.find((c) => c.indicator === 'impactTemperature')!.value;
    expect(Object.is(temperature(zero), 0)).toBe(true);
    expect(Object.is(temperature(minusZero), -0)).toBe(true);
    expect(minusZero).toStrictEqual(split.grader.gradeSync(records[1]));
    const ac = compileGrader(await loadBundledRuleSet('home-appliances/room-air-conditioner-energy'));
    const unit = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.5, climateType: 'T1' };
    const [graded] = [
      ...explainPacked(ac, structuredClone(packOutcomes(ac, [{ snapshot: ac.snapshot(unit) }]))),
    ];
    expect(graded!.criteria.find((c) => c.indicator === 'climateType')!.value).toBe('T1');
  });

  // gradeMany(records, { detail }) of a pool: what resultAtDetail makes of gradeSync's result, built from less.
  it.each(IDS)('%s: detail failing and grade give resultAtDetail(gradeSync(record), detail)', async (id) => {
    const worker = compileGrader(await loadBundledRuleSet(id));
    const caller = compileGrader(await loadBundledRuleSet(id));
    const records = [...suiteRecords(id), ...ODD];
    const failing = [];
    const grades = [];
    for (let i = 0; i < records.length; i += 7) {
      const batch = records.slice(i, i + 7).map((record) => ({ snapshot: worker.snapshot(record) }));
      failing.push(...explainPacked(caller, structuredClone(packOutcomes(worker, batch)), explainFailing));
      grades.push(...unpackGrades(caller, structuredClone(packGrades(worker, batch))));
    }
    const full = records.map((r) => worker.grader.gradeSync(r));
    expect(failing).toStrictEqual(full.map((r) => resultAtDetail(r, 'failing')));
    expect(grades).toStrictEqual(full.map((r) => resultAtDetail(r, 'grade')));
    // The suites give graded records, records not graded and invalid ones: each kind is packed its own way.
    expect(
      new Set(grades.map((g) => (g.grade === null ? g.notGradedReason!.code : 'graded'))).size,
    ).toBeGreaterThan(1);
  });
});

describe('grader pool outcomes: a score that cannot be computed (newcomer-39 F3)', () => {
  it('names the input a scored derived value reads that is not given, as gradeSync does', async () => {
    // rdQuality optional even with own R&D: 企业 with hasRnd but no rdQuality has no sustainMix, no dimension score.
    const text = readFileSync(
      new URL('../cli/fixtures/newcomer-39/provincial-qmc.yaml', import.meta.url),
      'utf8',
    );
    const file = join(tempDir('pool-missing'), 'qmc.yaml');
    writeFileSync(file, text.replace('    requiredWhen: { hasRnd: true }\n', ''));
    const worker = compileGrader(await loadRuleSet(file));
    const caller = compileGrader(await loadRuleSet(file));
    const full = {
      hasRnd: true,
      majorAccident: false,
      leadership: 100,
      processControl: 100,
      supplierMgmt: 100,
      dataCollection: 100,
      traceability: 5,
      digitalPlatform: 100,
      rdQuality: 80,
      improvement: 100,
      talent: 100,
      passRate: 99,
      satisfaction: 100,
      complaintClosure: 100,
    };
    const { rdQuality: _r, ...noRd } = full;
    const { talent: _t, ...noTalent } = full;
    // Held back by the total, with sustainMix among the items to raise: named with what it is computed from (F5).
    const low = {
      ...full,
      leadership: 76,
      processControl: 80,
      supplierMgmt: 73,
      dataCollection: 72,
      traceability: 3,
      digitalPlatform: 66,
      rdQuality: 43,
      talent: 77,
      passRate: 94.8,
      satisfaction: 72,
      complaintClosure: 74,
    };
    const records = [full, noRd, noTalent, { ...noRd, hasRnd: false }, low];
    const packed = structuredClone(
      packOutcomes(
        worker,
        records.map((r) => ({ snapshot: worker.snapshot(r) })),
      ),
    );
    const got = [...explainPacked(caller, packed)];
    expect(got).toStrictEqual(records.map((r) => worker.grader.gradeSync(r)));
    expect(got[1]!.nextGrade!.blockers[0]!.missingInputs).toEqual([
      { indicator: 'rdQuality', label: { zh: '研发质量保证', en: 'R&D quality assurance' } },
    ]);
    expect(got[2]!.nextGrade!.blockers[0]!.missingInputs?.map((i) => i.indicator)).toEqual(['talent']);
    // Without own R&D, sustainMix is improvement: no rdQuality needed, every score computed.
    expect(got[3]!.scores!.total).toBe(100);
    const raises = (got[4]!.scores!.shortfalls ?? []).flatMap((f) => [
      f.raise,
      ...(f.together?.fewest ?? []),
    ]);
    expect(raises.find((r) => r?.indicator === 'sustainMix')?.inputs?.map((i) => i.indicator)).toEqual([
      'rdQuality',
      'improvement',
    ]);
  });
});
