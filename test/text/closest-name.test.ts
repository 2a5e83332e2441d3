import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, closestNames, closestTies } from '../../src/text/closest-name';
import { didYouMean } from '../../src/text/did-you-mean';

// The full optimal-string-alignment distance, no bound: what the bounded one must agree with wherever it matters.
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

const tolerance = (name: string) => Math.max(1, Math.floor(name.length / 3));

describe('closestName', () => {
  it('takes a typo within a third of the name: one letter added, a swap of two neighbours', () => {
    expect(closestName('apff', ['apf', 'seer'])).toBe('apf');
    expect(closestName('nosie', ['noise', 'nose'])).toBe('noise');
    expect(closestName('抗拉强读', ['抗拉强度', '屈服强度'])).toBe('抗拉强度');
  });

  it('at the tolerance a name is taken, one edit past it not', () => {
    // 6 letters: tolerance 2.
    expect(closestName('abcdef', ['abcdxy'])).toBe('abcdxy');
    expect(closestName('abcdef', ['abcxyz'])).toBeUndefined();
    // Lengths two apart are within 2; three apart are not, whatever the letters.
    expect(closestName('abcdef', ['abcdefgh'])).toBe('abcdefgh');
    expect(closestName('abcdef', ['abcdefghi'])).toBeUndefined();
  });

  it('never names the name itself, and prefers the nearest', () => {
    expect(closestName('apf', ['apf'])).toBeUndefined();
    expect(closestName('ratedcapacty', ['ratedcapacity', 'ratedcpacty'])).toBe('ratedcapacity');
  });

  it('agrees with the unbounded distance on random names (the bound only cuts what is past the tolerance)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '强', '度'), maxLength: 10 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), (name, candidates) => {
        const near = candidates
          .filter((c) => Math.abs(name.length - c.length) <= 8)
          .map((c) => ({ c, d: reference(name, c) }))
          // A candidate all of whose letters differ (`c` for `a`) is no typo (developer-36 M6).
          .filter(({ c, d }) => d <= tolerance(name) && d < Math.max(name.length, c.length));
        const others = near.filter(({ c }) => c !== name);
        const found = closestName(name, candidates);
        if (others.length === 0) expect(found).toBeUndefined();
        else expect(reference(name, found!)).toBe(Math.min(...others.map(({ d }) => d)));
        expect(closestNames(name, candidates, 10).sort()).toEqual(
          [...new Set(near.map(({ c }) => c))].sort(),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('closestTies (newcomer-40 M2)', () => {
  it('gives every candidate as close as the closest, in the candidates’ order', () => {
    expect(closestTies('炻质砖', ['瓷质砖', '炻瓷砖', '细炻砖'])).toEqual(['瓷质砖', '炻瓷砖']);
    expect(closestTies('apff', ['apf', 'seer', 'apfg'])).toEqual(['apf', 'apfg']);
    expect(closestTies('抗拉强读', ['抗拉强度', '屈服强度'])).toEqual(['抗拉强度']);
    expect(closestTies('zzz', ['apf'])).toEqual([]);
  });

  it('closestName is the first of them', () => {
    expect(closestName('炻质砖', ['瓷质砖', '炻瓷砖'])).toBe('瓷质砖');
  });
});

describe('didYouMean with ties', () => {
  it('names one, two or three candidates, zh and en', () => {
    expect(didYouMean('瓷质砖')).toEqual({ zh: '，是否要写“瓷质砖”？', en: '; did you mean "瓷质砖"?' });
    expect(didYouMean(['瓷质砖', '炻瓷砖'])).toEqual({
      zh: '，是否要写“瓷质砖”或“炻瓷砖”？',
      en: '; did you mean "瓷质砖" or "炻瓷砖"?',
    });
    expect(didYouMean(['a', 'b', 'c']).zh).toBe('，是否要写“a”、“b”或“c”？');
    expect(didYouMean(['a', 'b', 'c']).en).toBe('; did you mean "a", "b" or "c"?');
    expect(didYouMean([])).toEqual({ zh: '', en: '' });
  });
});
