/**
 * fix-labels-25: words a sheet uses for an enum or yes/no value, through CSV, .xlsx and NDJSON alike.
 * - cement: 普通硅酸盐水泥 is an alias of P.O (aliases alone: reports show P.O); 硅酸盐水泥 stays refused;
 * - AC hermeticCompressor: 开启式, 半封闭型压缩机, 否（全封闭型压缩机） in a remark column make the record invalid
 *   (they say "not hermetic", the default says hermetic); in the column read as it they read false (out of scope);
 * - AC climateType: T3气候, 热带型（T3）, 气候类型：T3, T3 型 in a remark column make the record invalid; so does
 *   热带型 alone since the rule set's 1.1.9 gives it as an alias of T3; 亚热带型 is no word of it and grades.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const files = inputFiles(useTempDir());

interface Row {
  grade: string | null;
  notGradedReason?: { code: string };
  errors?: { field: string; message: { en: string } }[];
}

async function graded(rules: string, path: string, ...more: string[]) {
  const run = await cli.run(['--lang', 'en', 'grade', '-r', rules, '-f', 'ndjson', ...more, path]);
  return {
    code: run.code,
    rows: run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Row),
  };
}
const outcome = (r: Row) => r.grade ?? (r.errors ? 'invalid' : r.notGradedReason?.code);

const CEMENT = 'building-materials/cement-quality-grade';
const CEMENT_HEADER =
  'sampleId,cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness'.split(
    ',',
  );
const cement = (id: string, type: string) => [
  id,
  type,
  '42.5',
  '24.0',
  '50.0',
  '5.0',
  '8.0',
  '160',
  '240',
  '2.0',
  '2.6',
  '0.03',
  'true',
];
const CEMENT_ROWS = [
  cement('C1', '普通硅酸盐水泥'),
  cement('C2', '  普通硅酸盐水泥 '),
  cement('C3', '硅酸盐水泥'), // P·I or P·II: refused
  cement('C4', 'P·O'),
  cement('C5', 'PO'),
  cement('C6', '普通硅酸盐水泥P·O'),
];

describe.concurrent('fix-labels-25: value words through CSV, .xlsx and NDJSON', () => {
  for (const format of ['csv', 'xlsx', 'ndjson'] as const) {
    it(`${format}: 普通硅酸盐水泥 reads as P.O; 硅酸盐水泥 and the alias with the code run on are refused`, async () => {
      const path =
        format === 'csv'
          ? files.csv(...[CEMENT_HEADER, ...CEMENT_ROWS].map((r) => r.join(',')))
          : format === 'xlsx'
            ? await files.xlsx(CEMENT_HEADER, ...CEMENT_ROWS)
            : files.ndjson(
                ...CEMENT_ROWS.map((r) =>
                  Object.fromEntries(
                    CEMENT_HEADER.map((h, i) => [
                      h,
                      i >= 3 && i < 12 ? Number(r[i]) : h === 'soundness' ? true : r[i],
                    ]),
                  ),
                ),
              );
      const { code, rows } = await graded(CEMENT, path);
      expect(code).toBe(1);
      // JSON names a code exactly (`"P·O"` is told to write "P.O"); an alias is matched as a label in every format.
      const dotted = format === 'ndjson' ? 'invalid' : 'superior';
      expect(rows.map(outcome)).toEqual(['superior', 'superior', 'invalid', dotted, dotted, 'invalid']);
      expect(rows[2]!.errors?.[0]?.message.en).toMatch(
        /^cementType \(Cement type\) must be one of P\.I, P\.II, P\.O, P\.S\.A, P\.S\.B, P\.P, P\.F, P\.C, got "硅酸盐水泥"/,
      );
    });
  }

  const AC = 'home-appliances/room-air-conditioner-energy';
  const AC_HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '备注'];
  const ac = (id: string, remark: string) => [id, '热泵型', '3500', '5.1', remark];
  const OUT = [
    '开启式',
    '开启型',
    '半封闭',
    '半封闭式',
    '半封闭型',
    '半封闭型压缩机',
    '开启式压缩机',
    '非全封闭型',
    '否（全封闭型压缩机）',
  ];
  const CLIMATE = ['T3气候', '热带型（T3）', '气候类型：T3', 'T3 型', '气候T3', 'T3 气候类型', '热带型'];
  // `KFR-35GW（T3）`, `备注：T3` name T3 since hostile-29 (a code standing alone): here the default T1.
  const HARMLESS = ['全封闭型', '全封闭', '亚热带型', 'T1气候', 'KFR-35GW（T1）', '备注：T1'];
  // 开启 (the stem of the alias 开启式) is refused too: the check may see more than the reader (which refuses 开启).
  const OUT_STEM = ['开启'];

  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: compressor and climate words in a remark column make the record invalid; harmless words grade`, async () => {
      const rows = [...OUT, ...OUT_STEM, ...CLIMATE, ...HARMLESS].map((w, i) => ac(`A${i + 1}`, w));
      const path =
        format === 'csv'
          ? files.csv(...[AC_HEADER, ...rows].map((r) => r.join(',')))
          : await files.xlsx(AC_HEADER, ...rows);
      const { code, rows: got } = await graded(AC, path);
      expect(code).toBe(1);
      const words = [...OUT, ...OUT_STEM, ...CLIMATE, ...HARMLESS];
      expect(got.map((r, i) => [words[i], outcome(r)])).toEqual([
        ...[...OUT, ...OUT_STEM].map((w) => [w, 'invalid']),
        ...CLIMATE.map((w) => [w, 'invalid']),
        ...HARMLESS.map((w) => [w, '1']),
      ]);
      expect(got[0]!.errors?.map((e) => e.field)).toEqual(['hermeticCompressor']);
      expect(got[OUT.length + 1]!.errors?.map((e) => e.field)).toEqual(['climateType']);
    });
  }

  it('NDJSON: a remark key saying 开启式压缩机 is refused; hermeticCompressor given as an alias (开启式) is out of scope, as 全封闭 is graded', async () => {
    const base = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 5.1 };
    const path = files.ndjson(
      { ...base, 备注: '开启式压缩机' },
      { ...base, hermeticCompressor: '开启式' },
      { ...base, hermeticCompressor: '半封闭型' },
      { ...base, hermeticCompressor: '全封闭' },
      { ...base, 备注: 'T3气候' },
    );
    const { code, rows } = await graded(AC, path);
    expect(code).toBe(1);
    expect(rows.map(outcome)).toEqual(['invalid', 'out-of-scope', 'out-of-scope', '1', 'invalid']);
  });

  it('a column read as hermeticCompressor: 开启式, 开启式压缩机, 否（全封闭型压缩机） read as false (out of scope), 全封闭型压缩机 as true', async () => {
    const header = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '全封闭型压缩机'];
    const words = [
      '开启式',
      '开启式压缩机',
      '否（全封闭型压缩机）',
      '半封闭型压缩机',
      '非全封闭',
      '全封闭型压缩机',
      '全封闭',
      '开启',
    ];
    const path = files.csv(...[header, ...words.map((w, i) => ac(`H${i + 1}`, w))].map((r) => r.join(',')));
    const { code, rows } = await graded(AC, path);
    expect(code).toBe(1);
    expect(rows.map((r, i) => [words[i], outcome(r)])).toEqual([
      ['开启式', 'out-of-scope'],
      ['开启式压缩机', 'out-of-scope'],
      ['否（全封闭型压缩机）', 'out-of-scope'],
      ['半封闭型压缩机', 'out-of-scope'],
      ['非全封闭', 'out-of-scope'],
      ['全封闭型压缩机', '1'],
      ['全封闭', '1'],
      ['开启', 'invalid'],
    ]);
    expect(rows[7]!.errors?.[0]?.message.en).toContain('Hermetic/Not hermetic (全封闭型/非全封闭型)');
  });
});
