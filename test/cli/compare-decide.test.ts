import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { FIXTURES, useCli, useTempDir } from './cli-harness';
import { withoutSides } from './moves-sides';

const cli = useCli();
const temp = useTempDir();

/*
 * What a committee needs to decide from `compare` (committee-22): a banded rule set (a.yaml) and its draft
 * (b.yaml), on eleven samples of three producers. Under A → B:
 *   S01 P1 heat pump 3000 W, APF 4.90, noise 38: 1 → 2, by apf@1 alone;
 *   S02 P1 the same without noise: 1 → 2, by apf@1 and noise-grade1;
 *   S03 P1 heat pump 5000 W, APF 4.50, noise 45: 1 → 2, by apf@1 and noise-grade1;
 *   S04 P2 heat pump 5000 W, APF 4.70, noise 45: 1 → 2, by noise-grade1 alone;
 *   S05 P2 单冷 3000 W, SEER 5.10: 2 → 3, by seer@2 alone;
 *   S06 P2 单冷型 3000 W, S07 P3 单冷型 6000 W: graded under A, invalid under B (the label B renamed);
 *   S08 P3 heat pump 3000 W, APF 3.00: not graded under both;
 *   S09 P3 单冷 6000 W, SEER 3.90: 3 → not graded, by seer@3 alone;
 *   S10 P3 单冷 3000 W, SEER 5.60, noise 38: 1 → 3, by seer@1 and seer@2;
 *   S11 P1 heat pump 5000 W, APF 3.35, noise 38: not graded → 3, by apf@3 alone.
 */
const DIR = join(FIXTURES, 'compare-bands');
const A = join(DIR, 'a.yaml');
const B = join(DIR, 'b.yaml');
const SAMPLES = join(DIR, 'samples.csv');

/** The samples sorted by producer, as --group-by needs them. */
function sortedByProducer(): string {
  const [head, ...rows] = readFileSync(SAMPLES, 'utf8').trim().split('\n');
  const file = join(temp(), 'sorted.csv');
  writeFileSync(
    file,
    [head, ...rows.sort((x, y) => x.split(',')[1]!.localeCompare(y.split(',')[1]!))].join('\n'),
  );
  return file;
}

