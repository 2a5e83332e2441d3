import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileReason } from '../../src/errors/system-reason';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const INPUT = 'examples/room-air-conditioners.json';

const grade = (...args: string[]) => cli.run(['grade', '-r', AC, ...args]);

describe('-o <file>: written whole at the end, or not at all', () => {
  it('leaves an existing report as it was when the run fails, and leaves no temporary file', async () => {
    const dir = temp();
    const out = join(dir, 'report.html');
    writeFileSync(out, 'last year');
    const badRules = await cli.run(['grade', '-r', 'no/such-rules', '-f', 'html', '-o', out, INPUT]);
    expect(badRules.code).toBe(2);
    const badInput = await grade('-f', 'html', '-o', out, join(dir, 'missing.csv'));
    expect(badInput.code).toBe(2);
    const badCompare = await cli.run(['compare', '-f', 'html', '-o', out, AC, 'no/such-rules', INPUT]);
    expect(badCompare.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('last year');
    expect(readdirSync(dir)).toEqual(['report.html']);
    // A run that succeeds replaces it, and leaves nothing else behind.
    expect((await grade('-f', 'html', '-o', out, INPUT)).code).toBe(1);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('a part file left by a run that was killed does not stop the next one', async () => {
    const dir = temp();
    const out = join(dir, 'report.html');
    // In-process, the CLI's pid is this test's.
    writeFileSync(join(dir, `.report.html.${process.pid}.part`), 'left over');
    expect((await grade('-f', 'html', '-o', out, INPUT)).code).toBe(1);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('refuses to write the report over its own input, in both languages', async () => {
    const dir = temp();
    const input = join(dir, 'samples.xlsx');
    copyFileSync('examples/air-conditioners-zh.xlsx', input);
    const before = readFileSync(input);
    const en = await grade('-f', 'xlsx', '-o', input, input);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`-o ${input} is the input ${input}: the report would replace it`);
    const zh = await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', input, AC, AC, input]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`-o ${input} 是输入文件 ${input}：报告会覆盖它`);
    // Through a link it is still the same file.
    const link = join(dir, 'link.xlsx');
    symlinkSync(input, link);
    expect((await grade('-f', 'xlsx', '-o', link, input)).code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses to write the report over the rule file it grades by', async () => {
    const dir = temp();
    // A rule file named .html: nothing in a name says which file is which.
    const rules = join(dir, 'rules.html');
    copyFileSync('rules/home-appliances/room-air-conditioner-energy.yaml', rules);
    const before = readFileSync(rules);
    const run = await cli.run(['grade', '-r', rules, '-f', 'html', '-o', rules, INPUT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`-o ${rules} is the input ${rules}: the report would replace it`);
    expect(readFileSync(rules).equals(before)).toBe(true);
  });

  it('refuses to write the report over the --map-file, also through a link (grade and compare)', async () => {
    const dir = join(temp(), 'map-file');
    mkdirSync(dir);
    // A mapping named .html, as the sweep found it: a name says nothing about which file is which.
    const map = join(dir, 'm.html');
    const mapping = '{"unitType":"unitType"}';
    writeFileSync(map, mapping);
    const direct = await grade('--map-file', map, '-f', 'html', '-o', map, INPUT);
    expect(direct.code).toBe(2);
    expect(direct.stderr).toContain(`-o ${map} is the input ${map}: the report would replace it`);
    const real = join(dir, 'mapping.json');
    writeFileSync(real, mapping);
    const link = join(dir, 'report.html');
    symlinkSync(real, link);
    expect((await grade('--map-file', link, '-f', 'html', '-o', link, INPUT)).code).toBe(2);
    const compared = await cli.run(['compare', '--map-file', real, '-f', 'html', '-o', link, AC, AC, INPUT]);
    expect(compared.code).toBe(2);
    expect(compared.stderr).toContain(`-o ${link} is the input ${real}`);
    expect(readFileSync(map, 'utf8')).toBe(mapping);
    expect(readFileSync(real, 'utf8')).toBe(mapping);
  });

  it('writes through a link to the file it points to', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'reports'));
    const real = join(dir, 'reports', 'real.html');
    writeFileSync(real, 'old');
    const link = join(dir, 'latest.html');
    symlinkSync(real, link);
    expect((await grade('-f', 'html', '-o', link, INPUT)).code).toBe(1);
    expect(readFileSync(real, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['real.html']);
  });

  it('says what is wrong with a folder in words, not an error code', async () => {
    const folder = join(temp(), 'out.html');
    mkdirSync(folder);
    const en = await grade('-f', 'html', '-o', folder, INPUT);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`cannot write ${folder}: it is a folder`);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'html', '-o', folder, INPUT]);
    expect(zh.stderr).toContain(`无法写入 ${folder}：这是一个文件夹`);
  });

  it.runIf(existsSync('/dev/full'))(
    'reports a full disk as a usage error, not as a bug in qgrade',
    async () => {
      const out = join(temp(), 'full.xlsx');
      symlinkSync('/dev/full', out);
      const run = await grade('-f', 'xlsx', '-o', out, INPUT);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`cannot write ${out}: no space left on the disk`);
      expect(run.stderr).not.toMatch(/internal error|bug/i);
    },
  );

  it('names common system errors in both languages', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(fileReason(error)).toEqual({ zh: '磁盘空间不足', en: 'no space left on the disk' });
    const odd = Object.assign(new Error('EWHAT: something odd'), { code: 'EWHAT' });
    // A code without words of its own is named, in both languages (contracts-44); a library's message is quoted.
    expect(fileReason(odd)).toEqual({ zh: '系统错误 EWHAT', en: 'system error EWHAT (something odd)' });
    const library = Object.assign(new Error('IO Error: odd'), { code: 'ERR_ODD' });
    expect(fileReason(library)).toEqual({ zh: '系统信息“IO Error: odd”', en: 'IO Error: odd' });
  });
});
