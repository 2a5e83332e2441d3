import { describe, expect, it } from 'vitest';
import { BatchSummary, createGraderPool, type GradeResult } from '../../src/index';
import { bundled, expectValidResult } from '../helpers';

// A record whose very inspection throws — Array.isArray on a revoked Proxy, a trap on ownKeys, has or get —
// is an invalid record with an `unreadable` error: the API promises a bad record is a result, never a throw.
const AC = 'home-appliances/room-air-conditioner-energy';
const good = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({ ...good }, {});
  revoke();
  return proxy;
}

function throwsOn(trap: 'ownKeys' | 'has' | 'get' | 'getOwnPropertyDescriptor'): object {
  return new Proxy(
    { ...good },
    {
      [trap]: () => {
        throw new Error(`${trap} boom`);
      },
    },
  );
}

// Each with the field named and what the message quotes of the throw (hostile-38 M6): the field being read, none
// where the record as a whole threw (a revoked Proxy, whose very kind cannot be asked).
const hostile: [string, () => object, string, string][] = [
  ['a revoked Proxy', revoked, '', "TypeError: Cannot perform 'IsArray'"],
  // Its `then` is asked first (a Promise is refused by it), before any field.
  ['a Proxy whose get throws', () => throwsOn('get'), '', 'Error: get boom'],
  [
    'a Proxy whose getOwnPropertyDescriptor throws',
    () => throwsOn('getOwnPropertyDescriptor'),
    'unitType',
    'Error: getOwnPropertyDescriptor boom',
  ],
];

// Traps qgrade never needs: reading own fields asks neither, so the record is graded as its target.
const harmless: [string, () => object][] = [
  ['a Proxy whose ownKeys throws', () => throwsOn('ownKeys')],
  ['a Proxy whose has throws', () => throwsOn('has')],
];

function expectUnreadable(result: GradeResult, field: string, thrown: string): void {
  expectValidResult(result);
  expect(result.grade).toBeNull();
  expect(result.notGradedReason?.code).toBe('invalid-record');
  expect(result.errors).toEqual([expect.objectContaining({ field, code: 'unreadable' })]);
  expect(result.errors![0]!.message.en).toContain(thrown);
  expect(result.errors![0]!.message.zh).toContain(thrown);
}

describe('a record that throws when inspected is an invalid record, never a throw', async () => {
  const ac = await bundled(AC);

  it.each(hostile)('%s: gradeSync and gradeOnly return, grade resolves', async (_, make, field, thrown) => {
    expectUnreadable(ac.compiled.gradeSync(make()), field, thrown);
    expect(ac.compiled.gradeOnly(make())).toBeNull();
    for (const grader of [ac.compiled, ac.engine])
      expectUnreadable(await grader.grade(make()), field, thrown);
  });

  it.each(hostile)('%s: gradeMany gives its row and grades the others', async (_, make, field, thrown) => {
    for (const grader of [ac.compiled, ac.engine]) {
      const out: GradeResult[] = [];
      for await (const r of grader.gradeMany([good, make(), good])) out.push(r);
      expect(out.map((r) => r.grade)).toEqual(['2', null, '2']);
      expectUnreadable(out[1]!, field, thrown);
    }
  });

  it('a getter that throws: its field and its message, zh and en (hostile-38 M6)', () => {
    const record = {
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      get apf(): number {
        throw new Error('DB connection lost');
      },
    };
    const [error] = ac.compiled.gradeSync(record).errors!;
    expect(error).toEqual({
      field: 'apf',
      code: 'unreadable',
      message: {
        zh: '无法读取记录的字段 apf（读取时抛出了错误）：“Error: DB connection lost”',
        en: 'the record’s field apf cannot be read (reading it threw): "Error: DB connection lost"',
      },
    });
  });

  it.each(harmless)('%s: graded by its fields, without a throw', async (_, make) => {
    expect(ac.compiled.gradeSync(make()).grade).toBe('2');
    expect(ac.compiled.gradeOnly(make())).toBe('2');
    for (const grader of [ac.compiled, ac.engine]) expect((await grader.grade(make())).grade).toBe('2');
  });

  it('the pool grades every other record and counts each one', async () => {
    const pool = await createGraderPool({ pathOrId: AC }, { workers: 1, batchSize: 2 });
    try {
      const records = [good, ...hostile.map(([, make]) => make()), good];
      const out: GradeResult[] = [];
      for await (const r of pool.gradeMany(records)) out.push(r);
      expect(out).toHaveLength(records.length);
      expect(out.map((r) => r.grade)).toEqual(['2', null, null, null, '2']);
      for (const [i, [, , field, thrown]] of hostile.entries()) expectUnreadable(out[i + 1]!, field, thrown);
      const summary = new BatchSummary(ac.ruleSet.grades);
      for (const r of out) summary.add(r);
      const counts = summary.counts();
      expect([counts.total, counts.graded['2'], counts.invalid]).toEqual([5, 2, 3]);
    } finally {
      await pool.close();
    }
  });
});
