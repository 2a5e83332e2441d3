import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';
import { untranslated } from './untranslated';

// In-process: init and `test` with no paths work in `cwd`; the files named are given whole (see RunOptions.cwd).
const cli = useCli();
const temp = useTempDir();

describe.concurrent('qgrade init', () => {
  it('scaffolds a rule set and its suite that validate and test green at once, every threshold covered', async () => {
    const dir = mkdtempSync(join(temp(), 'init-'));
    const created = await cli.run(['init', 'steel/demo-bar'], { cwd: dir });
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created rules/steel/demo-bar.yaml');
    expect(created.stdout).toContain('created rules/steel/demo-bar.test.yaml');

    const validate = await cli.run(['validate', join(dir, 'rules/steel/demo-bar.yaml')], { cwd: dir });
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    const test = await cli.run(['test', '--coverage', join(dir, 'rules/steel/demo-bar.test.yaml')], {
      cwd: dir,
    });
    expect(test.code, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain('rules/steel/demo-bar.yaml: 3 of 3 thresholds');
    expect(test.stdout.trimEnd().split('\n').at(-1)).toBe('10 passed, 0 failed');
    // `qgrade test` with no paths finds it under ./rules too.
    expect((await cli.run(['test'], { cwd: dir })).code).toBe(0);
  });

  it.each([
    ['conformity', 'steel/demo-plate', 7, 23],
    ['scored', 'enterprise/demo-capability', 3, 12],
  ])(
    '--template %s scaffolds a rule set and suite that validate and test green, every threshold covered',
    async (template, id, thresholds, cases) => {
      const dir = mkdtempSync(join(temp(), `${template}-`));
      const created = await cli.run(['init', id, '--template', template], { cwd: dir });
      expect(created.code, created.stderr).toBe(0);
      const rules = `rules/${id}.yaml`;
      expect((await cli.run(['validate', join(dir, rules)], { cwd: dir })).code).toBe(0);
      // A rule set under enterprise/ grades enterprises; one under steel/, products.
      const subject = id.startsWith('enterprise/') ? 'enterprise' : 'product';
      expect(readFileSync(join(dir, rules), 'utf8')).toMatch(new RegExp(`^subject: ${subject}\\b`, 'm'));
      const test = await cli.run(['test', '--coverage', join(dir, `rules/${id}.test.yaml`)], { cwd: dir });
      expect(test.code, test.stdout + test.stderr).toBe(0);
      expect(test.stdout).toContain(`${rules}: ${thresholds} of ${thresholds} thresholds`);
      expect(test.stdout.trimEnd().split('\n').at(-1)).toBe(`${cases} passed, 0 failed`);
    },
  );

  it('refuses a template it does not have', async () => {
    const dir = mkdtempSync(join(temp(), 'bad-template-'));
    const run = await cli.run(['init', 'steel/x', '--template', 'nope'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ladder, conformity, scored, lot');
  });

  it('--template lot scaffolds a lot-grading rule set whose suite covers every sample and lot threshold', async () => {
    const dir = mkdtempSync(join(temp(), 'init-lot-'));
    const created = await cli.run(['init', 'building-materials/demo-lots', '--template', 'lot'], {
      cwd: dir,
    });
    expect(created.code).toBe(0);
    const rules = readFileSync(join(dir, 'rules/building-materials/demo-lots.yaml'), 'utf8');
    expect(rules).toContain('statistic: cv');
    const test = await cli.run(
      ['test', '--coverage', join(dir, 'rules/building-materials/demo-lots.test.yaml')],
      {
        cwd: dir,
      },
    );
    expect(test.code, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain('rules/building-materials/demo-lots.yaml: 4 of 4 thresholds');
    expect(test.stdout.trimEnd().split('\n').at(-1)).toBe('13 passed, 0 failed');
    const csv = 'lot,strength\nA,48.5\nA,50\nA,51.5\nB,47.5\nB,50\nB,52.5\n';
    writeFileSync(join(dir, 'samples.csv'), csv);
    const graded = await cli.run(
      [
        'grade',
        '-r',
        join(dir, 'rules/building-materials/demo-lots.yaml'),
        '--group-by',
        'lot',
        '-f',
        'csv',
        '--no-summary',
        join(dir, 'samples.csv'),
      ],
      { cwd: dir },
    );
    expect(graded.code, graded.stderr).toBe(0);
    expect(
      graded.stdout
        .split('\n')
        .slice(1, 3)
        .map((l) => l.split(',').slice(0, 5).join(',')),
    ).toEqual(['A,1,3,3,superior', 'B,4,6,3,first-class']);
  });

  it('points the $schema lines at the package schemas with correct relative paths', async () => {
    const dir = mkdtempSync(join(temp(), 'schema-'));
    await cli.run(['init', 'building-materials/demo-tile', '--dir', 'standards'], { cwd: dir });
    const folder = join(dir, 'standards/rules/building-materials');
    for (const [file, schema] of [
      ['demo-tile.yaml', 'schemas/ruleset.schema.json'],
      ['demo-tile.test.yaml', 'schemas/ruleset-test.schema.json'],
    ] as const) {
      const first = readFileSync(join(folder, file), 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, first).not.toBeNull();
      expect(resolve(folder, m![1]!)).toBe(join(ROOT, schema));
    }
  });

  it('in Chinese, the rule file names the schema with Chinese hovers; it validates as the English one does (fix-authoring-27)', async () => {
    const dir = mkdtempSync(join(temp(), 'schema-zh-'));
    const zh = await useCli().run(['--lang', 'zh', 'init', 'building-materials/demo-tile', '--dir', dir]);
    expect(zh.code, zh.stderr).toBe(0);
    const folder = join(dir, 'rules/building-materials');
    for (const [file, schema] of [
      ['demo-tile.yaml', 'schemas/ruleset.schema.zh-CN.json'],
      // The suite too (newcomer-36 M11c): its hovers were English only.
      ['demo-tile.test.yaml', 'schemas/ruleset-test.schema.zh-CN.json'],
    ] as const) {
      const first = readFileSync(join(folder, file), 'utf8').split('\n')[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(resolve(folder, m![1]!)).toBe(join(ROOT, schema));
    }
    const validate = await useCli().run(['--lang', 'zh', 'validate', join(folder, 'demo-tile.yaml')]);
    expect(validate.code, validate.stdout).toBe(0);
    const test = await useCli().run(['--lang', 'zh', 'test', join(folder, 'demo-tile.test.yaml')]);
    expect(test.code, test.stdout + test.stderr).toBe(0);
  });

  it('never overwrites a file, and refuses an id that is not <industry>/<name>', async () => {
    const dir = mkdtempSync(join(temp(), 'exists-'));
    await cli.run(['init', 'steel/demo-bar'], { cwd: dir });
    const rule = join(dir, 'rules/steel/demo-bar.yaml');
    writeFileSync(rule, 'mine');
    const again = await cli.run(['init', 'steel/demo-bar'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exist');
    expect(readFileSync(rule, 'utf8')).toBe('mine');
    for (const id of ['Steel/x', 'steel', 'steel/a/b', 'steel/under_score']) {
      const bad = await cli.run(['init', id], { cwd: dir });
      expect(bad.code, id).toBe(2);
      expect(bad.stderr, id).toContain('<industry>/<name>');
    }
    expect(existsSync(join(dir, 'rules/steel/a'))).toBe(false);
    expect(dirname(rule)).toBe(join(dir, 'rules/steel'));
  });
});

describe.concurrent('qgrade init where files cannot be written', () => {
  const inProcess = useCli();

  it('an id with capitals or "_" names the normalised id; Chinese characters are said to be refused, with an example (newcomer-26 F6)', async () => {
    const dir = mkdtempSync(join(temp(), 'ids-'));
    const run = (lang: string, id: string) => inProcess.run(['--lang', lang, 'init', id, '--dir', dir]);
    const upper = await run('en', 'building-materials/Flat_Glass');
    expect(upper.code).toBe(2);
    expect(upper.stderr).toContain(
      'got "building-materials/Flat_Glass"; did you mean building-materials/flat-glass?',
    );
    expect((await run('zh', 'Building Materials/flat glass')).stderr).toContain(
      '；是否要写 building-materials/flat-glass？',
    );
    const han = await run('zh', 'building-materials/平板玻璃');
    expect(han.code).toBe(2);
    expect(han.stderr).toContain(
      '；标识不能用汉字：请用英文（或拼音）的小写单词，以短横线连接，如 building-materials/flat-glass；中文名称写在规则集的“title”中',
    );
    expect((await run('en', '建材/平板玻璃')).stderr).toContain('an id cannot hold Chinese characters');
    // No industry: no guess at one, the form alone.
    expect((await run('en', 'flat-glass')).stderr).not.toContain('did you mean');
    expect(existsSync(join(dir, 'rules'))).toBe(false);
  });

  it('a file where a folder must be: exit 2 with the reason, in both languages, not an internal error', async () => {
    const dir = mkdtempSync(join(temp(), 'file-'));
    const file = join(dir, 'afile');
    writeFileSync(file, 'x');
    const en = await inProcess.run(['init', 'steel/a', '--dir', file]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `cannot create ${join(file, 'rules', 'steel')}: part of the path is not a folder`,
    );
    // rules/steel is a file itself: mkdir says EEXIST, which is the same thing.
    mkdirSync(join(dir, 'f2', 'rules'), { recursive: true });
    writeFileSync(join(dir, 'f2', 'rules', 'steel'), 'x');
    const zh = await inProcess.run(['--lang', 'zh', 'init', 'steel/a', '--dir', join(dir, 'f2')]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`无法创建 ${join(dir, 'f2', 'rules', 'steel')}：路径中有一部分不是文件夹`);
    expect(zh.stderr + en.stderr).not.toMatch(/internal error|内部错误/);
  });

  it('a suite name too long for the file system writes neither file, so the next init can run', async () => {
    const dir = mkdtempSync(join(temp(), 'long-'));
    // 248 characters: the rule file's name (253 bytes) fits, the suite's (258) does not.
    const name = 'b'.repeat(248);
    const run = await inProcess.run(['init', `steel/${name}`, '--dir', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${name}.test.yaml: the name is too long`);
    expect(readdirSync(join(dir, 'rules', 'steel'))).toEqual([]);
  });

  it('a --dir whose folder above does not exist is refused, in both languages, and nothing is made', async () => {
    const top = join(mkdtempSync(join(temp(), 'typo-')), 'nonexistent');
    const dir = join(top, 'dir');
    const en = await inProcess.run(['init', 'steel/ok', '--dir', dir]);
    expect(en).toEqual({
      code: 2,
      stdout: '',
      stderr: `qgrade: --dir ${dir}: the folder above it, ${top}, does not exist; create it first (init makes --dir itself and rules/ inside it, not the folders above)\n`,
    });
    const zh = await inProcess.run(['--lang', 'zh', 'init', 'steel/ok', '-d', dir]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(
      `qgrade: --dir ${dir}：上一级文件夹 ${top} 不存在；请先创建它（init 只新建 --dir 本身和其中的 rules/，不新建它上面的文件夹）\n`,
    );
    expect(existsSync(top)).toBe(false);
    // One missing level is what --dir is for: it is made, with rules/ inside it.
    mkdirSync(top);
    const made = await inProcess.run(['init', 'steel/ok', '--dir', dir]);
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(join(dir, 'rules', 'steel', 'ok.yaml'))).toBe(true);
  });

  it('prints the next commands with a path that has spaces quoted, so they can be pasted', async () => {
    const dir = join(mkdtempSync(join(temp(), 'space-')), 'with space', '中文 目录');
    mkdirSync(dirname(dir));
    const run = await inProcess.run(['init', 'steel/my-bar', '--dir', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`  qgrade validate '${join(dir, 'rules', 'steel', 'my-bar.yaml')}'`);
    expect(run.stdout).toContain(
      `  qgrade test --coverage '${join(dir, 'rules', 'steel', 'my-bar.test.yaml')}'`,
    );
  });
});

describe('paths that start with a dash (hostile-30 M5)', () => {
  const inProcess = useCli();
  it('init --dir -x10 prints next commands that run as printed: ./-x10/…', async () => {
    const dir = mkdtempSync(join(temp(), 'dash-'));
    const run = await inProcess.run(['init', 'steel/my-bar', '--dir', '-x10'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  qgrade validate ./-x10/rules/steel/my-bar.yaml\n');
    const validate = await inProcess.run(['validate', './-x10/rules/steel/my-bar.yaml'], { cwd: dir });
    expect(validate.code).toBe(0);
  });

  it('grade -data.csv: the unknown option says how to name a file that starts with a dash, in zh and en', async () => {
    const en = await inProcess.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', '-data.csv']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('(if -data.csv is a file: write ./-data.csv, or put -- before it)');
    const zh = await inProcess.run(['--lang', 'zh', 'grade', '-r', 'steel/hot-rolled-ribbed-bar', '-数据']);
    expect(zh.stderr).toContain('（如果“-数据”是文件名：写成 ./-数据，或在它前面加 --）');
    // An option misspelt is not taken for a file.
    const option = await inProcess.run(['grade', '-r', 'steel/hot-rolled-ribbed-bar', '--bogus', 'x.csv']);
    expect(option.stderr).not.toContain('is a file');
  });
});

describe.concurrent('qgrade init in the language of the run', () => {
  const inProcess = useCli();

  /** The file with its comments and case names left out: what must not depend on the language. */
  const structure = (yaml: string) =>
    yaml
      .split('\n')
      .map((line) => line.replace(/(^|\s)#.*$/, '').replace(/^(\s*(?:- )?name:).*$/, '$1'))
      .filter((line) => line.trim() !== '');
  /** The comments and case names: the prose a Chinese run must write in Chinese. */
  const prose = (yaml: string) =>
    yaml
      .split('\n')
      .filter((line) => !line.includes('yaml-language-server'))
      .flatMap((line) => [/(?:^|\s)#(.*)$/.exec(line)?.[1], /^\s*(?:- )?name: "(.*)"$/.exec(line)?.[1]])
      .filter((text): text is string => text !== undefined)
      .join('\n');
  // Words a Chinese comment keeps: YAML values it names, the placeholder, a unit, the symbols of the CV formula.
  const kept = new Set([
    'TODO',
    'J',
    'CV',
    'm',
    'd',
    's',
    'rounded',
    'enterprise',
    'points',
    'cap',
    'illustrative',
  ]);
  for (const word of ['sourced', 'secondary', 'unverified', 'keys']) kept.add(word);
  // A grade id the scored template's veto comment names, in the line to write (`cap: qualified`, newcomer-words-42 d).
  kept.add('qualified');

  it.each([
    [
      'ladder',
      [
        '# 把每个 TODO 换成标准原文的内容，然后运行',
        'grades: # 从最低等级起',
        '# 规则格式见 qgrade 的 docs/rule-format.zh-CN.md。',
      ],
      ['  - name: "400 MPa，等于合格品限值（400）"', '  - name: "缺少抗拉强度的记录无效"'],
      ['# Replace each TODO with what the standard says, then run', 'grades: # lowest first'],
      [
        '  - name: "400 MPa, at qualified (400)"',
        '  - name: "a record without the tensile strength is invalid"',
      ],
    ],
    [
      'conformity',
      ['    require: "10.0 ± 0.2" # 公差：闭区间 [9.8, 10.2]'],
      [
        '  - name: "直径 9.8 mm，等于 10.0 ± 0.2 的下限"',
        '  - name: "KV2 33、40、40 J：允许一个单个值低于 34"',
      ],
      ['    require: "10.0 ± 0.2" # a tolerance: the closed range [9.8, 10.2]'],
      ['  - name: "diameter 9.8 mm, at the lower end of 10.0 ± 0.2"'],
    ],
    [
      'scored',
      ['  safetyTest: # 一票否决项：不通过则记录不定级', 'subject: product # 评价企业时写 enterprise'],
      ['  - name: "总分 75，等于良好分数线（75）"'],
      ['  safetyTest: # a veto item: failing it leaves the record not graded'],
      ['  - name: "total 75, at good (75)"'],
    ],
    [
      'lot',
      [
        '  strength: # TODO 每个样品的测定值',
        '# 规则格式见 qgrade 的 docs/rule-format.zh-CN.md（“批次和时段：组统计”一节）。',
      ],
      [
        '  - name: "CV 5.0 %，等于一等品限值（≤ 5.0）"',
        '# 运行：qgrade test --coverage rules/steel/my-standard.test.yaml',
      ],
      [
        '  strength: # TODO the measured value of each sample',
        '# The rule format is described in qgrade\'s docs/rule-format.md ("Lots and periods").',
      ],
      ['  - name: "CV 5.0 %, at first class (≤ 5.0)"'],
    ],
  ])(
    '--template %s: comments and case names in Chinese under --lang zh, in English under --lang en, all else the same',
    async (template, zhRules, zhSuite, enRules, enSuite) => {
      const written: Record<string, { rules: string; suite: string }> = {};
      for (const lang of ['zh', 'en']) {
        const dir = mkdtempSync(join(temp(), `lang-${template}-${lang}-`));
        const run = await inProcess.run([
          '--lang',
          lang,
          'init',
          'steel/my-standard',
          '-t',
          template,
          '--dir',
          dir,
        ]);
        expect(run.code, run.stderr).toBe(0);
        const folder = join(dir, 'rules', 'steel');
        written[lang] = {
          rules: readFileSync(join(folder, 'my-standard.yaml'), 'utf8'),
          suite: readFileSync(join(folder, 'my-standard.test.yaml'), 'utf8'),
        };
      }
      const zh = written.zh!;
      const en = written.en!;
      for (const line of zhRules) expect(zh.rules.split('\n')).toContain(line);
      for (const line of zhSuite) expect(zh.suite.split('\n')).toContain(line);
      for (const line of enRules) expect(en.rules.split('\n')).toContain(line);
      for (const line of enSuite) expect(en.suite.split('\n')).toContain(line);
      // No English left in the Chinese prose, no Chinese in the English (but the bilingual labels).
      expect(untranslated(prose(zh.rules) + prose(zh.suite), kept)).toEqual([]);
      expect(prose(en.rules) + prose(en.suite)).not.toMatch(/[，。：；（）]/);
      expect(structure(zh.rules)).toEqual(structure(en.rules));
      expect(structure(zh.suite)).toEqual(structure(en.suite));
    },
  );
});
