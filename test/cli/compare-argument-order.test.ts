import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const RULES = 'rules/home-appliances/room-air-conditioner-energy.yaml';
const DATA = 'examples/room-air-conditioners.json';

describe.concurrent('compare with a rule file where the data goes', () => {
  it('is a usage error that gives the order, in both languages, before anything is graded', async () => {
    const en = await cli.run(['compare', AC, DATA, RULES]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      `qgrade: ${RULES} is a YAML file, which looks like a rule set, not data: the order is qgrade compare <ruleSetA> <ruleSetB> <data> (data is CSV, TSV, JSON, NDJSON, .xlsx or Parquet)\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, AC, 'x.YML']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      'x.YML 是 YAML 文件，看起来是规则集而不是数据：参数顺序是 qgrade compare <规则集A> <规则集B> <数据>',
    );
  });

  it('the right order, and a YAML name read with -i as the user says, are graded as before', async () => {
    expect((await cli.run(['compare', '--no-progress', AC, RULES, DATA])).code).toBe(1);
    const asked = await cli.run(['compare', '-i', 'csv', AC, AC, RULES]);
    expect(asked.stderr).not.toContain('looks like a rule set');
  });
});
