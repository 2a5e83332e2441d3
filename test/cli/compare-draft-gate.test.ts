import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

// committee-20's draft: a new veto item on water-soluble Cr(VI) (≤ 10.0 mg/kg) and superior 28 d raised to ≥ 49.0.
const TEXT = readFileSync(join(ROOT, 'rules/building-materials/cement-quality-grade.yaml'), 'utf8');
const DRAFT = TEXT.replace(/^version: .*$/m, 'version: 1.1.0')
  .replace(
    '  soundness:\n',
    '  chromium6:\n    type: number\n    unit: mg/kg\n    range: "≥ 0"\n    label: { zh: 水溶性六价铬, en: Water-soluble chromium (VI) }\n  soundness:\n',
  )
  .replace(
    '  - { id: gb175-soundness,',
    '  - { id: gb175-2023-chromium6, indicator: chromium6, require: "≤ 10.0 mg/kg", gate: true }\n  - { id: gb175-soundness,',
  )
  .replace('require: "≥ 48.0 MPa", grade: superior', 'require: "≥ 49.0 MPa", grade: superior');

const HEADER =
  '样品编号,生产企业,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,水溶性六价铬,安定性（沸煮法）';
const row = (id: string, maker: string, c28: number, cr: number | string) =>
  `${id},${maker},P.O,42.5,24.5,${c28},5.2,8.1,160,230,2.1,2.4,0.025,${cr},合格`;
const CSV = [
  HEADER,
  row('S1', '甲厂', 48.5, 3.2), // superior → first class on the raised 28 d; Cr(VI) met
  row('S2', '甲厂', 48.5, 10.0), // the same, Cr(VI) at its limit: met
  row('S3', '乙厂', 50.2, 10.1), // superior → not graded: Cr(VI) just above its limit
  row('S4', '乙厂', 48.0, 12), // superior → not graded: Cr(VI) failed (28 d fails B's 49.0 too)
  row('S5', '乙厂', 50.2, 3.2), // superior under both
  row('S6', '乙厂', 50.2, ''), // Cr(VI) missing: invalid under B only
].join('\n');

