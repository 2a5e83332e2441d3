import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../errors/usage-error';
import { type ColumnMapping, columnMapping } from './column-mapping';

/**
 * Reads `--map` options and a `--map-file` (a JSON or YAML object of
 * column → field) into a column mapping; see {@link columnMapping}.
 */
export async function readColumnMapping(
  maps: readonly string[],
  file: string | undefined,
): Promise<ColumnMapping> {
  if (!file) return columnMapping(maps);
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read the mapping file ${file}: ${reason}`);
  }
  return columnMapping(maps, data ?? null, file);
}
