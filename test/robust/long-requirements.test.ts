/**
 * Requirement text is read in time linear in its length: a run of 200,000
 * spaces (or letters) reads exactly as one space does. The tolerance,
 * unit and list patterns used to backtrack over such a run from each of its
 * characters, so 64,000 spaces took seconds and 200,000 did not finish (a
 * quadratic reading fails here by running past the test timeout).
 */
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { parseRequirement } from '../../src/syntax/parse-requirement';

const LONG = 200_000;

/** A parse with offsets left out and every run of spaces as one, to compare a long text with its short twin. */
function shape(text: string): string {
  return JSON.stringify(parseRequirement(text), (key, value) =>
    key === 'offset' ? undefined : typeof value === 'string' ? value.replace(/\s+/g, ' ') : value,
  );
}

describe('a long run inside a requirement reads as a short one', () => {
  it.each([
    // each `_` is a run of spaces: one, then LONG
    '≥_10',
    '≥ 10_MPa',
    '10_x',
    '10 ±_0.1',
    '10_±_0.1',
    '10_+/-_0.1',
    '±_limits.tolerance',
    '10 ± 0.1_±_2',
    '10_+0.5_/_−0.3',
    '10_+_/-0.3',
    '1_+_x',
    '1_+ 2 / x',
    'in [a_b, c]',
    'in [a,_, c]',
    'not in ["a"_, b_]',
    '[1,_2]',
    '≤_nominal_*_2',
  ])('%s', (template) => {
    const short = template.replaceAll('_', ' ');
    // The list pattern's quadratic cost grew slowest (200,000 spaces took 20 s): it gets a longer run.
    const run = template.includes('[') && /\bin\b/.test(template) ? 3 * LONG : LONG;
    const long = template.replaceAll('_', ' '.repeat(run));
    expect(shape(long)).toBe(shape(short));
  });

  it.each([
    ['a unit of letters', (n: number) => `≥ 1 ${'M'.repeat(n)}!`, 'compare expression'],
    ['pluses before a slash', (n: number) => `1${'+'.repeat(n)}/x`, 'error'],
    ['pluses and slashes', (n: number) => `1${'+/'.repeat(n)}`, 'error'],
    ['slashes and spaces', (n: number) => `1+${'/ '.repeat(n)}-`, 'error'],
  ])('a long run of %s', (_, text, outline) => {
    const read = (r: ReturnType<typeof parseRequirement>) =>
      'error' in r ? 'error' : r.kind === 'compare' ? `compare ${r.operand.kind}` : r.kind;
    expect(read(parseRequirement(text(1)))).toBe(outline);
    expect(read(parseRequirement(text(LONG)))).toBe(outline);
  });
});

/** A rule file whose requirement, `when` and statistic's `meets` each hold a run of `spaces`. */
function ruleText(spaces: number): string {
  const s = ' '.repeat(spaces);
  return `schemaVersion: 1
id: test/long-requirements
version: 1.0.0
industry: test
subject: product
title: { zh: 长要求, en: Long requirements }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
  y: { type: number, label: { zh: 乙, en: Y } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
criteria:
  - { id: x-low, indicator: x, require: "≥${s}10", when: { y: "≥${s}1" } }
  - { id: x-tolerance, indicator: x, require: "15${s}±${s}5" }
  - { id: x-high, indicator: x, grade: high, require: "15${s}+10${s}/${s}-0.5" }
  - { id: y-bad, indicator: y, require: "1${s}x" }
group:
  statistics:
    r: { statistic: passRate, of: x, meets: "≥${s}1" }
  criteria:
    - { id: r-high, statistic: r, grade: high, require: "≥ 90" }
`;
}

describe('a rule file with long runs of spaces in its requirements', () => {
  it('gets the same issues, at the same places, as with one space', () => {
    const summary = (spaces: number) =>
      checkRuleSet(ruleText(spaces), { filename: 'long.yaml' }).issues.map((i) => [
        i.code,
        i.line,
        i.path,
        i.message.replace(/\s+/g, ' '),
      ]);
    const short = summary(1);
    expect(short).toEqual([['invalid-requirement', 19, ['criteria', 3, 'require'], expect.any(String)]]);
    expect(summary(LONG)).toEqual(short);
  });
});

describe('a message quotes a long requirement short', () => {
  it.each([
    ['x'.repeat(100_000), 'does not start with an operator'],
    [`≤ 1 ± 2 ± ${'x'.repeat(100_000)}`, 'has more than one "±"'],
    [`[1, ${'a'.repeat(100_000)}`, 'is not a range'],
  ])('%#: at most 80 characters of it, cut with "…"', (text, says) => {
    const parsed = parseRequirement(text);
    expect('error' in parsed).toBe(true);
    const { zh, en } = (parsed as { error: { zh: string; en: string } }).error;
    expect(en).toContain(says);
    for (const message of [zh, en]) {
      expect(message.length).toBeLessThan(300);
      expect(message).toContain('…');
    }
  });

  it('a short one whole, with its runs of spaces as one', () => {
    const parsed = parseRequirement('10   ±  0.1 ± 2') as { error: { en: string } };
    expect(parsed.error.en).toBe('"10 ± 0.1 ± 2" has more than one "±"');
  });
});
