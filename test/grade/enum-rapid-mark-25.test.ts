/**
 * A rapid-hardening class written with its R in brackets, with 型 or as 早强 (`42.5(R)`, `42.5（R）`, `42.5 R型`,
 * `42.5（早强）`) is read as 42.5R where the enumeration lists it, and is never told "write 42.5" where it does
 * not: followed, that advice graded an R cement on 42.5's limits (hostile-25 M5, committee-24 F17). The advice
 * side, where only 42.5 and 52.5 are listed, is tested with the other enum advice in enum-suffix-advice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { convertCell } from '../../src/input/convert-value';
import { enumSpelling } from '../../src/text/enum-spelling';

const CLASSES = ['42.5', '42.5R', '52.5', '52.5R'];
const SPELLINGS = [
  '42.5(R)',
  '42.5 (R)',
  '42.5（R）',
  '42.5R型',
  '42.5 R型',
  '42.5Ｒ型',
  '42.5（早强）',
  '42.5早强',
];

describe('a rapid-hardening mark written another way (hostile-25 M5)', () => {
  it.each(SPELLINGS)('%s is 42.5R where 42.5R is listed', (text) => {
    expect(enumSpelling(text, CLASSES)).toBe('42.5R');
    expect(enumSpelling(text.replace('42.5', '52.5'), CLASSES)).toBe('52.5R');
  });

  it('is nothing where 42.5R is not listed, and a bare "42.5 R" or "42.5(r)" is not read', () => {
    expect(enumSpelling('42.5(R)', ['42.5', '52.5'])).toBeUndefined();
    expect(enumSpelling('42.5 R', CLASSES)).toBeUndefined();
    expect(enumSpelling('42.5(r)', CLASSES)).toBeUndefined();
  });

  it('a CSV cell 42.5（早强） or 42.5 R型 is read as 42.5R, so it is graded on 42.5R’s limits, not 42.5’s', async () => {
    const cement = await loadRuleSet('building-materials/common-portland-cement');
    const ind = cement.indicators.find((i) => i.name === 'strengthClass')!;
    expect(convertCell('42.5（早强）', ind)).toEqual({ value: '42.5R' });
    expect(convertCell('42.5 R型', ind)).toEqual({ value: '42.5R' });
  });
});
