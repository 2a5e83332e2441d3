import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ROOT, type RunResult, useCli, useTempDir } from '../cli/cli-harness';

// Hostile rule files and records tried from the command line, as issue 6 asks: each ends in exit 1 or 2 with a
// message, never a stack trace, and a batch keeps every row.
const cli = useCli();
const tmp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const widget = readFileSync(join(ROOT, 'test/fixtures/valid/widget.yaml'), 'utf8');

/** A V8 stack frame, as printed by an uncaught error: "    at fn (file.js:10:5)". */
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

function expectNoStack(run: RunResult): void {
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stdout).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError): /);
}

function write(name: string, content: string | Buffer): string {
  const file = join(tmp(), name);
  writeFileSync(file, content);
  return file;
}

function aliasBomb(): string {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  return `${levels.join('\n')}\n`;
}

const HOSTILE_RULE_FILES: [name: string, content: () => string | Buffer, expected: RegExp][] = [
  ['alias-bomb', aliasBomb, /alias/i],
  ['deep-nesting', () => `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, /nesting/i],
  ['too-large', () => `${widget}\n# ${'x'.repeat(3 * 1024 * 1024)}\n`, /limit is 2097152/],
  ['random-bytes', () => randomBytes(4096), /:\d+:\d+: /],
  [
    'duplicate-key',
    () => widget.replace('comparison: rounded\n', 'comparison: rounded\ncomparison: full\n'),
    /duplicate key/i,
  ],
  [
    'unknown-key',
    () => widget.replace('comparison: rounded\n', 'comparison: rounded\nevaluate: "process.exit(3)"\n'),
    /evaluate/,
  ],
  [
    'formula-constructor',
    () =>
      widget.replace(
        'formula: strength / load',
        `formula: 'strength.constructor.constructor("return process")().exit(3)'`,
      ),
    /formula/i,
  ],
  ['formula-proto', () => widget.replace('formula: strength / load', 'formula: __proto__'), /__proto__/],
  [
    'formula-process',
    () => widget.replace('formula: strength / load', 'formula: process.exit(3)'),
    /formula/i,
  ],
  [
    'jsonpath',
    () =>
      widget.replace(
        /condition:\n(?: {6}.*\n)+/,
        `condition: { fact: size, operator: equal, value: 1, path: "$..[?(@.constructor.constructor('return process')().exit(3))]" }\n`,
      ),
    /path/,
  ],
  [
    'js-tag',
    () =>
      widget.replace('formula: strength / load', 'formula: !!js/function "function(){ process.exit(3) }"'),
    /tag/i,
  ],
  ['empty', () => '', /:\d+:\d+: /],
];

describe('hostile rule files from the command line', () => {
  it('the widget fixture the mutations start from is valid', async () => {
    const run = await cli.run(['validate', write('widget.yaml', widget)]);
    expect(run.stdout + run.stderr).toMatch(/0 problems/);
    expect(run.code).toBe(0);
  });

  it.each(HOSTILE_RULE_FILES)(
    '%s: validate exits 1 with a located message; grade exits 2',
    async (name, content, expected) => {
      const text = content();
      if (typeof text === 'string') expect(text).not.toBe(widget);
      const file = write(`${name}.yaml`, text);
      const validate = await cli.run(['validate', file]);
      expect(validate.code).toBe(1);
      expect(validate.stdout + validate.stderr).toMatch(expected);
      expect(validate.stdout).toContain(`${name}.yaml`);
      expectNoStack(validate);

      const grade = await cli.run(['grade', '--rules', file, '-'], { input: '{"strength": 1}\n' });
      expect(grade.code).toBe(2);
      expect(grade.stderr).toMatch(expected);
      expect(grade.stdout).toBe('');
      expectNoStack(grade);
    },
  );
});

describe('hostile records from the command line', () => {
  let lastRun: RunResult;
  /** Grades input as NDJSON output, expecting exit 1 (some rows invalid) and no stack trace; the rows, parsed. */
  async function gradeNdjson(args: string[], input: string): Promise<GradeResult[]> {
    lastRun = await cli.run(['grade', '--rules', AC, '--format', 'ndjson', ...args], { input });
    expect(lastRun.code).toBe(1);
    expectNoStack(lastRun);
    return lastRun.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as GradeResult);
  }

  const good = '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.2}';

  it('NDJSON: prototype keys, odd numerals, broken lines, huge values — one row each, none graded through a trick', async () => {
    const lines = [
      '{"__proto__":{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.2}}',
      '{"constructor":{"prototype":{"apf":9}},"unitType":"heat-pump","ratedCoolingCapacity":3500}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":1e999}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":"0x10","apf":5.2}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":"３５００","apf":5.2}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":"3,500","apf":5.2}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":{"valueOf":9}}',
      `{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.2,"deep":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
      `{"unitType":"${'x'.repeat(2 * 1024 * 1024)}","ratedCoolingCapacity":3500,"apf":5.2}`,
      'not json at all',
      '[1, 2]',
      'null',
      '{"unitType":"heat-pump"',
      `${good.slice(0, -1)},"extra":"ignored"}`,
      good,
    ];
    const rows = await gradeNdjson(['-'], `${lines.join('\n')}\n`);
    expect(rows.map((r) => r.row)).toEqual(lines.map((_, i) => i + 1));
    // Deep nesting in a field the rule set does not name is read and ignored (row 8), like any extra field.
    const graded = rows.filter((r) => r.grade !== null).map((r) => r.row);
    expect(graded).toEqual([8, lines.length - 1, lines.length]);
    for (const r of rows.filter((r) => r.grade === null)) {
      expect(r.notGradedReason?.code).toBe('invalid-record');
      expect(r.errors?.length).toBeGreaterThan(0);
      for (const e of r.errors ?? []) expect(e.message.en).toMatch(/\S/);
    }
    expect(lastRun.stderr).toMatch(
      `${lines.length} records: 3 graded, 0 not graded, ${lines.length - 3} invalid`,
    );
  });

  it('CSV: non-finite numbers and odd notations are error rows naming the field; full-width digits and spaces are read', async () => {
    const csv = [
      'unitType,ratedCoolingCapacity,apf',
      'heat-pump,0x10,5.2',
      'heat-pump,1e999,5.2',
      'heat-pump,NaN,5.2',
      'heat-pump,-Infinity,5.2',
      'heat-pump,"3,500",5.2',
      'heat-pump,３５００,５.２',
      'heat-pump, 3500 ,5.2',
      'heat-pump,3500',
      'heat-pump,3500,5.2,extra',
      '__proto__,3500,5.2',
    ].join('\n');
    const rows = await gradeNdjson(['-i', 'csv', '-'], `${csv}\n`);
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.grade)).toEqual([null, null, null, null, null, '1', '1', null, null, null]);
    expect(rows.slice(0, 5).map((r) => r.errors?.[0]?.field)).toEqual(Array(5).fill('ratedCoolingCapacity'));
    expect(rows[9]?.errors?.[0]?.field).toBe('unitType');
  });

  it('--max-record-length sets the longest row read: a longer one is an error row, the rest are graded', async () => {
    const long = `{"unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":5.2,"note":"${'x'.repeat(200)}"}`;
    const rows = await gradeNdjson(['--max-record-length', '150', '-'], `${good}\n${long}\n${good}\n`);
    expect(rows.map((r) => r.grade)).toEqual(['1', null, '1']);
    expect(rows[1]?.errors?.[0]?.message.en).toBe(
      'line 2 cannot be read: it is longer than the limit of 150 characters',
    );
    const csv = `unitType,ratedCoolingCapacity,apf,note\nheat-pump,3500,5.2,${'y'.repeat(200)}\nheat-pump,3500,5.2,short\n`;
    const csvRows = await gradeNdjson(['--max-record-length', '150', '-i', 'csv', '-'], csv);
    expect(csvRows.map((r) => r.grade)).toEqual([null, '1']);
    for (const bad of ['0', '-5', 'lots', '1.5']) {
      const run = await cli.run(['grade', '--rules', AC, '--max-record-length', bad, '-'], { input: good });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--max-record-length must be a whole number/);
      expectNoStack(run);
    }
  });

  it('an empty input is a message, exit 2, stdin and a JSON file alike (hostile-37 M1)', async () => {
    const empty = await cli.run(['grade', '--rules', AC, '--format', 'ndjson', '-i', 'csv', '-'], {
      input: '',
    });
    expect(empty.code).toBe(2);
    expect(empty.stdout).toBe('');
    expect(empty.stderr).toMatch(/stdin is empty \(0 bytes\)/);
    const json = await cli.run(['grade', '--rules', AC, write('empty.json', '')]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/empty\.json is empty \(0 bytes\)/);
    expectNoStack(json);
  });

  it('a deeply nested JSON array is an error row, not a crash', async () => {
    const run = await cli.run([
      'grade',
      '--rules',
      AC,
      '--format',
      'ndjson',
      write('deep.json', `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`),
    ]);
    expect(run.code).toBe(1);
    expectNoStack(run);
    expect(JSON.parse(run.stdout).notGradedReason.code).toBe('invalid-record');
  });

  it('--debug is what shows a stack trace', async () => {
    const file = write('missing-rules.ndjson', `${good}\n`);
    const quiet = await cli.run(['grade', '--rules', 'no/such-rule-set', file]);
    expect(quiet.code).toBe(2);
    expectNoStack(quiet);
    const debug = await cli.run(['--debug', 'grade', '--rules', 'no/such-rule-set', file]);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });
});
