/**
 * Names in suite messages. An input key misspelt by two swapped letters
 * ("nosie") got no "did you mean" (the edit distance counted a swap as two
 * edits), while the other suite errors have one; and the Chinese failure line
 * named grades by id (`等级：预期“3-star”，实际“2-star”`) where Chinese sentences
 * name a grade by its label.
 */
import { describe, expect, it } from 'vitest';
import { parseRuleSet, parseTestSuite, runSuite } from '../../src/index';
import { checkSuite } from '../../src/suite/check-suite';
import { closestName } from '../../src/text/closest-name';
import { ruleFileHeader } from '../rule-file-header';

const RULES = `${ruleFileHeader('test/suite-names', { zh: '名称', en: 'Names' })}indicators:
  noise: { type: number, unit: dB(A), label: { zh: 噪声, en: Noise } }
grades:
  - { id: 2-star, label: { zh: 二星, en: 2 stars } }
  - { id: 3-star, label: { zh: 三星, en: 3 stars } }
criteria:
  - { id: quiet, indicator: noise, require: "≤ 38", grade: 3-star }
`;

function suiteOf(text: string) {
  const suite = parseTestSuite(text, 'a.test.yaml');
  if ('issues' in suite) throw new Error('suite did not parse');
  return suite;
}

describe('an input key with two letters swapped', () => {
  it('gets "did you mean", at the key', () => {
    const issues = checkSuite(
      suiteOf('cases:\n  - name: a\n    input: { nosie: 40 }\n    grade: 2-star\n'),
      parseRuleSet(RULES),
    );
    expect(issues.map((i) => [i.line, i.text.en, i.text.zh])).toEqual([
      [
        3,
        'indicator "nosie" is not in test/suite-names; did you mean "noise"?',
        'test/suite-names 中没有指标“nosie”，是否要写“noise”？',
      ],
    ]);
  });

  it('a swap is one edit; other names stay as far as they were', () => {
    expect(closestName('reqiure', ['require', 'grade'])).toBe('require');
    expect(closestName('ab', ['ba'])).toBe('ba');
    expect(closestName('nosie', ['nose'])).toBe('nose');
    expect(closestName('xyz', ['noise'])).toBeUndefined();
  });
});

describe('a grade that differs, in Chinese', () => {
  it('names both grades by label; English keeps the ids', async () => {
    const result = await runSuite(
      suiteOf('cases:\n  - name: a\n    input: { noise: 40 }\n    grade: 3-star\n'),
      parseRuleSet(RULES),
    );
    const texts = result.cases[0]!.problemTexts ?? [];
    expect(texts.map((t) => t.zh)).toEqual([
      '等级：预期“三星”，实际“二星”；未满足：quiet（噪声）40 dB(A)，要求 ≤ 38 dB(A)',
    ]);
    expect(texts.map((t) => t.en)).toEqual([
      'grade: expected "3-star", got "2-star"; not met: quiet (Noise) 40 dB(A), limit ≤ 38 dB(A)',
    ]);
  });

  it('not graded is still said as such', async () => {
    const result = await runSuite(
      suiteOf('cases:\n  - name: a\n    input: { noise: 40 }\n    grade: null\n'),
      parseRuleSet(RULES),
    );
    expect((result.cases[0]!.problemTexts ?? []).map((t) => t.zh)).toEqual(['等级：预期不分级，实际“二星”']);
  });
});

