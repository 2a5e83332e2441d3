/**
 * fix-input-24 (hostile-23 M2, M4, "Header synonyms left unread", "Slips of the value check"; enterprise-23 W7, W9):
 * loss on ignition headed `灼烧减量`/`灼减` was left unread with no word (an optional indicator not judged);
 * an English label less its note with a unit after it (`Loss on ignition (%)`) was refused; a `否决项`
 * column saying 是 was ignored (卓越级); `未检验`, `不检`, `免检`, `缺项` got the code-point message;
 * `移 动 式`, `移动式。` slipped past the unread-value check.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelSynonyms } from '../../src/input/header-synonyms';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/common-portland-cement';

let files = 0;
/** A file of the given text, written to the temp folder. */
function file(ext: string, text: string): string {
  const path = join(temp(), `${++files}.${ext}`);
  writeFileSync(path, text);
  return path;
}
const csv = (...lines: string[]) => file('csv', `${lines.join('\n')}\n`);
const ndjson = (...records: object[]) =>
  file('ndjson', `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);

/** An .xlsx of rows, written to the temp folder. */
async function xlsx(...rows: (string | number)[][]): Promise<string> {
  const path = join(temp(), `${++files}.xlsx`);
  const book = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('数据');
    for (const row of rows) ws.addRow(row);
  });
  writeFileSync(path, book);
  return path;
}

const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { grade: string | null; status: string; errors?: { message: string }[] });

// A P·O 42.5 cement meeting every limit; its last column (loss on ignition, limit 5.0 % for P·O) as given.
const CEM_HEAD =
  '编号,水泥品种,强度等级,3 天抗压强度,28 天抗压强度,3 天抗折强度,28 天抗折强度,初凝时间,终凝时间,氧化镁 MgO,三氧化硫 SO₃,氯离子 Cl⁻,安定性';
const CEM_ROW = 'C1,P.O,42.5,22.0,48.5,4.5,8.0,150,230,2.1,2.6,0.02,合格';
const cement = (header: string, value = '6.0') => csv(`${CEM_HEAD},"${header}"`, `${CEM_ROW},${value}`);

describe.concurrent('1: loss on ignition headed with its synonyms is read (hostile-23)', () => {
  it('labelSynonyms writes a label with each synonym of a word it holds, and nothing for others', () => {
    expect(labelSynonyms('烧失量 LOI')).toEqual(['灼烧减量 LOI', '灼减量 LOI', '灼减 LOI', '灼烧失量 LOI']);
    expect(labelSynonyms('Loss on ignition (LOI)')).toEqual(['Ignition loss (LOI)']);
    expect(labelSynonyms('不溶物 IR')).toEqual([]);
  });

  for (const header of [
    '灼烧减量',
    '灼减',
    '灼减量',
    '灼烧失量',
    '灼烧减量（%）',
    '灼减,%',
    '灼烧减量 LOI',
    '灼烧减量/%',
  ])
    it(`"${header}" 6.0 % on a P·O is read: not graded on loss-on-ignition; 4.0 % conforming`, async () => {
      const over = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', cement(header)]);
      expect(over.code).toBe(0);
      expect(results(over.stdout)[0]!.grade).toBeNull();
      expect(over.stdout).toContain('loss-on-ignition');
      const within = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', cement(header, '4.0')]);
      expect(results(within.stdout)[0]!.grade).toBe('conforming');
    });

  it('an .xlsx headed 灼烧减量 is read as the CSV is', async () => {
    const book = await xlsx([...CEM_HEAD.split(','), '灼烧减量'], [...CEM_ROW.split(','), 6]);
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', book]);
    expect(results(run.stdout)[0]!.grade).toBeNull();
    expect(run.stdout).toContain('loss-on-ignition');
  });

  it('a synonym in another unit is the unit error; with a note, 减量 or 灼烧 alone it is refused as close', async () => {
    const mg = await cli.run(['grade', '-r', CEMENT, cement('灼烧减量(mg)')]);
    expect(mg.code).toBe(2);
    expect(mg.stderr).toContain('is in mg, but the indicator lossOnIgnition');
    for (const header of ['灼烧减量（950℃）', '减量', '灼烧']) {
      const run = await cli.run(['grade', '-r', CEMENT, cement(header)]);
      expect(run.code, header).toBe(2);
      expect(run.stderr).toContain('looks like the indicator lossOnIgnition');
      expect(run.stderr).toContain(`=lossOnIgnition`);
    }
  });

  it('烧失量 and 灼烧减量 side by side both give lossOnIgnition: refused, not one picked', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      csv(`${CEM_HEAD},烧失量,灼烧减量`, `${CEM_ROW},4.0,6.0`),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('both give the field "lossOnIgnition"');
  });
});

describe.concurrent('2: an English label less its note, a unit after it, is read as the Chinese one is (hostile-23 M2)', () => {
  for (const header of [
    'Loss on ignition (%)',
    'Loss on ignition %',
    'Loss on ignition, %',
    'Loss on ignition/%',
    'Ignition loss (%)',
  ])
    it(`"${header}": read; 6.0 % on a P·O fails loss-on-ignition, 4.0 % conforming`, async () => {
      const over = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', cement(header)]);
      expect(over.code).toBe(0);
      expect(results(over.stdout)[0]!.grade).toBeNull();
      expect(over.stdout).toContain('loss-on-ignition');
      const within = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', cement(header, '4.0')]);
      expect(results(within.stdout)[0]!.grade).toBe('conforming');
    });

  for (const header of ['Insoluble residue (%)', 'Insoluble residue, %'])
    it(`"${header}": read; 1.0 % on a P·I (limit 0.75 %) fails insoluble-residue`, async () => {
      const file = csv(`${CEM_HEAD},"${header}"`, `${CEM_ROW.replace('P.O', 'P.I')},1.0`);
      const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('insoluble-residue');
      expect(results(run.stdout)[0]!.grade).toBeNull();
    });

  it('an .xlsx headed `Loss on ignition (%)` is read as the CSV is', async () => {
    const book = await xlsx([...CEM_HEAD.split(','), 'Loss on ignition (%)'], [...CEM_ROW.split(','), 6]);
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', book]);
    expect(run.stdout).toContain('loss-on-ignition');
  });

  it('another unit is the unit error (zh too); a note that is no unit is still refused as close', async () => {
    const mg = await cli.run(['grade', '-r', CEMENT, cement('Loss on ignition (mg)')]);
    expect(mg.code).toBe(2);
    expect(mg.stderr).toContain('("Loss on ignition (mg)") is in mg, but the indicator lossOnIgnition');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', CEMENT, cement('Loss on ignition (mg)')]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('请把数值换算为 %');
    const note = await cli.run(['grade', '-r', CEMENT, cement('Loss on ignition (950 °C)')]);
    expect(note.code).toBe(2);
    expect(note.stderr).toContain('looks like the indicator lossOnIgnition');
  });

  it('beside a column read as lossOnIgnition, `Loss on ignition (%)` is not read too: refused as a near duplicate', async () => {
    const file = csv(`${CEM_HEAD},烧失量,"Loss on ignition (%)"`, `${CEM_ROW},4.0,6.0`);
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('only column 14 is read as it');
  });
});
