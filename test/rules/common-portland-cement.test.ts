import { describe, expect, it } from 'vitest';
import { bundled, failing, type GraderPair } from '../helpers';

// GB 175-2007 figures as given in /work/shared/domain/standards.md ("Building materials", unverified), copied here
// as data so this test is an independent reference: it never reads the rule file.
const STRENGTH: Record<string, [c3: number, c28: number, f3: number, f28: number]> = {
  '42.5': [17.0, 42.5, 3.5, 6.5],
  '42.5R': [22.0, 42.5, 4.0, 6.5],
  '52.5': [23.0, 52.5, 4.0, 7.0],
  '52.5R': [27.0, 52.5, 5.0, 7.0],
};
const STRENGTH_FIELDS = [
  ['compressive3d', 'compressive-3d'],
  ['compressive28d', 'compressive-28d'],
  ['flexural3d', 'flexural-3d'],
  ['flexural28d', 'flexural-28d'],
] as const;
const FINAL_SETTING_MAX: Record<string, number> = { 'P.I': 390, 'P.II': 390, 'P.O': 600 };
const TYPES = Object.keys(FINAL_SETTING_MAX);
const CLASSES = Object.keys(STRENGTH);

/** A sample comfortably inside every limit of its type and class. */
function sample(cementType: string, strengthClass: string): Record<string, unknown> {
  const [c3, c28, f3, f28] = STRENGTH[strengthClass]!;
  return {
    cementType,
    strengthClass,
    compressive3d: c3 + 4,
    compressive28d: c28 + 5,
    flexural3d: f3 + 0.8,
    flexural28d: f28 + 1.2,
    initialSetting: 160,
    finalSetting: 240,
    magnesia: 1.8,
    sulfurTrioxide: 2.4,
    chloride: 0.03,
    soundness: true,
  };
}

/** value ± a tenth (or a hundredth), written with the limit's decimals so no binary residue creeps in. */
const offset = (limit: number, by: number, decimals: number) => Number((limit + by).toFixed(decimals));

describe('building-materials/common-portland-cement (GB 175-2007, unverified)', async () => {
  const cement: GraderPair = await bundled('building-materials/common-portland-cement');

  it('names the 2007 edition, its replacement and the unverified provenance', () => {
    expect(cement.ruleSet.provenance.level).toBe('unverified');
    expect(cement.ruleSet.references[0]).toMatchObject({ code: 'GB 175-2007', edition: '2007' });
    expect(JSON.stringify(cement.ruleSet.references)).toContain('GB 175-2023');
  });

  for (const cementType of TYPES) {
    for (const strengthClass of CLASSES) {
      it(`${cementType} ${strengthClass}: every strength minimum holds exactly at the limit and fails 0.1 MPa below`, async () => {
        expect((await cement.grade(sample(cementType, strengthClass))).grade).toBe('conforming');
        for (const [i, [field, id]] of STRENGTH_FIELDS.entries()) {
          const limit = STRENGTH[strengthClass]![i]!;
          const at = await cement.grade({ ...sample(cementType, strengthClass), [field]: limit });
          expect(at.grade, `${field} at ${limit}`).toBe('conforming');
          const below = await cement.grade({
            ...sample(cementType, strengthClass),
            [field]: offset(limit, -0.1, 1),
          });
          expect(below.grade).toBeNull();
          expect(below.notGradedReason?.code).toBe('below-lowest-grade');
          expect(failing(below)).toEqual([id]);
          const blocker = below.nextGrade?.blockers[0];
          expect(blocker).toMatchObject({ id, indicator: field, limit: { operator: '>=', value: limit } });
          expect(blocker?.limit?.text).toBe(`≥ ${limit.toFixed(1)}`);
        }
      });
    }
  }

  it.each(TYPES)(
    '%s: final setting time at its maximum passes, one minute over fails',
    async (cementType) => {
      const max = FINAL_SETTING_MAX[cementType]!;
      expect((await cement.grade({ ...sample(cementType, '42.5'), finalSetting: max })).grade).toBe(
        'conforming',
      );
      const over = await cement.grade({ ...sample(cementType, '42.5'), finalSetting: max + 1 });
      expect(failing(over)).toEqual(['final-setting']);
      expect(over.criteria.find((c) => c.id === 'final-setting')?.limit?.text).toBe(`≤ ${max}`);
    },
  );

  it.each([
    ['initialSetting', 'initial-setting', 45, -1, 0],
    ['magnesia', 'magnesia', 5.0, 0.1, 1],
    ['sulfurTrioxide', 'sulfur-trioxide', 3.5, 0.1, 1],
    ['chloride', 'chloride', 0.06, 0.01, 2],
  ] as const)('%s: at the limit passes, one step beyond fails', async (field, id, limit, step, decimals) => {
    for (const cementType of TYPES) {
      expect((await cement.grade({ ...sample(cementType, '52.5'), [field]: limit })).grade).toBe(
        'conforming',
      );
      const beyond = await cement.grade({
        ...sample(cementType, '52.5'),
        [field]: offset(limit, step, decimals),
      });
      expect(failing(beyond)).toEqual([id]);
    }
  });

  it('compares full values: 42.46 MPa does not meet ≥ 42.5', async () => {
    const result = await cement.grade({ ...sample('P.O', '42.5'), compressive28d: 42.46 });
    expect(failing(result)).toEqual(['compressive-28d']);
    expect(result.criteria.find((c) => c.id === 'compressive-28d')?.rounded).toBeUndefined();
  });

  it('a failed soundness test fails the sample whatever its strength', async () => {
    const result = await cement.grade({ ...sample('P.I', '52.5R'), soundness: false });
    expect(failing(result)).toEqual(['soundness']);
  });

  it('a strength class given as a number is an input error that says to write it as text', async () => {
    const result = await cement.grade({ ...sample('P.O', '42.5'), strengthClass: 42.5 });
    expect(result.grade).toBeNull();
    expect(result.errors).toMatchObject([{ field: 'strengthClass', code: 'not-allowed' }]);
    expect(result.errors?.[0]?.message.en).toContain('must be given as text, "42.5"');
  });

  it('an unknown cement type or class is an input error, not a grade', async () => {
    for (const bad of [{ cementType: 'P.S.A' }, { strengthClass: '62.5' }]) {
      const result = await cement.grade({ ...sample('P.O', '42.5'), ...bad });
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors?.map((e) => e.field)).toEqual(Object.keys(bad));
    }
  });
});
