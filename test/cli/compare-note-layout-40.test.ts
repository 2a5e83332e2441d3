/**
 * committee-40 M5: a criterion note whose zh text fits beside the name (委员会草案，示例数值，非标准规定。) and whose en
 * text does not was laid out differently: zh `初凝时间上限（草案）（注：…）` in the name column, en the name and a
 * `Note (initial-setting-max): …` line. Both languages now give the note its own line, and the xlsx sheets have the
 * same rows. The draft's ≤ 300 min is the committee's (illustrative, not a standard's figure).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPERIOR_CEMENT } from '../helpers';
import { readBack } from '../report/xlsx/read-back';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const A = 'building-materials/common-portland-cement';

function files() {
  const source = readFileSync(join(import.meta.dirname, `../../rules/${A}.yaml`), 'utf8');
  const draft = source.replace(
    '  - id: loss-on-ignition\n',
    [
      '  - id: initial-setting-max',
      '    label: { zh: 初凝时间上限（草案）, en: Initial setting time maximum (draft) }',
      '    indicator: initialSetting',
      '    require: "≤ 300 min"',
      '    note:',
      '      zh: 委员会草案，示例数值，非标准规定。',
      "      en: Committee draft, illustrative figure, not a standard's.",
      '  - id: loss-on-ignition',
      '',
    ].join('\n'),
  );
  expect(draft).not.toBe(source);
  const rules = join(temp(), 'draft.yaml');
  writeFileSync(rules, draft);
  const data = join(temp(), 'samples.json');
  writeFileSync(
    data,
    JSON.stringify([SUPERIOR_CEMENT, { ...SUPERIOR_CEMENT, initialSetting: 301, finalSetting: 400 }]),
  );
  return { rules, data };
}

describe('compare: a criterion note is laid out alike in zh and en (committee-40 M5)', () => {
  it('table: the name alone, the note on its own line, in both languages', async () => {
    const { rules, data } = files();
    const zh = await cli.run(['--lang', 'zh', 'compare', A, rules, data]);
    const zhTable = zh.stdout.split('最常引起等级变化的要求：\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(zhTable[1]).toMatch(/^ {2}初凝时间上限（草案） {2}initial-setting-max +1 +1$/);
    expect(zhTable.at(-1)).toBe('  注（initial-setting-max）：委员会草案，示例数值，非标准规定。');
    const en = await cli.run(['--lang', 'en', 'compare', A, rules, data]);
    const enTable = en.stdout
      .split('Criteria that moved records most often:\n')[1]!
      .split('\n\n')[0]!
      .split('\n');
    expect(enTable[1]).toMatch(/^ {2}Initial setting time maximum \(draft\) {2}initial-setting-max +1 +1$/);
    expect(enTable.at(-1)).toBe(
      "  Note (initial-setting-max): Committee draft, illustrative figure, not a standard's.",
    );
    expect(zhTable).toHaveLength(enTable.length);
  });

  it('xlsx: the sheets of both languages have the same rows', async () => {
    const { rules, data } = files();
    const sheets: Record<string, unknown[][]> = {};
    for (const [lang, name] of [
      ['zh', '最常引起等级变化的要求'],
      ['en', 'Criteria moving most records'],
    ] as const) {
      const out = join(temp(), `cmp-${lang}.xlsx`);
      const run = await cli.run(['--lang', lang, 'compare', '-f', 'xlsx', '-o', out, A, rules, data]);
      expect(run.code, run.stderr).toBe(0);
      sheets[lang] = (await readBack(readFileSync(out))).find((s) => s.name === name)!.rows;
    }
    expect(sheets.zh![1]).toEqual(['初凝时间上限（草案）', 'initial-setting-max', 1, 1]);
    expect(sheets.zh!.at(-1)).toEqual(['注（initial-setting-max）：委员会草案，示例数值，非标准规定。']);
    expect(sheets.zh).toHaveLength(sheets.en!.length);
  });
});
