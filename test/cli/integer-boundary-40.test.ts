/**
 * hostile-40 W3: an `integer` indicator took a JSON number of 2^53 or more written with an exponent (`1e16`,
 * `1e20`, `2e53` in NDJSON were graded), while `10000000000000000` and CSV `1e16` were refused; and 2^53 itself was
 * refused as "beyond 2^53". The boundary is Number.isSafeInteger's: an integer below 2^53 is read, 2^53 or more is
 * refused (2^53 + 1 written reads as 2^53, so 2^53 cannot be told from it), the same in JSON, NDJSON and CSV, with
 * the same message; docs/cli.md says "any integer below 2^53".
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const RULES = `schemaVersion: 1
id: test/integer-boundary
version: 1.0.0
industry: test
subject: product
title: { zh: 整数边界, en: Integer boundary }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  x: { type: integer, label: { zh: 值, en: X } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: c, indicator: x, require: "≥ 0" }
`;

// 2^53 − 1, 2^53, 2^53 + 2, 1e16, 1e20, 2e53: only the first is read.
const NUMERALS = ['9007199254740991', '9007199254740992', '9007199254740994', '1e16', '1e20', '2e53'];
const TOO_LARGE = 'is an integer too large to be exact (2^53 or more)';

async function grade(format: 'json' | 'ndjson' | 'csv', text: string): Promise<GradeResult[]> {
  const dir = temp();
  writeFileSync(join(dir, 'r.yaml'), RULES);
  const input = join(dir, `in.${format}`);
  writeFileSync(input, text);
  const run = await cli.run(
    [
      'grade',
      '-r',
      join(dir, 'r.yaml'),
      '-f',
      'ndjson',
      '--detail',
      'grade',
      '--no-progress',
      '--no-summary',
      input,
    ],
    {},
  );
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);
}

function expectBoundary(results: GradeResult[]): void {
  expect(results.map((r) => r.grade)).toEqual(['ok', null, null, null, null, null]);
  for (const r of results.slice(1)) {
    expect(r.notGradedReason?.code).toBe('invalid-record');
    expect(r.notGradedReason?.message.en).toContain(TOO_LARGE);
    expect(r.notGradedReason?.message.zh).toContain('整数过大，无法精确表示（不小于 2^53）');
  }
}

describe('an integer indicator reads integers below 2^53 and refuses 2^53 or more', () => {
  it('in NDJSON', async () => {
    expectBoundary(await grade('ndjson', NUMERALS.map((n) => `{"x":${n}}\n`).join('')));
  });

  it('in a JSON array', async () => {
    expectBoundary(await grade('json', `[${NUMERALS.map((n) => `{"x":${n}}`).join(',')}]`));
  });

  it('in CSV', async () => {
    expectBoundary(await grade('csv', `x\n${NUMERALS.join('\n')}\n`));
  });

  it('a number indicator still reads 1e20', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'r.yaml'), RULES.replace('type: integer', 'type: number'));
    const run = await cli.run(
      [
        'grade',
        '-r',
        join(dir, 'r.yaml'),
        '-i',
        'ndjson',
        '-f',
        'ndjson',
        '--detail',
        'grade',
        '--no-progress',
        '-',
      ],
      { input: '{"x":1e20}\n' },
    );
    expect((JSON.parse(run.stdout) as GradeResult).grade).toBe('ok');
  });
});
