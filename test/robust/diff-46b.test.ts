import { beforeAll, describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, parseRuleSet } from '../../src/index';
import { formatTable } from '../../src/report/format-table';
import { ruleFileHeader } from '../rule-file-header';
import { yieldMeanBody } from '../yield-mean-rule-set';
import { loadErrors, threeLengths } from './three-lengths';

// Left by hostile-46: `≤ 2×b−c` was told its first typeset sign only, then the minus, then the unknown name, a run
// each; a terminal table cut an invalid record's reason before its counts. The limits are illustrative.

const errorsOf = (text: string) => loadErrors(text);

const ruleFile = (require: string) => threeLengths('test/diff-46b', require);

describe.concurrent('a typeset × with other signs and an unknown name: all told at once', () => {
  const texts = (require: string) => errorsOf(ruleFile(require));
  const UNKNOWN_C = {
    en: 'limit of "a": unknown name "c"; did you mean "bc"?',
    zh: '“a”的限值：未知的名称“c”，是否要写“bc”？',
  };
  const signs = (write: string) => ({
    en: `limit of "a": a formula writes "*" where this has "×" (U+00D7) and "-" where it has "−" (U+2212): write "${write}"`,
    zh: `“a”的限值：公式中要写“*”，而不是“×”（U+00D7）；要写“-”，而不是“−”（U+2212）：请写“${write}”`,
  });

  // Was: `"≤ 2×b−c" has the typeset minus "−" (U+2212): write ASCII "-", as ≤ 2×b-c`, then "written in ×b-c", then c.
  it('≤ 2×b−c: the ×, the minus and c', () => {
    expect(texts('≤ 2×b−c')).toEqual([signs('2*b-c'), UNKNOWN_C]);
  });

  it('≤ 2 × b − c, with spaces: both signs named (the minus was left out of the message)', () => {
    expect(texts('≤ 2 × b − c')).toEqual([signs('2 * b - c'), UNKNOWN_C]);
  });

  // Was: "can never match it" (a word of text).
  it('≤ b×2−c: the same, a name first', () => {
    expect(texts('≤ b×2−c')).toEqual([signs('b*2-c'), UNKNOWN_C]);
  });

  it('≤ 2×b÷c: × and ÷, and c', () => {
    expect(texts('≤ 2×b÷c')).toEqual([
      {
        en: 'limit of "a": a formula writes "*" where this has "×" (U+00D7) and "/" where it has "÷" (U+00F7): write "2*b/c"',
        zh: '“a”的限值：公式中要写“*”，而不是“×”（U+00D7）；要写“/”，而不是“÷”（U+00F7）：请写“2*b/c”',
      },
      UNKNOWN_C,
    ]);
  });

  // Was: "the limit is written in ×b" and "a unit goes after the number: write ≤ 2 b×".
  it.each([
    ['≤ 2×b', '2*b'],
    ['≤ b×2', 'b*2'],
  ])('%s, every name known: the sign alone', (require, write) => {
    expect(texts(require)).toEqual([
      {
        en: `limit of "a": a formula writes "*" where this has "×" (U+00D7): write "${write}"`,
        zh: `“a”的限值：公式中要写“*”，而不是“×”（U+00D7）：请写“${write}”`,
      },
    ]);
  });

  it('≤ 2*b-c, as the advice writes it, names c alone; ≤ 2*b-bc loads', () => {
    expect(texts('≤ 2*b-c')).toEqual([UNKNOWN_C]);
    expect(texts('≤ 2*b-bc')).toEqual([]);
  });

  it('a unit before a number still gets its own advice: ≤ mm 5', () => {
    expect(texts('≤ mm 5')[0]?.en).toBe('limit of "a": a unit goes after the number: write ≤ 5 mm');
  });
});

describe.concurrent('the terminal table keeps an invalid record’s counts in its column', () => {
  const rules = parseRuleSet(`${ruleFileHeader('steel/yield-46b')}${yieldMeanBody('{ min: 3, max: 5 }')}`);
  const grader = createGrader(rules);
  let few: GradeResult;
  let many: GradeResult;
  beforeAll(async () => {
    few = await grader.grade({ lowerYield: [350, 340] });
    many = await grader.grade({ lowerYield: [360, 360, 360, 360, 360, 360] });
  });
  const table = (result: GradeResult, lang: 'zh' | 'en', width: number) =>
    formatTable([{ row: 1, result }], { lang, width }).split('\n')[1]!;

  it('the record is invalid for the count, as the JSON says in full', () => {
    expect(few.errors?.[0]?.message.en).toBe(
      'lowerYield (Lower yield strength ReL) needs at least 3 specimen values, got 2',
    );
    expect(many.errors?.[0]?.message.zh).toBe('下屈服强度 ReL 最多 5 个试样，实际 6 个');
  });

  // The columns before the reason take 21 (en) and 12 (zh) of the width.
  it('wide enough: the whole sentence', () => {
    expect(table(few, 'en', 100)).toMatch(
      / invalid +lowerYield \(Lower yield strength ReL\) needs at least 3 specimen values, got 2$/,
    );
  });

  it('narrower (en): the label gives way, the counts stay', () => {
    expect(table(few, 'en', 80)).toMatch(/ invalid +lowerYield needs at least 3 specimen values, got 2$/);
    expect(table(many, 'en', 80)).toMatch(/ invalid +lowerYield takes at most 5 specimens, got 6$/);
  });

  it('narrower still: the counts alone, zh and en', () => {
    expect(table(few, 'en', 60)).toMatch(/ invalid +lowerYield: 2 given, at least 3 needed$/);
    expect(table(many, 'en', 60)).toMatch(/ invalid +lowerYield: 6 given, at most 5 taken$/);
    expect(table(few, 'zh', 54)).toMatch(/ 无效 +下屈服强度 ReL：实际 2 个，需要至少 3 个$/);
    expect(table(many, 'zh', 49)).toMatch(/ 无效 +下屈服强度 ReL：实际 6 个，最多 5 个$/);
  });
});
