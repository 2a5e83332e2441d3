import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTestSuite } from '../../src/index';

// Every bundled rule set's YAML suite (rules/**/*.test.yaml) passes, as `qgrade test` would report.
const rulesDir = new URL('../../rules/', import.meta.url).pathname;

function suites(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return suites(full);
    return name.endsWith('.test.yaml') ? [full] : [];
  });
}

describe('bundled rule-set test suites', () => {
  const files = suites(rulesDir);

  it('every bundled rule set has a suite', () => {
    const ruleFiles = readdirSync(rulesDir).flatMap((industry) =>
      readdirSync(join(rulesDir, industry)).filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml')),
    );
    expect(files.length).toBe(ruleFiles.length);
  });

  it.each(files.map((f) => [f.slice(rulesDir.length), f]))('%s passes', async (_, file) => {
    const suite = await runTestSuite(file);
    expect(suite.error?.message).toBeUndefined();
    const failures = suite.cases
      .filter((c) => !c.passed)
      .map((c) => `${file}:${c.line}: ${c.name}\n  ${c.problems.join('\n  ')}`);
    expect(failures).toEqual([]);
    expect(suite.cases.length).toBeGreaterThan(10);
  });
});
