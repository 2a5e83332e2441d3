/**
 * One mistake, one report (docs/cli.md: nothing that only follows from a
 * mistake is reported). The author sweep found two files that broke it:
 * - a grade id listed twice (L1, L2, L3, L3, L5), and a `scoring.cutoffs`
 *   naming L4 with `weakestLink: cap`, gave "unknown grade L4" five times at
 *   one place (the total, then each of the four dimensions it caps);
 * - grades listed best first gave the hint that the order looks reversed,
 *   then 15 non-monotonic errors that all said the same.
 * And no identical issue (code, severity, message, file, line, column) is
 * listed twice, whichever check finds it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distinctIssues } from '../../src/errors/distinct-issues';
import { checkRuleSet, RuleSetError, type RuleSetIssue } from '../../src/index';
import { useCli } from '../cli/cli-harness';

const cli = useCli();
const DUPLICATE = 'test/fixtures/author-sweep/duplicate-grade-id.yaml';
const REVERSED = 'test/fixtures/author-sweep/grades-reversed.yaml';
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('a grade id listed twice', () => {
  it('the duplicate, then the unknown grade once, tied to it', () => {
    const { issues } = checkRuleSet(read(DUPLICATE), { filename: 'qm.yaml' });
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['duplicate-id', 29, 11],
      ['unknown-grade', 51, 30],
    ]);
    expect(issues[1]!.message).toBe(
      'unknown grade "L4"; grades are L1, L2, L3, L5 ("L3" is listed twice: was one meant to be "L4"?)',
    );
    expect(issues[1]!.text.zh).toBe(
      '未知等级“L4”；等级有“L1”、“L2”、“L3”、“L5”（“L3”列出了两次：其中一个是否应为“L4”？）',
    );
  });

  it('with no grade listed twice, an unknown grade under cutoffs and minimums is reported once where written', () => {
    const text = read(DUPLICATE)
      .replace('  - { id: L3, label: { zh: 预防级', '  - { id: L4, label: { zh: 预防级')
      .replace(
        'cutoffs: { L2: 50, L3: 65, L4: 80, L5: 90 }',
        'cutoffs: { L2: 50, L3: 65, L4: 80, L5: 90, L6: 95 }',
      )
      .replace('  weakestLink: cap\n', '  weakestLink: cap\n  minimums: { L6: { qms: 90, digital: 90 } }\n');
    const { issues } = checkRuleSet(text, { filename: 'qm.yaml' });
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['unknown-grade', 51],
      ['unknown-grade', 53],
    ]);
    expect(issues[0]!.message).toBe('unknown grade "L6"; grades are L1, L2, L3, L4, L5');
  });

  it('validate prints each line once', async () => {
    const run = await cli.run(['validate', DUPLICATE]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      `${DUPLICATE}:29:11: grade "L3" is listed twice`,
      `${DUPLICATE}:51:30: unknown grade "L4"; grades are L1, L2, L3, L5 ("L3" is listed twice: was one meant to be "L4"?)`,
    ]);
    expect(run.stderr).toContain('1 file checked, 2 problems');
  });
});

describe('grades listed best first', () => {
  it('15 of 15 limits reversed: one error at `grades:`, in place of the per-limit errors (newcomer-30 M2)', () => {
    const { ruleSet, issues } = checkRuleSet(read(REVERSED), { filename: 'qm.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['non-monotonic', 'error', 25, 1],
    ]);
    expect(issues[0]!.message).toContain('here all 15 limits compared ask less of a later grade');
    expect(issues[0]!.message).toContain('Reverse the order of "grades"');
  });

  it('validate: one problem, the error on stdout, exit 1', async () => {
    const run = await cli.run(['--lang', 'zh', 'validate', REVERSED]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringContaining(`${REVERSED}:25:1: “grades”要从最低的等级写到最高的等级`),
    ]);
    expect(run.stderr).toContain('检查了 1 个文件，发现 1 个问题');
  });

  it('listed lowest first, the same file loads', () => {
    const text = read(REVERSED);
    const grades = text.match(/^grades:\n((?: {2}- .*\n)+)/m)!;
    const fixed = text.replace(grades[1]!, `${grades[1]!.trimEnd().split('\n').reverse().join('\n')}\n`);
    expect(fixed).not.toBe(text);
    expect(checkRuleSet(fixed).issues).toEqual([]);
  });
});

describe('identical issues are listed once', () => {
  const issue = (line: number, en = 'x'): RuleSetIssue => ({
    code: 'unknown-grade',
    severity: 'error',
    message: en,
    text: { zh: `中${en}`, en },
    file: 'f.yaml',
    line,
    column: 3,
    path: [],
  });

  it('distinctIssues keeps the first of each, in order; another line, message or severity is another issue', () => {
    const [a, b, c] = [issue(1), issue(2), issue(1, 'y')];
    const warning = { ...a, severity: 'warning' as const };
    expect(distinctIssues([a, b, { ...a }, c, { ...b }, warning])).toEqual([a, b, c, warning]);
  });

  it('a RuleSetError built from a list with repeats lists and counts each once', () => {
    const error = new RuleSetError('f.yaml', [issue(1), issue(1), issue(2)]);
    expect(error.issues).toHaveLength(2);
    expect(error.message.split('\n')[0]).toBe('f.yaml: 2 problems');
  });
});

// newcomer-21 F5: a grade written by its label where its id belongs (`检验级: 40` for `L2: 40`) left L2 with no
// requirement, and "L2 has no requirement of its own" came first, sending the author to `grades`.
describe('an unknown grade where a requirement of a grade is written: its error alone', () => {
  const LABEL = 'test/fixtures/newcomer-21/cutoff-grade-label.yaml';
  const base = read(LABEL);
  const codes = (text: string) =>
    checkRuleSet(text, { filename: 'qm.yaml' }).issues.map((i) => [i.code, i.line]);
  /** The file with `from` written as `to`. */
  const slip = (from: string, to: string) => {
    expect(base).toContain(from);
    return base.replace(from, to);
  };

  it('a cutoff keyed by the grade label: the unknown grade, naming the id, and no unreachable grade', () => {
    const { issues } = checkRuleSet(base, { filename: 'qm.yaml' });
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['unknown-grade', 'error', 92, 14],
    ]);
    expect(issues[0]!.text.zh).toBe('未知等级“检验级”：“检验级”是等级“L2”的名称，这里要写等级标识：请写 L2');
    expect(issues[0]!.text.en).toBe(
      'unknown grade "检验级": "检验级" is the label of grade "L2", and a grade id goes here: write L2',
    );
  });

  it('validate prints that one line, in either language', async () => {
    const zh = await cli.run(['--lang', 'zh', 'validate', LABEL]);
    expect(zh.code).toBe(1);
    expect(zh.stdout.trim().split('\n')).toEqual([
      `${LABEL}:92:14: 未知等级“检验级”：“检验级”是等级“L2”的名称，这里要写等级标识：请写 L2`,
    ]);
    expect(zh.stderr).toContain('检查了 1 个文件，发现 1 个问题');
    const en = await cli.run(['--lang', 'en', 'validate', LABEL]);
    expect(en.stdout.trim().split('\n')).toEqual([
      `${LABEL}:92:14: unknown grade "检验级": "检验级" is the label of grade "L2", and a grade id goes here: write L2`,
    ]);
  });

  it('a misspelt id in place of a grade cutoff (L22 for L2): its error alone', () => {
    expect(codes(slip('检验级: 40', 'L22: 40'))).toEqual([['unknown-grade', 92]]);
  });

  it('a minimum keyed by a label or naming an unknown dimension: its error alone', () => {
    const minimums = (m: string) =>
      slip('  cutoffs: { 检验级: 40,', `  minimums: ${m}\n  cutoffs: {`).replace(
        'weakestLink: cap',
        'weakestLink: none',
      );
    // L2 has its requirement only from the minimum.
    expect(codes(minimums('{ L2: { foundation: 40 } }'))).toEqual([]);
    expect(codes(minimums('{ 检验级: { foundation: 40 } }'))).toEqual([['unknown-grade', 92]]);
    expect(codes(minimums('{ L2: { foundatoin: 40 } }'))).toEqual([['invalid-scoring', 92]]);
  });

  it('still unreachable: a grade no requirement was written for, beside an unknown grade for another', () => {
    // 保证级 (L3) stands for L3; L2 has no cutoff of its own.
    const text = slip('cutoffs: { 检验级: 40, L3: 60,', 'cutoffs: { 保证级: 60,');
    expect(codes(text)).toEqual([
      ['unreachable-grade', 60],
      ['unknown-grade', 92],
    ]);
  });

  it('a cap at a grade written by its label: its error alone, for the grade above it', () => {
    const capOnly = slip('  cutoffs: { 检验级: 40,', '  cutoffs: {').replace('gate: true', 'cap: 经验级');
    expect(codes(capOnly)).toEqual([['unknown-grade', 98]]);
    expect(codes(capOnly.replace('cap: 经验级', 'cap: L1'))).toEqual([]);
    // Capping at L2 gives L3 and up, not L2: L2 is still left without a requirement.
    expect(codes(capOnly.replace('cap: 经验级', 'cap: 检验级'))).toEqual([
      ['unreachable-grade', 60],
      ['unknown-grade', 98],
    ]);
  });

  it("a lot's requirement with a grade written by its label: its error alone", () => {
    const lot = read('test/fixtures/group/lot.yaml');
    const cv = lot.replace(
      '- { id: cv-first, statistic: cv, require: "≤ 4.0", grade: first }',
      '- { id: cv-first, statistic: cv, require: "≤ 4.0", grade: 一等品 }',
    );
    expect(cv).not.toBe(lot);
    expect(codes(cv)).toEqual([['unknown-grade', 45]]);
  });
});

