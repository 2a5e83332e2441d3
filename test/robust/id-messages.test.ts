/** Issue 12, defect 14: each kind of id has its own message when it is malformed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ROOT } from '../cli/cli-harness';

const WIDGET = readFileSync(join(ROOT, 'test/fixtures/valid/widget.yaml'), 'utf8');

function issuesOf(text: string) {
  return checkRuleSet(text, { filename: 'w.yaml' }).issues.filter((i) => i.code === 'schema');
}

describe('a malformed id gets the message of its kind', () => {
  it.each([
    ['the rule-set id', 'id: test/widget', 'id: "Test Widget"', ['id'], '"<industry>/<name>"'],
    ['a grade id', '{ id: A, label', '{ id: "Grade A", label', ['grades', 2, 'id'], 'is a grade id'],
    ['a criterion id', 'id: strength\n', 'id: "apf min"\n', ['criteria', 1, 'id'], 'is a criterion id'],
    ['a scope item id', 'id: size-in-scope', 'id: "size in scope"', ['scope', 0, 'id'], 'is a scope item id'],
    [
      'an indicator reference',
      'indicator: load\n',
      'indicator: "lo ad"\n',
      ['criteria', 6, 'indicator'],
      'must name an indicator',
    ],
  ])('%s', (_, from, to, path, words) => {
    expect(WIDGET).toContain(from);
    const issues = issuesOf(WIDGET.replace(from, to));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message).toContain(words);
    if (path.length > 1) expect(issues[0]!.message).not.toContain('<industry>/<name>');
  });
});
