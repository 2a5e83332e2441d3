/**
 * A JSON record, an NDJSON line or a `gradeSync` record giving an indicator
 * with a `default` under a key that is its name but for case, `_`, `-` or
 * white space (`aircooled`, `air_cooled`, `"airCooled "`), or under its
 * label (`风冷式`), left the default standing in silently: a water-cooled
 * unit graded 1 at airCooled's default true, where the same header in CSV
 * is refused (hostile-20 W11). The record is now invalid, naming the key
 * and the indicator.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const UNIT = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.0 };
const REBAR = {
  designation: 'HRB400',
  diameter: 20,
  yieldStrength: 455,
  tensileStrength: 600,
  elongation: 22,
  maxForceElongation: 11,
  carbon: 0.21,
  silicon: 0.45,
  manganese: 1.35,
  phosphorus: 0.025,
  sulfur: 0.02,
  massDeviation: -1.5,
  bendTest: true,
};

describe('a near-miss key for a defaulted indicator', async () => {
  const grader = createGrader(await loadRuleSet(AC));

  it.each(['风冷式', 'Air-cooled'])(
    'gradeSync with %j, the label itself: invalid, saying the key is its label',
    (key) => {
      // hostile-22 M3: the key equals the label; "differs only in case" was wrong.
      const [error] = grader.gradeSync({ ...UNIT, [key]: false }).errors!;
      expect(error).toMatchObject({ field: 'airCooled', code: 'missing' });
      expect(error!.message.en).toBe(
        `airCooled (Air-cooled) is not given under its name: the record's key ${JSON.stringify(key)} is its label, but a record's keys are read by name only, so it is not read as it and the default true would stand in; if it is that indicator, rename the key airCooled`,
      );
      expect(error!.message.zh).toContain(
        `记录中的键 ${JSON.stringify(key)} 是它的标签，但记录的键只按指标名读取`,
      );
    },
  );

  it.each(['aircooled', 'air_cooled', 'Air-Cooled', 'airCooled ', ' air cooled'])(
    'gradeSync with %j: false → invalid, naming the key and airCooled',
    (key) => {
      const result = grader.gradeSync({ ...UNIT, [key]: false });
      expect(result.grade).toBeNull();
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toEqual([expect.objectContaining({ field: 'airCooled', code: 'missing' })]);
      const [error] = result.errors!;
      expect(error!.message.en).toBe(
        `airCooled (Air-cooled) is not given under its name: the record's key ${JSON.stringify(key)} differs from its name or label only in case, "_", "-" or white space and is not read as it, so the default true would stand in; if it is that indicator, rename the key airCooled`,
      );
      expect(error!.message.zh).toContain(`记录中的键 ${JSON.stringify(key)} 与它的名称或标签只差大小写`);
      expect(error!.message.zh).toContain('请把键改为 airCooled');
    },
  );

  it('the name itself, the name beside a near key, or no such key: read as before', () => {
    expect(grader.gradeSync({ ...UNIT, airCooled: false }).notGradedReason?.code).toBe('out-of-scope');
    expect(grader.gradeSync({ ...UNIT, airCooled: true, air_cooled: 'note' }).grade).toBe('1');
    expect(grader.gradeSync({ ...UNIT, sampleId: 'K1', aircooledNote: 'x' }).grade).toBe('1');
  });

  it('a JSON file and an NDJSON stream: the same record invalid (exit 1)', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const path = join(temp(), 'near.json');
    writeFileSync(path, JSON.stringify([{ ...UNIT, aircooled: false }]));
    const json = await cli.run(['grade', '-r', AC, '-f', 'csv', '--no-summary', path]);
    expect(json.code).toBe(1);
    expect(json.stdout).toContain('the record\'s key ""aircooled"" differs from its name');
    const ndjson = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'ndjson', '-'], {
      input: `${JSON.stringify({ ...UNIT, air_cooled: false })}\n`,
    });
    expect(ndjson.code).toBe(1);
    expect(JSON.parse(ndjson.stdout.trim()).errors[0]).toMatchObject({ field: 'airCooled', code: 'missing' });
  });

  it.each(['风冷', '是否风冷', '风冷式（是/否）', 'isAirCooled', 'aircooled2'])(
    'gradeSync with %j (a header CSV refuses as close): false → invalid, naming the key (hostile-21 W2)',
    (key) => {
      const result = grader.gradeSync({ ...UNIT, [key]: false });
      expect(result.errors).toEqual([expect.objectContaining({ field: 'airCooled', code: 'missing' })]);
      expect(result.errors![0]!.message.en).toBe(
        `airCooled (Air-cooled) is not given under its name: the record's key ${JSON.stringify(key)} looks like it, but a record's keys are read by name only, so the default true would stand in; if it is that indicator, rename the key airCooled; if it is something else, rename the key`,
      );
      // Under zh a yes/no default is 是/否, not true (hostile-21 C3).
      expect(result.errors![0]!.message.zh).toContain('否则会按默认值 是 评级');
    },
  );

  it('a key that holds nothing (null, empty text) is passed by: the default stands in either way', () => {
    expect(grader.gradeSync({ ...UNIT, air_cooled: null }).grade).toBe('1');
    expect(grader.gradeSync({ ...UNIT, air_cooled: '' }).grade).toBe('1');
    expect(grader.gradeSync({ ...UNIT, 风冷: null, 备注: 'x', id: 'K1', cooling: 'air' }).grade).toBe('1');
    expect(grader.gradeSync({ ...UNIT, air_cooled: false }).grade).toBeNull();
  });

  it('rebar: nitrogen under a symbol, its label less the symbol or a near key is refused; harmless keys are not', async () => {
    const rebar = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
    const bar = REBAR;
    for (const key of ['N', '氮', 'Ｎ', 'nitrogen(%)']) {
      const [error] = rebar.gradeSync({ ...bar, [key]: 0.015 }).errors ?? [];
      expect(error, key).toMatchObject({ field: 'nitrogen', code: 'missing' });
      expect(error!.message.en).toContain(`key ${JSON.stringify(key)} is read as it in a table header`);
    }
    for (const key of ['nitrogen_pct', 'nitrogen2'])
      expect(rebar.gradeSync({ ...bar, [key]: 0.015 }).errors?.[0]?.field, key).toBe('nitrogen');
    for (const key of ['Ceq', '备注', 'sampleId'])
      expect(rebar.gradeSync({ ...bar, [key]: 0.4 }).grade, key).toBe('conforming');
    // The name beside it: read by name, as before.
    expect(rebar.gradeSync({ ...bar, nitrogen: 0.01, N: 0.015 }).grade).toBe('conforming');
    // hostile-22 M2: a symbol with `_` and a provenance word is metadata, as `V_note` was; a unit or value word is not.
    for (const key of ['V_source', 'V_batch', 'Cr_source', 'Mo_method', 'N_lot', 'V_note', 'C_source'])
      expect(rebar.gradeSync({ ...bar, [key]: 'lab 3' }).grade, key).toBe('conforming');
    for (const key of ['N_pct', 'N_value', 'N_total'])
      expect(rebar.gradeSync({ ...bar, [key]: 0.015 }).errors?.[0]?.field, key).toBe('nitrogen');
  });

  it.each([1000, 1025, 5000])(
    'rebar: %i metadata keys and "N" or "氮含量": still refused (hostile-22 W6)',
    async (n) => {
      const rebar = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
      const wide: Record<string, unknown> = { ...REBAR };
      for (let i = 0; i < n; i++) wide[`k${i}`] = i;
      // hostile-23 W3: a symbol glued to a capital or a qualifier (`TN`, `Vtotal`) as well, wide as narrow.
      for (const [key, field] of [
        ['N', 'nitrogen'],
        ['氮含量', 'nitrogen'],
        ['TN', 'nitrogen'],
        ['Ntotal', 'nitrogen'],
        ['TV', 'vanadium'],
        ['Vtotal', 'vanadium'],
      ] as const) {
        const [error] = rebar.gradeSync({ ...wide, [key]: 0.015 }).errors ?? [];
        expect(error, key).toMatchObject({ field, code: 'missing' });
      }
      // Wide and harmless: graded.
      expect(rebar.gradeSync(wide).grade).toBe('conforming');
      expect(rebar.gradeSync({ ...wide, nitrogen: 0.01, N: 0.015 }).grade).toBe('conforming');
    },
  );

  it('rebar: more than 1,024 keys that may be close refuse the record, whatever else it gives; 1,024 are read one by one', async () => {
    const rebar = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
    const withClose = (n: number) => {
      const wide: Record<string, unknown> = { ...REBAR };
      // Each holds 氮 (nitrogen's label) and reads as no indicator: only the count can refuse them. The number is
      // inside the key, so each is a shape of its own (`氮批0…` alone is three shapes, read once each: fix-keys-25).
      for (let i = 0; i < n; i++) wide[`氮批${i}号`] = i;
      return wide;
    };
    const [over] = rebar.gradeSync(withClose(1025)).errors ?? [];
    expect(over).toMatchObject({ field: 'nitrogen', code: 'missing' });
    expect(over!.message.zh).toContain(
      '记录有 1025 个键可能是有默认值的指标（如 "氮批0号" 可能是氮 N），多于 1024 个',
    );
    expect(over!.message.en).toContain('the record has 1025 keys that may be indicators with a default');
    // 1,024 keys that may be close (`nickname…` starts with nickel's `nick`; `unit…`, holding `ni` inside a word, no
    // longer passes: hostile-24 W15), each a shape of its own, and 1,000 that may not: each of the 1,024 is looked at,
    // none is close, so the bar is graded; one more and the record is refused.
    const wide: Record<string, unknown> = { ...REBAR };
    for (let i = 0; i < 1024; i++) wide[`nickname${i}x`] = i;
    for (let i = 0; i < 1000; i++) wide[`k${i}`] = i;
    expect(rebar.gradeSync(wide).grade).toBe('conforming');
    expect(rebar.gradeSync({ ...wide, nickname1024x: 0 }).errors?.[0]?.message.en).toContain(
      'the record has 1025 keys',
    );
    // Every defaulted element given: nothing is left to a default, nothing is looked at.
    const all = { nitrogen: 0.01, chromium: 0.1, vanadium: 0.05, molybdenum: 0.02, copper: 0.2, nickel: 0.1 };
    expect(rebar.gradeSync({ ...withClose(5000), ...all }).grade).toBe('conforming');
  });

  it("rebar: more shapes of keys than were once kept (8), alternating: each record gets its own shape's answer", async () => {
    // The answer per shape (the keys in order, which hold nothing) is kept: a record of a shape met before must not
    // get another shape's answer, nor an answer kept for the same keys with a value where this one holds none.
    const rebar = createGrader(await loadRuleSet('steel/hot-rolled-ribbed-bar'));
    const shapes: Record<string, unknown>[] = [];
    for (let i = 0; i < 12; i++) shapes.push({ ...REBAR, [`note${i}`]: 'x' });
    // Shapes with a long key are not kept (memory): answered by the recent shapes, the same answers.
    for (let i = 0; i < 3; i++) shapes.push({ ...REBAR, [`${'备注'.repeat(100)}${i}`]: 'x' });
    for (let round = 0; round < 3; round++) {
      for (const [i, shape] of shapes.entries()) {
        expect(rebar.gradeSync(shape).grade).toBe('conforming');
        // The same keys plus a near key for nitrogen (`N`): refused every time, not given the shape's answer above.
        const near = rebar.gradeSync({ ...shape, N: 0.02 });
        expect(near.grade, `round ${round}, shape ${i}`).toBeNull();
        expect(near.errors?.[0]).toMatchObject({ field: 'nitrogen', code: 'missing' });
        // `N` holding nothing: passed by (the default stands in either way), though its keys are those just refused.
        expect(rebar.gradeSync({ ...shape, N: null }).grade).toBe('conforming');
        expect(rebar.gradeSync({ ...shape, N: '' }).grade).toBe('conforming');
      }
    }
    // Each refusal is the record's own error: changing one does not change the next.
    const a = rebar.gradeSync({ ...REBAR, N: 0.02 });
    a.errors![0]!.field = 'changed';
    expect(rebar.gradeSync({ ...REBAR, N: 0.02 }).errors?.[0]?.field).toBe('nitrogen');
  });

  it('NDJSON: the same refusal as gradeSync, record by record (the first key list decided once)', async () => {
    const lines = [
      { ...UNIT, 风冷: false },
      { ...UNIT, 风冷: true },
      { ...UNIT, airCooled: true },
    ];
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '-i', 'ndjson', '-'], {
      input: `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`,
    });
    expect(run.code).toBe(1);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => r.grade)).toEqual([null, null, '1']);
  });
});
