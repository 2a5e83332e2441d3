/**
 * A value of 1e21 or more is shown with an exponent (1e+308), as JavaScript
 * writes it. A scoring item may give points of 1e308; the explanation showed
 * such a total as 309 digits followed by ".00".
 */
import { describe, expect, it } from 'vitest';
import { figureText, shownValue, type ValueFigure } from '../../src/compile/shown-value';
import { parseRuleSet } from '../../src/index';
import { formatExplanation } from '../../src/report/format-explanation';
import { parseRoundingInterval } from '../../src/rounding/gbt8170';
import { useCli, useTempDir } from '../cli/cli-harness';
import { inputFiles } from '../cli/input-files';
import { graderPair } from '../helpers';

const cli = useCli();
const { csv } = inputFiles(useTempDir());

const RULES = `schemaVersion: 1
id: test/huge-values
version: 1.0.0
industry: test
subject: product
title: { zh: 大数, en: Huge values }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: number, label: { zh: 甲, en: X } }
grades:
  - { id: low, label: { zh: 低, en: Low } }
  - { id: high, label: { zh: 高, en: High } }
scoring:
  dimensions:
    - { id: a, label: { zh: 一, en: A }, weight: 1, items: [{ indicator: x, points: [["≤ 10", 1e308], ["> 10", 1e308]] }] }
  cutoffs: { low: 10, high: 50 }
`;

describe('huge points print as numbers', () => {
  it('a total of 1e308 is shown as 1e+308', async () => {
    const pair = graderPair(parseRuleSet(RULES));
    const result = await pair.grade({ x: 15 });
    expect(result.scores?.total).toBe(1e308);
    const text = formatExplanation(result, 'en');
    expect(text).toContain('Total score: 1e+308 meets ≥ 10');
    expect(text).not.toMatch(/\d{25}/);
  });

  it('from 1e21 on, with an exponent; just below, every digit', () => {
    const at = parseRoundingInterval('0.01')!;
    expect(shownValue(1e21, at, null, null)).toBe('1e+21');
    expect(shownValue(-1e21, at, null, null)).toBe('-1e+21');
    expect(shownValue(9.99e20, at, null, null)).toBe('999000000000000000000.00');
  });
});

// hostile-25: a group's mean of values near 1e308 printed as 309 digits and ".00" in the text and CSV outputs.
describe('group statistics near 1e308 print compactly', () => {
  const LOT = 'building-materials/cement-lot-grade';
  const lot = (...strengths: string[]) =>
    csv(
      '编号,强度等级,3天抗压强度,28天抗压强度,初凝时间,终凝时间',
      ...strengths.map((s, i) => `A${i + 1},42.5,30,${s},150,300`),
    );

  it('the mean and s in the text output with an exponent; JSON keeps the numbers', async () => {
    const file = lot('1.7e308', '1.6e308', '1.5e308');
    const text = await cli.run(['grade', '-r', LOT, '--group-by', '强度等级', file]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Mean of 28-day compressive strength: 1.6e+308 MPa (over 3 values)');
    expect(text.stdout).toContain('mean 1.6e+308 MPa, s 1e+307 MPa');
    expect(text.stdout).not.toMatch(/\d{25}/u);
    const csvRun = await cli.run(['grade', '-r', LOT, '--group-by', '强度等级', '-f', 'csv', file]);
    expect(csvRun.stdout).not.toMatch(/\d{25}/u);
    expect(csvRun.stdout).toContain('1.6e+308');
    const json = await cli.run(['grade', '-r', LOT, '--group-by', '强度等级', '-f', 'json', file]);
    const [group] = JSON.parse(json.stdout) as { statistics: { id: string; value: number }[] }[];
    expect(group!.statistics.find((s) => s.id === 'mean28d')?.value).toBe(
      1.7e308 / 3 + 1.6e308 / 3 + 1.5e308 / 3,
    );
  });

  it('a figure: digits below 1e21, an exponent from it on; never the limit the value is not on', () => {
    const plain = (limits: number[] = []): ValueFigure => ({
      decimals: 2,
      score: false,
      limits,
      plain: true,
    });
    expect(figureText(plain(), 9.99e20)).toBe('999000000000000000000.00');
    expect(figureText(plain(), 1e21)).toBe('1e+21');
    expect(figureText(plain(), -1.6000000000000002e308)).toBe('-1.6e+308');
    // Just above a limit of 1.6e308 (the next double): its 15 digits would read as the limit, so every digit is shown.
    const above = 1.6000000000000002e308;
    expect(above).not.toBe(1.6e308);
    expect(figureText(plain([1.6e308]), above)).toBe(String(above));
    expect(Number(figureText(plain([1.6e308]), above))).toBe(above);
  });
});