describe('a misspelt grade id under scoring cutoffs', () => {
  const text = (grade: string) => `schemaVersion: 1
id: test/misspelt-grade
version: 1.0.0
industry: test
subject: product
title: { zh: 等级拼写, en: Grade spelling }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  qualityScore: { type: number, range: "[0, 100]", label: { zh: 质量得分, en: Quality score } }
grades:
  - { id: qualified, label: { zh: 合格, en: Qualified } }
  - { id: good, label: { zh: 良好, en: Good } }
  - { id: excellent, label: { zh: 优秀, en: Excellent } }
scoring:
  dimensions:
    - { id: quality, label: { zh: 质量, en: Quality }, weight: 100, items: [{ indicator: qualityScore }] }
  cutoffs: { qualified: 60, ${grade}: 75, excellent: 90 }
`;

  it('names the grade it is a typo of, as a misspelt key is named (zh and en)', () => {
    const issues = checkRuleSet(text('god'), { filename: 'r.yaml' }).issues;
    const unknown = issues.filter((i) => i.code === 'unknown-grade');
    expect(unknown.map((i) => i.line)).toEqual([18]);
    expect(unknown[0]!.text.en).toBe(
      'unknown grade "god"; grades are qualified, good, excellent; did you mean "good"?',
    );
    expect(unknown[0]!.text.zh).toBe(
      '未知等级“god”；等级有“qualified”、“good”、“excellent”，是否要写“good”？',
    );
  });

  it('names none when no grade is close (a new grade, not a typo)', () => {
    const issues = checkRuleSet(text('premium'), { filename: 'r.yaml' }).issues;
    expect(issues.find((i) => i.code === 'unknown-grade')!.text.en).toBe(
      'unknown grade "premium"; grades are qualified, good, excellent',
    );
  });
});

describe('a table cell, row or range in error: no ladder or band warning that follows from it (hostile-29 M3)', () => {
  // Each file is `qgrade init`'s template with one slip: a decimal comma in a band ("≤ 0,5") or a range
  // ("[0,5, 100]"), or a row of 5 cells in a table of 4 columns. Each was followed by two "asks nothing" errors
  // (the table's rows read in part) or a band-gap warning for tensileStrength ≤ 0 (the range read in part).
  for (const [file, line] of [
    ['table-cell-error.yaml', 42],
    ['range-error.yaml', 28],
    ['cell-count-error.yaml', 42],
  ] as const)
    it(`${file}: the first mistake alone`, () => {
      const { issues } = checkRuleSet(read(`test/fixtures/follow-on/${file}`), { filename: file });
      const shown = issues.filter((i) => !i.message.includes('placeholder'));
      // One mistake, told where it is: each decimal comma of a row is named, on its line.
      expect([...new Set(shown.map((i) => i.line))]).toEqual([line]);
      expect(shown[0]!.severity).toBe('error');
      expect(shown.map((i) => i.code)).not.toContain('unreachable-grade');
      expect(shown.map((i) => i.code)).not.toContain('band-gap');
    });
});
