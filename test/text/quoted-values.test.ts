import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet, QgradeError } from '../../src/index';
import { nameCharacter } from '../../src/text/full-width';
import { quoteShort, quoteText } from '../../src/text/quote-short';
import { valueShown } from '../../src/text/value-kind';

// developer-23 C2: a value quoted in a message showed a NUL as U+FFFD (a reader who copied it got U+FFFD, not the
// character there) and a lone surrogate escaped but unnamed. Every character that would not print as itself is now
// escaped as JSON writes it, and named with its code point as other invisible characters are.
describe('a value quoted in a message shows what is there', () => {
  it.each([
    ['heat-pump\u0000', '"heat-pump\\u0000"'],
    ['a\u001bb', '"a\\u001bb"'],
    ['tab\there', '"tab\\there"'],
    ['x\ud800', '"x\\ud800"'],
    ['x\udc00y', '"x\\udc00y"'],
    ['a\u009bb', '"a\\u009bb"'], // a C1 control (CSI to a terminal): JSON.stringify writes it raw
    ['4.6\u202e2', '"4.6\\u202e2"'], // a bidirectional override
    ['a\u2028b', '"a\\u2028b"'],
    ['平均 "x" \\', '"平均 \\"x\\" \\\\"'],
  ])('%j is quoted as %s, which JSON.parse reads back to it', (text, quoted) => {
    expect(quoteText(text)).toBe(quoted);
    expect(JSON.parse(quoteText(text))).toBe(text);
    expect(quoteText(text)).not.toContain('\ufffd');
  });

  it('quoteShort, nameCharacter and valueShown quote the same way', () => {
    expect(quoteShort('\u0000'.repeat(50))).toBe(`"${'\\u0000'.repeat(40)}…"`);
    expect(nameCharacter('\u0000')).toBe('"\\u0000" (U+0000)');
    expect(nameCharacter('\ud800')).toBe('"\\ud800" (U+D800)');
    expect(valueShown('a\u0000').en).toBe('the string "a\\u0000"');
  });

  it('gradeSync: a NUL and a lone surrogate in a value are shown escaped and named', async () => {
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const base = { ratedCoolingCapacity: 3500, apf: 4.62 };
    const nul = grader.gradeSync({ ...base, unitType: 'heat-pump\u0000' }).errors?.[0];
    expect(nul?.code).toBe('not-allowed');
    expect(nul?.message.en).toContain(
      'got "heat-pump\\u0000", which contains the character "\\u0000" (U+0000)',
    );
    expect(nul?.message.en).toContain('write "heat-pump"');
    expect(nul?.message.zh).toContain('"heat-pump\\u0000"，含字符 "\\u0000" (U+0000)');
    const lone = grader.gradeSync({ ...base, unitType: 'heat-pump\ud800' }).errors?.[0];
    expect(lone?.message.en).toContain(
      'got "heat-pump\\ud800", which contains the character "\\ud800" (U+D800)',
    );
    for (const e of [nul, lone]) expect(`${e?.message.en}${e?.message.zh}`).not.toContain('\ufffd');
  });

  it('an unknown option key holding a control character is shown escaped', () => {
    let error: unknown;
    try {
      createGrader({} as never, { 'engine\u0000': 'compiled' } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QgradeError);
    expect((error as Error).message).toContain('has no key "engine\\u0000": did you mean "engine"?');
  });
});
