/**
 * newcomer-33 M3: self-assessment sheets head an item with its score range or a plain note — `（0-5分）`,
 * `(0-5分)`, `（满分5分）`, `（自评分）` — and each cost a `--map`, where `（分）`, `/分` and `得分` were read. A range
 * note is "a score out of N": read, and checked against the indicator's range (a mismatch is exit 2 naming both,
 * as its scores would be read on the other scale); `（自评分）` is a plain note. The bundled enterprise rule set's
 * items are assessor's scores 0–100; the 0–5 rule file below is a test's, in the self-assessment form.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreRangeNote } from '../../src/input/score-range-note';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { ruleFileHeader } from '../rule-file-header';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const ENT = 'enterprise/quality-management-capability';
const ITEMS = ENTERPRISE_ITEM_LABELS;

let files = 0;
function file(ext: string, text: string | Uint8Array): string {
  const path = join(temp(), `${++files}.${ext}`);
  writeFileSync(path, text);
  return path;
}
const csv = (...lines: string[]) => file('csv', `${lines.join('\n')}\n`);

const grades = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { grade: string | null }).grade);

/** Two 0–5 self-assessed items (unit 分), graded on their sum: 8 or more is 良好. */
const SELF = `${ruleFileHeader('test/self-assessment')}indicators:
  leadership:
    type: number
    range: "[0, 5]"
    unit: 分
    label: { zh: 领导作用与质量战略, en: Leadership and quality strategy }
  processControl:
    type: number
    range: "[0, 5]"
    unit: 分
    label: { zh: 过程控制, en: Process control }
derived:
  selfTotal:
    label: { zh: 自评合计, en: Self-assessed total }
    unit: 分
    formula: leadership + processControl
grades:
  - { id: pass, label: { zh: 合格, en: Pass } }
  - { id: good, label: { zh: 良好, en: Good } }
criteria:
  - { id: total-pass, indicator: selfTotal, grade: pass, require: "≥ 5" }
  - { id: total-good, indicator: selfTotal, grade: good, require: "≥ 8" }
`;

describe('scoreRangeNote', () => {
  it('reads a range or full marks with 分 in either bracket, NFKC-folded; not a bare range or another note', () => {
    expect(scoreRangeNote('领导作用与质量战略（0-5分）')).toEqual({
      label: '领导作用与质量战略',
      low: 0,
      high: 5,
    });
    expect(scoreRangeNote('领导作用与质量战略(0~5分)')).toEqual({
      label: '领导作用与质量战略',
      low: 0,
      high: 5,
    });
    expect(scoreRangeNote('领导作用与质量战略（0－5分）')).toEqual({
      label: '领导作用与质量战略',
      low: 0,
      high: 5,
    });
    expect(scoreRangeNote('领导作用与质量战略（满分5分）')).toEqual({ label: '领导作用与质量战略', high: 5 });
    expect(scoreRangeNote('总分（满分：100）')).toEqual({ label: '总分', high: 100 });
    expect(scoreRangeNote('领导作用与质量战略（自评分）')).toBeUndefined();
    expect(scoreRangeNote('（0-5分）')).toBeUndefined();
  });
});

describe.concurrent('score-range and self-assessment notes in item headers (newcomer-33 M3)', () => {
  for (const note of ['（0-5分）', '(0-5分)', '（0～5分）', '（满分5分）', '（自评分）', '（1-5分）'])
    it(`label${note}: read as the item, graded as the plain labels are, no hint`, async () => {
      const rules = file('yaml', SELF);
      const path = csv(`企业名称,领导作用与质量战略${note},过程控制${note}`, '甲,4,4', '乙,2,3');
      const run = await cli.run(['--lang', 'zh', 'grade', '-r', rules, '-f', 'ndjson', path]);
      expect(run.code, run.stderr).toBe(0);
      expect(grades(run.stdout)).toEqual(['good', 'pass']);
      expect(run.stderr).not.toContain('相近');
    });

  for (const [note, zh, en] of [
    ['（0-10分）', '注明分值为 0–10 分', 'states a score of 0–10'],
    ['（满分10分）', '注明满分 10 分', 'states full marks of 10'],
    ['（0-3分）', '注明分值为 0–3 分', 'states a score of 0–3'],
  ] as const)
    it(`label${note} under range [0, 5]: exit 2 naming the column, its range and the indicator's (zh, en)`, async () => {
      const rules = file('yaml', SELF);
      const path = csv(`企业名称,领导作用与质量战略${note},过程控制`, '甲,8,4');
      const zhRun = await cli.run(['--lang', 'zh', 'grade', '-r', rules, path]);
      expect(zhRun.code).toBe(2);
      expect(zhRun.stderr).toContain(
        `第 2 列“领导作用与质量战略${note}”${zh}，而指标 leadership（领导作用与质量战略）的取值范围是 [0, 5]`,
      );
      const enRun = await cli.run(['grade', '-r', rules, path]);
      expect(enRun.code).toBe(2);
      expect(enRun.stderr).toContain(
        `column 2 ("领导作用与质量战略${note}") ${en}, but the indicator leadership (Leadership and quality strategy) takes [0, 5]`,
      );
      // Mapped by hand, the header states the same range: refused alike.
      const mapped = await cli.run([
        'grade',
        '-r',
        rules,
        '--map',
        `领导作用与质量战略${note}=leadership`,
        path,
      ]);
      expect(mapped.code).toBe(2);
      expect(mapped.stderr).toContain(en);
    });

  it('the bundled 0–100 items: （0-100分）, （满分100分）, （自评分） read; （满分5分） refused; .xlsx alike', async () => {
    const heads = ITEMS.map((l, i) => `${l}${['（0-100分）', '（满分100分）', '（自评分）'][i % 3]}`);
    const plain = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      csv(`企业名称,${ITEMS.join(',')}`, `甲,${ITEMS.map(() => 85).join(',')}`),
    ]);
    const noted = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      csv(`企业名称,${heads.join(',')}`, `甲,${ITEMS.map(() => 85).join(',')}`),
    ]);
    expect(noted.code, noted.stderr).toBe(0);
    expect(grades(noted.stdout)).toEqual(grades(plain.stdout));
    expect(noted.stderr).not.toContain('is close to');
    const book = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('自评汇总');
      ws.addRow(['企业名称', ...heads]);
      ws.addRow(['甲', ...ITEMS.map(() => 85)]);
    });
    const fromXlsx = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', file('xlsx', book)]);
    expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
    expect(grades(fromXlsx.stdout)).toEqual(grades(plain.stdout));
    const five = ITEMS.map((l, i) => (i === 1 ? `${l}（满分5分）` : l));
    const wrong = await cli.run([
      'grade',
      '-r',
      ENT,
      csv(`企业名称,${five.join(',')}`, `甲,${ITEMS.map(() => 4).join(',')}`),
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(
      'column 3 ("过程控制（满分5分）") states full marks of 5, but the indicator processControl',
    );
  });
});

