import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriterionResult, createGrader, loadRuleSet } from '../../src/index';
import { csvCell } from '../../src/report/format-csv';
import { holdsDown, shortCriterion } from '../../src/report/summarize-result';

function criterion(value: number, passed: boolean, limit = 65): CriterionResult {
  return {
    id: 'digitalisation@assurance',
    label: { zh: '数字化', en: 'Digitalisation' },
    indicator: 'digitalisation',
    value,
    limit: { operator: '>=', value: limit, text: `≥ ${limit}` },
    passed,
    status: passed ? 'passed' : 'failed',
    grade: 'assurance',
    effect: 'requirement',
    message: { zh: '', en: '' },
  };
}

describe('one-line criterion summaries', () => {
  it('keep a measured value as given', () => {
    expect(shortCriterion(criterion(4.62, false, 5))).toBe('digitalisation@assurance 4.62 (≥ 5)');
    expect(shortCriterion(criterion(0.0045, true, 0))).toBe('digitalisation@assurance 0.0045 (≥ 0)');
  });

  it("name every failing specimen of a count rule failed by several, not the first one's value", () => {
    // KV2 33, 45, 30 J against ≥ 34 J, at most one single value below: specimens 1 and 3 fail.
    const single = {
      ...criterion(33, false, 34),
      id: 'impact-single',
      specimen: 1,
      failingSpecimens: [1, 3],
    };
    expect(shortCriterion(single)).toBe('impact-single #1,3 (≥ 34)');
    expect(shortCriterion(single, 'zh', false)).toBe('数字化 #1,3（≥ 34）');
    // One failing specimen is shown with its value, as before.
    expect(shortCriterion({ ...single, failingSpecimens: [1] })).toBe('impact-single #1 33 (≥ 34)');
  });

  it('shorten a computed value to four decimals', () => {
    expect(shortCriterion(criterion(63.3333333333333, false))).toBe(
      'digitalisation@assurance 63.3333 (≥ 65)',
    );
  });

  it('never round a value onto the limit it fails: the fewest digits that show it short, up to four more', () => {
    expect(shortCriterion(criterion(64.9999966666667, false))).toBe(
      'digitalisation@assurance 64.999997 (≥ 65)',
    );
    expect(shortCriterion(criterion(64.99999996, false))).toBe('digitalisation@assurance 64.99999996 (≥ 65)');
  });
});

describe('one-line summaries of shared (frozen) criterion results', () => {
  it('are worked out per language and naming, the same as for an unshared result', () => {
    const shared = Object.freeze(criterion(4.62, false, 5));
    // Asked in every way, twice: a cache shared between the ways would give the first answer each time.
    for (let round = 0; round < 2; round++) {
      expect(shortCriterion(shared, 'zh', false)).toBe('数字化 4.62（≥ 5）');
      expect(shortCriterion(shared, 'zh', true)).toBe('digitalisation@assurance 4.62（≥ 5）');
      expect(shortCriterion(shared, 'en', false)).toBe('Digitalisation 4.62 (≥ 5)');
      expect(shortCriterion(shared, 'en', true)).toBe('digitalisation@assurance 4.62 (≥ 5)');
      for (const [lang, ids] of [
        ['zh', false],
        ['zh', true],
        ['en', false],
        ['en', true],
      ] as const)
        expect(shortCriterion(shared, lang, ids)).toBe(shortCriterion(criterion(4.62, false, 5), lang, ids));
    }
  });
});

