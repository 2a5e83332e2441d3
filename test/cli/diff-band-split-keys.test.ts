/**
 * A band split (and its mirror, a merge) in a table keyed by a category and a band, as GB/T 1591's yield table
 * is (designation × thickness, committee-33 F1): within the same designation(s), adjacent band rows covering
 * A's row exactly are one `row-split` entry without a direction plus each new row's changed cells, as for a
 * table keyed by the band alone; compare credits a record to the cell of its own new row, not to a removed
 * row and two added ones. The figures are a test draft's, not the standard's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { diffJson, tableEntries } from './diff-json';

const cli = useCli();
const temp = useTempDir();

/** A rule set whose yield table has `rows` (YAML flow rows), keyed by [designation, thickness]. */
function ruleSet(dir: string, name: string, rows: string[]): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `schemaVersion: 1
id: steel/split-${name}
version: 1.0.0
industry: steel
subject: product
title: { zh: 分档测试, en: Split test }
references:
  - { code: TEST, title: { zh: 测试, en: test }, edition: "2024" }
provenance: { level: illustrative, note: { zh: 测试, en: test } }
indicators:
  designation: { type: enum, values: [Q355, Q390], label: { zh: 牌号, en: Designation } }
  thickness: { type: number, unit: mm, label: { zh: 厚度, en: Thickness } }
  yieldStrength: { type: number, unit: MPa, label: { zh: 屈服强度, en: Yield } }
grades:
  - { id: ok, label: { zh: 合格, en: Conforming } }
tables:
  yieldMin:
    keys: [designation, thickness]
    columns: [designation, thickness, value]
    rows:
${rows.map((r) => `      - ${r}`).join('\n')}
criteria:
  - { id: yield-strength, indicator: yieldStrength, require: "≥ yieldMin.value" }
`,
  );
  return file;
}

/** A: `key` (16, 40] 345; B: split at 25 mm, (16, 25] 350 and (25, 40] 345. Q390 rows the same in both; `name` keeps the files of tests run at once apart. */
function editions(dir: string, key: string, name: string): { a: string; b: string } {
  const q390 = ['[Q390, "≤ 16", 390]', '[Q390, "(16, 40]", 380]'];
  const a = ruleSet(dir, `${name}-a`, [
    `[${key}, "≤ 16", 355]`,
    `[${key}, "(16, 40]", 345]`,
    `[${key}, "(40, 63]", 335]`,
    ...q390,
  ]);
  const b = ruleSet(dir, `${name}-b`, [
    `[${key}, "≤ 16", 355]`,
    `[${key}, "(16, 25]", 350]`,
    `[${key}, "(25, 40]", 345]`,
    `[${key}, "(40, 63]", 335]`,
    ...q390,
  ]);
  return { a, b };
}

describe.concurrent('qgrade diff / compare: a band split in a table keyed by designation and thickness', () => {
  it('diff: one row-split entry and the stricter cell of the new row (one designation)', async () => {
    const { a, b } = editions(temp(), 'Q355', 'one');
    const diff = await diffJson(cli, a, b);
    expect(tableEntries(diff)).toEqual([
      [
        'split:yieldMin[Q355 / (16, 40]]',
        'row-split',
        'Q355 / (16, 40]',
        'Q355 / (16, 25], Q355 / (25, 40]',
        null,
      ],
      ['cell:yieldMin[Q355 / (16, 25]][value]', 'cell-changed', '345', '350', 'stricter'],
    ]);
    expect(diff.counts).toMatchObject({ stricter: 1, looser: 0 });
    const en = await cli.run(['diff', a, b]);
    expect(en.stdout).toContain(
      'row Q355 / (16, 40] split into Q355 / (16, 25] and Q355 / (25, 40], each new row compared with it cell by cell; Q355 / (25, 40] sets the same limits',
    );
    const zh = await cli.run(['--lang', 'zh', 'diff', a, b]);
    expect(zh.stdout).not.toMatch(/新增行|删除行/);
  });

  it('diff: the same with a list key [Q355, Q390]; the merge (diff B A) is its mirror', async () => {
    const dir = temp();
    const a = ruleSet(dir, 'list-a', ['[[Q355, Q390], "≤ 16", 355]', '[[Q355, Q390], "(16, 40]", 345]']);
    const b = ruleSet(dir, 'list-b', [
      '[[Q355, Q390], "≤ 16", 355]',
      '[[Q355, Q390], "(16, 25]", 350]',
      '[[Q355, Q390], "(25, 40]", 345]',
    ]);
    expect(tableEntries(await diffJson(cli, a, b))).toEqual([
      [
        'split:yieldMin[[Q355, Q390] / (16, 40]]',
        'row-split',
        '[Q355, Q390] / (16, 40]',
        '[Q355, Q390] / (16, 25], [Q355, Q390] / (25, 40]',
        null,
      ],
      ['cell:yieldMin[[Q355, Q390] / (16, 25]][value]', 'cell-changed', '345', '350', 'stricter'],
    ]);
    expect(tableEntries(await diffJson(cli, b, a))).toEqual([
      [
        'merge:yieldMin[[Q355, Q390] / (16, 40]]',
        'row-merged',
        '[Q355, Q390] / (16, 25], [Q355, Q390] / (25, 40]',
        '[Q355, Q390] / (16, 40]',
        null,
      ],
      ['cell:yieldMin[[Q355, Q390] / (16, 25]][value]', 'cell-changed', '350', '345', 'looser'],
    ]);
  });

  it('diff: rows of another designation are not pieces of the split', async () => {
    const dir = temp();
    // B splits Q355's row, but its (25, 40] row is Q390's: no cover within Q355, so a row goes and rows come.
    const a = ruleSet(dir, 'other-a', ['[Q355, "(16, 40]", 345]']);
    const b = ruleSet(dir, 'other-b', ['[Q355, "(16, 25]", 350]', '[Q390, "(25, 40]", 345]']);
    expect(tableEntries(await diffJson(cli, a, b)).map((e) => e[1])).toEqual([
      'row-removed',
      'row-added',
      'row-added',
    ]);
  });

  it('compare: a record of the new (16, 25] row is credited to its cell alone; (25, 40] moves nothing', async () => {
    const dir = temp();
    const { a, b } = editions(dir, 'Q355', 'compare');
    const data = join(dir, 'split-keys.csv');
    writeFileSync(
      data,
      'id,designation,thickness,yieldStrength\nS1,Q355,20,347\nS2,Q355,30,347\nS3,Q355,30,340\n',
    );
    const json = await cli.run(['compare', '-f', 'json', a, b, data]);
    const out = JSON.parse(json.stdout) as { changes: { row: number; diff: string[] }[] };
    expect(out.changes.map((c) => [c.row, c.diff])).toEqual([[1, ['cell:yieldMin[Q355 / (16, 25]][value]']]]);
    const text = await cli.run(['compare', a, b, data]);
    expect(text.stdout).not.toMatch(/row added|row removed/);
    expect(text.stdout).toMatch(/\n\s+1\s+1\s+table yieldMin, row Q355 \/ \(16, 40\] → Q355 \/ \(16, 25\]/);
  });
});
