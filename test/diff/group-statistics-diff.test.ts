import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiffText } from '../../src/diff/format-diff-text';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { diffRuleSets, parseRuleSet } from '../../src/index';
import { validateDiff } from './diff-schema';

const ROOT = join(import.meta.dirname, '../..');
const CEMENT = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');

/** The bundled lot rule set with a pass rate, a Cpk and a pass rate on a criterion, and requirements on the first two. */
const BASE = `${replaceOnce(
  CEMENT,
  '      label: { zh: 28 天抗压强度变异系数, en: CV of 28-day compressive strength }\n',
  `      label: { zh: 28 天抗压强度变异系数, en: CV of 28-day compressive strength }
    rate: { statistic: passRate, of: compressive28d, meets: "≥ 45.0" }
    capability: { statistic: cpk, of: compressive28d, limits: "[42.5, 62.5]" }
    passing: { statistic: passRate, of: compressive28d, criterion: compressive-28d }
`,
)}    - { id: rate-first, statistic: rate, grade: first, require: "≥ 95" }
    - { id: cpk-superior, statistic: capability, grade: superior, require: "≥ 1.33" }
`;

function replaceOnce(text: string, from: string, to: string): string {
  expect(text.split(from).length, `the text contains ${JSON.stringify(from)} once`).toBe(2);
  return text.replace(from, to);
}

/** 1-based line of the first `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `the text contains ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
}

/** The entries of A (BASE) against BASE edited once, with the edited text. */
function diffWith(from: string, to: string): { entries: DiffEntry[]; b: string } {
  const b = replaceOnce(BASE, from, to);
  const diff = diffRuleSets(
    parseRuleSet(BASE, { filename: 'a.yaml' }),
    parseRuleSet(b, { filename: 'b.yaml' }),
  );
  expect(validateDiff(JSON.parse(JSON.stringify(diff))), JSON.stringify(validateDiff.errors)).toBe(true);
  return { entries: diff.entries, b };
}

const CV_READERS = ['cv-28d-first', 'cv-28d-superior'];

