import { describe, expect, it } from 'vitest';
import type { IndicatorInfo } from '../../src/index';
import { convertCell, parseNumeral } from '../../src/input/convert-value';

function indicator(type: IndicatorInfo['type'], extra: Partial<IndicatorInfo> = {}): IndicatorInfo {
  return {
    name: 'x',
    type,
    label: { zh: '某指标', en: 'Some indicator' },
    required: true,
    specimens: 0,
    ...extra,
  };
}

const NUMBER = indicator('number');
/** A number taken specimen by specimen: a bound in its cell is refused with advice (the grader reads one on a single value only). */
const SPECIMENS = indicator('number', { specimens: 2 });

describe('parseNumeral', () => {
  it.each([
    ['4.62', 4.62],
    ['  4.62 ', 4.62],
    ['-0.5', -0.5],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1.5E-2', 0.015],
    ['007', 7],
    ['４．６２', 4.62], // full-width digits and point
    ['－１２', -12], // full-width minus
    ['−0.05', -0.05], // U+2212 MINUS SIGN, as Chinese standards typeset it (newcomer-26 M10)
    ['−.5', -0.5],
    [' −4 ', -4],
    ['\u30004.5\u3000', 4.5], // ideographic spaces
  ])('reads %j as %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each([
    ['1,234', 'digit-group separator'],
    ['1 234', 'digit-group separator'],
    ['4\u00a0620', 'digit-group separator'], // a no-break space, as spreadsheets group digits
    ['4\u202f620', 'digit-group separator'],
    ['4\u2009620', 'digit-group separator'],
    ['1,234.5', 'digit-group separator'],
    ['4,62', 'decimal comma'],
    ['１，２３４', 'digit-group separator'],
    ['0x1F', 'not decimal'],
    ['0b101', 'not decimal'],
    ['NaN', 'not a finite number'],
    ['Infinity', 'not a finite number'],
    ['-inf', 'not a finite number'],
    ['∞', 'not a finite number'],
    ['1e999', 'beyond the range'],
    ['1e-999', 'too close to zero'],
    ['45%', 'percentage'],
    ['455 MPa', 'unit'],
    ['4.6x', 'unit or other text'],
    ['abc', 'not a decimal number'],
    ['1.2.3', 'not a decimal number'],
    ['4−5', 'the character "−" (U+2212)'], // U+2212 is read only as the leading sign
    ['−', 'the character "−" (U+2212)'],
    ['−−5', 'the character "−" (U+2212)'],
    ['4.62¹', 'the character "¹" (U+00B9)'], // superscripts are not digits
    ['3500²', 'the character "²" (U+00B2)'],
    ['④.⑥', 'the character "④" (U+2463)'], // nor circled digits
    ['٤٫٦', 'the character "٤" (U+0664)'], // nor other scripts' digits
    ['𝟒', 'the character "𝟒" (U+1D7D2)'], // nor mathematical digits
    ['4.6\u202e2', '"\\u202e" (U+202E)'], // a bidi override is named, escaped
    ['ⅳ', 'the character "ⅳ" (U+2173)'],
    // A NUL byte (a binary export) is named, escaped as the quoted value shows it (once U+FFFD, taken for the character).
    ['3500\u0000', 'contains the control character "\\u0000" (U+0000)'],
    ['35\u001b00', 'contains the control character "\\u001b" (U+001B)'],
    ['\u00853500', 'contains the control character "\\u0085" (U+0085)'],
  ])('refuses %j (%s)', (text, why) => {
    const result = parseNumeral(text);
    expect(typeof result).toBe('object');
    expect((result as { en: string }).en).toContain(why);
  });

  it('names a control character in Chinese too', () => {
    expect((parseNumeral('3500\u0000') as { zh: string }).zh).toBe(
      '含控制字符 "\\u0000" (U+0000)，只接受 ASCII 或全角的数字、正负号、小数点和指数',
    );
  });

  it('reads 0e5 and -0 as zero, and refuses integers beyond 2^53 for integer indicators only', () => {
    expect(parseNumeral('0e5')).toBe(0);
    expect(parseNumeral('-0')).toBe(-0);
    expect((parseNumeral('9007199254740993') as { en: string }).en).toContain(
      'at 15 digits it is 9007199254740990',
    );
    expect((parseNumeral('9007199254740993', true) as { en: string }).en).toContain('(2^53 or more)');
  });

  // newcomer-39 F1: under an indicator in % (or ‰) the sign is that very unit, as an .xlsx cell in percent format is.
  it.each([
    ['0.08%', '%', 0.08],
    ['98.5%', '%', 98.5],
    ['98.5 %', '%', 98.5],
    ['98.5％', '%', 98.5],
    ['９８.５％', '％', 98.5],
    ['1.2‰', '‰', 1.2],
    ['-0.5%', '%', -0.5],
  ])('reads %j under an indicator in %s as its number, %d', (text, unit, value) => {
    expect(parseNumeral(text, false, true, unit)).toBe(value);
  });

  it('refuses a percentage under an indicator in another unit, or none, quoting the sign as written', () => {
    const why = (text: string, unit?: string) =>
      parseNumeral(text, false, true, unit) as { zh: string; en: string };
    // The number itself is refused as a plain numeral would be: 16 digits are not read, % or not.
    expect(why('98.50000000000001%', '%').en).toContain('more than 15 significant digits');
    // A full-width ％ is quoted as the cell has it, not as the folded %.
    expect(why('85％').zh).toBe(
      '是百分数，应写指标所取的数值，不带 ％：按 0–100 计的（如得分）请去掉“％”，只写 85；按 0–1 计的比例写 0.85',
    );
    expect(why('0.07％', '‰').zh).toBe('是百分数，而该指标的单位是 ‰：请换算后只写 0.7（0.07％ = 0.7‰）');
    expect(why('45％', 'mm').en).toBe('is a percentage: write the number the indicator takes, without ％');
    // The other unit: converted, with binary noise dropped (0.07 × 10 is 0.7000000000000001).
    expect(why('0.07%', '‰').zh).toBe('是百分数，而该指标的单位是 ‰：请换算后只写 0.7（0.07% = 0.7‰）');
    expect(why('0.8‰', '%').en).toBe(
      'is a per-mille value, and the indicator is in %: convert it and write 0.08 (0.8‰ = 0.08%)',
    );
    // No unit: the number on either scale, a 0–100 score's and a share of 1 (newcomer-31 M-8).
    expect(why('85%').zh).toBe(
      '是百分数，应写指标所取的数值，不带 %：按 0–100 计的（如得分）请去掉“%”，只写 85；按 0–1 计的比例写 0.85',
    );
    expect(why('45%').en).toBe(
      'is a percentage: write the number the indicator takes, without %: on a 0–100 scale (a score) remove "%" and write 45; as a share of 1, write 0.45',
    );
    // Another unit: what the cell is, no number to write (0.08 % of what is not known).
    expect(why('45%', 'mm').en).toBe('is a percentage: write the number the indicator takes, without %');
    expect(why('4.5‰').en).toBe('is a per-mille value: write the number the indicator takes, without ‰');
  });
});

