import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The longest name (in ASCII characters) a file or folder in `folder` can
 * have, or `undefined` when it cannot be told. Found by asking for names
 * that do not exist: the system answers "no such file" for a name it takes
 * and "name too long" for one it does not, so nothing is written. The limit
 * is the file system's (255 bytes on most, less on some encrypted ones) and
 * the path's as a whole, both counted. Where `folder` does not exist yet,
 * its nearest folder that does is asked.
 */
export async function longestName(folder: string, atMost = 1024): Promise<number | undefined> {
  let at = folder;
  while (!(await isFolder(at))) {
    if (dirname(at) === at) return undefined;
    at = dirname(at);
  }
  const fits = async (n: number) =>
    stat(join(at, 'q'.repeat(n))).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== 'ENAMETOOLONG',
    );
  if (!(await fits(1))) return undefined;
  if (await fits(atMost)) return undefined;
  // fits(low) holds, fits(high) does not.
  let low = 1;
  let high = atMost;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (await fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
