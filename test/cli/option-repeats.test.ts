import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const CSV = 'model,unitType,ratedCoolingCapacity,apf,seer\nA1,heat-pump,3500,4.62,\n';

function input(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

describe.concurrent('--keep, --map and --map-file given in ways a person writes them', () => {
  it('--keep trims the column name and keeps a column named twice once', async () => {
    const data = input('keep.csv', CSV);
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'csv',
      '--no-summary',
      '--keep',
      ' model ',
      '--keep',
      'model',
      data,
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'row,model,grade,label,conforming,nextGrade,blockers,notGradedReason,failing,invalidFields,explanation',
    );
    expect(stdout.split('\n')[1]!.startsWith('1,A1,2,')).toBe(true);
  });

  it('two --maps of one column to different fields are a usage error naming both; the same one twice is fine', async () => {
    const data = input('map.csv', CSV);
    const en = await cli.run(['grade', '-r', AC, '--map', 'apf=apf', '--map', ' apf =seer', data]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      'qgrade: --map apf=apf and --map  apf =seer map the same column "apf" to different fields; keep one\n',
    );
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      AC,
      '--map',
      'apf=apf',
      '--map',
      'apf=seer',
      data,
    ]);
    expect(zh.stderr).toContain(
      '--map apf=apf 和 --map apf=seer 把同一列“apf”映射到不同的字段；请只保留一个',
    );
    const twice = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      'apf=apf',
      '--map',
      'apf=apf',
      '--no-summary',
      data,
    ]);
    expect(twice.code).toBe(0);
  });

  it('a mistake in a --map-file names the file, not a --map never written', async () => {
    const data = input('mapfile.csv', CSV);
    const target = input('target.json', '{"model": "modell"}');
    const en = await cli.run(['grade', '-r', AC, '--map-file', target, data]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `qgrade: --map-file ${target} ("model": "modell"): the rule set has no indicator "modell"`,
    );
    const source = input('source.yaml', '型号: apf\n');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--map-file', source, data]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`--map-file ${source} ("型号": "apf")：`);
    expect(zh.stderr).toContain('中没有“型号”列');
    // A --map given with the file still speaks as --map, also for a column the file maps too.
    const both = await cli.run(['grade', '-r', AC, '--map-file', target, '--map', 'model=apff', data]);
    expect(both.stderr).toContain(
      'qgrade: --map model=apff: the rule set has no indicator "apff"; did you mean "apf"?',
    );
  });

  it('a folder as --map-file says it is a folder, in both languages', async () => {
    const folder = join(temp(), 'a-folder');
    mkdirSync(folder);
    const data = input('folder.csv', CSV);
    const en = await cli.run(['grade', '-r', AC, '--map-file', folder, data]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`qgrade: cannot read the mapping file ${folder}: it is a folder\n`);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--map-file', folder, data]);
    expect(zh.stderr).toBe(`qgrade: 无法读取映射文件 ${folder}：这是一个文件夹\n`);
  });

  it('a --map-file that is not valid YAML is told where, in the chosen language, as a rule file is', async () => {
    const data = input('yaml.csv', CSV);
    const dup = input('dup.json', '{"model":"model","model":"unitType"}');
    const en = await cli.run(['grade', '-r', AC, '--map-file', dup, data]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `qgrade: ${dup}:1:18: duplicate key "model" (first on line 1, column 2): each key may appear once in a mapping\n`,
    );
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--map-file', dup, data]);
    expect(zh.stderr).toBe(
      `qgrade: ${dup}:1:18: 重复的键“model”（第一次在第 1 行第 2 列）：同一映射中每个键只能出现一次\n`,
    );
    const open = input('open.yaml', 'a: [\n');
    const bracket = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--map-file', open, data]);
    expect(bracket.code).toBe(2);
    expect(bracket.stderr).toBe(
      `qgrade: ${open}:1:4: YAML 语法错误：这个“[”没有对应的“]”：请在这一项的末尾补上“]”\n`,
    );
  });
});