describe('parseNumeral: numerals of more than 15 significant digits', () => {
  it.each([
    ['4.99999999999999999', '5'],
    // A double holds these as written, but at the 15 digits qgrade reads they are 8.75 and 0.285, which round
    // (0.5, 0.01) to 9.0 and 0.28 where their own digits give 8.5 and 0.29 (standards-30 W1).
    ['8.749999999999998', '8.75'],
    ['0.2850000000000001', '0.285'],
    ['0.30000000000000004', '0.3'],
    ['4.999999999999999', '5'],
    ['1234567890123456', '1234567890123460'],
    ['０．１２３４５６７８９０１２３４５６', '0.123456789012346'],
    ['8.7499999999999999', '8.75'],
    ['2.0000000000000001', '2'],
    ['1.9999999999999999', '2'],
    ['0.10000000000000001', '0.1'],
    [`4.${'9'.repeat(200)}`, '5'],
  ])('refuses %j, which would be read as %s', (text, read) => {
    const result = parseNumeral(text) as { zh: string; en: string };
    expect(result.en).toContain(
      `has more than 15 significant digits, which qgrade does not read (at 15 digits it is ${read};`,
    );
    expect(result.en).toContain('write the value as the test report gives it');
    expect(result.zh).toContain(`按 15 位有效数字是 ${read}`);
  });

  it.each([
    ['4.99999999999999999', true],
    ['8.7499999999999999', true],
    ['1234567890123456', false],
    ['8.749999999999998', false],
  ])('for an integer indicator refuses %j only when a double does not hold it (%s)', (text, refused) => {
    expect(typeof parseNumeral(text, true)).toBe(refused ? 'object' : 'number');
  });

  it.each([
    ['4.99999999999999', 4.99999999999999],
    ['123456789012345', 123456789012345],
    ['4.6200000000000000', 4.62],
    ['0.000000000000000045', 4.5e-17],
    ['+5.00000000000000000000', 5],
    ['-0.00000000000000000', -0],
    ['100000000000000000000', 1e20],
    ['０．１２３４５６７８９０１２３４５', 0.123456789012345],
  ])('reads %j, of 15 significant digits or fewer', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });
});