describe.concurrent('qgrade compare: a requirement only B has', () => {
  let files: string[];
  beforeAll(() => {
    const dir = temp();
    files = [join(dir, 'a.yaml'), join(dir, 'b.yaml'), join(dir, 'data.csv')];
    writeFileSync(files[0]!, TEXT);
    writeFileSync(files[1]!, DRAFT);
    writeFileSync(files[2]!, CSV);
  });

  it('met, it is not "an outcome changed of a grade reached under neither" (zh)', async () => {
    const { stdout } = await cli.run(['--lang', 'zh', 'compare', ...files]);
    expect(stdout).not.toContain('结果变了、但属于两边都未达到的等级');
    const s1 = stdout.slice(stdout.indexOf('第 1 条（S1）'), stdout.indexOf('第 2 条（S2）'));
    expect(s1).toContain('优等品 → 一等品  28 天抗压强度（优等品）');
    // New in B: added, not a limit that changed (committee-35 M4).
    expect(s1).toContain('    B 新增、已满足：水溶性六价铬（否决项）');
    expect(s1).not.toContain('限值变了、结果未变');
    const s3 = stdout.slice(stdout.indexOf('第 3 条（S3）'), stdout.indexOf('第 4 条（S4）'));
    expect(s3).toContain('优等品 → 否决项不合格  水溶性六价铬（否决项）');
  });

  it('met, the same in English; failed, it is a cause', async () => {
    const { stdout } = await cli.run(['compare', ...files]);
    expect(stdout).not.toContain('of a grade reached under neither');
    const s2 = stdout.slice(stdout.indexOf('row 2 (S2)'), stdout.indexOf('row 3 (S3)'));
    // Requirements by their English names, as Chinese names them (committee-27 M6), not by id.
    expect(s2).toContain('    added in B, met: Water-soluble chromium (VI) (veto item)');
    expect(s2).not.toContain('limit changed, same outcome');
    expect(s2).not.toContain('gb175-2023-chromium6');
    expect(stdout).toMatch(
      /row 4 \(S4\): Superior → Veto item failed {2}28-day compressive strength \(Superior\), [^\n]+/u,
    );
    expect(stdout).not.toContain('compressive-28d-superior, gb175-2023-chromium6');
  });

  it('the matrix column of the records B vetoes is "veto item failed", as grade names the reason, in text, HTML and xlsx (fix-data7-37)', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', ...files]);
    const matrix = zh.stdout.slice(zh.stdout.indexOf('A ↓  B →')).split('\n');
    expect(matrix[0]).toMatch(/^A ↓ {2}B → +优等品 +一等品 +合格品 +否决项不合格 +无效 +合计$/u);
    // S3 and S4 failed the veto: superior under A, in that column under B, not in a 不分级 one.
    expect(matrix[1]).toMatch(/^优等品 +1 +2 +0 +2 +1 +6$/u);
    expect(zh.stdout).toMatch(/^ {2}否决项不合格 +0 +0\.0% +2 +33\.3%$/mu);
    // grade's summary: 不分级 2 (否决项不合格 2 条); compare's per-side lines say the same.
    expect(zh.stdout).toContain('B 下：已分级 3 条，不分级 2 条（否决项不合格 2 条），无效 1 条');
    const en = await cli.run(['compare', ...files]);
    expect(en.stdout).toMatch(
      /^A ↓ {2}B → +Superior +First class +Conforming +Veto item failed +Invalid +Total$/mu,
    );
    const dir = temp();
    const html = join(dir, 'veto.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, ...files]);
    const page = readFileSync(html, 'utf8');
    const head = page.slice(
      page.indexOf('<table class="matrix">'),
      page.indexOf('</thead>', page.indexOf('<table class="matrix">')),
    );
    expect(head).toContain('<th class="n">否决项不合格</th>');
    expect(head).not.toContain('不分级');
    expect(page).toContain('data-from="superior" data-to="(veto-failed)">2</td>');
    const xlsx = join(dir, 'veto.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', xlsx, ...files]);
    const sheet = (await readBack(readFileSync(xlsx)))[0]!;
    expect(sheet.rows[0]).toEqual([
      'A ↓  B →',
      'Superior',
      'First class',
      'Conforming',
      'Veto item failed',
      'Invalid',
      'Total',
    ]);
    expect(sheet.rows[1]).toEqual(['Superior', 1, 2, 0, 2, 1, 6]);
  });

  it('html and xlsx: the met one is "added in B", not "limit changed" (committee-35 M4)', async () => {
    const dir = temp();
    const html = join(dir, 'added.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, ...files]);
    const page = readFileSync(html, 'utf8');
    const s1 = page.slice(page.indexOf('<tr data-row="1">'), page.indexOf('<tr data-row="2">'));
    expect(s1).toContain(
      '<p class="meta" data-part="addedInB">B 新增、已满足：</p><ul class="x"><li data-criterion="gb175-2023-chromium6">',
    );
    expect(s1).not.toContain('data-part="limitOnly"');
    const enHtml = join(dir, 'added-en.html');
    await cli.run(['compare', '-f', 'html', '-o', enHtml, ...files]);
    expect(readFileSync(enHtml, 'utf8')).toContain(
      '<p class="meta" data-part="addedInB">Added in B, met: </p>',
    );
    const out = join(dir, 'added.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', out, '--keep', '样品编号', ...files]);
    const changed = (await readBack(readFileSync(out)))[1]!;
    const added = changed.rows[0]!.indexOf('B 新增、已满足');
    expect(added).toBeGreaterThan(changed.rows[0]!.indexOf('限值变了、结果未变'));
    expect(changed.rows.find((r) => r[0] === 'S1')![added]).toBe('水溶性六价铬（否决项）');
    expect(changed.rows.find((r) => r[0] === 'S1')![added - 1] ?? '').toBe('');
    // No record meets a requirement B removed: no such column.
    expect(changed.rows[0]).not.toContain('B 已删除、A 下满足');
  });

  it('the other way round, the met one is "removed in B", in zh and en (committee-35 M4)', async () => {
    const [a, b, data] = files;
    const zh = await cli.run(['--lang', 'zh', 'compare', b!, a!, data!]);
    const s1 = zh.stdout.slice(zh.stdout.indexOf('第 1 条（S1）'), zh.stdout.indexOf('第 2 条（S2）'));
    expect(s1).toContain('    B 已删除、A 下满足：水溶性六价铬（否决项）');
    const en = await cli.run(['compare', b!, a!, data!]);
    const r1 = en.stdout.slice(en.stdout.indexOf('row 1 (S1)'), en.stdout.indexOf('row 2 (S2)'));
    expect(r1).toContain('    removed in B, met under A: Water-soluble chromium (VI) (veto item)');
    expect(r1).not.toContain('limit changed, same outcome');
  });

  it('json: the met one is not among causes, the failed one is', async () => {
    const { stdout } = await cli.run(['compare', '-f', 'json', ...files]);
    const changes = JSON.parse(stdout).changes as { row: number; criteria: string[]; causes: string[] }[];
    expect(changes.map((c) => [c.row, c.causes])).toEqual([
      [1, ['compressive-28d-superior']],
      [2, ['compressive-28d-superior']],
      [3, ['gb175-2023-chromium6']],
      [4, ['compressive-28d-superior', 'gb175-2023-chromium6']],
      [6, []],
    ]);
    expect(changes[0]!.criteria).toContain('gb175-2023-chromium6');
  });

  it('the table lists the requirements that moved most records (zh and en), as the HTML does', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', ...files]);
    const at = zh.stdout.split('\n').indexOf('最常引起等级变化的要求：');
    expect(at).toBeGreaterThan(0);
    expect(
      zh.stdout
        .split('\n')
        .slice(at + 1, at + 4)
        .map((l) => l.trim().split(/\s{2,}/)),
    ).toEqual([
      ['要求', '编号', '引起变化的记录数', '其中仅因此项'],
      ['28 天抗压强度（优等品）（注：示例数值）', 'compressive-28d-superior', '3', '2'],
      ['水溶性六价铬（否决项）', 'gb175-2023-chromium6', '2', '1'],
    ]);
    const en = await cli.run(['compare', ...files]);
    expect(en.stdout).toContain('Criteria that moved records most often:');
    expect(en.stdout).toMatch(
      /^ {2}28-day compressive strength \(Superior\) \(note: Illustrative figure\) +compressive-28d-superior +3 +2$/m,
    );
    const dir = temp();
    const html = join(dir, 'c.html');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', html, ...files]);
    const page = readFileSync(html, 'utf8');
    const section = page.slice(page.indexOf('<h2>最常引起等级变化的要求</h2>'));
    const rows = [
      ...section.matchAll(
        /<tr><td>([^<]*)<\/td><td><code>([^<]*)<\/code><\/td><td class="n">(\d+)<\/td><td class="n">(\d+)<\/td><\/tr>/g,
      ),
    ];
    expect(rows.slice(0, 2).map((m) => [m[1], m[2], m[3], m[4]])).toEqual([
      ['28 天抗压强度（优等品）（注：示例数值）', 'compressive-28d-superior', '3', '2'],
      ['水溶性六价铬（否决项）', 'gb175-2023-chromium6', '2', '1'],
    ]);
  });

  it('xlsx: a sheet of the requirements that moved most records; an invalid record says why', async () => {
    const out = join(temp(), 'c.xlsx');
    await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', out, '--keep', '样品编号', ...files]);
    const sheets = await readBack(readFileSync(out));
    expect(sheets.map((s) => s.name)).toEqual([
      '等级迁移',
      '等级变化的记录',
      '最常引起等级变化的要求',
      '各处变更引起变化的记录数',
      '规则集差异',
      '无效记录',
    ]);
    expect(sheets[2]!.rows.slice(0, 3)).toEqual([
      ['要求', '编号', '引起变化的记录数', '其中仅因此项'],
      ['28 天抗压强度（优等品）（注：示例数值）', 'compressive-28d-superior', 3, 2],
      ['水溶性六价铬（否决项）', 'gb175-2023-chromium6', 2, 1],
    ]);
    expect(String(sheets[2]!.rows.at(-1)![0])).toMatch(/^一条记录若因多项要求变化，在每项下各计一次/);
    const changed = sheets[1]!;
    const cause = changed.rows[0]!.indexOf('引起变化的要求');
    const s6 = changed.rows.find((r) => r[0] === 'S6')!;
    expect(s6[cause]).toBe('B 下无效：缺少水溶性六价铬（第 7 行第 14 列）');
    const en = join(temp(), 'c-en.xlsx');
    await cli.run(['compare', '-f', 'xlsx', '-o', en, '--keep', '样品编号', ...files]);
    const enSheets = await readBack(readFileSync(en));
    expect(enSheets[2]!.name).toBe('Criteria moving most records');
    const enChanged = enSheets[1]!;
    const enCause = enChanged.rows[0]!.indexOf('Criteria that moved it');
    expect(enChanged.rows.find((r) => r[0] === 'S6')![enCause]).toMatch(/^invalid under B: .*chromium6/);
  });

  it('zh: the diff entry under a changed record is the diff\'s Chinese sentence, not a key and "number"', async () => {
    const zh = await cli.run(['--lang', 'zh', 'compare', ...files]);
    const s6 = zh.stdout.slice(zh.stdout.indexOf('第 6 条（S6）'));
    expect(s6.split('\n').slice(0, 2)).toEqual([
      '第 6 条（S6）：优等品 → 不分级  （B 下无效）',
      '    ← 新增指标“水溶性六价铬”（chromium6）：必填，更严',
    ]);
    expect(zh.stdout).toContain(
      '    ← 要求“28 天抗压强度（优等品）”（compressive-28d-superior）的限值：≥ 48.0 MPa → ≥ 49.0 MPa，更严',
    );
    expect(zh.stdout).not.toMatch(/← (indicator|criterion):|number \(mg\/kg\)/);
    const en = await cli.run(['compare', ...files]);
    // The sentence, as in Chinese (committee-27 M6), not the key.
    expect(en.stdout).toMatch(/\n {4}← indicator [^\n]*\(chromium6\)[^\n]*stricter\n/u);
    expect(en.stdout).not.toMatch(/← (indicator|criterion):/u);
  });
});
