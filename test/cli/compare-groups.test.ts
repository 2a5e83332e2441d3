import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GroupComparison } from '../../src/compare/compare-groups';
import {
  compareRuleSets,
  createCompareReport,
  createGrader,
  loadRuleSet,
  type RuleSetComparison,
} from '../../src/index';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';
const DRAFT = 'examples/cement-lot-grade-draft.yaml';
type Grouped = RuleSetComparison & { groups: GroupComparison };

/*
 * Lots of two samples each, 28-day strengths around a mean of 50 MPa; CV = s / mean (sample s):
 *   P 48.8, 51.2 → s 1.697, CV 3.39 %: first under A (≤ 4.0 met, ≤ 3.0 not) and under the draft (≤ 3.5 met);
 *   Q 48.7, 51.3 → s 1.838, CV 3.68 %: first under A, conforming under the draft (> 3.5);
 *   R 49.4, 50.6 → s 0.849, CV 1.70 %: superior under A (≤ 3.0), first under the draft (> 1.5, ≤ 3.5);
 *   S holds a record whose strength is not a number: not graded under both.
 * Every sample meets every record requirement of both (3-day 24 MPa, setting 150 / 240 min).
 */
const HEAD = 'lot,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
const LOT_ROWS = [
  ['P', 48.8],
  ['P', 51.2],
  ['Q', 48.7],
  ['Q', 51.3],
  ['R', 49.4],
  ['R', 50.6],
  ['S', 50],
  ['S', 'x'],
] as const;
const csv = (rows: readonly (readonly [string, number | string])[]) =>
  [HEAD, ...rows.map(([lot, c28]) => `${lot},42.5,24,${c28},150,240`)].join('\n');

