/**
 * How sure a rule set's figures are reaches whoever reads a grade: `explain`
 * says the provenance under its header and each criterion's `note` under its
 * line; `grade` says it once after the summary on stderr (stdout stays the
 * table or the data), after a Markdown table, and in a row of the workbook's
 * summary sheet. A `sourced` rule set needs no warning, and the data outputs
 * (JSON, NDJSON, CSV, explain -f json) are as they were.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, loadRuleSet } from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { useCli } from './cli-harness';

const cli = useCli();
const dir = mkdtempSync(join(tmpdir(), 'qgrade-provenance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small ladder: a grade table of strength limits (the `B` column noted), and an elongation limit noted. */
function ruleFile(level: string, note: { zh: string; en: string }): string {
  const file = join(dir, `${level}.yaml`);
  writeFileSync(
    file,
    `schemaVersion: 1
id: test/provenance-${level}
version: 1.0.0
industry: test
subject: product
title: { zh: 来源测试, en: Ladder test }
references:
  - { code: TEST 7-2026, edition: "2026" }
provenance:
  level: ${level}
  note:
    zh: >-
      强度限值取自标准表 2。
      伸长率限值凭记忆。
    en: ${note.en}
indicators:
  size: { type: number, unit: mm, label: { zh: 尺寸, en: Size } }
  strength: { type: number, unit: MPa, label: { zh: 强度, en: Strength } }
  elongation: { type: number, unit: "%", label: { zh: 伸长率, en: Elongation } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
  - { id: B, label: { zh: 良好, en: Good } }
tables:
  strengthLimits:
    keys: [size]
    columns: [size, C, B]
    rows:
      - ["(0, 50]", 400, 450]
criteria:
  - id: strength
    indicator: strength
    require: "≥ strengthLimits"
    note: { zh: ${note.zh}, en: ${note.en} }
  - { id: elongation, indicator: elongation, require: "≥ 16.0" }
`,
  );
  return file;
}

const UNVERIFIED = ruleFile('unverified', { zh: '表 2 未核对', en: 'Table 2 not checked' });
const SOURCED = ruleFile('sourced', { zh: '表 2', en: 'Table 2' });
const RECORD = '{"size":20,"strength":430,"elongation":18}';
const ROWS = 'size,strength,elongation\n20,430,18\n20,390,18\n';

