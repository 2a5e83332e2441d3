/**
 * Issue 12, defect 4: a limit formula that cannot be computed for a record
 * leaves the record ungraded, naming the requirement and the formula; and
 * `validate` warns where a limit can divide by zero.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseRuleSet } from '../../src/index';
import { useCli } from '../cli/cli-harness';
import { expectValidResult, graderPair } from '../helpers';
import { tempDir } from '../temp-dir';

/** An illustrative rule set whose limit for `a` is a formula over `b`. */
function ruleText(require: string, bRange?: string, when = ''): string {
  return `schemaVersion: 1
id: test/limit-formula
version: 1.0.0
industry: test
subject: product
title: { zh: 限值公式, en: Limit formula }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  b: { type: number, label: { zh: 乙, en: B }${bRange ? `, range: "${bRange}"` : ''} }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - id: a-limit
    indicator: a
    require: "${require}"
    grade: ok${when}
`;
}

describe('a limit formula that cannot be computed', () => {
  it.each([
    // A constant 0 divisor (b / 0) is refused by validate; b - b is 0 only when computed.
    ['≥ b / (b - b)', 3],
    ['≥ 10 / b', 0],
    ['≤ sqrt(b)', -4],
    ['≤ b % (b - b)', 1],
  ])(
    '"%s" with b = %s: the record is invalid, the error names the requirement and the formula',
    async (require, b) => {
      const pair = graderPair(parseRuleSet(ruleText(require)));
      const result = await pair.grade({ a: 1, b });
      expect(result.grade).toBeNull();
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toHaveLength(1);
      const error = result.errors![0]!;
      // The field is the operand that made it, b, not the criterion's indicator a (hostile-38 M7).
      expect(error).toMatchObject({ field: 'b', code: 'not-computable' });
      expect(error.message.en).toContain('a-limit');
      expect(error.message.en).toContain(require.slice(2));
      expect(error.message.zh).toContain('a-limit');
      expectValidResult(result);
    },
  );

  it('just beside the pole the limit computes and the record is graded', async () => {
    const pair = graderPair(parseRuleSet(ruleText('≥ 10 / b')));
    expect((await pair.grade({ a: 10, b: 1 })).grade).toBe('ok');
    expect((await pair.grade({ a: 9.99, b: 1 })).grade).toBeNull();
    expect((await pair.grade({ a: 2e-299, b: 1e300 })).grade).toBe('ok');
  });

  it('a requirement skipped by its "when" does not need its limit', async () => {
    const guarded = ruleText('≥ 10 / b', undefined, '\n    when: { fact: b, operator: notEqual, value: 0 }');
    const pair = graderPair(parseRuleSet(guarded));
    const result = await pair.grade({ a: 1, b: 0 });
    expect(result.errors).toBeUndefined();
    expect(result.grade).toBe('ok');
  });

  it('gradeOnly gives no grade either', () => {
    const pair = graderPair(parseRuleSet(ruleText('≥ b / (b - b)')));
    expect(pair.compiled.gradeOnly({ a: 1, b: 3 })).toBeNull();
  });
});

describe('validate warns where a limit can divide by zero', () => {
  const warnings = (text: string) =>
    checkRuleSet(text, { filename: 'x.yaml' }).issues.filter((i) => i.code === 'possible-division-by-zero');

  it.each([
    ['≥ 10 / b', undefined, 1],
    ['≥ 10 / b', '[0, 100]', 1],
    ['≥ 10 / b', '[-1, 1]', 1],
    ['≥ 10 / b', '> 0', 0],
    ['≥ 10 / b', '[1, 100]', 0],
    ['≥ 10 / (b - 1)', '[1, 100]', 1],
    ['≥ 10 / (b + 1)', '[0, 100]', 0],
    ['≥ b / 2', undefined, 0],
    ['≥ b / (b - b)', undefined, 1],
    ['≥ 10 / abs(b)', '[-5, -1]', 0],
    ['≥ 10 / abs(b)', '[-5, 5]', 1],
  ])('"%s" with b in %s: %i warning(s)', (require, range, count) => {
    const found = warnings(ruleText(require, range));
    expect(found).toHaveLength(count);
    for (const w of found) {
      expect(w.severity).toBe('warning');
      expect(w.path).toEqual(['criteria', 0, 'require']);
      expect(w.line).toBe(17);
    }
  });

  it('the warning does not stop the rule set from loading', () => {
    expect(checkRuleSet(ruleText('≥ 10 / b')).ruleSet).toBeDefined();
  });

  it('qgrade validate prints it on stderr and exits 0', async () => {
    const dir = tempDir('div');
    const file = join(dir, 'div.yaml');
    writeFileSync(file, ruleText('≥ 10 / b'));
    const r = await useCli().run(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/div\.yaml:17:\d+: warning: the limit "10 \/ b" of "a-limit" divides by "b"/);
  });
});
