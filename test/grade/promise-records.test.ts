import { describe, expect, it } from 'vitest';
import { createGraderPool, type GradeResult } from '../../src/index';
import { untranslated } from '../cli/untranslated';
import { bundled, expectValidResult } from '../helpers';

// `records.map(async (r) => …)` hands qgrade Promises. Each was read as a record with every field missing
// ("apf is missing"), and nothing named the Promise (hostile-17 F4). A thenable record is `not-an-object`,
// naming the Promise; it is never awaited (gradeSync cannot).
const AC = 'home-appliances/room-air-conditioner-energy';
const good = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };

function expectPromiseRecord(result: GradeResult): void {
  expectValidResult(result);
  expect(result.grade).toBeNull();
  expect(result.notGradedReason?.code).toBe('invalid-record');
  expect(result.errors).toEqual([expect.objectContaining({ field: '', code: 'not-an-object' })]);
  const message = result.errors![0]!.message;
  expect(message.en).toContain('is a Promise');
  expect(message.en).toContain('await it first');
  expect(message.en).toContain('async iterable');
  expect(message.zh).toContain('“Promise”');
  expect(message.zh).toContain('请先“await”');
  expect(message.zh).toContain('异步可迭代对象');
  expect(untranslated(message.zh)).toEqual([]);
  expect(result.notGradedReason?.message.en).toContain('is a Promise');
  expect(result.notGradedReason?.message.zh).toContain('Promise');
}

describe('a Promise given as a record is named, not read as a record with every field missing', async () => {
  const ac = await bundled(AC);
  const thenables: [string, () => object][] = [
    ['a resolved Promise', () => Promise.resolve({ ...good })],
    // biome-ignore lint/suspicious/noThenProperty: the thenable is the case under test
    ['a thenable object', () => ({ ...good, then: (resolve: (v: unknown) => void) => resolve(good) })],
  ];

  it.each(thenables)('%s: gradeSync, gradeOnly and grade', async (_, make) => {
    expectPromiseRecord(ac.compiled.gradeSync(make()));
    expect(ac.compiled.gradeOnly(make())).toBeNull();
    for (const grader of [ac.compiled, ac.engine]) expectPromiseRecord(await grader.grade(make()));
  });

  it('gradeMany over an array of Promises gives an error row for each, and grades the plain records', async () => {
    for (const grader of [ac.compiled, ac.engine]) {
      const out: GradeResult[] = [];
      for await (const r of grader.gradeMany([good, Promise.resolve(good), good])) out.push(r);
      expect(out.map((r) => r.grade)).toEqual(['2', null, '2']);
      expectPromiseRecord(out[1]!);
    }
  });

  it('the pool names the Promise too', async () => {
    const pool = await createGraderPool({ pathOrId: AC }, { workers: 1, batchSize: 2 });
    try {
      const out: GradeResult[] = [];
      for await (const r of pool.gradeMany([good, Promise.resolve(good), good])) out.push(r);
      expect(out.map((r) => r.grade)).toEqual(['2', null, '2']);
      expectPromiseRecord(out[1]!);
    } finally {
      await pool.close();
    }
  });

  it('a record with a field named then that is not a function is still a record', () => {
    // biome-ignore lint/suspicious/noThenProperty: a data field that happens to be named then
    expect(ac.compiled.gradeSync({ ...good, then: 'later' }).grade).toBe('2');
  });
});