describe.concurrent('an option that takes one value, given twice', () => {
  const OK = join(ROOT, 'examples/room-air-conditioners.json');

  it('-r twice is a usage error naming both rule sets, in both languages, not a grade by the last', async () => {
    const en = await cli.run(['grade', '-r', AC, '-r', 'steel/hot-rolled-ribbed-bar', OK]);
    expect(en).toEqual({
      code: 2,
      stdout: '',
      stderr: `qgrade: --rules was given twice, as ${AC} and steel/hot-rolled-ribbed-bar; it takes one value: give it once\n`,
    });
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '--rules',
      AC,
      '-r',
      'steel/hot-rolled-ribbed-bar',
      OK,
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      `qgrade: --rules 给出了两次，分别是 ${AC} 和 steel/hot-rolled-ribbed-bar；它只取一个值，请只给出一次\n`,
    );
  });

  it('two --map-files are a usage error naming both files, not the second silently replacing the first', async () => {
    const data = input('two-files.csv', '型号,APF\nA1,4.62\n');
    const first = input('first.yaml', 'APF: apf\n');
    const second = input('second.yaml', '型号: model\n');
    const run = await cli.run(['grade', '-r', AC, '--map-file', first, '--map-file', second, data]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `qgrade: --map-file was given twice, as ${first} and ${second}; it takes one value: give it once\n`,
    );
  });

  // Every kind of single-value option, on every command that has one: the rule is one for all.
  it.each([
    [['grade', '-r', AC, '-f', 'json', '--format', 'csv', OK], '--format', 'json', 'csv'],
    [['grade', '-r', AC, '--format=csv', '-f', 'json', OK], '--format', 'csv', 'json'],
    [
      ['grade', '-r', AC, '--encoding', 'gb18030', '--encoding', 'utf-8', OK],
      '--encoding',
      'gb18030',
      'utf-8',
    ],
    [['grade', '-r', AC, '-g', 'model', '--group-by', 'unitType', OK], '--group-by', 'model', 'unitType'],
    [['grade', '-r', AC, '-i', 'json', '-i', 'ndjson', OK], '--input-format', 'json', 'ndjson'],
    [['grade', '-r', AC, '-w', '1', '-w', '2', OK], '--workers', '1', '2'],
    [
      ['grade', '-r', AC, '--max-record-length', '9', '--max-record-length', '10', OK],
      '--max-record-length',
      '9',
      '10',
    ],
    [['--lang', 'zh', 'grade', '-r', AC, '--lang', 'en', OK], '--lang', 'zh', 'en'],
    [['explain', '-r', AC, '--row', '1', '--row', '2', OK], '--row', '1', '2'],
    [['compare', '-f', 'json', '-f', 'table', AC, AC, OK], '--format', 'json', 'table'],
    [['validate', '-f', 'text', '-f', 'junit', 'rules'], '--format', 'text', 'junit'],
    [['test', '--min', '50', '--min', '90'], '--min', '50', '90'],
    [['list', '-f', 'json', '-f', 'table'], '--format', 'json', 'table'],
    [
      ['schema', 'input', '-r', AC, '-r', 'steel/hot-rolled-ribbed-bar'],
      '--rules',
      AC,
      'steel/hot-rolled-ribbed-bar',
    ],
    [['init', 'steel/x', '--dir', '@/a', '-d', '@/b'], '--dir', '@/a', '@/b'],
    [['diff', '-o', '@/a.html', '-o', '@/b.html', AC, AC], '--output', '@/a.html', '@/b.html'],
  ])('%j: exit 2 naming the option and both values', async (args, flag, a, b) => {
    // "@/": in a temporary folder, so a run that writes (as before the fix) writes nothing here.
    const at = (arg: string) => arg.replace(/^@\//, `${temp()}/`);
    const run = await cli.run(args.map(at));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `qgrade: ${flag} was given twice, as ${at(a)} and ${at(b)}; it takes one value: give it once\n`,
    );
  });

  it('a value with spaces is quoted as a shell word', async () => {
    const run = await cli.run(['grade', '-r', AC, '--group-by', '型号 A', '--group-by', 'model', OK]);
    expect(run.stderr).toBe(
      `qgrade: --group-by was given twice, as '型号 A' and model; it takes one value: give it once\n`,
    );
  });

  it('the same value twice says nothing new and runs', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '--rules',
      AC,
      '-f',
      'csv',
      '--format=csv',
      '--encoding',
      'utf-8',
      '--no-summary',
      '--no-summary',
      OK,
    ]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout.split('\n')[0]).toMatch(/^row,/);
    expect(run.stderr).not.toContain('given twice');
  });
});

