/**
 * hostile-36 F8: JSON `""` (or white space alone) under an indicator's own name is no value, as a blank CSV cell and
 * JSON `null` are: an optional indicator's record is graded (here not graded for want of the value its derived sum
 * reads), where `""` made it invalid ("must be a number, got \"\""); a required one's is "missing", as a blank is.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, parseRuleSet } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const RULES = `schemaVersion: 1
id: test/empty-text
version: 1.0.0
industry: test
subject: product
title: { zh: 空文本, en: Empty text }
references: [{ code: "TEST 1-2026", edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
indicators:
  a: { type: number, label: { zh: 甲, en: A } }
  c: { type: number, required: false, label: { zh: 丙, en: C } }
  k: { type: enum, values: [x, y], required: false, label: { zh: 类, en: Kind } }
derived:
  withOpt: { label: { zh: 和, en: Sum }, formula: a + c }
grades:
  - { id: good, label: { zh: 好, en: Good } }
criteria:
  - { id: sum, indicator: withOpt, require: "≤ 10" }
`;

describe('JSON "" under an indicator is no value (hostile-36 F8)', () => {
  const grader = createGrader(parseRuleSet(RULES, { filename: 'x.yaml' }));
  const brief = (r: GradeResult) => [r.grade, r.notGradedReason?.code, r.errors?.map((e) => e.code)];

  it('the API: "", white space alone and null read alike; a value is graded as before', () => {
    const none = brief(grader.gradeSync({ a: 1, c: null }));
    expect(none).toEqual([null, 'below-lowest-grade', undefined]);
    for (const c of ['', '   ', '\u3000', '\t'])
      expect(brief(grader.gradeSync({ a: 1, c, k: '' })), JSON.stringify(c)).toEqual(none);
    expect(grader.gradeSync({ a: 1, c: 2 }).grade).toBe('good');
    // Text that is not blank is still refused.
    expect(grader.gradeSync({ a: 1, c: 'x' }).errors?.[0]?.code).toBe('wrong-type');
    // A required indicator given "" is missing, as a blank cell is.
    const missing = grader.gradeSync({ a: '', c: 2 });
    expect(missing.errors?.map((e) => [e.field, e.code])).toEqual([['a', 'missing']]);
  });

  it('the CLI: an NDJSON "" grades as the CSV blank and the NDJSON null do', async () => {
    const dir = temp();
    const rules = join(dir, 'r.yaml');
    writeFileSync(rules, RULES);
    const ndjson = join(dir, 'r.ndjson');
    writeFileSync(ndjson, '{"a":1,"c":""}\n{"a":1,"c":null}\n{"a":1,"c":" "}\n');
    const csv = join(dir, 'r.csv');
    writeFileSync(csv, 'a,c\n1,\n');
    const rows = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .map((l) => {
          const r = JSON.parse(l) as GradeResult;
          return [r.grade, r.notGradedReason?.code, r.errors?.length ?? 0];
        });
    const json = await cli.run(['grade', '-r', rules, '-f', 'ndjson', ndjson]);
    expect(json.code, json.stderr).toBe(0);
    const fromCsv = await cli.run(['grade', '-r', rules, '-f', 'ndjson', csv]);
    expect(rows(json.stdout)).toEqual([
      ...rows(fromCsv.stdout),
      ...rows(fromCsv.stdout),
      ...rows(fromCsv.stdout),
    ]);
    expect(rows(json.stdout)[0]).toEqual([null, 'below-lowest-grade', 0]);
  });
});
