import { describe, expect, it } from 'vitest';
import { createGrader, DEFAULT_RECORD_LIMITS, DEFAULT_SOURCE_LIMITS } from '../../src/index';
import { bundled, expectValidResult, fixture } from '../helpers';

describe('hostile records get per-record errors, never a crash or a grade through a trick', async () => {
  const ac = await bundled('home-appliances/room-air-conditioner-energy');
  const names = fixture('valid/prototype-names.yaml');

  it('a __proto__ key is data, never a prototype to read values through', async () => {
    const record = JSON.parse(
      '{"__proto__": {"apf": 5.5}, "unitType": "heat-pump", "ratedCoolingCapacity": 3500}',
    );
    const result = await ac.grade(record);
    expect(result.grade).toBeNull();
    expect(result.errors).toContainEqual(expect.objectContaining({ field: 'apf', code: 'missing' }));
  });

  it('values inherited from a prototype are not read', async () => {
    const record = Object.assign(Object.create({ apf: 5.5 }), {
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
    });
    expect((await ac.grade(record)).errors).toContainEqual(
      expect.objectContaining({ field: 'apf', code: 'missing' }),
    );
  });

  it('indicators named constructor, toString, valueOf are read from the record only', async () => {
    const empty = await names.grade({});
    expect(empty.errors?.map((e) => e.field).sort()).toEqual(['constructor', 'toString']);
    expect((await names.grade({ constructor: 2, toString: 'a' })).grade).toBe('ok');
    expect((await names.grade({ constructor: 0, toString: 'a' })).grade).toBeNull();
    const viaPrototype = Object.create({ constructor: 2, toString: 'a' });
    expect((await names.grade(viaPrototype)).errors?.length).toBe(2);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '4.5'],
    ['a hex string', '0x10'],
    ['a full-width numeral', '４.５'],
    ['a bigint', 5n],
    ['an object', { valueOf: (): number => 5 }],
    ['an array', [4.5]],
  ])('a number given as %s is a wrong-type error', async (_, apf) => {
    const result = await ac.grade({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf });
    expect(result.grade).toBeNull();
    expect(result.errors).toContainEqual(expect.objectContaining({ field: 'apf', code: 'wrong-type' }));
  });

  it('a field given as null is left out, as an empty CSV cell or a Parquet NULL is', async () => {
    const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
    // A required indicator: missing, not graded.
    const required = await ac.grade({ ...record, apf: null });
    expect(required.grade).toBeNull();
    expect(required.errors).toEqual([expect.objectContaining({ field: 'apf', code: 'missing' })]);
    // Indicators with a default (scope items): graded with the default, as when left out.
    const withDefaults = { ...record, airCooled: null, climateType: null, unitConfiguration: null };
    const graded = await ac.grade(withDefaults);
    expect(graded.errors).toBeUndefined();
    expect(graded).toEqual(await ac.grade(record));
    expect(graded.grade).toBe('2');
  });

  it('a huge text value is refused at the documented limit', async () => {
    const long = await names.grade({
      constructor: 2,
      toString: 'a',
      note: 'x'.repeat(DEFAULT_RECORD_LIMITS.maxTextLength + 1),
    });
    expect(long.errors).toEqual([expect.objectContaining({ field: 'note', code: 'record-too-large' })]);
    expect(
      (
        await names.grade({
          constructor: 2,
          toString: 'a',
          note: 'x'.repeat(DEFAULT_RECORD_LIMITS.maxTextLength),
        })
      ).grade,
    ).toBe('ok');
    const strict = createGrader(names.ruleSet, { limits: { maxTextLength: 5 } });
    expect(strict.gradeSync({ constructor: 2, toString: 'a', note: 'abcdef' }).errors?.[0]?.code).toBe(
      'record-too-large',
    );
  });

  it('the default limits are frozen: no code in the process can switch them off', () => {
    expect(Object.isFrozen(DEFAULT_RECORD_LIMITS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SOURCE_LIMITS)).toBe(true);
    expect(() => {
      (DEFAULT_RECORD_LIMITS as { maxTextLength: number }).maxTextLength = 3;
    }).toThrow(TypeError);
    expect(() => {
      (DEFAULT_SOURCE_LIMITS as { maxBytes: number }).maxBytes = Number.POSITIVE_INFINITY;
    }).toThrow(TypeError);
    const grader = createGrader(names.ruleSet);
    expect(grader.gradeSync({ constructor: 2, toString: 'a', note: 'abcdef' }).grade).toBe('ok');
  });

  it.each([
    ['NaN', Number.NaN],
    ['negative', -1],
    ['not a number', '5'],
  ])('a %s maxTextLength is replaced by the default, as source limits are', (_, maxTextLength) => {
    const grader = createGrader(names.ruleSet, { limits: { maxTextLength: maxTextLength as number } });
    expect(grader.gradeSync({ constructor: 2, toString: 'a', note: 'abcdef' }).grade).toBe('ok');
    type TextSchema = { maxLength?: number; anyOf?: { maxLength?: number }[] };
    const note = (grader.inputSchema.properties as Record<string, TextSchema>).note;
    // An optional field's schema is its value's or null (left out).
    expect(note?.anyOf?.[0]?.maxLength).toBe(DEFAULT_RECORD_LIMITS.maxTextLength);
  });

  it('deeply nested and huge fields the rule set does not name are ignored', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = await ac.grade({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: 4.62,
      extra: deep,
      blob: 'x'.repeat(5_000_000),
    });
    expect(result.grade).toBe('2');
  });

  it('a record whose properties throw when read becomes an error row', async () => {
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        has: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    for (const grader of [ac.compiled, ac.engine]) {
      const result = await grader.grade(trap);
      expectValidResult(result);
      expect(result.errors).toEqual([expect.objectContaining({ field: '', code: 'unreadable' })]);
    }
    expect(ac.compiled.gradeOnly(trap)).toBeNull();
  });

  it('a batch with bad records keeps every row: as many results as records, in order', async () => {
    const records = [
      { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5 },
      null,
      'x',
      { apf: Number.NaN },
      { unitType: 'cooling-only', ratedCoolingCapacity: 9000, seer: 5.2 },
    ];
    const out = [];
    for await (const r of ac.compiled.gradeMany(records)) out.push(r);
    expect(out.map((r) => r.grade)).toEqual(['1', null, null, null, '1']);
    expect(out.filter((r) => r.errors).length + out.filter((r) => r.grade).length).toBe(records.length);
  });
});
