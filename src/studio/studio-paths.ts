import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Extensions the studio may write: rule files and test suites, nothing else. */
export const WRITABLE_EXTENSIONS = ['.yaml', '.yml'] as const;

/** Extensions the studio lists and reads from its folder. */
export const READABLE_EXTENSIONS = [
  ...WRITABLE_EXTENSIONS,
  '.json',
  '.ndjson',
  '.jsonl',
  '.csv',
  '.tsv',
  '.xlsx',
];

/** Why a path was refused, for the HTTP answer, with its status (403 unless the request itself is malformed). */
export class PathRefused extends Error {
  readonly status: number;
  constructor(message: string, status = 403) {
    super(message);
    this.name = 'PathRefused';
    this.status = status;
  }
}

/** The longest file or folder name most file systems take (ext4, APFS, NTFS: 255 bytes or UTF-16 units). */
export const MAX_NAME_BYTES = 255;

/**
 * The absolute file a relative path names inside `root`, or a
 * {@link PathRefused}: absolute paths, any `..` (even one that stays inside),
 * a backslash (on every platform), a trailing `/`, a hidden name anywhere in
 * the path (`.yaml`, `.github/x.yml`: the studio lists none), a name longer
 * than {@link MAX_NAME_BYTES} (status 400), and (with the file system asked)
 * a folder or file on the way that is a link leading out of it, a folder,
 * and a file that is not a regular file (a FIFO, a device, a socket) are all
 * refused.
 *
 * @param root - the studio's folder, already resolved by `realpath`
 * @param extensions - the extensions allowed (compared without case)
 */
export async function resolveInside(
  root: string,
  path: string,
  extensions: readonly string[],
): Promise<string> {
  if (path === '' || path.includes('\0') || isAbsolute(path) || /^[a-zA-Z]:/.test(path)) {
    throw new PathRefused(`not a path inside the folder: ${path}`);
  }
  // A separator on Windows, a character of the name elsewhere: refused everywhere, so a path means one thing.
  if (path.includes('\\'))
    throw new PathRefused(`a backslash in the path (folders are separated by "/"): ${path}`);
  if (path.endsWith('/')) throw new PathRefused(`not a file name: ${path}`);
  for (const name of path.split('/')) {
    // `sub/../tea.yaml` stays inside, but a path names a file one way only, as docs/studio.md promises.
    if (name === '..') throw new PathRefused(`".." in the path: ${path}`);
    // `.yaml` alone, and any hidden name: the studio lists none, and its own temporary files are hidden.
    if (name.startsWith('.')) throw new PathRefused(`a hidden name in the path: ${path}`);
    // Said here, not left to the file system's ENAMETOOLONG (a 500 naming nothing).
    const bytes = new TextEncoder().encode(name).length;
    if (bytes > MAX_NAME_BYTES)
      throw new PathRefused(
        `a file or folder name of ${bytes} bytes, longer than the ${MAX_NAME_BYTES} file systems take: ${name.slice(0, 40)}…`,
        400,
      );
  }
  const target = resolve(root, path);
  if (!isInside(root, target)) throw new PathRefused(`outside the folder: ${path}`);
  const lower = target.toLowerCase();
  if (!extensions.some((e) => lower.endsWith(e))) {
    throw new PathRefused(`only ${extensions.join(', ')} files: ${path}`);
  }
  // The nearest existing folder, resolved through links, must still be inside.
  let folder = dirname(target);
  for (;;) {
    const real = await realpath(folder).catch(() => undefined);
    if (real !== undefined) {
      if (!isInside(root, real)) throw new PathRefused(`outside the folder through a link: ${path}`);
      break;
    }
    if (folder === root || dirname(folder) === folder) break;
    folder = dirname(folder);
  }
  const info = await lstat(target).catch(() => undefined);
  if (info?.isSymbolicLink()) throw new PathRefused(`a link: ${path}`);
  if (info?.isDirectory()) throw new PathRefused(`a folder: ${path}`);
  // A FIFO, device or socket: reading one blocks a libuv pool thread until a writer comes, and four such
  // requests froze every later one (hostile-38 C2). Refused before any read; the file list never shows one.
  if (info !== undefined && !info.isFile()) throw new PathRefused(`not a regular file: ${path}`);
  return target;
}

/** Whether `path` is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
