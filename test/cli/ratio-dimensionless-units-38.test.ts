/**
 * Units a lab writes for a figure with no unit (committee-38 F1, F7; newcomer-38 W2).
 * - F1: GB 21455 and lab reports write APF's and SEER's unit as watt-hours per watt, `W·h/W`. A units row
 *   `,,W,W·h/W` was graded as a sample (3 records for 2 samples, the id column dropped), and a header `SEER(W·h/W)`
 *   was only "close to seer". Now `W·h/W`, `W.h/W` and `Wh/W` are the ratio `W·h/(W·h)`. A units row with one cell
 *   that is no unit known, its other cells units, is the units-row error naming that cell, not a record.
 * - W2: `透光率(无量纲)`, `(1)`, `(—)`, `(-)` under an indicator in % is a fraction of one: refused (exit 2) with the
 *   advice to multiply by 100, mapped with --map or not; a merged header is told once, as its run of columns.
 * - F7: a header `类型`, the end of 机组类型 (unitType, required) and of 气候类型 (climateType, with a default), is
 *   close to unitType: a hint, not "unitType is missing" on every row with no word of the column.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

interface Row {
  row: number;
  grade: string | null;
  kept?: Record<string, string>;
}

// The tests run concurrently in one folder: each file gets a name of its own.
let files = 0;
const csv = (name: string, lines: string[]): string => {
  const path = join(temp(), `${++files}-${name}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

const grade = async (path: string, ...extra: string[]) => {
  const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', '--detail', 'grade', ...extra, path]);
  const rows = run.stdout
    .trim()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Row);
  return { ...run, rows };
};

// GB 21455-2019 via the bundled rule set, cooling-only ≤ 4500 W: SEER 5.80 is Grade 1's limit, 5.79 just under it.
const SAMPLES = ['C1,单冷型,3500,,5.80', 'C2,单冷型,3500,,5.79'];

describe.concurrent('W·h/W, the ratio GB 21455 writes for APF and SEER (committee-38 F1)', () => {
  for (const unit of ['W·h/W', 'W.h/W', 'Wh/W', 'W·h/(W·h)'])
    it(`a units row writing ${unit} is the header's units: two samples, two records, the id kept`, async () => {
      const path = csv('units.csv', [
        '样品编号,机组类型,额定制冷量,APF,SEER',
        `,,W,${unit},${unit}`,
        ...SAMPLES,
      ]);
      const run = await grade(path);
      expect(run.code).toBe(0);
      expect(run.rows.map((r) => [r.kept?.样品编号, r.grade])).toEqual([
        ['C1', '1'],
        ['C2', '2'],
      ]);
      expect(run.stderr).toContain(`line 2 is a row of units under the header (W, ${unit})`);
    });

  for (const unit of ['W·h/W', 'W.h/W', 'Wh/W'])
    it(`a header SEER(${unit}) is read as seer without --map`, async () => {
      const path = csv('h.csv', [`样品编号,机组类型,额定制冷量(W),APF,SEER(${unit})`, ...SAMPLES]);
      const run = await grade(path);
      expect(run.code).toBe(0);
      expect(run.rows.map((r) => r.grade)).toEqual(['1', '2']);
      expect(run.stderr).not.toContain('close to');
    });

  it('an .xlsx with a title row, the header and a units row W, W·h/W, dB(A): two records, the id kept', async () => {
    const path = join(temp(), `${++files}-two-row.xlsx`);
    writeFileSync(
      path,
      await exceljsWorkbook((book) => {
        const sheet = book.addWorksheet('Sheet');
        sheet.addRow(['2025 年抽检']);
        sheet.mergeCells('A1:F1');
        sheet.addRow(['样品编号', '机组类型', '额定制冷量', 'APF', 'SEER', '室内噪声']);
        sheet.addRow(['', '', 'W', 'W·h/W', 'W·h/W', 'dB(A)']);
        sheet.addRow(['C1', '单冷型', 3500, null, 5.8, 38]);
        sheet.addRow(['C2', '单冷型', 3500, null, 5.79, 38]);
      }),
    );
    const run = await grade(path);
    expect(run.code).toBe(0);
    expect(run.rows.map((r) => [r.kept?.样品编号, r.grade])).toEqual([
      ['C1', '1'],
      ['C2', '2'],
    ]);
    expect(run.stderr).toContain('sheet "Sheet" row 3 is a row of units under the header');
  });

  it('a units row with one cell no unit known, the others units, is refused naming that cell, in zh and en', async () => {
    const path = csv('unknown.csv', [
      '样品编号,机组类型,额定制冷量,APF,SEER',
      ',,W,Btu/Wh,W·h/W',
      ...SAMPLES,
    ]);
    const en = await grade(path);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain(
      'line 2 (the units under the header) gives column 4 ("APF") the unit "Btu/Wh", which qgrade does not know; the indicator apf (Annual performance factor (APF)) has no unit',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 2 行（表头下的单位行）把第 4 列“APF”的单位写作“Btu/Wh”，qgrade 不认识这个单位',
    );
  });

  it('a row with a sample id, or with one unit only beside the unknown text, is a record as before', async () => {
    // The id makes it a record: graded, invalid for its text under numbers.
    const withId = await grade(
      csv('id.csv', ['样品编号,机组类型,额定制冷量,APF,SEER', 'X0,,W,Btu/Wh,W·h/W', ...SAMPLES]),
    );
    expect(withId.code).toBe(1);
    expect(withId.rows).toHaveLength(3);
    // One unit and one unknown text: not "most cells units".
    const few = await grade(
      csv('few.csv', ['样品编号,机组类型,额定制冷量,APF,SEER', ',,W,Btu/Wh,', ...SAMPLES]),
    );
    expect(few.code).toBe(1);
    expect(few.rows).toHaveLength(3);
  });

  it('F7: a header 类型 (the end of 机组类型 and 气候类型) is close to unitType, the one every record must give', async () => {
    const path = csv('type.csv', ['样品编号,类型,额定制冷量(W),SEER', 'C1,单冷型,3500,5.80']);
    const en = await grade(path);
    // A ready --map: unitType's cells are held to its kinds (热泵型, 单冷型), so a column of another kind is refused
    // cell by cell (session 42; session 41 had named it without one).
    expect(en.stderr).toContain(
      'the column "类型" is close to the indicator unitType (Unit type) but is not read as it; if it is that indicator, add --map 类型=unitType',
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, path]);
    expect(zh.stderr).toContain(
      '“类型”列与指标 unitType（机组类型）相近，但没有作为它读取；如果就是它，请加上 --map 类型=unitType',
    );
    const mapped = await grade(path, '--map', '类型=unitType');
    expect(mapped.rows.map((r) => r.grade)).toEqual(['1']);
  });
});

const GLASS = `schemaVersion: 1
id: test/glass
version: 1.0.0
industry: test
subject: product
title: { zh: 测试玻璃, en: Test glass }
references:
  - { code: TEST 38-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  transmittance:
    type: number
    unit: "%"
    range: "[0, 100]"
    label: { zh: 透光率, en: Visible light transmittance }
  thickness:
    type: number
    unit: mm
    required: false
    label: { zh: 厚度, en: Thickness }
grades:
  - { id: Q, label: { zh: 合格品, en: Qualified } }
criteria:
  - id: trans
    indicator: transmittance
    require: "≥ 85 %"
`;

describe.concurrent('a figure with no unit under an indicator in % (newcomer-38 W2)', () => {
  const glass = () => {
    const path = join(temp(), `${++files}-glass.yaml`);
    writeFileSync(path, GLASS);
    return path;
  };
  const run = (path: string, ...extra: string[]) =>
    cli.run(['grade', '-r', glass(), '-f', 'ndjson', ...extra, path]);

  for (const unit of ['无量纲', '1', '—', '-'])
    for (const mapped of [false, true])
      it(`透光率(${unit}) is refused with the advice to multiply by 100${mapped ? ', mapped with --map too' : ''}`, async () => {
        const path = csv('dimless.csv', [`样品编号,厚度(mm),透光率(${unit})`, 'A1,6,0.88']);
        const result = await run(path, ...(mapped ? ['--map', `透光率(${unit})=transmittance`] : []));
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toContain(
          `column 3 ("透光率(${unit})") is in ${unit}, but the indicator transmittance (Visible light transmittance) is in %`,
        );
        expect(result.stderr).toContain('multiply the values by 100 (0.88 → 88) and write % in the header');
        expect(result.stderr).not.toContain('--map');
      });

  it('in zh, the advice is the same', async () => {
    const path = csv('dimless.csv', ['样品编号,透光率(无量纲)', 'A1,0.88']);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', glass(), path]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      '第 2 列“透光率(无量纲)”的单位是 无量纲，而指标 transmittance（透光率）的单位是 %',
    );
    expect(zh.stderr).toContain('请把数值乘以 100（0.88 → 88），并把表头中的单位改为 %');
  });

  it('88 under 透光率(%) is graded; under 厚度(无量纲) (mm) the advice is to convert, not ×100', async () => {
    const ok = await run(csv('pc.csv', ['样品编号,透光率(%)', 'A1,85', 'A2,84.9']));
    expect(ok.code).toBe(0);
    expect(
      ok.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Row).grade),
    ).toEqual(['Q', null]);
    const mm = await run(csv('mm.csv', ['样品编号,透光率(%),厚度(无量纲)', 'A1,88,6']));
    expect(mm.code).toBe(2);
    expect(mm.stderr).toContain(
      'column 3 ("厚度(无量纲)") is in 无量纲, but the indicator thickness (Thickness) is in mm',
    );
    expect(mm.stderr).toContain('convert the values to mm');
  });

  it('厚度(1) or 厚度(—) under mm is no unit (a number or a blank there): told to --map it, as before', async () => {
    for (const header of ['厚度(1)', '厚度(—)']) {
      const result = await run(csv('thick.csv', [`样品编号,透光率(%),${header}`, 'A1,88,6']));
      expect(result.code, header).toBe(2);
      expect(result.stderr, header).toContain(
        `column 3 ("${header}") looks like the indicator thickness (Thickness) but is not read as it`,
      );
      expect(result.stderr, header).not.toContain('convert');
    }
  });

  it('透光率(1) beside 透光率(2) numbers specimens: not refused as the unit one (left unread, as before)', async () => {
    const result = await run(csv('numbered.csv', ['样品编号,透光率(1),透光率(2)', 'A1,88,88']));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('multiply');
  });

  it('a merged header over five columns is told once, as columns 2–6, about the unit', async () => {
    const path = join(temp(), `${++files}-merged.xlsx`);
    writeFileSync(
      path,
      await exceljsWorkbook((book) => {
        const sheet = book.addWorksheet('Sheet');
        sheet.addRow(['样品编号', '透光率(无量纲)', '', '', '', '']);
        sheet.mergeCells('B1:F1');
        sheet.addRow(['', '1', '2', '3', '4', '5']);
        sheet.addRow(['A1', 0.88, 0.88, 0.88, 0.88, 0.88]);
      }),
    );
    const rules = join(temp(), `${++files}-glass5.yaml`);
    writeFileSync(
      rules,
      GLASS.replace('    range: "[0, 100]"\n', '    range: "[0, 100]"\n    specimens: 5\n'),
    );
    const result = await cli.run(['grade', '-r', rules, path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'columns 2–6 ("透光率(无量纲)") are in 无量纲, but the indicator transmittance (Visible light transmittance) is in %',
    );
    expect(result.stderr).toContain('multiply the values by 100');
    expect(result.stderr).not.toContain('both give the field');
  });
});
