/**
 * The negative side of the rule-file checks (unreachable limits, key rows,
 * YAML tags): the bundled rule sets and the examples are sound, so a new
 * check that warns about any of them reports something that is not wrong.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli } from '../cli/cli-harness';

const cli = useCli();

describe('the bundled rule sets and the examples', () => {
  it('validate with no problem, warnings included', async () => {
    // `*.test.yaml` is a test suite, not a rule set.
    const examples = readdirSync(join(ROOT, 'examples'))
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
      .map((f) => `examples/${f}`);
    const run = await cli.run(['validate', 'rules/', ...examples]);
    // Problems go to stdout, one per line; each file's "ok" and the count to stderr.
    expect(run.stdout).toBe('');
    const files = 8 + examples.length;
    expect(run.stderr.split('\n').filter((l) => l.endsWith(': ok'))).toHaveLength(files);
    expect(run.stderr).toContain(`${files} files checked, 0 problems`);
    expect(run.code).toBe(0);
  });
});
