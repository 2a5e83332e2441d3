/**
 * An untouched `qgrade init` template passes `validate` (its thresholds are valid) but still says `TODO` where only
 * the standard can say (newcomer-26 F1): each such text is a located warning, not an error; a written one is none.
 */
import { describe, expect, it } from 'vitest';
import { ruleSetScaffold } from '../../src/cli/scaffold/rule-set-scaffold';
import { checkRuleSet } from '../../src/index';

describe('placeholder warnings', () => {
  const text = ruleSetScaffold(
    'building-materials/flat-glass',
    { ruleSet: 'ruleset.schema.json', testSuite: 'ruleset-test.schema.json' },
    'zh',
  ).ruleSet;

  it('warns at each TODO text of the ladder template, located, in zh and en, and is still valid', () => {
    const check = checkRuleSet(text, { filename: 'flat-glass.yaml' });
    expect(check.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const placeholders = check.issues.filter((i) => i.code === 'placeholder');
    expect(placeholders.every((w) => w.severity === 'warning')).toBe(true);
    const lines = text.split('\n');
    const todo = lines.flatMap((l, i) => (/\bTODO\b/.test(l.replace(/#.*$/, '')) ? [i + 1] : []));
    expect(todo.length).toBeGreaterThan(2);
    // Every TODO outside a comment is warned about, at its line.
    expect([...new Set(placeholders.map((w) => w.line))]).toEqual(todo);
    const first = placeholders[0]!;
    expect(first.text.zh).toMatch(
      /^“TODO[^”]*”仍是 qgrade init 模板的占位内容：请按标准改写后再使用或发布$/u,
    );
    expect(first.text.en).toContain('is still a placeholder of the qgrade init template');
  });

  it('says nothing once the texts are written; a TODO in a comment is no placeholder', () => {
    const written = text.replace(/TODO ?/g, '').replace(/^(\s*)#(.*)$/m, '$1# TODO check the note$2');
    const check = checkRuleSet(written, { filename: 'flat-glass.yaml' });
    expect(check.issues.filter((i) => i.code === 'placeholder')).toEqual([]);
  });
});
