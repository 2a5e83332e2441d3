import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { bundled, failing, type GraderPair, SUPERIOR_CEMENT } from '../helpers';

// The illustrative tiers of rules/building-materials/cement-quality-grade.yaml over the GB 175-2007 limits for
// P·O 42.5 (domain reference, unverified), copied here as data: an independent reference.
const GB175 = {
  compressive3d: ['>=', 17.0],
  compressive28d: ['>=', 42.5],
  flexural3d: ['>=', 3.5],
  flexural28d: ['>=', 6.5],
  initialSetting: ['>=', 45],
  finalSetting: ['<=', 600],
  magnesia: ['<=', 5.0],
  sulfurTrioxide: ['<=', 3.5],
  chloride: ['<=', 0.06],
} as const;
const FIRST_CLASS = { compressive28d: 46.0, compressive3d: 20.0 };
const SUPERIOR = { compressive28d: 48.0, compressive3d: 22.0, chlorideMax: 0.04, sulfurTrioxideMax: 3.0 };

type Sample = Record<keyof typeof GB175, number> & {
  cementType: string;
  strengthClass: string;
  soundness: boolean;
};

function reference(s: Sample): string | null {
  const meets = (v: number, [op, limit]: readonly [string, number]) =>
    op === '>=' ? v >= limit : v <= limit;
  if (s.cementType !== 'P.O' || s.strengthClass !== '42.5') return null;
  if (!s.soundness || (Object.keys(GB175) as (keyof typeof GB175)[]).some((k) => !meets(s[k], GB175[k])))
    return null;
  if (s.compressive28d < FIRST_CLASS.compressive28d || s.compressive3d < FIRST_CLASS.compressive3d)
    return 'conforming';
  const superior =
    s.compressive28d >= SUPERIOR.compressive28d &&
    s.compressive3d >= SUPERIOR.compressive3d &&
    s.chloride <= SUPERIOR.chlorideMax &&
    s.sulfurTrioxide <= SUPERIOR.sulfurTrioxideMax;
  return superior ? 'superior' : 'first-class';
}

const SUPERIOR_SAMPLE: Sample = { ...SUPERIOR_CEMENT };

describe('building-materials/cement-quality-grade (illustrative tiers over GB 175-2007)', async () => {
  const cqg: GraderPair = await bundled('building-materials/cement-quality-grade');

  it('is marked illustrative and grades 合格品 › 一等品 › 优等品, lowest first', () => {
    expect(cqg.ruleSet.provenance.level).toBe('illustrative');
    expect(cqg.ruleSet.grades.map((g) => g.label.zh)).toEqual(['合格品', '一等品', '优等品']);
  });

  it('its provenance note, which the CLI prints, says GB 175-2023 replaced 2007 and the 3-day gates are 2007 figures (standards-30 M1)', () => {
    const note = cqg.ruleSet.provenance.note;
    expect(note.en).toContain('GB 175-2007 has been replaced by GB 175-2023');
    expect(note.en).toContain(
      'the 3-day gates (compressive ≥ 17.0 MPa, flexural ≥ 3.5 MPa) are the 2007 figures',
    );
    expect(note.zh).toContain('GB 175-2007 已被 GB 175-2023（2024-06-01 实施）代替');
    expect(note.zh).toContain('是 2007 版的数值');
  });

  it('agrees with the reference over a grid around every limit', async () => {
    const grid: Partial<Record<keyof Sample, number[]>> = {
      compressive3d: [16.9, 17.0, 19.9, 20.0, 21.9, 22.0, 24.0],
      compressive28d: [42.4, 42.5, 45.9, 46.0, 47.9, 48.0, 50.0],
      chloride: [0.03, 0.04, 0.05, 0.06, 0.07],
      sulfurTrioxide: [2.9, 3.0, 3.1, 3.5, 3.6],
    };
    let checked = 0;
    for (const c3 of grid.compressive3d!)
      for (const c28 of grid.compressive28d!)
        for (const cl of grid.chloride!)
          for (const so3 of grid.sulfurTrioxide!) {
            const s = {
              ...SUPERIOR_SAMPLE,
              compressive3d: c3,
              compressive28d: c28,
              chloride: cl,
              sulfurTrioxide: so3,
            };
            const result = cqg.compiled.gradeSync(s);
            expect(result.grade, JSON.stringify(s)).toBe(reference(s));
            checked++;
          }
    expect(checked).toBe(7 * 7 * 5 * 5);
  });

  it('a failed GB 175 limit is a veto item: not graded, however strong otherwise', async () => {
    const result = await cqg.grade({ ...SUPERIOR_SAMPLE, soundness: false });
    expect(result.notGradedReason?.code).toBe('gate-failed');
    expect(failing(result)).toEqual(['gb175-soundness']);
  });

  it('SO₃ above 3.0 % holds a superior sample at first class, and the explanation says why', async () => {
    const result = await cqg.grade({ ...SUPERIOR_SAMPLE, sulfurTrioxide: 3.1 });
    expect(result.grade).toBe('first-class');
    expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual(['sulfur-trioxide-margin']);
    expect(result.nextGrade?.blockers[0]?.message.zh).toContain('一等品');
  });

  it('other cement types and classes are out of scope, with the reason', async () => {
    const result = await cqg.grade({ ...SUPERIOR_SAMPLE, cementType: 'P.II' });
    expect(result.notGradedReason?.code).toBe('out-of-scope');
    expect(result.notGradedReason?.message.en).toContain('ordinary Portland cement (P·O) only');
  });

  it('an unquoted "= P.O" is reported with the fix: it reads as a table lookup', () => {
    const path = new URL('../../rules/building-materials/cement-quality-grade.yaml', import.meta.url);
    const text = readFileSync(path, 'utf8');
    const unquoted = text.replace(`require: '= "P.O"'`, 'require: "= P.O"');
    expect(unquoted).not.toBe(text);
    const { issues } = checkRuleSet(unquoted, { filename: 'cement-quality-grade.yaml' });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('quote it: "P.O"');
  });
});
