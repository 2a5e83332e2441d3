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
    const written = text
      .replace(/TODO ?/g, '')
      .replace('GB/T 00000-2026', 'GB/T 11614-2022')
      .replace(/^(\s*)#(.*)$/m, '$1# TODO check the note$2');
    const check = checkRuleSet(written, { filename: 'flat-glass.yaml' });
    expect(check.issues.filter((i) => i.code === 'placeholder')).toEqual([]);
  });
});

describe("placeholders other than the template's TODO (hostile-27 F2)", () => {
  const base = ruleSetScaffold(
    'building-materials/flat-glass',
    { ruleSet: 'ruleset.schema.json', testSuite: 'ruleset-test.schema.json' },
    'zh',
  )
    .ruleSet.replace(/TODO ?/g, '')
    .replace('GB/T 00000-2026', 'GB/T 11614-2022');
  /** The placeholder warnings when the title's Chinese text is `zh`. */
  const warned = (zh: string) =>
    checkRuleSet(base.replace('title: { zh: "标准名称"', `title: { zh: ${JSON.stringify(zh)}`), {
      filename: 'flat-glass.yaml',
    }).issues.filter((i) => i.code === 'placeholder');

  it('the base (TODO and the zero code written) has none', () => {
    expect(base).toContain('title: { zh: "标准名称"');
    expect(warned('平板玻璃')).toEqual([]);
  });

  it.each([
    ['TBD', 'TBD'],
    ['tbd 标题', 'tbd'],
    ['todo: 标题', 'todo'],
    ['XXX 标准', 'XXX'],
    ['待定', '待定'],
    ['名称待补充', '待补充'],
    ['待填写', '待填写'],
    ['GB/T 00000-2026 平板玻璃', 'GB/T 00000'],
    ['依据 T/CAS 000-2026', 'T/CAS 000'],
    ['表 X 抗拉强度', '表 X'],
    ['表Ｘ', '表Ｘ'],
    ['第 X 条', '第 X 条'],
    ['Table X Tensile strength', 'Table X'],
  ])('%s is warned about, naming %s, located', (zh, found) => {
    const [w, ...more] = warned(zh);
    expect(more).toEqual([]);
    expect(w).toMatchObject({
      severity: 'warning',
      line: base.split('\n').findIndex((l) => l.startsWith('title:')) + 1,
    });
    expect(w!.text.en).toBe(
      `${JSON.stringify(zh)} looks like a placeholder ("${found}"): write the standard's text before using or publishing the rule set`,
    );
    expect(w!.text.zh).toBe(`“${zh}”像是占位内容（“${found}”）：请按标准改写后再使用或发布`);
  });

  it.each([
    'GB/T 11614-2022 平板玻璃',
    'GB 1000-2008',
    '表 1 抗拉强度',
    '表 XRF 荧光分析',
    'X 射线',
    'Table 1',
    '定级待遇',
    '第 5.1 条',
    '1000 W',
    'TODOS',
  ])('%s is no placeholder', (zh) => {
    expect(warned(zh)).toEqual([]);
  });
});
