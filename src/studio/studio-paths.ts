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

/** Why a path was refused, for the HTTP answer. */
export class PathRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PathRefused';
  }
}

/**
 * The absolute file a relative path names inside `root`, or a
 * {@link PathRefused}: absolute paths, `..` out of the folder, a backslash
 * (on every platform), a trailing `/`, a hidden file name (`.yaml`), and
 * (with the file system asked) a folder or file on the way that is a link
 * leading out of it are all refused.
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
  // `.yaml` alone, and any hidden name: the studio lists none, and its own temporary files are hidden.
  if (path.slice(path.lastIndexOf('/') + 1).startsWith('.'))
    throw new PathRefused(`a hidden file name: ${path}`);
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
  return target;
}

/** Whether `path` is `root` or below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
