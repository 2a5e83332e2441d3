import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, copyFromRoot, useBinary, useCli, useTempDir } from './cli-harness';

const cli = useBinary();
const temp = useTempDir();

/** The `$ qgrade …` lines of a help text. */
function examples(help: string): string[] {
  return help
    .split('\n')
    .map((line) => /^\s+\$ (.*qgrade .*)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined);
}

// The examples are read from each command's help (in-process, when the file loads) so that every
// example line is its own test: one slow or failing line names itself, and none waits on the others.
const inProcess = useCli();
const EXAMPLES = (
  await Promise.all(
    COMMANDS.map(async (command) => {
      const help = await inProcess.run([command, '--help']);
      return { command, help, lines: examples(help.stdout) };
    }),
  )
).flatMap(({ command, help, lines }) => [
  { command, line: undefined as string | undefined, help },
  ...lines.map((line) => ({ command, line, help })),
]);

/** A working folder like a clean clone (the examples use its files), with `qgrade` on the PATH; one per command. */
const folders = new Map<string, string>();
function workingFolder(command: string): string {
  let dir = folders.get(command);
  if (dir) return dir;
  dir = mkdtempSync(join(temp(), `${command}-`));
  copyFromRoot(dir, 'examples', 'rules', 'test/cli/fixtures');
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'qgrade');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${cli.bin}" "$@"\n`);
  chmodSync(shim, 0o755);
  folders.set(command, dir);
  return dir;
}

describe.each(COMMANDS)('qgrade %s --help', (command) => {
  const own = EXAMPLES.filter((e) => e.command === command);

  it('exits 0 and has examples', () => {
    expect(own[0]!.help.code).toBe(0);
    expect(own.length - 1, 'examples in the help').toBeGreaterThan(0);
  });

  // init's examples build on each other (init, then validate what it wrote): in order, in one folder.
  (command === 'init' ? it.sequential : it.concurrent).each(
    own.filter((e) => e.line !== undefined).map((e) => e.line!),
  )('runs as written: %s', async (line) => {
    // A line that is qgrade and its arguments runs in this process, from the repository (it has the
    // examples' files), its output files in a folder of its own; a line that uses the shell (pipes, &&) or
    // writes into the folder it runs in (init) runs in a shell, in a copy of the repository.
    const args = inProcessArgs(line, temp());
    const result = args ? await inProcess.run(args) : await runShell(line, workingFolder(command));
    const context = `${line}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
    // 0 or 1 (an example may show invalid records); never a usage error or a crash.
    expect([0, 1], context).toContain(result.code);
    expect(result.stderr, context).not.toMatch(/internal error|\n\s+at .*\(/);
    if (!line.includes(' > ')) expect(`${result.stdout}${result.stderr}`.trim(), context).not.toBe('');
    // "# 1.0" after an example is its output.
    const expected = /#\s+(\S+)\s*$/.exec(line)?.[1];
    if (command === 'round' && expected) expect(result.stdout.trim(), context).toBe(expected);
  });
});

/**
 * The arguments of an example line that is `qgrade` and its arguments alone, split as a shell splits
 * words, with `-o <file>` moved into `outDir` and a `> file` redirection dropped (its text is what the run
 * prints); undefined for any other line, and for `init` and `studio`, which work in the folder they run in.
 */
function inProcessArgs(line: string, outDir: string): string[] | undefined {
  const redirect = /^(.*\S)\s+>\s+(\S+)$/.exec(line);
  const words = shellWords(redirect ? redirect[1]! : line);
  if (words?.[0] !== 'qgrade' || words.some((w) => w === 'init' || w === 'studio')) return undefined;
  const args = words.slice(1);
  for (let i = 0; i < args.length - 1; i++) {
    if (args[i] === '-o' || args[i] === '--output')
      args[i + 1] = join(outDir, args[i + 1]!.replace(/[/\\]/g, '_'));
  }
  return args;
}

/** A line split as a shell splits words; undefined where it uses more of the shell than quotes. */
function shellWords(line: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0 || (c === '"' && /[\\$`]/.test(line.slice(i + 1, end)))) return undefined;
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '#' && word === undefined) break;
    else if ('|&;<>()$`\\*?[]{}~='.includes(c) && !(c === '=' && word !== undefined)) return undefined;
    else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

async function runShell(line: string, cwd: string) {
  const { spawn } = await import('node:child_process');
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn('sh', ['-c', line], {
      cwd,
      env: {
        ...process.env,
        PATH: `${join(cwd, 'bin')}:${process.env.PATH}`,
        LANG: 'en_US.UTF-8',
        NO_COLOR: '1',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