// newcomer-26 F7: a grade lower than expected names the requirements that kept it there, with value and limit.
describe('the requirements a lower grade than expected failed', () => {
  const LADDER = `${ruleFileHeader('test/suite-names', { zh: '名称', en: 'Names' })}indicators:
  noise: { type: number, unit: dB(A), label: { zh: 噪声, en: Noise } }
  power: { type: number, unit: W, label: { zh: 功率, en: Power } }
grades:
  - { id: 1-star, label: { zh: 一星, en: 1 star } }
  - { id: 2-star, label: { zh: 二星, en: 2 stars } }
  - { id: 3-star, label: { zh: 三星, en: 3 stars } }
criteria:
  - { id: loud, indicator: noise, require: "≤ 50" }
  - { id: quiet, indicator: noise, require: "≤ 45", grade: 2-star }
  - { id: quieter, indicator: noise, require: "≤ 38", grade: 3-star }
  - { id: frugal, indicator: power, require: "≤ 100", grade: 3-star }
`;
  const line = async (input: string, grade: string) => {
    const suite = suiteOf(`cases:\n  - name: a\n    input: ${input}\n    grade: ${grade}\n`);
    const [text] = (await runSuite(suite, parseRuleSet(LADDER))).cases[0]!.problemTexts ?? [];
    return text;
  };

  it('those of every grade between the one reached and the one expected, at and above their limits', async () => {
    // With the unit, and to the digits each limit is written with: 45.1 against ≤ 45 keeps its decimal (45 would
    // read as met), against ≤ 38 it reads 45 (newcomer-36 M11b).
    expect((await line('{ noise: 45.1, power: 100 }', '3-star'))?.en).toBe(
      'grade: expected "3-star", got "1-star"; not met: quiet (Noise) 45.1 dB(A), limit ≤ 45 dB(A); quieter (Noise) 45 dB(A), limit ≤ 38 dB(A)',
    );
    // At the limit is met: only the 3-star noise limit is named, not power at exactly 100.
    expect((await line('{ noise: 45, power: 100 }', '3-star'))?.zh).toBe(
      '等级：预期“三星”，实际“二星”；未满足：quieter（噪声）45 dB(A)，要求 ≤ 38 dB(A)',
    );
  });

  it('not those above the grade expected; none when graded higher than expected', async () => {
    expect((await line('{ noise: 46, power: 200 }', '2-star'))?.en).toBe(
      'grade: expected "2-star", got "1-star"; not met: quiet (Noise) 46 dB(A), limit ≤ 45 dB(A)',
    );
    expect((await line('{ noise: 30, power: 50 }', '2-star'))?.en).toBe(
      'grade: expected "2-star", got "3-star"',
    );
  });

  it("not graded: the lowest grade's too; an invalid record gives its errors instead", async () => {
    expect((await line('{ noise: 51, power: 50 }', '1-star'))?.en).toMatch(
      /; not met: loud \(Noise\) 51 dB\(A\), limit ≤ 50 dB\(A\)$/u,
    );
    expect((await line('{ noise: "51", power: 50 }', '1-star'))?.en).not.toContain('not met');
  });
});

// newcomer-36 M11b: `65，要求 ≥ 70.0` dropped the unit and the digits the limit is written with.
describe('a value not met, as the rule file writes its limit', () => {
  const RATE = `${ruleFileHeader('test/suite-rate', { zh: '输出率', en: 'Rate' })}indicators:
  volume: { type: number, unit: L, label: { zh: 热水输出量, en: Output volume } }
  size: { type: number, unit: L, label: { zh: 额定容量, en: Capacity } }
  pieces: { type: integer, unit: 套, label: { zh: 套数, en: Place settings } }
derived:
  rate: { label: { zh: 热水输出率, en: Output rate }, unit: "%", formula: volume / size * 100 }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first-class, label: { zh: 一等品, en: First class } }
criteria:
  - { id: rate-q, indicator: rate, require: "≥ 60.0" }
  - { id: rate-1, indicator: rate, require: "≥ 70.0", grade: first-class }
  - { id: pieces-1, indicator: pieces, require: "≥ 12", grade: first-class }
`;
  const texts = async (input: string) => {
    const suite = suiteOf(`cases:\n  - name: a\n    input: ${input}\n    grade: first-class\n`);
    return (await runSuite(suite, parseRuleSet(RATE))).cases[0]!.problemTexts![0]!;
  };

  it('a derived percentage: 65.0 %, ≥ 70.0 %; 69.96 keeps the digit that fails it; a Chinese unit runs on', async () => {
    const text = await texts('{ volume: 65, size: 100, pieces: 12 }');
    expect(text.zh).toBe(
      '等级：预期“一等品”，实际“合格品”；未满足：rate-1（热水输出率）65.0 %，要求 ≥ 70.0 %',
    );
    expect(text.en).toBe(
      'grade: expected "first-class", got "qualified"; not met: rate-1 (Output rate) 65.0 %, limit ≥ 70.0 %',
    );
    expect((await texts('{ volume: 69.96, size: 100, pieces: 12 }')).en).toContain(
      'rate-1 (Output rate) 69.96 %',
    );
    expect((await texts('{ volume: 80, size: 100, pieces: 11 }')).zh).toContain(
      'pieces-1（套数）11套，要求 ≥ 12套',
    );
  });
});
