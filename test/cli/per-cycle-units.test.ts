/**
 * A washing machine's sheet (newcomer-27): quantities per cycle (kWh/cycle, L/cycle) that sheets write as
 * `kW·h/次`, `千瓦时/次`, `升/次` (read), or in another unit (`m3/cycle`, `Wh`: refused, mapped or not), or
 * without the cycle (`kWh`: refused, saying only the header needs to change); a units row in Chinese words; and
 * headers close to a label (`噪声 dB(A)`, `额定容量(kg)`) that get a --map hint which, followed, reads them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, useCli } from './cli-harness';

const cli = useCli();
const RULES = join(FIXTURES, 'washing-machine-units.yaml');

// 8 kg each; limits: energy ≤ 1.30 / 1.10 / 0.90 kWh/cycle, water per kg ≤ 12 / 10 / 8 L/kg (qualified / first / superior).
// Water per kg by hand: 64 / 8 = 8 (superior, at the limit), 64.8 / 8 = 8.1 (first class), 96 / 8 = 12 (qualified,
// at the limit), 96.8 / 8 = 12.1 and 100 / 8 = 12.5 (not graded); energy 0.91 > 0.90 (first class).
const ROWS: [string, number, number, string | null][] = [
  ['S1', 0.9, 64, 'superior'],
  ['S2', 0.9, 64.8, 'first-class'],
  ['S3', 0.9, 96, 'qualified'],
  ['S4', 0.9, 96.8, null],
  ['S5', 0.9, 100, null],
  ['S6', 0.91, 64, 'first-class'],
];

interface Columns {
  capacity?: string;
  energy?: string;
  water?: string;
  noise?: string;
  unitsRow?: string;
}

function sheet(c: Columns = {}): string {
  const header = [
    '样品编号',
    c.capacity ?? '额定洗涤容量(kg)',
    '含水率(%)',
    c.energy ?? '耗电量(kWh/cycle)',
    c.water ?? '用水量(L/cycle)',
    c.noise ?? '洗涤噪声(dB(A))',
  ];
  const lines = [header.join(',')];
  if (c.unitsRow !== undefined) lines.push(c.unitsRow);
  for (const [id, energy, water] of ROWS) lines.push(`${id},8,47,${energy},${water},53`);
  return `${lines.join('\n')}\n`;
}

async function grade(input: string, extra: string[] = [], lang = 'en') {
  return cli.run(['--lang', lang, 'grade', '-r', RULES, '-f', 'ndjson', ...extra, '-i', 'csv', '-'], {
    input,
  });
}

function grades(stdout: string): [string, string | null][] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((r) => [r.kept?.样品编号, r.grade]);
}

const EXPECTED = ROWS.map(([id, , , g]) => [id, g]);

describe('per-cycle units spelt as sheets write them are read (newcomer-27 F1)', () => {
  it.each([
    ['耗电量(kW·h/次)', '用水量(L/次)'],
    ['耗电量(千瓦时/次)', '用水量(升/次)'],
    ['耗电量(kWh/周期)', '用水量/L/cycle'],
    ['耗电量 kWh/cycle', '用水量（升/次）'],
  ])(
    '%s, %s: read as kWh/cycle and L/cycle, graded at, below and above each limit',
    async (energy, water) => {
      const run = await grade(sheet({ energy, water }));
      expect(run.stderr).not.toContain('--map');
      expect(run.code).toBe(0);
      expect(grades(run.stdout)).toEqual(EXPECTED);
    },
  );
});

describe('a header in another unit is refused, mapped or not (newcomer-27 W1)', () => {
  it.each([
    ['用水量(m3/cycle)', 'm3/cycle', 'L/cycle', 'water'],
    ['用水量(m³/次)', 'm³/次', 'L/cycle', 'water'], // the unit as the header writes it (fix-bound40)
    ['耗电量(Wh)', 'Wh', 'kWh/cycle', 'energy'],
    ['耗电量(Wh/次)', 'Wh/次', 'kWh/cycle', 'energy'],
  ])(
    '%s: exit 2 with the advice to convert, without --map and with it',
    async (header, written, unit, field) => {
      const columns = field === 'water' ? { water: header } : { energy: header };
      for (const extra of [[], ['--map', `${header}=${field}`]]) {
        const en = await grade(sheet(columns), extra);
        expect(en.code).toBe(2);
        expect(en.stdout).toBe('');
        expect(en.stderr).toContain(`("${header}") is in ${written}, but the indicator ${field}`);
        expect(en.stderr).toContain(`is in ${unit}. Values in another unit would be graded wrongly`);
        expect(en.stderr).toContain(`convert the values to ${unit}`);
        expect(en.stderr).not.toContain('add --map');
        const zh = await grade(sheet(columns), extra, 'zh');
        expect(zh.code).toBe(2);
        expect(zh.stderr).toContain(`“${header}”的单位是 ${written}，而指标 ${field}`);
        expect(zh.stderr).toContain(`请把数值换算为 ${unit}`);
      }
    },
  );

  it('用水量(m3) mapped is refused as before', async () => {
    const run = await grade(sheet({ water: '用水量(m3)' }), ['--map', '用水量(m3)=water']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is in m3, but the indicator water');
  });
});

describe('kWh without the cycle under kWh/cycle: refused, saying only the header needs to change (newcomer-27 F1)', () => {
  it.each(['耗电量(kWh)', '耗电量(kW·h)', '耗电量(千瓦时)'])('%s', async (energy) => {
    for (const extra of [[], ['--map', `${energy}=energy`]]) {
      const en = await grade(sheet({ energy }), extra);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain('The two differ only in "per cycle" (/cycle)');
      expect(en.stderr).toContain(
        'if the values are per cycle, no conversion is needed: only the header needs to change, to kWh/cycle',
      );
      const zh = await grade(sheet({ energy }), extra, 'zh');
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain('两者只差“每次”（/cycle）');
      expect(zh.stderr).toContain('无需换算，只需把表头中的单位改为 kWh/cycle');
    }
  });
});

describe('a units row in Chinese words (newcomer-27 M6)', () => {
  const plain = { capacity: '额定洗涤容量', energy: '耗电量', water: '用水量', noise: '洗涤噪声' };

  it('公斤, %, 千瓦时/次, 升/次, dB(A) is the header’s units row: read, not a record', async () => {
    const run = await grade(sheet({ ...plain, unitsRow: ',公斤,%,千瓦时/次,升/次,dB(A)' }));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'line 2 is a row of units under the header (公斤, %, 千瓦时/次, 升/次, dB(A)), read as part of the header',
    );
    expect(grades(run.stdout)).toEqual(EXPECTED);
  });

  it('分贝 (dB) under dB(A), 立方米/次 under L/cycle: other units, exit 2 naming the units row', async () => {
    const run = await grade(sheet({ ...plain, unitsRow: ',公斤,%,千瓦时/次,立方米/次,分贝' }), [], 'zh');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('第 2 行（表头下的单位行）把第 5 列“用水量”的单位写作 立方米/次');
    expect(run.stderr).toContain('第 6 列“洗涤噪声”的单位写作 分贝，而指标 noise（洗涤噪声）的单位是 dB(A)');
  });

  // newcomer-27 D04: dB is no unit dB(A) converts from; an A-weighted figure needs only the unit written.
  it('分贝 or dB alone under dB(A): exit 2 saying only the unit needs to change if A-weighted, not "convert"', async () => {
    for (const unit of ['分贝', 'dB']) {
      const zh = await grade(sheet({ ...plain, unitsRow: `,公斤,%,千瓦时/次,升/次,${unit}` }), [], 'zh');
      expect(zh.code, unit).toBe(2);
      expect(zh.stdout).toBe('');
      expect(zh.stderr).toContain('dB(A) 是 A 计权声级');
      expect(zh.stderr).toContain('无需换算，只需把单位行中的单位改为 dB(A)');
      expect(zh.stderr).not.toContain('请把数值换算为');
    }
    const header = await grade(sheet({ noise: '洗涤噪声(dB)' }));
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('only the header needs to change, to dB(A)');
    expect(header.stderr).not.toContain('convert the values to dB(A)');
  });

  it('a header close to the label in dB: the hint says A-weighted values need only the unit changed', async () => {
    const run = await grade(sheet({ noise: '噪声(dB)' }));
    expect(run.stderr).toContain('the column "噪声(dB)" seems to be the indicator noise');
    expect(run.stderr).toContain('only the header needs to change, to dB(A)');
    expect(run.stderr).not.toContain('convert its values');
  });

  it('分贝 beside another unit wrong (立方米/次) keeps the convert advice for both', async () => {
    const run = await grade(sheet({ ...plain, unitsRow: ',公斤,%,千瓦时/次,立方米/次,分贝' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('convert the values to');
    expect(run.stderr).not.toContain('A-weighted');
  });
});

describe('headers close to a label are named, and a --map the user writes reads them (newcomer-27 M6)', () => {
  // Each leaves out the label's modifier (洗涤: washing, not spin-drying noise; not drying capacity): named as not read
  // (session 41: the rest of a label may name another test). 噪声 is the label's end: its --map is given for the case
  // it is the washing noise (newcomer-46); 额定容量 leaves 洗涤 out of the middle, and gets none.
  it.each([
    [{ noise: '噪声 dB(A)' }, '噪声 dB(A)=noise', true],
    [{ noise: '噪声(dB(A))' }, '噪声(dB(A))=noise', true],
    [{ capacity: '额定容量(kg)' }, '额定容量(kg)=ratedCapacity', false],
  ])('%o', async (columns, map, offered) => {
    const hinted = await grade(sheet(columns));
    const column = map.slice(0, map.lastIndexOf('='));
    expect(hinted.stderr).toContain(`the column "${column}" is not read: it shares only part of the label`);
    if (offered) expect(hinted.stderr).toContain(`, add --map '${map}' (or head the column`);
    else expect(hinted.stderr).not.toContain(`add --map`);
    expect(hinted.stderr).not.toContain(' in A,');
    const mapped = await grade(sheet(columns), ['--map', map]);
    expect(mapped.stderr).not.toContain('--map');
    expect(grades(mapped.stdout)).toEqual(EXPECTED);
  });
});
