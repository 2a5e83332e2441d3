import { describe, expect, it } from 'vitest';
import { colonSlip } from '../../src/text/colon-slip';

describe('colonSlip: a key and value YAML read as one text because of the colon', () => {
  it.each([
    ['unitType:heat-pump', 'no-space', 'unitType', 'heat-pump', 8],
    ['unitType:\u3000heat-pump', 'wide-space', 'unitType', 'heat-pump', 9],
    ['unitType:\u00a0heat-pump', 'wide-space', 'unitType', 'heat-pump', 9],
    ['unitType：heat-pump', 'full-width-colon', 'unitType', 'heat-pump', 8],
    ['unitType： heat-pump', 'full-width-colon', 'unitType', 'heat-pump', 8],
    ['类别:滚筒', 'no-space', '类别', '滚筒', 2],
  ])('%j is a %s slip', (text, kind, key, value, at) => {
    expect(colonSlip(text)).toMatchObject({ kind, key, value, at });
  });

  it.each([
    'heat-pump',
    'unitType: heat-pump',
    '表 2:化学指标',
    '表 2：化学指标',
    'http://example.com',
    'a::b',
    'unitType:\nheat-pump',
  ])('%j is not', (text) => {
    expect(colonSlip(text)).toBeUndefined();
  });
});
