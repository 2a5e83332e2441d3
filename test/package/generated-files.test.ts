import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript scripts without types
import { bundledRulesSource, OUT } from '../../scripts/build-bundled-rules.mjs';
// @ts-expect-error: plain JavaScript scripts without types
import { GENERATED, VALIDATORS, validatorSource } from '../../scripts/build-validators.mjs';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('generated files are up to date', () => {
  it.each(VALIDATORS as { schema: string; out: string }[])(
    '$out is generated from $schema as it stands (npm run build:validators)',
    ({ schema, out }) => {
      expect(read(out) === validatorSource(schema), `${out} is out of date`).toBe(true);
    },
  );

  it.each(GENERATED as { out: string; source: () => string }[])(
    '$out is generated from the rule-set schema and its Chinese help as they stand (npm run build:validators)',
    ({ out, source }) => {
      expect(read(out) === source(), `${out} is out of date`).toBe(true);
    },
  );

  it('the schema validators generate no code at run time and require nothing', () => {
    for (const { out } of VALIDATORS as { out: string }[]) {
      expect(/\brequire\(|new Function|\beval\(/.test(read(out))).toBe(false);
    }
  });

  it(`${OUT} holds every bundled rule file as it stands (npm run build:bundled)`, () => {
    expect(read(OUT as string) === bundledRulesSource(), `${OUT} is out of date`).toBe(true);
  });
});
