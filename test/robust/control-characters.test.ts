/**
 * Issue 12, defect 12: C1 controls (U+009B, which terminals read as CSI) and
 * bidirectional overrides (U+202E) in records and rule files never reach the
 * terminal raw: text output replaces them with U+FFFD, JSON output writes
 * them as \u escapes (the same data).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { ROOT, useCli, useTempDir } from '../cli/cli-harness';

const cli = useCli();
const temp = useTempDir();
const CSI = '\u009b';
const RLO = '\u202e';
const RAW = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;

function files(): { rules: string; csv: string } {
  const widget = readFileSync(join(ROOT, 'test/fixtures/valid/widget.yaml'), 'utf8').replace(
    'label: { zh: 尺寸, en: Size }',
    'label: { zh: "尺\\u202e寸", en: "Si\\u009b31mze" }',
  );
  const rules = join(temp(), 'widget.yaml');
  writeFileSync(rules, widget);
  const csv = join(temp(), 'records.csv');
  writeFileSync(
    csv,
    `model,kind,size,strength,load,safe,coating\nm${CSI}31m1,a,1${RLO}0,455,200,true,\nm2,c${CSI},10,455;460;470,200;210;220,true,\n`,
  );
  return { rules, csv };
}

describe('control characters never reach the terminal raw', () => {
  it.each(['table', 'markdown', 'csv'])('grade -f %s replaces them', async (format) => {
    const { rules, csv } = files();
    const r = await cli.run(['grade', '-r', rules, '-f', format, csv]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stdout).toContain('m\ufffd31m1');
    // The English terminal table gives an invalid record's reason too long for its column without the label after
    // the indicator's name (diff-46b): the Chinese table, which names by labels, shows it, replaced.
    if (format !== 'table') expect(r.stdout).toContain('Si\ufffd31mze');
    else {
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', rules, '-f', format, csv]);
      expect(zh.stdout).not.toMatch(RAW);
      expect(zh.stdout).toContain('尺\ufffd寸');
    }
  });

  it.each(['json', 'ndjson'])('grade -f %s escapes them, keeping the data', async (format) => {
    const { rules, csv } = files();
    const r = await cli.run(['grade', '-r', rules, '-f', format, csv]);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('\\u009b');
    const results: GradeResult[] =
      format === 'json'
        ? JSON.parse(r.stdout)
        : r.stdout
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
    expect(results).toHaveLength(2);
    expect(results[0]!.kept).toEqual({ model: `m${CSI}31m1` });
    expect(results[0]!.errors?.[0]?.message.en).toContain(`Si${CSI}31mze`);
  });

  it('grade --workers 2 replaces them too', async () => {
    const { rules, csv } = files();
    const r = await cli.run(['grade', '-r', rules, '--workers', '2', csv]);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('m\ufffd31m1');
  });

  it('explain (text) and validate messages replace them', async () => {
    const { rules, csv } = files();
    const explained = await cli.run(['explain', '-r', rules, '--row', '1', csv]);
    expect(explained.stdout + explained.stderr).not.toMatch(RAW);
    expect(explained.stdout + explained.stderr).toContain('\ufffd');
    const bad = join(temp(), 'bad.yaml');
    writeFileSync(
      bad,
      readFileSync(rules, 'utf8').replace('indicator: strength\n', 'indicator: "str\\u202eength"\n'),
    );
    const validated = await cli.run(['validate', bad]);
    expect(validated.code).toBe(1);
    expect(validated.stdout + validated.stderr).not.toMatch(RAW);
    // A value quoted in a message is escaped, as JSON writes it: what is shown is what is there.
    expect(validated.stdout + validated.stderr).toContain('"str\\u202eength"');
  });

  it('a usage error quoting an argument replaces them', async () => {
    const r = await cli.run(['grade', `--f${CSI}31m`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
  });
});