describe.concurrent('a long argument value in a message', () => {
  it('-r of 100,000 characters is echoed as its first 60, "…" and its length', async () => {
    const long = 'x'.repeat(100_000);
    const en = await cli.run(['grade', '-r', long, 'data.csv']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`${'x'.repeat(60)}…(100000 characters)`);
    expect(en.stderr).not.toContain('x'.repeat(61));
    expect(en.stderr.length).toBeLessThan(300);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', long, 'data.csv']);
    expect(zh.stderr).toContain(`${'x'.repeat(60)}…（共 100000 个字符）`);
    expect(zh.stderr.length).toBeLessThan(300);
  });

  it('--keep of 40,000 characters, echoed twice by its message, is cut both times; its length counts characters', async () => {
    const data = input('keep-long.csv', CSV);
    const long = '列'.repeat(40_000);
    const run = await cli.run(['grade', '-r', AC, '--keep', long, data]);
    expect(run.code).toBe(2);
    const cut = `${'列'.repeat(60)}…(40000 characters)`;
    expect(run.stderr.split(cut).length - 1).toBe(2);
    expect(run.stderr).not.toContain('列'.repeat(61));
    // Leaving out the line naming the defaults in force (airCooled, …), which any such CSV gets.
    const rest = run.stderr
      .split('\n')
      .filter((l) => !l.includes('no column gives'))
      .join('\n');
    expect(rest.length).toBeLessThan(600);
  });

  it("commander's own messages are cut too; a value of 300 characters, longer than any file name, is echoed whole", async () => {
    const format = await cli.run(['grade', '-r', AC, '-f', 'q'.repeat(301), 'data.csv']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(`argument '${'q'.repeat(60)}…(301 characters)' is invalid`);
    const whole = await cli.run(['grade', '-r', AC, '-f', 'q'.repeat(300), 'data.csv']);
    expect(whole.stderr).toContain(`argument '${'q'.repeat(300)}' is invalid`);
  });
});

describe.concurrent('a command qgrade names otherwise', () => {
  it.each(['check', 'lint'])('qgrade %s suggests validate, in both languages', async (word) => {
    const en = await cli.run([word, 'rules']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `error: unknown command '${word}'\n(Did you mean validate?)\n(run with --help for usage)\n`,
    );
    const zh = await cli.run(['--lang', 'zh', word, 'rules']);
    expect(zh.stderr).toContain(`错误：未知命令“${word}”\n（是否要写 validate？）`);
  });

  it.each(['serve', 'server'])('qgrade %s suggests studio', async (word) => {
    const en = await cli.run([word, 'rules']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `error: unknown command '${word}'\n(Did you mean studio?)\n(run with --help for usage)\n`,
    );
    const zh = await cli.run(['--lang', 'zh', word]);
    expect(zh.stderr).toContain(`错误：未知命令“${word}”\n（是否要写 studio？）`);
  });

  it('any other unknown command keeps the suggestion by spelling', async () => {
    const run = await cli.run(['valdate', 'rules']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: unknown command 'valdate'\n(Did you mean validate?)");
  });
});
