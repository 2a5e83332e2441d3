import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FolderSystem, makeFolders } from '../../src/cli/make-folders';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

/** A file system where `existing` are folders and mkdir answers ENOENT, as /proc does. */
function procLike(existing: string[]): FolderSystem & { made: string[] } {
  const made: string[] = [];
  const enoent = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT', path });
  return {
    made,
    stat: async (path) => {
      if (existing.includes(path)) return { isDirectory: () => true };
      throw enoent(path);
    },
    mkdir: async (path) => {
      made.push(path);
      throw enoent(path);
    },
  };
}

describe('makeFolders tries each missing folder once', () => {
  it('mkdir saying ENOENT under an existing folder fails at once, with that folder', async () => {
    const fs = procLike(['/', '/proc']);
    await expect(makeFolders('/proc/rules/steel', fs)).rejects.toMatchObject({
      code: 'ENOENT',
      path: '/proc/rules',
    });
    expect(fs.made).toEqual(['/proc/rules']);
  });

  it('makes the missing folders from the top, and takes one made meanwhile', async () => {
    const dir = temp();
    await makeFolders(join(dir, 'a/b/c'));
    expect(existsSync(join(dir, 'a/b/c'))).toBe(true);
    await makeFolders(join(dir, 'a/b/c'));
    writeFileSync(join(dir, 'file'), '');
    await expect(makeFolders(join(dir, 'file/x'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    mkdirSync(join(dir, 'raced'));
    let first = true;
    const racing: FolderSystem = {
      // The first stat finds no "raced"; then mkdir finds it made.
      stat: async (path) => {
        if (path === join(dir, 'raced') && first) {
          first = false;
          throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        }
        return { isDirectory: () => true };
      },
      mkdir: async () => {
        throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
      },
    };
    await makeFolders(join(dir, 'raced'), racing);
  });
});

describe.concurrent('qgrade init --dir where mkdir says ENOENT', () => {
  // It spun for ever at full CPU (Node's recursive mkdir retries ENOENT); the timeout fails the test instead.
  it.each(['/proc', '/proc/self', '/proc/1/x'])(
    '--dir %s exits 2 with "cannot create"',
    { timeout: 20_000 },
    async (dir) => {
      const en = await cli.run(['init', 'steel/dd', '--dir', dir]);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(
        `qgrade: cannot create ${dir}/rules/steel: the file system does not let a folder be made in ${dir === '/proc/1/x' ? '/proc/1' : dir}\n`,
      );
    },
  );

  it('says it in Chinese', { timeout: 20_000 }, async () => {
    const zh = await cli.run(['--lang', 'zh', 'init', 'steel/dd', '--dir', '/proc']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('无法创建 /proc/rules/steel：文件系统不允许在 /proc 中新建文件夹');
  });
});