describe('diffRuleSets and group statistics', () => {
  it('finds nothing between a lot rule set and itself', () => {
    const diff = diffRuleSets(
      parseRuleSet(BASE, { filename: 'a.yaml' }),
      parseRuleSet(BASE, { filename: 'b.yaml' }),
    );
    expect(diff.entries).toEqual([]);
  });

  it('reports what a statistic is over (`of`) changed, with the requirements that read it', () => {
    const { entries, b } = diffWith(
      '      of: compressive28d\n      decimals',
      '      of: compressive3d\n      decimals',
    );
    expect(entries).toEqual([
      {
        key: 'statistic:cv28d:of',
        kind: 'statistic-changed',
        aspect: 'of',
        direction: 'changed',
        before: 'compressive28d',
        after: 'compressive3d',
        id: 'cv28d',
        criteria: CV_READERS,
        message: {
          en: 'group statistic CV of 28-day compressive strength (cv28d), value it is over: compressive28d → compressive3d, changed (read by cv-28d-first, cv-28d-superior)',
          zh: '组统计量“28 天抗压强度变异系数”（cv28d）的统计对象：compressive28d → compressive3d，有变化（影响 cv-28d-first、cv-28d-superior）',
        },
        a: { file: 'a.yaml', line: lineOf(BASE, '      of: compressive28d\n      decimals'), column: 11 },
        b: { file: 'b.yaml', line: lineOf(b, '      of: compressive3d'), column: 11 },
      },
    ]);
  });

  it('reports what a statistic computes changed', () => {
    const { entries } = diffWith('      statistic: cv\n', '      statistic: stdev\n');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'statistic:cv28d:statistic',
      kind: 'statistic-changed',
      aspect: 'statistic',
      direction: 'changed',
      before: 'cv',
      after: 'stdev',
      criteria: CV_READERS,
      message: {
        en: 'group statistic CV of 28-day compressive strength (cv28d), statistic: cv → stdev, changed (read by cv-28d-first, cv-28d-superior)',
        zh: '组统计量“28 天抗压强度变异系数”（cv28d）的统计量：cv → stdev，有变化（影响 cv-28d-first、cv-28d-superior）',
      },
      a: { line: lineOf(BASE, '      statistic: cv\n') },
      b: { line: lineOf(BASE, '      statistic: cv\n') },
    });
  });

  it('reports decimals changed without a direction or readers: they are for display only', () => {
    const { entries } = diffWith('      decimals: 1\n', '      decimals: 2\n');
    expect(entries).toEqual([
      {
        key: 'statistic:cv28d:decimals',
        kind: 'statistic-changed',
        aspect: 'decimals',
        before: '1',
        after: '2',
        id: 'cv28d',
        message: {
          en: 'group statistic CV of 28-day compressive strength (cv28d), decimals: 1 → 2',
          zh: '组统计量“28 天抗压强度变异系数”（cv28d）的小数位数：1 → 2',
        },
        a: { file: 'a.yaml', line: lineOf(BASE, '      decimals: 1'), column: 17 },
        b: { file: 'b.yaml', line: lineOf(BASE, '      decimals: 1'), column: 17 },
      },
    ]);
  });

  it("gives a pass rate's `meets` a direction from the requirements on it (all minimums here)", () => {
    const meets = (after: string) => {
      const { entries } = diffWith('meets: "≥ 45.0"', `meets: "${after}"`);
      expect(entries).toHaveLength(1);
      return entries[0]!;
    };
    const raised = meets('≥ 47.5');
    expect(raised).toMatchObject({
      key: 'statistic:rate:meets',
      kind: 'statistic-changed',
      aspect: 'meets',
      direction: 'stricter',
      before: '≥ 45.0',
      after: '≥ 47.5',
      id: 'rate',
      criteria: ['rate-first'],
      message: {
        en: 'group statistic Pass rate of 28-day compressive strength (rate), requirement counted (meets): ≥ 45.0 → ≥ 47.5, stricter (read by rate-first)',
        zh: '组统计量“28 天抗压强度合格率”（rate）的计入合格率的要求：≥ 45.0 → ≥ 47.5，更严（影响 rate-first）',
      },
      a: { line: lineOf(BASE, 'meets: "≥ 45.0"') },
      b: { line: lineOf(BASE, 'meets: "≥ 45.0"') },
    });
    expect(meets('≥ 40').direction).toBe('looser');
    expect(meets('[40, 60]').direction).toBe('changed'); // more values below 60, fewer above
    expect(meets('≥ 45').direction).toBe('changed'); // the same values, written otherwise
  });

  it('turns the direction round when the requirements on a pass rate are maximums', () => {
    const b = replaceOnce(
      replaceOnce(BASE, 'require: "≥ 95" }', 'require: "≤ 5" }'),
      'meets: "≥ 45.0"',
      'meets: "≥ 47.5"',
    );
    const a = replaceOnce(BASE, 'require: "≥ 95" }', 'require: "≤ 5" }');
    const diff = diffRuleSets(
      parseRuleSet(a, { filename: 'a.yaml' }),
      parseRuleSet(b, { filename: 'b.yaml' }),
    );
    expect(diff.entries.map((e) => [e.key, e.direction])).toEqual([['statistic:rate:meets', 'looser']]);
  });

  it("reports a Cpk's limits narrowed as stricter under a minimum, and moved both ways as changed", () => {
    const narrowed = diffWith('limits: "[42.5, 62.5]"', 'limits: "[45, 60]"').entries;
    expect(narrowed).toEqual([
      expect.objectContaining({
        key: 'statistic:capability:limits',
        kind: 'statistic-changed',
        aspect: 'limits',
        direction: 'stricter',
        before: '[42.5, 62.5]',
        after: '[45, 60]',
        criteria: ['cpk-superior'],
        a: expect.objectContaining({ file: 'a.yaml', line: lineOf(BASE, 'limits: "[42.5, 62.5]"') }),
        b: expect.objectContaining({ file: 'b.yaml', line: lineOf(BASE, 'limits: "[42.5, 62.5]"') }),
        message: {
          en: 'group statistic Process capability Cpk of 28-day compressive strength (capability), specification limits: [42.5, 62.5] → [45, 60], stricter (read by cpk-superior)',
          zh: '组统计量“28 天抗压强度过程能力指数 Cpk”（capability）的规格限：[42.5, 62.5] → [45, 60]，更严（影响 cpk-superior）',
        },
      }),
    ]);
    expect(diffWith('limits: "[42.5, 62.5]"', 'limits: "[45, 65]"').entries[0]?.direction).toBe('changed');
  });

  it("reports a pass rate's criterion changed", () => {
    const { entries } = diffWith('criterion: compressive-28d }', 'criterion: initial-setting }');
    expect(entries).toEqual([
      expect.objectContaining({
        key: 'statistic:passing:criterion',
        aspect: 'criterion',
        direction: 'changed',
        before: 'compressive-28d',
        after: 'initial-setting',
      }),
    ]);
    expect(entries[0]).not.toHaveProperty('criteria'); // no group requirement reads it
  });

  it('reports statistics added and removed, with the requirements that read them', () => {
    const added = diffWith(
      '    mean28d: { statistic: mean, of: compressive28d }\n',
      '    mean28d: { statistic: mean, of: compressive28d }\n    max28d: { statistic: max, of: compressive28d }\n',
    );
    expect(added.entries).toEqual([
      {
        key: 'statistic:max28d',
        kind: 'statistic-added',
        before: null,
        after: 'max of compressive28d',
        id: 'max28d',
        message: {
          en: 'group statistic Maximum of 28-day compressive strength (max28d) added',
          zh: '新增组统计量“28 天抗压强度最大值”（max28d）',
        },
        b: { file: 'b.yaml', line: lineOf(added.b, '    max28d:'), column: 13 },
      },
    ]);

    const removed = diffRuleSets(
      parseRuleSet(BASE, { filename: 'a.yaml' }),
      parseRuleSet(
        replaceOnce(
          replaceOnce(BASE, '    rate: { statistic: passRate, of: compressive28d, meets: "≥ 45.0" }\n', ''),
          '    - { id: rate-first, statistic: rate, grade: first, require: "≥ 95" }\n',
          '',
        ),
        { filename: 'b.yaml' },
      ),
    ).entries;
    expect(removed.map((e) => [e.key, e.kind, e.direction ?? null])).toEqual([
      ['statistic:rate', 'statistic-removed', null],
      ['criterion:rate-first', 'criterion-removed', 'looser'],
    ]);
    expect(removed[0]).toMatchObject({
      before: 'passRate of compressive28d, meets ≥ 45.0',
      after: null,
      criteria: ['rate-first'],
      message: {
        en: 'group statistic Pass rate of 28-day compressive strength (rate) removed (read by rate-first)',
        zh: '删除组统计量“28 天抗压强度合格率”（rate）（影响 rate-first）',
      },
      a: { line: lineOf(BASE, '    rate:') },
    });
    expect(removed[0]).not.toHaveProperty('b');
  });

  it("reports the group's label changed, without a direction", () => {
    const { entries } = diffWith('en: "A month\'s samples of one strength class"', 'en: "A week\'s samples"');
    expect(entries).toEqual([
      {
        key: 'group:label',
        kind: 'group-label',
        before: "同一强度等级一个月的样品 / A month's samples of one strength class",
        after: "同一强度等级一个月的样品 / A week's samples",
        message: {
          en: 'group label: "A month\'s samples of one strength class" → "A week\'s samples"',
          zh: '组的名称：“同一强度等级一个月的样品” → “同一强度等级一个月的样品”',
        },
        a: { file: 'a.yaml', line: lineOf(BASE, '  label: { zh: 同一强度'), column: 10 },
        b: { file: 'b.yaml', line: lineOf(BASE, '  label: { zh: 同一强度'), column: 10 },
      },
    ]);
  });

  it('lists the group requirements on a derived value, through a statistic over it or a pass rate counting a criterion on it', () => {
    const text = `${replaceOnce(
      replaceOnce(
        replaceOnce(
          CEMENT,
          '\nderived:\n',
          '\nderived:\n  half28d: { label: { zh: 半强度, en: Half strength }, formula: "compressive28d / 2" }\n',
        ),
        '  - id: initial-setting\n',
        '  - { id: half-floor, indicator: half28d, require: "≥ 20" }\n  - id: initial-setting\n',
      ),
      '    mean28d: { statistic: mean, of: compressive28d }\n',
      `    mean28d: { statistic: mean, of: compressive28d }
    halfMean: { statistic: mean, of: half28d }
    halfRate: { statistic: passRate, of: compressive28d, criterion: half-floor }
`,
    )}    - { id: half-mean-first, statistic: halfMean, grade: first, require: "≥ 22" }
    - { id: half-rate-first, statistic: halfRate, grade: first, require: "≥ 90" }
`;
    const diff = diffRuleSets(
      parseRuleSet(text, { filename: 'a.yaml' }),
      parseRuleSet(replaceOnce(text, '"compressive28d / 2"', '"compressive28d / 2.1"'), {
        filename: 'b.yaml',
      }),
    );
    expect(diff.entries.map((e) => [e.key, e.criteria])).toEqual([
      ['derived:half28d:formula', ['half-floor', 'half-mean-first', 'half-rate-first']],
    ]);
  });

  it('shows the entries in the text format, in both languages', () => {
    const b = replaceOnce(BASE, 'meets: "≥ 45.0"', 'meets: "≥ 47.5"');
    const diff = diffRuleSets(
      parseRuleSet(BASE, { filename: 'a.yaml' }),
      parseRuleSet(b, { filename: 'b.yaml' }),
    );
    const en = formatDiffText(diff, 'en');
    expect(en).toContain(diff.entries[0]!.message.en);
    expect(en).toContain('statistic:rate:meets');
    expect(formatDiffText(diff, 'zh')).toContain(diff.entries[0]!.message.zh);
  });
});
