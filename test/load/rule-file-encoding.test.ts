import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet, checkRuleSetFile, loadRuleSet, parseRuleSet, runTestSuite } from '../../src/index';
import { useTempDir } from '../cli/cli-harness';

const temp = useTempDir();
const AC = 'rules/home-appliances/room-air-conditioner-energy.yaml';
const text = readFileSync(AC, 'utf8');
// "型号" in GBK, as Notepad or WPS on Chinese Windows saves it.
const GBK_MODEL = Buffer.from('d0cdbac5', 'hex');

describe('rule files that are not UTF-8', () => {
  it('GBK bytes are an issue at the line and column of the first one, in both languages', async () => {
    const lines = text.split('\n');
    // The title's Chinese, "  zh: 房间空气调节器能效等级", saved as GBK after "  zh: ".
    const at = lines.indexOf('  zh: 房间空气调节器能效等级');
    expect(at).toBeGreaterThan(0);
    const before = Buffer.from(`${lines.slice(0, at).join('\n')}\n  zh: `);
    const after = Buffer.from(`\n${lines.slice(at + 1).join('\n')}`);
    const file = join(temp(), 'gbk.yaml');
    writeFileSync(file, Buffer.concat([before, GBK_MODEL, after]));
    const { issues } = await checkRuleSetFile(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error', line: at + 1, column: 7 });
    expect(issues[0]!.text.en).toContain('not UTF-8 text from here on');
    expect(issues[0]!.text.zh).toContain('不是 UTF-8 文本');
    await expect(loadRuleSet(file)).rejects.toThrow(/not UTF-8/);
  });

  it('an .xlsx workbook or a Parquet file given as a rule file is told what it is, not "GBK"', async () => {
    const xlsx = join(temp(), 'data.xlsx');
    // A zip's local-file header, then bytes that are not UTF-8, as every workbook has.
    writeFileSync(xlsx, Buffer.concat([Buffer.from('PK\x03\x04\x14\x00'), Buffer.from([0xff, 0x8b])]));
    const [zip] = (await checkRuleSetFile(xlsx)).issues;
    expect(zip).toMatchObject({ code: 'yaml-syntax', severity: 'error', line: 1, column: 1 });
    expect(zip!.text.en).toBe(
      'this is an .xlsx workbook (or another zip archive), not YAML text: rule files and test suites are YAML text files (give data to grade as the input)',
    );
    expect(zip!.text.zh).toContain('这是 .xlsx 工作簿（或其他 zip 压缩包），不是 YAML 文本');
    const parquet = join(temp(), 'data.parquet');
    writeFileSync(
      parquet,
      Buffer.concat([Buffer.from('PAR1'), Buffer.from([0x15, 0x04, 0xff, 0xfe]), Buffer.from('PAR1')]),
    );
    const [pq] = (await checkRuleSetFile(parquet)).issues;
    expect(pq!.text.en).toMatch(/^this is a Parquet file, not YAML text/);
    expect(pq!.text.zh).toMatch(/^这是 Parquet 文件，不是 YAML 文本/);
    expect(pq!.text.en).not.toContain('GBK');
  });

  it('a byte that is not UTF-8 after Chinese text counts columns in characters', async () => {
    const file = join(temp(), 'late.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('a: 房间'), Buffer.from([0xff]), Buffer.from('\n')]));
    const { issues } = await checkRuleSetFile(file);
    expect(issues[0]).toMatchObject({ code: 'yaml-syntax', line: 1, column: 6 });
  });

  it.each([
    ['utf-16le', (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])],
    [
      'utf-16be',
      (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]),
    ],
  ])('%s with a byte-order mark reads as the same rule set', async (encoding, encode) => {
    const file = join(temp(), `${encoding}.yaml`);
    writeFileSync(file, encode(text));
    expect((await checkRuleSetFile(file)).issues).toEqual([]);
    const ruleSet = await loadRuleSet(file);
    expect(ruleSet.title).toEqual((await loadRuleSet(AC)).title);
  });

  it('a test suite saved as GBK is the same issue, not cases that fail on garbled names', async () => {
    const file = join(temp(), 'ac.test.yaml');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(`ruleSet: home-appliances/room-air-conditioner-energy\ncases:\n  - name: `),
        GBK_MODEL,
        Buffer.from(
          '\n    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 4.62 }\n    grade: "2"\n',
        ),
      ]),
    );
    const suite = await runTestSuite(file);
    expect(suite.cases).toEqual([]);
    expect(suite.error?.issues).toMatchObject([{ code: 'yaml-syntax', line: 3, column: 11 }]);
  });

  it('checkRuleSet and parseRuleSet take a file’s bytes as rule files are read, and say what else they take', async () => {
    const fromText = parseRuleSet(text, { filename: 'ac.yaml' });
    expect(parseRuleSet(Buffer.from(text), { filename: 'ac.yaml' }).title).toEqual(fromText.title);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(parseRuleSet(new Uint8Array(utf16)).id).toBe(fromText.id);
    const gbk = Buffer.concat([Buffer.from('a: '), GBK_MODEL]);
    expect(checkRuleSet(gbk, { filename: 'g.yaml' }).issues).toMatchObject([
      { code: 'yaml-syntax', file: 'g.yaml', line: 1, column: 4 },
    ]);
    for (const bad of [undefined, null, 42, { schemaVersion: 1 }]) {
      expect(() => checkRuleSet(bad as unknown as string)).toThrow(
        /take a rule file's text \(a string\) or its bytes \(a Uint8Array\), got (undefined|null|a number|an object)$/,
      );
      expect(() => parseRuleSet(bad as unknown as string)).toThrow(
        expect.objectContaining({ code: 'usage' }),
      );
    }
  });
});