describe('convertCell', () => {
  it('leaves an empty cell out', () => {
    expect(convertCell('', NUMBER)).toBeUndefined();
    expect(convertCell('   ', NUMBER)).toBeUndefined();
    expect(convertCell('\u3000', indicator('string'))).toBeUndefined();
  });

  it('converts numbers, and passes a refused text on with a message naming the indicator', () => {
    expect(convertCell('4.62', NUMBER)).toEqual({ value: 4.62 });
    expect(convertCell('3', indicator('integer'))).toEqual({ value: 3 });
    // 2.5 is a number; the grader says it is not an integer.
    expect(convertCell('2.5', indicator('integer'))).toEqual({ value: 2.5 });
    const refused = convertCell(' 1,234 ', NUMBER)!;
    expect(refused.value).toBe('1,234');
    expect(refused.error).toEqual({
      field: 'x',
      code: 'wrong-type',
      message: {
        zh: '某指标应为数值："1,234" 含千位分隔符或小数逗号，应写如 1234.5',
        en: 'x (Some indicator) must be a number: "1,234" has a digit-group separator or a decimal comma: write e.g. 1234.5',
      },
    });
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['是', true],
    ['有', true],
    ['false', false],
    ['0', false],
    ['No', false],
    ['否', false],
    ['无', false],
    ['未发生', false],
    ['ＴＲＵＥ', true],
    // newcomer-39 F7: Y/N, a form's yes/no.
    ['y', true],
    ['N', false],
  ])('reads the boolean %j as %s', (text, value) => {
    expect(convertCell(text, indicator('boolean'))).toEqual({ value });
  });

  it('refuses other booleans', () => {
    for (const text of ['yy', 'no!', '√', '×', '2', 'maybe']) {
      expect(convertCell(text, indicator('boolean'))?.error?.message.en, text).toContain(
        'is not one of true/false',
      );
    }
  });

  it.each([
    ['¹', 'U+00B9'],
    ['①', 'U+2460'],
    ['√', 'U+221A'],
    ['ｔｒｕｅ¹', 'U+00B9'],
  ])('refuses the boolean %j, naming the character', (text, code) => {
    const error = convertCell(text, indicator('boolean'))?.error;
    expect(error?.message.en).toContain(code);
    expect(error?.message.zh).toContain(code);
  });

  it.each(['风冷，T2气候', '是，T3气候', '风冷1台'])(
    'refuses the boolean %j without naming a Chinese character or its code point (hostile-27 M7)',
    (text) => {
      const error = convertCell(text, indicator('boolean'))?.error;
      expect(error?.message.en).toContain('is not one of true/false');
      expect(error?.message.en).not.toMatch(/U\+|contains the character/);
      expect(error?.message.zh).not.toMatch(/U\+|含字符/);
    },
  );

  it('a diameter written with its sign (Φ12, φ 12mm under mm) is told to write the number alone; ΦΦ12 and Φ12 cm are not', () => {
    const mm = { ...NUMBER, unit: 'mm' };
    expect(convertCell('Φ12', mm)?.error?.message).toEqual({
      zh: '某指标应为数值："Φ12" 数值前有直径符号“Φ”：只写数值 12',
      en: 'x (Some indicator) must be a number: "Φ12" has the diameter sign "Φ" before it: write the number alone, 12',
    });
    expect(convertCell('φ 12.5mm', mm)?.error?.message.en).toContain(
      'has the diameter sign "φ" before it: write the number alone, 12.5',
    );
    expect(convertCell('⌀12', NUMBER)?.error?.message.en).toContain('write the number alone, 12');
    // Another unit is not the number alone: the sign named, then the conversion (hostile-44); two signs are no diameter.
    const cm = convertCell('Φ12 cm', mm)?.error?.message.en;
    expect(cm).not.toContain('write the number alone');
    expect(cm).toContain('convert it and write 120 (12 cm = 120 mm)');
    expect(convertCell('ΦΦ12', mm)?.error?.message.en).toContain('contains the character "Φ"');
  });

  it('a number after a Chinese character (样42.5) names the character without its code point; ≈ keeps it (hostile-27 M7)', () => {
    expect(convertCell('样42.5', NUMBER)?.error?.message).toEqual({
      zh: '某指标应为数值："样42.5" 含字符 "样"，只接受 ASCII 或全角的数字、正负号、小数点和指数',
      en: 'x (Some indicator) must be a number: "样42.5" contains the character "样"; only ASCII or full-width digits, sign, decimal point and exponent are read',
    });
    // 约 makes an approximation, told as one (hostile-27 M2), with no code point either.
    expect(convertCell('约42.5', NUMBER)?.error?.message.zh).toContain('是约数而非测得值');
    expect(convertCell('约42.5', NUMBER)?.error?.message.en).not.toContain('U+');
    expect(convertCell('≈42.5', NUMBER)?.error?.message.en).toContain('is an approximate value');
    expect(convertCell('42≈5', NUMBER)?.error?.message.en).toContain('the character "≈" (U+2248)');
    expect(convertCell('〇.5', NUMBER)?.error?.message.en).toContain('the character "〇" (U+3007)');
  });

  it('matches enumerations as listed, with full-width forms read as ASCII, and numerically for numeric values', () => {
    const designation = indicator('enum', { values: ['HRB400', 'HRB400E', '甲'] });
    expect(convertCell(' HRB400 ', designation)).toEqual({ value: 'HRB400' });
    expect(convertCell('ＨＲＢ４００Ｅ', designation)).toEqual({ value: 'HRB400E' });
    expect(convertCell('甲', designation)).toEqual({ value: '甲' });
    // Not listed: the text goes on and the grader lists the allowed values.
    expect(convertCell('hrb400', designation)).toEqual({ value: 'hrb400' });
    const size = indicator('enum', { values: [10, 20, 30] });
    expect(convertCell('20', size)).toEqual({ value: 20 });
    expect(convertCell('20.0', size)).toEqual({ value: 20 });
    expect(convertCell('２０', size)).toEqual({ value: 20 });
    expect(convertCell('25', size)).toEqual({ value: '25' });
    const mixed = indicator('enum', { values: ['1', 2] });
    expect(convertCell('1', mixed)).toEqual({ value: '1' });
    expect(convertCell('2', mixed)).toEqual({ value: 2 });
  });

  it('reads the dots of GB designations (P·O) as "." when that spells exactly one value', () => {
    const cementType = indicator('enum', { values: ['P.I', 'P.II', 'P.O'] });
    for (const dot of ['\u00b7', '\u30fb', '\u2027', '\u2219', '\u3002', '．']) {
      expect(convertCell(`P${dot}O`, cementType)).toEqual({ value: 'P.O' });
      expect(convertCell(`P${dot}II`, cementType)).toEqual({ value: 'P.II' });
    }
    // Spells no listed value: the text goes on, and the grader lists the allowed values.
    expect(convertCell('P·S·A', cementType)).toEqual({ value: 'P·S·A' });
    expect(convertCell('P•O', cementType)).toEqual({ value: 'P•O' }); // a bullet U+2022 is not read as a dot
    // Two values spelled the same once folded: neither is guessed.
    const both = indicator('enum', { values: ['P.O', 'P。O'] });
    expect(convertCell('P·O', both)).toEqual({ value: 'P·O' });
    expect(convertCell('P。O', both)).toEqual({ value: 'P。O' });
  });

  it('reads a Roman-numeral character as its letters (P·Ⅱ, as GB 175 prints it) (committee-24 F15)', () => {
    const cementType = indicator('enum', { values: ['P.I', 'P.II', 'P.O'] });
    expect(convertCell('P·Ⅱ', cementType)).toEqual({ value: 'P.II' }); // U+2161
    expect(convertCell('P·Ⅰ', cementType)).toEqual({ value: 'P.I' }); // U+2160
    expect(convertCell('P.Ⅱ', cementType)).toEqual({ value: 'P.II' });
    expect(convertCell('Ｐ・Ⅱ', cementType)).toEqual({ value: 'P.II' });
    // Look-alikes that spell no listed value stay refused: Ⅲ is III, ⅱ is ii (no case folding), Ⅱ alone is II.
    expect(convertCell('P·Ⅲ', cementType)).toEqual({ value: 'P·Ⅲ' });
    expect(convertCell('P·ⅱ', cementType)).toEqual({ value: 'P·ⅱ' });
    expect(convertCell('Ⅱ', cementType)).toEqual({ value: 'Ⅱ' });
    expect(convertCell('P·2', cementType)).toEqual({ value: 'P·2' });
  });

  it('reads a code without the dots between its letters (PO for P.O), when that spells exactly one value (committee-24 F16)', () => {
    const cementType = indicator('enum', { values: ['P.I', 'P.II', 'P.O'] });
    expect(convertCell('PO', cementType)).toEqual({ value: 'P.O' });
    expect(convertCell('PI', cementType)).toEqual({ value: 'P.I' });
    expect(convertCell('PII', cementType)).toEqual({ value: 'P.II' });
    expect(convertCell('PⅡ', cementType)).toEqual({ value: 'P.II' });
    expect(convertCell('ＰＯ', cementType)).toEqual({ value: 'P.O' });
    // Stay refused: another case, a letter run that is no listed code, a part-dotted spelling.
    expect(convertCell('po', cementType)).toEqual({ value: 'po' });
    expect(convertCell('PIII', cementType)).toEqual({ value: 'PIII' });
    expect(convertCell('PSA', cementType)).toEqual({ value: 'PSA' });
    const slag = indicator('enum', { values: ['P.S.A', 'P.S.B'] });
    expect(convertCell('PSA', slag)).toEqual({ value: 'P.S.A' });
    expect(convertCell('PS', slag)).toEqual({ value: 'PS' });
    // A decimal point is no letter's dot: 425 is not 42.5.
    const strength = indicator('enum', { values: ['42.5', '52.5'] });
    expect(convertCell('425', strength)).toEqual({ value: '425' });
    // Two values that are one code without their dots: neither is guessed.
    const both = indicator('enum', { values: ['P.SA', 'PS.A'] });
    expect(convertCell('PSA', both)).toEqual({ value: 'PSA' });
  });

  it('reads a numeral equal to a numeric-looking text value as that value (42.50 for "42.5") (committee-24 F16)', () => {
    const strength = indicator('enum', { values: ['42.5', '42.5R', '52.5', '52.5R'] });
    expect(convertCell('42.50', strength)).toEqual({ value: '42.5' });
    expect(convertCell('52.500', strength)).toEqual({ value: '52.5' });
    expect(convertCell('４２.５０', strength)).toEqual({ value: '42.5' });
    // Other numbers and spellings stay refused: 42.51, 42.50R, a sign, an exponent, a decimal comma.
    for (const text of ['42.51', '42.50R', '+42.5', '4.25e1', '42,5', '42.']) {
      expect(convertCell(text, strength)).toEqual({ value: text });
    }
    // Two values of one number: neither is guessed.
    const both = indicator('enum', { values: ['42.5', '42.50'] });
    expect(convertCell('42.500', both)).toEqual({ value: '42.500' });
  });

  it.each([
    ['<0.01', 'an upper bound'],
    ['＜0.01', 'an upper bound'],
    ['≤0.01', 'an upper bound'],
    ['< 0.005', 'an upper bound'],
    ['ND', 'below the detection limit'],
    ['n.d.', 'below the detection limit'],
    ['未检出', 'below the detection limit'],
    ['/', 'not tested'],
    ['／', 'not tested'],
    ['—', 'not tested'],
    ['——', 'not tested'],
    ['-', 'not tested'],
    ['－', 'not tested'],
    ['未检', 'not tested'],
  ])('refuses the lab notation %j in a number cell with advice (%s)', (text, what) => {
    // `<0.01` on a single value is passed to the grader as a bound (compileBoundValues); on a specimen value, refused.
    const converted = convertCell(text, what === 'an upper bound' ? SPECIMENS : NUMBER);
    expect(converted?.value).toBe(text);
    expect(converted?.error?.code).toBe('wrong-type');
    expect(converted?.error?.message.en).toContain(
      what === 'an upper bound' ? 'gives only an upper bound' : `means ${what}`,
    );
    expect(converted?.error?.message.zh).toContain(
      {
        'not tested': '表示未检测；该指标为必填项（留空同样无效）',
        'an upper bound': '只给出上限，不是测得值',
      }[what] ?? '表示低于检出限',
    );
  });

  // newcomer-34 F4: 无 in a bubble count is "none found", 0, as often as "not tested": the advice never says which.
  it('refuses 无 in a number cell, saying it may be none found (write 0) or not tested, never asserting which', () => {
    const message = convertCell('无', NUMBER)?.error?.message;
    expect(message?.zh).toBe(
      '某指标应为数值："无" 可能表示未发现，也可能表示未检测：若未发现，请填 0；若未检测，该指标为必填项（留空同样无效），每条记录都须给出：请填写测得的数值，缺少该项的记录无法按本规则集评定',
    );
    expect(message?.en).toContain(
      '"无" may mean none found or not tested: if none was found, write 0; if it was not tested, the indicator is required',
    );
    expect(message?.en).not.toContain('means not tested');
    // Under a yes/no indicator 无 is "no", read as before.
    expect(convertCell('无', indicator('boolean'))?.error).toBeUndefined();
  });

  it('a tolerance in a deviation cell (±0.2, +/-0.2, 正负0.2) asks for the measured value with its sign (newcomer-30 M4)', () => {
    for (const text of ['±0.2', '± 0.2', '+-0.2', '+/-0.2', '正负0.2']) {
      const message = convertCell(text, NUMBER)?.error?.message;
      expect(message?.zh).toContain('是允许偏差的写法，不是测得值：请写实测值及其正负号，如 0.2 或 -0.2');
      expect(message?.en).toContain(
        'is a tolerance, not a measured value: write the measured value with its sign, such as 0.2 or -0.2',
      );
      expect(message?.zh).not.toContain('只接受 ASCII');
    }
    // A sign alone, and ± inside a number, keep their messages.
    expect(convertCell('+0.2', NUMBER)).toEqual({ value: 0.2 });
    expect(convertCell('0.2±', NUMBER)?.error?.message.en).not.toContain('tolerance');
  });

  it('tells a boolean cell of "/" it means not tested, and leaves look-alikes to the usual message', () => {
    expect(convertCell('/', indicator('boolean'))?.error?.message.en).toContain('means not tested');
    expect(convertCell('<0.01', indicator('boolean'))?.error?.message.en).not.toContain('detection limit');
    expect(convertCell('-5x', NUMBER)?.error?.message.en).not.toContain('not tested');
    expect(convertCell('<', NUMBER)?.error?.message.en).toContain('is not a decimal number');
    expect(convertCell('无机', NUMBER)?.error?.message.en).not.toContain('not tested');
  });

  it('newcomer-26 M8: a not-tested mark under a required indicator says it is required and what to write, not "leave it empty"', () => {
    const slash = convertCell('/', NUMBER)?.error?.message;
    expect(slash?.zh).toBe(
      '某指标应为数值："/" 表示未检测；该指标为必填项（留空同样无效），每条记录都须给出：请填写测得的数值；缺少该项的记录无法按本规则集评定',
    );
    expect(slash?.en).toContain('the indicator is required (an empty value is invalid too)');
    expect(slash?.en).not.toContain('leave the cell empty');
    expect(convertCell('/', indicator('boolean'))?.error?.message.zh).toContain('请填写检测结果（是/否）');
    expect(convertCell('未评', NUMBER)?.error?.message.zh).toContain('表示未评价；该指标为必填项');
    expect(convertCell('<0.01', SPECIMENS)?.error?.message.en).toContain(
      'the indicator is required: it cannot be left empty',
    );
    // Where the indicator need not be given, leaving it empty is the advice, as before.
    const optional = indicator('number', { required: false });
    expect(convertCell('无', optional)?.error?.message.en).toContain(
      'if it was not tested, leave the cell empty (or delete it) so the value counts as missing',
    );
    expect(convertCell('<0.01', { ...optional, specimens: 2 })?.error?.message.en).toContain(
      'or leave the cell empty if it was not measured',
    );
  });

  it('committee-22 F11: under an indicator that need not be given, 未检 reads as an empty cell, as / does', () => {
    const optional = indicator('number', { required: false });
    for (const mark of ['/', '／', '—', '-', '未检', '未检测', '未测', '未测定', '未做', ' 未检 '])
      expect(convertCell(mark, optional), mark).toBeUndefined();
    expect(convertCell('未检', indicator('boolean', { required: false }))).toBeUndefined();
    // 无 is "no" under a yes/no column, and below the detection limit is a value not given: both still told.
    expect(convertCell('无', optional)?.error?.message.en).toContain('may mean none found or not tested');
    expect(convertCell('未检出', optional)?.error?.message.en).toContain('below the detection limit');
    expect(convertCell('未检验项目', optional)?.error?.code).toBe('wrong-type');
    // Under a required indicator the mark is refused with its advice, as before.
    expect(convertCell('未检', NUMBER)?.error?.message.en).toContain('means not tested');
    // A mark that is one of an enum's values is that value.
    expect(convertCell('未检', indicator('enum', { required: false, values: ['未检', '已检'] }))).toEqual({
      value: '未检',
    });
  });

  it('keeps text as written, trimmed', () => {
    expect(convertCell('  a, b  ', indicator('string'))).toEqual({ value: 'a, b' });
    expect(convertCell('4.62', indicator('string'))).toEqual({ value: '4.62' });
  });

  it('reads several specimens separated by ; or ；', () => {
    const strength = indicator('number', { specimens: 4 });
    expect(convertCell('455', strength)).toEqual({ value: 455 });
    expect(convertCell('455;460', strength)).toEqual({ value: [455, 460] });
    expect(convertCell(' 455 ; 460 ；470', strength)).toEqual({ value: [455, 460, 470] });
    expect(convertCell('455;460;', strength)?.error?.message.en).toContain('empty specimen value (number 3)');
    expect(convertCell('455;x', strength)?.error?.message.en).toContain('"x" is not a decimal number');
    // More specimens than the indicator takes: the grader says so.
    expect(convertCell('1;2;3;4;5', strength)).toEqual({ value: [1, 2, 3, 4, 5] });
    // Without specimens, ";" is just a character.
    expect(convertCell('455;460', NUMBER)?.error).toBeDefined();
  });

  it.each([['40,38,45'], ['40，38，45'], ['40 38 45'], [' 40 , 38 ，45 ']])(
    'says specimen values are separated by ";" when %j lists them otherwise',
    (text) => {
      const energy = indicator('number', { specimens: 3 });
      const shown = JSON.stringify(text.trim());
      expect(convertCell(text, energy)?.error?.message).toEqual({
        zh: `某指标应为数值：${shown} 不是十进制数；如为多个试样值，应以“;”或“；”分隔，写作 40;38;45`,
        en: `x (Some indicator) must be a number: ${shown} is not a decimal number; if these are specimen values, separate them with ";" (or "；"): 40;38;45`,
      });
    },
  );

  it('adds the specimen hint to a digit-group separator, and only for lists of numbers of an indicator with specimens', () => {
    const strength = indicator('number', { specimens: 3 });
    expect(convertCell('455,460', strength)?.error?.message).toEqual({
      zh: '某指标应为数值："455,460" 含千位分隔符或小数逗号，应写如 1234.5；如为多个试样值，应以“;”或“；”分隔，写作 455;460',
      en: 'x (Some indicator) must be a number: "455,460" has a digit-group separator or a decimal comma: write e.g. 1234.5; if these are specimen values, separate them with ";" (or "；"): 455;460',
    });
    // A list with the enumeration comma: the character is named, and the hint added.
    expect(convertCell('40、38、45', strength)?.error?.message.en).toBe(
      'x (Some indicator) must be a number: "40、38、45" contains the character "、" (U+3001); only ASCII or full-width digits, sign, decimal point and exponent are read; if these are specimen values, separate them with ";" (or "；"): 40;38;45',
    );
    // Without specimens: no hint.
    expect(convertCell('40,38,45', NUMBER)?.error?.message.en).toBe(
      'x (Some indicator) must be a number: "40,38,45" is not a decimal number',
    );
    // Not a list of numbers: the number's own message.
    expect(convertCell('455 MPa', strength)?.error?.message.en).toBe(
      'x (Some indicator) must be a number: "455 MPa" has a unit or other text after it: remove "MPa" and write 455',
    );
    expect(convertCell('40,x', strength)?.error?.message.en).toBe(
      'x (Some indicator) must be a number: "40,x" is not a decimal number',
    );
  });

  it.each([
    ['20 °C', '°C', '20'],
    ['20°C', '°C', '20'],
    ['-20 ℃', '℃', '-20'],
    ['20°', '°', '20'],
    ['88分', '分', '88'],
    ['８８分', '分', '88'],
    ['5 m²', 'm²', '5'],
    ['100 分 满分', '分 满分', '100'],
  ])('says %j has a unit or word: remove %j, write %s (no code point)', (text, word, numeral) => {
    expect(convertCell(text, NUMBER)?.error?.message).toEqual({
      zh: `某指标应为数值：${JSON.stringify(text)} 带有单位或其他文字：请去掉“${word}”，只写 ${numeral}`,
      en: `x (Some indicator) must be a number: ${JSON.stringify(text)} has a unit or other text after it: remove "${word}" and write ${numeral}`,
    });
  });

  it.each([
    ['4OO', '400'],
    ['35OO', '3500'],
    ['4.O', '4.0'],
    ['1O.5', '10.5'],
  ])('%j has the letter O for a 0: "did you mean %s", not "remove O" (hostile-29 M4)', (text, meant) => {
    expect(convertCell(text, NUMBER)?.error?.message).toEqual({
      zh: `某指标应为数值：${JSON.stringify(text)} 中的 O 是字母，不是数字 0：是否应为 ${meant}？请写 ${meant}`,
      en: `x (Some indicator) must be a number: ${JSON.stringify(text)} has the letter O where a 0 seems meant: did you mean ${meant}? Write ${meant}`,
    });
  });

  it.each([
    ['35 Ohm', 'Ohm', '35'],
    ['20OC', 'OC', '20'],
    ['400 O', 'O', '400'],
  ])('%j is a number and a word, as before: remove %j, write %s', (text, word, numeral) => {
    expect(convertCell(text, NUMBER)?.error?.message.en).toBe(
      `x (Some indicator) must be a number: ${JSON.stringify(text)} has a unit or other text after it: remove "${word}" and write ${numeral}`,
    );
  });

  it.each([
    ['一级', '1'],
    ['三星', '3'],
    ['十二', '12'],
    ['二十一', '21'],
    ['两级', '2'],
  ])('tells %j (Chinese numerals) to be written in digits, %s (committee-25 F7)', (text, digits) => {
    expect(convertCell(text, indicator('integer'))?.error?.message).toEqual({
      zh: `某指标应为整数：${JSON.stringify(text)} 是汉字数字，应写阿拉伯数字：${digits}`,
      en: `x (Some indicator) must be an integer: ${JSON.stringify(text)} is a number in Chinese numerals: write it in digits, ${digits}`,
    });
  });

  it.each(['十十', '一一', '一等品', '三星级酒店'])('does not read %j as a Chinese numeral', (text) => {
    expect(convertCell(text, indicator('integer'))?.error?.message.zh).not.toContain('汉字数字');
  });

  const WATTS = indicator('number', { unit: 'W' });

  // standards-39 F3: a prefix apart, the figure to write is known exactly, as for ppm under %. F1: 1 kN/mm² = 1 GPa =
  // 1000 MPa; "remove kN/mm² and write 0.455" graded ReL 455 MPa as 0.455 MPa.
  it.each([
    ['7.2kW', 'kW', '7.2', '7200', 'W'],
    ['7.2 kw', 'kw', '7.2', '7200', 'W'],
    ['3.5 千瓦', '千瓦', '3.5', '3500', 'W'],
    ['3.5kW', 'kW', '3.5', '3500', 'W'],
    ['0.0035MW', 'MW', '0.0035', '3500', 'W'],
    ['0.455kN/mm²', 'kN/mm²', '0.455', '455', 'MPa'],
    ['0.360 kN/mm2', 'kN/mm2', '0.360', '360', 'MPa'],
    ['0.4 KN/mm²', 'KN/mm²', '0.4', '400', 'MPa'],
    ['0.455千牛/平方毫米', '千牛/平方毫米', '0.455', '455', 'MPa'],
    ['0.455GPa', 'GPa', '0.455', '455', 'MPa'],
  ])(
    'tells %j to convert, with the figure, not to drop %j (committee-25 F1, standards-39 F1, F3)',
    (text, word, numeral, figure, unit) => {
      expect(convertCell(text, indicator('number', { unit }))?.error?.message).toEqual({
        zh: `某指标应为数值：${JSON.stringify(text)} 带有单位“${word}”，而该指标的单位是 ${unit}：请换算后只写 ${figure}（${numeral} ${word} = ${figure} ${unit}）`,
        en: `x (Some indicator) must be a number: ${JSON.stringify(text)} is in ${word}, and the indicator is in ${unit}: convert it and write ${figure} (${numeral} ${word} = ${figure} ${unit})`,
      });
    },
  );

  it('newcomer-27: a cell per cycle in another unit is to be converted, never only stripped; kWh under kWh/cycle says when to strip', () => {
    const energy = indicator('number', { unit: 'kWh/cycle' });
    const water = indicator('number', { unit: 'L/cycle' });
    expect(convertCell('0.064m3/cycle', water)?.error?.message.en).toContain(
      'is in m3/cycle, but the indicator is in L/cycle: convert the value to L/cycle and write the number alone',
    );
    expect(convertCell('850Wh', energy)?.error?.message.en).toContain(
      'convert the value to kWh/cycle and write the number alone (removing "Wh" alone would read 850 Wh as 850 kWh/cycle)',
    );
    expect(convertCell('0.85kWh', energy)?.error?.message).toEqual({
      zh: '某指标应为数值："0.85kWh" 带有单位“kWh”，而该指标的单位是 kWh/cycle，两者只差“每次”：如果这是每次（每个周期）的量，请去掉“kWh”，只写 0.85；如果是每年、每天等的累计量，请先换算为每次的量',
      en: 'x (Some indicator) must be a number: "0.85kWh" is in kWh, and the indicator is in kWh/cycle, which differs only in "per cycle": if it is one cycle\'s figure, remove "kWh" and write 0.85; if it is a total per year, per day or the like, convert it to one cycle\'s first',
    });
    // The indicator's own unit, spelt as a sheet spells it: the number is the value (newcomer-39 F1).
    expect(convertCell('0.85 kW·h/次', energy)).toEqual({ value: 0.85 });
    expect(convertCell('64 升/次', water)).toEqual({ value: 64 });
  });

  it('tells a cell in another quantity (°C under MPa) to check its column, not to convert or drop the unit', () => {
    const mpa = indicator('number', { unit: 'MPa' });
    expect(convertCell('455 °C', mpa)?.error?.message.en).toBe(
      'x (Some indicator) must be a number: "455 °C" is in °C, but the indicator is in MPa, another quantity: check that the value is in the right column',
    );
    expect(convertCell('0.455 GPa', mpa)?.error?.message.en).toContain('convert it and write 455');
  });

  // hostile-31 M4: "remove d and write 1" read one day as 1 min.
  it.each([
    ['1d', 'min', '1440'],
    ['1天', 'min', '1440'],
    ['2 days', 'h', '48'],
    ['0.5日', 'min', '720'],
  ])('tells %j under %s to convert the days and write %s', (cell, unit, value) => {
    const message = convertCell(cell, indicator('number', { unit }))?.error?.message;
    expect(message?.en).toContain(`is in days (`);
    expect(message?.en).toContain(`convert it and write ${value}`);
    expect(message?.zh).toContain(`请换算后只写 ${value}`);
  });

  it('a d after a number under a unit that is no time (MPa) is no day', () => {
    expect(convertCell('1d', indicator('number', { unit: 'MPa' }))?.error?.message.en).not.toContain('days');
  });

  // hostile-31 M4: `2°30′` was "remove °30′ and write 2" (2 min), `2:30` only "not a decimal number".
  it.each([
    ['2:30', 'min', '150', 'h:min'],
    ['02:30', 'min', '150', 'h:min'],
    ['２：３０', 'min', '150', 'h:min'],
    ['2:30:00', 'min', '150', 'h:min:s'],
    ['2°30′', 'min', '150', 'h°min′'],
    ["2°30'", 'min', '150', 'h°min′'],
    ['2:30', 'h', '2.5', 'h:min'],
    ['0:45', 'min', '45', 'h:min'],
    ['23:59', 'min', '1439', 'h:min'],
  ])('tells %j under %s to convert the hours and minutes and write %s', (cell, unit, value, form) => {
    const message = convertCell(cell, indicator('number', { unit }))?.error?.message;
    expect(message?.en).toContain(`is in hours and minutes (read as ${form}, `);
    expect(message?.en).toContain(`convert it and write ${value}`);
    expect(message?.zh).toContain(`请换算后只写 ${value}`);
  });

  // standards-38 M4: `0.75h` under min said "convert the value to min" with no number, where `0:45` says 45.
  it.each([
    ['0.75h', 'min', '45'],
    ['2.5 h', 'min', '150'],
    ['0.333h', 'min', '19.98'],
    ['1.5min', 's', '90'],
    ['0.05h', 's', '180'],
  ])('tells %j under %s to write %s, exact at the digits reported', (cell, unit, value) => {
    const message = convertCell(cell, indicator('number', { unit }))?.error?.message;
    expect(message?.en).toContain(`convert it and write ${value} (`);
    expect(message?.zh).toContain(`请换算后只写 ${value}（`);
  });

  it('a conversion that needs digits the lab did not report names no number (45min → 0.75 h, 10min → 0.1666… h)', () => {
    for (const cell of ['45min', '10min', '90min']) {
      const en = convertCell(cell, indicator('number', { unit: 'h' }))?.error?.message.en;
      expect(en, cell).toContain('convert the value to h and write the number alone');
      expect(en, cell).not.toMatch(/write \d/);
    }
  });

  it('hours and minutes by words still say the minutes (2h30min, 2小时30分 = 150)', () => {
    for (const cell of ['2h30min', '2小时30分'])
      expect(convertCell(cell, indicator('number', { unit: 'min' }))?.error?.message.en).toContain(
        'write 150',
      );
  });

  it('sixties under an indicator that is no time suggest no minutes; an angle in ° is told its degrees', () => {
    for (const cell of ['2:30', '2°30′']) {
      const en = convertCell(cell, indicator('number', { unit: 'MPa' }))?.error?.message.en;
      expect(en, cell).toContain('is written in sixties');
      expect(en, cell).not.toContain('150');
      expect(en, cell).not.toContain('write 2');
    }
    expect(convertCell('2°30′', indicator('number', { unit: '°' }))?.error?.message.en).toContain(
      'is degrees and minutes (2°30′ = 2.5°): convert it and write 2.5',
    );
    // Minutes of 60 or more are no minutes: not read as a time.
    expect(convertCell('0:150', indicator('number', { unit: 'min' }))?.error?.message.en).toContain(
      'is not a decimal number',
    );
  });

  // hostile-31 M7: ppm and % are shares of one whole, 10⁴ apart: the number to write, as 0.7‰ under % gets.
  it.each([
    ['700ppm', '%', '0.07', '700 ppm = 0.07 %'],
    ['150 ppm', '%', '0.015', '150 ppm = 0.015 %'],
    ['70ppb', 'ppm', '0.07', '70 ppb = 0.07 ppm'],
    ['0.012%', 'ppm', '120', '0.012% = 120 ppm'],
  ])('tells %j under %s to convert and write %s', (cell, unit, value, sum) => {
    const message = convertCell(cell, indicator('number', { unit }))?.error?.message;
    expect(message?.en).toContain(`convert it and write ${value} (${sum})`);
    expect(message?.zh).toContain(`请换算后只写 ${value}（${sum}）`);
  });

  it('a share under a unit that is no share (ppm under MPa) is still another quantity', () => {
    expect(convertCell('700ppm', indicator('number', { unit: 'MPa' }))?.error?.message.en).toContain(
      'another quantity',
    );
  });

  // hostile-32 M1: one quantity, units no SI prefix relates (a mass fraction, a pressure, a power): the number to write.
  it.each([
    ['300mg/kg', '%', '0.03', '300 mg/kg = 0.03 %'],
    ['30g/kg', '%', '3', '30 g/kg = 3 %'],
    ['500kgf/cm²', 'MPa', 'about 49.03', '500 kgf/cm² ≈ 49.03 MPa'],
    ['7100psi', 'MPa', 'about 48.95', '7100 psi ≈ 48.95 MPa'],
    ['490bar', 'MPa', '49', '490 bar = 49 MPa'],
    ['12000Btu/h', 'W', 'about 3517', '12000 Btu/h ≈ 3517 W'],
    ['4000kcal/h', 'W', '4652', '4000 kcal/h = 4652 W'],
  ])('tells %j under %s to convert and write %s', (cell, unit, value, sum) => {
    const message = convertCell(cell, indicator('number', { unit }))?.error?.message;
    expect(message?.en).toContain(`convert it and write ${value} (${sum})`);
    expect(message?.zh).toContain(
      `请换算后只写${value.startsWith('about') ? '约' : ''} ${value.replace('about ', '')}（`,
    );
  });

  it('a prefix apart (kPa under MPa) is converted with its figure; a pressure under % is still another quantity', () => {
    expect(convertCell('4900kPa', indicator('number', { unit: 'MPa' }))?.error?.message.en).toContain(
      'convert it and write 4.9 (4900 kPa = 4.9 MPa)',
    );
    expect(convertCell('7100psi', indicator('number', { unit: '%' }))?.error?.message.en).toContain(
      'another quantity',
    );
  });

  // hostile-30 M1: "remove 时30分 and write 2" turned 6 h 55 min (415 min, failing ≤ 390) into 6 min.
  it.each([
    ['2时30分', '150'],
    ['6小时55分', '415'],
    ['6小时55分钟', '415'],
    ['2h30min', '150'],
    ['2 h 30 min', '150'],
    ['1hr5m', '65'],
  ])(
    'tells %j under an indicator in min that it is hours and minutes, and the minutes to write (%s)',
    (text, total) => {
      const min = indicator('number', { unit: 'min' });
      const message = convertCell(text, min)?.error?.message;
      expect(message?.en).toBe(
        `x (Some indicator) must be a number: ${JSON.stringify(text)} is in hours and minutes (${text} = ${total} min), and the indicator is in min: convert it and write ${total}`,
      );
      expect(message?.zh).toContain(`是小时和分钟（${text} = ${total} min）`);
      expect(message?.en).not.toMatch(/write \d\b(?! min)/);
    },
  );

  it('gives hours and minutes in h when they end within four decimals, else only the minutes as a check', () => {
    const hours = indicator('number', { unit: 'h' });
    expect(convertCell('2时30分', hours)?.error?.message.en).toContain(
      '(2时30分 = 2.5 h), and the indicator is in h: convert it and write 2.5',
    );
    expect(convertCell('6时55分', hours)?.error?.message.en).toContain(
      'is in hours and minutes (6时55分 = 415 min): convert it to h and write the number alone, not the hours alone',
    );
    expect(convertCell('2时30分', indicator('number'))?.error?.message.zh).toContain(
      '请换算为该指标的单位后只写数值',
    );
  });

  // newcomer-39 F1/F8: the column's own unit after the number, however spelt, is read as the .xlsx format `0"W"` is.
  it.each([
    ['3500W', WATTS, 3500],
    ['3500 瓦', WATTS, 3500],
    ['85分', indicator('number', { unit: '分' }), 85],
    ['８５分', indicator('number', { unit: '分' }), 85],
    ['85 分钟', indicator('number', { unit: 'min' }), 85],
    ['455;460 MPa', indicator('number', { unit: 'MPa', specimens: 2 }), [455, 460]],
    ['98.5%;97%', indicator('number', { unit: '%', specimens: 2 }), [98.5, 97]],
  ])("reads %j, in the column's own unit, as its number", (text, ind, value) => {
    expect(convertCell(text, ind)).toEqual({ value });
  });

  it.each([
    // No unit on the column: `分` or `%` says nothing of the scale.
    ['85分', indicator('number'), '请去掉“分”，只写 85'],
    ['98.5%', indicator('number'), '按 0–1 计的比例写 0.985'],
    // `分` where the column is in minutes, or minutes where it is in points: another unit, or perhaps one.
    ['85分', indicator('number', { unit: 'min' }), '请去掉“分”，只写 85'],
    ['85分钟', indicator('number', { unit: '分' }), '而该指标的单位是 分'],
    // A suffix that is not the unit.
    ['85分以上', indicator('number', { unit: '分' }), '以上'],
    ['98.5%以上', indicator('number', { unit: '%' }), '以上'],
    ['3500 kW', WATTS, '请换算后只写 3500000'],
    ['98.5‰', indicator('number', { unit: '%' }), '请换算后只写 9.85'],
  ])("still refuses %j where the suffix is not the column's unit", (text, ind, advice) => {
    expect(convertCell(text, ind)?.error?.message.zh).toContain(advice);
  });

  // fix-cells40: a numeral with an exponent before the column's own `%` (or ‰) is read as the plain numeral is;
  // range and digits are checked as for a bare numeral, and `%` under another unit or none stays refused.
  it.each([
    ['9.85e1%', 98.5],
    ['9.85E1 %', 98.5],
    ['9.85e1％', 98.5],
    ['９.８５e１％', 98.5],
    ['985e-1%', 98.5],
  ])('reads %j under % as the plain numeral', (text, value) => {
    expect(convertCell(text, indicator('number', { unit: '%' }))).toEqual({ value });
  });

  it('reads 1.2e0‰ under ‰; refuses an exponent with % beyond range or digits, or under another unit', () => {
    expect(convertCell('1.2e0‰', indicator('number', { unit: '‰' }))).toEqual({ value: 1.2 });
    const pct = indicator('number', { unit: '%' });
    expect(convertCell('1e999%', pct)?.error?.message.en).toContain('is beyond the range of numbers');
    expect(convertCell('9.8499999999999998e1%', pct)?.error?.message.en).toContain(
      'has more than 15 significant digits',
    );
    // No unit: the 0–100 or 0–1 advice, in decimal.
    const none = convertCell('9.85e1%', NUMBER)?.error?.message;
    expect(none?.en).toBe(
      'x (Some indicator) must be a number: "9.85e1%" is a percentage: write the number the indicator takes, without %: on a 0–100 scale (a score) remove "%" and write 98.5; as a share of 1, write 0.985',
    );
    expect(none?.zh).toContain('按 0–100 计的（如得分）请去掉“%”，只写 98.5；按 0–1 计的比例写 0.985');
    expect(convertCell('9.85E1 %', indicator('number', { unit: '‰' }))?.error?.message.en).toContain(
      'convert it and write 985 (98.5% = 985‰)',
    );
    expect(convertCell('9.85e1％', indicator('number', { unit: 'MPa' }))?.error?.message.zh).toContain(
      '是百分数，应写指标所取的数值，不带 ％',
    );
  });

  // hostile-27 M2: advice never changes the value. 4.25e1 is 42.5, not 4.25; a bound or an approximation is no
  // measured value, so "write 42.5" would turn `42.5以下` (below 42.5) into a pass of ≥ 42.5.
  it.each([
    ['4.25e1 MPa', 'remove "MPa" and write 42.5'],
    ['5e3 W', 'remove "W" and write 5000'],
    ['4.25e1(-)', '42.5(−) means the measured value is below 42.5'],
  ])('tells %j in decimal: %s', (text, advice) => {
    expect(convertCell(text, NUMBER)?.error?.message.en).toContain(advice);
  });

  it.each([
    ['42.5以下', 'an upper', '以下', '上限'],
    ['600以上', 'a lower', '以上', '下限'],
    ['600及以上', 'a lower', '及以上', '下限'],
    ['>600', 'a lower', '>', '下限'],
    ['＞600', 'a lower', '>', '下限'],
    ['≥42.5', 'a lower', '≥', '下限'],
    ['不低于42.5', 'a lower', '不低于', '下限'],
    ['不超过 600', 'an upper', '不超过', '上限'],
  ])(
    'tells %j it is a bound (%s), and against which limits the bound alone may be judged wrongly',
    (text, bound, _word, zh) => {
      // A sign before the numeral on a single value is a bound the grader reads; on a specimen value, refused.
      const message = convertCell(text, /^[>＞≥]/.test(text) ? SPECIMENS : NUMBER)?.error?.message;
      const numeral = /\d+(?:\.\d+)?/.exec(text.replace('６', '6'))?.[0] ?? '';
      // newcomer-36 M8: `≥100` against ≥ 2.0 cannot turn; only a limit beyond the bound can be judged wrongly.
      const lower = bound === 'a lower';
      expect(message?.en).toBe(
        `x (Some indicator) must be a number: ${JSON.stringify(text)} is a bound, not a measured value: it gives only ${bound} bound, ${numeral}; write the measured value; written as ${numeral}, it is judged the same only against limits ${lower ? 'below' : 'above'} ${numeral}, and may be judged wrongly against a limit ${lower ? 'at or above' : 'at or below'} ${numeral}`,
      );
      expect(message?.zh).toContain(
        `是界限而非测得值，只给出${zh} ${numeral}：请填写实测值；写成 ${numeral} 只对${lower ? '低于' : '高于'} ${numeral} 的限值给出同样的判定，对${lower ? '不低于' : '不高于'} ${numeral} 的限值可能判错`,
      );
      expect(message?.en).not.toContain('may turn the verdict');
    },
  );

  // fix-interval8-38: `≥100`, `<0.01` on a single number are passed on as written, for the grader to read as a bound
  // (compileBoundValues); words (`42.5以下`), approximations and specimen values are refused as before. An integer's
  // bound is passed on too (fix-bound40): the grader reads its whole numbers.
  it.each(['≥100', '>=100', '>2000', '＞2000', '<0.01', '＜0.01', '≤0.01', '< 0.005', '≧100', '≥−5'])(
    'passes the bound %j on a single number or integer through as text, with no error',
    (text) => {
      expect(convertCell(text, NUMBER)).toEqual({ value: text });
      expect(convertCell(text, indicator('integer'))).toEqual({ value: text });
      expect(convertCell(text, SPECIMENS)?.error?.code).toBe('wrong-type');
    },
  );

  it.each(['42.5以下', '不低于42.5', '约42.5', '≈42.5', '~42.5', '>4.25e1', '≥ 42.5 MPa'])(
    'refuses %j on a single number as before: no bound the grader reads',
    (text) => {
      expect(convertCell(text, NUMBER)?.error?.code).toBe('wrong-type');
    },
  );

  it.each(['约42.5', '42.5左右', '~42.5', '≈42.5'])(
    'tells %j it is approximate, not to drop the word',
    (text) => {
      const message = convertCell(text, NUMBER)?.error?.message;
      expect(message?.en).toContain(
        'is an approximate value, not a measured one: it says only that the value is about 42.5',
      );
      expect(message?.zh).toContain('是约数而非测得值');
      expect(message?.en).not.toContain('U+');
    },
  );

  it('names the character, with its code point, when it is invisible or a look-alike digit, not a unit', () => {
    expect(convertCell('88分\u200b', NUMBER)?.error?.message.en).toContain('"\u200b" (U+200B)');
    expect(convertCell('88\u200b', NUMBER)?.error?.message.zh).toContain('(U+200B)');
    expect(convertCell('4.5²', NUMBER)?.error?.message.en).toContain('(U+00B2)');
    expect(convertCell('12①', NUMBER)?.error?.message.en).toContain('(U+2460)');
  });

  it.each(['不适用', 'N/A', 'n/a', '不涉及', '无此项'])(
    'says %j (not applicable) is not supported for a required indicator, and what to do',
    (text) => {
      const message = convertCell(text, NUMBER)?.error?.message;
      expect(message?.zh).toBe(
        `某指标应为数值：${JSON.stringify(text)} 表示不适用；本规则集不支持“不适用”，每条记录都须给出该指标：若它对这条记录（企业或样品）确实不适用，请不要用本规则集评定这条记录（从数据中删除），或由规则集作者规定不适用时如何评定`,
      );
      expect(message?.en).toContain('means not applicable, which this rule set does not support');
      expect(message?.en).not.toContain('U+');
      expect(convertCell(text, indicator('boolean'))?.error?.message.en).toContain('does not support');
    },
  );

  // newcomer-37 M3: an association's sheet writes 不适用 in an item that does not count for the enterprise; `/` and
  // 未评 were read as blank there, 不适用 refused. Under a number it is now read as blank too.
  it.each(['不适用', '不涉及', 'N/A', 'n/a', '无此项', 'Ｎ/Ａ'])(
    'reads %j under an optional number as an empty cell',
    (mark) => {
      expect(convertCell(mark, indicator('number', { required: false }))).toBeUndefined();
      expect(convertCell(mark, indicator('integer', { required: false }))).toBeUndefined();
    },
  );

  it('keeps refusing 不适用 under a required number, and says what to do', () => {
    expect(convertCell('不适用', indicator('number'))?.error?.message.en).toContain(
      'means not applicable, which this rule set does not support',
    );
  });

  // hostile-31 M3: "may be left out" under an APF a heat pump must give; left empty it was invalid as "missing".
  it('under a requiredWhen, N/A in a number reads as empty (the record says if it applies); a yes/no keeps the advice', () => {
    const some = indicator('number', { required: false, conditionallyRequired: true });
    expect(convertCell('N/A', some)).toBeUndefined();
    const c = convertCell('不适用', { ...some, type: 'boolean' });
    expect(c?.error?.message.zh).toContain(
      '表示不适用：规则集只要求部分记录给出该指标（见其 requiredWhen）：若这条记录不在其中，请将单元格留空；若在其中，留空同样无效，请填写实测值',
    );
    expect(c?.error?.message.en).toContain(
      'means not applicable: the rule set needs this indicator from some records only (its requiredWhen): if this record is not one of them, leave the cell empty',
    );
    // Below the detection limit and not tested keep their advice: leave it empty when not measured.
    expect(convertCell('ND', some)?.error?.message.en).toContain(
      'leave the cell empty if it was not measured',
    );
  });

  // standards-26 M1: "write the number alone" turned the verdict (42.5(−) fails ≥ 42.5, 42.5 meets it). A single
  // number's marked cell is handed on as written, for the grader to read where its interval decides
  // (fix-input3-33); a specimen's or an integer's is refused, asking for the value unrounded.
  it.each(['42.5(-)', '42.5(−)', '42.5（－）', '42.5 (−)', '42.5⁻', '42.4(+)', '42.4（＋）'])(
    '%j: a single number hands it on as written; specimens and integers refuse it, asking for the value unrounded',
    (written) => {
      expect(convertCell(written, NUMBER)).toEqual({ value: written });
      for (const ind of [indicator('number', { specimens: 3 }), indicator('integer')]) {
        const message = convertCell(written, ind)?.error?.message;
        expect(message?.en).toContain('carries a GB/T 8170 rounding mark');
        expect(message?.en).toContain('write the measured value unrounded in the cell');
        expect(message?.en).not.toContain('write the number alone');
        expect(message?.zh).toContain('请在该单元格写未经修约的实测值');
        expect(message?.zh).not.toContain('应只写数值');
      }
    },
  );

  it('refuses a specimen written with a rounding mark, and reads an unmarked value beside it', () => {
    const strength = indicator('number', { specimens: 3 });
    expect(convertCell('42.5(−);43.1', strength)?.error?.message.en).toContain(
      '42.5(−) means the measured value is below 42.5',
    );
    expect(convertCell('42.5;43.1', strength)).toEqual({ value: [42.5, 43.1] });
    // A remark in brackets is still a remark, not a mark.
    expect(convertCell('6.0（超标）', NUMBER)?.error?.message.en).not.toContain('rounding mark');
  });
});
