import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTestSuite } from '../../src/index';
import { tempDir } from '../temp-dir';

const RULES = new URL('../../rules/building-materials/', import.meta.url);

/** The bundled lot-grading suite beside a copy of its rule file in `dir/sub`, its `ruleSet:` written as `ruleSet`. */
function suiteIn(dir: string, ruleSet: string): string {
  const sub = join(dir, 'sub');
  mkdirSync(sub, { recursive: true });
  copyFileSync(new URL('cement-lot-grade.yaml', RULES), join(sub, 'lot.yaml'));
  const text = readFileSync(new URL('cement-lot-grade.test.yaml', RULES), 'utf8');
  const file = join(sub, 'lot.test.yaml');
  writeFileSync(file, text.replace('ruleSet: ./cement-lot-grade.yaml', `ruleSet: ${ruleSet}`));
  return file;
}

describe("a suite's ruleSet is relative to the suite, as its schema says (hostile-19 F7)", () => {
  it('lot.yaml without ./ is the file beside the suite, not one in the working directory', async () => {
    for (const ruleSet of ['lot.yaml', './lot.yaml', '../sub/lot.yaml']) {
      const suite = await runTestSuite(suiteIn(tempDir('suite-path'), ruleSet));
      expect(suite.error).toBeUndefined();
      expect(suite.ruleSet?.file).toMatch(/sub[/\\]lot\.yaml$/);
      expect(suite.cases.length).toBeGreaterThan(40);
      expect(suite.cases.every((c) => c.passed)).toBe(true);
    }
  });

  it('a bundled id stays a bundled id', async () => {
    const suite = await runTestSuite(suiteIn(tempDir('suite-path'), 'building-materials/cement-lot-grade'));
    expect(suite.error).toBeUndefined();
    expect(suite.ruleSet?.id).toBe('building-materials/cement-lot-grade');
    expect(suite.ruleSet?.file).not.toMatch(/sub[/\\]lot\.yaml$/);
  });

  it('a missing file beside the suite is named as the suite resolved it', async () => {
    const suite = await runTestSuite(suiteIn(tempDir('suite-path'), 'gone.yaml'));
    const text = suite.error?.issues.map((i) => i.text.en).join('\n') ?? '';
    expect(text).toContain('this suite\'s ruleSet "gone.yaml" does not load');
    expect(suite.error?.issues.map((i) => i.file).join(' ')).toMatch(/sub[/\\]gone\.yaml/);
  });
});
