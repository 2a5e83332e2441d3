import { describe, expect, it } from 'vitest';
import { copiedRuleSet, copiedSuite } from '../../src/cli/scaffold/rule-set-copy';

const changes = {
  id: 'steel/bar-2026',
  schema: '../../schemas/ruleset.schema.json',
  note: ['copied from steel/bar 1.0.0'],
  earlierNote: /^\s*# copied from /,
};

describe('copiedRuleSet', () => {
  it('changes the id (quoted or not, a comment after it kept), puts the note above it, moves $schema', () => {
    const text = [
      '# yaml-language-server: $schema=../schemas/ruleset.schema.json',
      '# About this rule set.',
      'schemaVersion: 1',
      'id: "steel/bar" # the id',
      'version: 1.0.0',
      '',
    ].join('\n');
    expect(copiedRuleSet(text, changes)).toBe(
      [
        '# yaml-language-server: $schema=../../schemas/ruleset.schema.json',
        '# About this rule set.',
        'schemaVersion: 1',
        '# copied from steel/bar 1.0.0',
        'id: steel/bar-2026 # the id',
        'version: 1.0.0',
        '',
      ].join('\n'),
    );
  });

  it('adds the $schema line when the source has none, and keeps CRLF line endings', () => {
    const text = 'schemaVersion: 1\r\nid: steel/bar\r\nversion: 1.0.0\r\n';
    expect(copiedRuleSet(text, changes)).toBe(
      '# yaml-language-server: $schema=../../schemas/ruleset.schema.json\r\nschemaVersion: 1\r\n# copied from steel/bar 1.0.0\r\nid: steel/bar-2026\r\nversion: 1.0.0\r\n',
    );
  });

  it('replaces an earlier note rather than stacking a second; other comments above id: stay', () => {
    const text = '# mine\n# copied from steel/old 0.9.0\nid: steel/bar\nversion: 1.0.0\n';
    expect(copiedRuleSet(text, changes)).toBe(
      '# yaml-language-server: $schema=../../schemas/ruleset.schema.json\n# mine\n# copied from steel/bar 1.0.0\nid: steel/bar-2026\nversion: 1.0.0\n',
    );
  });

  it('a flow mapping: the id changed in place, no note; a nested id: is not the rule set’s', () => {
    expect(copiedRuleSet('{ schemaVersion: 1, id: steel/bar }\n', changes)).toBe(
      '# yaml-language-server: $schema=../../schemas/ruleset.schema.json\n{ schemaVersion: 1, id: steel/bar-2026 }\n',
    );
    expect(copiedRuleSet('grades:\n  - id: qualified\n', changes)).toBeUndefined();
    expect(copiedRuleSet('id: [unclosed\n', changes)).toBeUndefined();
  });
});

describe('copiedSuite', () => {
  const suite = { ruleSet: './bar-2026.yaml', schema: '../../schemas/ruleset-test.schema.json' };

  it('points ruleSet: and $schema at the new places, the cases as written', () => {
    const text =
      '# yaml-language-server: $schema=../../schemas/ruleset-test.schema.json\nruleSet: ./bar.yaml # the rules\ncases:\n  - { name: "a", input: {} }\n';
    expect(copiedSuite(text, { ...suite, schema: '../x.json' })).toBe(
      '# yaml-language-server: $schema=../x.json\nruleSet: ./bar-2026.yaml # the rules\ncases:\n  - { name: "a", input: {} }\n',
    );
  });

  it('a suite without ruleSet: stays without it (the file name says which rules it tests)', () => {
    expect(copiedSuite('cases: []\n', suite)).toBe(
      '# yaml-language-server: $schema=../../schemas/ruleset-test.schema.json\ncases: []\n',
    );
  });
});
