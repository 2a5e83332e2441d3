/**
 * How a header is compared loosely with a label: white space aside, and with
 * or without the symbol that ends the label (committee-18 F4: GB test
 * reports print `3天抗压强度(MPa)`, `下屈服强度(MPa)`, `氯离子(%)` for the
 * labels `3 天抗压强度`, `下屈服强度 ReL`, `氯离子 Cl⁻`).
 */
import { describe, expect, it } from 'vitest';
import { isSymbol, labelLooseForms, looseKey } from '../../src/text/loose-label';

describe('isSymbol', () => {
  it.each(['ReL', 'Rm', 'd', 'C', 'A', 'Agt', 'MgO', 'SO3', 'Cl−', 'Na+', 'APF', 'CC', 'pH', 'P2O5'])(
    '%s is a symbol',
    (text) => expect(isSymbol(text)).toBe(true),
  );

  it.each(['type', 'class', 'Water', 'Time', 'strength', '3', 'MPa%', '天', 'Rm°', 'A.B', 'Abcdefg'])(
    '%s is not',
    (text) => expect(isSymbol(text)).toBe(false),
  );
});

describe('labelLooseForms', () => {
  it.each([
    ['下屈服强度 ReL', ['下屈服强度ReL', '下屈服强度']],
    // The superscript minus NFKC makes U+2212 is a keyboard's `-` here (studio-23 N2).
    ['氯离子 Cl⁻', ['氯离子Cl-', '氯离子']],
    ['公称直径 d', ['公称直径d', '公称直径']],
    ['三氧化硫 SO₃', ['三氧化硫SO3', '三氧化硫']],
    ['最大力总延伸率 Agt', ['最大力总延伸率Agt', '最大力总延伸率']],
    ['屈服强度ReH', ['屈服强度ReH', '屈服强度']],
    ['氯离子Cl⁻', ['氯离子Cl-', '氯离子']],
    ['冲击吸收能量KV2', ['冲击吸收能量KV2', '冲击吸收能量']],
    ['Lower yield strength ReL', ['LoweryieldstrengthReL', 'Loweryieldstrength']],
    ['3 天抗压强度', ['3天抗压强度', '3d抗压强度']], // `3d` as test reports abbreviate 3 天 (committee-34 M4)
    ['28　天抗压强度', ['28天抗压强度', '28d抗压强度']],
  ])('%s', (label, forms) => {
    expect([...labelLooseForms(label)]).toEqual(forms);
  });

  it('keeps an English word, a bracketed note, and a label that is a symbol alone', () => {
    expect([...labelLooseForms('Cement type')]).toEqual(['Cementtype']);
    expect([...labelLooseForms('Chloride (Cl⁻)')]).toEqual(['Chloride(Cl-)']);
    expect([...labelLooseForms('安定性（沸煮法）')]).toEqual(['安定性(沸煮法)']);
    expect([...labelLooseForms('APF')]).toEqual(['APF']);
    expect([...labelLooseForms('  ')]).toEqual([]);
  });
});

describe('looseKey', () => {
  it('folds full-width forms and sub/superscripts, removes every space, keeps Latin case', () => {
    expect(looseKey(' 3 天\u3000抗压强度 ')).toBe('3天抗压强度');
    expect(looseKey('碳Ｃ')).toBe('碳C');
    expect(looseKey('公称直径 D')).not.toBe(looseKey('公称直径 d'));
  });
});
