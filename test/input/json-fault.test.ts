import { describe, expect, it } from 'vitest';
import { jsonFault, jsonFaultText } from '../../src/input/json-fault';

// Where a JSON text breaks, as line and column from 1 (hostile-17 F8). Each case is also refused by JSON.parse,
// and a valid text gives no fault.
describe('jsonFault', () => {
  it.each([
    ['[{"strength":450},{"strength":},{"strength":550}]', false, 1, 31, '}'],
    ['[1,\n2,\n3x]', false, 3, 2, 'x'],
    ['[1,\n2,\n01]', false, 3, 2, '1'],
    ['[1,\n2,\n1.]', false, 3, 3, ']'],
    ['[1,\n2,\n-]', false, 3, 2, ']'],
    ['[1e+]', false, 1, 5, ']'],
    ['{"a":tru}', false, 1, 9, '}'],
    ['{"a":1,}', false, 1, 8, '}'],
    ['[1,]', false, 1, 4, ']'],
    ['{"a" 1}', false, 1, 6, '1'],
    ['{a:1}', false, 1, 2, 'a'],
    ['{"a":"x\ty"}', false, 1, 8, '\t'],
    ['{"a":"\\q"}', false, 1, 8, 'q'],
    ['{"a":"\\u12g4"}', false, 1, 11, 'g'],
    ['{"型号":"甲", "x":}', false, 1, 16, '}'],
    ['{"a":1} {"a":2}', false, 1, 9, '{'],
    ['{\n  "a": 1\n}\n{\n  "a": \n}\n', true, 6, 1, '}'],
    ['{"a":1}\n[1]', true, 2, 1, '['],
    ['{"a":1}\n{"a":1} x', true, 2, 9, 'x'],
  ])('%j (sequence %s): line %i, column %i, at %j', (text, sequence, line, column, found) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonFault(text, sequence)).toMatchObject({ line, column, found });
  });

  it.each([
    ['[1,2', 1, 5],
    ['{"a":"x', 1, 8],
    ['{\n"a":', 2, 5],
    ['', 1, 1],
    ['{"a":"\\u12', 1, 11],
  ])('%j ends too early: line %i, column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonFault(text, false)).toEqual({ offset: text.length, line, column, found: undefined });
  });

  it.each([
    ['[]', false],
    ['{}', false],
    ['[{"a":[1,-0.5e-3,true,false,null,"\\u00e9\\n"]}]', false],
    ['{"a":1}\n{"b":{}}', true],
    [' {"a":1} ', true],
  ])('%j is valid', (text, sequence) => {
    expect(jsonFault(text, sequence)).toBeUndefined();
  });

  it('a deeply nested text does not overflow the stack', () => {
    const text = `${'['.repeat(200_000)}x`;
    expect(jsonFault(text, false)).toMatchObject({ line: 1, column: 200_001, found: 'x' });
  });

  it('says where in both languages, a control character by its code', () => {
    expect(jsonFaultText({ offset: 0, line: 3, column: 14, found: '}' }, true)).toEqual({
      zh: '第 3 行第 14 列出现了意外的字符“}”',
      en: 'line 3, column 14: unexpected "}"',
    });
    expect(jsonFaultText({ offset: 0, line: 1, column: 8, found: '\t' }, false)).toEqual({
      zh: '第 8 列出现了意外的字符U+0009',
      en: 'column 8: unexpected U+0009',
    });
    // Characters quotes would not show: a byte-order mark (named), a zero-width space, a no-break space.
    expect(jsonFaultText({ offset: 0, line: 1, column: 1, found: '\ufeff' }, false)).toEqual({
      zh: '第 1 列出现了意外的字符U+FEFF（字节顺序标记）',
      en: 'column 1: unexpected U+FEFF (byte-order mark)',
    });
    expect(jsonFaultText({ offset: 0, line: 1, column: 5, found: '\u200b' }, false).en).toBe(
      'column 5: unexpected U+200B',
    );
    expect(jsonFaultText({ offset: 0, line: 1, column: 5, found: '\u00a0' }, false).en).toBe(
      'column 5: unexpected U+00A0',
    );
    expect(jsonFaultText({ offset: 0, line: 1, column: 5, found: '\u007f' }, false).en).toBe(
      'column 5: unexpected U+007F',
    );
    expect(jsonFaultText({ offset: 0, line: 2, column: 1, found: undefined }, true).en).toBe(
      'line 2, column 1: the text ends too early (a bracket or quote may be missing)',
    );
  });
});
