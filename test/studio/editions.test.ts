import { describe, expect, it } from 'vitest';
import { draftScaffold } from '../../src/cli/scaffold/draft-scaffold';
import {
  compareVersions,
  copiedFrom,
  editionHead,
  newestEdition,
  sourceEdition,
} from '../../src/studio/page/editions';

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

describe('copiedFrom', () => {
  const schemas = { ruleSet: 'ruleset.schema.json', testSuite: 'test-suite.schema.json' };
  it.each(['zh', 'en'] as const)('%s: reads the source init --from notes above id:', async (lang) => {
    const draft = await draftScaffold(
      'home-appliances/room-air-conditioner-energy',
      'home-appliances/room-air-conditioner-energy-2027',
      schemas,
      lang,
    );
    expect(copiedFrom(draft.ruleSet)).toEqual(draft.source);
    expect(draft.source.id).toBe('home-appliances/room-air-conditioner-energy');
    // The draft's own id is another: no edition of it among the files.
    expect(editionHead(draft.ruleSet)?.id).toBe('home-appliances/room-air-conditioner-energy-2027');
  });

  it('gives none for a file without the note, or with the words elsewhere than a comment line', () => {
    expect(copiedFrom('id: a/b\nversion: 1.0.0\n')).toBeUndefined();
    expect(copiedFrom('title: A draft revision, copied from a/b 1.0.0\n')).toBeUndefined();
  });
});

describe('sourceEdition', () => {
  const source = { id: 'home-appliances/ac', version: '1.2.0' };
  it('picks the file of the source id and version, else the newest of its id, else none', () => {
    const heads = [
      [0, { id: 'home-appliances/ac', version: '1.3.0-draft' }],
      [1, { id: 'home-appliances/ac', version: '1.2.0' }],
      [2, { id: 'steel/rebar', version: '9.0.0' }],
    ] as const;
    expect(sourceEdition(source, heads)).toBe(1);
    expect(sourceEdition(source, [heads[0], heads[2]])).toBe(0);
    expect(sourceEdition(source, [heads[2], [3, undefined]])).toBeUndefined();
  });
});
