import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/usage-error';
import {
  createGrader,
  createGraderPool,
  diffRuleSets,
  type GraderOptions,
  QgradeError,
  type RuleSet,
} from '../../src/index';
import { bundled } from '../helpers';

/** What a call threw: a usage error (code `usage`, both languages), checked here. */
function usage(fn: () => unknown): UsageError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(QgradeError);
  expect((thrown as QgradeError).code).toBe('usage');
  expect(thrown).toBeInstanceOf(UsageError);
  const { text } = thrown as UsageError;
  expect(text.zh).not.toBe(text.en);
  return thrown as UsageError;
}

async function usageAsync(fn: () => Promise<unknown>): Promise<UsageError> {
  const thrown = await fn().then(
    () => undefined,
    (error: unknown) => error,
  );
  return usage(() => {
    throw thrown;
  });
}

describe('mistakes in calling the grader are usage errors that say what was expected', async () => {
  const ac = await bundled('home-appliances/room-air-conditioner-energy');
  const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };

  it.each(['x', 'JSON-RULES-ENGINE', 'jre'])('an unknown engine %j is refused, naming the two', (engine) => {
    const error = usage(() => createGrader(ac.ruleSet, { engine } as unknown as GraderOptions));
    expect(error.message).toBe(`engine must be "compiled" or "json-rules-engine", got "${engine}"`);
    expect(error.text.zh).toBe(`engine 应为“compiled”或“json-rules-engine”，收到的是 "${engine}"`);
  });

  it('custom operators with the compiled engine are refused', () => {
    const operators = { near: () => true };
    expect(usage(() => createGrader(ac.ruleSet, { engine: 'compiled', operators })).message).toContain(
      'pass engine: "json-rules-engine"',
    );
  });

  it('the compiled-only methods of a json-rules-engine grader say so', () => {
    for (const call of [
      () => ac.engine.gradeSync(record),
      () => ac.engine.gradeOnly(record),
      () => ac.engine.gradeGroup([record]),
    ]) {
      expect(usage(call).message).toMatch(
        /^grade(Sync|Only|Group) needs the compiled engine, and this grader/,
      );
    }
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [{ unitType: 'heat-pump' }, 'an object'],
    [42, 'a number'],
    ['records.ndjson', 'a string'],
  ])('gradeMany(%j) is refused when iterated, naming what came', async (records, kind) => {
    const results = ac.compiled.gradeMany(records as unknown as unknown[]);
    const error = await usageAsync(() => results.next());
    expect(error.message).toBe(`gradeMany takes an array or (async) iterable of records, got ${kind}`);
  });

  it('gradeGroup needs an iterable of at least one record', () => {
    expect(usage(() => ac.compiled.gradeGroup([])).message).toBe('gradeGroup needs at least one record');
    expect(usage(() => ac.compiled.gradeGroup(null as unknown as unknown[])).text.zh).toBe(
      'gradeGroup 需要记录的数组或可迭代对象，收到的是 null',
    );
  });

  it('a value that is not a rule set says what createGrader takes', () => {
    expect(usage(() => createGrader({} as RuleSet)).message).toBe(
      'createGrader takes a rule set from loadRuleSet() or parseRuleSet(), got an object',
    );
    expect(usage(() => createGrader(null as unknown as RuleSet)).text.zh).toBe(
      'createGrader 需要 loadRuleSet() 或 parseRuleSet() 读入的规则集，收到的是 null',
    );
  });

  it('a copy of a rule set, or one from another qgrade module, is refused with the reason', () => {
    for (const copy of [structuredClone(ac.ruleSet), JSON.parse(JSON.stringify(ac.ruleSet)) as RuleSet]) {
      const error = usage(() => createGrader(copy));
      expect(error.message).toContain(
        'rule set "home-appliances/room-air-conditioner-energy" was not loaded by',
      );
      expect(error.message).toContain('tied to the qgrade module that loaded it');
      expect(error.message).toContain(
        "same entry's functions: loadRuleSet() or parseRuleSet() from qgrade, loadBundledRuleSet() or parseRuleSet() from qgrade/browser",
      );
      expect(error.text.zh).toContain('qgrade 与 qgrade/browser 是各自独立的副本');
    }
  });

  it('a copy of a rule set given to the other functions is refused with the same reason', () => {
    const copy = structuredClone(ac.ruleSet);
    const error = usage(() => diffRuleSets(copy, ac.ruleSet));
    expect(error.message).toContain(
      'rule set "home-appliances/room-air-conditioner-energy" was not loaded by',
    );
  });

  it("a pool's gradeMany without an iterable of records says what it takes", async () => {
    const pool = await createGraderPool(
      { pathOrId: 'home-appliances/room-air-conditioner-energy' },
      { workers: 1 },
    );
    try {
      for (const [method, bad] of [
        ['gradeMany', null],
        ['gradeManyToNdjson', { unitType: 'heat-pump' }],
      ] as const) {
        const error = await usageAsync(async () => {
          for await (const _ of (pool[method] as (r: unknown) => AsyncIterable<unknown>)(bad));
        });
        expect(error.message).toContain(`${method} takes an array or (async) iterable of records`);
      }
    } finally {
      await pool.close();
    }
  });
});
