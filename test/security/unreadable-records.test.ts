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

const hostile: [string, () => object][] = [
  ['a revoked Proxy', revoked],
  ['a Proxy whose get throws', () => throwsOn('get')],
  ['a Proxy whose getOwnPropertyDescriptor throws', () => throwsOn('getOwnPropertyDescriptor')],
];

// Traps qgrade never needs: reading own fields asks neither, so the record is graded as its target.
const harmless: [string, () => object][] = [
  ['a Proxy whose ownKeys throws', () => throwsOn('ownKeys')],
  ['a Proxy whose has throws', () => throwsOn('has')],
];

function expectUnreadable(result: GradeResult): void {
  expectValidResult(result);
  expect(result.grade).toBeNull();
  expect(result.notGradedReason?.code).toBe('invalid-record');
  expect(result.errors).toEqual([expect.objectContaining({ field: '', code: 'unreadable' })]);
}

describe('a record that throws when inspected is an invalid record, never a throw', async () => {
  const ac = await bundled(AC);

  it.each(hostile)('%s: gradeSync and gradeOnly return, grade resolves', async (_, make) => {
    expectUnreadable(ac.compiled.gradeSync(make()));
    expect(ac.compiled.gradeOnly(make())).toBeNull();
    for (const grader of [ac.compiled, ac.engine]) expectUnreadable(await grader.grade(make()));
  });

  it.each(hostile)('%s: gradeMany gives its row and grades the others', async (_, make) => {
    for (const grader of [ac.compiled, ac.engine]) {
      const out: GradeResult[] = [];
      for await (const r of grader.gradeMany([good, make(), good])) out.push(r);
      expect(out.map((r) => r.grade)).toEqual(['2', null, '2']);
      expectUnreadable(out[1]!);
    }
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
      for (const r of out.slice(1, -1)) expectUnreadable(r);
      const summary = new BatchSummary(ac.ruleSet.grades);
      for (const r of out) summary.add(r);
      const counts = summary.counts();
      expect([counts.total, counts.graded['2'], counts.invalid]).toEqual([5, 2, 3]);
    } finally {
      await pool.close();
    }
  });
});
