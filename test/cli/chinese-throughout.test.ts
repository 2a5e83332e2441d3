/**
 * With --lang zh every text the CLI prints for people is Chinese: the help
 * of every command, commander's own words and errors, usage errors, tables,
 * summaries, test reports. "Untranslated" is checked precisely: after the
 * parts that are not prose are set aside (command lines, option flags,
 * placeholders, file names and paths, ids, quoted literals, `{ json keys }`),
 * every ASCII word left must be a term from a closed list (format names,
 * units, standard codes, option values); one English word fails the test.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program';
import { displayWidth } from '../../src/text/display-width';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { ALL_COMMANDS, untranslated } from './untranslated';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';

describe('untranslated (the check itself)', () => {
  it('passes Chinese with syntax and terms, fails on any English word', () => {
    expect(
      untranslated('  --map <column=field>  把一列读作字段，如 --map 屈服强度=yieldStrength（可重复）'),
    ).toEqual([]);
    expect(untranslated('输出格式：table、json 或 xlsx（用 -o 写入 report.html）')).toEqual([]);
    expect(untranslated('  $ qgrade grade -r steel/x examples/a.json')).toEqual([]);
    expect(untranslated('输出格式：table or json')).toEqual(['or']);
    expect(untranslated('error: unknown option')).toEqual(['error', 'unknown', 'option']);
    expect(untranslated('用法：qgrade [options]')).toEqual([]); // a placeholder: caught by the structural test below
  });
});

describe('--lang zh: the help of every command', () => {
  it.each(ALL_COMMANDS)('qgrade %s --help ends with its exit codes, in both languages', async (command) => {
    const en = await cli.run([command, '--help']);
    expect(en.stdout).toMatch(/\n(.*\. )?Exit codes: 0 /);
    const zh = await cli.run(['--lang', 'zh', command, '--help']);
    expect(zh.stdout).toMatch(/\n(.*。)?退出码：0 /);
  });

  it.each(['', ...ALL_COMMANDS])('qgrade %s --help has no untranslated text', async (command) => {
    const { code, stdout } = await cli.run(['--lang', 'zh', ...(command ? [command] : []), '--help']);
    expect(code).toBe(0);
    expect(untranslated(stdout), stdout).toEqual([]);
    for (const word of [
      'Usage:',
      'Options:',
      'Arguments:',
      'Commands:',
      '[options]',
      'display help',
      'choices:',
      'default:',
    ])
      expect(stdout).not.toContain(word);
    expect(stdout).toMatch(/^用法：qgrade/);
  });

  it.each(
    ['', ...ALL_COMMANDS].flatMap((command) => [
      [command, 'zh'],
      [command, 'en'],
    ]),
  )(
    'qgrade %s --help (%s): every description, option and argument line fits 80 columns',
    async (command, lang) => {
      const { stdout } = await cli.run(['--lang', lang!, ...(command ? [command] : []), '--help']);
      // Up to the examples: the lines commander wraps (the examples are command lines, kept whole on purpose).
      const wrapped = stdout.split(/\n(?:示例：|Examples:)/)[0]!.split('\n');
      expect(wrapped.length).toBeGreaterThan(3);
      expect(wrapped.filter((line) => displayWidth(line) > 80)).toEqual([]);
    },
  );

  it('the zh locale gives the same help as --lang zh', async () => {
    const byLocale = await cli.run(['grade', '--help'], { env: { LANG: 'zh_CN.UTF-8' } });
    const byOption = await cli.run(['--lang', 'zh', 'grade', '--help']);
    expect(byLocale.stdout).toBe(byOption.stdout);
  });

  it('every description, argument and option has its own Chinese (none left as the English)', async () => {
    const runs = () => async () => {};
    const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {}, cwd: ROOT };
    const en = await buildProgram(io, runs, 'en');
    const zh = await buildProgram(io, runs, 'zh');
    const texts = (program: typeof en) =>
      [program, ...program.commands].flatMap((c) => [
        [`${c.name()}`, c.description()],
        ...c.registeredArguments.map((a) => [`${c.name()} <${a.name()}>`, a.description]),
        ...c.options.map((o) => [`${c.name()} ${o.flags}`, o.description]),
      ]);
    const english = new Map(texts(en).map(([k, v]) => [k, v]));
    const same = texts(zh).filter(([k, v]) => english.get(k!) === v);
    expect(same).toEqual([]);
    expect(texts(zh).length).toBe(english.size);
  });

  it('every command keeps its examples in Chinese help, the same command lines as in English', async () => {
    for (const command of ALL_COMMANDS) {
      const lines = (text: string) => text.split('\n').filter((l) => /^\s+\$ /.test(l));
      const en = await cli.run([command, '--help']);
      const zh = await cli.run(['--lang', 'zh', command, '--help']);
      expect(lines(zh.stdout), command).toEqual(lines(en.stdout));
    }
  });
});

describe('--lang zh: errors, commander’s and qgrade’s', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown option', ['grade', '-r', AC, '--bogus', 'x.json'], /^错误：未知选项“--bogus”/],
    ['unknown command with a hint', ['grde'], /^错误：未知命令“grde”\n（是否要写 grade？）/],
    ['missing argument', ['compare', AC], /^错误：缺少必需的参数 <ruleSetB>/],
    ['missing option value', ['grade', 'x.json', '-r'], /^错误：选项“-r, --rules <id\|path>”缺少取值/],
    ['required option', ['grade', 'x.json'], /^错误：必须给出选项“-r, --rules <id\|path>”/],
    [
      'invalid choice',
      ['grade', '-r', AC, '-f', 'yaml', 'x.json'],
      /^错误：选项“-f, --format <format>”的取值“yaml”无效，可选：table、json/,
    ],
    ['too many arguments', ['round', '1', '2', '3'], /^错误：命令“round”的参数过多：应为 2 个，实际 3 个/],
    ['bad --workers', ['grade', '-r', AC, '-w', '0', 'x.json'], /^qgrade: --workers 应为 1 到 64 之间的整数/],
    [
      'bad --max-record-length',
      ['grade', '-r', AC, '--max-record-length', 'x', 'x.json'],
      /^qgrade: --max-record-length 应为/,
    ],
    ['bad --min', ['test', '--min', 'x'], /^qgrade: --min 应为 0 到 100 之间的百分数/],
    [
      'a map target that is no indicator',
      ['grade', '-r', AC, '--map', 'a=apff', 'examples/air-conditioners-zh.csv'],
      /规则集没有名为“apff”的指标，是否要写“apf”？/,
    ],
    ['a missing input file', ['grade', '-r', AC, 'no-such-file.csv'], /^qgrade: /],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const { code, stderr } = await cli.run(['--lang', 'zh', ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(untranslated(stderr), stderr).toEqual([]);
  });

  it('an unknown --lang is reported in the locale’s language', async () => {
    const zh = await cli.run(['--lang', 'fr', 'grade', '-r', AC, 'x.json'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe('qgrade: --lang 应为 zh 或 en，收到“fr”\n');
    const en = await cli.run(['--lang', 'fr', 'grade', '-r', AC, 'x.json']);
    expect(en.stderr).toBe('qgrade: --lang must be zh or en, got "fr"\n');
  });

  it('a locale’s spelling of --lang is read as the locale would be; a word that only starts alike is not', async () => {
    const zh = await cli.run(['--lang', 'zh', 'list']);
    const en = await cli.run(['--lang', 'en', 'list'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).not.toBe(en.stdout);
    for (const spelling of ['zh_CN', 'zh-Hans', 'ZH-cn', 'zh_CN.UTF-8']) {
      const { code, stdout } = await cli.run(['--lang', spelling, 'list']);
      expect(code, spelling).toBe(0);
      expect(stdout, spelling).toBe(zh.stdout);
    }
    const enUs = await cli.run(['--lang', 'en_US.UTF-8', 'list'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(enUs.stdout).toBe(en.stdout);
    for (const bad of ['zhx', 'english', 'cn']) {
      const { code, stderr } = await cli.run(['--lang', bad, 'list']);
      expect(code, bad).toBe(2);
      expect(stderr).toBe(`qgrade: --lang must be zh or en, got "${bad}"\n`);
    }
  });

  it('the English stays English', async () => {
    const { stderr } = await cli.run(['grade', '-r', AC, '--bogus', 'x.json']);
    expect(stderr).toMatch(/^error: unknown option '--bogus'\n\(run with --help for usage\)/);
  });
});

describe('--lang zh: what grading prints', () => {
  it('table, Markdown and CSV name requirements in Chinese; the summary is Chinese', async () => {
    for (const format of ['table', 'markdown', 'csv']) {
      const { stdout, stderr } = await cli.run([
        '--lang',
        'zh',
        'grade',
        '-r',
        AC,
        '-f',
        format,
        '--map',
        '额定制冷量=ratedCoolingCapacity',
        'examples/air-conditioners-zh.csv',
      ]);
      const body =
        format === 'csv'
          ? stdout
              .split('\n')
              .slice(1)
              .map((l) => l.split(',').at(-1))
              .join('\n')
          : stdout;
      expect(untranslated(body), body).toEqual([]);
      expect(untranslated(stderr), stderr).toEqual([]);
    }
  });

  it('test reports, failures and coverage are Chinese, JUnit messages too', async () => {
    const text = await cli.run([
      '--lang',
      'zh',
      'test',
      '--min',
      '50',
      'test/cli/fixtures/coverage.test.yaml',
    ]);
    expect(text.stdout).toContain('通过 14 个，失败 0 个');
    expect(untranslated(text.stdout), text.stdout).toEqual([]);
    expect(text.stdout).toContain('ratio [1.25, 1.30] 上端（第');
    const junit = await cli.run([
      '--lang',
      'zh',
      'test',
      '--format',
      'junit',
      'examples/hot-rolled-ribbed-bar-2024-draft.test.yaml',
    ]);
    expect(junit.code).toBe(0);
    expect(untranslated(junit.stderr), junit.stderr).toEqual([]);
  });

  it('a failing case says what differed in Chinese, on the console and in JUnit', async () => {
    const file = join(temp(), 'failing.test.yaml');
    writeFileSync(
      file,
      `ruleSet: ${AC}\ncases:\n  - name: 预期等级写错\n    input: { unitType: heat-pump, ratedCoolingCapacity: 3500, apf: 5.00 }\n    grade: "2"\n`,
    );
    const text = await cli.run(['--lang', 'zh', 'test', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('等级：预期“2级”，实际“1级”');
    expect(untranslated(text.stdout), text.stdout).toEqual([]);
    const junit = await cli.run(['--lang', 'zh', 'test', '--format', 'junit', file]);
    expect(junit.stdout).toContain('<failure message="等级：预期“2级”，实际“1级”">');
  });
});
