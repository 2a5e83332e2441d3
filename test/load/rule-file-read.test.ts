import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSetFile, runTestSuite } from '../../src/index';
import { useTempDir } from '../cli/cli-harness';

const temp = useTempDir();

describe('a rule file or test suite that cannot be read says why', () => {
  it('a missing rule file is "no such file"; one under a file (not a folder) says that instead', async () => {
    const missing = await checkRuleSetFile(join(temp(), 'none.yaml'));
    expect(missing.issues.map((i) => i.code)).toEqual(['file-not-found']);
    // Printed as `<file>: <message>`, so the message does not repeat the file.
    expect(missing.issues[0]!.file).toMatch(/none\.yaml$/);
    expect(missing.issues[0]!.text).toEqual({
      en: 'cannot be read: no such file',
      zh: '无法读取：文件不存在',
    });
    const file = join(temp(), 'plain.txt');
    writeFileSync(file, 'x');
    const under = await checkRuleSetFile(join(file, 'rules.yaml'));
    expect(under.issues[0]!.text).toEqual({
      en: 'cannot be read: part of the path is not a folder',
      zh: '无法读取：路径中有一部分不是文件夹',
    });
  });

  it('a test suite that cannot be read names the reason too', async () => {
    const file = join(temp(), 'none.test.yaml');
    const issues = (await runTestSuite(file)).error?.issues ?? [];
    expect(issues.map((i) => i.text)).toEqual([
      { en: 'cannot be read: no such file', zh: '无法读取：文件不存在' },
    ]);
  });
});
