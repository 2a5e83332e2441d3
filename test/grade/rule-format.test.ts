import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuleSet } from '../../src/index';
import { failing, fixture, graderPair } from '../helpers';

// test/fixtures/valid/widget.yaml: every form of the rule format on one small product.
const widget = fixture('valid/widget.yaml');
const base = { kind: 'a', size: 10, strength: [420, 430], load: [300, 310], safe: true, coating: 16 };

describe('rule format: widget fixture', () => {
  it('grades a record meeting every requirement at the top grade', async () => {
    const result = await widget.grade(base);
    expect(result.grade).toBe('A');
    expect(result.nextGrade).toBeNull();
    expect(failing(result)).toEqual([]);
    expect(result.criteria.map((c) => c.id)).toEqual([
      'size-in-scope',
      'safety',
      'strength',
      'ratio',
      'coating@C',
      'coating@B',
      'coating@A',
      'overstrength',
      'kind-a-top',
      'load-range',
      'escape',
    ]);
  });

  describe('several specimens', () => {
    it('a minimum applies to the weakest specimen, and the explanation names it', async () => {
      const ratio = (await widget.grade(base)).criteria.find((c) => c.id === 'ratio')!;
      // 430 / 310 = 1.387… is below 420 / 300 = 1.4, so specimen 2 decides; compared rounded to 0.01.
      expect(ratio).toMatchObject({
        specimen: 2,
        value: 1.38709677419355,
        rounded: 1.39,
        passed: true,
        limit: { text: '≥ 1.20' },
      });
    });

    it('a failing specimen fails the requirement and is named', async () => {
      const result = await widget.grade({ ...base, strength: [420, 399.4] });
      expect(result.grade).toBeNull();
      expect(result.notGradedReason).toMatchObject({ code: 'below-lowest-grade', criteria: ['strength'] });
      const strength = result.criteria.find((c) => c.id === 'strength')!;
      expect(strength).toMatchObject({ specimen: 2, value: 399.4, rounded: 399, passed: false });
      expect(strength.message.en).toContain('specimen 2');
      expect(strength.message.zh).toContain('第 2 个试样');
    });

    it('max and mean aggregate across specimens', async () => {
      const result = await widget.grade({ ...base, load: [300, 610] });
      expect(result.criteria.find((c) => c.id === 'load-range')).toMatchObject({
        value: 610,
        specimen: 2,
        passed: false,
      });
      const mean = (await widget.grade({ ...base, strength: [500, 540] })).criteria.find(
        (c) => c.id === 'overstrength',
      )!;
      expect(mean).toMatchObject({ value: 520, passed: true, limit: { text: '≤ 520' } });
      expect(
        (await widget.grade({ ...base, strength: [500, 542] })).criteria.find((c) => c.id === 'overstrength')!
          .passed,
      ).toBe(false);
    });

    it('a single value counts as one specimen', async () => {
      expect((await widget.grade({ ...base, strength: 420, load: 300 })).grade).toBe('A');
    });

    it('rejects more specimens than allowed, and formulas over specimen lists of different lengths', async () => {
      const tooMany = await widget.grade({ ...base, strength: [420, 421, 422, 423] });
      expect(tooMany.errors).toContainEqual(
        expect.objectContaining({ field: 'strength', code: 'too-many-specimens' }),
      );
      const mismatch = await widget.grade({ ...base, strength: [420, 421, 422], load: [300, 300] });
      expect(mismatch.errors).toEqual([
        expect.objectContaining({ field: 'load', code: 'specimen-count-mismatch' }),
      ]);
      expect(mismatch.errors?.[0]?.message.en).toBe(
        'Strength gives 3 specimens and Load gives 2: they must give the same number for Strength-to-load ratio to be computed per specimen',
      );
    });

    it('pairSpecimens: one value is not reused for every specimen; lists of one length, or one value each, are (standards-30 M3)', async () => {
      const text = readFileSync(new URL('../fixtures/valid/widget.yaml', import.meta.url), 'utf8');
      const withKey = text.replace(
        'formula: strength / load\n',
        'formula: strength / load\n    pairSpecimens: true\n',
      );
      expect(withKey).not.toBe(text);
      const paired = graderPair(parseRuleSet(withKey, { filename: 'paired.yaml' }));
      // Specimen i with specimen i.
      expect((await paired.grade(base)).grade).toBe('A');
      expect((await paired.grade({ ...base, strength: 420, load: 300 })).grade).toBe('A');
      const one = await paired.grade({ ...base, load: 300 });
      expect(one.errors).toEqual([
        expect.objectContaining({ field: 'load', code: 'specimen-count-mismatch' }),
      ]);
      expect(one.errors?.[0]?.message.en).toBe(
        "Strength gives 2 specimens and Load gives 1: Strength-to-load ratio is computed from each specimen's own values, so Load must give 2; one value is not used for every specimen",
      );
      expect(one.errors?.[0]?.message.zh).toBe(
        // By labels, as a lab sheet heads the columns (committee-35 M3).
        '强度有 2 个试样值，载荷只有 1 个：须按同一试样的两个值计算强载比，载荷须给出 2 个值，一个值不会用于每个试样',
      );
      const other = await paired.grade({ ...base, strength: [420], load: [300, 310] });
      expect(other.errors).toEqual([
        expect.objectContaining({ field: 'strength', code: 'specimen-count-mismatch' }),
      ]);
      // Without the key, the one load is used for both specimens, as documented.
      expect((await widget.grade({ ...base, load: 300 })).errors).toBeUndefined();
    });
  });

  describe('GB/T 8170 rounded-value comparison', () => {
    it.each([
      [399.5, true, 400], // rounds half to even: 400
      [400.5, true, 400],
      [399.49, false, 399],
      [398.5, false, 398],
    ])('strength %d against ≥ 400 (interval 1) passes: %s', async (value, passed, rounded) => {
      const c = (await widget.grade({ ...base, strength: value })).criteria.find((x) => x.id === 'strength')!;
      expect(c).toMatchObject({ passed, rounded, value });
    });

    it('a criterion can ask for the full-value method instead', async () => {
      const c = (await widget.grade({ ...base, coating: 14.96 })).criteria.find((x) => x.id === 'coating@A')!;
      expect(c.passed).toBe(false);
      expect(c.rounded).toBeUndefined();
    });
  });

  it('a failed gate (veto item) leaves the record not graded, whatever else it meets', async () => {
    const result = await widget.grade({ ...base, safe: false });
    expect(result.grade).toBeNull();
    expect(result.notGradedReason).toMatchObject({ code: 'gate-failed', criteria: ['safety'] });
    expect(result.criteria.find((c) => c.id === 'safety')).toMatchObject({ effect: 'gate', passed: false });
  });

  it('a failed cap holds the grade at the named level', async () => {
    const result = await widget.grade({ ...base, kind: 'b', strength: [520, 530], load: [300, 300] });
    expect(result.grade).toBe('B');
    expect(result.nextGrade).toMatchObject({
      grade: 'A',
      blockers: [{ id: 'kind-a-top', effect: 'cap', capAt: 'B' }],
    });
  });

  it('an empty table cell means no requirement for that row', async () => {
    const result = await widget.grade({ ...base, kind: 'b', strength: [520, 530] });
    expect(result.criteria.find((c) => c.id === 'ratio')).toMatchObject({
      status: 'not-applicable',
      passed: null,
      limit: null,
    });
  });

  it('a computed limit compares against the formula’s value', async () => {
    const result = await widget.grade({ ...base, kind: 'b', strength: [640, 662], load: [300, 300] });
    // nominal = limits.strength = 500 for kind b; 1.30 × 500 = 650; mean 651 > 650.
    expect(result.criteria.find((c) => c.id === 'overstrength')).toMatchObject({
      value: 651,
      passed: false,
      limit: { operator: '<=', value: 650 },
    });
  });

  it('an escape-hatch condition is reported with its text', async () => {
    const result = await widget.grade({ ...base, size: 45, strength: [430, 440], load: [300, 300] });
    expect(result.grade).toBe('C');
    const hatch = result.criteria.find((c) => c.id === 'escape')!;
    expect(hatch).toMatchObject({
      indicator: null,
      passed: false,
      grade: 'B',
      limit: { operator: 'condition', text: 'kind = b or size ≤ 40' },
    });
    expect(result.nextGrade?.blockers.map((b) => b.id)).toEqual(['escape']);
  });

  it('an optional indicator takes its default', async () => {
    const { coating: _, ...withoutCoating } = base;
    const result = await widget.grade(withoutCoating);
    expect(result.criteria.find((c) => c.id === 'coating@C')).toMatchObject({ value: 0, passed: false });
  });

  it('a derived value that cannot be computed is a record error, not a grade', async () => {
    // load's range is "> 0", so a 0 is a range error; a load just above 0 makes the ratio overflow.
    expect((await widget.grade({ ...base, load: [0] })).errors).toEqual([
      expect.objectContaining({ field: 'load', code: 'out-of-range' }),
    ]);
    const result = await widget.grade({ ...base, load: [1e-320] });
    expect(result.errors).toEqual([expect.objectContaining({ field: 'ratio', code: 'not-computable' })]);
  });

  it('a record outside the scope is not graded; scope compares the value as measured, not rounded', async () => {
    const result = await widget.grade({ ...base, size: 50.4 });
    expect(result.notGradedReason).toMatchObject({ code: 'out-of-scope', criteria: ['size-in-scope'] });
    expect(result.criteria[0]).toMatchObject({ value: 50.4, passed: false, effect: 'scope' });
    expect(result.criteria[0]!.rounded).toBeUndefined();
    expect((await widget.grade({ ...base, size: 50 })).grade).toBe('C');
  });
});
