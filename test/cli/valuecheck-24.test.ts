import { describe, expect, it } from 'vitest';
import { isVetoHeader } from '../../src/input/close-columns';
import { ENTERPRISE_ITEM_LABELS } from '../enterprise-items';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';

const { csv, ndjson, xlsx } = inputFiles(temp);

const results = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map(
      (l) =>
        JSON.parse(l) as {
          grade: string | null;
          notGradedReason: { code: string } | null;
          errors?: { message: { zh: string; en: string } }[];
        },
    );
const reason = (r: { notGradedReason: { code: string } | null }) => r.notGradedReason?.code ?? 'graded';

const HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注';
// Each says an out-of-scope value of airCooled, hermeticCompressor or climateType, whose defaults are in scope.
const SAYS_OTHER = [
  '否（水冷式）',
  '水冷式机组',
  '水冷（冷却塔）',
  'water cooled',
  '不是风冷式',
  '无风冷',
  '非全封闭型',
  '否（全封闭型压缩机）',
  '全封闭型压缩机：否',
  '气候类型：T3',
  '热带型（T3）',
];
// A code standing alone names its value since hostile-29 (KFR-35GW（T3）, 备注：T3): here the default T1.
const HARMLESS = ['非移动式', '移动式空调除外', 'KFR-35GW（T1）', '是（风冷式）', '风冷式机组', '备注：T1'];
const expected = [...SAYS_OTHER.map(() => null), ...HARMLESS.map(() => '1')];

describe.concurrent('1: wrapped and stemmed value words in an unread column (hostile-24 W3, W16)', () => {
  it('CSV: each is invalid, naming the cell; the look-alikes are graded', async () => {
    const cells = [...SAYS_OTHER, ...HARMLESS];
    const rows = cells.map((c, i) => `S${i + 1},热泵型,3500,5.1,"${c}"`);
    const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', csv(HEAD, ...rows)]);
    expect(results(run.stdout).map((r) => r.grade)).toEqual(expected);
    expect(run.stdout).toContain('column \\"备注\\" holds \\"否（水冷式）\\", which is airCooled = no');
    expect(run.stdout).toContain('holds \\"气候类型：T3\\", which is climateType = T3');
    expect(run.stdout).toContain('holds \\"全封闭型压缩机：否\\", which is hermeticCompressor = no');
  });

  it('.xlsx and NDJSON alike', async () => {
    const cells = [...SAYS_OTHER, ...HARMLESS];
    const book = await xlsx(HEAD.split(','), ...cells.map((c, i) => [`S${i + 1}`, '热泵型', 3500, 5.1, c]));
    const fromBook = await cli.run(['grade', '-r', AC, '-f', 'ndjson', book]);
    expect(results(fromBook.stdout).map((r) => r.grade)).toEqual(expected);
    const records = cells.map((c, i) => ({
      样品编号: `S${i + 1}`,
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: 5.1,
      备注: c,
    }));
    const lines = await cli.run(['grade', '-r', AC, '-f', 'ndjson', ndjson(...records)]);
    expect(results(lines.stdout).map((r) => r.grade)).toEqual(expected);
  });
});

const ENT = 'enterprise/quality-management-capability';
const ENT_HEAD = `企业名称,${ENTERPRISE_ITEM_LABELS.join(',')}`;
const ENT_ROW = `甲,${ENTERPRISE_ITEM_LABELS.map(() => '95').join(',')}`;

