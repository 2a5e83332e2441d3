/**
 * What a record that leaves out an optional indicator (no default) gets from
 * the requirements that need it, with the sweep's cement figures:
 * - a limit formula that reads it (`≤ (autoclavePassed ? 6.0 : 5.0)`) cannot
 *   be known: `missing`, not met (it was `not-applicable`, and MgO 9.9 %
 *   passed), saying which value the limit needs;
 * - a requirement whose `when` needs it is still not applicable (validate
 *   warns), and its explanation now says why.
 * A table cell `~` (no requirement) or `n/a` read by a formula stays not applicable.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileGrader } from '../../src/grade/create-grader';
import { explainPacked, packOutcomes } from '../../src/grade/pool-outcomes';
import { type CriterionResult, type GradeResult, parseRuleSet } from '../../src/index';
import { type GraderPair, graderPair } from '../helpers';

const text = (name: string) => readFileSync(new URL(`../fixtures/valid/${name}`, import.meta.url), 'utf8');
const WHEN = text('cement-when-optional.yaml');
const FORMULA = text('cement-formula-optional.yaml');
const pair = (t: string) => graderPair(parseRuleSet(t, { filename: 'cement.yaml' }));
const record = (mgo: number, autoclavePassed?: boolean) => ({
  cementType: 'P·O',
  mgo,
  loi: 2.0,
  ...(autoclavePassed === undefined ? {} : { autoclavePassed }),
});
const criterion = (r: GradeResult, id: string): CriterionResult => r.criteria.find((c) => c.id === id)!;

/** The grade of each MgO figure, graded by both engines alike, and by gradeOnly. */
async function grades(p: GraderPair, figures: number[], autoclavePassed?: boolean) {
  const out: (string | null)[] = [];
  for (const mgo of figures) {
    const r = await p.grade(record(mgo, autoclavePassed));
    expect(p.compiled.gradeOnly(record(mgo, autoclavePassed))).toBe(r.grade);
    out.push(r.grade);
  }
  return out;
}

/** MgO ≤ 5.0 without the autoclave test passed, ≤ 6.0 with it: 4.9/5.0/5.1 and 5.9/6.0/6.1. */
async function bothLimits(p: GraderPair) {
  expect(await grades(p, [4.9, 5.0, 5.1], false)).toEqual(['conforming', 'conforming', null]);
  expect(await grades(p, [5.9, 6.0, 6.1], true)).toEqual(['conforming', 'conforming', null]);
}

describe('a limit formula reading a value the record leaves out', () => {
  const p = pair(FORMULA);

  it('grades the sweep’s figures at both limits when the autoclave result is given', () => bothLimits(p));

  it('without it, MgO is missing (not met) whatever its figure: MgO 9.9 % is no longer 合格', async () => {
    expect(await grades(p, [4.9, 5.0, 5.1, 5.9, 6.0, 6.1, 9.9])).toEqual(Array(7).fill(null));
    const r = await p.grade(record(9.9));
    expect(criterion(r, 'mgo')).toMatchObject({
      status: 'missing',
      passed: false,
      value: null,
      limit: null,
      message: {
        zh: '氧化镁 MgO：限值需要“压蒸安定性合格”，此记录未给出，无法判定（合格要求）',
        en: 'MgO: the limit needs Autoclave soundness passed, which the record does not give, so it cannot be judged (Conforming requirement)',
      },
    });
    expect(r.nextGrade?.blockers.map((b) => b.id)).toEqual(['mgo']);
  });

  it('a `~` cell read by a formula is still no requirement, even with the other operand left out; `n/a` too', async () => {
    const t = FORMULA.replace('      - [P·O, 5.0, ~]', '      - [P·O, n/a, ~]').replace(
      'criteria:\n',
      'criteria:\n' +
        '  - { id: ins-a, indicator: insolubleResidue, require: "≤ (autoclavePassed ? chem.insoluble : 1.0)" }\n' +
        '  - { id: ins-b, indicator: insolubleResidue, require: "≤ chem.insoluble + (autoclavePassed ? 0 : 0.1)" }\n' +
        '  - { id: loi-n, indicator: loi, require: "≤ chem.loi * 1" }\n',
    );
    const q = pair(t);
    const given = await q.grade({ ...record(4.0, true), insolubleResidue: 0.5 });
    expect(['ins-a', 'ins-b', 'loi-n'].map((id) => criterion(given, id).status)).toEqual([
      'not-applicable',
      'not-applicable',
      'not-applicable',
    ]);
    const left = await q.grade({ ...record(4.0), insolubleResidue: 0.5 });
    // ins-a reads 1.0 when autoclavePassed is false, and cannot be known without it; ins-b and loi-n read `~` and `n/a`.
    expect(['ins-a', 'ins-b', 'loi-n'].map((id) => criterion(left, id).status)).toEqual([
      'missing',
      'not-applicable',
      'not-applicable',
    ]);
    const pi = await q.grade({ ...record(4.0, false), cementType: 'P·I', insolubleResidue: 0.5 });
    expect(['ins-a', 'ins-b'].map((id) => criterion(pi, id).status)).toEqual(['passed', 'passed']);
  });

  it('a table keyed by an optional indicator the record leaves out: its limit is missing, naming the key', async () => {
    const t = WHEN.replace(
      '    values: [P·I, P·II, P·O]\n',
      '    values: [P·I, P·II, P·O]\n    required: false\n',
    ).replace('    requiredWhen: { cementType: [P·I, P·II] }\n', '');
    const q = pair(t);
    const r = await q.grade({ mgo: 4.0, autoclavePassed: false, loi: 2.0 });
    expect(criterion(r, 'loi')).toMatchObject({
      status: 'missing',
      message: {
        zh: '烧失量：限值需要“水泥品种”，此记录未给出，无法判定（合格要求）',
        en: 'Loss on ignition: the limit needs Cement type, which the record does not give, so it cannot be judged (Conforming requirement)',
      },
    });
    expect(r.grade).toBeNull();
    // With the key given, a `~` cell is still no requirement.
    expect(criterion(await q.grade({ ...record(4.0, false) }), 'insoluble').status).toBe('not-applicable');
  });

  it('a worker pool’s packed outcomes explain to the same results', async () => {
    const split = compileGrader(parseRuleSet(FORMULA, { filename: 'cement.yaml' }));
    const when = compileGrader(parseRuleSet(WHEN, { filename: 'cement.yaml' }));
    for (const s of [split, when]) {
      const records = [record(9.9), record(4.9, false), record(6.1, true), record(5.0)];
      const packed = structuredClone(
        packOutcomes(
          s,
          records.map((x) => ({ snapshot: s.snapshot(x) })),
        ),
      );
      expect([...explainPacked(s, packed)]).toStrictEqual(records.map((x) => s.grader.gradeSync(x)));
    }
  });
});

