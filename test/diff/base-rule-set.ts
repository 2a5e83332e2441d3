/**
 * A small rule set for the diff tests, with one of each thing a diff
 * compares: a grade table read by ≥, a category table read by ≤ (one row
 * listing two categories), literal ≥ and ≤ limits, a range, a scope item, a
 * derived value reading a table through a formula. `edit` derives a second
 * edition by replacing text, and fails when the text is not there, so a test
 * cannot silently compare a file with itself.
 */
import { expect } from 'vitest';
import { parseRuleSet, type RuleSet } from '../../src/index';

export const BASE = `schemaVersion: 1
id: test/diff-base
version: 1.0.0
industry: test
subject: product
title: { zh: 差异测试, en: Diff test }
references:
  - { code: GB 0000-2019, edition: "2019", status: current }
provenance: { level: illustrative, note: { zh: 示例数值, en: Invented figures } }
indicators:
  kind: { type: enum, values: [a, b, c], label: { zh: 类别, en: Kind } }
  size: { type: number, unit: W, range: "> 0", label: { zh: 规格, en: Size } }
  strength: { type: number, label: { zh: 强度, en: Strength } }
  impurity: { type: number, label: { zh: 杂质, en: Impurity } }
  noise: { type: number, label: { zh: 噪声, en: Noise } }
  ratio: { type: number, label: { zh: 比值, en: Ratio } }
  elongation: { type: number, label: { zh: 伸长率, en: Elongation } }
derived:
  elongationMin: { label: { zh: 伸长率下限, en: Minimum elongation }, formula: "16 - allowance.reduction" }
grades:
  - { id: "2", label: { zh: 2级, en: Grade 2 } }
  - { id: "1", label: { zh: 1级, en: Grade 1 } }
scope:
  - { id: size-in-scope, indicator: size, require: "≤ 14000 W", reason: { zh: 超出适用范围, en: Out of scope } }
tables:
  limits:
    title: { zh: 强度分级表, en: Strength per grade }
    keys: [size]
    columns: [size, "2", "1"]
    rows:
      - ["≤ 4500", 4.00, 5.00]
      - ["(4500, 7100]", 3.50, 4.50]
      - ["(7100, 14000]", 3.00, ~]
  maxima:
    keys: [kind]
    columns: [kind, impurity]
    rows:
      - [[a, c], 0.05]
      - [b, 0.08]
  allowance:
    keys: [size]
    columns: [size, reduction]
    rows:
      - ["≤ 7100", 0]
      - ["(7100, 14000]", 1]
criteria:
  - { id: strength, indicator: strength, require: "≥ limits" }
  - { id: strength-floor, indicator: strength, require: "≥ 2.0" }
  - { id: impurity, indicator: impurity, require: "≤ maxima.impurity" }
  - { id: noise, indicator: noise, require: "≤ 45", grade: "1" }
  - { id: ratio, indicator: ratio, require: "[1.25, 1.30]" }
  - { id: elongation, indicator: elongation, require: "≥ elongationMin" }
`;

/** The base rule set, or an edition of it. */
export function ruleSet(text: string = BASE, filename = 'a.yaml'): RuleSet {
  return parseRuleSet(text, { filename });
}

/** The base text with each `[from, to]` replaced once; each `from` must be there. */
export function edit(...replacements: [string, string][]): string {
  let text = BASE;
  for (const [from, to] of replacements) {
    expect(text, `the base rule set contains ${JSON.stringify(from)}`).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}
