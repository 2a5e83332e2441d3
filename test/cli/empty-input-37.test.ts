/**
 * Hostile-37 M1: an input of 0 bytes (file or stdin, CSV, NDJSON or JSON) graded "0 records" with exit 0, so a
 * failed step upstream passed a CI check, where an empty .xlsx was refused. Now every format refuses it alike:
 * exit 2, code `input`. A CSV of a header alone is still 0 records, exit 0; gradeSample keeps its `[]`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSample } from '../../src/browser';
import { createGrader, gradeFile, loadRuleSet, QgradeError } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

describe.concurrent('an empty input is refused in every format (hostile-37 M1)', () => {
  for (const format of ['csv', 'ndjson'])
    it(`stdin, -i ${format}: exit 2`, async () => {
      const run = await cli.run(['grade', '-r', AC, '-i', format, '-'], { input: '' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('stdin is empty (0 bytes)');
    });

  it('a 0-byte file: exit 2, nothing on stdout, zh and en; gradeFile throws code input', async () => {
    const path = join(temp(), 'empty.csv');
    writeFileSync(path, '');
    const run = await cli.run(['grade', '-r', AC, path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('empty.csv is empty (0 bytes): there is no record to grade');
    const zh = await cli.run(['grade', '-r', AC, path], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('empty.csv 是空的（0 字节）：没有可评级的记录');
    const grader = createGrader(await loadRuleSet(AC));
    const error = await (async () => {
      for await (const _ of gradeFile(grader, path));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QgradeError);
    expect((error as QgradeError).code).toBe('input');
    expect(await gradeSample(grader, '')).toEqual([]);
  });

  it('a CSV of a header alone is still 0 records, exit 0', async () => {
    const run = await cli.run(['grade', '-r', AC, '-'], {
      input: 'sampleId,unitType,ratedCoolingCapacity,apf\n',
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('0 records');
  });
});