function lotsFile(rows: readonly (readonly [string, number | string])[] = LOT_ROWS): string {
  const file = join(temp(), `lots-${rows.length}-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(file, csv(rows));
  return file;
}

describe.concurrent('qgrade compare --group-by', () => {
  it('json: each lot graded under A and B, the lots that moved with the group requirement that moved them', async () => {
    const { code, stdout, stderr } = await cli.run([
      'compare',
      '-f',
      'json',
      '--group-by',
      'lot',
      LOTS,
      DRAFT,
      lotsFile(),
    ]);
    expect(code).toBe(1); // lot S holds an invalid record
    const json = JSON.parse(stdout) as Grouped;
    expect(json).toMatchObject({ total: 8, changed: 0 });
    expect(json.groups).toMatchObject({ column: 'lot', total: 4, changed: 2, up: 0, down: 2, sideways: 0 });
    expect(json.groups.changes).toEqual([
      {
        group: 'Q',
        rows: { first: 3, last: 4, places: { first: { line: 4 }, last: { line: 5 } } },
        from: 'first',
        to: 'conforming',
        direction: 'down',
        criteria: ['cv-28d-first'],
        records: 0,
        diff: ['criterion:cv-28d-first:limit'],
      },
      {
        group: 'R',
        rows: { first: 5, last: 6, places: { first: { line: 6 }, last: { line: 7 } } },
        from: 'superior',
        to: 'first',
        direction: 'down',
        criteria: ['cv-28d-superior'],
        records: 0,
        diff: ['criterion:cv-28d-superior:limit'],
      },
    ]);
    expect(json.groups.matrix).toEqual({
      conforming: { conforming: 0, first: 0, superior: 0, null: 0 },
      first: { conforming: 1, first: 1, superior: 0, null: 0 },
      superior: { conforming: 0, first: 1, superior: 0, null: 0 },
      null: { conforming: 0, first: 0, superior: 0, null: 1 },
    });
    // S holds the invalid record: not graded under either, and named.
    for (const side of [json.groups.a, json.groups.b])
      expect(side).toMatchObject({
        graded: 3,
        notGraded: 1,
        ungraded: [{ group: 'S', reason: 'invalid-record' }],
      });
    // Per grade, by reason and invalid, adding up to the 4 groups (committee-lots-42).
    expect(json.groups.a.outcomes).toEqual({
      graded: { conforming: 0, first: 2, superior: 1 },
      notGraded: {},
      invalid: 1,
    });
    expect(json.groups.b.outcomes).toEqual({
      graded: { conforming: 1, first: 2, superior: 0 },
      notGraded: {},
      invalid: 1,
    });
    const cells = Object.values(json.groups.matrix).flatMap((line) => Object.values(line));
    expect(cells.reduce((x, y) => x + y, 0)).toBe(json.groups.total);
    // Groups are compared, so stderr does not say they are not; it closes with the groups' figures.
    expect(stderr).not.toContain('does not compare group requirements');
    expect(stderr).toContain('4 groups, 2 changed grade (0 up, 2 down)');
  });

  it('counts the records of a lot that changed grade, and lists them among the record changes', async () => {
    // The draft with a stricter superior final setting (≤ 235 min): each sample (240 min) drops to first.
    const draft = readFileSync(join(ROOT, DRAFT), 'utf8').replace(
      'require: "≤ 390 min"',
      'require: "≤ 235 min"',
    );
    expect(draft).toContain('≤ 235 min');
    const stricter = join(temp(), 'stricter.yaml');
    writeFileSync(stricter, draft);
    const { stdout } = await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, stricter, lotsFile()]);
    const json = JSON.parse(stdout) as Grouped;
    // Every valid sample was superior record by record; now each is first (row 8 is invalid under both).
    expect(json.changes.map((c) => [c.row, c.from, c.to])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((row) => [row, 'superior', 'first']),
    );
    // P stays first (its CV already held it there), so only Q and R are listed, each with its two records.
    expect(json.groups.changes.map((c) => [c.group, c.from, c.to, c.criteria, c.records])).toEqual([
      ['Q', 'first', 'conforming', ['cv-28d-first'], 2],
      ['R', 'superior', 'first', ['cv-28d-superior'], 2],
    ]);
  });

  it('names only group requirements of a grade the lot moved across, not one above both grades', async () => {
    // B: superior's lot CV looser (≤ 3.9), first class's 3-day strength 24.5 (each sample has 24).
    const b = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8')
      .replace('["42.5", 17.0, 19.0, 22.0]', '["42.5", 17.0, 24.5, 24.5]')
      .replace(/require: "≤ 3\.0"/, 'require: "≤ 3.9"');
    expect(b).toContain('≤ 3.9');
    const file = join(temp(), 'looser-cv.yaml');
    writeFileSync(file, b);
    const { stdout } = await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, file, lotsFile()]);
    const q = (JSON.parse(stdout) as Grouped).groups.changes.find((c) => c.group === 'Q');
    // Q (CV 3.68 %) is first under A; under B its samples fall to conforming. cv-28d-superior is met under B
    // and not under A, but superior is above both grades: it did not move Q.
    expect(q).toMatchObject({ from: 'first', to: 'conforming', criteria: [], records: 2 });
  });

  it('a group requirement only one rule set asks is explained on both sides', async () => {
    const bundled = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
    const at = bundled.indexOf('    - id: cv-28d-superior');
    const b = bundled.slice(0, at);
    expect(b).toContain('cv-28d-first');
    const file = join(temp(), 'no-superior-cv.yaml');
    writeFileSync(file, b);
    const { stdout } = await cli.run(['compare', '-g', 'lot', LOTS, file, lotsFile()]);
    // Q (CV 3.68 %) failed superior's ≤ 3.0 under A; B does not ask it, so Q is superior under B.
    expect(stdout).toContain(
      [
        // The requirement by its English name (committee-27 M6), not `cv-28d-superior`.
        'group Q (rows 3–4): First class → Superior  CV of 28-day compressive strength (Superior)',
        '    A: CV of 28-day compressive strength 3.7 %, required ≤ 3.0: not met; lowest 48.7 MPa at row 3, highest 51.3 MPa at row 4',
        '    B: not required',
      ].join('\n'),
    );
  });

  it('table, in Chinese: the groups’ matrix, figures, and each moved lot with its requirement under A and B', async () => {
    const { stdout, stderr } = await cli.run([
      '--lang',
      'zh',
      'compare',
      '-g',
      'lot',
      LOTS,
      DRAFT,
      lotsFile(),
    ]);
    expect(stdout).toContain(
      [
        '按“lot”分组比较：',
        '',
        'A ↓  B →  优等品  一等品  合格品  不分级  无效  合计',
        '优等品         0       1       0       0     0     1',
        '一等品         0       1       1       0     0     2',
        '合格品         0       0       0       0     0     0',
        '不分级         0       0       0       0     0     0',
        '无效           0       0       0       0     1     1',
        '合计           0       2       1       0     1     4',
        '',
        '共 4 组，等级变化 2 组（升高 0 组，降低 2 组）',
        'A 下：已分级 3 组，不分级 1 组（无效 1 组）：S（含无效记录）',
        'B 下：已分级 3 组，不分级 1 组（无效 1 组）：S（含无效记录）',
        '',
        '结果有变化的组要求（所有组）：',
        '  28 天抗压强度变异系数（一等品）：A 下满足、B 下不满足 1 组；其中因此等级变化 1 组',
        '  28 天抗压强度变异系数（优等品）：A 下满足、B 下不满足 1 组；其中因此等级变化 1 组',
        '  未因此等级变化的组：组内记录已把它压得更低（或不分级），或该要求属于两边都未达到的等级',
        '',
        '各处规则集变更引起等级变化的组数：',
        '  引起变化的组数  其中仅因此处  规则集变更',
        '               1             1  要求“28 天抗压强度变异系数（一等品）”（cv-28d-first）的限值：≤ 4.0 → ≤ 3.5，更严',
        '               1             1  要求“28 天抗压强度变异系数（优等品）”（cv-28d-superior）的限值：≤ 3.0 → ≤ 1.5，更严',
        '  一组的等级由组要求或由组内记录改变：记录的变化计入引起它的规则集变更；一组若因多处变更变化，在每处下各计一次',
        '',
        '组 Q（第 3–4 条）：一等品 → 合格品  28 天抗压强度变异系数（一等品）',
        '    A：28 天抗压强度变异系数 3.7 %，要求 ≤ 4.0：满足；最低 48.7 MPa（第 3 条），最高 51.3 MPa（第 4 条）',
        '    B：28 天抗压强度变异系数 3.7 %，要求 ≤ 3.5：不满足；最低 48.7 MPa（第 3 条），最高 51.3 MPa（第 4 条）',
        '组 R（第 5–6 条）：优等品 → 一等品  28 天抗压强度变异系数（优等品）',
      ].join('\n'),
    );
    expect(stderr).toContain('共 4 组，等级变化 2 组（升高 0 组，降低 2 组）');
    // The lots' answer leads, before the records' figures (committee-29 M5).
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      '按“lot”分组：共 4 组，等级变化 2 组（升高 0 组，降低 2 组）',
      '  组 Q：一等品 → 合格品  28 天抗压强度变异系数（一等品）',
      '  组 R：优等品 → 一等品  28 天抗压强度变异系数（优等品）',
      '（各组的矩阵、不分级的组和变化原因见逐条记录之后的“按“lot”分组比较”）',
    ]);
    expect(stdout.indexOf('按“lot”分组：')).toBeLessThan(stdout.indexOf('A ↓  B →'));
    const en = await cli.run(['compare', '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    expect(en.stdout.split('\n')[0]).toBe('Groups by lot: 4 groups, 2 changed grade (0 up, 2 down)');
  });

  it('xlsx: a sheet with the groups’ matrix and figures, and one with each lot that moved', async () => {
    const out = join(temp(), 'lots.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', out, '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    const sheets = await readBack(readFileSync(out));
    expect(sheets.map((s) => s.name).slice(0, 4)).toEqual([
      '等级迁移',
      '等级变化的记录',
      '组的等级迁移',
      '等级变化的组',
    ]);
    const [, , matrix, changes] = sheets;
    // The lot with an invalid record in a row and column of its own, as the records' matrix has it (committee-37 M3).
    expect(matrix!.rows.slice(0, 7)).toEqual([
      ['A ↓  B →', '优等品', '一等品', '合格品', '不分级', '无效', '合计'],
      ['优等品', 0, 1, 0, 0, 0, 1],
      ['一等品', 0, 1, 1, 0, 0, 2],
      ['合格品', 0, 0, 0, 0, 0, 0],
      ['不分级', 0, 0, 0, 0, 0, 0],
      ['无效', 0, 0, 0, 0, 1, 1],
      ['合计', 0, 2, 1, 0, 1, 4],
    ]);
    const value = (label: string) => matrix!.rows.find((r) => String(r[0]).trim() === label)?.slice(1);
    expect(value('组数')).toEqual([4]);
    expect(value('等级变化')).toEqual([2]);
    expect(value('等级降低')).toEqual([2]);
    expect(changes!.rows).toEqual([
      [
        '组',
        '首行（文件行号）',
        '末行（文件行号）',
        'A 的等级',
        'B 的等级',
        '引起变化的要求',
        '要求编号',
        '等级变化的记录数',
        '说明',
      ],
      [
        'Q',
        4,
        5,
        '一等品',
        '合格品',
        '28 天抗压强度变异系数（一等品）',
        'cv-28d-first',
        0,
        expect.stringMatching(
          /^A：28 天抗压强度变异系数 3\.7 %，要求 ≤ 4\.0：满足；.*\nB：28 天抗压强度变异系数 3\.7 %，要求 ≤ 3\.5：不满足；/s,
        ),
      ],
      [
        'R',
        6,
        7,
        '优等品',
        '一等品',
        '28 天抗压强度变异系数（优等品）',
        'cv-28d-superior',
        0,
        expect.any(String),
      ],
    ]);
  });

  it('html: a section for the groups, with a row for each lot that moved', async () => {
    const out = join(temp(), 'lots.html');
    await cli.run(['compare', '-f', 'html', '-o', out, '-g', 'lot', LOTS, DRAFT, lotsFile()]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2 id="groups" data-groups="lot">Groups by lot</h2>');
    expect(html).toContain('<p data-summary="groups">4 groups, 2 changed grade (0 up, 2 down)</p>');
    const q = /<tr data-group="Q">(.*?)<\/tr>/.exec(html)![1]!;
    expect(q).toContain('data-criterion="cv-28d-first"');
    expect(q).toMatch(
      /A: <span class="m ok">✓<\/span> CV of 28-day compressive strength 3\.7 %, required ≤ 4\.0: met/,
    );
    expect(q).toMatch(
      /B: <span class="m no">✗<\/span> CV of 28-day compressive strength 3\.7 %, required ≤ 3\.5: not met/,
    );
    expect(html).not.toContain('data-group="P"');
  });

  it('html: the lots’ headline leads, before the records’ figures, in zh and en (committee-29 M5)', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = join(temp(), `lead-${lang}.html`);
      await cli.run([
        '--lang',
        lang,
        'compare',
        '-f',
        'html',
        '-o',
        out,
        '-g',
        'lot',
        LOTS,
        DRAFT,
        lotsFile(),
      ]);
      const html = readFileSync(out, 'utf8');
      const lead = /<section class="group-lead" data-group-lead="lot">([\s\S]*?)<\/section>/.exec(html)?.[1];
      expect(lead).toBeDefined();
      expect(html.indexOf('data-group-lead')).toBeLessThan(html.indexOf('data-summary="total"'));
      expect(lead).toContain('<a href="#groups">');
      if (lang === 'zh') {
        expect(lead).toContain('<h2>按“lot”分组：共 4 组，等级变化 2 组（升高 0 组，降低 2 组）</h2>');
        expect(lead).toContain('<li>组 Q：一等品 → 合格品  28 天抗压强度变异系数（一等品）</li>');
        expect(lead).toContain('<li>组 R：优等品 → 一等品  28 天抗压强度变异系数（优等品）</li>');
      } else {
        expect(lead).toContain('<h2>Groups by lot: 4 groups, 2 changed grade (0 up, 2 down)</h2>');
        expect(lead).toMatch(/<li>group Q: First class → Conforming {2}CV of 28-day compressive strength/);
      }
    }
  });

  it('html without --group-by has no lots’ headline', async () => {
    const out = join(temp(), 'no-lead.html');
    await cli.run(['compare', '-f', 'html', '-o', out, LOTS, DRAFT, lotsFile()]);
    expect(readFileSync(out, 'utf8')).not.toContain('group-lead');
  });

  it('compares the records without a key as a last group of their own, as grade --group-by does', async () => {
    // The keyless pair is lot Q's strengths: first under A, conforming under the draft (CV 3.68 %).
    const file = lotsFile([
      ['P', 48.8],
      ['', 48.7],
      ['P', 51.2],
      [' ', 51.3],
    ]);
    const json = await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, DRAFT, file]);
    // Exit 1, as grade --group-by gives under either rule set: records left out of every lot (contracts-44).
    expect(json.code).toBe(1);
    for (const rules of [LOTS, DRAFT])
      expect((await cli.run(['grade', '-f', 'json', '-g', 'lot', '-r', rules, file])).code).toBe(1);
    const groups = (JSON.parse(json.stdout) as Grouped).groups;
    expect(groups).toMatchObject({ total: 2, changed: 1, down: 1 });
    expect(groups.changes).toMatchObject([
      { group: '', rows: { first: 2, last: 4 }, from: 'first', to: 'conforming' },
    ]);
    expect(json.stderr).toContain('2 records have no value in the --group-by column "lot"');
    const table = await cli.run(['compare', '-g', 'lot', LOTS, DRAFT, file]);
    expect(table.stdout).toContain('group (no value) (rows 2–4): ');
    expect(table.code).toBe(1);
    // The same records, every one with a key: nothing left out, exit 0.
    const keyed = lotsFile([
      ['P', 48.8],
      ['P', 51.2],
      ['Q', 48.7],
      ['Q', 51.3],
    ]);
    expect((await cli.run(['compare', '-f', 'json', '-g', 'lot', LOTS, DRAFT, keyed])).code).toBe(0);
  });

  it('stops with exit code 2 when a lot comes back after it closed, as grade --group-by does', async () => {
    const file = lotsFile([
      ['P', 48.8],
      ['Q', 48.7],
      ['P', 51.2],
    ]);
    const { code, stderr } = await cli.run(['compare', '-g', 'lot', LOTS, DRAFT, file]);
    expect(code).toBe(2);
    expect(stderr).toContain('row 3 has lot "P" again, but that group closed at row 1');
  });

  it('names the closest column when the input has none of that name', async () => {
    const { code, stderr } = await cli.run(['compare', '-g', 'lots', LOTS, DRAFT, lotsFile()]);
    expect(code).toBe(2);
    expect(stderr).toContain('--group-by lots: the input has no column "lots"; did you mean "lot"?');
  });

  it('the library gives the same groups from records as objects', async () => {
    const [a, b] = await Promise.all([loadRuleSet(LOTS), loadRuleSet(join(ROOT, DRAFT))]);
    const records = LOT_ROWS.slice(0, 6).map(([lot, c28]) => ({
      lot,
      strengthClass: '42.5',
      compressive3d: 24,
      compressive28d: c28,
      initialSetting: 150,
      finalSetting: 240,
    }));
    const result = await compareRuleSets(a, b, records, { groupBy: 'lot' });
    expect(result.groups?.changes.map((c) => [c.group, c.from, c.to, c.criteria])).toEqual([
      ['Q', 'first', 'conforming', ['cv-28d-first']],
      ['R', 'superior', 'first', ['cv-28d-superior']],
    ]);
    expect((await compareRuleSets(a, b, records)).groups).toBeUndefined();
  });

  it('the HTML report lists at most maxRecords groups that moved and says how many it left out', async () => {
    const [a, b] = await Promise.all([loadRuleSet(LOTS), loadRuleSet(join(ROOT, DRAFT))]);
    const lot = (name: string) =>
      LOT_ROWS.filter(([l]) => l === name).map(([, c28]) => ({
        strengthClass: '42.5',
        compressive3d: 24,
        compressive28d: c28,
        initialSetting: 150,
        finalSetting: 240,
      }));
    const report = createCompareReport(a, b, { lang: 'en', maxRecords: 1, groupBy: 'lot' });
    for (const name of ['P', 'Q', 'R']) {
      const [ga, gb] = [createGrader(a).gradeGroup(lot(name)), createGrader(b).gradeGroup(lot(name))];
      report.addGroup({ ...ga, group: name }, { ...gb, group: name }, 0);
    }
    const html = report.render();
    expect(html).toContain('<p data-summary="groups">3 groups, 2 changed grade (0 up, 2 down)</p>');
    expect(html.match(/<tr data-group="/g)).toHaveLength(1);
    expect(html).toContain('data-group="Q"');
    expect(html).toContain('data-left-out="1"');
  });
});

describe.concurrent('qgrade compare --group-by: one figure per statistic on both sides (committee-33 M4)', () => {
  /*
   * A lot of eight 28-day strengths whose CV is 3.99789 %: at the statistic's one decimal it reads 4.0, which is
   * A's first-class limit (≤ 4.0) that it meets, so A shows 3.998; B's limits (≤ 3.5, ≤ 1.5) alone would let 4.0
   * stand. The same lot's CV must read the same under both.
   */
  const STRENGTHS = [48.0, 50.0, 52.0, 46.3, 49.1, 51.0, 47.0, 50.0];

  it('a CV near A’s limit reads 3.998 under A and under B, in the table, in both languages', async () => {
    const file = lotsFile(STRENGTHS.map((s) => ['L1', s] as const));
    const { stdout } = await cli.run(['compare', '--group-by', 'lot', LOTS, DRAFT, file]);
    expect(stdout).toContain('A: CV of 28-day compressive strength 3.998 %, required ≤ 4.0: met');
    expect(stdout).toContain('B: CV of 28-day compressive strength 3.998 %, required ≤ 3.5: not met');
    const zh = await cli.run(['--lang', 'zh', 'compare', '--group-by', 'lot', LOTS, DRAFT, file]);
    expect(zh.stdout).toContain('28 天抗压强度变异系数 3.998 %，要求 ≤ 4.0：满足');
    expect(zh.stdout).toContain('28 天抗压强度变异系数 3.998 %，要求 ≤ 3.5：不满足');
    expect(zh.stdout).not.toMatch(/变异系数 4\.0 %/u);
  });

  it('grade --group-by under B alone keeps B’s own figure (4.0 beside ≤ 3.5)', async () => {
    const file = lotsFile(STRENGTHS.map((s) => ['L1', s] as const));
    const { stdout } = await cli.run(['grade', '--group-by', 'lot', '-r', DRAFT, file]);
    expect(stdout).toContain('4.0 %');
    expect(stdout).not.toContain('3.998');
  });
});