describe.concurrent('compare: what a committee needs to decide', () => {
  let sorted: string;
  beforeAll(() => {
    sorted = sortedByProducer();
  });

  it('--group-by on rule sets with no group requirement: the note grade --group-by gives, on stderr and in the reports (zh, en)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const grade = await cli.run(['--lang', lang, 'grade', '-r', A, '--group-by', '生产企业', sorted]);
      const note = grade.stderr.split('\n').find((l) => l.includes('--tally-by 生产企业'))!;
      expect(note).toMatch(
        lang === 'zh'
          ? /^注意：规则集 test\/compare-bands 没有对一组记录整体的要求/
          : /^Note: rule set test\/compare-bands has no/,
      );
      const text = await cli.run(['--lang', lang, 'compare', '--group-by', '生产企业', A, B, sorted]);
      // Named once: A and B share the id.
      expect(text.stderr.split('\n').filter((l) => l === note)).toHaveLength(1);
      const json = await cli.run([
        '--lang',
        lang,
        'compare',
        '-f',
        'json',
        '--group-by',
        '生产企业',
        A,
        B,
        sorted,
      ]);
      expect(json.stderr).toContain(note);
      expect(JSON.parse(json.stdout).groups.total).toBe(3);
      const html = join(temp(), `groups-${lang}.html`);
      await cli.run([
        '--lang',
        lang,
        'compare',
        '-f',
        'html',
        '-o',
        html,
        '--group-by',
        '生产企业',
        A,
        B,
        sorted,
      ]);
      expect(readFileSync(html, 'utf8')).toContain(
        `<p class="warn" data-notice>${note.replaceAll('"', '&quot;')}</p>`,
      );
      const xlsx = join(temp(), `groups-${lang}.xlsx`);
      await cli.run([
        '--lang',
        lang,
        'compare',
        '-f',
        'xlsx',
        '-o',
        xlsx,
        '--group-by',
        '生产企业',
        A,
        B,
        sorted,
      ]);
      const matrix = (await readBack(readFileSync(xlsx)))[0]!;
      expect(matrix.rows.some((r) => r[1] === note)).toBe(true);
    }
  });

  it('the causes most often: a record counts under each of its causes, said under the table, with the records each moved alone (zh, en, json, html, xlsx)', async () => {
    const json = await cli.run(['compare', '-f', 'json', A, B, SAMPLES]);
    const out = JSON.parse(json.stdout) as {
      changes: { causes: string[] }[];
      causeCounts: { id: string; records: number; alone: number }[];
    };
    expect(out.causeCounts).toEqual([
      { id: 'apf@1', records: 3, alone: 1 },
      { id: 'noise-grade1', records: 3, alone: 1 },
      { id: 'seer@2', records: 2, alone: 1 },
      { id: 'apf@3', records: 1, alone: 1 },
      { id: 'seer@1', records: 1, alone: 0 },
      { id: 'seer@3', records: 1, alone: 1 },
    ]);
    // They add up: 8 records moved up or down, 5 by one cause alone and 3 (S02, S03, S10) by two; 11 counts in all.
    const moved = out.changes.filter((c) => c.causes.length > 0);
    expect(moved).toHaveLength(8);
    const sum = (k: 'records' | 'alone') => out.causeCounts.reduce((t, c) => t + c[k], 0);
    expect(sum('alone')).toBe(moved.filter((c) => c.causes.length === 1).length);
    expect(sum('records')).toBe(moved.reduce((t, c) => t + c.causes.length, 0));
    expect(sum('records')).toBe(11);

    const zh = await cli.run(['--lang', 'zh', 'compare', A, B, SAMPLES]);
    const zhLines = zh.stdout.split('\n');
    const at = zhLines.indexOf('最常引起等级变化的要求：');
    expect(zhLines[at + 1]).toMatch(/^ {2}要求 +编号 +引起变化的记录数 +其中仅因此项$/);
    expect(zhLines[at + 2]).toMatch(/^ {2}全年能源消耗效率 APF（1级） +apf@1 +3 +1$/);
    expect(zhLines[at + 6]).toMatch(/^ {2}制冷季节能源消耗效率 SEER（1级） +seer@1 +1 +0$/);
    expect(zhLines[at + 8]).toBe(
      '  一条记录若因多项要求变化，在每项下各计一次，各项之和可多于变化的记录数；“其中仅因此项”是只因这一项要求而变化的记录数',
    );
    const en = await cli.run(['compare', A, B, SAMPLES]);
    expect(en.stdout).toMatch(/ {2}Criterion +id +Records moved +Of them, by it alone\n/);
    expect(en.stdout).toContain('A record moved by several criteria counts under each');

    const html = join(temp(), 'causes.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, A, B, SAMPLES]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<th class="n">其中仅因此项</th>');
    expect(page).toMatch(/<code>seer@1<\/code><\/td><td class="n">1<\/td><td class="n">0<\/td>/);
    expect(page).toContain('<p class="meta" data-note="moved-most">一条记录若因多项要求变化');
    const xlsx = join(temp(), 'causes.xlsx');
    await cli.run(['--lang', 'en', 'compare', '-f', 'xlsx', '-o', xlsx, A, B, SAMPLES]);
    const sheet = (await readBack(readFileSync(xlsx))).find(
      (x) => x.name === 'Criteria moving most records',
    )!;
    expect(sheet.rows[0]).toEqual(['Criterion', 'id', 'Records moved', 'Of them, by it alone']);
    expect(sheet.rows[1]!.slice(1)).toEqual(['apf@1', 3, 1]);
    expect(String(sheet.rows.at(-1)![0])).toMatch(/^A record moved by several criteria counts under each/);
  });

  it("--tally-by: how far each producer's records moved, adding up to up and down (json, zh, en, xlsx, html)", async () => {
    const json = await cli.run(['compare', '-f', 'json', '--tally-by', '生产企业', A, B, SAMPLES]);
    const { tally } = JSON.parse(json.stdout) as { tally: { groups: Record<string, number | string>[] } };
    const pick = (g: Record<string, number | string>) =>
      [
        'key',
        'total',
        'up',
        'upOne',
        'upTwoOrMore',
        'upFromNotGraded',
        'down',
        'downOne',
        'downTwoOrMore',
        'downToNotGraded',
        'unchanged',
        'invalid',
      ].map((k) => g[k]);
    expect(tally.groups.map(pick)).toEqual([
      // S01–S03 down one grade, S11 from not graded to 3.
      ['P1', 4, 1, 0, 0, 1, 3, 3, 0, 0, 0, 0],
      // S04, S05 down one; S06 invalid under B.
      ['P2', 3, 0, 0, 0, 0, 2, 2, 0, 0, 0, 1],
      // S07 invalid under B, S08 unchanged, S09 from 3 to not graded, S10 from 1 to 3.
      ['P3', 4, 0, 0, 0, 0, 2, 0, 1, 1, 1, 1],
    ]);
    // Why the side that does not grade them does not (committee-24 F9), only where some moved so.
    const groups = tally.groups as unknown as Record<string, unknown>[];
    expect(groups[0]!.upFromNotGradedBy).toEqual({ 'below-lowest-grade': 1 });
    expect(groups[0]!.downToNotGradedBy).toBeUndefined();
    expect(groups[2]!.downToNotGradedBy).toEqual({ 'below-lowest-grade': 1 });
    const zh = await cli.run(['--lang', 'zh', 'compare', '--tally-by', '生产企业', A, B, SAMPLES]);
    expect(zh.stdout).toMatch(
      /^ {2}生产企业 +记录数 +升高 +升 1 级 +升 2 级及以上 +由不分级升入（未达最低等级） +降低 +降 1 级 +降 2 级及以上 +降为不分级（未达最低等级） +不变 +无效（A 或 B）$/m,
    );
    expect(zh.stdout).toMatch(/^ {2}P3 +4 +0 +0 +0 +0 +2 +0 +1 +1 +1 +1$/m);
    expect(zh.stdout).toMatch(/^ {2}合计 +11 +1 +0 +0 +1 +7 +5 +1 +1 +1 +2$/m);
    const en = await cli.run(['compare', '--tally-by', '生产企业', A, B, SAMPLES]);
    expect(en.stdout).toMatch(
      / Up 1 +Up 2\+ +Up from not graded \(below the lowest grade\) +Down +Down 1 +Down 2\+ +Down to not graded \(below the lowest grade\) +Unchanged/,
    );
    const xlsx = join(temp(), 'far.xlsx');
    await cli.run([
      '--lang',
      'zh',
      'compare',
      '-f',
      'xlsx',
      '-o',
      xlsx,
      '--tally-by',
      '生产企业',
      A,
      B,
      SAMPLES,
    ]);
    const sheet = (await readBack(readFileSync(xlsx))).find((x) => x.name === '按列统计等级变化')!;
    expect(withoutSides(sheet.rows)[3]).toEqual(['P3', 4, 0, 0, 0, 0, 2, 0, 1, 1, 1, 1]);
    const html = join(temp(), 'far.html');
    await cli.run(['compare', '-f', 'html', '-o', html, '--tally-by', '生产企业', A, B, SAMPLES]);
    expect(readFileSync(html, 'utf8')).toContain(
      '<th class="n">Down to not graded (below the lowest grade)</th>',
    );
  });

  it('records written by a label only A knows: said once, not read as grades lost (zh, en, json, html, xlsx)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', A, B, SAMPLES]);
    const note =
      '2 条记录写“单冷型”，是规则集 A 中 cooling-only 的名称，B 不认得（B 称之为“单冷式”）：这些记录因此在 B 下无效（其中 2 条在 A 下有等级，计入“只在 B 下无效”），不是等级变化；要让 B 认得，可在 B 的 valueLabels 中把“单冷型”列为 cooling-only 的别名（aliases）';
    // Under the summary figures, once; the counts it names are the summary's.
    expect(zh.stdout.split(note)).toHaveLength(2);
    expect(zh.stdout).toContain('只在 B 下无效 2 条');
    expect(zh.stdout.indexOf(note)).toBeGreaterThan(zh.stdout.indexOf('B 下：已分级'));
    expect(zh.stderr).not.toContain(note);
    const en = await cli.run(['compare', A, B, SAMPLES]);
    expect(en.stdout).toContain(
      '2 records write "单冷型", rule set A\'s name for cooling-only, which B does not know (B calls it "Cooling only"): they are invalid under B because of it (2 of them graded under A: counted as "invalid under B only")',
    );
    const json = await cli.run(['compare', '-f', 'json', A, B, SAMPLES]);
    const out = JSON.parse(json.stdout) as { unknownLabels: unknown; invalid: { under: string }[] };
    expect(out.unknownLabels).toEqual([
      {
        under: 'b',
        field: 'unitType',
        written: '单冷型',
        value: 'cooling-only',
        labelUnder: { zh: '单冷式', en: 'Cooling only' },
        records: 2,
        graded: 2,
      },
    ]);
    expect(out.invalid.filter((r) => r.under === 'b')).toHaveLength(2);
    expect(json.stderr).toContain('2 records write "单冷型"');
    const html = join(temp(), 'labels.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, A, B, SAMPLES]);
    expect(readFileSync(html, 'utf8')).toContain(`<p class="warn" data-notice>${note}</p>`);
    const xlsx = join(temp(), 'labels.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', xlsx, A, B, SAMPLES]);
    expect((await readBack(readFileSync(xlsx)))[0]!.rows.some((r) => r[1] === note)).toBe(true);
    // A cell B reads (单冷, an alias both keep; 热泵型) is never named; nor is a value neither knows.
    expect(zh.stdout).not.toContain('写“单冷”');
    const other = join(temp(), 'other.json');
    writeFileSync(
      other,
      JSON.stringify([
        // Below A's lowest grade: invalid under B for the name, counted unchanged, not "invalid under B only".
        { unitType: '单冷型', capacity: 3000, seer: 3.0 },
        { unitType: '冷风型', capacity: 3000, seer: 5.0 },
      ]),
    );
    const few = await cli.run(['compare', '-f', 'json', A, B, other]);
    const fewOut = JSON.parse(few.stdout) as { unknownLabels: { records: number; graded: number }[] };
    expect(fewOut.unknownLabels.map((u) => [u.records, u.graded])).toEqual([[1, 0]]);
    expect(few.stderr).toContain('1 record writes "单冷型"');
    expect(few.stderr).not.toContain('graded under A');
    const none = await cli.run(['compare', '-f', 'json', A, A, other]);
    expect(JSON.parse(none.stdout)).not.toHaveProperty('unknownLabels');
  });

  it('each changed record says what its limits depend on: the unit type by its label and the capacity (zh, en, html, xlsx)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', A, B, SAMPLES]);
    const lineAfter = (head: string) => {
      const lines = zh.stdout.split('\n');
      return lines[lines.findIndex((l) => l.startsWith(head)) + 1];
    };
    expect(lineAfter('第 3 条（S03）')).toBe('    限值取决于：机组类型 = 热泵型，额定制冷量 = 5000 W');
    // 单冷, an alias, by the value's label (B's, whose requirement it is).
    expect(lineAfter('第 10 条（S10）')).toBe('    限值取决于：机组类型 = 单冷式，额定制冷量 = 3000 W');
    // A record invalid under B has no causes, and no such line.
    expect(lineAfter('第 6 条（S06）')).not.toMatch(/限值取决于/);
    const en = await cli.run(['compare', A, B, SAMPLES]);
    expect(en.stdout).toContain(
      // The cause by its English name (committee-27 M6), not `seer@3`.
      'row 9 (S09): Grade 3 → Below the lowest grade  SEER (Grade 3)\n    Limits depend on: Unit type = Cooling only, Rated capacity = 6000 W\n',
    );
    const html = join(temp(), 'keys.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, A, B, SAMPLES]);
    const row5 = readFileSync(html, 'utf8').match(/<tr data-row="5">(.*?)<\/tr>/)![1]!;
    expect(row5).toContain(
      '<p class="meta" data-limit-keys>限值取决于：机组类型 = 单冷式，额定制冷量 = 3000 W</p>',
    );
    const xlsx = join(temp(), 'keys.xlsx');
    await cli.run(['--lang', 'en', 'compare', '-f', 'xlsx', '-o', xlsx, A, B, SAMPLES]);
    const sheet = (await readBack(readFileSync(xlsx)))[1]!;
    const col = sheet.rows[0]!.indexOf('Limits depend on');
    expect(col).toBeGreaterThan(0);
    const byRow = new Map(sheet.rows.slice(1).map((r) => [r[1], r[col]]));
    expect(byRow.get(1)).toBe('Unit type = Heat pump, Rated capacity = 3000 W');
    expect(byRow.get(11)).toBe('Unit type = Heat pump, Rated capacity = 5000 W');
    expect(byRow.get(6) ?? '').toBe('');
  });

  it('--group-by on lot rule sets with group requirements: no such note', async () => {
    const lots = join(temp(), 'lots.csv');
    writeFileSync(
      lots,
      'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting\nP,42.5,24,48.8,150,240\nP,42.5,24,51.2,150,240\n',
    );
    const { stderr } = await cli.run([
      'compare',
      '--group-by',
      'lot',
      'building-materials/cement-lot-grade',
      'examples/cement-lot-grade-draft.yaml',
      lots,
    ]);
    expect(stderr).not.toContain('--tally-by');
  });
});