describe('score-range notes in other spellings (hostile-35 W3)', () => {
  it('reads a bare range, square brackets, points, out of, 分制, N分 and /N; not a number glued to the label', () => {
    const L = '领导作用与质量战略';
    expect(scoreRangeNote(`${L}(0-5)`)).toEqual({ label: L, low: 0, high: 5 });
    expect(scoreRangeNote(`${L}（0~10）`)).toEqual({ label: L, low: 0, high: 10 });
    expect(scoreRangeNote(`${L} [0,10]`)).toEqual({ label: L, low: 0, high: 10 });
    expect(scoreRangeNote(`${L}（0-10 points）`)).toEqual({ label: L, low: 0, high: 10 });
    expect(scoreRangeNote(`${L} (out of 10)`)).toEqual({ label: L, high: 10 });
    expect(scoreRangeNote(`${L}（10分制）`)).toEqual({ label: L, high: 10 });
    expect(scoreRangeNote(`${L}（10分）`)).toEqual({ label: L, high: 10 });
    expect(scoreRangeNote(`${L}/10`)).toEqual({ label: L, high: 10 });
    expect(scoreRangeNote(`${L}10`)).toBeUndefined();
    expect(scoreRangeNote(`${L}（10 MPa）`)).toBeUndefined();
  });

  const ENT_ROWS = (head: string) =>
    csv(
      `企业名称,${head},${ITEMS.slice(1).join(',')}`,
      `甲,9.2,${ITEMS.slice(1)
        .map(() => 90)
        .join(',')}`,
      `乙,8.8,${ITEMS.slice(1)
        .map(() => 85)
        .join(',')}`,
    );
  for (const note of [
    '（0~10）',
    '(0-10)',
    '/10',
    ' (out of 10)',
    '（0-10 points）',
    '（10分制）',
    '（10分）',
  ])
    it(`${ITEMS[0]}${note} under the bundled [0, 100]: exit 2 naming both ranges, mapped or not, no --map hint`, async () => {
      const head = `${ITEMS[0]}${note}`;
      const path = ENT_ROWS(head);
      const plain = await cli.run(['grade', '-r', ENT, '-f', 'ndjson', path]);
      expect(plain.code, plain.stderr).toBe(2);
      expect(plain.stderr).toContain(`column 2 ("${head}")`);
      expect(plain.stderr).toContain('takes [0, 100]');
      expect(plain.stderr).not.toContain('--map');
      const mapped = await cli.run([
        'grade',
        '-r',
        ENT,
        '-f',
        'ndjson',
        '--map',
        `${head}=leadershipCommitment`,
        path,
      ]);
      expect(mapped.code, mapped.stderr).toBe(2);
      expect(mapped.stderr).toContain('takes [0, 100]');
      const zh = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, path]);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain(`第 2 列“${head}”注明`);
      expect(zh.stderr).toContain('的取值范围是 [0, 100]');
    });

  it('（0~5） and /5 under [0, 5] are read as the item and graded', async () => {
    const rules = file('yaml', SELF);
    const run = await cli.run([
      'grade',
      '-r',
      rules,
      '-f',
      'ndjson',
      csv('企业名称,领导作用与质量战略（0~5）,过程控制/5', '甲,4,4', '乙,2,3'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(grades(run.stdout)).toEqual(['good', 'pass']);
  });
});
