/**
 * The check that `qgrade diff -f json` and `diffRuleSets` follow schemas/rule-set-diff.schema.json: compiled
 * once here, for every diff test that reads such JSON, so they all hold it to the same schema and options.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Whether a value follows the rule-set diff schema; after a `false`, `validateDiff.errors` says where not.
 *
 * @example
 * const diff = JSON.parse((await cli.run(['diff', '-f', 'json', a, b])).stdout);
 * expect(validateDiff(diff), JSON.stringify(validateDiff.errors)).toBe(true);
 */
export const validateDiff = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: true,
  allowUnionTypes: true,
}).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/rule-set-diff.schema.json'), 'utf8')));
