/**
 * `compare --near-limits`: per changed limit, the records within one unit of the last decimal B's limit writes,
 * meeting it and missing it (committee-35 M5). GB 175-2007's P·O 42.5 3-day strength 17.0 MPa raised to 18.0 in a
 * draft: of 17.5, 17.9, 17.95, 18.0, 18.1, 18.2, 19.0 MPa, 18.0 and 18.1 meet ≥ 18.0 within 0.1, 17.9 and 17.95
 * miss it by at most 0.1; the others are farther. Records whose grade did not change count too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/common-portland-cement';
const HEADER =
  'cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';
const VALUES = ['17.5', '17.9', '18.0', '18.1', '18.2', '19.0', '17.95'];

function inputs(): { draft: string; data: string } {
  const source = readFileSync(join(ROOT, 'rules', `${CEMENT}.yaml`), 'utf8');
  const from = '- ["42.5", 17.0, 42.5, 3.5, 6.5]';
  expect(source).toContain(from);
  const draft = join(temp(), 'draft.yaml');
  writeFileSync(draft, source.replace(from, '- ["42.5", 18.0, 42.5, 3.5, 6.5]'));
  const data = join(temp(), 'samples.csv');
  writeFileSync(
    data,
    [HEADER, ...VALUES.map((v) => `P.O,42.5,${v},48,4,7,150,240,2,2.5,0.02,true`), ''].join('\n'),
  );
  return { draft, data };
}

describe('compare --near-limits (committee-35 M5)', () => {
  it('JSON: one row for the changed limit, 2 meet and 2 miss within 0.1; absent without the option', async () => {
    const { draft, data } = inputs();
    const run = await cli.run(['compare', '--near-limits', '-f', 'json', CEMENT, draft, data]);
    expect(JSON.parse(run.stdout).nearLimits).toEqual([
      // The row of B's table it is read from and the unit since committee-46.
      {
        id: 'compressive-3d',
        from: '≥ 17.0',
        to: '≥ 18.0',
        margin: 0.1,
        meet: 2,
        miss: 2,
        row: { table: 'strength', keys: { strengthClass: '42.5' } },
        unit: 'MPa',
      },
    ]);
    const plain = await cli.run(['compare', '-f', 'json', CEMENT, draft, data]);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('nearLimits');
  });

  it('the table, zh and en; the rest of the table is as without the option', async () => {
    const { draft, data } = inputs();
    const en = await cli.run(['--lang', 'en', 'compare', '--near-limits', CEMENT, draft, data]);
    expect(en.stdout).toMatch(
      /Records near a changed limit:\n.*Meet B {2}Miss B.*\n {7}2 {7}2 +0\.1 {2}3-day compressive strength \(Strength class = 42\.5\): ≥ 17\.0 MPa → ≥ 18\.0 MPa\n/,
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', '--near-limits', CEMENT, draft, data]);
    expect(zh.stdout).toMatch(
      /靠近变更后限值的记录数：\n.*\n +2 +2 +0\.1 {2}3 天抗压强度（强度等级 = 42\.5）：≥ 17\.0 MPa → ≥ 18\.0 MPa\n/,
    );
    const plain = await cli.run(['--lang', 'zh', 'compare', CEMENT, draft, data]);
    expect(plain.stdout).not.toContain('靠近变更后限值');
    const without = zh.stdout.replace(/\n靠近变更后限值的记录数：\n(?: {2}.*\n)+/, '');
    expect(without).toBe(plain.stdout);
  });

  it('HTML and the workbook', async () => {
    const { draft, data } = inputs();
    const html = join(temp(), 'near.html');
    await cli.run([
      '--lang',
      'en',
      'compare',
      '--near-limits',
      '-f',
      'html',
      '-o',
      html,
      CEMENT,
      draft,
      data,
    ]);
    expect(readFileSync(html, 'utf8')).toMatch(
      /<table data-near-limits>.*<tr><td>3-day compressive strength \(Strength class = 42\.5\): ≥ 17\.0 MPa → ≥ 18\.0 MPa<\/td><td class="n">0\.1<\/td><td class="n">2<\/td><td class="n">2<\/td><\/tr>/s,
    );
    const book = join(temp(), 'near.xlsx');
    await cli.run([
      '--lang',
      'zh',
      'compare',
      '--near-limits',
      '-f',
      'xlsx',
      '-o',
      book,
      CEMENT,
      draft,
      data,
    ]);
    const sheet = (await readBack(readFileSync(book))).find((s) => s.name === '靠近变更后限值的记录数');
    expect(sheet?.rows[1]).toEqual(['3 天抗压强度（强度等级 = 42.5）：≥ 17.0 MPa → ≥ 18.0 MPa', 0.1, 2, 2]);
  });
});

describe('compare --near-limits counts a limit B adds (committee-40 M8)', () => {
  // Illustrative (committee-40's draft, not a standard's figure): B adds initial setting ≤ 300 min; 299 and 300
  // meet it within 1 min, 301 misses by 1, 250 and 150 are far from it.
  function added(): { draft: string; data: string } {
    const source = readFileSync(join(ROOT, 'rules', `${CEMENT}.yaml`), 'utf8');
    const at = '  - id: final-setting\n';
    expect(source).toContain(at);
    const draft = join(temp(), 'draft-added.yaml');
    writeFileSync(
      draft,
      source.replace(
        at,
        `  - id: initial-setting-max\n    label: { zh: 初凝时间上限, en: Initial setting time maximum }\n    indicator: initialSetting\n    require: "≤ 300 min"\n${at}`,
      ),
    );
    const data = join(temp(), 'setting.csv');
    const minutes = [299, 300, 301, 250, 150];
    writeFileSync(
      data,
      [HEADER, ...minutes.map((m) => `P.O,42.5,18.0,48,4,7,${m},${m + 90},2,2.5,0.02,true`), ''].join('\n'),
    );
    return { draft, data };
  }

  it('JSON: from null, 2 meet and 1 miss within 1 min; A’s own unchanged limits give no row', async () => {
    const { draft, data } = added();
    const run = await cli.run(['compare', '--near-limits', '-f', 'json', CEMENT, draft, data]);
    expect(JSON.parse(run.stdout).nearLimits).toEqual([
      { id: 'initial-setting-max', from: null, to: '≤ 300', margin: 1, meet: 2, miss: 1, unit: 'min' },
    ]);
  });

  it('the table says A has none, zh and en', async () => {
    const { draft, data } = added();
    const en = await cli.run(['--lang', 'en', 'compare', '--near-limits', CEMENT, draft, data]);
    expect(en.stdout).toMatch(/ 2 +1 +1 {2}Initial setting time maximum: none under A → ≤ 300 min\n/);
    const zh = await cli.run(['--lang', 'zh', 'compare', '--near-limits', CEMENT, draft, data]);
    expect(zh.stdout).toMatch(/ 2 +1 +1 {2}初凝时间上限：A 无此要求 → ≤ 300 min\n/);
  });
});
