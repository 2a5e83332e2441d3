/**
 * Values written with GB/T 8170's rounding marks (standards-26 M1, fix-input3-33): `42.5(−)` is a measured value in
 * [42.45, 42.5), rounded up to 42.5. A single value so written is read: under the full-value method it decides where
 * its interval lies on one side of the limit (42.5(−) fails cement's ≥ 42.5, which 42.5 meets), and a record whose
 * interval straddles a limit is invalid, told to report the value unrounded; under the rounded-value method the mark
 * re-rounds (344.5(+) → 345). A specimen value with a mark (rebar's Agt, four specimens) is still refused with the
 * unrounded-value advice. `qgrade round` reads the mark: a tie goes toward the true value.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledRuleSet } from '../../src/bundled/bundled-rule-sets';
import { compileGrader } from '../../src/grade/create-grader';
import { loadRuleSet } from '../../src/resolve/load-rule-set';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const CEMENT = 'building-materials/common-portland-cement';
const CEMENT_HEADER =
  'cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';
const cementRow = (compressive28d: string) => `P.O,42.5,30,${compressive28d},6,9,150,240,2,2.5,0.02,true`;

const REBAR = 'steel/hot-rolled-ribbed-bar';
const LOTS = 'building-materials/cement-lot-grade';
const REBAR_HEADER =
  'designation,diameter,yieldStrength,tensileStrength,elongation,maxForceElongation,carbon,silicon,manganese,phosphorus,sulfur,massDeviation,bendTest';
const rebarRow = (agt: string) => `HRB400E,20,450,600,20,${agt},0.2,0.5,1.2,0.03,0.03,0,true`;

interface Result {
  grade: string | null;
  notGradedReason?: { code: string };
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

function results(stdout: string): Result[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Result);
}

async function graded(ruleSet: string, path: string, lang = 'en'): Promise<Result[]> {
  const run = await cli.run(['--lang', lang, 'grade', '-r', ruleSet, '-f', 'ndjson', path]);
  return results(run.stdout);
}

function write(name: string, lines: string[]): string {
  const path = join(temp(), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const MARKED_CEMENT = ['42.5(-)', '42.5(−)', '42.5（－）', '42.4(+)', '42.5⁻'];

describe.concurrent('values with a GB/T 8170 rounding mark', () => {
  it('cement (full-value method, 28-day ≥ 42.5): every marked form is read and decides where its interval does', async () => {
    // 42.5(−) lies in [42.45, 42.5) and 42.4(+) in (42.4, 42.45]: both below 42.5, nonconforming whatever the digits
    // after; 42.5(+) and 43(−) lie above it. 42(+) lies in (42, 42.5], across the limit: invalid, said why.
    const path = write('cement.csv', [
      CEMENT_HEADER,
      ...[...MARKED_CEMENT, '42.5(+)', '43(-)', '42(+)'].map(cementRow),
    ]);
    const [en, zh] = await Promise.all([graded(CEMENT, path), graded(CEMENT, path, 'zh')]);
    expect(en.map((r) => [r.grade, r.notGradedReason?.code])).toEqual([
      ...MARKED_CEMENT.map(() => [null, 'below-lowest-grade']),
      ['conforming', undefined],
      ['conforming', undefined],
      [null, 'invalid-record'],
    ]);
    expect(en.slice(0, -1).every((r) => r.errors === undefined)).toBe(true);
    expect(en.at(-1)!.errors).toEqual([
      {
        field: 'compressive28d',
        code: 'not-computable',
        message: {
          en: 'compressive28d (28-day compressive strength) is written 42(+) (a GB/T 8170 rounding mark: the measured value lies in (42, 42.5]), an interval across the limit of requirement "compressive-28d", so the rounded value cannot decide it: write the measured value unrounded',
          zh: '28 天抗压强度写作 42(+)（GB/T 8170 修约符号：实测值在 (42, 42.5] 内），该区间跨越要求“compressive-28d”的限值，修约后的数值无法判定：请写未经修约的实测值',
        },
      },
    ]);
    expect(zh.at(-1)!.errors).toEqual(en.at(-1)!.errors);
  });

  it('cement: the explanation shows a marked value as written, not the number graded (42.4999999), in every detail and on two threads', async () => {
    const path = write('cement-shown.csv', [CEMENT_HEADER, ...['42.5(-)', '43(-)', '42.5'].map(cementRow)]);
    type Shown = {
      criteria: { id: string; value: number; written?: string; message: { zh: string; en: string } }[];
    };
    const strength = (stdout: string) =>
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Shown).criteria.find((c) => c.id === 'compressive-28d'));
    const full = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    const [below, above, plain] = strength(full.stdout);
    // Graded on a value just below 42.5 (the limit lies at the numeral), shown as the lab wrote it.
    expect(below).toMatchObject({ value: 42.4999999, written: '42.5(−)' });
    expect(below!.message).toEqual({
      zh: '28 天抗压强度：42.5(−) MPa，不满足 ≥ 42.5 MPa（强度、凝结时间、安定性和化学指标合格要求）',
      en: '28-day compressive strength: 42.5(−) MPa does not meet ≥ 42.5 MPa (Conforming on strength, setting time, soundness and chemistry requirement)',
    });
    expect(above).toMatchObject({ value: 43, written: '43(−)' });
    expect(above!.message.en).toMatch(/^28-day compressive strength: 43\(−\) MPa meets ≥ 42\.5 MPa/);
    // A value written without a mark has no `written`, and its sentence is as before.
    expect(plain!.written).toBeUndefined();
    expect(plain!.message.en).toMatch(/^28-day compressive strength: 42\.5 MPa meets/);
    const failing = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', '--detail', 'failing', path]);
    expect(strength(failing.stdout)[0]).toEqual(below);
    const workers = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', '--workers', '2', path]);
    expect(workers.stdout).toBe(full.stdout);
  });

  it('cement: CSV explanations and the .xlsx blockers cell show a marked value as written, in en and zh (hostile-35 M1)', async () => {
    // 42.5(−) is graded as 42.4999999 against ≥ 42.5 and 5.0(+) as 5.0000001 against MgO ≤ 5.0 %: the lab wrote the marks.
    const row = (c28: string, mgo: string) => `P.O,42.5,30,${c28},6,9,150,240,${mgo},2.5,0.02,true`;
    const path = write('cement-summary.csv', [CEMENT_HEADER, row('42.5(−)', '2'), row('48.5', '5.0(+)')]);
    const explanations = async (lang: string) => {
      const run = await cli.run(['--lang', lang, 'grade', '-r', CEMENT, '-f', 'csv', path]);
      return (
        run.stdout
          .trim()
          .split('\n')
          .slice(1)
          // Both records are below the lowest grade: no label and no id, so `explanation` follows the first nine commas.
          .map((l) => l.split(',').slice(9).join(',').replace(/^"|"$/g, ''))
      );
    };
    expect(await explanations('en')).toEqual([
      'To reach Conforming on strength, setting time, soundness and chemistry: 28-day compressive strength 42.5(−) MPa (≥ 42.5 MPa)',
      'To reach Conforming on strength, setting time, soundness and chemistry: Magnesia (MgO) 5.0(+) % (≤ 5.0 %)',
    ]);
    expect(await explanations('zh')).toEqual([
      '距强度、凝结时间、安定性和化学指标合格：28 天抗压强度 42.5(−) MPa（≥ 42.5 MPa）',
      '距强度、凝结时间、安定性和化学指标合格：氧化镁 MgO 5.0(+) %（≤ 5.0 %）',
    ]);
    const xlsx = join(temp(), 'cement-summary.xlsx');
    await cli.run(['--lang', 'en', 'grade', '-r', CEMENT, '-f', 'xlsx', '-o', xlsx, path]);
    const [sheet] = await readBack(readFileSync(xlsx));
    const column = sheet!.rows[0]!.indexOf('Held down by');
    expect(sheet!.rows.slice(1).map((r) => r[column])).toEqual([
      '28-day compressive strength 42.5(−) MPa (≥ 42.5 MPa)',
      'Magnesia (MgO) 5.0(+) % (≤ 5.0 %)',
    ]);
  });

  it('cement: the unrounded values the advice asks for decide at, below and above the limit', async () => {
    // 42.5(−) stood for a value below 42.5, such as 42.47: it fails ≥ 42.5, as it should; 42.5 itself meets it.
    const path = write('cement-unrounded.csv', [
      CEMENT_HEADER,
      ...['42.47', '42.5', '42.43', '42.51'].map(cementRow),
    ]);
    const got = await graded(CEMENT, path);
    expect(got.map((r) => r.grade === null)).toEqual([true, false, true, false]);
    expect(got.every((r) => r.errors === undefined)).toBe(true);
  });

  it('rebar (rounded-value method, Agt at 0.5 %, ≥ 9.0, four specimens): a marked specimen value is refused; 8.75 meets and 8.74 fails', async () => {
    const path = write('rebar.csv', [REBAR_HEADER, ...['8.75(-)', '8.75', '8.74', '8.76'].map(rebarRow)]);
    const got = await graded(REBAR, path);
    expect(got[0]!.grade).toBeNull();
    expect(got[0]!.errors?.map((e) => [e.field, e.message.en])).toEqual([
      [
        'maxForceElongation',
        'maxForceElongation (Percentage total elongation at maximum force Agt) must be a number: "8.75(-)" carries a GB/T 8170 rounding mark: 8.75(−) means the measured value is below 8.75 (rounded up to it), and qgrade does not read a mark on a specimen value (specimens are judged one by one or combined, where an interval would leave them undecided): write the measured value unrounded in the cell; do not drop the mark and write 8.75, which may turn the verdict against a limit (line 2, column 6)',
      ],
    ]);
    expect(got.slice(1).map((r) => [r.grade, r.notGradedReason?.code])).toEqual([
      ['conforming', undefined],
      [null, 'below-lowest-grade'],
      ['conforming', undefined],
    ]);
  });

  it('a JSON string value with a mark is read as a cell is; one across the limit is invalid', async () => {
    const header = CEMENT_HEADER.split(',');
    const record = (v: string | number) => {
      const cells = cementRow('0').split(',');
      const r: Record<string, unknown> = Object.fromEntries(header.map((k, i) => [k, Number(cells[i])]));
      return JSON.stringify({
        ...r,
        cementType: 'P.O',
        strengthClass: '42.5',
        soundness: true,
        compressive28d: v,
      });
    };
    const input = `${[record('42.5(-)'), record('42.4（＋）'), record(42.5), record('42(+)')].join('\n')}\n`;
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', '-'], { input });
    const got = results(run.stdout);
    expect(got.map((r) => [r.grade, r.notGradedReason?.code])).toEqual([
      [null, 'below-lowest-grade'],
      [null, 'below-lowest-grade'],
      ['conforming', undefined],
      [null, 'invalid-record'],
    ]);
    expect(got[3]!.errors?.[0]?.message.en).toContain('cannot decide it: write the measured value unrounded');
  });

  it('.xlsx: a marked text cell is read as in a CSV', async () => {
    const path = join(temp(), 'marks.xlsx');
    writeFileSync(
      path,
      await exceljsWorkbook((wb) => {
        const ws = wb.addWorksheet('Sheet1');
        ws.addRow(CEMENT_HEADER.split(','));
        ws.addRow(cementRow('42.5(−)').split(','));
        ws.addRow(cementRow('42.5（＋）').split(','));
      }),
    );
    const got = await graded(CEMENT, path);
    expect(got.map((r) => [r.grade, r.errors])).toEqual([
      [null, undefined],
      ['conforming', undefined],
    ]);
  });

  it('low-alloy steel (rounded-value method, ReH ≥ 345 MPa at 16–40 mm, rounded to 1 MPa): the mark re-rounds', async () => {
    // 345(−) is the rounded value 345 (GB/T 8170 / YB/T 081): met. 344.5(+) lies above 344.5 and rounds to 345: met,
    // where 344.5 alone rounds (half to even) to 344. 344.5(−) rounds to 344: not met.
    const header =
      'designation,thickness,yieldStrength,tensileStrength,impactTemperature,impactEnergy,carbon,manganese,phosphorus,sulfur';
    const row = (reh: string) => `Q355,20,${reh},528,-20,62;58;71,0.16,1.38,0.018,0.009`;
    const path = write('steel.csv', [header, ...['345(-)', '344.5(+)', '344.5(-)', '344.5'].map(row)]);
    const got = await graded('steel/low-alloy-structural-steel', path);
    expect(got.map((r) => [r.grade !== null, r.errors])).toEqual([
      [true, undefined],
      [true, undefined],
      [false, undefined],
      [false, undefined],
    ]);
  });

  it('rebar (rounded-value method, limits compared at 0.1 % and 0.01 %): a value marked more coarsely than the comparison is decided on its interval (hostile-34 W1)', async () => {
    // Mass deviation ±6.0 % at 0.1: 6(+) is (6, 6.5], which rounds to 6.0 … 6.5 — across ≤ 6.0; 6(−) is [5.5, 6), all
    // ≤ 6.0. Carbon ≤ 0.25 at 0.01: 0.3(−) is [0.25, 0.3), 0.25 meets and 0.26 fails; 0.2(+) is (0.2, 0.25], all meet.
    const row = (carbon: string, massDeviation: string) =>
      `HRB400,12,438,585,21.5,10.4,${carbon},0.42,1.31,0.031,0.022,${massDeviation},true`;
    const path = write('rebar-coarse.csv', [
      REBAR_HEADER,
      row('0.21', '6(+)'),
      row('0.21', '-6(+)'),
      row('0.21', '6(−)'),
      row('0.3(−)', '-4.6'),
      row('0.2(+)', '-4.6'),
      row('0.21', '6.0(+)'),
    ]);
    const got = await graded(REBAR, path);
    expect(got.map((r) => [r.grade, r.errors?.map((e) => [e.field, e.code])])).toEqual([
      [null, [['massDeviation', 'not-computable']]],
      [null, [['massDeviation', 'not-computable']]],
      ['conforming', undefined],
      [null, [['carbon', 'not-computable']]],
      ['conforming', undefined],
      ['conforming', undefined],
    ]);
    expect(got[0]!.errors![0]!.message.en).toBe(
      'massDeviation (Deviation from theoretical mass) is written 6(+) (a GB/T 8170 rounding mark: the measured value lies in (6, 6.5]), an interval across the limit of requirement "mass-deviation-upper", so the rounded value cannot decide it: write the measured value unrounded',
    );
  });

  it('cement under the rounded-value method: 42(+) against ≥ 42.5 at 0.1 is not-computable, as under the full-value method (hostile-34 W1)', async () => {
    const source = readFileSync(join(ROOT, 'rules/building-materials/common-portland-cement.yaml'), 'utf8');
    expect(source).toMatch(/^comparison: full$/m);
    const rules = join(temp(), 'cement-rounded.yaml');
    writeFileSync(rules, source.replace(/^comparison: full$/m, 'comparison: rounded'));
    const path = write('cement-rounded.csv', [
      CEMENT_HEADER,
      ...['42(+)', '42.5(−)', '43(−)'].map(cementRow),
    ]);
    const got = await graded(rules, path);
    expect(got.map((r) => [r.grade, r.errors?.map((e) => [e.field, e.code])])).toEqual([
      [null, [['compressive28d', 'not-computable']]],
      ['conforming', undefined], // the rounded value 42.5 meets ≥ 42.5
      ['conforming', undefined],
    ]);
  });

  it('rebar: a marked diameter whose interval lies in one row is graded on that row; one across a row edge is refused with why, in en and zh (hostile-34 W3, hostile-35 W1)', async () => {
    // 14(−) is [13.5, 14), wholly in massTolerance's row [6, 14), which allows ±6.0 %: -5.5 passes there, where the
    // numeral 14 picks [14, 22) (±5.0 %) and fails. 6(−) is [5.5, 6), wholly below the scope's 6 mm.
    const row = (diameter: string) =>
      `HRB400,${diameter},438,585,21.5,10.4,0.21,0.42,1.31,0.031,0.022,-5.5,true`;
    const path = write('rebar-key.csv', [REBAR_HEADER, ...['14(−)', '14', '6(−)'].map(row)]);
    const got = await graded(REBAR, path);
    expect(
      got.map((r) => [r.grade, r.notGradedReason?.code, r.errors?.map((e) => [e.field, e.code])]),
    ).toEqual([
      ['conforming', undefined, undefined],
      [null, 'below-lowest-grade', undefined],
      [null, 'out-of-scope', undefined],
    ]);
    // The row edge moved to 13.8, inside [13.5, 14): the two ends pick different rows.
    const source = readFileSync(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'), 'utf8');
    expect(source).toContain('- ["[6, 14)", -6.0, 6.0]');
    const rules = join(temp(), 'rebar-edge.yaml');
    writeFileSync(rules, source.replace('"[6, 14)"', '"[6, 13.8)"').replace('"[14, 22)"', '"[13.8, 22)"'));
    const [en, zh] = await Promise.all([graded(rules, path), graded(rules, path, 'zh')]);
    expect(en.map((r) => [r.grade, r.errors?.map((e) => [e.field, e.code])])).toEqual([
      [null, [['diameter', 'wrong-type']]],
      [null, undefined],
      [null, undefined],
    ]);
    expect(en[0]!.errors![0]!.message).toEqual({
      en: 'diameter (Nominal diameter d) is written 14(−) (a GB/T 8170 rounding mark: the value lies in [13.5, 14)), but it selects the row of table massTolerance, and the two ends of the interval pick differently, so the rounded value cannot decide it: write the value without a mark (a nominal value as it is, a measured value unrounded) (line 2, column 2)',
      zh: '公称直径 d 写作 14(−)（GB/T 8170 修约符号：实测值在 [13.5, 14) 内），但该指标选择表 massTolerance 的行，区间两端选出不同的结果，修约后的数值无法判定：请写不带符号的数值（标称值照写，实测值写未经修约的数值）（第 2 行第 2 列）',
    });
    expect(zh[0]!.errors).toEqual(en[0]!.errors);
  });

  it('cement: a marked loss on ignition under the "judged when given" `when: ≥ 0` is graded on its interval; a `when` edge inside the interval refuses it (hostile-35 W1)', async () => {
    // P·I LOI ≤ 3.0 % (rule file's chemistry table, [memory]): 3.0(+) is (3.0, 3.05], nonconforming; 3.0(−) is
    // [2.95, 3.0), conforming; 0.0(+) is (0, 0.05], wholly ≥ 0, conforming.
    const header = `${CEMENT_HEADER},lossOnIgnition`;
    const row = (loi: string) => `P.I,42.5,30,48.5,6,9,150,240,2,2.5,0.02,true,${loi}`;
    const path = write('cement-loi.csv', [header, ...['3.0(+)', '3.0(−)', '0.0(+)'].map(row)]);
    const got = await graded(CEMENT, path);
    expect(got.map((r) => [r.grade, r.notGradedReason?.code, r.errors])).toEqual([
      [null, 'below-lowest-grade', undefined],
      ['conforming', undefined, undefined],
      ['conforming', undefined, undefined],
    ]);
    // The `when` moved to ≥ 2.98, inside [2.95, 3.0): one end judges LOI, the other does not.
    const source = readFileSync(join(ROOT, 'rules/building-materials/common-portland-cement.yaml'), 'utf8');
    expect(source).toContain('when: { lossOnIgnition: "≥ 0" }');
    const rules = join(temp(), 'cement-when.yaml');
    writeFileSync(
      rules,
      source.replace('when: { lossOnIgnition: "≥ 0" }', 'when: { lossOnIgnition: "≥ 2.98" }'),
    );
    const [en, zh] = await Promise.all([graded(rules, path), graded(rules, path, 'zh')]);
    expect(en.map((r) => [r.grade, r.errors?.map((e) => [e.field, e.code])])).toEqual([
      [null, undefined],
      [null, [['lossOnIgnition', 'wrong-type']]],
      ['conforming', undefined],
    ]);
    expect(zh[1]!.errors![0]!.message).toEqual({
      en: 'lossOnIgnition (Loss on ignition (LOI)) is written 3.0(−) (a GB/T 8170 rounding mark: the value lies in [2.95, 3.0)), but it decides whether requirement "loss-on-ignition" applies, and the two ends of the interval pick differently, so the rounded value cannot decide it: write the value without a mark (a nominal value as it is, a measured value unrounded) (line 3, column 13)',
      zh: '烧失量 LOI 写作 3.0(−)（GB/T 8170 修约符号：实测值在 [2.95, 3.0) 内），但该指标决定要求“loss-on-ignition”是否适用，区间两端选出不同的结果，修约后的数值无法判定：请写不带符号的数值（标称值照写，实测值写未经修约的数值）（第 3 行第 13 列）',
    });
  });

  it('air conditioners: a marked rated capacity wholly inside one row of the APF table is graded on that row (hostile-35 W1)', async () => {
    // GB 21455-2019 heat-pump APF grade 1 (rule's table): ≥ 5.00 for CC ≤ 4500 W, ≥ 4.50 for 4500 < CC ≤ 7100 W.
    // 3500(+) is (3500, 3500.5]; 4500(+) is (4500, 4500.5], wholly in the second row, where the numeral 4500 is not.
    const path = write('ac.ndjson', [
      '{"unitType":"heat-pump","ratedCoolingCapacity":"3500(+)","apf":5.00}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":"4500(+)","apf":4.5}',
      '{"unitType":"heat-pump","ratedCoolingCapacity":"4500(−)","apf":4.5}',
    ]);
    const run = await cli.run([
      'grade',
      '-r',
      'home-appliances/room-air-conditioner-energy',
      '-f',
      'ndjson',
      path,
    ]);
    const got = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) => JSON.parse(l) as { grade: string | null; criteria: { id: string; limit: { text: string } }[] },
      );
    expect(got.map((r) => [r.grade, r.criteria.find((c) => c.id === 'apf@1')?.limit.text])).toEqual([
      ['1', '≥ 5.00'],
      ['1', '≥ 4.50'],
      ['2', '≥ 5.00'],
    ]);
  });

  it('cement lots: a marked value a group statistic reads leaves its group not graded, with why; graded alone it is read (hostile-34 W2)', async () => {
    // CV of 50, 51, 52, 49.5 and x runs from 2.80 % (x → 53) to 3.13 % (x = 53.5): 53(+), (53, 53.5], straddles the
    // superior grade's ≤ 3.0 %, and was read as 53 (superior).
    const header = 'lot,id,cementType,strengthClass,compressive3d,compressive28d,initialSetting,finalSetting';
    const lot = (x: string) =>
      ['50', '51', '52', '49.5', x].map((v, i) => `B,B${i},P.O,42.5,25,${v},150,230`);
    const marked = write('lot-marked.csv', [header, ...lot('53(+)')]);
    const plain = write('lot-plain.csv', [header, ...lot('53.5')]);
    const group = async (path: string, lang = 'en') => {
      const run = await cli.run([
        '--lang',
        lang,
        'grade',
        '-r',
        LOTS,
        '--group-by',
        'lot',
        '-f',
        'ndjson',
        path,
      ]);
      return JSON.parse(run.stdout.trim()) as {
        grade: string | null;
        records: { invalid: number };
        heldBy: { row: number; failing: string[] }[];
      };
    };
    const got = await group(marked);
    expect([got.grade, got.records.invalid, got.heldBy]).toEqual([
      null,
      1,
      [{ row: 5, kept: { id: 'B4' }, grade: null, failing: ['compressive28d'] }],
    ]);
    expect((await group(plain)).grade).toBe('first');
    // The record graded alone: the marked value is read as before (no statistic reads it there).
    const alone = await graded(LOTS, marked);
    expect(alone.at(-1)!.errors).toBeUndefined();
    // The record's error, as the grader gives it in a group.
    const one = compileGrader(await loadBundledRuleSet(LOTS)).gradeWithValues({
      cementType: 'P.O',
      strengthClass: '42.5',
      compressive3d: 25,
      compressive28d: '53(+)',
      initialSetting: 150,
      finalSetting: 230,
    });
    expect(one.values).toBeNull();
    expect(one.result.errors).toEqual([
      {
        field: 'compressive28d',
        code: 'not-computable',
        message: {
          en: 'compressive28d (28-day compressive strength) is written 53(+) (a GB/T 8170 rounding mark: the measured value lies in (53, 53.5]), and the group statistic "CV of 28-day compressive strength" is computed from it: a statistic is computed from values, and values across the interval may move it across a limit, so the group is not graded: write the measured value unrounded',
          zh: '28 天抗压强度写作 53(+)（GB/T 8170 修约符号：实测值在 (53, 53.5] 内），组的统计量“28 天抗压强度变异系数”由它计算：统计量由数值计算，区间内不同的值可能使其跨越限值，本组不予分级：请写未经修约的实测值',
        },
      },
    ]);
    // The message names the statistics a group requirement tests (the CV, ≤ 3.0 / 4.0), not the mean beside it, which
    // has no limit (hostile-35 M2); with a limit on the mean too, both, in the order the rule set lists them.
    const source = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
    const criteria = '  criteria:\n';
    expect(source).toContain(criteria);
    const rules = join(temp(), 'lot-mean-limit.yaml');
    writeFileSync(
      rules,
      source.replace(
        criteria,
        `${criteria}    - { id: mean-28d, statistic: mean28d, grade: first, require: "≥ 45" }\n`,
      ),
    );
    const both = compileGrader(await loadRuleSet(rules)).gradeWithValues({
      cementType: 'P.O',
      strengthClass: '42.5',
      compressive3d: 25,
      compressive28d: '53(+)',
      initialSetting: 150,
      finalSetting: 230,
    });
    expect(
      both.result.errors?.map((e) => e.message.en.match(/group statistics? (.*?) (?:is|are) computed/)?.[1]),
    ).toEqual(['"Mean of 28-day compressive strength" and "CV of 28-day compressive strength"']);
    expect(both.result.errors?.[0]?.message.zh).toContain(
      '组的统计量“28 天抗压强度平均值”、“28 天抗压强度变异系数”由它计算',
    );
  });

  it('appliance points bands score a marked value on its interval: noise 45(+) scores as 45.01 does (hostile-34 W4)', async () => {
    // Noise bands (40, 45] → 85, (45, 50] → 70: 45(+) is (45, 45.5], 70 points; failure rate ≤ 0.5 → 100, above → 85:
    // 0.5(+) is 85. Totals agree with the unmarked values inside.
    const base = {
      safetyTest: true,
      cccCertified: true,
      energyGrade: 2,
      noise: 42,
      reliabilityScore: 90,
      intelligenceScore: 90,
      userExperienceScore: 90,
      afterSalesScore: 90,
      failureRate: 0.3,
    };
    const records = [
      { ...base, noise: '45(+)' },
      { ...base, noise: 45.01 },
      { ...base, failureRate: '0.5(+)' },
      { ...base, failureRate: 0.51 },
    ];
    const input = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const run = await cli.run(
      ['grade', '-r', 'home-appliances/appliance-quality-grading', '-f', 'ndjson', '-'],
      {
        input,
      },
    );
    type Scored = {
      errors?: unknown;
      scores: { total: number; dimensions: { items: { indicator: string; points: number }[] }[] };
    };
    const got = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Scored);
    const points = (r: Scored, name: string) =>
      r.scores.dimensions.flatMap((d) => d.items).find((i) => i.indicator === name)!.points;
    expect(got.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect([points(got[0]!, 'noise'), points(got[1]!, 'noise')]).toEqual([70, 70]);
    expect(got[0]!.scores.total).toBe(got[1]!.scores.total);
    expect([points(got[2]!, 'failureRate'), points(got[3]!, 'failureRate')]).toEqual([85, 85]);
    expect(got[2]!.scores.total).toBe(got[3]!.scores.total);
    // A band edge inside the interval: 1(−) is [0.5, 1), across 0.7 — its points cannot be decided.
    const source = readFileSync(join(ROOT, 'rules/home-appliances/appliance-quality-grading.yaml'), 'utf8');
    const edge = '[["≤ 0.5", 100], ["(0.5, 1]", 85]';
    expect(source).toContain(edge);
    const rules = join(temp(), 'appliance-edge.yaml');
    writeFileSync(rules, source.replace(edge, '[["≤ 0.7", 100], ["(0.7, 1]", 85]'));
    const across = await cli.run(['grade', '-r', rules, '-f', 'ndjson', '-'], {
      input: `${JSON.stringify({ ...base, failureRate: '1(−)' })}\n`,
    });
    expect((JSON.parse(across.stdout) as { errors: unknown }).errors).toEqual([
      {
        field: 'failureRate',
        code: 'not-computable',
        message: {
          en: "failureRate (First-year failure rate) is written 1(−) (a GB/T 8170 rounding mark: the measured value lies in [0.5, 1)), an interval across a points band's edge, so its points cannot be decided: write the measured value unrounded",
          zh: '首年故障率写作 1(−)（GB/T 8170 修约符号：实测值在 [0.5, 1) 内），该区间跨越评分分档的界限，得分无法判定：请写未经修约的实测值',
        },
      },
    ]);
  });

  it('cement: an interval across a derived value\'s plausibility check is not-computable, not "implausible" (hostile-34 M2)', async () => {
    // initialSetting 230(−) is [229.5, 230): final 229.8 minus it lies in (−0.2, 0.3], across settingInterval > 0.
    const header = CEMENT_HEADER.split(',');
    const record = (initial: string, final: number) => {
      const cells = cementRow('48.5').split(',');
      const r: Record<string, unknown> = Object.fromEntries(header.map((k, i) => [k, Number(cells[i])]));
      return JSON.stringify({
        ...r,
        cementType: 'P.O',
        strengthClass: '42.5',
        soundness: true,
        initialSetting: initial,
        finalSetting: final,
      });
    };
    const input = `${[record('230(−)', 229.8), record('230(−)', 230)].join('\n')}\n`;
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', '-'], { input });
    const got = results(run.stdout);
    expect(got.map((r) => [r.grade, r.errors?.map((e) => [e.field, e.code])])).toEqual([
      [null, [['initialSetting', 'not-computable']]],
      ['conforming', undefined],
    ]);
    expect(got[0]!.errors![0]!.message).toEqual({
      en: 'initialSetting (Initial setting time) is written 230(−) (a GB/T 8170 rounding mark: the measured value lies in [229.5, 230)), an interval one end of which passes the check of settingInterval and the other does not, so the rounded value cannot decide it: write the measured value unrounded',
      zh: '初凝时间写作 230(−)（GB/T 8170 修约符号：实测值在 [229.5, 230) 内），区间一端通过对 settingInterval 的核对而另一端不通过，修约后的数值无法判定：请写未经修约的实测值',
    });
  });
});

describe.concurrent('qgrade round with a rounding mark', () => {
  it.each([
    ['15.5(-)', '1', '15'], // GB/T 8170: 15.4546 → 15.5(−) → 15, not 16
    ['15.5', '1', '16'],
    ['16.5(+)', '1', '17'],
    ['8.75(−)', '0.5', '8.5'],
    ['8.75', '0.5', '9.0'],
    ['8.25（＋）', '0.5', '8.5'],
    ['42.5(−)', '0.5', '42.5(−)'], // unchanged by the rounding: still below 42.5
  ])('rounds %s at %s to %s', async (value, interval, expected) => {
    const run = await cli.run(['round', value, interval]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${expected}\n`);
  });

  it('rounds a value of more than 15 significant digits by every digit, and says grade does not read it (standards-30 W1)', async () => {
    const long = await cli.run(['round', '8.749999999999998', '0.5', '--lang', 'en']);
    expect([long.code, long.stdout]).toEqual([0, '8.5\n']);
    expect(long.stderr).toContain('more than 15 significant digits');
    expect(long.stderr).toContain('grade and explain do not read such a value');
    expect((await cli.run(['round', '0.2850000000000001', '0.01'])).stdout).toBe('0.29\n');
    const short = await cli.run(['round', '8.7500000000000000', '0.5']);
    expect([short.stdout, short.stderr]).toEqual(['9.0\n', '']);
  });

  it('rounds a negative marked value on its magnitude, as GB/T 8170 does: −(16.5(+)) → −17 (hostile-27 M8)', async () => {
    expect((await cli.run(['round', '--', '-2.5(-)', '1'])).stdout).toBe('-2\n');
    expect((await cli.run(['round', '--', '-2.5(+)', '1'])).stdout).toBe('-3\n');
    expect((await cli.run(['round', '--', '-16.5(+)', '1'])).stdout).toBe('-17\n');
    expect((await cli.run(['round', '--', '-15.5(-)', '1'])).stdout).toBe('-15\n');
    // Off the tie the mark changes nothing: -16.4(+) and -16.6(−) round as -16.4 and -16.6 do.
    expect((await cli.run(['round', '--', '-16.4(+)', '1'])).stdout).toBe('-16\n');
    expect((await cli.run(['round', '--', '-16.6(-)', '1'])).stdout).toBe('-17\n');
  });

  it("round's help says a negative value's mark is on its magnitude, in en and zh", async () => {
    expect((await cli.run(['round', '--help'])).stdout).toContain(
      "On a negative value the mark is on its magnitude, as GB/T 8170 rounds negatives: -16.5(+) is −(16.5(+)), so -17.\nA negative value is a value, not an option, with or without its mark (quote a mark's brackets for the shell).",
    );
    expect((await cli.run(['--lang', 'zh', 'round', '--help'])).stdout).toContain(
      '负数的修约符号针对其绝对值，与 GB/T 8170 对负数的修约一致：-16.5(+) 即 −(16.5(+))，修约为 -17。\n负数无论带不带修约符号都按数值读取，不会被当作选项（修约符号的括号在命令行中须加引号）。',
    );
    // As the help writes it (contracts-45): with or without --, -17.
    expect(await cli.run(['round', '--', '-16.5(+)', '1'])).toMatchObject({ code: 0, stdout: '-17\n' });
    expect(await cli.run(['round', '-16.5(+)', '1'])).toMatchObject({ code: 0, stdout: '-17\n' });
  });

  it.each([
    ['6(+)', '0.1'],
    ['42(+)', '0.1'],
    ['6(−)', '0.5'],
    ['0.3(-)', '0.01'],
  ])('refuses %s at the finer interval %s, in en and zh (hostile-34 W1)', async (value, interval) => {
    const en = await cli.run(['--lang', 'en', 'round', value, interval]);
    expect([en.code, en.stdout]).toEqual([2, '']);
    expect(en.stderr).toContain(`cannot be rounded again to the finer interval ${interval}`);
    const zh = await cli.run(['--lang', 'zh', 'round', value, interval]);
    expect([zh.code, zh.stdout]).toEqual([2, '']);
    expect(zh.stderr).toContain(`不能再修约到更细的间隔 ${interval}`);
  });

  it('rounds a marked value at its own last digit or coarser', async () => {
    expect((await cli.run(['round', '6(+)', '1'])).stdout).toBe('6(+)\n');
    expect((await cli.run(['round', '60(+)', '5'])).stdout).toBe('60(+)\n');
    expect((await cli.run(['round', '6.0(+)', '0.1'])).stdout).toBe('6.0(+)\n');
  });

  it('refuses a bad interval for a marked value as for any other', async () => {
    const run = await cli.run(['round', '15.5(-)', '0.3']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('rounding interval must be 1, 2 or 5 × 10ⁿ, got 0.3');
  });
});
