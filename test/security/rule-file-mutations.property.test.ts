import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, RULE_SET_ISSUE_CODES } from '../../src/index';
import { expectValidResult } from '../helpers';

function ruleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return ruleFiles(full);
    return /\.ya?ml$/.test(name) && !/\.test\.ya?ml$/.test(name) ? [full] : [];
  });
}

const root = new URL('../../', import.meta.url).pathname;
const files = [...ruleFiles(join(root, 'rules')), join(root, 'test/fixtures/valid/widget.yaml')];
const TOKENS = [
  ':',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '&a ',
  '*a',
  '!!str ',
  '\t',
  '≥',
  '<=',
  'NaN',
  '1e999',
  '-1',
  '~',
  '#',
  '\n',
  '  ',
  'null',
  'true',
  '0x1F',
  '１２',
  '(',
  '@',
];

type Mutation = (lines: string[]) => string[];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => (lines: string[]) => lines.filter((_, j) => j !== i % lines.length)),
  fc.nat().map((i) => (lines: string[]) => lines.flatMap((l, j) => (j === i % lines.length ? [l, l] : [l]))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (lines: string[]) => {
    const out = [...lines];
    const x = a % out.length;
    const y = b % out.length;
    [out[x], out[y]] = [out[y]!, out[x]!];
    return out;
  }),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TOKENS)).map(
    ([i, at, token]) =>
      (lines: string[]) =>
        lines.map((l, j) =>
          j === i % lines.length ? l.slice(0, at % (l.length + 1)) + token + l.slice(at % (l.length + 1)) : l,
        ),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, at]) =>
      (lines: string[]) =>
        lines.map((l, j) =>
          j === i % lines.length ? l.slice(0, at % (l.length + 1)) + l.slice((at % (l.length + 1)) + 1) : l,
        ),
  ),
  fc
    .nat()
    .map(
      (i) => (lines: string[]) =>
        lines.map((l, j) =>
          j === i % lines.length ? l.replace(/\d/, (d) => String((Number(d) + 5) % 10)) : l,
        ),
    ),
);

describe('random mutations of the bundled rule files', () => {
  it.each(files.map((f) => [f.slice(root.length), f]))(
    '%s: each mutant loads or is rejected with located issues',
    (name, file) => {
      const text = readFileSync(file, 'utf8');
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
          const mutated = mutations.reduce((lines, m) => m(lines), text.split('\n')).join('\n');
          const { ruleSet, issues } = checkRuleSet(mutated, { filename: name });
          for (const issue of issues) {
            expect(RULE_SET_ISSUE_CODES).toContain(issue.code);
            expect(issue.file).toBe(name);
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.line).toBeGreaterThanOrEqual(1);
          }
          if (!ruleSet) {
            expect(issues.some((i) => i.severity === 'error')).toBe(true);
            return;
          }
          // A mutant that loads must grade anything without throwing.
          const grader = createGrader(ruleSet);
          for (const record of [
            {},
            { x: 1 },
            null,
            Object.fromEntries(
              ruleSet.indicators.map((i) => [i.name, i.values?.[0] ?? (i.type === 'boolean' ? true : 1)]),
            ),
          ]) {
            expectValidResult(grader.gradeSync(record));
          }
        }),
        { numRuns: 60, seed: 99 },
      );
    },
  );
});