describe('explain', () => {
  it('says an unverified rule set’s provenance under its header, the note’s lines joined, in zh and en', async () => {
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', UNVERIFIED, '--record', RECORD]);
    expect(zh.code).toBe(0);
    const zhLines = zh.stdout.split('\n');
    expect(zhLines[0]).toBe('来源测试 — TEST 7-2026（test/provenance-unverified 1.0.0）');
    expect(zhLines[1]).toBe('数值来源：未核实。强度限值取自标准表 2。伸长率限值凭记忆。');
    expect(zhLines[2]).toBe('等级：合格');
    const en = await cli.run(['--lang', 'en', 'explain', '-r', UNVERIFIED, '--record', RECORD]);
    const enLines = en.stdout.split('\n');
    expect(enLines[1]).toBe('Provenance: not verified. Table 2 not checked');
    expect(enLines[2]).toBe('Grade: C (Conforming)');
  });

  it('puts a criterion’s note once in the list, under the first of its requirements that fails, and under the blocker it makes', async () => {
    const zh = (await cli.run(['--lang', 'zh', 'explain', '-r', UNVERIFIED, '--record', RECORD])).stdout;
    expect(zh).toContain(
      [
        '  ✓ 强度：430 MPa，满足 ≥ 400 MPa（合格）',
        '  ✗ 强度：430 MPa，不满足 ≥ 450 MPa（良好）',
        '    注：表 2 未核对',
        '  ✓ 伸长率：18.0 %，满足 ≥ 16.0 %（合格）',
        '距良好：',
        '  → 强度：430 MPa，不满足 ≥ 450 MPa（良好）',
        '    注：表 2 未核对',
      ].join('\n'),
    );
    expect(zh.match(/注：/g)).toHaveLength(2);
    const en = (await cli.run(['--lang', 'en', 'explain', '-r', UNVERIFIED, '--record', RECORD])).stdout;
    expect(en).toMatch(
      /\n {2}✗ Strength: 430 MPa does not meet ≥ 450 MPa \(Good\)\n {4}Note: Table 2 not checked\n/,
    );
    expect(en).toMatch(
      /\nTo reach Good:\n {2}→ Strength: 430 MPa does not meet ≥ 450 MPa \(Good\)\n {4}Note: Table 2 not checked\n {4}20 MPa short\n?$/,
    );
    expect(en.match(/Note: /g)).toHaveLength(2);
    // A record that fails none of them has the note under the first.
    const strong = (
      await cli.run(['--lang', 'en', 'explain', '-r', UNVERIFIED, '--record', RECORD.replace('430', '460')])
    ).stdout;
    expect(strong).toMatch(
      /\n {2}✓ Strength: 460 MPa meets ≥ 400 MPa \(Conforming\)\n {4}Note: Table 2 not checked\n/,
    );
    expect(strong.match(/Note: /g)).toHaveLength(1);
  });

  it('says nothing of a sourced rule set’s provenance: the header, then the grade', async () => {
    for (const lang of ['zh', 'en']) {
      const { stdout } = await cli.run(['--lang', lang, 'explain', '-r', SOURCED, '--record', RECORD]);
      const lines = stdout.split('\n');
      expect(lines[0]).toContain('test/provenance-sourced 1.0.0');
      expect(lines[1]).toMatch(/^(等级：合格|Grade: C \(Conforming\))$/);
      expect(stdout).not.toMatch(/数值来源|Provenance/);
      // The criterion's note is the file's, whatever the rule set's level.
      expect(stdout).toContain(lang === 'zh' ? '    注：表 2\n' : '    Note: Table 2\n');
    }
  });

  it('-f json is the result as the library gives it: the provenance level, not its note', async () => {
    const { stdout } = await cli.run(['explain', '-r', UNVERIFIED, '-f', 'json', '--record', RECORD]);
    const grader = createGrader(await loadRuleSet(UNVERIFIED));
    const expected: GradeResult = { ...grader.gradeSync(JSON.parse(RECORD)), row: 1 };
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(JSON.parse(stdout).ruleSet.provenance).toBe('unverified');
    expect(stdout).not.toMatch(/未核实|not verified|not checked/);
  });

  it('the lot grading of cement says which GB 175 items it does not judge (sweep-tables finding 7)', async () => {
    const record = JSON.stringify({
      strengthClass: '42.5',
      compressive3d: 23,
      compressive28d: 48,
      initialSetting: 100,
      finalSetting: 300,
    });
    const r = ['explain', '-r', 'building-materials/cement-lot-grade', '--record', record];
    const zh = (await cli.run(['--lang', 'zh', ...r])).stdout.split('\n');
    expect(zh[1]).toMatch(/^数值来源：示例数值，非标准规定。/);
    expect(zh[1]).toContain('不判 GB 175 的抗折强度、安定性和化学指标');
    expect(zh[1]).toContain('“合格品”不是 GB 175 合格结论');
    const en = (await cli.run(['--lang', 'en', ...r])).stdout.split('\n');
    expect(en[1]).toMatch(/^Provenance: illustrative, not a standard’s figures\. /);
    expect(en[1]).toContain("GB 175's flexural strength, soundness and chemistry");
    expect(en[1]).toContain('"Conforming" is not a GB 175 conformity verdict');
    // Under the final setting times of first class (≤ 480 min) and superior (≤ 390 min), the invented figures.
    expect(zh.filter((l) => l === '    注：示例数值')).toHaveLength(2);
  });
});