describe.concurrent('2: a veto column headed as a major event is refused as close to the veto (hostile-24 W10)', () => {
  for (const header of [
    '重大质量问题',
    '重大事故',
    '近三年重大质量问题',
    'Major incident',
    'Serious quality incident',
  ])
    it(`${header}: exit 2 with the --map; with it, 是 caps the level`, async () => {
      const run = await cli.run(['grade', '-r', ENT, csv(`${ENT_HEAD},${header}`, `${ENT_ROW},是`)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('looks like the indicator majorQualityIncident');
      const mapped = await cli.run([
        'grade',
        '-r',
        ENT,
        '-f',
        'ndjson',
        '--map',
        `${header}=majorQualityIncident`,
        csv(`${ENT_HEAD},${header}`, `${ENT_ROW},是`, `${ENT_ROW.replace('甲', '乙')},否`),
      ]);
      expect(results(mapped.stdout).map((r) => r.grade)).toEqual(['inspection', 'excellence']);
    });

  it('.xlsx alike; 质量问题 (no 重大) is let be', async () => {
    const book = await xlsx([...ENT_HEAD.split(','), '重大质量问题'], [...ENT_ROW.split(','), '是']);
    expect((await cli.run(['grade', '-r', ENT, book])).code).toBe(2);
    const plain = await cli.run(['grade', '-r', ENT, csv(`${ENT_HEAD},质量问题`, `${ENT_ROW},3`)]);
    expect(plain.code).toBe(0);
  });

  it('isVetoHeader: the major-event words, not the event without 重大/major nor a note', () => {
    for (const form of [
      '重大质量问题',
      '重大事故',
      '重大质量事件',
      '近3年重大质量问题',
      'majorincident',
      'majorqualityissues',
    ])
      expect(isVetoHeader(form), form).toBe(true);
    for (const form of ['质量问题', '问题', '重大', 'incident', 'majorcustomer', '重大质量问题说明'])
      expect(isVetoHeader(form), form).toBe(false);
  });
});

describe.concurrent('3: a read yes/no column reads 否（水冷式） and 非风冷式; words get no code point (hostile-24 M1, M5)', () => {
  const B_HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,风冷式';
  const cells = ['否（水冷式）', '非风冷式', '不是风冷式', '是（风冷式）', '风冷/水冷'];
  it('CSV and .xlsx: out of scope for the no, graded for the yes, 风冷/水冷 refused without U+', async () => {
    const rows = cells.map((c, i) => `S${i + 1},热泵型,3500,5.1,${c}`);
    const book = await xlsx(B_HEAD.split(','), ...cells.map((c, i) => [`S${i + 1}`, '热泵型', 3500, 5.1, c]));
    for (const input of [csv(B_HEAD, ...rows), book]) {
      const run = await cli.run(['grade', '-r', AC, '-f', 'ndjson', input]);
      const out = results(run.stdout);
      expect(out.map(reason)).toEqual([
        'out-of-scope',
        'out-of-scope',
        'out-of-scope',
        'graded',
        'invalid-record',
      ]);
      expect(run.stdout).not.toContain('U+');
    }
  });

  it('--map 冷却方式=airCooled, as the unread-value check advises, reads 否（水冷式）', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--map',
      '冷却方式=airCooled',
      csv('样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,冷却方式', 'S1,热泵型,3500,5.1,否（水冷式）'),
    ]);
    expect(reason(results(run.stdout)[0]!)).toBe('out-of-scope');
  });

  it('a number cell of words: "a word, not a number", no code point; 免评, 未参评, 待评 mean not assessed', async () => {
    const words = ['免评', '未参评', '待评', '无数据', '未评价（新设）'];
    const rows = words.map((w) => `${ENT_ROW.replace(/,95$/, `,${w}`)}`);
    const run = await cli.run(['--lang', 'zh', 'grade', '-r', ENT, '-f', 'ndjson', csv(ENT_HEAD, ...rows)]);
    expect(run.stdout).not.toContain('U+');
    const msgs = results(run.stdout).map((r) => r.errors?.[0]?.message.zh ?? '');
    expect(msgs.slice(0, 3).every((m) => m.includes('表示未评价'))).toBe(true);
    expect(msgs[3]).toContain('是文字，不是数值');
    // A digit-like character is still named.
    const sup = await cli.run([
      'grade',
      '-r',
      ENT,
      '-f',
      'ndjson',
      csv(ENT_HEAD, ENT_ROW.replace(/,95$/, ',9²')),
    ]);
    expect(sup.stdout).toContain('U+00B2');
  });
});
