import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const INPUT = 'examples/room-air-conditioners.json';
const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

const grade = (...args: string[]) => cli.run(['grade', '-r', AC, ...args]);

/**
 * Runs `f` as a user who is not root: as `nobody` when the tests run as root (who may write any file), else as
 * the user running them. Tests in a file run one after another, and each file's process is its own.
 */
async function asUser<T>(f: () => Promise<T>): Promise<T> {
  if (!isRoot) return f();
  process.setegid?.(NOBODY);
  process.seteuid?.(NOBODY);
  try {
    return await f();
  } finally {
    process.seteuid?.(0);
    process.setegid?.(0);
  }
}

/** A temporary folder with this mode, which `nobody` can reach (the test's folder is the test user's only). */
function folder(name: string, mode: number): string {
  chmodSync(temp(), 0o755);
  const dir = join(temp(), name);
  mkdirSync(dir);
  chmodSync(dir, mode);
  return dir;
}

describe('-o and the file it replaces (hostile-40)', () => {
  it('refuses a read-only report before grading, in both languages, and leaves it as it was (C3)', async () => {
    const dir = folder('open', 0o777);
    const out = join(dir, 'final.html');
    writeFileSync(out, 'signed off');
    chmodSync(out, 0o444);
    const en = await asUser(() => grade('-f', 'html', '-o', out, INPUT));
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`cannot write ${out}: the file is read-only (no write permission)`);
    // Refused up front: no record was graded, so no summary.
    expect(en.stderr).not.toContain('graded');
    const zh = await asUser(() =>
      cli.run(['--lang', 'zh', 'compare', '-f', 'html', '-o', out, AC, AC, INPUT]),
    );
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`无法写入 ${out}：该文件是只读的`);
    expect(readFileSync(out, 'utf8')).toBe('signed off');
    expect(statSync(out).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['final.html']);
  });

  it('keeps the mode of a file it replaces (C3)', async () => {
    const dir = temp();
    const out = join(dir, 'private.html');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect((await grade('-f', 'html', '-o', out, INPUT)).code).toBe(1);
    expect(readFileSync(out, 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const diffed = join(dir, 'diff.md');
    writeFileSync(diffed, 'old');
    chmodSync(diffed, 0o640);
    const diff = await cli.run([
      'diff',
      '-f',
      'markdown',
      '-o',
      diffed,
      AC,
      'examples/room-air-conditioner-energy-draft.yaml',
    ]);
    expect(diff.code).toBe(0);
    expect(statSync(diffed).mode & 0o777).toBe(0o640);
  });

  // Only root can give a file to another user; the refusal is then checked as that other user (nobody).
  it.runIf(isRoot)(
    "refuses up front another user's file in a sticky folder, which the rename could not replace (M1)",
    async () => {
      const dir = folder('sticky', 0o1777);
      const out = join(dir, 'r.html');
      writeFileSync(out, 'theirs');
      chmodSync(out, 0o666);
      chownSync(out, 0, 0);
      const run = await asUser(() => grade('-f', 'html', '-o', out, INPUT));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `cannot write ${out}: the file belongs to another user, and its folder ${dir} lets only a file's owner replace it`,
      );
      expect(run.stderr).not.toContain('graded');
      expect(readFileSync(out, 'utf8')).toBe('theirs');
      // A file of one's own there is replaced as anywhere.
      const mine = join(dir, 'mine.html');
      writeFileSync(mine, 'mine');
      chownSync(mine, NOBODY, NOBODY);
      expect((await asUser(() => grade('-f', 'html', '-o', mine, INPUT))).code).toBe(1);
      expect(readFileSync(mine, 'utf8').startsWith('<!doctype html>')).toBe(true);
    },
  );

  it('names the folder when it is the folder, not the file, that cannot be written (M1)', async () => {
    const dir = folder('shut', 0o755);
    const out = join(dir, 'r.html');
    writeFileSync(out, 'old');
    chmodSync(out, 0o666);
    chmodSync(dir, 0o555);
    try {
      const run = await asUser(() => grade('-f', 'html', '-o', out, INPUT));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `cannot write ${out}: its folder ${dir} does not take new files (permission denied)`,
      );
      const zh = await asUser(() =>
        cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'html', '-o', out, INPUT]),
      );
      expect(zh.stderr).toContain(`无法写入 ${out}：它所在的文件夹 ${dir} 不能新建文件（没有权限）`);
      expect(readFileSync(out, 'utf8')).toBe('old');
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('writes through a link whose file does not exist yet, as the shell does, keeping the link (M7)', async () => {
    const dir = temp();
    mkdirSync(join(dir, 'reports'));
    const link = join(dir, 'latest.html');
    // Relative, as `ln -s reports/2026.html latest.html` makes it: from the link's folder.
    symlinkSync(join('reports', '2026.html'), link);
    expect((await grade('-f', 'html', '-o', link, INPUT)).code).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'reports', '2026.html'), 'utf8').startsWith('<!doctype html>')).toBe(true);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['2026.html']);
    // A link to a folder that is not there: no such folder, and the link stays a link.
    const lost = join(dir, 'lost.html');
    symlinkSync(join(dir, 'gone', 'x.html'), lost);
    const run = await grade('-f', 'html', '-o', lost, INPUT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot write ${lost}: no such folder`);
    expect(lstatSync(lost).isSymbolicLink()).toBe(true);
  });
});
