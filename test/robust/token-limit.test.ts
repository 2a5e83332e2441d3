/**
 * The token limit at its default (400,000), through the API and a --map-file:
 * a file at the limit is read, one token more is refused where that token
 * is. Files of 400,000 tokens take the parser seconds, so this file is in
 * the slow list (vitest.config.ts); the limit's wording and small limits are
 * tested in test/load/source-document.test.ts. Timings are not asserted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, DEFAULT_SOURCE_LIMITS } from '../../src/index';
import { ROOT, useCli, useTempDir } from '../cli/cli-harness';

const cli = useCli();
const temp = useTempDir();
const SLOW = 120_000;

/** `x: [1,1,…]` of `n` items then `tail`: x : [ and the items with their commas and ] are 2n + 3 tokens. */
const flowList = (n: number, tail: string) => `x: [${Array(n).fill('1').join(',')}]\n${tail}`;

describe('the default token limit', () => {
  it(
    'a rule file of exactly 400,000 tokens is read; with one more (an anchor) it is refused at the 400,001st',
    () => {
      expect(DEFAULT_SOURCE_LIMITS.maxTokens).toBe(400_000);
      // 2 × 199,997 + 3 + "y : z" = 400,000.
      const at = checkRuleSet(flowList(199_997, 'y: z\n'), { filename: 'at.yaml' });
      expect(at.issues.map((i) => i.code)).not.toContain('token-limit');
      expect(at.issues.length).toBeGreaterThan(0); // not a rule set, but read: the schema tells what is missing
      const over = checkRuleSet(flowList(199_997, 'y: &a z\n'), { filename: 'over.yaml' });
      // `&a` is the 400,000th token, `z` after it the 400,001st.
      expect(over.issues).toMatchObject([{ code: 'token-limit', line: 2, column: 7 }]);
    },
    SLOW,
  );

  it(
    'a --map-file of a million items is refused at its 400,001st token, located, exit 2',
    async () => {
      const file = join(temp(), 'many.yaml');
      writeFileSync(file, flowList(1_000_000, ''));
      const { code, stderr } = await cli.run([
        'grade',
        '-r',
        'home-appliances/room-air-conditioner-energy',
        '--map-file',
        file,
        join(ROOT, 'examples/air-conditioners-zh.csv'),
      ]);
      expect(code).toBe(2);
      // The 400,001st token is the comma after the 199,999th item, at offset 3 + 2 × 199,999.
      expect(stderr).toContain(`${file}:1:400002: the file has more than 400,000 YAML tokens`);
    },
    SLOW,
  );
});
