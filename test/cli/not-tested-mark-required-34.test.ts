/**
 * Hostile-33 F9: a not-tested mark (`—`, `/`, `未检`) under an indicator with a `requiredWhen` is read as an empty
 * cell; where the requiredWhen holds (APF of a heat pump, GB 21455-2019), the value is missing. The error names
 * the cell (CSV line and column, .xlsx cell), the mark it holds and that the indicator is required for the record,
 * in both languages, with and without workers. A cooling-only unit's `/` under APF is still read as empty, no error.
 */
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/index';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const AC = 'home-appliances/room-air-conditioner-energy';
const HEADER = ['样品编号', '机组类型', '额定制冷量 CC', '全年能源消耗效率 APF', '制冷季节能源消耗效率 SEER'];

async function results(path: string, lang: 'zh' | 'en', ...args: string[]): Promise<GradeResult[]> {
  const run = await cli.run(['--lang', lang, 'grade', '-r', AC, '-f', 'ndjson', ...args, path]);
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as GradeResult);
}

const messages = (r: GradeResult, lang: 'zh' | 'en') => (r.errors ?? []).map((e) => e.message[lang]);

describe('a not-tested mark under a requiredWhen indicator that holds (hostile-33 F9)', () => {
  it('CSV: names line and column, the mark, and that the indicator is required here', async () => {
    const path = csv(
      HEADER.join(','),
      'R13,热泵型,3500,—,',
      'R14,热泵型,3500,/,',
      'R15,热泵型,3500,未检,',
      'C1,单冷型,3500,/,5.6',
    );
    for (const args of [[], ['--workers', '2']]) {
      const en = await results(path, 'en', ...args);
      expect(messages(en[0]!, 'en')).toEqual([
        'apf (Annual performance factor (APF)) is missing: line 2, column 4 holds "—", a "not tested" mark, read as an empty cell; the indicator is required for this record by its condition, as unitType (Unit type) is Heat pump and ratedCoolingCapacity (Rated cooling capacity (CC)) is 3500, so an empty value is invalid too: write the measured value',
      ]);
      expect(messages(en[1]!, 'en')[0]).toContain('line 3, column 4 holds "/"');
      expect(en[1]!.errors![0]!.code).toBe('missing');
      expect(messages(en[2]!, 'en')[0]).toContain('line 4, column 4 holds "未检"');
      // Out of the requiredWhen's scope, the mark is an empty cell and nothing else.
      expect(en[3]!.errors).toBeUndefined();
      expect(en[3]!.grade).not.toBeNull();
      const zh = await results(path, 'zh', ...args);
      expect(messages(zh[0]!, 'zh')).toEqual([
        '缺少全年能源消耗效率 APF：第 2 行第 4 列为“—”，表示未检测，按空单元格读取；这条记录的机组类型为 热泵型、额定制冷量 CC 为 3500，满足其必填条件，该指标对这条记录为必填项，留空同样无效：请填写测得的数值',
      ]);
    }
  });

  it('.xlsx: names the cell; an empty cell is still "missing (cell D3)", and why', async () => {
    const path = await xlsx(HEADER, ['R13', '热泵型', 3500, '—', ''], ['R16', '热泵型', 3500, '', '']);
    for (const args of [[], ['--workers', '2']]) {
      const [marked, empty] = await results(path, 'zh', ...args);
      expect(messages(marked!, 'zh')[0]).toMatch(/^缺少全年能源消耗效率 APF：单元格 D2 为“—”，表示未检测/);
      // An empty cell is "missing", with why the requiredWhen asks for it (newcomer-35 M5; the long scope is not said).
      expect(messages(empty!, 'zh')).toEqual([
        '缺少全年能源消耗效率 APF（单元格 D3）：这条记录的机组类型为 热泵型、额定制冷量 CC 为 3500，满足其必填条件，该指标为必填项',
      ]);
      const [markedEn] = await results(path, 'en', ...args);
      expect(messages(markedEn!, 'en')[0]).toMatch(/is missing: cell D2 holds "—", a "not tested" mark/);
    }
  });
});
