import type { Stats } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** The file system calls {@link makeFolders} makes; tests pass a stub. */
export interface FolderSystem {
  mkdir(path: string): Promise<unknown>;
  stat(path: string): Promise<Pick<Stats, 'isDirectory'>>;
}

const NODE_FS: FolderSystem = { mkdir: (path) => mkdir(path), stat };

/**
 * Makes a folder and the folders above it that are missing, one `mkdir` per
 * missing folder, from the top: `mkdir(path, { recursive: true })` retries
 * for ever where `mkdir` says ENOENT although the folder above exists (under
 * /proc, on some FUSE and network file systems), and `qgrade init --dir /proc`
 * spun at full CPU. Here each folder is tried once.
 *
 * @throws the system error of the first folder that cannot be made: ENOENT
 *   when the folder above it exists but takes no new folder, ENOTDIR (with
 *   `path`) when a file stands where a folder must be
 */
export async function makeFolders(folder: string, fs: FolderSystem = NODE_FS): Promise<void> {
  const missing: string[] = [];
  for (let path = resolve(folder); ; path = dirname(path)) {
    const found = await fs.stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (found) {
      if (!found.isDirectory()) throw notFolder(path);
      break;
    }
    missing.push(path);
    // The root always exists; this only ends the walk should a stub say otherwise.
    if (dirname(path) === path) break;
  }
  for (const path of missing.reverse()) {
    try {
      await fs.mkdir(path);
    } catch (error) {
      // Made meanwhile by someone else: what was wanted.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
        const now = await fs.stat(path).catch(() => undefined);
        if (now?.isDirectory()) continue;
        throw notFolder(path);
      }
      throw error;
    }
  }
}

function notFolder(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: 'ENOTDIR', path });
}