describe('grade', () => {
  const grade = (rules: string, ...args: string[]) =>
    cli.run(['--lang', 'zh', 'grade', '-r', rules, ...args, '-i', 'csv', '-'], { input: ROWS });

  it('table: stdout is the table alone; the provenance closes the summary on stderr, once', async () => {
    const { stdout, stderr } = await grade(UNVERIFIED);
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(stdout).not.toContain('数值来源');
    const err = stderr.trimEnd().split('\n');
    expect(err.at(-1)).toBe('数值来源：未核实。强度限值取自标准表 2。伸长率限值凭记忆。');
    expect(stderr.match(/数值来源/g)).toHaveLength(1);
    // With --no-summary, stderr says nothing of it either.
    expect((await grade(UNVERIFIED, '--no-summary')).stderr).not.toContain('数值来源');
    expect((await grade(SOURCED)).stderr).not.toContain('数值来源');
  });

  it('markdown: the provenance after the table, quoted, once; nothing for a sourced rule set', async () => {
    const { stdout } = await grade(UNVERIFIED, '-f', 'markdown');
    const lines = stdout.split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[3]).toMatch(/^\| 2 \| 不分级 \| /);
    expect(lines.slice(4)).toEqual(['', '> 数值来源：未核实。强度限值取自标准表 2。伸长率限值凭记忆。', '']);
    const sourced = (await grade(SOURCED, '-f', 'markdown')).stdout;
    expect(sourced.split('\n')).toHaveLength(5);
    expect(sourced).not.toContain('数值来源');
  });

  it('json and ndjson name the level in ruleSet.provenance, not the note; csv has no rule-set column', async () => {
    for (const format of ['json', 'ndjson', 'csv']) {
      const unverified = (await grade(UNVERIFIED, '-f', format)).stdout;
      const sourced = (await grade(SOURCED, '-f', format)).stdout;
      expect(unverified).not.toMatch(/数值来源|未核实|凭记忆/);
      // The two rule sets differ in id and provenance only; their results only in the id and the level they name.
      const levels = unverified.match(/"provenance": ?"unverified"/g) ?? [];
      expect(levels).toHaveLength(format === 'csv' ? 0 : 2);
      expect(
        unverified
          .replaceAll('provenance-unverified', 'provenance-sourced')
          .replaceAll(/("provenance": ?)"unverified"/g, '$1"sourced"'),
      ).toBe(sourced);
    }
  });

  it('the workbook’s summary sheet has a row 数值来源 / Provenance: the level in words and the note', async () => {
    for (const [lang, row] of [
      ['zh', ['数值来源', '未核实', null, '强度限值取自标准表 2。伸长率限值凭记忆。']],
      ['en', ['Provenance', 'not verified', null, 'Table 2 not checked']],
    ] as const) {
      const out = join(dir, `graded-${lang}.xlsx`);
      const run = await cli.run(
        ['--lang', lang, 'grade', '-r', UNVERIFIED, '-i', 'csv', '-f', 'xlsx', '-o', out, '-'],
        {
          input: ROWS,
        },
      );
      expect(run.code).toBe(0);
      const summary = (await readBack(readFileSync(out)))[1]!;
      expect(summary.rows.at(-2)![0]).toBe(lang === 'zh' ? '规则集' : 'Rule set');
      expect(summary.rows.at(-1)).toEqual(row);
    }
    const out = join(dir, 'graded-sourced.xlsx');
    await cli.run(['grade', '-r', SOURCED, '-i', 'csv', '-f', 'xlsx', '-o', out, '-'], { input: ROWS });
    expect((await readBack(readFileSync(out)))[1]!.rows.at(-1)).toEqual([
      'Provenance',
      'checked against the standard’s text',
      null,
      'Table 2',
    ]);
  });

  it('--group-by: the provenance closes the groups’ summary on stderr', async () => {
    const input =
      'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting\nM,42.5,23,48,100,300\n';
    const { stdout, stderr } = await cli.run(
      [
        '--lang',
        'en',
        'grade',
        '-r',
        'building-materials/cement-lot-grade',
        '--group-by',
        'lot',
        '-i',
        'csv',
        '-',
      ],
      { input },
    );
    expect(stdout).not.toContain('Provenance');
    const err = stderr.trimEnd().split('\n');
    expect(err.at(-2)).toMatch(/^1 group: /);
    expect(err.at(-1)).toMatch(
      /^Provenance: illustrative, not a standard’s figures\. .*not a GB 175 conformity verdict/,
    );
  });
});