describe('a when that needs a value the record leaves out', () => {
  const p = pair(WHEN);

  it('grades the sweep’s figures at both limits when the autoclave result is given', () => bothLimits(p));

  it('without it both MgO requirements are not applicable, and their explanation says why', async () => {
    const r = await p.grade(record(9.9));
    expect(r.grade).toBe('conforming');
    for (const id of ['mgo', 'mgo-autoclave'])
      expect(criterion(r, id)).toMatchObject({
        status: 'not-applicable',
        passed: null,
        value: null,
        limit: null,
        message: {
          zh: '氧化镁 MgO：未给出“压蒸安定性合格”，不适用于此记录（合格要求）',
          en: 'MgO: not applicable to this record: Autoclave soundness passed not given (Conforming requirement)',
        },
      });
    // Not applicable for another reason: no such note.
    expect(criterion(r, 'insoluble').message.en).toBe(
      'Insoluble residue: not applicable to this record (Conforming requirement)',
    );
    const given = await p.grade(record(4.0, true));
    expect(criterion(given, 'mgo').message).toEqual({
      zh: '氧化镁 MgO：不适用于此记录（合格要求）',
      en: 'MgO: not applicable to this record (Conforming requirement)',
    });
  });
});

describe('a limit a formula gives as one of its own numbers', () => {
  it('reads as the formula writes it (≤ 5.0 %, ≤ 6.0 %), not as the number prints', () => {
    const grader = pair(FORMULA).compiled;
    const without = criterion(grader.gradeSync(record(4.9, false)), 'mgo');
    expect([without.limit?.text, without.limit?.value]).toEqual(['≤ 5.0', 5]);
    expect(without.message.zh).toBe('氧化镁 MgO：4.9 %，满足 ≤ 5.0 %（合格要求）');
    const autoclave = criterion(grader.gradeSync(record(6.05, true)), 'mgo');
    expect(autoclave.message.en).toBe('MgO: 6.05 % does not meet ≤ 6.0 % (Conforming requirement)');
  });
});

describe('a JSON "/" (not tested) under a requiredWhen or a required indicator (newcomer-26 M8)', () => {
  const p = pair(WHEN);

  it('requiredWhen: told to leave the field out, which the condition may allow; required: that it must be given', async () => {
    const when = await p.grade({ ...record(4.0), insolubleResidue: '/' });
    const residue = when.errors?.find((e) => e.field === 'insolubleResidue');
    expect(residue?.message.en).toContain('means not tested: leave the field out');
    const required = await p.grade({ ...record(4.0), loi: '/' });
    const loi = required.errors?.find((e) => e.field === 'loi');
    expect(loi?.message.en).toContain(
      'means not tested; the indicator is required (an empty value is invalid too)',
    );
    expect(loi?.message.zh).toContain('该指标为必填项（留空同样无效）');
  });
});
