import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, createGrader } from '../../src/index';

// The bundled lot rule set, with superior asking per sample exactly what first class asks: superior is then
// told apart only by the CV of the lot's 28-day strength (≤ 3.0 % against ≤ 4.0 %).
const bundled = readFileSync(
  new URL('../../rules/building-materials/cement-lot-grade.yaml', import.meta.url),
  'utf8',
);
const text = bundled
  .replace('["42.5", 17.0, 19.0, 22.0]', '["42.5", 17.0, 19.0, 19.0]')
  .replace('["52.5", 23.0, 25.0, 28.0]', '["52.5", 23.0, 25.0, 25.0]')
  .replace('require: "≤ 390 min"', 'require: "≤ 480 min"');

describe('a grade that only a requirement on the group tells apart', () => {
  it('is not refused as unreachable', () => {
    expect(text).not.toBe(bundled);
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'cv-only.yaml' });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(ruleSet).toBeDefined();
  });

  it('is reached by a lot whose CV meets its limit, and not by one whose CV does not', () => {
    const grader = createGrader(checkRuleSet(text, { filename: 'cv-only.yaml' }).ruleSet!);
    const lot = (strengths: number[]) =>
      grader.gradeGroup(
        strengths.map((c28) => ({
          strengthClass: '42.5',
          compressive3d: 24,
          compressive28d: c28,
          initialSetting: 150,
          finalSetting: 240,
        })),
      ).grade;
    // s = 1.697, mean 50: CV 3.39 % (≤ 4.0, > 3.0); s = 0.849: CV 1.70 % (≤ 3.0).
    expect(lot([48.8, 51.2])).toBe('first');
    expect(lot([49.4, 50.6])).toBe('superior');
  });
});
