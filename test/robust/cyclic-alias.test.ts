/**
 * A YAML alias inside the value its anchor names (`&w [1, *w]`) makes data
 * that contains itself. It is refused where the document is read, at the
 * alias, in both languages: it used to reach `JSON.stringify` in a message
 * and escape as a TypeError (an internal error that stopped `validate` of a
 * folder at that file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, parseTestSuite } from '../../src/index';
import { useCli, useTempDir } from '../cli/cli-harness';

const fixtures = new URL('../fixtures/invalid/', import.meta.url);
const whenCycle = readFileSync(new URL('cyclic-alias-when.yaml', fixtures), 'utf8');
const valueCycle = readFileSync(new URL('cyclic-alias-value.yaml', fixtures), 'utf8');
const valid = readFileSync(new URL('../fixtures/valid/charpy.yaml', import.meta.url), 'utf8');

describe('a value that refers to itself through an alias', () => {
  it.each([
    ['a "when" list', whenCycle, 'w', 20, 23],
    ['a condition value', valueCycle, 'v', 20, 55],
  ])('in %s is a located issue, not a thrown error', (_, text, name, line, column) => {
    const { ruleSet, issues } = checkRuleSet(text, { filename: 'cyclic.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues).toEqual([
      expect.objectContaining({ code: 'alias-limit', severity: 'error', file: 'cyclic.yaml', line, column }),
    ]);
    expect(issues[0]!.text.en).toBe(
      `"*${name}" refers to "&${name}", the value it is inside: a value cannot contain itself (cyclic alias)`,
    );
    expect(issues[0]!.text.zh).toBe(`“*${name}”引用了包含它的值“&${name}”：一个值不能包含它自身（循环别名）`);
  });

  it.each([
    ['a mapping inside itself', 'a: &m { k: [*m] }\n', 1, 13],
    ['an anchor reused for a value that names it', 'a: &z 1\nb: &z [*z]\n', 2, 8],
    ['an alias deep inside', 'a: &o [[[{ k: *o }]]]\n', 1, 15],
  ])('%s is found too', (_, text, line, column) => {
    expect(checkRuleSet(text, { filename: 'c.yaml' }).issues).toEqual([
      expect.objectContaining({ code: 'alias-limit', line, column }),
    ]);
  });

  it('an alias to a value it is not inside is still allowed', () => {
    const shared = whenCycle.replace('when: { x: &w [1, *w] }', 'when: { x: &w [1, 2] }\n    note: *w');
    const issues = checkRuleSet(shared).issues;
    expect(issues.map((i) => i.code)).not.toContain('alias-limit');
    expect(checkRuleSet(whenCycle.replace('&w [1, *w]', '[1, 30]')).issues).toEqual([]);
  });

  it('a test suite is read the same way', () => {
    const suite = parseTestSuite('cases: &c\n  - { name: a, input: { x: *c }, grade: low }\n', 's.test.yaml');
    expect(suite).toEqual({ issues: [expect.objectContaining({ code: 'alias-limit', line: 2 })] });
  });
});

const cli = useCli();
const tmp = useTempDir();

describe('qgrade validate on a folder with such a file', () => {
  it('reports it and goes on to the next file', async () => {
    writeFileSync(join(tmp(), 'a-cyclic.yaml'), whenCycle);
    writeFileSync(join(tmp(), 'b-valid.yaml'), valid);
    const run = await cli.run(['--lang', 'zh', 'validate', tmp()]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a-cyclic.yaml:20:23: “*w”引用了包含它的值“&w”');
    expect(run.stderr).toContain('b-valid.yaml：通过');
    expect(run.stderr).toContain('检查了 2 个文件，发现 1 个问题');
  });
});
