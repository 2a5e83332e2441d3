import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { READABLE_EXTENSIONS } from './studio-paths';

/** Most files listed, and how deep: a studio opened on a home folder by mistake stays quick. */
const MAX_FILES = 2000;
const MAX_DEPTH = 8;

/**
 * The files the studio shows from its folder: rule files, test suites and
 * sample data, as `/`-separated paths relative to the folder, sorted.
 * Hidden folders and node_modules are skipped; links are not followed.
 */
export async function listStudioFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(folder: string, prefix: string, depth: number): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (found.length >= MAX_FILES) return;
      if (e.name.startsWith('.')) continue;
      const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && depth < MAX_DEPTH) await walk(join(folder, e.name), rel, depth + 1);
      } else if (e.isFile() && READABLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))) {
        found.push(rel);
      }
    }
  }
  await walk(root, '', 0);
  return found;
}
