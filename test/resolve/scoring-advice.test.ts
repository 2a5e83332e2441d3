/**
 * newcomer-31 M-6 and F-9: validator advice that led to a second error, and scoring mistakes that passed
 * without a word. Each on the newcomer's own rule set (test/fixtures/newcomer-31/mfg-digital.yaml, a
 * DB32/T 5058-2025-style enterprise scheme, illustrative figures) with one line changed as they changed it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

const RULES = readFileSync(new URL('../fixtures/newcomer-31/mfg-digital.yaml', import.meta.url), 'utf8');

/** The rule set with `from` replaced by `to` (which must be there). */
function edited(from: string, to: string): string {
  if (!RULES.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return RULES.replace(from, to);
}

const issuesOf = (text: string) => checkRuleSet(text, { filename: 'mfg-digital.yaml' }).issues;
const lineOf = (text: string, part: string) => text.split('\n').findIndex((l) => l.includes(part)) + 1;

describe('the newcomer’s rule set as written', () => {
  it('has no problem and no warning', () => {
    expect(issuesOf(RULES)).toEqual([]);
  });
});

describe('advice that led to a second error (newcomer-31 M-6)', () => {
  it('an optional boolean scored without a default: advise default: false, not default: 0 (m51)', () => {
    const text = edited(
      'label: { zh: 设立数字化质量团队, en: Digital quality team }',
      'required: false\n    label: { zh: 设立数字化质量团队, en: Digital quality team }',
    );
    const [w] = issuesOf(text);
    expect(w).toMatchObject({ code: 'unmet-when-absent', severity: 'warning' });
    expect(w!.text.zh).toContain('若未具备时按“否”计分，请给它“default: false”');
    expect(w!.text.en).toContain('give it "default: false"');
    expect(w!.text.zh).not.toContain('default: 0');
    // Following the advice: no problem left.
    const followed = text.replace(
      'required: false\n    label: { zh: 设立数字化质量团队',
      'required: false\n    default: false\n    label: { zh: 设立数字化质量团队',
    );
    expect(issuesOf(followed)).toEqual([]);
  });

  it('an optional number scored without a default still gets default: 0', () => {
    const text = edited(
      'label: { zh: 质量大数据分析, en: Quality big-data analytics }',
      'required: false\n    label: { zh: 质量大数据分析, en: Quality big-data analytics }',
    );
    expect(issuesOf(text)[0]!.text.zh).toContain('请给它“default: 0”');
  });

  it.each([';', '；'])(
    'a semicolon %s for a comma in a flow map: advise commas, not quotes (m55)',
    (semi) => {
      const text = edited(
        'level5: { dimCollection: 80, dimInspection: 80,',
        `level5: { dimCollection: 80${semi} dimInspection: 80,`,
      );
      const found = issuesOf(text);
      expect(found).toHaveLength(1);
      expect(found[0]!.line).toBe(lineOf(text, 'level5: {'));
      expect(found[0]!.text.zh).toContain(
        '各项之间请用英文逗号“,”分隔，如 dimCollection: 80, dimInspection: 80',
      );
      expect(found[0]!.text.zh).not.toContain('加引号');
      expect(found[0]!.text.en).toContain('separate entries with commas');
    },
  );

  it('a cutoff below the grade under it: no word of test temperatures for scores (m03)', () => {
    const text = edited('level3: 70, level4: 80', 'level3: 85, level4: 80');
    const [w] = issuesOf(text).filter((i) => i.code === 'non-monotonic');
    expect(w).toMatchObject({ severity: 'warning' });
    expect(w!.text.zh).toContain('请写成 ≥ 85 或更严');
    expect(w!.text.zh).toContain('分数线应随等级升高而不降低');
    expect(w!.text.zh).not.toContain('试验温度');
    expect(w!.text.en).not.toContain('test temperature');
  });
});

describe('scoring mistakes that passed without a word (newcomer-31 F-9)', () => {
  const orgWeights = (a: number, b: number) =>
    edited('- { indicator: digitalTeam, weight: 50,', `- { indicator: digitalTeam, weight: ${a},`).replace(
      '["≥ 5", 100]], weight: 50 }',
      `["≥ 5", 100]], weight: ${b} }`,
    );
  const sumWarnings = (text: string) =>
    issuesOf(text).filter((i) => i.code === 'invalid-scoring' && i.text.zh.includes('各评分项的权重之和'));

  it('item weights of one dimension adding up to 90: warned at its first weight, with the share (m14)', () => {
    const text = orgWeights(40, 50);
    const found = sumWarnings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      line: lineOf(text, 'indicator: digitalTeam, weight: 40'),
    });
    expect(found[0]!.text.zh).toContain('维度“dimOrg”中各评分项的权重之和为 90，不是 100');
    expect(found[0]!.text.zh).toContain('“digitalTeam”的 40 计为 44.44%');
    expect(found[0]!.text.en).toContain('adding up to 90, not 100');
  });

  it('warns just below and above 100, not at it, nor of ratios', () => {
    expect(sumWarnings(orgWeights(49, 50))).toHaveLength(1); // 99
    expect(sumWarnings(orgWeights(51, 50))).toHaveLength(1); // 101
    expect(sumWarnings(orgWeights(50, 50))).toEqual([]);
    expect(sumWarnings(orgWeights(1, 2))).toEqual([]);
  });

  it('one indicator scored in two dimensions: warned at the second item (m29b)', () => {
    const text = edited(
      '- { indicator: lims, weight: 20, points: { "true": 100, "false": 0 } }',
      '- { indicator: lims, weight: 20, points: { "true": 100, "false": 0 } }\n        - { indicator: spc, weight: 1 }',
    );
    const found = issuesOf(text).filter((i) => i.text.zh.includes('计了两次'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', code: 'invalid-scoring' });
    expect(found[0]!.text.zh).toContain('“spc”已在维度“dimInspection”中评分，又计入维度“dimAnalysis”');
    expect(found[0]!.line).toBe(lineOf(text, 'indicator: spc, points'));
  });

  it('a near-miss name: dataFraud for dataFalsification (m04), forwardTrance for forwardTrace (m28)', () => {
    const fraud = issuesOf(edited('indicator: dataFalsification', 'indicator: dataFraud'));
    expect(fraud[0]!.text.zh).toBe('未知的指标或派生值“dataFraud”，是否要写“dataFalsification”？');
    const trance = issuesOf(edited('- { indicator: forwardTrace,', '- { indicator: forwardTrance,'));
    expect(trance[0]!.text.zh).toBe('未知的指标或派生值“forwardTrance”，是否要写“forwardTrace”？');
  });

  it('gate: 是 says to write gate: true (m36); gate: 否 false', () => {
    expect(issuesOf(edited('gate: true', 'gate: 是'))[0]!.text.zh).toContain('请写 gate: true（不加引号）');
    expect(issuesOf(edited('gate: true', 'gate: 否'))[0]!.text.en).toContain('write gate: false (no quotes)');
  });
});
