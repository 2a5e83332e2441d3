/**
 * A header's forms are found in time linear in its length. A pattern added
 * for `氮 N ×10-6` (`/^(.*\p{L}.*\p{L})[^\p{L}]+$/u`) took time growing with
 * the square of a column's length: a 100,000-character hostile column cost
 * 7.5 s per look, and the group-by test that has one went from 6 s to 24 s.
 * At 300,000 characters the square would take minutes, past the test's
 * time limit; no timing is asserted.
 */
import { describe, expect, it } from 'vitest';
import { columnForms, lettersEnd } from '../../src/input/header-forms';

describe('a very long column header', () => {
  it.each([
    ['letters only', 'y'.repeat(300_000)],
    ['letters, then digits', `a${'1'.repeat(300_000)}`],
    ['a letter, digits, a letter', `a${'1'.repeat(300_000)}b`],
  ])('%s: its forms, found at once', (_, text) => {
    const forms = columnForms(text);
    expect(forms.size).toBeGreaterThan(0);
    for (const f of forms) expect(f.length).toBeLessThanOrEqual(text.length);
  });

  it('the signs after a label are taken off as before (氮 N ×10-6 → 氮n), not after one letter', () => {
    expect([...columnForms('氮 N ×10-6')]).toContain('氮n');
    expect([...columnForms('N%')]).not.toContain('n');
  });

  it('lettersEnd: after the last letter, a letter outside the basic plane counted whole', () => {
    expect(lettersEnd('氮 N ×10-6')).toBe(3);
    expect(lettersEnd('123')).toBe(0);
    expect(lettersEnd('ab')).toBe(2);
    expect(lettersEnd('a𠀀1')).toBe(3);
  });
});
