import { describe, expect, it } from 'vitest';
import { checkNearDuplicateColumns } from '../../src/input/near-duplicate-columns';
import type { IndicatorInfo } from '../../src/resolve/rule-set';

const indicator = (name: string, zh: string, en: string, specimens = 0): IndicatorInfo => ({
  name,
  type: 'number',
  label: { zh, en },
  required: true,
  specimens,
});
const INDICATORS = [
  indicator('apf', '全年能源消耗效率 APF', 'Annual performance factor (APF)'),
  indicator('kv2', '冲击吸收能量 KV2', 'Impact energy KV2', 3),
  indicator('elongation', '断后伸长率 A', 'Percentage elongation after fracture A'),
];
const check =
  (headers: string[], fields: string[], excluded: string[] = []) =>
  () =>
    checkNearDuplicateColumns({
      name: 'in.csv',
      headers,
      fields,
      indicators: INDICATORS,
      excluded: new Set(excluded),
    });

describe('checkNearDuplicateColumns', () => {
  it('refuses a second column that is the indicator but for spaces, width, case or a unit, naming both', () => {
    expect(check(['型号', 'apf', 'ＡＰＦ（W/W）'], ['型号', 'apf', 'ＡＰＦ（W/W）'])).toThrow(
      'in.csv: columns 2 ("apf") and 3 ("ＡＰＦ（W/W）") both look like the indicator apf (Annual performance factor (APF))',
    );
    expect(
      check(['全年能源消耗效率 APF', '全年能源消耗效率\u3000APF'], ['apf', '全年能源消耗效率\u3000APF']),
    ).toThrow('columns 1 ("全年能源消耗效率 APF") and 2 ("全年能源消耗效率\u3000APF")');
    // A specimen read from one column and not from its near twin would be lost.
    expect(check(['冲击吸收能量 KV2', '冲击吸收能量KV2（J）'], ['kv2', '冲击吸收能量KV2（J）'])).toThrow(
      'both look like the indicator kv2',
    );
  });

  it('leaves alone columns --map or --keep names, columns giving no indicator close, and one column per indicator', () => {
    expect(check(['apf', 'APF（W/W）'], ['apf', 'APF（W/W）'], ['APF（W/W）'])).not.toThrow();
    // A nominal column beside the one --map names (hostile-31 W3: without a --map it is refused, see below).
    expect(check(['apf', 'APF 标称值', '备注'], ['apf', 'APF 标称值', '备注'], ['apf'])).not.toThrow();
    // No column gives apf: that is a hint's business (headerHints), not an error.
    expect(check(['APF（W/W）'], ['APF（W/W）'])).not.toThrow();
    expect(check(['kv2', 'kv2'], ['kv2', 'kv2'])).not.toThrow();
  });

  it('a second reading under a one-letter symbol (A 2, A2, A #2, A-2) beside the column read as it (hostile-21 W5)', () => {
    for (const second of ['A 2', 'A2', 'A #2', 'A-2', 'a_2'])
      expect(check(['断后伸长率 A', second], ['elongation', second])).toThrow(
        `columns 1 ("断后伸长率 A") and 2 ("${second}") both look like the indicator elongation`,
      );
    // Another letter, or a symbol inside a longer one, is not it.
    for (const other of ['B 2', 'Agt2', 'KV2x'])
      expect(check(['断后伸长率 A', other], ['elongation', other])).not.toThrow();
  });

  it('a measured-value word glued on or put before (APF实测, 实测APF, 实测值APF, APF 实测值) beside the label column (hostile-30 W4)', () => {
    for (const second of ['APF实测', '实测APF', '实测值APF', 'APF 实测值', 'APF检测值', '测量值 APF'])
      expect(check(['全年能源消耗效率 APF', second], ['apf', second]), second).toThrow(
        `columns 1 ("全年能源消耗效率 APF") and 2 ("${second}") both look like the indicator apf`,
      );
    // A measured word alone names nothing.
    expect(check(['全年能源消耗效率 APF', '实测值'], ['apf', '实测值'])).not.toThrow();
  });

  it('a result, nominal or English measured word beside the label column (hostile-31 W3)', () => {
    const words = ['APF结果', 'APF检验结果', 'APF-实测', 'APF_measured', 'Measured APF', '检测APF'];
    for (const second of [...words, 'APF标称值', 'APF额定', 'Rated APF', 'APF明示值', 'APF 标称值'])
      expect(check(['全年能源消耗效率 APF', second], ['apf', second]), second).toThrow(
        `columns 1 ("全年能源消耗效率 APF") and 2 ("${second}") both look like the indicator apf`,
      );
    // Look-alikes that name no indicator stay: a result or date column of its own.
    for (const other of ['检验结果', '检测日期', '额定电压', 'Rated voltage'])
      expect(check(['全年能源消耗效率 APF', other], ['apf', other]), other).not.toThrow();
  });
});
