import { describe, expect, it } from 'vitest';
import { compareVersions, editionHead, newestEdition } from '../../src/studio/page/editions';

describe('editionHead', () => {
  it('reads the top-level id and version, quoted or not, with a comment after', () => {
    expect(editionHead('# c\nschemaVersion: 1\nid: "steel/rebar"\nversion: 3.0.0-draft # was 2\n')).toEqual({
      id: 'steel/rebar',
      version: '3.0.0-draft',
    });
  });

  it('ignores an indented id (an indicator’s, a criterion’s) and gives none without both keys', () => {
    expect(editionHead('criteria:\n  - id: apf\nversion: 1.0.0\n')).toBeUndefined();
    expect(editionHead('ruleSet: ./x.yaml\ncases: []\n')).toBeUndefined();
  });
});

describe('compareVersions', () => {
  it('orders numbers by value, a pre-release before its release', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.3.0-draft', '1.2.0')).toBeGreaterThan(0);
    expect(compareVersions('1.3.0-draft', '1.3.0')).toBeLessThan(0);
    expect(compareVersions('1.3.0', '1.3.0')).toBe(0);
    expect(compareVersions('3.0.0-draft.2024-partial', '3.0.0-draft.2023')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-rc.2', '1.0.0-rc.10')).toBeLessThan(0);
  });
});

describe('newestEdition', () => {
  const open = { id: 'home-appliances/ac', version: '1.2.0' };
  it('picks the newest other version of the same rule set', () => {
    const found = newestEdition(open, [
      ['copy', { id: 'home-appliances/ac', version: '1.2.0' }],
      ['old', { id: 'home-appliances/ac', version: '1.1.8' }],
      ['draft', { id: 'home-appliances/ac', version: '1.3.0-draft' }],
      ['other', { id: 'steel/rebar', version: '9.0.0' }],
      ['suite', undefined],
    ]);
    expect(found).toBe('draft');
  });

  it('gives none when only copies of the same edition or other rule sets are listed', () => {
    expect(
      newestEdition(open, [
        ['copy', { ...open }],
        ['other', { id: 'x', version: '2' }],
      ]),
    ).toBeUndefined();
    expect(newestEdition(open, [])).toBeUndefined();
  });
});
