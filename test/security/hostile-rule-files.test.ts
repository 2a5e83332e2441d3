import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, loadRuleSet, RULE_SET_ISSUE_CODES, type RuleSetError } from '../../src/index';
import { tempDir } from '../temp-dir';

const widget = readFileSync(new URL('../fixtures/valid/widget.yaml', import.meta.url), 'utf8');

/** The widget fixture with one derived formula replaced. */
function withFormula(formula: string): string {
  return widget.replace('formula: strength / load', `formula: ${JSON.stringify(formula)}`);
}

function codes(text: string): string[] {
  return checkRuleSet(text, { filename: 'hostile.yaml' }).issues.map((i) => i.code);
}

describe('hostile rule files get located errors, and no text from them ever runs as code', () => {
  it.each([
    'constructor',
    '__proto__',
    'process',
    'this',
    'strength.constructor',
    'strength.constructor.constructor("return process")()',
    'constructor.constructor("return this")().process.exit(1)',
    'eval("1")',
    'Function("return 1")()',
    'require("fs")',
    'globalThis.process',
    'strength["constructor"]',
    'limits["__proto__"]',
    '[1, 2]',
    '`x`',
    'strength = 1',
    'strength, load',
    'Math.max(strength, load)',
    'max(strength, load).toString()',
    'new Date()',
  ])('formula %s is rejected at its line', (formula) => {
    const { ruleSet, issues } = checkRuleSet(withFormula(formula), { filename: 'hostile.yaml' });
    expect(ruleSet).toBeUndefined();
    const line = widget.split('\n').findIndex((l) => l.includes('formula: strength / load')) + 1;
    expect(issues).toContainEqual(expect.objectContaining({ code: 'invalid-formula', line }));
  });

  it('limits written as formulas are held to the same whitelist', () => {
    const text = widget.replace(
      'require: "≤ 1.30 * nominal"',
      `require: '≤ process.mainModule.require("child_process")'`,
    );
    expect(text).not.toBe(widget);
    expect(codes(text)).toContain('invalid-requirement');
  });

  it('json-rules-engine conditions may not use path (JSONPath), params or named conditions', () => {
    const original = /condition:\n(?: {6}.*\n)+/;
    expect(widget).toMatch(original);
    const hatch = (condition: string) => widget.replace(original, `condition: ${condition}\n`);
    const attacks = [
      `{ fact: size, operator: equal, value: 1, path: "$..[?(@.constructor.constructor('return process')().exit(1))]" }`,
      `{ fact: size, operator: equal, value: { fact: kind, path: "$..[?(@.a)]" } }`,
      `{ fact: size, operator: equal, value: 1, params: { x: 1 } }`,
      `{ condition: shared }`,
      `{ fact: size, operator: regex, value: "(a+)+$" }`,
      `{ fact: size, operator: matches, value: ".*" }`,
    ];
    for (const a of attacks) {
      const { ruleSet, issues } = checkRuleSet(hatch(a), { filename: 'hostile.yaml' });
      expect(ruleSet, a).toBeUndefined();
      expect(issues.length, a).toBeGreaterThan(0);
      expect(issues.every((i) => i.line > 0)).toBe(true);
    }
  });

  it('json-rules-engine resolves JSONPath only with a patched jsonpath-plus, and qgrade never gives it a path', async () => {
    const installed = JSON.parse(
      readFileSync(new URL('../../node_modules/jsonpath-plus/package.json', import.meta.url), 'utf8'),
    );
    const [major, minor] = installed.version.split('.').map(Number);
    expect(major === 10 ? minor >= 4 : major > 10).toBe(true);
    const { createGrader } = await import('../../src/index');
    const grader = createGrader(checkRuleSet(widget).ruleSet!, { engine: 'json-rules-engine' });
    expect(JSON.stringify(grader.rules)).not.toContain('"path"');
  });

  it('no operator takes a regular expression, so none can backtrack', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/ruleset.schema.json', import.meta.url), 'utf8'),
    );
    const operators: string[] = schema.$defs.jreCondition.properties.operator.enum;
    expect(operators.some((o) => /regex|match|pattern/i.test(o))).toBe(false);
  });

  it('unknown keys, duplicate keys and YAML tags are errors', () => {
    expect(
      codes(widget.replace('comparison: rounded\n', 'comparison: rounded\nevaluate: "process.exit()"\n')),
    ).toContain('schema');
    expect(
      codes(widget.replace('comparison: rounded\n', 'comparison: rounded\ncomparison: full\n')),
    ).toContain('duplicate-key');
    expect(
      codes(widget.replace('formula: strength / load', 'formula: !!js/function "function(){ return 1 }"')),
    ).toContain('yaml-syntax');
  });

  it('an oversized file is refused before it is read whole', async () => {
    const dir = tempDir('hostile');
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `${widget}\n# ${'x'.repeat(3 * 1024 * 1024)}\n`);
    await expect(loadRuleSet(big)).rejects.toSatisfy(
      (e: RuleSetError) => e.issues[0]?.code === 'file-too-large',
    );
    await expect(loadRuleSet(big, { limits: { maxBytes: 4 * 1024 * 1024 } })).resolves.toBeDefined();
    expect(codes(`${widget}\n# ${'x'.repeat(100)}`)).toEqual([]);
  });

  it('random bytes and random text never escape as an untyped error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')),
        ),
        (text) => {
          const { issues } = checkRuleSet(text, { filename: 'random.yaml' });
          expect(issues.length).toBeGreaterThan(0);
          for (const i of issues) expect(RULE_SET_ISSUE_CODES).toContain(i.code);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });
});
