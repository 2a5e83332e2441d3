import { describe, expect, it } from 'vitest';
import { type CriterionResult, type GradeResult, parseRuleSet } from '../../src/index';
import { graderPair } from '../helpers';

// A formula adding several quotients that no decimal holds (Si/30, Ni/60, Mo/15 of the Pcm crack-susceptibility
// formula) whose exact value, for decimal inputs, is a limit or a rounding tie. The sums carried to 15 digits erred by
// a unit of the 15th digit: exactly 0.25 came out 0.250000000000001 and failed ≤ 0.25 (float-edges-41).
// The limits are illustrative, not a standard's.
const RULES = `schemaVersion: 1
id: test/float-edges
version: 1.0.0
industry: test
subject: product
title: { zh: 浮点边界, en: Float edges }
references:
  - { code: TEST 1-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
comparison: full
indicators:
${['c', 'si', 'mn', 'cu', 'ni', 'cr', 'mo', 'v'].map((k) => `  ${k}: { type: number, unit: "%", label: { zh: ${k}, en: ${k} } }`).join('\n')}
  x: { type: number, unit: "%", label: { zh: 实测值, en: Measured }, required: false }
derived:
  pcm:
    label: { zh: 裂纹敏感性指数 Pcm, en: Crack susceptibility Pcm }
    unit: "%"
    formula: c + si / 30 + mn / 20 + cu / 20 + ni / 60 + cr / 20 + mo / 15 + v / 10
  thirds:
    label: { zh: 三分之和, en: Sum of thirds }
    formula: c / 3 + mn / 3 + cr / 7 + v / 7 + mo / 9 + cu / 9 + ni
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: pcm-max, indicator: pcm, require: "≤ 0.25" }
  - { id: pcm-min, indicator: pcm, require: "≥ 0.25" }
  - { id: pcm-rounded, indicator: pcm, require: "≤ 0.24", comparison: rounded }
  - { id: thirds-max, indicator: thirds, require: "≤ 0.55" }
  - { id: x-under-pcm, indicator: x, require: "≤ c + si / 30 + mn / 20 + cu / 20 + ni / 60 + cr / 20 + mo / 15 + v / 10" }
`;

const pair = graderPair(parseRuleSet(RULES, { filename: 'float-edges.yaml' }));
const byId = (r: GradeResult, id: string): CriterionResult => r.criteria.find((c) => c.id === id)!;

// Pcm = 0.167 + 0.041/30 + 1.059/20 + 0.038/20 + 0.19/60 + 0.011/20 + 0.169/15 + 0.118/10 = 7500/30000 = 0.25 exactly.
const AT_LIMIT = { c: 0.167, si: 0.041, mn: 1.059, cu: 0.038, ni: 0.19, cr: 0.011, mo: 0.169, v: 0.118 };
// The same sum from other values: 0.16 + 0.424/30 + 0.711/20 + 0.208/20 + 0.146/60 + 0.101/20 + 0.152/15 + 0.123/10.
const AT_LIMIT_TOO = { c: 0.16, si: 0.424, mn: 0.711, cu: 0.208, ni: 0.146, cr: 0.101, mo: 0.152, v: 0.123 };

describe.concurrent('a formula of decimals exactly at a limit or a rounding tie (float-edges-41)', () => {
  it('a Pcm exactly 0.25 is 0.25: it meets ≤ 0.25 and ≥ 0.25', async () => {
    for (const record of [AT_LIMIT, AT_LIMIT_TOO]) {
      const r = await pair.grade({ ...record });
      expect(byId(r, 'pcm-max'), JSON.stringify(record)).toMatchObject({ value: 0.25, passed: true });
      expect(byId(r, 'pcm-min'), JSON.stringify(record)).toMatchObject({ value: 0.25, passed: true });
    }
  });

  it('a thousandth of carbon either side moves Pcm across 0.25', async () => {
    const above = await pair.grade({ ...AT_LIMIT, c: 0.168 });
    expect(byId(above, 'pcm-max')).toMatchObject({ value: 0.251, passed: false });
    const below = await pair.grade({ ...AT_LIMIT, c: 0.166 });
    expect(byId(below, 'pcm-min')).toMatchObject({ value: 0.249, passed: false });
  });

  it('a Pcm exactly 0.245 rounds half to even to 0.24 (GB/T 8170) and meets ≤ 0.24; 0.255 rounds to 0.26', async () => {
    // 0.162 in place of 0.167: 0.245 exactly, which was 0.245000000000001 and rounded to 0.25.
    const tie = await pair.grade({ ...AT_LIMIT, c: 0.162 });
    expect(byId(tie, 'pcm-rounded')).toMatchObject({ value: 0.245, rounded: 0.24, passed: true });
    // 0.155 in place of 0.16: 0.245 exactly, which was 0.244999999999999.
    const tieToo = await pair.grade({ ...AT_LIMIT_TOO, c: 0.155 });
    expect(byId(tieToo, 'pcm-rounded')).toMatchObject({ value: 0.245, rounded: 0.24, passed: true });
    const odd = await pair.grade({ ...AT_LIMIT, c: 0.172 });
    expect(byId(odd, 'pcm-rounded')).toMatchObject({ value: 0.255, rounded: 0.26, passed: false });
  });

  it('sevenths and ninths that add up to exactly 0.55 meet ≤ 0.55', async () => {
    // 1.211/3 + 0.105/7 + 0.363/9 + 0.091 = 0.4036… + 0.015 + 0.0403… + 0.091 = 0.55
    const record = { ...AT_LIMIT, c: 0.269, mn: 0.942, cr: 0.095, v: 0.01, mo: 0.268, cu: 0.095, ni: 0.091 };
    const r = await pair.grade(record);
    expect(byId(r, 'thirds-max')).toMatchObject({ value: 0.55, passed: true });
    const over = await pair.grade({ ...record, ni: 0.092 });
    expect(byId(over, 'thirds-max')).toMatchObject({ value: 0.551, passed: false });
  });

  it('a limit computed by the same formula is exactly 0.25: a value of 0.25 meets it, 0.2501 does not', async () => {
    const at = await pair.grade({ ...AT_LIMIT, x: 0.25 });
    expect(byId(at, 'x-under-pcm')).toMatchObject({ value: 0.25, limit: { value: 0.25 }, passed: true });
    const over = await pair.grade({ ...AT_LIMIT, x: 0.2501 });
    expect(byId(over, 'x-under-pcm')).toMatchObject({ passed: false });
  });
});
