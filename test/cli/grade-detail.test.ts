import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ROOT, resultSchemaErrors, useCli } from './cli-harness';

const cli = useCli();

const AC = 'home-appliances/room-air-conditioner-energy';
const REBAR = 'steel/hot-rolled-ribbed-bar';
/** Graded, not graded and one invalid record (no APF), with their model kept. */
const EXAMPLES = 'examples/room-air-conditioners.json';
const ZH_CSV = join(ROOT, 'examples/air-conditioners-zh.csv');

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: true, allowUnionTypes: true });
const validateBrief = ajv.compile(
  JSON.parse(readFileSync(join(ROOT, 'schemas/grade-result-grade.schema.json'), 'utf8')),
);

const lines = (text: string) => text.trimEnd().split('\n');

describe.concurrent('qgrade grade --detail', () => {
  it('full (the default): every line is exactly JSON.stringify of its result', async () => {
    for (const [rules, input, extra] of [
      [AC, EXAMPLES, []],
      [AC, ZH_CSV, ['--map', '额定制冷量=ratedCoolingCapacity']],
      [REBAR, 'examples/steel-rebar.json', []],
    ] as const) {
      const plain = await cli.run(['grade', '-r', rules, '-f', 'ndjson', ...extra, input]);
      const full = await cli.run(['grade', '-r', rules, '-f', 'ndjson', '--detail', 'full', ...extra, input]);
      expect(full.stdout).toBe(plain.stdout);
      expect(full.code).toBe(plain.code);
      for (const line of lines(full.stdout)) expect(line).toBe(JSON.stringify(JSON.parse(line)));
    }
  });

  it('failing: the full result with only the criteria that failed, miss a value or were not checked (no table row)', async () => {
    const full = lines((await cli.run(['grade', '-r', AC, '-f', 'ndjson', EXAMPLES])).stdout).map(
      (l) => JSON.parse(l) as GradeResult,
    );
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--detail',
      'failing',
      EXAMPLES,
    ]);
    expect(code).toBe(1);
    const failing = lines(stdout).map((l) => JSON.parse(l) as GradeResult);
    expect(failing).toHaveLength(full.length);
    failing.forEach((r, i) => {
      const f = full[i]!;
      expect(r).toEqual({
        ...f,
        criteria: f.criteria.filter(
          (c) => c.status === 'failed' || c.status === 'missing' || c.notChecked !== undefined,
        ),
      });
      expect(Object.keys(r)).toEqual(Object.keys(f));
      expect(resultSchemaErrors(r)).toEqual([]);
    });
    // Grade 2 (row 2) fails grade 1's APF minimum and passes the rest.
    expect(failing[1]!.grade).toBe('2');
    expect(failing[1]!.criteria.map((c) => c.id)).toEqual(['apf@1']);
    expect(full[1]!.criteria.length).toBeGreaterThan(5);
  });

  it('grade: row, kept columns, grade, label, and the reason when not graded', async () => {
    const full = lines((await cli.run(['grade', '-r', AC, '-f', 'ndjson', EXAMPLES])).stdout).map(
      (l) => JSON.parse(l) as GradeResult,
    );
    const { code, stdout, stderr } = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--detail',
      'grade',
      EXAMPLES,
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('8 records: 5 graded, 2 not graded, 1 invalid');
    const brief = lines(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(brief).toHaveLength(8);
    brief.forEach((r, i) => {
      const f = full[i]!;
      const expected: Record<string, unknown> = { row: i + 1, kept: f.kept, grade: f.grade, label: f.label };
      if (f.notGradedReason) expected.notGradedReason = f.notGradedReason;
      expect(r).toEqual(expected);
      expect(Object.keys(r)).toEqual(Object.keys(expected));
      expect(validateBrief(r), JSON.stringify(validateBrief.errors)).toBe(true);
    });
    expect(brief[0]).toMatchObject({ grade: '1', label: { zh: '1级', en: 'Grade 1' } });
    expect(brief[7]).toMatchObject({ grade: null, notGradedReason: { code: 'invalid-record' } });
    // Graded rows are written without their explanation: the summary (failing criteria too) is the same.
    for (const workers of ['1', '2']) {
      const args = ['grade', '-r', AC, '-f', 'ndjson', '-w', workers, EXAMPLES];
      const summary = (await cli.run(args)).stderr;
      expect(summary).toContain('most frequent failing criteria');
      expect((await cli.run([...args, '--detail', 'grade'])).stderr).toBe(summary);
    }
  });

  it('json writes the same shapes as an array', async () => {
    const nd = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--detail', 'grade', EXAMPLES]);
    const json = await cli.run(['grade', '-r', AC, '-f', 'json', '--detail', 'grade', EXAMPLES]);
    expect(JSON.parse(json.stdout)).toEqual(lines(nd.stdout).map((l) => JSON.parse(l)));
  });

  it('the same bytes on 2 workers as on one thread', async () => {
    for (const detail of ['failing', 'grade']) {
      const one = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--detail', detail, EXAMPLES]);
      const two = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--detail', detail, '-w', '2', EXAMPLES]);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it('is a usage error with other formats, and for an unknown level', async () => {
    const csv = await cli.run(['grade', '-r', AC, '-f', 'csv', '--detail', 'grade', EXAMPLES]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--detail grade is for -f json and -f ndjson');
    const bad = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--detail', 'some', EXAMPLES]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});
