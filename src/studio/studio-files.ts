import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { READABLE_EXTENSIONS } from './studio-paths';

/** Most files listed, and how deep: a studio opened on a home folder by mistake stays quick. */
export const MAX_FILES = 2000;
export const MAX_DEPTH = 8;
/** Files counted past {@link MAX_FILES} before the count says "at least": the walk stays bounded. */
const MAX_COUNTED = 20_000;

/** The studio's list of its folder's files, and what it left out. */
export interface StudioFileList {
  /** `/`-separated paths relative to the folder, sorted. */
  files: string[];
  /**
   * Present when files were left out (hostile-38 M4: 5,000 files listed as 2,000 without a word): `files` more
   * found past {@link MAX_FILES} (counted up to 20,000 more, then `atLeast`), and `folders` below
   * {@link MAX_DEPTH} levels not looked into.
   */
  truncated?: { files: number; atLeast: boolean; folders: number; maxFiles: number; maxDepth: number };
}

/**
 * The files the studio shows from its folder: rule files, test suites and
 * sample data, as `/`-separated paths relative to the folder, sorted, and
 * what was left out past the limits. Hidden folders and node_modules are
 * skipped; links are not followed; only regular files are listed (a FIFO
 * or device never is).
 */
export async function listStudioFiles(root: string): Promise<StudioFileList> {
  const found: string[] = [];
  let unlisted = 0;
  let deeper = 0;
  async function walk(folder: string, prefix: string, depth: number): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (unlisted >= MAX_COUNTED) return;
      if (e.name.startsWith('.')) continue;
      const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name === 'node_modules') continue;
        if (depth < MAX_DEPTH) await walk(join(folder, e.name), rel, depth + 1);
        else deeper++;
      } else if (e.isFile() && READABLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
        if (found.length < MAX_FILES) found.push(rel);
        else unlisted++;
      }
    }
  }
  await walk(root, '', 0);
  if (unlisted === 0 && deeper === 0) return { files: found };
  const truncated = { files: unlisted, atLeast: unlisted >= MAX_COUNTED, folders: deeper };
  return { files: found, truncated: { ...truncated, maxFiles: MAX_FILES, maxDepth: MAX_DEPTH } };
}

/**
 * A file's version as the studio hands it to the page with the file and
 * expects it back with a save: a hash of the bytes, so a change by another
 * tab or program is seen even within the same second or at the same size.
 */
export function fileVersion(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** The version the page sends for a file that did not exist when it looked. */
export const NO_FILE = 'none';

/** A file's current version on disk, or {@link NO_FILE}. */
export async function versionOnDisk(file: string): Promise<string> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes === undefined ? NO_FILE : fileVersion(bytes);
}

/**
 * Writes a file whole or not at all: into a hidden temporary file in the
 * same folder, then renamed over the old one, so a crash or a full disk
 * never leaves half a rule file. The old file's permissions are kept.
 */
export async function writeAtomically(file: string, body: Uint8Array): Promise<void> {
  const mode = (await stat(file).catch(() => undefined))?.mode;
  // A name near the file system's limit would be too long with the prefix and suffix: then a short one.
  const name = basename(file);
  const stem = Buffer.byteLength(name) <= 200 ? name : 'qgrade-save';
  const temp = join(dirname(file), `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, body, mode === undefined ? {} : { mode: mode & 0o7777 });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
