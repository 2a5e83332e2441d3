import { describe, expect, it } from 'vitest';
import type { IndicatorInfo } from '../../src/index';
import { duplicateKeys } from '../../src/input/json-duplicate-keys';
import { jsonNumeralErrors, numeralTexts, withNumeralTexts } from '../../src/input/json-numerals';
import { jsonRecordItem } from '../../src/input/json-record-item';
import { recordTokens } from '../../src/input/json-record-tokens';
import { localized } from '../../src/text/localized-text';

const APF: IndicatorInfo = {
  name: 'apf',
  type: 'number',
  label: { zh: '全年能源消耗效率', en: 'APF' },
  required: true,
  specimens: 0,
};
const INDICATORS = new Map([['apf', APF]]);

describe('jsonNumeralErrors', () => {
  it('finds numerals JSON.parse would round, under the key that names the indicator', () => {
    const line = '{"id":"12345678901234567890","apf":4.99999999999999999}';
    const errors = jsonNumeralErrors(line, new Map(), INDICATORS)?.get(0);
    expect(errors?.map((e) => [e.field, e.message.en])).toEqual([
      [
        'apf',
        'apf (APF) must be a number: "4.99999999999999999" has more than 15 significant digits, which qgrade does not read (at 15 digits it is 5; rounded by all its digits it may give another result, and another grade): write the value as the test report gives it (at most 15 significant digits), not a long number a program computed',
      ],
    ]);
  });

  it('names 1e400 and 1e-400 as written, follows the mapping and counts the records of an array', () => {
    const text = '[{"APF":5.5},{"APF":[5.5,1e400]},{"note":1e400},{"APF":1e-400}]';
    const errors = jsonNumeralErrors(text, new Map([['APF', 'apf']]), INDICATORS);
    expect([...(errors?.keys() ?? [])]).toEqual([1, 3]);
    expect(errors?.get(1)?.[0]?.message.en).toContain('"1e400" is beyond the range of numbers');
    expect(errors?.get(3)?.[0]?.message.zh).toContain('"1e-400" 太接近零');
  });

  it('refuses 16 and 17 significant digits a double holds as written, as CSV does (standards-30 W1)', () => {
    // JSON.parse reads each as the numeral written; at 15 digits they are 8.75 and 0.285, whose rounding differs.
    for (const numeral of ['8.749999999999998', '0.28500000000000003', '4.999999999999999']) {
      const errors = jsonNumeralErrors(`{"apf":${numeral}}`, new Map(), INDICATORS)?.get(0);
      expect(errors?.[0]?.message.en).toContain(`"${numeral}" has more than 15 significant digits`);
    }
  });

  it('leaves numerals of 15 significant digits or fewer, and lines without long digit runs, alone', () => {
    expect(jsonNumeralErrors('{"apf":4.99999999999999}', new Map(), INDICATORS)).toBeUndefined();
    expect(jsonNumeralErrors('{"apf":4.6200000000000000}', new Map(), INDICATORS)).toBeUndefined();
    expect(jsonNumeralErrors('{"apf":5.5}', new Map(), INDICATORS)).toBeUndefined();
  });
});

describe('numeralTexts', () => {
  it('keeps a 64-bit id, 1e400 and an integer a double holds but prints otherwise as written, after the mapping', () => {
    const text =
      '[{"id":1234567890123456789,"apf":5.5},{"ID":1234567890123456768,"note":1e400},{"id":-1234567890123456789}]';
    const texts = numeralTexts(text, new Map([['ID', 'id']]), INDICATORS);
    expect(texts).toEqual(
      new Map([
        [0, new Map([['id', '1234567890123456789']])],
        [
          1,
          new Map([
            ['id', '1234567890123456768'],
            ['note', '1e400'],
          ]),
        ],
        [2, new Map([['id', '-1234567890123456789']])],
      ]),
    );
  });

  it('leaves indicators (refused elsewhere), nested values, safe integers and short lines alone', () => {
    expect(numeralTexts('{"apf":1234567890123456789}', new Map(), INDICATORS)).toBeUndefined();
    expect(
      numeralTexts('{"n":{"id":1234567890123456789},"l":[1e400]}', new Map(), INDICATORS),
    ).toBeUndefined();
    expect(
      numeralTexts('{"id":9007199254740991,"x":"1234567890123456789"}', new Map(), INDICATORS),
    ).toBeUndefined();
    expect(numeralTexts('{"id":12345}', new Map(), INDICATORS)).toBeUndefined();
  });

  it('withNumeralTexts replaces only the number JSON.parse made, and a "__proto__" field stays data', () => {
    const record = JSON.parse('{"__proto__":1e400,"id":"x"}');
    withNumeralTexts(
      record,
      new Map([
        ['__proto__', '1e400'],
        ['id', '1'],
      ]),
    );
    expect(Object.getOwnPropertyDescriptor(record, '__proto__')?.value).toBe('1e400');
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(record.id).toBe('x');
  });

  it('an NDJSON line or --record keeps its id as written (jsonRecordItem)', () => {
    const line = '{"sampleId":1234567890123456789,"apf":5.5}';
    const item = jsonRecordItem(
      line,
      JSON.parse(line),
      1,
      localized('--record ', '--record'),
      new Map(),
      INDICATORS,
    );
    expect(item).toEqual({ row: 1, record: { sampleId: '1234567890123456789', apf: 5.5 } });
  });
});

describe('duplicateKeys', () => {
  it('finds a key a record gives twice, by record', () => {
    const line = '{"apf":5.5,"apf":3.0}';
    expect(duplicateKeys(line, JSON.parse(line))).toEqual(new Map([[0, 'apf']]));
    const text = '[{"a":1,"n":{"x":1,"x":2}},{"a":1,"b":"x:y","a":2}]';
    expect(duplicateKeys(text, JSON.parse(text))).toEqual(new Map([[1, 'a']]));
  });

  it('does not scan a record with no more colons than keys', () => {
    const line = '{"a":1,"b":2}';
    expect(duplicateKeys(line, JSON.parse(line))).toBeUndefined();
  });
});

describe('recordTokens', () => {
  it('gives each record its own keys and every bare value in it, nested ones too', () => {
    const tokens = [...recordTokens('[{"a":1,"b":{"c":-2e3,"d":"x"}},{"a":true}]')];
    expect(tokens).toEqual([
      { record: 0, key: 'a' },
      { record: 0, value: '1', top: true },
      { record: 0, key: 'b' },
      { record: 0, value: '-2e3' },
      { record: 1, key: 'a' },
      { record: 1, value: 'true', top: true },
    ]);
    expect([...recordTokens('{"k\\"ey":null}')]).toEqual([
      { record: 0, key: 'k"ey' },
      { record: 0, value: 'null', top: true },
    ]);
  });
});
