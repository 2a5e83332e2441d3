/**
 * fix-score40: a scoring item with `missing: reweight` that a record leaves out (未评, not assessed) is not counted;
 * its weight is shared out over the dimension's other items in proportion to theirs. Figures worked by hand on
 * test/cli/fixtures/reweight-40/reweight.yaml (every weight and cutoff illustrative): 质量检验 weighs online 40,
 * digital 40, lims 20 (lims reweights); 人员与文化 weighs training 1, culture 1 (both reweight); each dimension is
 * half the total; cutoffs 检验级 60, 保证级 70, 经验级 none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader, type GradeResult } from '../../src/index';

const FILE = join(import.meta.dirname, '../cli/fixtures/reweight-40/reweight.yaml');
const TEXT = readFileSync(FILE, 'utf8');
const grader = createGrader(checkRuleSet(TEXT, { filename: 'reweight.yaml' }).ruleSet!);
const PEOPLE = { training: 70, culture: 70 };

const dim = (r: GradeResult, id: string) => r.scores!.dimensions.find((d) => d.id === id)!;

describe('missing: reweight (fix-score40)', () => {
  it('40/40/20 with the 20 left out: the mean of the other two at 50/50; lims marked not counted', () => {
    const r = grader.gradeSync({ online: 80, digital: 60, ...PEOPLE });
    // (80 × 40 + 60 × 40) / 80 = 70, where lims counted as 0 would give (3200 + 2400) / 100 = 56.
    expect(dim(r, 'dimInspect').score).toBe(70);
    expect(dim(r, 'dimInspect').items!.map((i) => [i.indicator, i.points, i.notCounted])).toEqual([
      ['online', 80, undefined],
      ['digital', 60, undefined],
      ['lims', null, true],
    ]);
    expect(r.scores!.total).toBe(70);
    const given = grader.gradeSync({ online: 80, digital: 60, lims: 0, ...PEOPLE });
    expect(dim(given, 'dimInspect').score).toBe(56);
    expect(dim(given, 'dimInspect').items!.some((i) => i.notCounted)).toBe(false);
    expect(given.scores!.total).toBe(63);
    expect(given.grade).toBe('inspection');
  });

  it('the reweighted total exactly at the cutoff, just below and just above it', () => {
    // 0.5 × 70 + 0.5 × 70 = 70: meets ≥ 70.
    const at = grader.gradeSync({ online: 80, digital: 60, ...PEOPLE });
    expect([at.scores!.total, at.grade]).toEqual([70, 'assurance']);
    // digital 59: 质量检验 (80 + 59) / 2 = 69.5, total 69.75.
    const below = grader.gradeSync({ online: 80, digital: 59, ...PEOPLE });
    expect([below.scores!.total, below.grade]).toEqual([69.75, 'inspection']);
    // digital 61: 70.5, total 70.25.
    const above = grader.gradeSync({ online: 80, digital: 61, ...PEOPLE });
    expect([above.scores!.total, above.grade]).toEqual([70.25, 'assurance']);
  });

  it('the advice never names the item not counted: 0.25 short, digital 59 → 60 (its share 0.5 × 0.5)', () => {
    const below = grader.gradeSync({ online: 80, digital: 59, ...PEOPLE });
    const [s] = below.scores!.shortfalls!;
    expect(s).toMatchObject({ score: 'totalScore', gap: 0.25 });
    expect(s!.raise).toMatchObject({ indicator: 'digital', from: 59, to: 60 });
    // Only lims could close a 7-point gap alone were it counted at its written share: with lims left out and
    // 质量检验 at 100 the total is 0.5 × 100 + 0.5 × 10 = 55, short of 60 by 5; training alone needs 10 → 20
    // (its share with culture left out is 0.5); lims is not named.
    const low = grader.gradeSync({ online: 100, digital: 100, training: 10 });
    expect([low.scores!.total, low.grade]).toEqual([55, 'experience']);
    expect(low.scores!.shortfalls![0]!.raise).toMatchObject({ indicator: 'training', from: 10, to: 20 });
    expect(JSON.stringify(low.scores!.shortfalls)).not.toContain('lims');
    expect(JSON.stringify(low.scores!.shortfalls)).not.toContain('culture');
  });

  it('every item of a dimension left out: the dimension and the total stay null, the lowest grade (no cutoff)', () => {
    const r = grader.gradeSync({ online: 80, digital: 60 });
    expect(dim(r, 'dimPeople').score).toBeNull();
    expect(r.scores!.total).toBeNull();
    expect(r.grade).toBe('experience');
    // Nothing was shared out, so neither item is marked not counted; the message names both.
    expect(dim(r, 'dimPeople').items!.some((i) => i.notCounted)).toBe(false);
    const blocker = r.nextGrade!.blockers[0]!;
    expect(blocker.missingInputs!.map((m) => m.indicator)).toEqual(['training', 'culture']);
  });

  it('a counted item with no points is the cause named, not the item left out beside it', () => {
    const banded = TEXT.replace(
      '- { indicator: online, weight: 40 }',
      '- { indicator: online, weight: 40, points: [["≥ 50", 100]] }',
    );
    const g = createGrader(checkRuleSet(banded, { filename: 'banded.yaml' }).ruleSet!);
    const r = g.gradeSync({ online: 20, digital: 60, ...PEOPLE });
    expect(dim(r, 'dimInspect').score).toBeNull();
    expect(r.nextGrade!.blockers[0]!.missingInputs).toEqual([
      { indicator: 'online', label: { zh: '在线检测', en: 'Online inspection' }, value: 20 },
    ]);
  });

  it('without the option an item left out leaves the dimension null, as before', () => {
    const plain = TEXT.replace('weight: 20, missing: reweight', 'weight: 20');
    const g = createGrader(checkRuleSet(plain, { filename: 'plain.yaml' }).ruleSet!);
    const r = g.gradeSync({ online: 80, digital: 60, ...PEOPLE });
    expect(dim(r, 'dimInspect').score).toBeNull();
    expect(r.grade).toBe('experience');
    // Every item given: the same figures with or without the option, to the last digit.
    const all = { online: 83.3, digital: 61.7, lims: 47.9, training: 71.1, culture: 68.3 };
    expect(grader.gradeSync(all).scores).toEqual(g.gradeSync(all).scores);
  });
});

describe('validate and missing: reweight (fix-score40)', () => {
  const issues = (text: string) => checkRuleSet(text, { filename: 'reweight.yaml' }).issues;

  it('no unmet-when-absent warning for an optional item that reweights; still one for one that does not', () => {
    expect(issues(TEXT)).toEqual([]);
    const plain = TEXT.replace('weight: 20, missing: reweight', 'weight: 20');
    const lines = plain.split('\n');
    expect(issues(plain).map((i) => [i.code, i.severity, lines[i.line! - 1]?.trim()])).toEqual([
      ['unmet-when-absent', 'warning', '- { indicator: lims, weight: 20 }'],
    ]);
  });

  it('on a required item, or one with a default: warned as having no effect, at line:column, zh and en', () => {
    const required = TEXT.replace(
      '- { indicator: online, weight: 40 }',
      '- { indicator: online, weight: 40, missing: reweight }',
    );
    const [w] = issues(required);
    expect(w).toMatchObject({ code: 'invalid-scoring', severity: 'warning' });
    const lines = required.split('\n');
    const line = lines.findIndex((l) => l.includes('indicator: online, weight: 40, missing')) + 1;
    expect([w!.line, w!.column]).toEqual([line, lines[line - 1]!.indexOf('reweight') + 1]);
    expect(w!.text.zh).toBe(
      '“missing: reweight”不起作用，该项总会计入：“在线检测”（“online”）是必填的，每条记录都须给出；若允许未评且未评时不计入，请设“required: false”',
    );
    expect(w!.text.en).toBe(
      '"missing: reweight" has no effect, the item is always counted: "Online inspection" (online) is required: every record gives it; for a value that may be left out (not assessed) and then not count, make it "required: false"',
    );
    const defaulted = TEXT.replace(
      '    required: false\n    label: { zh: 实验室信息管理',
      '    default: 0\n    label: { zh: 实验室信息管理',
    );
    const [d] = issues(defaulted);
    expect(d).toMatchObject({ code: 'invalid-scoring', severity: 'warning' });
    expect(d!.text.zh).toContain('有默认值 0，未给出时按默认值计分；若未评时不计入，请删去“default”');
    expect(d!.text.en).toContain('has the default 0, which a record that leaves it out is scored with');
  });

  it('a value other than none or reweight is refused', () => {
    const bad = TEXT.replace('weight: 20, missing: reweight', 'weight: 20, missing: skip');
    expect(issues(bad).some((i) => i.severity === 'error')).toBe(true);
  });
});
