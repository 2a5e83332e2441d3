import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json';
import { COMMANDS, useCli } from './cli-harness';

// The help texts, read in-process; their examples are run as written in help-examples.test.ts (npm run test:slow).
const inProcess = useCli();

describe('qgrade --help and --version', () => {
  it('lists every command', async () => {
    const { code, stdout } = await inProcess.run(['--help']);
    expect(code).toBe(0);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('prints the version', async () => {
    const { code, stdout } = await inProcess.run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it('exits 2 with a helpful message for an unknown command or option', async () => {
    const unknown = await inProcess.run(['grde']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'grde'.*\n.*grade/);
    const option = await inProcess.run(['grade', '--rules', 'x', '--format', 'yaml', 'in.json']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/table, json, ndjson, csv, markdown/);
    expect(option.stderr).not.toMatch(/\n\s+at /);
  });
});

/** A help text in parts: the description (before the first section), then each argument, option and command entry. */
function helpEntries(help: string): string[] {
  const [description, ...rest] = help.split(/\n(?=Arguments:|Options:|Commands:|参数：|选项：|命令：)/);
  const entries: string[] = [description!.split('\n').slice(1).join(' ')];
  for (const line of rest.flatMap((section) => section.split('\n\n')[0]!.split('\n'))) {
    if (/^ {2}\S/.test(line)) entries.push(line.trim());
    else if (/^ {3,}\S/.test(line)) entries[entries.length - 1] += ` ${line.trim()}`;
  }
  return entries;
}

/** The record formats a text names. */
function formatsIn(text: string): string[] {
  const names = text.toLowerCase().match(/\b(json|ndjson|csv|tsv|xlsx|parquet)\b/g) ?? [];
  return [...new Set(names)].sort();
}

const ALL_FORMATS = ['csv', 'json', 'ndjson', 'parquet', 'tsv', 'xlsx'];

describe('help texts in English and Chinese', () => {
  const helps = ['', ...COMMANDS, 'studio'].map(async (command) => {
    const args = [...(command ? [command] : []), '--help'];
    const [en, zh] = await Promise.all([inProcess.run(args), inProcess.run(['--lang', 'zh', ...args])]);
    return { command, en: helpEntries(en.stdout), zh: helpEntries(zh.stdout) };
  });

  it('name the same record formats, entry by entry', async () => {
    for (const { command, en, zh } of await Promise.all(helps)) {
      expect(zh.length, command).toBe(en.length);
      for (const [i, entry] of en.entries()) {
        expect(formatsIn(zh[i]!), `${command}: ${entry}`).toEqual(formatsIn(entry));
      }
    }
  });

  it('commands that read records name every format they read', async () => {
    const all = await Promise.all(helps);
    const entry = (command: string, start: string) =>
      all.find((h) => h.command === command)!.en.find((e) => e.startsWith(start))!;
    expect(formatsIn(all.find((h) => h.command === 'grade')!.en[0]!)).toEqual(ALL_FORMATS);
    expect(formatsIn(entry('grade', 'input '))).toEqual(ALL_FORMATS);
    expect(formatsIn(entry('explain', 'input '))).toEqual(ALL_FORMATS);
    expect(formatsIn(entry('compare', 'data '))).toEqual(ALL_FORMATS);
    expect(entry('', 'grade ')).toContain('a JSON, NDJSON, CSV, TSV, XLSX or Parquet file');
  });

  it('show an option’s default once', async () => {
    for (const { command, en, zh } of await Promise.all(helps)) {
      for (const entry of en)
        expect(entry.match(/\bdefault\b/g)?.length ?? 0, `${command}: ${entry}`).toBeLessThan(2);
      for (const entry of zh)
        expect(entry.match(/默认/g)?.length ?? 0, `${command}: ${entry}`).toBeLessThan(2);
    }
    const init = await Promise.all(helps).then((all) => all.find((h) => h.command === 'init')!);
    expect(init.en).toContain(
      '-d, --dir <folder>     the folder holding rules/ (default: the working folder)',
    );
    expect(init.zh).toContain('-d, --dir <folder>     存放 rules/ 的文件夹（默认：当前工作文件夹）');
  });
});