describe('CSV cells', () => {
  // The rule as a regular expression, as it was written first.
  const quotedByRule = (text: string) => /[",\r\n]|^\s|\s$/.test(text);

  it('are quoted when they hold a comma, a quote or a line break, or start or end with any white space', () => {
    const cells: [string, string][] = [
      ['', ''],
      ['4.62', '4.62'],
      ['a,b', '"a,b"'],
      ['5"', '"5"""'],
      ['a\nb', '"a\nb"'],
      ['a\rb', '"a\rb"'],
      [' a', '" a"'],
      ['a\t', '"a\t"'],
      ['合格\u3000', '"合格\u3000"'],
      ['\u00a0x', '"\u00a0x"'],
      ['\ufeffx', '"\ufeffx"'],
      ['a b', 'a b'],
      ['\ud83d', '\ud83d'],
    ];
    for (const [text, cell] of cells) expect(csvCell(text)).toBe(cell);
  });

  it('follow the rule for any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.string({
            unit: fc.constantFrom(' ', ',', '"', '\n', '\r', '\t', '\u3000', '\u2028', 'a', '级'),
          }),
          fc.string({ unit: 'binary' }),
        ),
        (text) => {
          expect(csvCell(text)).toBe(quotedByRule(text) ? `"${text.replace(/"/g, '""')}"` : text);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('one-line summaries show a value as its explanation does', () => {
  it('for every failing requirement of every bundled suite: the same digits, and the value as compared', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const { bundledRuleSetIds, loadBundledRuleSet } = await import('../../src/bundled/bundled-rule-sets');
    const { createGrader } = await import('../../src/index');
    let derived = 0;
    let rounded = 0;
    for (const id of await bundledRuleSetIds()) {
      const grader = createGrader(await loadBundledRuleSet(id));
      const suite = parse(readFileSync(new URL(`../../rules/${id}.test.yaml`, import.meta.url), 'utf8'));
      for (const c of suite.cases ?? []) {
        if (c.input === undefined) continue;
        for (const r of grader.gradeSync(c.input).criteria) {
          if (r.passed !== false || typeof r.value !== 'number' || r.failingSpecimens) continue;
          const short = shortCriterion(r, 'en');
          // fix-explain-28: a unit may follow the value (`16.9 MPa (≥ 17.0 MPa)`).
          const [, value, compared] =
            /^\S+(?: (?:minimum|maximum))?(?: #\d+)? (\S+?)(?:→(\S+))?(?: [^\s(]+)? \(/.exec(short) ?? [];
          expect(value, short).toBeDefined();
          // The message shows the value with the same digits ("Total score: 84.83 does not meet ≥ 85").
          expect(r.message.en, short).toContain(`${value}`);
          if (value !== String(r.value)) derived++;
          if (compared !== undefined) {
            expect(r.message.en, short).toContain(`(rounded to ${compared})`);
            rounded++;
          }
        }
      }
    }
    // The suites hold both kinds: values shown at fewer digits, and values rounded before comparison.
    expect(derived).toBeGreaterThan(0);
    expect(rounded).toBeGreaterThan(0);
  });
});

describe('the one-line scope reason (standards-26 F3)', async () => {
  const ac = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
  const mobile = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5, unitConfiguration: 'mobile' };

  it("names the rule file's reason after the item, in zh and en", () => {
    const r = ac.gradeSync(mobile);
    expect(holdsDown(r, 'en')).toBe(
      'out of scope: Configuration Mobile (≠ Mobile): Mobile air conditioners are excluded from the scope of GB 21455-2019',
    );
    expect(holdsDown(r, 'en', true)).toContain('out of scope: not-mobile Mobile (≠ Mobile): ');
    expect(holdsDown(r, 'zh')).toBe(
      '超出适用范围：结构形式 移动式（≠ 移动式）：移动式空调器不在 GB 21455-2019 的适用范围内',
    );
    // The reason is the one JSON's notGradedReason.message ends with.
    expect(r.notGradedReason?.message.en).toContain(
      'Mobile air conditioners are excluded from the scope of GB 21455-2019.',
    );
  });

  it('several items: each with its reason, set apart by ；/ ; (the reasons hold commas)', () => {
    const r = ac.gradeSync({ ...mobile, climateType: 'T3' });
    expect(holdsDown(r, 'zh')).toBe(
      '超出适用范围：气候类型 T3（= T1）：气候类型不是 T1，不在 GB 21455-2019 的适用范围内（标准适用于 T1 气候类型的机组）；' +
        '结构形式 移动式（≠ 移动式）：移动式空调器不在 GB 21455-2019 的适用范围内',
    );
    expect(holdsDown(r, 'en').split('; ')).toHaveLength(2);
  });

  it('an in-scope record is unchanged: the blockers of the next grade', () => {
    const r = ac.gradeSync({ ...mobile, unitConfiguration: 'split', apf: 4.62 });
    // By the English label, as Chinese names it by its Chinese one; by id with --ids (standards-38 M3).
    expect(holdsDown(r, 'en')).toBe('To reach Grade 1: Annual performance factor (APF) 4.62 (≥ 5.00)');
    expect(holdsDown(r, 'en', true)).toBe('To reach Grade 1: apf@1 4.62 (≥ 5.00)');
  });
});
