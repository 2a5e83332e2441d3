/**
 * A column written as an indicator's label without the bracketed note that
 * ends it (`安定性` for `安定性（沸煮法）`, `牌号` for `牌号（交货状态）`) is read
 * as that indicator when exactly one indicator takes that short form and no
 * other column gives it (committee-20 F6: the first run of a normal cement
 * or steel sheet made every record invalid). Where two indicators share the
 * short form, or two columns take it, nothing is read: a hint may name them.
 */
import { describe, expect, it } from 'vitest';
import { resolveColumns } from '../../src/input/column-mapping';
import { IndicatorHeaders } from '../../src/input/header-unit';
import type { IndicatorInfo } from '../../src/resolve/rule-set';

const indicator = (name: string, zh: string, en: string): IndicatorInfo => ({
  name,
  type: 'number',
  label: { zh, en },
  required: true,
  specimens: 0,
});
const INDICATORS = [
  indicator('soundness', '安定性（沸煮法）', 'Soundness (boiling method)'),
  indicator('designation', '牌号(交货状态)', 'Designation (delivery condition)'),
  indicator('compressive3d', '抗压强度（3d）', 'Compressive strength (3 d)'),
  indicator('compressive28d', '抗压强度（28d）', 'Compressive strength (28 d)'),
  indicator('chloride', '氯离子 Cl⁻（滴定法）', 'Chloride (titration)'),
  indicator('flexural', '抗折强度', 'Flexural strength'),
  indicator('flexuralDry', '抗折强度（干燥）', 'Flexural strength (dry)'),
];
const read = (headers: string[], maps: [string, string][] = []) =>
  resolveColumns(headers, new Map(maps), INDICATORS);

describe('resolveColumns: a label without its bracketed note', () => {
  it('reads 安定性 and 牌号 (full- and half-width brackets in the label), and the English label alike', () => {
    expect(read(['样品编号', '安定性', '牌号'])).toEqual(['样品编号', 'soundness', 'designation']);
    expect(read(['Soundness', 'Designation'])).toEqual(['soundness', 'designation']);
    // White space and the label's symbol are read loosely, as for a whole label.
    expect(read([' 安 定性 ', '氯离子 Cl⁻', '氯离子'])).toEqual(['soundness', '氯离子 Cl⁻', '氯离子']);
    expect(read(['氯离子'])).toEqual(['chloride']);
    expect(read(['氯离子Cl⁻'])).toEqual(['chloride']);
  });

  it('does not read a short form two indicators share: 抗压强度 for 抗压强度（3d） and 抗压强度（28d）', () => {
    expect(read(['抗压强度', 'Compressive strength'])).toEqual(['抗压强度', 'Compressive strength']);
  });

  it("does not read it where another indicator's label is that form: 抗折强度 is flexural's own label", () => {
    expect(read(['抗折强度'])).toEqual(['flexural']);
  });

  it('does not read it when another column gives the indicator, in either order', () => {
    expect(read(['安定性', '安定性（沸煮法）'])).toEqual(['安定性', 'soundness']);
    expect(read(['soundness', '安定性'])).toEqual(['soundness', '安定性']);
  });

  it('does not read it when two columns take the short form', () => {
    expect(read(['安定性', 'Soundness'])).toEqual(['安定性', 'Soundness']);
  });

  it('leaves a mapped column to its mapping, and reads the short form when --map sends another column elsewhere', () => {
    expect(read(['安定性'], [['安定性', 'note']])).toEqual(['note']);
    expect(read(['安定性', '安定性（沸煮法）'], [['安定性（沸煮法）', 'other']])).toEqual([
      'soundness',
      'other',
    ]);
  });

  it('does not read a part of the short form, another case of a Latin letter, or the note alone', () => {
    expect(read(['安定', 'soundness (boiling)', 'SOUNDNESS', '沸煮法', '（沸煮法）'])).toEqual([
      '安定',
      'soundness (boiling)',
      'SOUNDNESS',
      '沸煮法',
      '（沸煮法）',
    ]);
  });
});

describe('IndicatorHeaders.noteless', () => {
  const headers = new IndicatorHeaders(INDICATORS);
  it('is the one indicator, or undefined', () => {
    expect(headers.noteless('安定性')?.name).toBe('soundness');
    expect(headers.noteless('牌号')?.name).toBe('designation');
    expect(headers.noteless('抗压强度')).toBeUndefined();
    expect(headers.noteless('抗折强度')).toBeUndefined();
    expect(headers.noteless('安定性（沸煮法）')).toBeUndefined();
    expect(headers.noteless('')).toBeUndefined();
  });

  it('a label that is a note alone gives no short form', () => {
    const only = new IndicatorHeaders([indicator('x', '（备注）', '(note)')]);
    expect(only.noteless('')).toBeUndefined();
    expect(only.noteless('（备注）')).toBeUndefined();
  });
});

describe('the bundled rule sets: every short form names one indicator, and no other label or name', async () => {
  const { loadRuleSet } = await import('../../src/index');
  const { bundledRuleSetIds } = await import('../../src/bundled/bundled-rule-sets');
  const ids = await bundledRuleSetIds();
  it('there are bundled rule sets, cement and steel among them', () => {
    expect(ids).toEqual(
      expect.arrayContaining(['building-materials/cement-quality-grade', 'steel/low-alloy-structural-steel']),
    );
  });
  it.each(ids)('%s', async (id) => {
    const { indicators } = await loadRuleSet(id);
    const headers = new IndicatorHeaders(indicators);
    for (const ind of indicators)
      for (const label of [ind.label.zh, ind.label.en]) {
        const short = /^(.*\S)\s*\([^()]*\)$/u.exec(label.normalize('NFKC').trim())?.[1];
        if (short === undefined) continue;
        // Either the short form reads as this indicator, or as a label of its own (read by `label`) — never as another one.
        const other = headers.label(short);
        if (other !== undefined) expect(other, `${id}: ${short}`).toBe(ind.name);
        else expect(headers.noteless(short)?.name, `${id}: ${short}`).toBe(ind.name);
      }
  });
});
